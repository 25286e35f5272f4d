"""Background told inside the report's month (issue 18, branch events25): a happening the report recalls rather than
reports is no event, even when it ended less than a month before the story's day (frame_table.yaml `history`):

- a clause told as an earlier instance, or as what has happened since one told before ("has lost X once before",
  "have since seized Y": `earlier` in modality.yaml), whatever its date, and a time clause hung on it ("..., before
  recapturing it in late April");
- a recalled clause (relative, "since April, when ...", a participle on a noun) or one in the past perfect, not said,
  dated by a month ("which they seized last month", "had overrun the base in April"), while a day's date tells news
  ("which they seized on 2 May", "had overrun a base on Friday");
- a recalled clause dated by a phrase that names no day ("which they seized in the first weeks of the war", "at the
  start of the uprising") is background as an undated one is (branch extra47), and so is a happening named in passing
  by a recalled clause ("families displaced by the fighting", "shops damaged in the riots": the phrase of a participle
  on a noun, `recalled` of its verb), and so is a happening named as the subject of a recalled clause with no day
  ("began on Saturday after a drone strike killed nine": branch extra53);
- an entry nobody resisted is a taking on its own day, not on the day a later taking undid it ("had entered the town
  unopposed in March": background, not a taking on the day it was retaken)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _events(extractor, text: str) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.date.start.isoformat() if e.date else "")
                  for e in extract(extractor, text, PUBLISHED).events)


EARLIER = [
    # (report, the one event it tells): the other happening is an earlier one, or a summary since one told before
    ("Rebels shelled Kamina on Monday. The army has lost the town once before, in March, before recapturing it in "
     "late April.", "Shelling/artillery/missile attack"),
    ("Militants captured Kafin on 3 May and have since seized four villages around Kawara, the army said on Tuesday.",
     "Non-state actor overtakes territory"),
    ("Jihadists ambushed a patrol near Tessit on Sunday. Their fighters had overrun the camp once before, in "
     "February, before soldiers retook it in late April.", "Armed clash"),
    ("Bandits killed six farmers near Gusau on Sunday. They had killed three herders in the same area once before, "
     "in late April.", "Attack"),
    ("Militants ambushed soldiers near Kunduz on Tuesday. The Taliban have since captured the district centre of "
     "Khanabad.", "Armed clash"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), EARLIER)
def test_an_earlier_instance_or_a_summary_since_is_background(extractor, text, sub_event_type):
    assert [t for t, _ in _events(extractor, text)] == [sub_event_type]


UNOPPOSED_LONG_AGO = [
    # reports whose one event is the retaking: the unresisted entry is more than a month old
    "Government troops retook Dibaya on Sunday. Militiamen had entered the town without a fight in March.",
    "Government troops retook Kalehe on Sunday. Rebels had entered the town without a fight in March.",
    "Soldiers recaptured Bentiu on Monday. Rebels had entered the town without a fight in February.",
    "Troops regained Djibo on Saturday. Militants had entered the town without a fight in early March.",
    "Troops retook Kidal on Monday. Separatists had entered the city without a fight in February.",
]


@pytest.mark.parametrize("text", UNOPPOSED_LONG_AGO)
def test_an_old_unresisted_entry_undone_later_is_background(extractor, text):
    assert [t for t, _ in _events(extractor, text)] == ["Government regains territory"]


def test_an_unresisted_entry_is_a_taking_on_its_own_day(extractor):  # unfought: a non-violent transfer (ACLED)
    text = "Government troops retook Dibaya on Sunday. Militiamen had entered the town without a fight on Friday."
    assert _events(extractor, text) == [("Government regains territory", "2024-05-12"),
                                        ("Non-violent transfer of territory", "2024-05-10")]


RECALLED_BY_A_MONTH = [
    # (report, its one event): the other happening is recalled with a month's date
    ("Soldiers shelled rebel positions near Bunagana on Monday. The rebels still hold the border post, which they "
     "seized last month.", "Shelling/artillery/missile attack"),
    ("Troops clashed with militants near Ouallam on Monday, the army said. The militants had overrun the town's main "
     "base in April.", "Armed clash"),
    ("Police arrested ten protesters in Dakar on Tuesday. The city has been tense since April, when security forces "
     "shot dead two students.", "Protest with intervention"),
    ("Police fired tear gas at students in Kampala on Monday. The campus, raided by soldiers in April, reopened last "
     "week.", "Protest with intervention"),
    ("Gunmen kidnapped a priest near Kafanchan on Sunday. Bandits had abducted two seminarians from the same parish "
     "in April.", "Abduction/forced disappearance"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), RECALLED_BY_A_MONTH)
def test_a_happening_recalled_with_a_month_is_background(extractor, text, sub_event_type):
    assert [t for t, _ in _events(extractor, text)] == [sub_event_type]


TOLD_BY_A_DAY = [
    # (report, the event of its recalled clause, on its day): a day's date tells news
    ("The army shelled Rubaya on Monday. The town, which M23 fighters seized on 2 May, had been quiet.",
     ("Non-state actor overtakes territory", "2024-05-02")),
    ("Troops clashed with militants near Ouallam on Monday. The militants had overrun a base nearby on Friday.",
     ("Non-state actor overtakes territory", "2024-05-10")),
    ("Shops have stayed shut in Bunia since Sunday, when militiamen looted the market.",
     ("Looting/property destruction", "2024-05-12")),
    # the happening a main clause tells through its noun subject, or a time clause's dated by a day, is news (extra53)
    ("A rocket strike on a wedding in Taiz killed twelve guests on Friday.",
     ("Shelling/artillery/missile attack", "2024-05-10")),
    ("Troops moved into Menaka on Tuesday after an ambush near the town on Monday killed five soldiers.",
     ("Armed clash", "2024-05-13")),
    ("A car bomb killed eleven people in Hodan on Monday. Al-Shabaab claimed responsibility for the attack.",
     ("Remote explosive/landmine/IED", "2024-05-13")),
    ("Clashes erupted in Kutum on Monday after a drone strike on the market killed nine people.",
     ("Armed clash", "2024-05-13")),
]


@pytest.mark.parametrize(("text", "event"), TOLD_BY_A_DAY)
def test_a_happening_recalled_with_its_day_is_still_told(extractor, text, event):
    assert event in _events(extractor, text)


RECALLED_WITH_NO_DAY = [
    # a recalled clause whose time phrase resolves to no date: background, as with none
    "Insurgents still occupy Tillia and Ayorou, which they overran in the first weeks of the revolt.",
    "The towns are still run by the council the rebels set up when they took the region in the first months of the "
    "war.",
    "The port of Hodeidah remains in the hands of the fighters who overran it in the opening days of the conflict.",
    "The army still mans the checkpoints around Kidal that it took over in the early weeks of the operation.",
    "The militia still patrols the market of Beni that it overran during the last rainy season.",
]

NAMED_BY_A_RECALLED_CLAUSE = [
    # a happening named in passing by a participle or relative clause on a noun: what befell the noun, recalled
    "Widows of men killed in the raid on Kajuru have asked the governor for help.",
    "Traders whose stalls were torched in the riots in Kisumu want compensation.",
    "Children orphaned by the massacre at Yelwata now live with relatives in Makurdi.",
    "Shops damaged in the riots in Kumasi have reopened, traders said.",
    "Herders who lost cattle in the raids around Malakal want compensation.",
    "Traders ruined by the looting in Kananga have asked the state for loans.",
]


NAMED_AS_A_RECALLED_CLAUSE_SUBJECT = [
    # a happening named as the subject of a time clause with no day of its own ("after a drone strike killed nine"):
    # the cause the report recalls, as the clause told through its verb is (branch extra53; study gold15's escalation)
    "The offensive began on Saturday after a drone attack on a barracks in Bentiu killed nine recruits.",
    "The curfew began on Tuesday after an ambush on a police convoy near Tillia left seven officers dead.",
    "The strike by traders started on Wednesday after a grenade attack on a bus station in Garissa killed two porters.",
    "Negotiations stalled this week after a rocket attack on an airbase near Erbil wounded three contractors.",
    "The army sealed the area on Thursday after a bomb attack on a market in Konduga killed six traders.",
    "Tension rose in the district on Sunday after an ambush on a convoy near Djibo left five soldiers dead.",
]


@pytest.mark.parametrize("text", RECALLED_WITH_NO_DAY + NAMED_BY_A_RECALLED_CLAUSE + NAMED_AS_A_RECALLED_CLAUSE_SUBJECT)
def test_a_recalled_clause_with_no_day_and_what_it_names_are_background(extractor, text):
    assert _events(extractor, text) == []


MEASURED_AFTER = [
    # (report, its one event and place): a taking recalled in a time clause dated only by a measure ("after a
    # month-long siege") is background, and the noun that retells the day's happening beside it names no place of its
    # own (the taken town is not where the day's happening was)
    ("MAIDUGURI, Nigeria - Traders stayed home on Monday.\n\nGunmen attacked a bus on the edge of town on Sunday, "
     "killing four. The attack came a week after troops said they had retaken Dikwa after a month-long siege.",
     ("Attack", "Maiduguri")),
    ("GOMA, Congo - Schools were shut on Wednesday.\n\nRebels shelled a camp on the town's outskirts on Tuesday. The "
     "shelling came days after the army said it had recaptured Sake after a week-long battle.",
     ("Shelling/artillery/missile attack", "Goma")),
    ("KIRKUK, Iraq - Shops stayed shut on Monday.\n\nYoung men threw stones at the governor's convoy in the street on "
     "Sunday. The unrest came a week after militias announced they had seized Tuz Khurmatu after a months-long "
     "standoff.", ("Violent demonstration", "Kirkuk")),
    ("KHARKIV, Ukraine - Sirens sounded through the night.\n\nA missile struck an apartment block in the centre on "
     "Sunday, killing three. The strike came two days after Moscow said its forces had captured Vovchansk after a "
     "month-long assault.", ("Shelling/artillery/missile attack", "Kharkiv")),
    ("MOGADISHU, Somalia - Markets reopened on Thursday.\n\nA car bomb exploded near a hotel on Wednesday, killing "
     "six. The bombing came a week after the army announced it had driven the militants out of Jilib after a "
     "month-long offensive.", ("Remote explosive/landmine/IED", "Mogadishu")),
]


@pytest.mark.parametrize(("text", "event"), MEASURED_AFTER)
def test_a_taking_recalled_with_a_measure_is_background_and_lends_no_place(extractor, text, event):
    assert [(e.sub_event_type, e.place and e.place.name) for e in extract(extractor, text, PUBLISHED).events] == [event]



SET_IN_A_CLAUSE = [
    # (report, its events): a "where" clause on a noun of a clause dated long ago (what a charge, verdict or ruling
    # covers) is of that clause's time, not the story's: background (branch events49); one on a noun of the day's
    # clause, or the court itself attacked, is news
    ("Judges in Arusha on Tuesday convicted a former militia chief of war crimes. The case concerned raids on two "
     "villages in Ituri between 2003 and 2004, where his men killed dozens of farmers.", []),
    ("A tribunal in Freetown jailed three former commanders on Monday. The verdict dealt with assaults on towns in "
     "the east in 1999, where fighters burned homes and abducted children.", []),
    ("Prosecutors in Bangui indicted a rebel leader on Tuesday. The indictment lists attacks on mosques in Bossangoa "
     "in 2014, where gunmen shot worshippers.", []),
    ("Survivors met in Kigali on Monday to hear the ruling. It covered massacres at churches in Nyamata and Ntarama "
     "in April 1994, where militiamen killed thousands.", []),
    ("The court in Dakar on Tuesday upheld the sentence. The trial covered the crackdown on protesters in N'Djamena "
     "in 1984, where soldiers opened fire on crowds.", []),
    ("Gunmen stormed a market in Gao on Monday, where they shot five traders.", [("Attack", "2024-05-13")]),
    ("Rebels attacked the court in Goma on Monday, killing two guards.", [("Armed clash", "2024-05-13")]),
]


@pytest.mark.parametrize(("text", "events"), SET_IN_A_CLAUSE)
def test_a_where_clause_shares_the_time_of_the_clause_naming_its_noun(extractor, text, events):
    assert _events(extractor, text) == events


AFTER_A_FIGHT = [
    # a fight named by an indefinite noun in an "after" phrase of a told, dated clause is that day's news, of its day
    ("Residents fled Kalemie on Friday after clashes between Mai-Mai militiamen and soldiers.",
     ("Armed clash", "Kalemie", date(2024, 5, 10))),
    ("Schools closed in Bunia on Monday after clashes between CODECO militiamen and the army.",
     ("Armed clash", "Bunia", date(2024, 5, 13))),
    ("Flights to Juba were cancelled on Sunday after heavy fighting between the army and rebels near the airport.",
     ("Armed clash", "Juba", date(2024, 5, 12))),
    ("Traders shut their shops in Mopti on Tuesday following fighting between soldiers and jihadists.",
     ("Armed clash", "Mopti", date(2024, 5, 14))),
    ("Aid agencies pulled their staff out of Beledweyne on Thursday after clashes between clan militias and troops.",
     ("Armed clash", "Beledweyne", date(2024, 5, 9))),
]


@pytest.mark.parametrize(("text", "event"), AFTER_A_FIGHT)
def test_a_fight_named_after_a_dated_clause_is_news(extractor, text, event):
    told = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.place.name if e.place else None, e.date.start if e.date else None)
            for e in told] == [event]


@pytest.mark.parametrize("text", [
    # guards: the fight told before ("the clashes"), or hung on a recalled clause, stays background
    "Residents fled Kalemie on Friday after the clashes between Mai-Mai militiamen and soldiers.",
    "Residents had fled Kalemie in March after clashes between Mai-Mai militiamen and soldiers.",
])
def test_a_fight_named_after_a_told_or_recalled_clause_is_background(extractor, text):
    assert extract(extractor, text, PUBLISHED).events == []
