"""A state's forces named by their own acronym are their state's wherever they fight (data/actors.yaml: the acronyms
of Kenya's, Uganda's, Congo's, Rwanda's and Ethiopia's forces); where an African Union mission keeps the peace, the
forces of a state that sends it troops also go by the mission's name of the event's day with the state in brackets
(`missions`: ACLED's code for them), and nowhere else."""

from __future__ import annotations

from datetime import date

import pytest

from frontwatch.model import Document

# the acronym names the state, whatever country the report's places are in, and whichever side the force is on
ACRONYMS = [
    ("Al-Shabaab gunmen ambushed a KDF patrol outside Garissa on Monday.", "al-Shabaab", "Military Forces of Kenya"),
    ("FARDC troops shelled rebel positions around Masisi on Thursday.",
     "Military Forces of the Democratic Republic of Congo", None),
    ("RDF soldiers killed eight insurgents near Palma in Cabo Delgado on Friday.", "Military Forces of Rwanda",
     "Unidentified Armed Group (Mozambique)"),
    ("A UPDF unit clashed with ADF fighters in Ituri on Wednesday.", "Military Forces of Uganda",
     "ADF: Allied Democratic Forces"),
    ("Insurgents fired mortars at an ENDF base in Bakool on Sunday.", "Unidentified Armed Group (Somalia)",
     "Military Forces of Ethiopia"),
]

AUSSOM = "AUSSOM: Africa Union Support and Stabilisation Mission in Somalia (2025-)"
ATMIS = "ATMIS: African Union Transition Mission in Somalia (2022-2024)"
AMISOM = "AMISOM: African Union Mission in Somalia (2007-)"

# a sending state's forces in Somalia: the mission of the day, the state in brackets; others and elsewhere: none
MISSIONS = [
    ("Ugandan soldiers clashed with al-Shabaab militants near Afgooye on 12 June 2025.", "Military Forces of Uganda",
     f"{AUSSOM} (Uganda)"),
    ("Kenyan troops killed five militants in an ambush near Dhobley on 3 February 2016.", "Military Forces of Kenya",
     f"{AMISOM} (Kenya)"),
    ("Burundian soldiers clashed with militants on the outskirts of Mogadishu on 9 August 2023.",
     "Military Forces of Burundi", f"{ATMIS} (Burundi)"),
    ("ENDF soldiers fought al-Shabaab fighters near Baidoa on 20 May 2025.", "Military Forces of Ethiopia",
     f"{AUSSOM} (Ethiopia)"),
    ("Djiboutian troops exchanged fire with militants near Beledweyne on 14 January 2019.",
     "Military Forces of Djibouti", f"{AMISOM} (Djibouti)"),
    ("US forces carried out an airstrike against al-Shabaab near Jilib on 2 March 2025.",
     "Military Forces of the United States", None),
    ("Ugandan troops clashed with ADF rebels near Beni on 12 June 2025.", "Military Forces of Uganda", None),
]


def _first_event(extractor, text: str):
    events = extractor.extract(Document(id="t", text=text, origin="t", published=date(2026, 1, 5))).events
    assert events
    return events[0]


@pytest.mark.parametrize(("text", "actor1", "actor2"), ACRONYMS, ids=[t for t, _, _ in ACRONYMS])
def test_a_forces_acronym_names_its_state_wherever_it_fights(extractor, text, actor1, actor2):
    event = _first_event(extractor, text)
    assert event.actor1 is not None and event.actor1.name == actor1
    assert (event.actor2.name if event.actor2 is not None else None) == actor2


@pytest.mark.parametrize(("text", "actor1", "mission"), MISSIONS, ids=[t for t, _, _ in MISSIONS])
def test_a_sending_states_forces_go_by_the_missions_name_of_the_day(extractor, text, actor1, mission):
    event = _first_event(extractor, text)
    assert event.actor1 is not None and event.actor1.name == actor1
    coded = [a for a in event.actor1.aliases if "Mission in Somalia" in a]
    assert coded == ([mission] if mission else [])
