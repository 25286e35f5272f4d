"""Events on reports written elsewhere (issue 18, branch events17): classes found on the fresh study set
examples/gold12, each checked on five fresh sentences of its own:

- a clause "when ..." right after a date tells what happened at that date ("since July, when the guard detained the
  president": July, not July up to now), so a happening recalled that way is background like any other;
- a side that "repelled", "beat back" or "fought off" *the* attack tells the report's battle again, from its side:
  no second battle;
- a wire dateline after a headline ("GAO, May 4 -") is one sentence of its own, and a count opening the sentence
  after it ("Six soldiers died ...") is no sentence of its own: the toll stays the event's, and the story's later
  sentences are at the story's town, not where the reporter files;
- what a weapon sets ablaze ("drones set a depot ablaze", "an air strike set the market alight") is its strike, as
  what it destroys already was; armed men who burn a building destroy property;
- a happening told on a day ("nine were killed, residents said on Wednesday") keeps that day unless a later sentence
  gives its own day, then or the day before ("jets struck the village on Tuesday"): one event, on that day;
- a doer's weapon is the frame's instrument ("jets dropped bombs": an air strike, not a roadside bomb);
- what was done "rather than" a happening leaves that happening untold ("came to salute rather than to drop bombs")."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _events(extractor, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.sub_event_type, e.place.name if e.place else None, e.date.start.isoformat() if e.date else "")
            for e in extract(extractor, text, PUBLISHED).events]


RECALLED_AT_A_DATE = [
    "Gunmen shot dead a trader in Beni on Monday. The town has been tense since 2021, when rebels burned the central "
    "market.",
    "Soldiers arrested four men in Gao on Sunday. The region has been under emergency rule since January, when "
    "militants ambushed a convoy near the border.",
    "A roadside bomb wounded two soldiers near Kunduz on Tuesday. The road has stayed closed since 2019, when "
    "insurgents seized the district centre.",
    "Police dispersed a march in Conakry on Monday. The opposition has boycotted parliament since February, when "
    "security forces detained its leader.",
    "Militiamen looted shops in Bunia on Sunday. Traders have feared the group since March, when its fighters "
    "kidnapped a pharmacist from the same street.",
]


@pytest.mark.parametrize("text", RECALLED_AT_A_DATE)
def test_a_when_clause_after_since_a_date_is_dated_at_that_date(extractor, text):
    events = _events(extractor, text)
    assert len(events) == 1 and events[0][2] >= "2024-05-12", events


def test_a_happening_at_a_recent_date_recalled_so_is_still_told(extractor):
    text = "Shops have stayed shut in Bunia since Sunday, when militiamen looted the market."
    assert [(t, d) for t, _, d in _events(extractor, text)] == [("Looting/property destruction", "2024-05-12")]


ANSWERED_ATTACKS = [
    "Militants stormed an army post near Mopti on Monday, killing six soldiers. The army said its troops had repelled "
    "the attack and killed ten assailants.",
    "Gunmen attacked a police station in Zamfara on Sunday night. Police said officers fought off the raid after a "
    "two-hour gunfight.",
    "Insurgents launched an assault on a base near Beledweyne on Tuesday. The militants said they had beaten back "
    "the counter-attack that followed.",
    "Rebels attacked army positions outside Rutshuru on Saturday. A military spokesman said soldiers repulsed the "
    "offensive.",
    "Jihadists raided a gendarmerie post near Dori on Monday, two security sources said. The gendarmes repelled the "
    "raid, one of them said.",
]


@pytest.mark.parametrize("text", ANSWERED_ATTACKS)
def test_a_side_repelling_the_attack_tells_the_same_battle(extractor, text):
    assert len(_events(extractor, text)) == 1


def test_an_attack_repelled_that_nobody_told_before_is_one(extractor):
    text = "Soldiers repelled an attack on a checkpoint near Dori on Monday, the army said."
    assert len(_events(extractor, text)) == 1


DATELINED = [  # (report, the story's town, the toll its first sentence opens with)
    ("Ambush in Chad\n\nN'DJAMENA, May 13 - Six Chadian soldiers died on Sunday when Boko Haram fighters ambushed "
     "their boat near Bol, the army said.\n\nThe fighters seized weapons, the army said.", "Bol", 6),
    ("Clash in Cameroon\n\nYAOUNDE, May 14 - Four Cameroonian gendarmes were killed on Tuesday when separatists "
     "attacked a checkpoint near Bamenda, officials said.\n\nThe attackers set a car on fire, an official said.",
     "Bamenda", 4),
    ("Gunmen kill police in Nigeria\n\nABUJA, May 14 - Seven Nigerian policemen were shot dead on Tuesday when "
     "gunmen attacked a checkpoint near Gusau, police said.\n\nThe gunmen also abducted a driver, a police "
     "spokesman said.", "Gusau", 7),
    ("Attack in Burkina\n\nOUAGADOUGOU, May 12 - Eight Burkinabe police officers were killed on Saturday when "
     "militants attacked a post near Dori, a security source said.\n\nThe assailants set the post on fire before "
     "leaving, he said.", "Dori", 8),
    ("Attack in Mozambique\n\nMAPUTO, May 13 - Five Mozambican soldiers were killed on Sunday when insurgents "
     "ambushed a convoy near Macomia, a military source said.\n\nThe insurgents took the soldiers' rifles, the "
     "source said.", "Macomia", 5),
    ("Raid in Ethiopia\n\nADDIS ABABA, May 13 - Nine Ethiopian farmers were killed on Monday when militiamen raided "
     "a village near Gimbi, residents said.\n\nThe raiders burned several houses, one resident said.", "Gimbi", 9),
]


@pytest.mark.parametrize(("text", "town", "toll"), DATELINED)
def test_a_dateline_is_one_sentence_and_a_count_opens_the_story(extractor, text, town, toll):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.place.name if e.place else None for e in events] == [town] * len(events)
    assert events[0].fatalities_low == toll


AIR, SHELLING, DESTRUCTION = "Air/drone strike", "Shelling/artillery/missile attack", "Looting/property destruction"
SET_ABLAZE_BY_A_WEAPON = [  # what a weapon sets ablaze is its strike, as what it destroys (frame_table.yaml: burn)
    ("A Ukrainian drone attack set a fuel depot ablaze in Kursk on Saturday, officials there said.", AIR),
    ("Ukrainian drones set an oil depot ablaze in Bryansk on Sunday night, the regional governor said.", AIR),
    ("Artillery shells set several houses ablaze in Avdiivka on Monday, the governor said.", SHELLING),
    ("An air strike set the market alight in Maarat al-Numan on Tuesday, rescuers said.", AIR),
    ("Israeli warplanes set a fuel station ablaze in Nabatieh on Monday, residents said.", AIR),
    ("Gunmen set a school ablaze in Maiduguri on Monday.", DESTRUCTION),
]


@pytest.mark.parametrize(("text", "sub_event_type"), SET_ABLAZE_BY_A_WEAPON)
def test_what_a_weapon_sets_ablaze_is_its_strike(extractor, text, sub_event_type):
    assert [t for t, _, _ in _events(extractor, text)] == [sub_event_type]


TOLD_THEN_DATED = [  # told on a day ("police said on Tuesday"), dated by a later sentence: one event, on its own day
    ("A car bomb killed six people at a checkpoint in Kismayo, police said on Tuesday. The car exploded on Monday "
     "evening as troops searched it, an officer said.", "2024-05-13"),
    ("Militants shot dead two soldiers near Kidal, the army said on Wednesday. The soldiers were attacked on Tuesday "
     "morning while on patrol, it said.", "2024-05-14"),
    ("Gunmen kidnapped a priest near Enugu, the diocese said on Tuesday. The priest was seized on Monday night on his "
     "way home, it said.", "2024-05-13"),
    ("An air strike hit a fuel market near Idlib, rescuers said on Wednesday. Jets struck the market on Tuesday "
     "afternoon, they said.", "2024-05-14"),
    ("Soldiers arrested eleven suspected militants in Diffa, the army said on Tuesday. The men were detained on "
     "Monday during a search, it said.", "2024-05-13"),
]


@pytest.mark.parametrize(("text", "day"), TOLD_THEN_DATED)
def test_a_happening_told_on_a_day_takes_the_day_a_later_sentence_gives(extractor, text, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.date.start.isoformat(), e.date.end.isoformat()) for e in events] == [(day, day)]


def test_a_happening_only_told_on_a_day_keeps_that_day(extractor):
    events = extract(extractor, "Gunmen killed a farmer near Jos, police said on Tuesday.", PUBLISHED).events
    assert [(e.date.start.isoformat(), e.date.end.isoformat()) for e in events] == [("2024-05-14", "2024-05-14")]


BOMBS_DROPPED = [  # bombs dropped by aircraft are an air strike: the doer's weapon is the instrument (train notes
    # telling bombs, explosives or grenades dropped: 12 air strikes of 13)
    ("Two fighter jets dropped bombs on a village near Shwebo on Tuesday, residents said.", AIR),
    ("Government helicopters dropped barrel bombs on Daraya on Monday, activists said.", AIR),
    ("A drone dropped an explosive on a checkpoint near Bakhmut on Sunday, the army said.", AIR),
    ("Warplanes dropped several bombs on the market in Kutum on Friday.", AIR),
    ("A military aircraft dropped two bombs near a school in Demoso on Thursday, a teacher said.", AIR),
    ("Militants planted a bomb near a bridge in Kandahar on Monday.", "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), BOMBS_DROPPED)
def test_bombs_dropped_from_the_air_are_an_air_strike(extractor, text, sub_event_type):
    assert [t for t, _, _ in _events(extractor, text)] == [sub_event_type]


DONE_INSTEAD = [  # what was done "rather than" a happening: that happening is not told (modality.yaml: instead)
    "Police escorted the marchers rather than arrest them in Nairobi on Tuesday.",
    "The militia freed the hostages rather than kill them near Beni on Friday.",
    "The pilots flew back to their base rather than drop their bombs on the crowded market in Idlib on Sunday.",
    "The protesters sat down on the road rather than clash with police in Dhaka on Monday.",
    "The gunmen fled into the forest rather than attack the heavily guarded camp near Kidal on Monday.",
]


@pytest.mark.parametrize("text", DONE_INSTEAD)
def test_a_happening_done_instead_of_is_not_told(extractor, text):
    assert _events(extractor, text) == []


def test_the_happening_done_rather_than_another_is_told(extractor):
    text = "Soldiers shot two men rather than arrest them in Bamako on Monday."
    assert [t for t, _, _ in _events(extractor, text)] == ["Attack"]
