"""Which sub-event type a happening takes from who does it (data/en/frames/adjuncts.yaml, data/en/predicates.yaml).

A bomb's bearer told in a by-phrase on the vehicle or device that blew up ("a car driven by a suicide attacker
exploded") is its instrument too, so a suicide attacker's blast is a suicide bomb, not a planted device. Taking
up positions is no capture."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import extract, sub_event_types

PUBLISHED = date(2024, 5, 15)
SUICIDE, IED = "Suicide bomb", "Remote explosive/landmine/IED"
OVERTAKES, REGAINS = "Non-state actor overtakes territory", "Government regains territory"


_types = partial(sub_event_types, published=PUBLISHED)


BORNE_BY = [
    ("A truck packed with explosives and carried by a suicide attacker blew up at the gate of the army barracks in "
     "Kessa on Monday, killing nine soldiers.", [SUICIDE]),
    ("On Friday a car loaded with explosives, driven by a suicide attacker, exploded outside the police headquarters "
     "in Daru, killing five officers.", [SUICIDE]),
    ("A motorcycle bomb ridden by a suicide attacker went off near the governor's office in Lumo on Wednesday, killing "
     "three guards.", [SUICIDE]),
    ("An explosives-laden van driven by a suicide bomber blew up at the entrance of the market in Kolva on Sunday, "
     "killing eleven shoppers.", [SUICIDE]),
    ("A water tanker rigged with explosives and steered by a suicide bomber blew up beside the checkpoint at Tamu on "
     "Tuesday.", [SUICIDE]),
    # a device nobody bears: planted or parked, it stays a remote explosive
    ("A car bomb parked outside the bank exploded in Kora on Monday, killing four people.", [IED]),
    ("A bomb planted by militants under a bridge blew up near Lumo on Thursday, killing two drivers.", [IED]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), BORNE_BY)
def test_a_blast_borne_by_a_suicide_attacker_is_a_suicide_bomb(extractor, text, sub_event_types):
    assert _types(extractor, text) == sub_event_types


TAKEN_UP = [
    "The army said on Monday its troops had taken up new positions south of Kessa.",
    "Government soldiers took up defensive positions around the airport of Tamu on Sunday.",
    "After the rebels entered Lumo on Friday, the troops pulled back and took up positions on the hills east of the "
    "town.",
    "Police took up posts at the main junctions of Kolva on Tuesday.",
    "Marines took up firing positions along the river north of Daru on Thursday.",
]


@pytest.mark.parametrize("text", TAKEN_UP)
def test_taking_up_positions_is_no_capture(extractor, text):
    assert REGAINS not in _types(extractor, text) and OVERTAKES not in _types(extractor, text)
