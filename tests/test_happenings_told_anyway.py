"""Happenings the frames must tell whoever does them and however the doing is framed (issue 18, branch found23):
classes found among the ACLED train notes (600, seed 13) that yielded no event, each checked on fresh sentences:

- a protest named (a noun, "staged a rally", "held a demonstration") is a protest whoever holds it: a party, its
  student wing or civil servants, whom the actor registry types as a political militia or the state; only a march or
  a road blocked by armed men is none ("troops marched into the town");
- a happening somebody "attempted" or "tried" to do took place as an attempt, its outcome untold; a plan to try, a
  future try, or a try told as the circumstance of another happening ("killed trying to flee") is still none;
- a gathering whose purpose is a stance shown ("gathered to show support for X", "to express anger", "to voice
  opposition") is a protest, as one whose purpose is a demand already was; a gathering to pray is none;
- armed men wounded by nobody named fought a battle where the typer reads one, as armed men killed already did;
  people no word arms who are wounded so were attacked;
- fire told only where it was heard ("gunfire echoed through X", "rang out across A and B"), nobody firing, fired on or
  harmed, is a gunfight there, one at each place it lists (issue 18, branch list48)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import extract, sub_event_types

PUBLISHED = date(2024, 5, 15)
PEACEFUL = "Peaceful protest"


_types = partial(sub_event_types, published=PUBLISHED)


PROTEST_BY_ANYONE = [
    "The JVP held a demonstration outside the election commission office in Kurunegala on Friday.",
    "The BNP held a protest march in Sylhet on Saturday against fuel prices.",
    "Municipal officials staged a sit-in at the town hall in Kandy on Monday over unpaid allowances.",
    "Health ministry officials held a rally in Colombo on Monday demanding overtime pay.",
    "Police officers staged a protest outside the provincial headquarters in Karachi on Sunday over unpaid allowances.",
    "Retired soldiers staged a hunger strike outside parliament in Nairobi on Tuesday over pensions.",
]


@pytest.mark.parametrize("text", PROTEST_BY_ANYONE)
def test_a_protest_named_is_one_whoever_holds_it(extractor, text):
    assert _types(extractor, text) == [PEACEFUL]


ARMED_MARCH = [
    "Troops marched into the border town of Kilwa on Sunday.",
    "Rebel fighters blocked the main road north of Rutshuru on Monday.",
]


@pytest.mark.parametrize("text", ARMED_MARCH)
def test_armed_men_who_march_or_block_a_road_hold_no_protest(extractor, text):
    assert PEACEFUL not in _types(extractor, text)


TRIED = [
    # (report, sub-event type)
    ("Gunmen attempted to kidnap a grain trader near Funtua on Sunday.", "Abduction/forced disappearance"),
    ("Bandits tried to abduct two nurses from a clinic in Gusau on Tuesday.", "Abduction/forced disappearance"),
    ("Insurgents attempted to overrun a military base near Diffa on Wednesday.", "Armed clash"),
    ("Militants tried to capture an army outpost outside Djibo on Friday.", "Armed clash"),
    ("Unknown men attempted to set fire to the district court in Bo on Monday.", "Looting/property destruction"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), TRIED)
def test_a_happening_tried_took_place_as_an_attempt(extractor, text, sub_event_type):
    assert _types(extractor, text) == [sub_event_type]


NOT_YET_TRIED = [
    "The army will try to retake the town of Menaka next month.",
    "Rebel leaders vowed to try to capture Goma before the rains.",
    "The militia may attempt to seize the airport at Kindu, officials warned.",
]


@pytest.mark.parametrize("text", NOT_YET_TRIED)
def test_a_try_planned_or_to_come_is_no_happening(extractor, text):
    assert _types(extractor, text) == []


TRYING_WHILE = [
    # (report, a sub-event type it must not give): a try told as another happening's circumstance is no happening
    ("Two soldiers were wounded near Gao on Sunday while trying to defuse a roadside bomb.", "Disrupted weapons use"),
    ("A policeman was killed in Harar on Friday trying to break up a fight between traders.",
     "Excessive force against protesters"),
    ("Three migrants drowned off Zuwara on Monday trying to escape smugglers who had seized their boat.",
     "Non-state actor overtakes territory"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), TRYING_WHILE)
def test_a_try_hung_on_another_happening_is_its_circumstance(extractor, text, sub_event_type):
    assert sub_event_type not in _types(extractor, text)


STANCE_SHOWN = [
    "Hundreds of residents gathered in Nakuru on Saturday to show solidarity with the striking doctors.",
    "Dozens of farmers gathered outside the district office in Multan on Monday to express anger over fuel prices.",
    "Several hundred students assembled at the campus gate in Kumasi on Friday to voice opposition to the fee rise.",
    "Traders gathered at the central market in Bamako on Tuesday to show support for the transitional president.",
    "About fifty widows assembled in front of the governor's office in Jos on Wednesday to express their anger.",
]


@pytest.mark.parametrize("text", STANCE_SHOWN)
def test_a_gathering_to_show_a_stance_is_a_protest(extractor, text):
    assert _types(extractor, text) == [PEACEFUL]


def test_a_gathering_to_pray_is_no_protest(extractor):
    assert _types(extractor, "Families gathered in the cathedral in Enugu on Sunday to pray for the victims.") == []


WOUNDED_IN_A_BATTLE = [
    # (report, sub-event type)
    ("Three soldiers were injured when their patrol came under fire near Menaka on Monday.", "Armed clash"),
    ("A policeman was hurt during overnight firing at a checkpoint outside Kandahar.", "Armed clash"),
    ("Two soldiers were wounded by sniper fire near Avdiivka on Sunday.", "Armed clash"),
    ("Two gendarmes were wounded in shooting near Djibo on Friday.", "Armed clash"),
    ("A paramilitary trooper was hurt in cross-border firing near Samba on Wednesday.", "Armed clash"),
    ("Two shopkeepers were wounded in shooting near Djibo on Friday.", "Attack"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), WOUNDED_IN_A_BATTLE)
def test_armed_men_wounded_by_nobody_named_fought_a_battle(extractor, text, sub_event_type):
    assert _types(extractor, text) == [sub_event_type]


FIRE_HEARD = [
    ("Gunfire echoed through Kidal and Gao on Sunday, residents said.", ["Kidal", "Gao"]),
    ("Gunfire rang out across Juba and Wau on Saturday, witnesses said.", ["Juba", "Wau"]),
    ("Gunfire echoed through Bunia on Tuesday night, residents said.", ["Bunia"]),
    ("Heavy gunfire rang out in Mogadishu on Friday, witnesses said.", ["Mogadishu"]),
    ("Sustained gunfire resounded across Omdurman on Thursday, residents said.", ["Omdurman"]),
    ("Automatic gunfire reverberated through Bamako on Wednesday morning, residents said.", ["Bamako"]),
]


@pytest.mark.parametrize(("text", "places"), FIRE_HEARD, ids=[p[0] for _, p in FIRE_HEARD])
def test_fire_heard_over_a_place_is_a_gunfight_there(extractor, text, places):
    told = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.place and e.place.name) for e in told] == [("Armed clash", p) for p in places]
