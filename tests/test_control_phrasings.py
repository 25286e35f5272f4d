"""Control claims in any phrasing (issue 18): families of paraphrases of one control fact, each row asserting
holder, place and status, and a negative row of similar shape that must not yield it."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import control_claims, extract

PUBLISHED = date(2024, 5, 13)


_claims = partial(control_claims, published=PUBLISHED)  # (holder, place, status) of one text


MALI_BASE = ("Military Forces of Mali", "Kidal", "controls")
BASE_SET_UP = [
    # a force that sets up a base, camp or post in a town holds the town (the table's `establish_base`)
    ("active, said", "Malian soldiers opened a new base at Kidal on Tuesday, the army said.", MALI_BASE, True),
    ("reportedly", "Malian troops have reportedly set up a camp in Kidal.", MALI_BASE, True),
    ("passive", "A new army post was established in Kidal on Tuesday by Malian troops.", MALI_BASE, True),
    ("relative", "Kidal, where Malian troops set up a base last week, was calm on Monday.", MALI_BASE, True),
    ("perfect, according to", "Malian forces have built an outpost in Kidal, according to local officials.",
     MALI_BASE, True),
    ("negative: a plan", "Malian troops plan to open a base in Kidal next year.", MALI_BASE, False),
    ("negative: attacked", "Gunmen attacked an army base in Kidal on Tuesday.",
     ("Unidentified Armed Group (Mali)", "Kidal", "controls"), False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), BASE_SET_UP, ids=[r[0] for r in BASE_SET_UP])
def test_setting_up_a_base_in_a_town_holds_it(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


SOMALIA, FANO = "Military Forces of Somalia", "Fano Ethnic Militia (Ethiopia)"
WHERE_TAKEN = [
    # a light verb's noun of ground in a "where" relative clause ("X, where Y took control in May") is about X, as
    # "X, which Y took in May" is; an of-phrase it names is what it takes instead (data/en/frames/relative.yaml)
    ("took control", "Shops reopened in Beledweyne, where government troops took control in March.",
     {(SOMALIA, "Beledweyne", "controls")}),
    ("seized control", "Aid trucks reached Monguno, where ISWAP fighters seized control on Friday.",
     {("Islamic State West Africa Province", "Monguno", "controls")}),
    ("last week", "Prices rose in Gondar, where Fano fighters took control last week.", {(FANO, "Gonder", "controls")}),
    ("seized control, a month", "Families left Mocimboa da Praia, where Islamic State fighters seized control in "
     "August.", {("Islamic State", "Mocímboa da Praia", "controls")}),
    ("regained control", "Calm returned to Kupiansk, where Ukrainian troops regained control in September.",
     {("Military Forces of Ukraine", "Kupyansk", "controls")}),
    ("lost control", "Residents fled Kismayo, where the Somali army lost control.", {(SOMALIA, "Kismayo", "lost")}),
    # guards: an of-phrase names the ground taken, wherever the parser hung it; a base set up holds the town
    ("of-phrase on the noun", "Drones struck Gondar, where Fano militiamen took control of the airport on Monday.",
     {("Unidentified Armed Group (Ethiopia)", "Gonder Airport", "controls")}),
    ("of-phrase on the verb", "Protesters gathered in Gondar, where the police took control of the main square.",
     set()),
    ("a base set up", "Fighting spread to Djibo, where soldiers set up a new base on Monday.",
     {("Military Forces of Burkina Faso", "Djibo", "controls")}),
]


@pytest.mark.parametrize(("shape", "text", "claims"), WHERE_TAKEN, ids=[r[0] for r in WHERE_TAKEN])
def test_a_taking_told_where_a_town_lies_takes_the_town(extractor, shape, text, claims):
    assert _claims(extractor, text) == claims


SHABAAB_LOST = ("al-Shabaab", "Jawhar", "lost")
HELD_BEFORE = [
    # a state told in the past perfect, outside reported speech, is a past state: its holder has lost the place
    ("next sentence", "Somali troops retook Jowhar on Friday. Al-Shabaab had held the town since 2019.",
     SHABAAB_LOST, True),
    ("relative", "Somali troops retook Jowhar, which al-Shabaab had held since 2019, on Friday.", SHABAAB_LOST, True),
    ("before", "Al-Shabaab fighters had controlled Jowhar for two years before Somali troops recaptured it on Friday.",
     SHABAAB_LOST, True),
    ("passive", "Jowhar had been held by al-Shabaab since 2019 until Somali troops retook it on Friday.",
     SHABAAB_LOST, True),
    ("reportedly", "Al-Shabaab had reportedly held Jowhar since 2019; Somali troops retook it on Friday.",
     SHABAAB_LOST, True),
    ("relative in what is said", "Officials said Somali troops retook Jowhar, which al-Shabaab had held since 2019.",
     SHABAAB_LOST, True),
    ("negative: reported speech", "Al-Shabaab said its fighters had held Jowhar since 2019.", SHABAAB_LOST, False),
    ("negative: present perfect", "Al-Shabaab has held Jowhar since 2019.", SHABAAB_LOST, False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), HELD_BEFORE, ids=[r[0] for r in HELD_BEFORE])
def test_a_state_held_before_is_lost(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


LOST_SINCE = [
    # a change of hands told in a relative clause on the date a standing hold runs from ("held X since 2 May, when Y
    # pulled out") is that day's change: Y lost X; a time phrase's clause its phrase does not date stays background
    ("passive, pulled out", "Bentiu has been held by rebels since 2 May, when government troops pulled out of the "
     "town.", ("Military Forces of South Sudan", "Bentiu", "lost"), True),
    ("reportedly, surrendered", "Rebels have reportedly held Mopti since 9 April, when the army garrison in the town "
     "surrendered.", ("Military Forces of Mali", "Mopti", "lost"), True),
    ("active, pulled out", "Al-Shabaab has held Jowhar since 2 March, when Somali troops pulled out of the town.",
     ("Military Forces of Somalia", "Jawhar", "lost"), True),
    ("in hands, withdrew", "Kismayo has been in the hands of al-Shabaab since 4 April, when Kenyan troops withdrew "
     "from the town.", ("Military Forces of Kenya", "Kismayo", "lost"), True),
    ("abandoned", "The RSF has held Singa since 29 April, when army units abandoned the city.",
     ("Military Forces of Sudan", "Singa", "lost"), True),
    ("guard: an undated time phrase", "Years after the battle that drove the army out of Bentiu, the town is quiet.",
     ("Military Forces of South Sudan", "Bentiu", "lost"), False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), LOST_SINCE, ids=[r[0] for r in LOST_SINCE])
def test_a_change_told_on_the_day_a_hold_runs_from_is_a_loss(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


MALI_IN_KIDAL = ("Military Forces of Mali", "Kidal", "controls")
UNOPPOSED = [
    # an entry nobody resisted is a taking, not a fight for the place (`unopposed` in data/en/arguments.yaml), and an
    # event coded as a taking of ground without a fight (ACLED's non-violent transfer)
    ("participle", "Malian troops entered Kidal on Sunday, meeting no resistance.", MALI_IN_KIDAL, True),
    ("adverb, said", "Malian troops entered Kidal unopposed on Sunday, residents said.", MALI_IN_KIDAL, True),
    ("reportedly", "Malian troops reportedly moved into Kidal without a fight on Sunday.", MALI_IN_KIDAL, True),
    ("passive", "Kidal was entered by Malian troops without resistance on Sunday.", MALI_IN_KIDAL, True),
    ("without a shot", "Malian troops rolled into Kidal on Sunday without firing a shot, the army said.",
     MALI_IN_KIDAL, True),
    ("negative: fought", "Malian troops entered Kidal on Sunday and fought rebels in the streets.",
     MALI_IN_KIDAL, False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), UNOPPOSED, ids=[r[0] for r in UNOPPOSED])
def test_an_unopposed_entry_is_a_taking(extractor, shape, text, claim, made):
    result = extract(extractor, text, PUBLISHED)
    assert (claim in {(c.actor.name, c.place.name, c.status.value) for c in result.control}) is made
    assert ("Non-violent transfer of territory" in {e.sub_event_type for e in result.events}) is made


POLICE_HOLD = ("Police Forces of Somalia", "Baidoa", "controls")
TOWN_AREA = [
    # "the X area" is the town and its surroundings, not a part of it ("parts of X", "some areas of X" are)
    ("light verb", "Somali police took control of the Baidoa area on Tuesday.", POLICE_HOLD, True),
    ("handed to", "The Somali army handed security of the Baidoa area to Somali police on Tuesday.", POLICE_HOLD, True),
    ("copular, said", "The Baidoa area is now under the control of Somali police, officials said.", POLICE_HOLD, True),
    ("reportedly", "Somali police reportedly secured the Baidoa area on Tuesday.", POLICE_HOLD, True),
    ("active, said", "Somali police now hold the Baidoa area, the governor said.", POLICE_HOLD, True),
    ("negative: parts of", "Somali police took control of parts of Baidoa on Tuesday.", POLICE_HOLD, False),
    ("negative: some areas of", "Somali police control some areas of Baidoa.", POLICE_HOLD, False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), TOWN_AREA, ids=[r[0] for r in TOWN_AREA])
def test_the_area_of_a_town_is_the_town(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


SHABAAB_LEFT = ("al-Shabaab", "Beledweyne", "lost")
TAKEN_THEN_LEFT = [
    # a retreat told after a taking or an entry, coordinated or in a time phrase, leaves the place (coordination.yaml);
    # the of-phrase of a retreat noun is who retreats (nominal.yaml)
    ("time phrase", "Al-Shabaab fighters briefly took Beledweyne on Friday before pulling out.", SHABAAB_LEFT, True),
    ("time phrase, reportedly", "Al-Shabaab fighters reportedly captured Beledweyne on Friday, before pulling out on "
                                "Saturday.", SHABAAB_LEFT, True),
    ("entry, said", "Al-Shabaab fighters entered Beledweyne on Friday before withdrawing at dusk, residents said.",
     SHABAAB_LEFT, True),
    ("coordinated", "Al-Shabaab fighters captured Beledweyne on Friday but withdrew from the town on Saturday.",
     SHABAAB_LEFT, True),
    ("nominal", "The withdrawal of al-Shabaab fighters from Beledweyne on Saturday ended a day-long occupation, "
                "residents said.", SHABAAB_LEFT, True),
    ("nominal, possessive", "Al-Shabaab's withdrawal from Beledweyne on Saturday surprised residents.",
     SHABAAB_LEFT, True),
    ("negative: an attack", "Al-Shabaab fighters attacked Beledweyne on Friday before withdrawing.", SHABAAB_LEFT,
     False),
    ("guard: a move's of-phrase is where it goes", "Al-Shabaab fighters were on the outskirts of Beledweyne on Friday.",
     ("al-Shabaab", "Beledweyne", "threatened"), True),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), TAKEN_THEN_LEFT, ids=[r[0] for r in TAKEN_THEN_LEFT])
def test_a_place_taken_then_left_is_lost(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


SOMALI_HOLD = ("Military Forces of Somalia", "Beledweyne", "controls")
FORCED_OUT = [
    # the side that forces another out of a place holds it, in any shape (expel verbs in predicates.yaml)
    ("active", "Somali troops forced al-Shabaab fighters out of Beledweyne on Monday.", SOMALI_HOLD, True),
    ("passive", "Al-Shabaab fighters were forced out of Beledweyne by Somali troops on Monday.", SOMALI_HOLD, True),
    ("passive, said", "Al-Shabaab was kicked out of Beledweyne by Somali troops on Monday, officials said.",
     SOMALI_HOLD, True),
    ("reportedly", "Somali troops reportedly threw al-Shabaab out of Beledweyne on Monday.", SOMALI_HOLD, True),
    ("according to", "Somali troops drove al-Shabaab out of Beledweyne on Monday, according to residents.",
     SOMALI_HOLD, True),
    ("negative: a plan", "Somali troops vowed to force al-Shabaab out of Beledweyne.", SOMALI_HOLD, False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), FORCED_OUT, ids=[r[0] for r in FORCED_OUT])
def test_who_forces_another_out_holds_the_place(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


MALI_LOST = ("Military Forces of Mali", "Gao", "lost")
LEFT_A_PART = [
    # leaving a part, the edge or the outskirts of a place is no loss of the place (`partial` in data/en/arguments.yaml)
    ("active", "Malian soldiers pulled back from the northern outskirts of Gao on Thursday.", MALI_LOST, False),
    ("passive, said", "The western edge of Gao was abandoned by Malian soldiers on Thursday, residents said.",
     MALI_LOST, False),
    ("nominal", "The withdrawal of Malian soldiers from parts of Gao on Thursday worried traders.", MALI_LOST, False),
    ("relative", "Malian soldiers, who withdrew from two districts of Gao on Thursday, dug in near the river.",
     MALI_LOST, False),
    ("reportedly", "Malian soldiers have reportedly retreated from the fringes of Gao.", MALI_LOST, False),
    ("the whole", "Malian soldiers pulled out of Gao on Thursday, residents said.", MALI_LOST, True),
]


SHABAAB_NEAR = ("al-Shabaab", "Afgooye", "threatened")
ADVANCED_WITHIN = [
    # a move that comes within a distance of a place threatens it (frames/adjuncts.yaml: "within N of X" is its goal)
    ("active", "Al-Shabaab fighters advanced to within 12 km of Afgooye on Wednesday.", SHABAAB_NEAR, True),
    ("said", "Al-Shabaab fighters pushed within eight kilometres of Afgooye on Wednesday, elders said.", SHABAAB_NEAR,
     True),
    ("nominal", "Al-Shabaab's advance to within 15 km of Afgooye alarmed traders.", SHABAAB_NEAR, True),
    ("relative", "Al-Shabaab fighters, who moved to within a few miles of Afgooye on Wednesday, burned a bridge.",
     SHABAAB_NEAR, True),
    ("reportedly", "Al-Shabaab fighters have reportedly advanced to within sight of Afgooye.", SHABAAB_NEAR, True),
    ("negative: stopped there", "Al-Shabaab fighters were stopped within 12 km of Afgooye on Wednesday.",
     SHABAAB_NEAR, False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), ADVANCED_WITHIN, ids=[r[0] for r in ADVANCED_WITHIN])
def test_coming_within_a_distance_of_a_place_threatens_it(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


WAGNER_NEAR = ("Wagner Group", "Soledar", "threatened")
IMMINENT = [
    # a taking told as about to happen ("poised to take X", "on the verge of seizing X") is not yet done: no control
    # claim, no event (data/en/modality.yaml `aims`, and `verges` for a gerund a preposition takes)
    "Boko Haram fighters are poised to take Monguno.",
    "JNIM fighters were on the verge of seizing Djibo on Tuesday.",
    "The MNDAA is set to capture Lashio.",
    "Fano militiamen are about to overrun Gondar.",
    "Islamic State fighters were within reach of capturing Ramadi.",
    "Russian troops came close to capturing Vuhledar in February.",
]
DONE_NEAR = [  # guards: the same words beside a taking told done
    ("closing in, after", "ISWAP fighters seized Monguno on Tuesday after closing in on the town.",
     ("Islamic State West Africa Province", "Monguno", "controls")),
    ("close to a border", "Fano militiamen captured Gondar, close to the Sudanese border, on Monday.",
     ("Unidentified Armed Group (Ethiopia)", "Gonder", "controls")),
    ("set up, after seizing", "Militants set up checkpoints after seizing Djibo on Monday.",
     ("Unidentified Armed Group (Burkina Faso)", "Djibo", "controls")),
]


@pytest.mark.parametrize("text", IMMINENT)
def test_a_taking_about_to_happen_is_none_yet(extractor, text):
    read = extract(extractor, text, PUBLISHED)
    assert (read.control, read.events) == ([], [])


@pytest.mark.parametrize(("shape", "text", "claim"), DONE_NEAR, ids=[r[0] for r in DONE_NEAR])
def test_a_taking_done_beside_words_of_nearness_stands(extractor, shape, text, claim):
    assert claim in _claims(extractor, text)


STANDING_OFF = [
    # a side told standing a distance from a place (a copula whose from-phrase a distance measures: frames/copular.yaml,
    # the class `near`) threatens it, as one told within that distance does; a place a distance from another is none
    ("are, about", "Wagner fighters are now about 6 km from Soledar.", WAGNER_NEAR, True),
    ("were, said", "Wagner units were just three kilometres from Soledar on Monday, a Ukrainian officer said.",
     WAGNER_NEAR, True),
    ("remain", "Wagner Group mercenaries remain a few miles from Soledar.", WAGNER_NEAR, True),
    ("reportedly", "Wagner fighters are reportedly 2 km from Soledar.", WAGNER_NEAR, True),
    ("stayed, said", "Wagner assault groups stayed four kilometres from Soledar all week, Kyiv said.", WAGNER_NEAR,
     True),
    ("guard: a place", "Soledar is 10 km from Bakhmut, where Wagner fighters attacked on Monday.",
     ("Wagner Group", "Soledar", "threatened"), False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), STANDING_OFF, ids=[r[0] for r in STANDING_OFF])
def test_standing_a_distance_from_a_place_threatens_it(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


JNIM_HOLD, JNIM_LOST, JNIM_IN = (("JNIM", "Douentza", status) for status in ("controls", "lost", "contested"))
BRIEFLY = [
    # a taking or a hold told as brief is over: its holder lost the place; a brief entry claims nothing (`brief` in
    # data/en/time.yaml)
    ("active", "JNIM militants briefly overran Douentza on Saturday.", JNIM_LOST, True),
    ("active: no hold", "JNIM militants briefly overran Douentza on Saturday.", JNIM_HOLD, False),
    ("passive, said", "Douentza was temporarily occupied by JNIM militants on Saturday, a local official said.",
     JNIM_LOST, True),
    ("nominal", "The brief takeover of Douentza by JNIM militants on Saturday ended at nightfall.", JNIM_HOLD, False),
    ("relative", "Douentza, which JNIM militants briefly controlled on Saturday, was quiet on Sunday.", JNIM_HOLD,
     False),
    ("reportedly", "JNIM militants reportedly held Douentza briefly on Saturday.", JNIM_LOST, True),
    ("entry, said", "JNIM militants briefly entered Douentza on Saturday, residents said.", JNIM_IN, False),
    ("guard: a brief battle", "JNIM militants seized Douentza on Saturday after a brief battle with soldiers.",
     JNIM_HOLD, True),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), BRIEFLY, ids=[r[0] for r in BRIEFLY])
def test_a_brief_taking_is_over(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


@pytest.mark.parametrize(("shape", "text", "claim", "made"), LEFT_A_PART, ids=[r[0] for r in LEFT_A_PART])
def test_leaving_part_of_a_place_is_no_loss_of_it(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


SHABAAB_BAIDOA = ("al-Shabaab", "Baidoa")
HELD_UNTIL = [
    # a state told in the past up to a clause opened by "until" is over (`state_ends` in data/en/time.yaml): its holder
    # lost the place and holds it no more; the retaking the clause tells is read as ever
    ("copula, hands", "Baidoa was in al-Shabaab's hands until the Somali army retook it on Friday.", True),
    ("active", "Al-Shabaab held Baidoa until Somali troops drove them out in March.", True),
    ("remained under control", "Baidoa remained under al-Shabaab control until Somali troops recaptured it in March.",
     True),
    ("said", "Al-Shabaab controlled Baidoa until the army pushed its fighters out on Tuesday, officials said.", True),
    ("relative", "Baidoa, which al-Shabaab held until the army retook it last year, was quiet on Monday.", True),
    ("negative: present, future clause", "Al-Shabaab holds Baidoa and vows to keep it until the rains end.", False),
    ("negative: since", "Al-Shabaab has held Baidoa since troops pulled out in March.", False),
]


@pytest.mark.parametrize(("shape", "text", "ended"), HELD_UNTIL, ids=[r[0] for r in HELD_UNTIL])
def test_a_state_held_until_a_clause_is_over(extractor, shape, text, ended):
    claims = {(actor, place): status for actor, place, status in _claims(extractor, text)}
    assert claims.get(SHABAAB_BAIDOA) == ("lost" if ended else "controls")


LED_BY = [
    # a force of its own name a person's possessive leads is that force, whatever its nouns ("National Army"), no
    # state's military; a country's or a titled official's possessive leaves the state's forces (doc_actors `_led_by`)
    ("active", "Haftar's Libyan National Army seized Sirte on Monday.", ("Libyan National Army", "Sirte", "controls")),
    ("full name, modifier", "Khalifa Haftar's self-styled Libyan National Army pulled out of Sirte on Sunday.",
     ("Libyan National Army", "Sirte", "lost")),
    ("passive", "Sirte was captured on Monday by Khalifa Haftar's Libyan National Army.",
     ("Libyan National Army", "Sirte", "controls")),
    ("relative", "Sirte, which Haftar's Libyan National Army overran last year, remains tense.",
     ("Libyan National Army", "Sirte", "controls")),
    ("said", "Haftar's Libyan National Army now controls Sirte, residents said.",
     ("Libyan National Army", "Sirte", "controls")),
    ("negative: a country's", "Somalia's National Army seized Baidoa on Friday.",
     ("Military Forces of Somalia", "Baidoa", "controls")),
    ("negative: a titled official's", "President Bashar al-Assad's Syrian Arab Army recaptured Aleppo on Friday.",
     ("Military Forces of Syria", "Aleppo", "controls")),
]


@pytest.mark.parametrize(("shape", "text", "claim"), LED_BY, ids=[r[0] for r in LED_BY])
def test_a_force_a_person_leads_is_that_force(extractor, shape, text, claim):
    assert claim in _claims(extractor, text)


QUALIFYING_NAMES = [
    # a place named only to qualify another word, in a hyphened modifier ("Moscow-backed") or before an armed group's
    # noun ("the Donetsk militia"), is no place told: "it" refers back past it (DocumentContext.qualifier)
    ("backed, group's name", "Fighting raged around Kherson. Russian forces, helped by the Moscow-backed Donetsk "
     "militia, captured it after weeks of shelling.", ("Military Forces of Russia", "Kherson", "controls"),
     {"Moscow", "Donetsk"}),
    ("trained", "Kherson was shelled for weeks. Russian forces, backed by Moscow-trained militias, seized it "
     "on Monday.",
     ("Military Forces of Russia", "Kherson", "controls"), {"Moscow"}),
    ("based", "Fighting raged near Sirte. Forces loyal to the Tripoli-based government retook it on Monday.",
     ("Military Forces of Libya", "Sirte", "controls"), {"Tripoli"}),
    ("said", "Goma fell quickly. Kigali-backed M23 rebels captured it in January, the UN said.",
     ("M23", "Goma", "controls"), {"Kigali"}),
    ("state, in what is said", "Baidoa was shelled on Monday. Mogadishu-based officials said al-Shabaab still "
     "holds it.",
     ("al-Shabaab", "Baidoa", "controls"), {"Mogadishu"}),
]


@pytest.mark.parametrize(("shape", "text", "claim", "qualifying"), QUALIFYING_NAMES,
                         ids=[r[0] for r in QUALIFYING_NAMES])
def test_a_name_that_only_qualifies_a_word_is_no_place_told(extractor, shape, text, claim, qualifying):
    claims = _claims(extractor, text)
    assert claim in claims
    assert not {place for _, place, _ in claims} & qualifying


DATE_RUN_ON = [
    # a change of hands is of its own date, even one the entity recogniser ran on into the phrase after it ("on 20 May
    # after weeks of X": "after" hangs on the verb; context `_with_day`)
    ("after weeks", "Islamic State fighters seized Sirte on 12 March after weeks of fighting.",
     ("Islamic State", "Sirte"), date(2024, 3, 12)),
    ("after a week, retook", "Somali troops recaptured Baidoa on 3 April after a week of clashes.",
     ("Military Forces of Somalia", "Baidoa"), date(2024, 4, 3)),
    ("said", "M23 rebels took Goma on 27 January after months of fighting, the UN said.", ("M23", "Goma"),
     date(2024, 1, 27)),
    ("passive", "Sirte was captured by Islamic State fighters on 2 March after days of shelling.",
     ("Islamic State", "Sirte"), date(2024, 3, 2)),
    ("following", "Al-Shabaab overran Baidoa on 9 February following weeks of attacks.", ("al-Shabaab", "Baidoa"),
     date(2024, 2, 9)),
]


@pytest.mark.parametrize(("shape", "text", "holder", "day"), DATE_RUN_ON, ids=[r[0] for r in DATE_RUN_ON])
def test_a_taking_is_of_its_own_date_however_the_date_runs_on(extractor, shape, text, holder, day):
    held = {(c.actor.name, c.place.name): c.as_of for c in extract(extractor, text, PUBLISHED).control
            if c.status.value == "controls"}
    assert held.get(holder) == day



# Issue 18, precision first: families of fresh reports, each row (shape, text, holder, place, status, made): whether a
# claim of that status on that place (by that holder; None: any) is read. Holder and place as the registry and the
# gazetteer name them.
MALI_UAG, JUNTA = "Unidentified Armed Group (Mali)", "Military Forces of Myanmar"
READINGS = [
    # a state told in the past up to a date that ends it is over: its holder lost the place then; a loss more than a
    # year before the report's story is background (frame_table.yaml `history`)
    ("ended: recent, said", "Al-Shabaab held Jowhar until last week, a local elder said.", "al-Shabaab", "Jawhar",
     "lost", True),
    ("ended: participle", "Kidal, held by Tuareg rebels until 2023, hosted a market on Friday.", "MNLA", "Kidal",
     "lost", True),
    ("ended: till, in a dated past", "Seleka rebels ruled Bambari till 2014, residents recalled.",
     "Unidentified Armed Group (Central African Republic)", "Bambari", "lost", True),
    ("ended: a taking verb as a state", "Boko Haram occupied Gwoza until March 2015, when the army retook the town.",
     "Boko Haram", "Gwoza", "lost", True),
    ("ended: old background, no hold", "Mosul, which Islamic State held until 2017, voted on Sunday.", None, "Mosul",
     "controls", False),
    ("ended: old background, no loss", "Mosul, which Islamic State held until 2017, voted on Sunday.", None, "Mosul",
     "lost", False),
    ("ended, negative: present perfect", "The RSF has controlled Wad Madani since April, according to residents.",
     "Rapid Support Forces", "Wad Medani", "lost", False),
    # an entry whose purpose infinitive names nothing the frame table reads is an errand, no fight for the place
    ("errand: aid", "UN peacekeepers entered Bentiu on Tuesday to deliver food to displaced families.", None, None,
     "contested", False),
    ("errand: escort", "Kenyan police entered Cite Soleil on Monday to escort fuel trucks to the port.", None, None,
     "contested", False),
    ("errand: inspection", "African Union troops entered Baidoa on Thursday to inspect the airport.", None, None,
     "contested", False),
    ("errand: distribution", "Ethiopian federal police moved into Mekele on Friday to distribute food.", None, None,
     "contested", False),
    ("errand, guard: an attack", "M23 rebels entered Goma on Sunday to attack the army base.", "M23", "Goma",
     "contested", True),
    ("errand, guard: no purpose", "M23 rebels entered Goma on Sunday, residents said.", "M23", "Goma", "contested",
     True),
    # a loss in any shape; the of-phrase of "control" is the place under any light verb ("lost control of X")
    ("loss: light verb", "The Myanmar army lost control of Lashio on Saturday.", JUNTA, "Lashio", "lost", True),
    ("loss: light verb, said", "Junta troops lost control of Lashio on Saturday, residents said.", JUNTA, "Lashio",
     "lost", True),
    ("loss: reportedly", "Junta troops reportedly abandoned Lashio on Saturday.", JUNTA, "Lashio", "lost", True),
    ("loss: passive, claimed", "Lashio was abandoned by junta troops on Saturday, the rebels claimed.", JUNTA,
     "Lashio", "lost", True),
    ("loss: nominal", "The withdrawal of junta troops from Lashio on Saturday surprised residents.", JUNTA, "Lashio",
     "lost", True),
    ("loss, negative: regained", "Junta troops regained control of Lashio on Saturday.", JUNTA, "Lashio", "lost",
     False),
    # "X, which rebels seized": the parser often hangs the verb on its subject as a participle; word order reads it
    ("relative: bare noun", "Kidal, which rebels seized on Friday, was quiet on Saturday.", None, "Kidal", "controls",
     True),
    ("relative: named group", "Bunia, which CODECO fighters seized on Thursday, was quiet on Friday.",
     "CODECO: Cooperative for Development of Congo", "Bunia", "controls", True),
    ("relative: overran", "Djibo, which JNIM militants overran in May, is short of food.", "JNIM", "Djibo", "controls",
     True),
    ("relative: acronym", "Malam Fatori, which ISWAP fighters seized on Thursday, was quiet on Friday.",
     "Islamic State West Africa Province", "Mallam Fatori", "controls", True),
    ("relative: article", "Gao, which the jihadists captured last week, was calm.", None, "Gao", "controls", True),
    ("relative, negative: attacked", "Kidal, which rebels attacked on Friday, was quiet on Saturday.", None, "Kidal",
     "controls", False),
    # a retreat whose subject a relative clause of taking or entry describes leaves that place, and a holder's own
    # later leaving supersedes its hold
    ("left: entered, perfect", "Tribal leaders said fighters who had entered Tikrit on Wednesday had pulled back.",
     None, "Tikrīt", "lost", True),
    ("left: seized, said", "The M23 rebels who seized Rutshuru last week withdrew on Monday, residents said.", "M23",
     "Rutshuru", "lost", True),
    ("left: seized, no hold", "The M23 rebels who seized Rutshuru last week withdrew on Monday, residents said.",
     "M23", "Rutshuru", "controls", False),
    ("left: took", "The jihadists who took Djibo on Friday withdrew the next day.", None, "Djibo", "lost", True),
    ("left: captured", "Al-Shabaab fighters who captured Beledweyne on Friday pulled out on Saturday.", "al-Shabaab",
     "Beledweyne", "lost", True),
    ("left: captured, no hold", "Al-Shabaab fighters who captured Beledweyne on Friday pulled out on Saturday.",
     "al-Shabaab", "Beledweyne", "controls", False),
    ("left: drove into", "RSF fighters who drove into Babanusa on Sunday retreated hours later.",
     "Rapid Support Forces", "Babanūsah", "lost", True),
    ("left, negative: attacked", "Fighters who had attacked Baidoa on Friday pulled back.", None, "Baidoa", "lost",
     False),
    # "was overrun", which the tagger reads as a noun, is a taking like "was seized"
    ("overrun: passive", "Kidal was overrun by rebels.", MALI_UAG, "Kidal", "controls", True),
    ("overrun: passive, said", "Bunia was overrun by CODECO militiamen on Saturday, witnesses said.",
     "CODECO: Cooperative for Development of Congo", "Bunia", "controls", True),
    ("overrun: passive, dated", "Malam Fatori was overrun by ISWAP fighters on Thursday.",
     "Islamic State West Africa Province", "Mallam Fatori", "controls", True),
    ("overrun: reportedly", "Beledweyne was reportedly overrun by al-Shabaab on Friday.", "al-Shabaab", "Beledweyne",
     "controls", True),
    ("overrun: active, claimed", "Rebels overran Kidal on Friday, the army claimed.", MALI_UAG, "Kidal", "controls",
     True),
    # a hold told by a participle with no auxiliary describes the guards and claims nothing (mood `described`); the
    # other changes keep that mood ("fighters besieging X")
    ("guards: overpowered", "Soldiers guarding Chibok were overpowered by gunmen on Monday night.", None, None,
     "controls", False),
    ("guards: fled", "Village guards defending Kaya fled when the gunmen arrived on Sunday.", None, None, "controls",
     False),
    ("guards: wounded", "Police officers guarding Maiduguri's main gate were wounded in a blast.", None, None,
     "controls", False),
    ("guards: fired", "Fighters controlling Sanaa's airport fired on the crowd.", None, None, "controls", False),
    ("guards: killed", "Two militiamen manning a checkpoint in Kidal were killed on Friday.", None, None, "controls",
     False),
    ("guards: object of an attack", "The gunmen killed two soldiers and a policeman guarding Konduga.", None, None,
     "controls", False),
    ("guards, guard: passive state", "The refinery on the edge of Baiji was still being guarded by soldiers, an "
     "official said.", "Military Forces of Iraq", None, "controls", True),
    ("guards, guard: besieging", "RSF fighters besieging El Fasher shelled the market on Monday.",
     "Rapid Support Forces", "El Fasher", "threatened", True),
    ("guards, guard: retreating", "Troops retreating from Lashio were ambushed on Sunday.", JUNTA, "Lashio", "lost",
     True),
    # an adverb of degree on a hold tells only part of the place is held (arguments.yaml `partial_degree`)
    ("degree: active, say", "The Houthis largely control Hodeidah, aid agencies say.", "Houthis", None, "partial",
     True),
    ("degree: passive", "Djibo is partly held by JNIM fighters, a local official said.", "JNIM", "Djibo", "partial",
     True),
    ("degree: copular", "Gao is mostly in the hands of the army.", None, "Gao", "partial", True),
    ("degree: now, said", "M23 rebels now mostly control Rutshuru, residents said.", "M23", "Rutshuru", "partial",
     True),
    ("degree: relative", "Bentiu, which SPLA-IO fighters partially hold, was shelled on Monday.", None, "Bentiu",
     "partial", True),
    ("degree: perfect", "The RSF has largely controlled Nyala since October.", "Rapid Support Forces", "Nyala",
     "partial", True),
    ("degree, guard: none", "JNIM fighters hold Djibo, a local official said.", "JNIM", "Djibo", "partial", False),
    ("degree, guard: on another word", "Largely unopposed, M23 rebels took Rutshuru on Friday.", "M23", "Rutshuru",
     "partial", False),
    # "X district" that names a district is the whole district, not a part of it ("a district of X" is a part)
    ("district: active, said", "Houthi fighters captured Nihm district on Saturday, a government official said.",
     "Houthis", None, "controls", True),
    ("district: fell to", "Nad Ali district fell to the Taliban on Thursday, officials said.", "Taliban", None,
     "controls", True),
    ("district: relative", "Harib district, which Houthi forces took last week, was calm on Monday.", "Houthis", None,
     "controls", True),
    ("district: reportedly", "Houthi fighters have reportedly taken Harib district.", "Houthis", None, "controls",
     True),
    ("district: no share", "Houthi fighters captured Nihm district on Saturday.", "Houthis", None, "partial", False),
    ("district, guard: of a town", "M23 rebels seized two districts of Goma on Sunday.", "M23", "Goma", "partial",
     True),
    ("district, guard: a shared area", "Federal troops were in full control of the Kobo/Woldia area on Friday.", None,
     "Kobo", "controls", True),
    # a bare compass word after a verb of movement is a direction, never a place threatened or held
    ("direction: left and headed", "The soldiers left Kidal at dawn and headed east.", None, None, "threatened",
     False),
    ("direction: a unit", "The 5th Brigade quit its barracks in Malakal at night and headed east.", None, None,
     "threatened", False),
    ("direction: fled", "Al-Shabaab fighters fled north after the raid.", None, None, "controls", False),
    ("direction: pushed", "Government troops pushed east towards the river.", None, None, "threatened", False),
    ("direction: withdrew and went", "The militants withdrew from the town and went south.", None, None, "controls",
     False),
    ("direction, guard: from a side", "Rebels advanced on Kidal from the north on Tuesday.", None, "Kidal",
     "threatened", True),
    # "it" is never the subject of its own clause ("the army retook it" would be "itself"): the place named before
    ("it: surrounded", "The army still holds El Fasher, and the RSF has surrounded it.", "Rapid Support Forces",
     "El Fasher", "threatened", True),
    ("it: and later", "Jihadists attacked Djibo on Friday and the army later retook it.", None, "Djibo", "controls",
     True),
    ("it: before", "Rebels shelled Kidal for a month before the army recaptured it on Tuesday.",
     "Military Forces of Mali", "Kidal", "controls", True),
    ("it: semicolon, said", "Aleppo fell within days; HTS took it on Saturday, a war monitor said.", None, "Aleppo",
     "controls", True),
    ("it: a day after", "Wad Madani was calm on Sunday, a day after the army retook it.", "Military Forces of Sudan",
     "Wad Medani", "controls", True),
    ("it, guard: a thing", "The army received a letter from the rebels in Kidal and rejected it.", None, None,
     "controls", False),
    # "the surrounding villages", "nearby villages" are other places than the town named last
    ("around: surrounding", "Government forces retook Djibo on Friday. The rebels still hold the surrounding villages.",
     "Unidentified Armed Group (Burkina Faso)", "Djibo", "controls", False),
    ("around: outlying", "Troops recaptured Jowhar on Monday. Al-Shabaab fighters remain in control of the outlying "
     "villages.", "al-Shabaab", "Jawhar", "controls", False),
    ("around: neighbouring, said", "The army entered Gao on Monday; jihadists still hold the neighbouring villages, "
     "residents said.", None, "Gao", "controls", False),
    ("around: nearby town", "The army retook Kidal on Friday. Rebels still hold the nearby town, residents said.",
     "Unidentified Armed Group (Mali)", "Kidal", "controls", False),
    ("around: adjoining", "M23 captured Rutshuru on Sunday. The army still controls the adjoining villages.",
     "Military Forces of the Democratic Republic of Congo", "Rutshuru", "controls", False),
    ("around, guard: the town", "The army retook Kidal on Friday. Rebels still hold the town, residents said.",
     "Unidentified Armed Group (Mali)", "Kidal", "controls", True),
    # a change of hands told on the report's own day supersedes an earlier holder; a state that day ("still holds") not
    ("same day: months after", "Government troops recaptured Palmyra on Monday, ten months after Islamic State "
     "fighters seized it.", "Islamic State", "Tadmur", "lost", True),
    ("same day: next sentence", "Rebels seized Lashio in March. On Monday, the junta's troops retook the town.", None,
     "Lashio", "lost", True),
    ("same day: took it back, said", "M23 captured Rutshuru in April; the army took it back on Monday, officials said.",
     "M23", "Rutshuru", "lost", True),
    ("same day: drove out", "Al-Shabaab seized Jowhar last month. Somali troops drove the militants out of the town on "
     "Monday.", "al-Shabaab", "Jawhar", "lost", True),
    ("same day: an unopposed entry before", "Ukrainian troops recaptured Kupiansk on Monday. In February, Russian "
     "forces had entered the town without firing a shot.", "Military Forces of Russia", "Kupyansk", "controls", False),
    ("same day, guard: a state", "Rebels seized Lashio in March. The junta says it still holds the town.", None,
     "Lashio", "lost", False),
    # a compass word naming a military command is no region (place_names.yaml organisation_heads: command)
    ("command: including", "MNDAA fighters took Lashio on Saturday, including the junta's North-Eastern Command "
     "headquarters.", None, "North Eastern", "controls", False),
    ("command, guard: the town", "MNDAA fighters took Lashio on Saturday, including the junta's North-Eastern Command "
     "headquarters.", None, "Lashio", "controls", True),
    ("command: base of", "Rebels overran the base of the junta's South-Eastern Command near Myawaddy on Tuesday.", None,
     "South", "controls", False),
    ("command: headquarters, said", "Fighters of the Arakan Army captured the Western Command headquarters in Ann on "
     "Friday, the group said.", None, "Uganda", "partial", False),
    ("command: camp of", "The TNLA said it had taken the camp of the army's Central Command outside Mogok.", None,
     "Uganda", "partial", False),
    ("command: troops of", "Troops of the Eastern Command retook Goma airport on Monday, the army said.", None,
     "Eastern", "controls", False),
    # a hedged count of one ("more than a year", "nearly a month") still dates a clause before its anchor
    ("hedged: more than a year", "Government troops recaptured Palmyra on Monday, more than a year after Islamic "
     "State fighters seized it.", "Islamic State", "Tadmur", "lost", True),
    ("hedged: nearly a year", "Government troops recaptured Palmyra on Monday, nearly a year after Islamic State "
     "fighters seized it.", "Islamic State", "Tadmur", "lost", True),
    ("hedged: almost a month", "Somali troops retook Jowhar on Monday, almost a month after al-Shabaab overran it.",
     "al-Shabaab", "Jawhar", "lost", True),
    ("hedged: about a month, said", "The army recaptured Rutshuru on Monday, about a month after M23 rebels took it, "
     "officials said.", "M23", "Rutshuru", "lost", True),
    ("hedged: just over a week", "Malian troops retook Kidal on Monday, just over a week after rebels seized it.",
     MALI_UAG, "Kidal", "lost", True),
    ("hedged, guard: long ago", "Government troops recaptured Palmyra on Monday, almost two years after Islamic State "
     "fighters seized it.", "Islamic State", "Tadmur", "controls", False),
    # a state told in the simple past and measured ("for two days") is over: its holder lost the place
    ("measured: relative", "Bria, which the rebels occupied for one day in early March, is calm again.", None, "Bria",
     "lost", True),
    ("measured: active", "Seleka fighters occupied Bambari for a week in March.", None, "Bambari", "lost", True),
    ("measured: years", "Al-Shabaab controlled Jowhar for three years, a local elder said.", "al-Shabaab", "Jawhar",
     "lost", True),
    ("measured: ruled", "M23 rebels ruled Rutshuru for six months last year.", "M23", "Rutshuru", "lost", True),
    ("measured: passive", "Gwoza was held by Boko Haram for seven months in 2014 and 2015.", "Boko Haram", "Gwoza",
     "lost", True),
    ("measured, negative: no hold left", "M23 rebels ruled Rutshuru for six months last year.", "M23", "Rutshuru",
     "controls", False),
    ("measured, negative: present perfect", "The RSF has held Wad Madani for a year.", "Rapid Support Forces",
     "Wad Medani", "lost", False),
    ("measured, negative: for now", "M23 rebels hold Rutshuru for now.", "M23", "Rutshuru", "controls", True),
    # a participle's measure ("X, held by Y for years, is ...") goes on
    ("measured, negative: a participle's siege", "Djibo, a town besieged by JNIM for two years, was attacked again.",
     "JNIM", "Djibo", "threatened", True),
    ("measured, negative: a participle's hold", "Kidal, held by rebels for a decade, is short of food.", None, "Kidal",
     "lost", False),
    ("measured, negative: a participle, said", "Jowhar, controlled by al-Shabaab for three years, has no clinic, "
     "residents said.", "al-Shabaab", "Jawhar", "lost", False),
    # and so does a running count, or a measure up to now
    ("measured, negative: the last decade", "The Houthis held Harib for the last decade, a local official said.",
     "Houthis", "Ḩarīb", "controls", True),
    ("measured, negative: up to now", "Rebels controlled Kidal for the past two years.", None, "Kidal", "lost", False),
    ("measured, negative: a running count", "IS fighters held Palmyra for a third day.", "Islamic State", "Tadmur",
     "controls", True),
    ("measured, negative: consecutive", "The army held Kidal for the second consecutive day.", None, "Kidal", "lost",
     False),
    ("measured, negative: another", "Rebels occupied Bambari for another week, residents said.", None, "Bambari",
     "lost", False),
    # keeping control is a hold, no change ("kept control of X")
    ("kept: light verb", "Malian troops kept control of Kidal despite the attack.", "Military Forces of Mali", "Kidal",
     "controls", True),
    ("kept: retained, said", "Junta troops retained control of Lashio on Saturday, residents said.", JUNTA, "Lashio",
     "controls", True),
    ("kept: maintains", "The army maintains control of Kidal, officials say.", "Military Forces of Mali", "Kidal",
     "controls", True),
    ("kept: police", "Police officers kept control of Lascahobas after the gang attack.", "Police Forces of Haiti",
     "Lascahobas", "controls", True),
    ("kept: reportedly", "Somali forces reportedly retained control of Jowhar after a night of fighting.",
     "Military Forces of Somalia", "Jawhar", "controls", True),
    ("kept, negative: failed", "The army failed to keep control of Kidal.", "Military Forces of Mali", "Kidal",
     "controls", False),
    # giving a place up is a loss in every voice
    ("gave up: active", "Junta troops gave up Lashio on Saturday.", JUNTA, "Lashio", "lost", True),
    ("gave up: the city of", "After a week of shelling, Afghan troops gave up the city of Kunduz, a council member "
     "said.", "Military Forces of Afghanistan", "Kunduz", "lost", True),
    ("gave up: passive", "Lashio was given up by junta troops without a fight.", JUNTA, "Lashio", "lost", True),
    ("gave up: said", "Rebels gave up Bunia on Sunday, the army said.", None, "Bunia", "lost", True),
    ("gave up: perfect", "Malian troops have given up Kidal, residents say.", "Military Forces of Mali", "Kidal",
     "lost", True),
    ("gave up, negative: weapons", "The soldiers gave up their weapons to the rebels in Lashio.", JUNTA, "Lashio",
     "lost", False),
    # every town of a list taken, where the parser splits the list into several objects ("seizing X, Y and Z")
    ("list: participle", "Rebels swept through the north on Sunday, seizing Kidal, Tessalit and Aguelhok.", None,
     "Aguelhok", "controls", True),
    ("list split: said", "Taliban fighters seized two cities on Sunday, taking Aybak and Sar-e Pul, officials said.",
     "Taliban", "Sar-e Pul", "controls", True),
    ("list: capturing", "Houthi fighters pushed south, capturing Harib, Bayhan and Al Abdiyah within days.", "Houthis",
     "Al Abdiyah", "controls", True),
    ("list: retaking", "The army advanced along the river, retaking Malakal, Nasir and Bentiu by Friday.", None,
     "Bentiu", "controls", True),
    ("list: said", "M23 fighters moved west, taking Sake, Masisi and Rubaya, residents said.", "M23", "Rubaya",
     "controls", True),
    ("list: losing", "Junta troops held out in the east, losing Lashio, Hsenwi and Kutkai.", JUNTA, "Kutkai", "lost",
     True),
    ("list: two towns", "Government forces reportedly recaptured two towns on Saturday, retaking Bambari and Bria.",
     None, "Bria", "controls", True),
    # the parser splits some lists into two objects of one verb (hyphenated names: "Sar-e Pul")
    ("list split: hyphenated", "The Taliban swept through the north, taking Aybak, Sar-e Pul and Sheberghan in quick "
     "succession.", "Taliban", "Shibirghān", "controls", True),
    ("list split: capturing", "Taliban units pushed north, capturing Aybak, Mazar-i-Sharif and Hairatan in two days.",
     "Taliban", "Mazār-e Sharīf", "controls", True),
    # "fell back from X": the parser reads "back" as an adverb and hangs the from-phrase on it
    ("fell back: active", "The LNA fell back from Tarhuna on Friday.", "LNA", "Tarhuna", "lost", True),
    ("fell back: said", "Junta troops fell back from Lashio on Saturday, residents said.", JUNTA, "Lashio", "lost",
     True),
    ("fell back: after", "Lashio was quiet on Saturday after junta troops pulled back from the town.", JUNTA, "Lashio",
     "lost", True),
    ("fell back: the army said", "M23 rebels fell back from Sake on Sunday, the army said.", "M23", "Sake", "lost",
     True),
    ("fell back: reportedly", "Al-Shabaab fighters reportedly fell back from Jowhar overnight.", "al-Shabaab", "Jawhar",
     "lost", True),
    ("fell back: entry made a taking", "GNA forces entered Tarhuna on Friday after the LNA fell back from the town.",
     "Military Forces of Libya Government of National Accord", "Tarhuna", "controls", True),
    ("fell back, negative: towards", "The rebels fell back towards Kidal after the battle.", None, "Kidal", "lost",
     False),
    # a share told with a round figure the parser reads as a preposition ("hold about a third of X") is part of X
    ("share: about a tenth", "The militants still hold about a tenth of Marawi.", None, "Marawi City", "partial", True),
    ("share: around half, said", "Rebels control around half of Aleppo, a monitor said.", None, "Aleppo", "partial",
     True),
    ("share: the town of", "The rebels held around a third of the town of Gao.", None, "Gao", "partial", True),
    ("share: over half", "Troops now control over half of Bakhmut.", "Military Forces of Ukraine", "Bakhmut",
     "partial", True),
    ("share: seized", "Militants seized around a quarter of Sirte on Sunday.", None, "Sirte", "partial", True),
    ("share, negative: whole", "The militants still hold about a tenth of Marawi.", None, "Marawi City", "controls",
     False),
    # claiming control of a place is a (claimed) hold ("claimed control of X")
    ("claimed: control", "The Taliban claimed control of Kunduz on Sunday.", "Taliban", "Kunduz", "controls", True),
    ("claimed: full control", "JNIM claimed full control of Djibo in a statement on Monday.", "JNIM", "Djibo",
     "controls", True),
    ("claimed: said", "Houthi fighters claimed control of Harib on Tuesday, their spokesman said.", None, "Ḩarīb",
     "controls", True),
    ("claimed: perfect", "Al-Shabaab has claimed control of Jowhar after a night of fighting.", "al-Shabaab",
     "Jawhar", "controls", True),
    ("claimed: denied", "The RSF claimed control of El Fasher, a claim the army denied.", "Rapid Support Forces",
     "El Fasher", "controls", True),
    ("claimed, negative: the army's loss", "The RSF claimed control of El Fasher, a claim the army denied.",
     "Military Forces of Sudan", "El Fasher", "lost", False),
    # "it" after "the village of X" stands for X, even where the gazetteer does not know X: never the dateline's city
    ("unknown village: handed it to", "BEIRUT, Dec 11 - Israeli forces pulled out of the hill village of Kfar Tibnit "
     "al-Fawqa and handed it to Lebanese soldiers late on Wednesday.", None, "Beirut", None, False),
    ("unknown village: held it", "GOMA, March 3 - M23 rebels captured the village of Kashebere Ndogo on Monday and "
     "held it overnight, residents said.", None, "Goma", "controls", False),
    ("unknown village: abandoned it", "MOGADISHU, Jan 9 - Al-Shabaab fighters seized the village of Qod Qodley on "
     "Tuesday and later abandoned it.", None, "Mogadishu", "lost", False),
    ("unknown town: still hold it", "JUBA, Feb 4 - SPLA-IO rebels took the town of Pariak Nyal on Friday and still "
     "hold it, a spokesman said.", None, "Juba", "controls", False),
    ("unknown hamlet: retook it", "BAMAKO, May 2 - Jihadists overran the hamlet of Tin Ehrenfried on Sunday before "
     "the army retook it, officials said.", None, "Bamako", "controls", False),
    ("known town: abandoned it", "MOGADISHU, Jan 9 - Al-Shabaab fighters seized the town of Jowhar on Tuesday and "
     "later abandoned it.", "al-Shabaab", "Jawhar", "lost", True),
    # the side a place is taken from loses it: the from-phrase of a taking (ACLED train notes, study half: 12 notes
    # of 127 gain their coded actor 2's loss, none a wrong one)
    ("taken from: active", "Nigerien troops retook Diffa from Boko Haram fighters at dawn on Thursday.", "Boko Haram",
     "Diffa", "lost", True),
    ("taken from: light verb", "Tuareg rebels took control of Tessalit from Malian soldiers on Wednesday.",
     "Military Forces of Mali", "Tessalit", "lost", True),
    ("taken from: over-phrase, said", "Clan gunmen seized control over Beledweyne from al-Shabaab overnight, elders "
     "said.", "al-Shabaab", "Beledweyne", "lost", True),
    ("taken from: passive", "Timbuktu was seized from government troops by the rebels on Saturday.",
     "Military Forces of Mali", "Timbuktu", "lost", True),
    ("taken from: relative", "Kidal, which the rebels wrested from the army in March, remains tense.", None,
     "Kidal", "lost", True),
    ("taken from: reportedly", "Government forces reportedly won back Mopti from the insurgents on Monday.", None,
     "Mopti", "lost", True),
    ("taken from, negative: goods", "Soldiers seized two trucks from the smugglers near Gao on Tuesday.", None, "Gao",
     "lost", False),
    ("taken from, negative: a direction", "The rebels captured Menaka from the east on Friday.", None, "Ménaka",
     "lost", False),
    ("taken from, negative: a share", "Iraqi troops have recaptured most of Tal Afar from the militants, officials "
     "said.", None, None, "lost", False),
    ("taken from, a share: the taker's part", "Iraqi troops have recaptured most of Tal Afar from the militants, "
     "officials said.", "Military Forces of Iraq", None, "partial", True),
    # a share taken from a side leaves it the rest (own gold16: "retaken most of X from Y": Y is no loser of X)
    ("a share taken from: much of", "The RSF seized much of Nyala from the army on Thursday.",
     "Military Forces of Sudan", "Nyala", "partial", True),
    ("a share taken from: half, reportedly", "Government forces reportedly retook half of Kidal from the rebels.",
     "Unidentified Armed Group (Mali)", "Kidal", "partial", True),
    ("a share taken from: swathes", "Houthi fighters captured large swathes of Marib from government forces this "
     "week.", "Military Forces of Yemen", "Ma'rib", "partial", True),
    ("a share taken from, negative: no loss", "Houthi fighters captured large swathes of Marib from government "
     "forces this week.", "Military Forces of Yemen", "Ma'rib", "lost", False),
    ("a share left, negative: no rest held", "The army withdrew from parts of Kidal on Monday.",
     "Military Forces of Mali", "Kidal", "partial", False),
    # a retreat told in a clause of time on a taking leaves the place taken, whoever retreats
    ("retreat in a time clause: fled", "Kenyan troops captured Kismayo after al-Shabaab militants fled in the "
     "night.", "al-Shabaab", "Kismayo", "lost", True),
    ("retreat in a time clause: as", "The rebels occupied Bossangoa as government soldiers pulled out on Monday.",
     "Military Forces of the Central African Republic", "Bossangoa", "lost", True),
    ("retreat in a time clause: perfect, said", "Jihadists overran Douentza once the soldiers had withdrawn, a local "
     "official said.", "Military Forces of Mali", "Douentza", "lost", True),
    ("retreat in a time clause: when", "Islamist fighters seized Douentza when the soldiers abandoned their posts.",
     "Military Forces of Mali", "Douentza", "lost", True),
    ("retreat in a time clause: entry made a taking", "Rebels entered Goma on Tuesday after Congolese troops "
     "retreated.", None, "Goma", "controls", True),
    ("retreat in a time clause, negative: civilians", "Hundreds of villagers fled as the militants seized Bol.",
     None, "Bol", "lost", False),
    ("retreat in a time clause: passive taking", "Tombouctou was captured by the rebels after the soldiers fled.",
     "Military Forces of Mali", "Timbuktu", "lost", True),
    ("retreat in a time clause: fell to", "Gao fell to the insurgents on Tuesday after Malian soldiers abandoned "
     "their posts, residents said.", "Military Forces of Mali", "Gao", "lost", True),
    ("retreat in a time clause: passive, when", "Douentza was seized by militants when the soldiers retreated.",
     "Military Forces of Mali", "Douentza", "lost", True),
    ("retreat in a time clause: fell to, as", "Menaka fell to jihadists as Malian troops pulled back on Sunday.",
     "Military Forces of Mali", "Ménaka", "lost", True),
    ("retreat in a time clause: passive, reportedly", "Kidal was reportedly taken by the rebels once the Malian army "
     "had withdrawn.", "Military Forces of Mali", "Kidal", "lost", True),
    ("retreat in a time clause, negative: fighting", "Gao fell to the insurgents after heavy fighting.", None, "Gao",
     "lost", False),
]


@pytest.mark.parametrize(("shape", "text", "holder", "place", "status", "made"), READINGS, ids=[r[0] for r in READINGS])
def test_a_report_states_control_only_as_its_words_do(extractor, shape, text, holder, place, status, made):
    assert any(status in (None, s) and holder in (None, a) and place in (None, p) for a, p, s in
               _claims(extractor, text)) is made


TALIBAN_OUT, ARMY_IN = ("Taliban", "Ghazni", "lost"), ("Military Forces of Afghanistan", "Ghazni", "controls")
EXPELLED = [
    # the side driven out of a place lost it (frame_table.yaml `expel`: its patient loses its source)
    ("active", "Government forces drove the Taliban out of Ghazni on Tuesday.", TALIBAN_OUT, True),
    ("passive, said", "The Taliban were driven out of Ghazni by government forces on Tuesday, the governor said.",
     TALIBAN_OUT, True),
    ("reportedly", "Government forces reportedly expelled the Taliban from Ghazni on Tuesday.", TALIBAN_OUT, True),
    ("relative", "The Taliban, who were pushed out of Ghazni on Tuesday, regrouped in the hills.", TALIBAN_OUT, True),
    ("agentless", "The Taliban were ousted from Ghazni on Tuesday, officials said.", TALIBAN_OUT, True),
    ("the expeller holds it", "Government forces drove the Taliban out of Ghazni on Tuesday.", ARMY_IN, True),
    ("negative: an attack pushed back", "Government forces pushed back a Taliban attack on Ghazni on Tuesday.",
     TALIBAN_OUT, False),
    ("negative: a crowd cleared", "Police dislodged protesters from the main square in Ghazni on Tuesday.",
     ("Protesters (Afghanistan)", "Ghazni", "lost"), False),
    # a change of hands describing the noun of a time phrase is the story's background (control `_recalled`)
    ("negative: recalled", "Farmers returned to Ghazni, three years after the offensive that drove the Taliban out of "
     "the town.", TALIBAN_OUT, False),
    ("negative: recalled, said", "Schools reopened in Ghazni two years after the battle that drove the Taliban from "
     "the city, officials said.", TALIBAN_OUT, False),
    ("negative: recalled, since", "Ghazni has been calm since the operation in which government forces pushed the "
     "Taliban out of the town.", TALIBAN_OUT, False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), EXPELLED, ids=[r[0] for r in EXPELLED])
def test_the_side_driven_out_of_a_place_lost_it(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


ISWAP_HOLD = ("Islamic State West Africa Province", "Damboa", "controls")
HAD_OVERRUN = [
    # a participle written like its noun ("had overrun") the tagger reads as a noun is a verb when the parser gave it
    # an auxiliary and an object, or read as a modifier of the name after it (both frontwatch.nlp `participles`):
    # the taking is read as any other
    ("said", "Officials said ISWAP had overrun the town of Damboa on Thursday.", ISWAP_HOLD, True),
    ("claimed", "ISWAP claimed it had overrun Damboa on Thursday.", ISWAP_HOLD, True),
    ("relative", "Damboa, which ISWAP fighters had overrun on Thursday, was deserted by Saturday.", ISWAP_HOLD, True),
    ("reportedly", "ISWAP fighters had reportedly overrun Damboa by Thursday evening.", ISWAP_HOLD, True),
    ("perfect", "ISWAP fighters have overrun Damboa, residents said.", ISWAP_HOLD, True),
    ("passive", "Damboa was overrun by ISWAP fighters on Thursday.", ISWAP_HOLD, True),
    ("negative: a road cut", "ISWAP fighters had cut the road to Damboa on Thursday.", ISWAP_HOLD, False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), HAD_OVERRUN)
def test_a_participle_read_as_a_noun_still_takes(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


ARMY_KONDUGA, ARMY_LOST_KONDUGA = (("Military Forces of Nigeria", "Konduga", s) for s in ("controls", "lost"))
BH_LOST_KONDUGA = ("Boko Haram", "Konduga", "lost")
OBJECT_PRONOUN = [
    # a pronoun object never stands for the doer of its own verb (doc_actors `_doers`): the troops who drove "them"
    # out are not who lost the place
    ("participle", "Troops killed scores of insurgents near Bama while routing them from Konduga.",
     ARMY_LOST_KONDUGA, False),
    ("participle: the doer holds", "Troops killed scores of insurgents near Bama while routing them from Konduga.",
     ARMY_KONDUGA, True),
    ("coordinated", "Troops attacked the insurgents near Bama and drove them out of Konduga.", ARMY_LOST_KONDUGA,
     False),
    ("said", "Troops surrounded the insurgents and expelled them from Konduga, the army said.", ARMY_LOST_KONDUGA,
     False),
    ("previous sentence", "Boko Haram fighters had camped in Konduga for weeks. Troops drove them out of the town on "
     "Monday.", BH_LOST_KONDUGA, True),
    ("passive subject", "Boko Haram fighters had camped in Konduga for weeks. On Monday they were driven out of the "
     "town by troops.", BH_LOST_KONDUGA, True),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), OBJECT_PRONOUN, ids=[r[0] for r in OBJECT_PRONOUN])
def test_an_object_pronoun_is_never_its_own_verbs_doer(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


MALI_CONTESTS, REBELS_CONTEST = ("Military Forces of Mali", "Kidal", "contested"), ("MNLA", "Kidal", "contested")
BOTH_SIDES = [
    # "both sides" holding or claiming a place stands for the armed sides its sentence or the one before names: each
    # contests it, neither holds it
    ("active", "Malian troops and Tuareg rebels clashed near Kidal on Tuesday. Each side now holds the town, residents "
     "said.", True),
    ("passive", "Malian troops and Tuareg rebels clashed near Kidal. The town is held by both sides, residents said.",
     True),
    ("nominal", "Malian troops and Tuareg rebels clashed near Kidal. The town remains under the control of both sides.",
     True),
    ("relative", "Malian troops fought Tuareg rebels on Monday near Kidal, a town which both sides now control.", True),
    ("attribution", "Heavy fighting continued in Kidal, where Malian troops battle Tuareg rebels. Both sides claim to "
     "control most of the town.", True),
    ("negative: one side", "Malian troops fought Tuareg rebels near Kidal. Malian troops now hold the town.", False),
]


@pytest.mark.parametrize(("shape", "text", "made"), BOTH_SIDES, ids=[r[0] for r in BOTH_SIDES])
def test_both_sides_holding_a_place_contest_it(extractor, shape, text, made):
    claims = _claims(extractor, text)
    assert (MALI_CONTESTS in claims and REBELS_CONTEST in claims) is made


MALI_LOST = ("Military Forces of Mali", "Kidal", "lost")
GARRISON_GIVES_UP = [
    # a garrison gives up ground for the force its words name: that force loses the place
    ("active", "The army garrison handed Kidal over to Tuareg rebels on Tuesday.", True),
    ("passive", "The town of Kidal was handed over by its Malian garrison on Tuesday.", True),
    ("nominal", "The handover of Kidal by the army garrison to Tuareg rebels took place on Tuesday, officials said.",
     True),
    ("relative", "Kidal, which the army's garrison abandoned on Tuesday, is now held by Tuareg rebels.", True),
    ("attribution", "The Malian garrison abandoned Kidal on Tuesday after Tuareg rebels attacked, residents said.",
     True),
    ("negative: a patrol", "A Malian army garrison patrolled Kidal on Tuesday.", False),
]


@pytest.mark.parametrize(("shape", "text", "made"), GARRISON_GIVES_UP, ids=[r[0] for r in GARRISON_GIVES_UP])
def test_a_garrison_giving_up_a_place_loses_it_for_its_force(extractor, shape, text, made):
    assert (MALI_LOST in _claims(extractor, text)) is made


MALI_ANSONGO, JNIM_ANSONGO = ("Military Forces of Mali", "Ansongo", "contested"), ("JNIM", "Ansongo", "contested")
SIDES_UNTOLD = [
    # a fight for a place whose clause names no side ("fighting for X went on", "both sides claim X" with no sides
    # near) is fought by the two armed sides the report names nearest it (doc_actors `warring`): each contests it
    ("nominal", "Malian troops attacked JNIM positions near Gao on Monday. The battle for Ansongo went on into the "
     "night.", (MALI_ANSONGO, JNIM_ANSONGO), True),
    ("for-phrase on its verb, said", "JNIM fighters ambushed a Malian army convoy on Sunday. Fighting continued for "
     "Ansongo on Monday, residents said.", (MALI_ANSONGO, JNIM_ANSONGO), True),
    ("copular", "JNIM fighters ambushed a Malian army convoy on Sunday. The battle for Ansongo was the fiercest of the "
     "year, residents said.", (MALI_ANSONGO, JNIM_ANSONGO), True),
    ("reported, past perfect", "Malian troops attacked JNIM positions near Gao on Monday. Residents of Ansongo said "
     "fighting for the town had resumed.", (MALI_ANSONGO, JNIM_ANSONGO), True),
    ("relative: both sides, named sentences before", "JNIM militants attacked Ansongo on Friday. Malian troops sent "
     "reinforcements the next day. Clashes went on in Menaka, where both sides claim to control most of the town.",
     (("Military Forces of Mali", "Ménaka", "contested"), ("JNIM", "Ménaka", "contested")), True),
    ("negative: a duration", "JNIM fighters ambushed a Malian army convoy on Sunday. Heavy fighting continued for "
     "three days near Ansongo.", (MALI_ANSONGO,), False),
    ("negative: one side named", "JNIM fighters ambushed a Malian army convoy near Gao on Sunday. JNIM fighters "
     "fought for Ansongo on Monday.", (MALI_ANSONGO,), False),
]


@pytest.mark.parametrize(("shape", "text", "claims", "made"), SIDES_UNTOLD, ids=[r[0] for r in SIDES_UNTOLD])
def test_a_fight_naming_no_side_is_the_reports_sides(extractor, shape, text, claims, made):
    found = _claims(extractor, text)
    assert all(claim in found for claim in claims) is made


JNIM_PART_MENAKA = ("JNIM", "Ménaka", "partial")
WHERE_SHARE = [
    # a share naming no place ("several neighbourhoods") in a clause opened by "where" is a share of the place the
    # clause is about (control `_where`), past an apposition ("X, the main town of Y, where"): its holder holds part
    ("active", "Malian troops moved on Menaka, where JNIM fighters still hold several neighbourhoods.", True),
    ("after an apposition, said", "JNIM fighters attacked Menaka, the main town of the region, where they now control "
     "two districts, residents said.", True),
    ("passive", "Residents fled Menaka, where several districts are held by JNIM fighters.", True),
    ("inside its sentence", "Menaka, where JNIM militants control most neighbourhoods, was under curfew on Monday.",
     True),
    ("adjective, said", "Malian troops reached Menaka, where JNIM militants hold the northern districts, officials "
     "said.", True),
    ("negative: a facility", "Malian troops reached Menaka, where JNIM militants hold the airport.", False),
]


@pytest.mark.parametrize(("shape", "text", "made"), WHERE_SHARE, ids=[r[0] for r in WHERE_SHARE])
def test_a_share_where_a_clause_is_is_part_of_its_place(extractor, shape, text, made):
    assert (JNIM_PART_MENAKA in _claims(extractor, text)) is made


MALI_HOLDS_ANSONGO = ("Military Forces of Mali", "Ansongo", "controls")
SAID_AND_THAT = [
    # a state told in the past perfect in the second of two reported clauses ("said X and that Y had held Z") is
    # reported speech as the first is (control `_mood`): the holder still holds the place, it has not lost it
    ("active", "Malian army officials said the convoy had reached Gao and that troops had kept control of Ansongo.",
     True),
    ("pronoun", "The army said its units had repelled the attack and that they had held Ansongo throughout.", True),
    ("passive", "Officials said reinforcements had arrived and that Ansongo had been held by Malian troops all night.",
     True),
    ("copular", "Residents said JNIM fighters had attacked overnight and that Malian troops had remained in control of "
     "Ansongo.", True),
    ("told", "The governor told reporters that the roads had been cut and that Malian soldiers had kept Ansongo under "
     "their control.", True),
    ("negative: nobody says it", "The convoy had reached Gao and Malian troops had held Ansongo since 2019.", False),
]


@pytest.mark.parametrize(("shape", "text", "made"), SAID_AND_THAT, ids=[r[0] for r in SAID_AND_THAT])
def test_a_second_reported_clause_in_the_past_perfect_still_holds(extractor, shape, text, made):
    assert (MALI_HOLDS_ANSONGO in _claims(extractor, text)) is made


RENEWAL_ANSONGO = ("Council for Northern Renewal", "Ansongo", "controls")
MEN_OF_A_GROUP = [
    # armed men named by the group they belong to ("Rebels of the X Council") are that group, even when the tagger
    # takes the capitalised noun for a name: a phrase that resolves to another name is no place mistaken for a group
    ("active", "Rebels of the Council for Northern Renewal now hold Ansongo.", True),
    ("active, said", "Rebels of the Council for Northern Renewal captured Ansongo on Sunday, the army said.", True),
    ("copular", "Rebels of the Council for Northern Renewal are now in control of Ansongo.", True),
    ("relative", "Rebels of the Council for Northern Renewal, who seized Ansongo on Sunday, have imposed a curfew.",
     True),
    ("unaccusative", "Ansongo fell to Rebels of the Council for Northern Renewal on Sunday.", True),
    ("negative: a place as subject", "Ansongo was captured on Monday.", False),
]


@pytest.mark.parametrize(("shape", "text", "made"), MEN_OF_A_GROUP, ids=[r[0] for r in MEN_OF_A_GROUP])
def test_armed_men_of_a_named_group_hold_for_it(extractor, shape, text, made):
    assert (RENEWAL_ANSONGO in _claims(extractor, text)) is made


SHABAAB_JILIB = ("al-Shabaab", "Jilib", "controls")
A_STRONGHOLD = [
    # a place a copula names someone's stronghold or bastion is held by them (the `stronghold` class): its possessor,
    # of-phrase or modifier holds the copula's subject; a stronghold of a place told any other way holds nothing
    ("remains, possessive", "Jilib remains al-Shabaab's main stronghold in the Middle Juba region.", True),
    ("of-phrase, said", "Jilib is the last bastion of al-Shabaab in the south, officials said.", True),
    ("modifier, become", "Jilib has become an al-Shabaab stronghold, residents said.", True),
    ("relative on its subject", "Jilib, which Somali troops shelled on Monday, remains al-Shabaab's main stronghold.",
     True),
    ("made into", "Al-Shabaab fighters have turned Jilib into their main stronghold.", True),
    ("reportedly", "Jilib is reportedly al-Shabaab's last stronghold in the region.", True),
    ("negative: taken", "Somali troops captured al-Shabaab's stronghold of Jilib on Monday.", False),
    ("negative: calm, said by the group", "Jilib was calm on Monday, al-Shabaab said.", False),
]


@pytest.mark.parametrize(("shape", "text", "made"), A_STRONGHOLD, ids=[r[0] for r in A_STRONGHOLD])
def test_a_place_told_as_a_groups_stronghold_is_held_by_it(extractor, shape, text, made):
    assert (SHABAAB_JILIB in _claims(extractor, text)) is made


SIDES_BEFORE = "Malian troops clashed with JNIM fighters near Gao on Monday. "
CLAIMED_BY_BOTH = [
    # a place both sides claim or dispute is contested by each (`claim` and `dispute` name the `contest` class): with a
    # place as object or antecedent only, not a deed claimed, nor the place of a "where" clause whose infinitive tells
    # what they claim (the region of "the X region, where both sides claim to control several towns")
    ("relative", SIDES_BEFORE + "Fighting was fiercest in Ansongo, which both sides claim.", "Ansongo", True),
    ("passive", SIDES_BEFORE + "Ansongo is claimed by both sides.", "Ansongo", True),
    ("active, said", SIDES_BEFORE + "Both sides claim Ansongo, residents said.", "Ansongo", True),
    ("participle", SIDES_BEFORE + "Ansongo, claimed by both sides, was quiet on Tuesday.", "Ansongo", True),
    ("dispute", SIDES_BEFORE + "Both sides now dispute Ansongo.", "Ansongo", True),
    ("negative: a deed claimed", SIDES_BEFORE + "JNIM claimed responsibility for the attack on Ansongo.", "Ansongo",
     False),
    ("negative: lives claimed", "JNIM claimed the lives of ten soldiers in Ansongo.", "Ansongo", False),
    ("negative: where, claim to", "Malian troops clashed with JNIM fighters on Monday in the Gao region, where both "
     "sides claim to control several towns.", "Gao", False),
]


@pytest.mark.parametrize(("shape", "text", "place", "made"), CLAIMED_BY_BOTH, ids=[r[0] for r in CLAIMED_BY_BOTH])
def test_a_place_both_sides_claim_is_contested_by_each(extractor, shape, text, place, made):
    claims = _claims(extractor, text)
    sides = ((side, place, "contested") for side in ("Military Forces of Mali", "JNIM"))
    assert tuple(claim in claims for claim in sides) == (made, made)


THE_GROUPS = [
    # a name the parser compounded onto the verb of a relative clause whose pronoun is its object ("X, which Islamic
    # State overran") is its subject, the verb one even when tagged a noun (frontwatch.nlp `participles`): "the group"
    # after it is that group, no unidentified one
    ("heartland", "Palmyra, which Islamic State stormed two summers ago, has since been the group's desert heartland.",
     ("Islamic State", "Tadmur", "controls")),
    ("bastion, still", "Sirte, which Islamic State overran in 2015, is still the group's last bastion in Libya.",
     ("Islamic State", "Sirte", "controls")),
    ("of-phrase", "Ramadi, which Islamic State seized that spring, became the chief redoubt of the group in Anbar.",
     ("Islamic State", "Ramadi", "controls")),
    ("become", "Manbij, which Islamic State overran in 2014, has become the group's main stronghold near the border.",
     ("Islamic State", "Manbij", "controls")),
    ("said", "Tribal elders said Hawija, which Islamic State took without a fight, was now a fiefdom of the group.",
     ("Islamic State", "Al Ḩawījah", "controls")),
]


@pytest.mark.parametrize(("shape", "text", "claim"), THE_GROUPS, ids=[r[0] for r in THE_GROUPS])
def test_the_group_after_a_relative_clause_naming_it_is_that_group(extractor, shape, text, claim):
    claims = _claims(extractor, text)
    assert claim in claims
    assert not any(actor.startswith("Unidentified") for actor, _, _ in claims)


SOMALIA_JOWHAR = ("Military Forces of Somalia", "Jawhar", "controls")
BACK_IN_CONTROL = [
    # a holding phrase hung on an adverb of its copula ("back in control of X", "once more under army control") holds
    # for the copula's subject, and reads its modality and negation from that copula (frames `_copula`)
    ("back, says", "The Somali army says it is back in full control of Jowhar.", SOMALIA_JOWHAR, True),
    ("back, after", "Somali troops are back in control of Jowhar after a week of fighting.", SOMALIA_JOWHAR, True),
    ("firmly back", "Somalia's army is firmly back in control of Jowhar.", SOMALIA_JOWHAR, True),
    ("back, residents said", "Al-Shabaab fighters were back in control of Jilib by Friday evening, residents said.",
     ("al-Shabaab", "Jilib", "controls"), True),
    ("back, full, on a day", "Al-Shabaab was back in full control of Jilib on Sunday.",
     ("al-Shabaab", "Jilib", "controls"), True),
    ("negative: hoped", "Officials hope Somali troops will be back in control of Jowhar by June.", SOMALIA_JOWHAR,
     False),
    ("negative: not yet", "The Somali army is not yet back in control of Jowhar.", SOMALIA_JOWHAR, False),
    ("negative: hoped, under", "Officials hope Jowhar will be back under army control by June.", SOMALIA_JOWHAR,
     False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), BACK_IN_CONTROL, ids=[r[0] for r in BACK_IN_CONTROL])
def test_a_holding_phrase_on_an_adverb_holds_as_its_copula_says(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


A_STRONGHOLD_BESIDE = [
    # a seat in apposition to a place ("X, the group's stronghold, ...") is held by the seat's possessor, of-phrase or
    # modifier, unless its clause has the place change hands: then the change of hands is told, no hold
    ("subject, came under", "Jilib, al-Shabaab's main stronghold in the Middle Juba region, came under heavy shelling "
     "on Monday.", SHABAAB_JILIB, True),
    ("object of a strike, of-phrase", "Somali troops shelled Jilib, the last bastion of al-Shabaab in the south, on "
     "Monday.", SHABAAB_JILIB, True),
    ("modifier, said", "Jilib, long an al-Shabaab fiefdom, was quiet on Wednesday, residents said.", SHABAAB_JILIB,
     True),
    ("subject, passive strike", "Jilib, al-Shabaab's last redoubt in Middle Juba, was hit by airstrikes on Friday.",
     SHABAAB_JILIB, True),
    ("object of a preposition", "Drones circled over Jilib, the heartland of al-Shabaab, on Sunday night.",
     SHABAAB_JILIB, True),
    ("negative: captured", "Somali troops captured Jilib, al-Shabaab's main stronghold, on Monday.", SHABAAB_JILIB,
     False),
    ("negative: fell to", "Jilib, al-Shabaab's main stronghold, fell to Somali troops on Monday.", SHABAAB_JILIB,
     False),
    ("negative: passive taking", "Jilib, al-Shabaab's main stronghold, was captured by Somali troops on Monday.",
     SHABAAB_JILIB, False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), A_STRONGHOLD_BESIDE,
                         ids=[r[0] for r in A_STRONGHOLD_BESIDE])
def test_a_stronghold_in_apposition_is_held_unless_taken(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


SHABAAB_JOWHAR = ("al-Shabaab", "Jawhar", "controls")
HELD_IN_A_RELATIVE = [
    # a relative clause whose subject pronoun a copula puts "under/in X" ("X, which is under rebel control") tells the
    # state of the noun the pronoun stands for, as the copula's own tense and modality say
    ("perfect, since", "Jowhar, which has been under al-Shabaab control since June, was shelled on Monday.",
     SHABAAB_JOWHAR, True),
    ("object's relative, hands", "Troops shelled Jowhar, which has been in al-Shabaab hands since 2019.",
     SHABAAB_JOWHAR, True),
    ("of-phrase", "Jowhar, which is under the control of al-Shabaab, came under attack on Monday.", SHABAAB_JOWHAR,
     True),
    ("remains, of a prepositional object", "Residents of Jowhar, which remains under al-Shabaab control, fled on "
     "Tuesday.", SHABAAB_JOWHAR, True),
    ("said", "Elders said Jowhar, which is now firmly in al-Shabaab's hands, had run short of food.", SHABAAB_JOWHAR,
     True),
    ("negative: past perfect until", "Jowhar, which had been under al-Shabaab control until June, was quiet on Monday.",
     SHABAAB_JOWHAR, False),
    ("negative: retaken", "Troops retook Jowhar, which had been in al-Shabaab hands since 2019, on Monday.",
     SHABAAB_JOWHAR, False),
    ("negative: a place's location", "Officials visited Jowhar, which is in the south of the region, on Monday.",
     ("Military Forces of Somalia", "Jawhar", "controls"), False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), HELD_IN_A_RELATIVE, ids=[r[0] for r in HELD_IN_A_RELATIVE])
def test_a_relative_clause_tells_the_state_its_copula_puts_its_noun_in(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


SURRENDERED = [
    # a force that surrenders gives up the place its subject's in/at-phrase puts it in (word tag `yielding` in
    # data/en/predicates.yaml, frames/active.yaml); the side it surrenders to takes the place
    ("garrison, to the rebels", "The army garrison in Kidal surrendered to the rebels on Tuesday.",
     ("Military Forces of Mali", "Kidal", "lost"), True),
    ("no recipient, said", "Soldiers in Kidal surrendered on Tuesday after a two-week siege, residents said.",
     ("Military Forces of Mali", "Kidal", "lost"), True),
    ("inside, a siege by", "Government soldiers inside Menaka surrendered after a three-day siege by Islamic State "
                           "fighters.", ("Military Forces of Mali", "Ménaka", "lost"), True),
    ("at, capitulated", "Malian troops at Gao capitulated on Sunday, a local official said.",
     ("Military Forces of Mali", "Gao", "lost"), True),
    ("reportedly, perfect", "The remaining Malian soldiers in Douentza have reportedly surrendered to JNIM.",
     ("Military Forces of Mali", "Douentza", "lost"), True),
    ("the recipient takes it", "The remaining Malian soldiers in Douentza have reportedly surrendered to JNIM.",
     ("JNIM", "Douentza", "controls"), True),
    ("negative: weapons handed over", "Malian soldiers in Kidal handed their weapons to UN peacekeepers.",
     ("Military Forces of Mali", "Kidal", "lost"), False),
    ("negative: where the surrender took place",
     "Two rebel fighters surrendered to Malian soldiers in Kidal on Tuesday.",
     ("Unidentified Armed Group (Mali)", "Kidal", "lost"), False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), SURRENDERED, ids=[r[0] for r in SURRENDERED])
def test_a_force_that_surrenders_gives_up_its_place(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


OVERRUN = [
    # a past perfect whose participle the parser read as a noun naming the place after it ("had overrun X") or whose
    # subject it hung on the auxiliary is the taking it tells (nlp.py `participles`)
    ("said", "Al-Shabaab fighters had overrun Baidoa that morning, residents said.", ("al-Shabaab", "Baidoa",
                                                                                    "controls"), True),
    ("before dawn", "JNIM fighters had overrun Douentza before dawn, residents said.", ("JNIM", "Douentza", "controls"),
     True),
    ("fronted clause", "Before the army arrived, Boko Haram had overrun Monguno.",
     ("Boko Haram", "Monguno", "controls"), True),
    ("fronted date", "By Sunday ISWAP fighters had overrun Marte and two nearby villages.",
     ("Islamic State West Africa Province", "Marte", "controls"), True),
    ("reportedly", "Boko Haram fighters had reportedly overrun Monguno by Sunday.",
     ("Boko Haram", "Monguno", "controls"), True),
    ("negative: a noun of the class", "The Nigerian army had attack helicopters over Monguno on Sunday.",
     ("Military Forces of Nigeria", "Monguno", "controls"), False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), OVERRUN, ids=[r[0] for r in OVERRUN])
def test_a_taking_told_in_the_past_perfect_is_read(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


THREATENED_BY_AN_AIM_OR_A_MASSING = [
    # a force massing by a place (`mass` of the advance class, its outside/near/around-phrase the goal) or a place told
    # as its objective (the `aim` class, a seat: its possessor or of-phrase aims at the copula's subject) threatens it
    ("massed outside, said", "RSF fighters massed outside El Fasher on Thursday, witnesses said.",
     ("Rapid Support Forces", "El Fasher", "threatened"), True),
    ("perfect, massed near", "Hundreds of M23 rebels have massed near Rutshuru, local officials said.",
     ("M23", "Rutshuru", "threatened"), True),
    ("copular, of-phrase", "Rutshuru is the next objective of the M23 rebels, a spokesman said.",
     ("M23", "Rutshuru", "threatened"), True),
    ("become, possessor", "Jowhar has become al-Shabaab's next objective, officials warned.",
     ("al-Shabaab", "Jawhar", "threatened"), True),
    ("apposition", "El Fasher, the RSF's main objective in Darfur, was shelled again on Monday.",
     ("Rapid Support Forces", "El Fasher", "threatened"), True),
    ("negative: no move", "M23 rebels met Congolese officials outside Rutshuru on Monday.",
     ("M23", "Rutshuru", "threatened"), False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), THREATENED_BY_AN_AIM_OR_A_MASSING,
                         ids=[r[0] for r in THREATENED_BY_AN_AIM_OR_A_MASSING])
def test_massing_by_or_aiming_at_a_place_threatens_it(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


FASHER_FOUGHT = {("Military Forces of Sudan", "El Fasher", "contested"),
                 ("Rapid Support Forces", "El Fasher", "contested")}
FOUGHT_OVER = [
    # a fight over a place, or one raging for it (`rage`, which the model lemmatises "rag"), is contested by its sides
    ("battled over", "Sudanese troops and RSF fighters battled over El Fasher on Saturday.",
     FASHER_FOUGHT, True),
    ("raged for control, between", "Fighting raged for control of El Fasher between the army and the RSF.",
     FASHER_FOUGHT, True),
    ("progressive raging", "Heavy fighting was raging between M23 rebels and Congolese troops for control of Rutshuru.",
     {("M23", "Rutshuru", "contested"),
      ("Military Forces of the Democratic Republic of Congo", "Rutshuru", "contested")}, True),
    ("fought over, for a day", "The Somali army and al-Shabaab fought over Jowhar for a third day.",
     {("Military Forces of Somalia", "Jawhar", "contested"), ("al-Shabaab", "Jawhar", "contested")}, True),
    ("progressive, said", "Malian troops and CSP rebels were battling over Kidal, residents said.",
     {("Military Forces of Mali", "Kidal", "contested"), ("CSP", "Kidal", "contested")}, True),
    ("negative: over a weekend, near", "M23 rebels fought Congolese troops over the weekend near Rutshuru.",
     {("M23", "Rutshuru", "contested")}, False),
]


@pytest.mark.parametrize(("shape", "text", "claims", "made"), FOUGHT_OVER, ids=[r[0] for r in FOUGHT_OVER])
def test_a_place_fought_over_is_contested_by_each_side(extractor, shape, text, claims, made):
    assert (claims <= _claims(extractor, text)) is made


RETREATED_OUTSIDE = [
    # a retreat outside or beyond a place, or to ground outside or beyond it, leaves the place (withdraw's `source`)
    ("fell back to hills outside", "Somali soldiers fell back to hills outside Jowhar overnight.",
     ("Military Forces of Somalia", "Jawhar", "lost"), True),
    ("beyond, said", "Congolese troops withdrew beyond Rutshuru on Tuesday, residents said.",
     ("Military Forces of the Democratic Republic of Congo", "Rutshuru", "lost"), True),
    ("to a camp outside, after", "Malian soldiers pulled back to a camp outside Kidal after heavy fighting.",
     ("Military Forces of Mali", "Kidal", "lost"), True),
    ("to villages beyond, said", "RSF fighters retreated to villages beyond El Fasher, the army said.",
     ("Rapid Support Forces", "El Fasher", "lost"), True),
    ("reportedly, perfect", "Congolese forces have reportedly retreated outside Rutshuru.",
     ("Military Forces of the Democratic Republic of Congo", "Rutshuru", "lost"), True),
    ("negative: to barracks in", "Somali soldiers pulled back to their barracks in Jowhar.",
     ("Military Forces of Somalia", "Jawhar", "lost"), False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), RETREATED_OUTSIDE, ids=[r[0] for r in RETREATED_OUTSIDE])
def test_a_retreat_outside_a_place_loses_it(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


RETREAT_SETTLED = [
    # a retreat whose coordinated verb settles its doers on ground outside or beyond a place leaves that place (the
    # `settling` verbs of data/en/predicates.yaml): its holder loses it
    ("regrouped at", "Government forces pulled back and regrouped at a camp outside Marib, the ministry said.",
     ("Military Forces of Yemen", "Ma'rib", "lost"), True),
    ("dug in", "Malian soldiers withdrew and dug in on hills beyond Gao on Sunday.",
     ("Military Forces of Mali", "Gao", "lost"), True),
    ("set up", "Somali troops retreated and set up new lines outside Beledweyne, officials said.",
     ("Military Forces of Somalia", "Beledweyne", "lost"), True),
    ("reportedly, took up", "The Burkinabe army reportedly fell back and took up positions beyond Djibo.",
     ("Military Forces of Burkina Faso", "Djibo", "lost"), True),
    ("perfect", "Ethiopian soldiers have withdrawn and regrouped in villages outside Gondar.",
     ("Military Forces of Ethiopia", "Gonder", "lost"), True),
    ("negative: an attack outside", "Malian soldiers withdrew and then attacked a rebel camp outside Gao.",
     ("Military Forces of Mali", "Gao", "lost"), False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), RETREAT_SETTLED, ids=[r[0] for r in RETREAT_SETTLED])
def test_a_retreat_settled_outside_a_place_loses_it(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


CLINGING = [
    # what a side holds on or clings to is what it keeps (`clinging`), part of a place when a share or a quarter of it
    # is named ("districts in the west of X")
    ("quarter of", "Ukrainian troops still held on to some districts in the west of Avdiivka, the general staff said.",
     ("Military Forces of Ukraine", "Avdiyivka", "partial"), True),
    ("clinging, share of", "Somali soldiers were clinging to a few neighbourhoods of Beledweyne on Monday.",
     ("Military Forces of Somalia", "Beledweyne", "partial"), True),
    ("progressive, said", "Sudanese troops are holding on to two districts in the north of Khartoum, residents said.",
     ("Military Forces of Sudan", "Khartoum", "partial"), True),
    ("reportedly, sites", "Government forces reportedly still hold some industrial sites in the south of Marawi.",
     ("Military Forces of the Philippines", "Marawi City", "partial"), True),
    ("whole place", "Sudanese soldiers were still holding on to Khartoum.",
     ("Military Forces of Sudan", "Khartoum", "controls"), True),
    ("negative: the whole place is no part", "Sudanese soldiers were still holding on to Khartoum.",
     ("Military Forces of Sudan", "Khartoum", "partial"), False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), CLINGING, ids=[r[0] for r in CLINGING])
def test_what_a_side_clings_to_it_holds(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


WITHIN_REACH = [
    # a side within a distance of a place threatens it (class `near` of data/frame_table.yaml)
    ("km, dated", "Rebel fighters were within 20 km of Goma on Tuesday.",
     ("Unidentified Armed Group (Democratic Republic of Congo)", "Goma", "threatened"), True),
    ("kilometres, said", "Jihadists are now within 15 kilometres of Djibo, the army said.",
     ("Unidentified Armed Group (Burkina Faso)", "Djibo", "threatened"), True),
    ("miles, according to", "Russian troops were within five miles of Kupiansk, according to Ukrainian officials.",
     ("Military Forces of Russia", "Kupyansk", "threatened"), True),
    ("reportedly", "Al-Shabaab fighters were reportedly within 10 km of Beledweyne.",
     ("al-Shabaab", "Beledweyne", "threatened"), True),
    ("kilometers", "RSF units are within 30 kilometers of El Obeid.",
     ("Rapid Support Forces", "El Obeid", "threatened"), True),
    ("negative: a place's distance", "The village where Rwandan troops were seen lies 20 km from Goma.",
     ("Military Forces of Rwanda", "Goma", "threatened"), False),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), WITHIN_REACH, ids=[r[0] for r in WITHIN_REACH])
def test_a_side_within_reach_of_a_place_threatens_it(extractor, shape, text, claim, made):
    assert (claim in _claims(extractor, text)) is made


DIVIDED = [
    # a place divided or split between sides, or disputed by sides named together, is contested by each side named
    ("copula, said", "Kidal remains divided between Malian troops and Tuareg rebels, residents said.",
     {("Military Forces of Mali", "Kidal", "contested"), ("MNLA", "Kidal", "contested")}, True),
    ("passive, town of", "The town of Bentiu is now split between government soldiers and rebel fighters.",
     {("Military Forces of South Sudan", "Bentiu", "contested"),
      ("Unidentified Armed Group (South Sudan)", "Bentiu", "contested")}, True),
    ("passive, officials said", "Sirte is divided between Libyan government forces and Islamic State fighters, "
     "officials said.", {("Military Forces of Libya", "Sirte", "contested"), ("Islamic State", "Sirte", "contested")},
     True),
    ("active", "Malian troops and Tuareg rebels dispute Kidal.",
     {("Military Forces of Mali", "Kidal", "contested"), ("MNLA", "Kidal", "contested")}, True),
    ("control of", "Control of Kismayo is divided between Somali troops and al-Shabaab fighters.",
     {("Military Forces of Somalia", "Kismayo", "contested"), ("al-Shabaab", "Kismayo", "contested")}, True),
    ("negative: a group split", "The rebels split into two factions in Kidal on Monday.",
     {("Unidentified Armed Group (Mali)", "Kidal", "contested")}, False),
]


@pytest.mark.parametrize(("shape", "text", "claims", "made"), DIVIDED, ids=[r[0] for r in DIVIDED])
def test_a_place_divided_between_sides_is_contested_by_each(extractor, shape, text, claims, made):
    assert (claims <= _claims(extractor, text)) is made


NIGERIA_LOST, ISWAP_TAKES = ("Military Forces of Nigeria", "Marte", "lost"), ("Islamic State West Africa Province",
                                                                                "Marte", "controls")
SURRENDERED_TO_NOBODY = [
    # a force's garrison, battalion or command in a place that surrenders to no side it names loses the place; the
    # side the report names fighting it takes it (frame_table `opposed`), none when it names no other side
    ("town of, attacker before", "ISWAP fighters attacked the area on Saturday. The army garrison in the town of Marte "
     "surrendered on Sunday.", (NIGERIA_LOST, ISWAP_TAKES), True),
    ("the town, attacker before", "ISWAP fighters attacked Marte on Monday. The army battalion in the town surrendered "
     "on Tuesday.", (NIGERIA_LOST, ISWAP_TAKES), True),
    ("regiment, attacker after", "The army regiment in Marte surrendered on Tuesday, a day after ISWAP fighters "
     "stormed its barracks.", (NIGERIA_LOST, ISWAP_TAKES), True),
    ("village of, said", "The army garrison in the village of Marte surrendered on Sunday, residents said.",
     (NIGERIA_LOST,), True),
    ("regiment, no other side", "The Nigerian army regiment in Marte surrendered after a long siege.", (NIGERIA_LOST,),
     True),
    ("negative: no other side takes it", "The Nigerian army regiment in Marte surrendered after a long siege.",
     (ISWAP_TAKES,), False),
]


@pytest.mark.parametrize(("shape", "text", "claims", "made"), SURRENDERED_TO_NOBODY,
                         ids=[r[0] for r in SURRENDERED_TO_NOBODY])
def test_a_force_surrendering_to_no_side_named_loses_its_place_to_its_attacker(extractor, shape, text, claims, made):
    assert (set(claims) <= _claims(extractor, text)) is made


SURRENDERED_ELSEWHERE = [
    # a surrender whose clause names a place of its own gives up no ground its subject's phrase names ("the garrison
    # in Y surrendered at Z": not Y), whoever the report names fighting
    ("at another town", "ISWAP fighters attacked Marte on Monday. The army garrison in Marte surrendered at Dikwa on "
     "Tuesday.", "Marte"),
    ("near another town", "Al-Shabaab fighters attacked Baidoa on Monday. The army battalion in Baidoa surrendered "
     "near Dinsor.", "Baidoa"),
    ("coordinated, next day", "JNIM fighters attacked Djibo, and the army regiment in Djibo surrendered at Arbinda the "
     "next day.", "Djibo"),
    ("later, in", "ISWAP fighters attacked Marte on Monday, and the army garrison in Marte later surrendered in "
     "Monguno.", "Marte"),
    ("to a side, in", "Boko Haram fighters in Marte surrendered to the army in Monguno, the military said.", "Marte"),
]


@pytest.mark.parametrize(("shape", "text", "place"), SURRENDERED_ELSEWHERE, ids=[r[0] for r in SURRENDERED_ELSEWHERE])
def test_a_surrender_told_elsewhere_gives_up_no_place_its_subject_is_in(extractor, shape, text, place):
    assert not any(where == place for _, where, _ in _claims(extractor, text))


SURRENDER_UNDONE = [
    # a surrender only demanded, refused, threatened, denied or foreseen gives the place to no one
    ("demanded", "ISWAP fighters surrounded Marte and demanded that the army garrison in the town surrender."),
    ("refused", "ISWAP fighters attacked Marte on Monday, but the army battalion in the town refused to surrender."),
    ("threatened", "ISWAP fighters attacked Marte. The army garrison in Marte threatened to surrender unless "
     "reinforcements arrived."),
    ("denied", "The army denied that its garrison in Marte had surrendered to ISWAP fighters."),
    ("foreseen", "ISWAP fighters attacked Marte on Monday. The garrison in Marte could surrender within days, "
     "officials warned."),
]


@pytest.mark.parametrize(("shape", "text"), SURRENDER_UNDONE, ids=[r[0] for r in SURRENDER_UNDONE])
def test_a_surrender_not_made_gives_the_place_to_no_one(extractor, shape, text):
    assert not {(holder, status) for holder, place, status in _claims(extractor, text) if place == "Marte"} & {
        ("Islamic State West Africa Province", "controls"), ("Military Forces of Nigeria", "lost")}


NO_LONGER = [
    # a hold told as over ("no longer") is lost, whoever tells it, the side that lost it too
    ("army says, its hands", "Rebels attacked Kidal on Monday. The army said Kidal was no longer in its hands.",
     ("Military Forces of Mali", "Kidal")),
    ("conceded, its control", "JNIM fighters attacked Djibo. The army conceded that the town was no longer under its "
     "control.", ("Military Forces of Burkina Faso", "Djibo")),
    ("demonym control", "Kupiansk is no longer under Ukrainian control, the governor said on Friday.",
     ("Military Forces of Ukraine", "Kupyansk")),
    ("passive held by", "Marte is no longer held by the Nigerian army, residents said.",
     ("Military Forces of Nigeria", "Marte")),
    ("active controls", "The Somali army no longer controls Baidoa, officials said.", ("Military Forces of Somalia",
                                                                                      "Baidoa")),
]


@pytest.mark.parametrize(("shape", "text", "held"), NO_LONGER, ids=[r[0] for r in NO_LONGER])
def test_a_hold_told_as_over_is_lost(extractor, shape, text, held):
    claims = _claims(extractor, text)
    assert (*held, "lost") in claims
    assert (*held, "controls") not in claims


REPELLED = [
    # an assault its subject repels (`answering` in predicates.yaml, `assault` in arguments.yaml) fails at the ground
    # it was aimed at: the defender keeps that place, the attacker takes or contests nothing there
    ("on hung on the verb", "Somali soldiers repelled an al-Shabaab assault on Jowhar on Tuesday.",
     ("Military Forces of Somalia", "Jawhar"), "al-Shabaab"),
    ("phrasal, said", "Sudanese army units beat back an RSF attack on El Obeid on Saturday, residents said.",
     ("Military Forces of Sudan", "El Obeid"), "Rapid Support Forces"),
    ("fought off", "Afghan police fought off a Taliban assault on Ghazni overnight.",
     ("Police Forces of Afghanistan", "Ghazni"), "Taliban"),
    ("against, said they had", "Ethiopian federal forces said they had repulsed a TPLF offensive against Mekelle.",
     ("Military Forces of Ethiopia", "Mek'ele"), "Tigray People's Liberation Front"),
    ("fended off a raid", "Nigerian troops fended off a Boko Haram raid on Monguno on Friday.",
     ("Military Forces of Nigeria", "Monguno"), "Boko Haram"),
    ("pushed back", "Kurdish YPG fighters pushed back an Islamic State attack on Kobani.",
     ("People's Protection Units", "‘Ayn al ‘Arab"), "Islamic State"),
]


@pytest.mark.parametrize(("shape", "text", "kept", "attacker"), REPELLED, ids=[r[0] for r in REPELLED])
def test_an_assault_repelled_leaves_the_place_to_its_defender(extractor, shape, text, kept, attacker):
    claims = _claims(extractor, text)
    assert (*kept, "controls") in claims
    assert not {(h, p) for h, p, s in claims if s != "lost"} & {(attacker, kept[1])}


def test_fighters_repelled_near_a_town_hold_no_town(extractor):
    claims = _claims(extractor, "Nigerian troops repelled Boko Haram fighters on the outskirts of Monguno.")
    assert ("Military Forces of Nigeria", "Monguno", "controls") not in claims


HELD_BY_ITS_VOICE = [
    # a holder named through who leads or speaks for it ("the commander of X", "X's chief", `voices` in
    # data/en/reference.yaml) and a pronoun of that voice ("his forces", `owner_pronouns`): the group holds the place,
    # neither the person nor the state whose generic noun ("forces", "troops") the pronoun owns
    ("commander of, his forces", "The commander of the Free Syrian Army said his forces held Azaz.",
     ("Free Syrian Army", "I‘zāz", "controls")),
    ("possessive chief, his troops' hands", "Ansar Dine's chief said that Timbuktu was fully in his troops' hands.",
     ("Ansar Dine", "Timbuktu", "controls")),
    ("named commander, his forces", "Houthi commander Abdul Malik said his forces now control Marib.",
     ("Houthis", "Ma'rib", "controls")),
    ("leader of, his soldiers captured", "The leader of the Arakan Army said his soldiers had captured Maungdaw.",
     ("AA: Arakan Army", "Maungdaw", "controls")),
    ("told reporters, his troops", "An RSF commander told reporters that his troops now control El Fasher.",
     ("Rapid Support Forces", "El Fasher", "controls")),
]


HELD_BY_A_SPEAKING_CAPITAL = [
    # a capital that speaks stands for its government, so "its troops" are that country's forces, not those of the
    # country the place lies in (control51); a capital saying what another side did leaves that side the holder
    ("Ankara, its troops", "Ankara said on Sunday its troops had taken full control of Afrin.",
     ("Military Forces of Turkey", "‘Afrīn", "controls")),
    ("Nairobi, its troops", "Nairobi said on Friday its troops had taken Kismayo.",
     ("Military Forces of Kenya", "Kismayo", "controls")),
    ("Kampala, its soldiers", "Kampala said its soldiers had captured Bunia on Tuesday.",
     ("Military Forces of Uganda", "Bunia", "controls")),
    ("Kigali, its soldiers", "Kigali said on Tuesday its soldiers had seized Goma.",
     ("Military Forces of Rwanda", "Goma", "controls")),
    ("Moscow, its forces", "Moscow said its forces had taken Vuhledar on Thursday.",
     ("Military Forces of Russia", "Vuhledar", "controls")),
    ("guard: Moscow on the other side", "Moscow said Ukrainian forces had retaken Kupiansk.",
     ("Military Forces of Ukraine", "Kupyansk", "controls")),
    ("guard: Kyiv on the other side", "Kyiv said Russian forces had taken Vuhledar.",
     ("Military Forces of Russia", "Vuhledar", "controls")),
]


@pytest.mark.parametrize(("shape", "text", "claim"), HELD_BY_ITS_VOICE + HELD_BY_A_SPEAKING_CAPITAL,
                         ids=[r[0] for r in HELD_BY_ITS_VOICE + HELD_BY_A_SPEAKING_CAPITAL])
def test_a_place_held_by_a_groups_voice_is_the_groups(extractor, shape, text, claim):
    claims = _claims(extractor, text)
    assert claim in claims
    assert not {c for c in claims if c[1:] == claim[1:] and c[0] != claim[0]}


LOST_BY_ITS_SPEAKER = [
    # a loss told by the side that suffered it in the first person ("our forces", `speaker_pronouns`): the speaking
    # group lost the place, not the state whose generic noun the pronoun owns
    ("pulled out", "Our forces pulled out of Marib, a Houthi spokesman said.", ("Houthis", "Ma'rib")),
    ("withdrew overnight", "Our troops withdrew from Bhamo overnight, a Kachin Independence Army spokesman said.",
     ("KIA: Kachin Independence Army", "Bhamo")),
    ("fell back, commander", "Our soldiers fell back from Tawila, an RSF commander said.",
     ("Rapid Support Forces", "Tawila")),
    ("abandoned, perfect", "Our forces have abandoned Kunduz to spare civilians, a Taliban spokesman said.",
     ("Taliban", "Kunduz")),
    ("retreated, told reporters", "Our units retreated from Maungdaw, an Arakan Army spokesman told reporters.",
     ("AA: Arakan Army", "Maungdaw")),
]


@pytest.mark.parametrize(("shape", "text", "lost"), LOST_BY_ITS_SPEAKER, ids=[r[0] for r in LOST_BY_ITS_SPEAKER])
def test_a_loss_told_by_its_loser_is_the_speakers(extractor, shape, text, lost):
    claims = _claims(extractor, text)
    assert (*lost, "lost") in claims
    assert not {c for c in claims if c[1] == lost[1] and c[0] != lost[0]}


def test_a_state_speaking_of_its_own_troops_still_loses_the_place(extractor):
    assert ("Military Forces of Mali", "Kidal", "lost") in _claims(
        extractor, "The Malian army said its troops had abandoned Kidal.")


HELD_BY_A_GROUPS_HEAD_NOUN = [
    # "the movement", "the front", "the coalition": a side named by the head noun of a group's name the report gave
    # before, written first in it ("the Movement for X") as well as last, whether or not the registry knows the group
    # (control51); a state's noun stays the state's ("the army" after "the Kachin Independence Army")
    ("movement, seized", "The Movement for Oneness and Jihad attacked Gao on Monday. Later the movement seized "
     "Ansongo.", ("Movement for Oneness and Jihad", "Ansongo", "controls")),
    ("front, holds", "The Front for the Liberation of Macina seized Djenne on Friday. The front now holds Mopti too.",
     ("Front for the Liberation of Macina", "Mopti", "controls")),
    ("coalition, captured", "The Coalition of Free Rakhine Fighters raided Sittwe on Monday. A day later the "
     "coalition captured Pauktaw.", ("Coalition of Free Rakhine Fighters", "Pauktaw", "controls")),
    ("front, took", "The Front for Change and Concord in Chad seized Faya-Largeau on Sunday. Two days later the front "
     "took Fada.", ("Front for Change", "Fada", "controls")),
    ("movement, that night", "The Movement of Free Men of the Levant shelled Idlib on Monday. That night the movement "
     "took Saraqib.", ("Movement of Free Men of the Levant", "Saraqib", "controls")),
    ("guard: a state's noun", "The Kachin Independence Army attacked Bhamo on Monday. On Wednesday the army took "
     "Momauk.", ("Military Forces of Myanmar", "Momauk", "controls")),
]


@pytest.mark.parametrize(("shape", "text", "claim"), HELD_BY_A_GROUPS_HEAD_NOUN,
                         ids=[r[0] for r in HELD_BY_A_GROUPS_HEAD_NOUN])
def test_a_groups_head_noun_stands_for_the_group(extractor, shape, text, claim):
    assert claim in _claims(extractor, text)


FACILITIES = [
    # a facility held or taken at a town its words name (`facility_nouns` in data/en/arguments.yaml), under the
    # gazetteer's own name for it when it knows one (never that name with the noun written twice)
    ("power plant at", "Russian troops seized the power plant at Enerhodar.",
     ("Military Forces of Russia", "Zaporizhzhia Nuclear Power Plant", "controls")),
    ("airfield at", "The rebels captured the airfield at Kidal.",
     ("Unidentified Armed Group (Mali)", "Kidal airbase", "controls")),
    ("factory near", "Syrian troops retook the cement factory near Kobani.",
     ("Military Forces of Syria", "‘Ayn al ‘Arab factory", "controls")),
    ("crossing in hands", "The border crossing at Rafah has been in Israeli hands since May.",
     ("Military Forces of Israel", "Rafah crossing", "controls")),
    ("border crossing at", "MNDAA fighters captured the border crossing at Muse.",
     ("MNDAA: Myanmar National Democratic Alliance Army", "Muse border crossing", "controls")),
    ("terminal in", "Houthi rebels seized the port terminal in Hodeidah.",
     ("Houthis", "Al Ḩudaydah terminal", "controls")),
]


@pytest.mark.parametrize(("shape", "text", "claim"), FACILITIES, ids=[r[0] for r in FACILITIES])
def test_a_facility_held_or_taken_is_placed_at_its_town(extractor, shape, text, claim):
    assert claim in _claims(extractor, text)


MALI, NIGER, SYRIA, RUSSIA = (f"Military Forces of {c}" for c in ("Mali", "Niger", "Syria", "Russia"))
EACH_SIDE_NAMED = [
    # every side a holder phrase coordinates gets the change, not only the first: nationality adjectives joined
    # before one noun (`joined`, doc_actors) and coordinated nouns (control.py `named`)
    ("joined adjectives, retook", "Nigerien and Malian soldiers retook Menaka, the army said.",
     {(NIGER, "Ménaka", "controls"), (MALI, "Ménaka", "controls")}),
    ("joined adjectives, from", "Ugandan and Congolese troops recaptured Beni from the rebels on Sunday.",
     {("Military Forces of Uganda", "Beni", "controls"),
      ("Military Forces of the Democratic Republic of Congo", "Beni", "controls")}),
    ("joined adjectives, withdrew", "Ethiopian and Somali troops withdrew from Baidoa on Friday.",
     {("Military Forces of Ethiopia", "Baidoa", "lost"), ("Military Forces of Somalia", "Baidoa", "lost")}),
    ("joined adjectives, surrounded", "Chadian and Cameroonian troops have reportedly surrounded Gamboru.",
     {("Military Forces of Chad", "Gamboru", "threatened"), ("Military Forces of Cameroon", "Gamboru", "threatened")}),
    ("coordinated nouns", "Syrian government troops and Hezbollah fighters recaptured Qusayr.",
     {(SYRIA, "Al Quşayr", "controls"), ("Hezbollah", "Al Quşayr", "controls")}),
    # guards: a backer's adjective is no second side; the side a taking is from loses, it does not take
    ("guard: backed", "Russian-backed Syrian troops retook Palmyra.", {(SYRIA, "Tadmur", "controls")}),
    ("guard: from", "Russian troops captured Avdiivka from Ukrainian forces.",
     {("Military Forces of Russia", "Avdiyivka", "controls"), ("Military Forces of Ukraine", "Avdiyivka", "lost")}),
]


@pytest.mark.parametrize(("shape", "text", "claims"), EACH_SIDE_NAMED, ids=[r[0] for r in EACH_SIDE_NAMED])
def test_each_side_a_holder_phrase_coordinates_gets_the_change(extractor, shape, text, claims):
    made = _claims(extractor, text)
    assert made >= claims
    assert not shape.startswith("guard") or made == claims


GUESSED = [
    # a modal with "have" guesses at a past taking: told, hedged, never confirmed (`guesses`, data/en/modality.yaml)
    ("may have, fear", "Houthi fighters may have captured Marib, officials fear.", "Houthis", "Ma'rib"),
    ("might have", "JNIM militants might have overrun Djibo overnight.", "JNIM", "Djibo"),
    ("may have been, passive", "The town of Kupiansk may have been recaptured by Russian troops.", RUSSIA, "Kupyansk"),
    ("may have, according to", "Boko Haram may have retaken Gwoza, according to residents.", "Boko Haram", "Gwoza"),
    ("must have", "Al-Shabaab fighters must have seized Jowhar before dawn, an elder said.", "al-Shabaab", "Jawhar"),
]
NOT_GUESSED = [
    # guards: a modal of what may come, or of what did not happen, tells no taking
    ("may, to come", "Russian troops may take Kupiansk within days."),
    ("would have", "Ukrainian forces would have held Kupiansk with more shells."),
]


@pytest.mark.parametrize(("shape", "text", "holder", "place"), GUESSED, ids=[r[0] for r in GUESSED])
def test_a_taking_guessed_at_is_told_hedged(extractor, shape, text, holder, place):
    facts = [f for f in extract(extractor, text, PUBLISHED).control
             if (f.actor.name, f.place.name, f.status.value) == (holder, place, "controls")]
    assert facts and all(f.certainty.value != "confirmed" for f in facts)


@pytest.mark.parametrize(("shape", "text"), NOT_GUESSED, ids=[r[0] for r in NOT_GUESSED])
def test_a_modal_of_what_may_come_or_did_not_happen_tells_no_taking(extractor, shape, text):
    assert not _claims(extractor, text)


THREATENED_BY_A_VERB = [
    # a side told threatening a place by a verb of menace threatens it, as an advance on it does (class `threaten`,
    # data/en/predicates.yaml); of ground its object names only
    ("threaten, now", "JNIM fighters now threaten Timbuktu.", ("JNIM", "Timbuktu", "threatened")),
    ("passive", "Kherson is threatened by Russian troops across the river.",
     ("Military Forces of Russia", "Kherson", "threatened")),
    ("menace, beside a taking", "M23 rebels menace Bukavu after taking Goma.", ("M23", "Bukavu", "threatened")),
    ("progressive", "Al-Shabaab fighters are threatening Beledweyne.", ("al-Shabaab", "Beledweyne", "threatened")),
    ("imperil", "Arakan Army units imperil Sittwe from three sides.", ("AA: Arakan Army", "Sittwe", "threatened")),
]
NOT_THREATENED = [
    # guards: people threatened, or a threat to do something, threaten no place
    ("residents", "Al-Shabaab threatened Beledweyne residents."),
    ("to storm", "The RSF threatened to storm El Obeid."),
    ("police, people", "Police threatened demonstrators in Nairobi with tear gas."),
]


@pytest.mark.parametrize(("shape", "text", "claim"), THREATENED_BY_A_VERB, ids=[r[0] for r in THREATENED_BY_A_VERB])
def test_a_side_menacing_a_place_threatens_it(extractor, shape, text, claim):
    assert claim in _claims(extractor, text)


@pytest.mark.parametrize(("shape", "text"), NOT_THREATENED, ids=[r[0] for r in NOT_THREATENED])
def test_menacing_people_or_a_deed_threatens_no_place(extractor, shape, text):
    assert not any(status == "threatened" for _, _, status in _claims(extractor, text))


MARCHED_ON = [
    # armed men who march on or towards a place threaten it, as an advance does; a crowd's march threatens nothing:
    # (text, the holder and place threatened, or None)
    ("M23 rebels marched on Goma on Tuesday.", ("M23", "Goma")),
    ("Houthi fighters marched towards Marib after taking the district.", ("Houthis", "Ma'rib")),
    ("RSF columns were marching on El Obeid, residents said.", ("Rapid Support Forces", "El Obeid")),
    ("Taliban commanders said their fighters would march toward Kabul within days.", ("Taliban", "Kabul")),
    ("Jihadist fighters reportedly marched on Djibo overnight.", ("Unidentified Armed Group (Burkina Faso)", "Djibo")),
    # guards: protesters who march on a place, and armed men who march through one
    ("Protesters marched on parliament in Nairobi.", None),
    ("Soldiers marched through Gao during the independence day parade.", None),
]


@pytest.mark.parametrize(("text", "threatened"), MARCHED_ON, ids=[r[0][:30] for r in MARCHED_ON])
def test_armed_men_marching_on_a_place_threaten_it(extractor, text, threatened):
    assert _claims(extractor, text) == ({(*threatened, "threatened")} if threatened else set())
