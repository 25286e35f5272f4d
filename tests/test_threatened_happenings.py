"""Threats and plans told with a happening's noun (issue 18, branch events25): a noun that a verb threatens, vows,
warns of, promises, pledges, plans or plots ("threatened attacks on X", "warned of air strikes"; `threats` in
modality.yaml) is an aim, as a noun asked for is ("called for a ceasefire"): no event. Told with an infinitive
("threatened to attack X") it already was."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _events(extractor, text: str) -> list[str]:
    return [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events]


THREATENED = [
    "The militia has threatened attacks on Kalemie.",
    "The army warned of air strikes on rebel camps near Sake.",
    "Al-Shabaab has threatened suicide bombings in Mogadishu.",
    "The junta vowed airstrikes on resistance villages in Sagaing.",
    "ISWAP fighters plotted an ambush on soldiers near Monguno, the army said.",
    "Police threatened the arrest of striking doctors in Lagos.",
]


@pytest.mark.parametrize("text", THREATENED)
def test_a_happening_threatened_or_planned_is_no_event(extractor, text):
    assert _events(extractor, text) == []


DONE = [
    # (report, its event): the same nouns told as done
    ("Jets carried out air strikes on rebel camps near Sake on Sunday.", "Air/drone strike"),
    ("ISWAP fighters staged an ambush on soldiers near Monguno on Sunday, the army said.", "Armed clash"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), DONE)
def test_the_same_happening_told_as_done_is_one(extractor, text, sub_event_type):
    assert _events(extractor, text) == [sub_event_type]
