"""An attack or a shooting told on its target with nobody named is still an event (issue 18, branch recall46).

"A convoy came under attack", "the post was fired on": the words name what was hit, never who hit it. Such a doing had
armed doers, unlike a killing ("nine people were killed"), so where the sentence typer reads a battle it is one with an
unidentified armed group at the sentence's place (data/frame_table.yaml, `assailed`); before, a battle needed a doer
told and the frame yielded nothing. Attacks told with no target ("the province has suffered sectarian attacks") stay
none of their own."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2022, 6, 10)

TARGET_ONLY = {  # id: (text, a part of the town's name)
    "convoy-under-attack": ("A fuel convoy came under attack near Kandahar on Tuesday.", "Kandah"),
    "lorries-under-fire": ("Two aid lorries came under fire outside Goma on Friday.", "Goma"),
    "post-attacked": ("A border post was attacked near Mandera on Sunday night.", "Mandera"),
    "checkpoint-fired-on": ("The checkpoint at Baidoa was fired on overnight, police said.", "Baidoa"),
    "bus-under-attack": ("A passenger bus came under attack near Maiduguri on Saturday.", "Maiduguri"),
    "boat-under-fire": ("A patrol boat came under fire on the lake near Kalemie on Wednesday.", "Kalemie"),
    "truck-heavy-fire": ("Their truck came under heavy fire on Thursday near Timbuktu.", "Timbuktu"),
}


@pytest.mark.parametrize(("text", "town"), TARGET_ONLY.values(), ids=TARGET_ONLY.keys())
def test_an_attack_on_a_target_with_nobody_named_is_a_battle_there(extractor, text, town):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert town in (place_and_day(events[0])[0] or "")
    assert events[0].actor1 is not None and events[0].actor1.name.startswith("Unidentified Armed Group")


NO_TARGET = {
    "suffered-attacks": "The province has suffered for years from tribal feuds and sectarian attacks.",
    "attacks-feared": "Attacks remain a worry for traders along the northern roads.",
}


@pytest.mark.parametrize("text", NO_TARGET.values(), ids=NO_TARGET.keys())
def test_attacks_told_with_no_target_are_no_battle(extractor, text):
    assert "Armed clash" not in [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events]
