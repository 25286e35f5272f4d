"""Armed men a report calls only by their people or clan ("Turkana morans", "Marehan clansmen", "Fulanis" as the
doer) are that people's identity militia in the report's country, as ACLED codes them (data/en/reference.yaml
militia_members; extract/doc_actors.py `_identity_militia`)."""

from __future__ import annotations

from datetime import date

import pytest

from frontwatch.model import Document

NAMED_BY_THEIR_PEOPLE = [
    ("Turkana morans shot dead two herders near Lokichar on Monday.", "Turkana Ethnic Militia (Kenya)"),
    ("Marehan clansmen attacked a village near Garbaharey on Sunday, killing three.",
     "Darod-Marehan Sub-Clan Militia (Somalia)"),
    ("Fulanis killed a farmer near Parakou on 4 June 2020.", "Fulani Ethnic Militia (Benin)"),
    ("On Wednesday, Abgal clansmen fought a rival militia outside Balcad, leaving five dead.",
     "Hawiye-Abgal Sub-Clan Militia (Somalia)"),
    ("Samburu morans raided a village near Baragoi on 4 June 2018, killing two women.",
     "Samburu Ethnic Militia (Kenya)"),
    ("Suspected Fulanis burned a granary near Kalale on 2 August 2021.", "Fulani Ethnic Militia (Benin)"),
]
NO_PEOPLES_MILITIA = [
    "Christians were killed by gunmen in a village near Jos on Sunday.",
    "Opposition fighters attacked an army base near Idlib on Friday.",
    "Armed herders attacked a village near Kadugli on Tuesday, killing two.",
]


def _events(extractor, text: str):
    return extractor.extract(Document(id="t", text=text, origin="t", published=date(2024, 5, 10))).events


@pytest.mark.parametrize(("text", "militia"), NAMED_BY_THEIR_PEOPLE)
def test_armed_men_named_by_their_people_are_its_militia(extractor, text, militia):
    events = _events(extractor, text)
    assert events and events[0].actor1 is not None
    assert (events[0].actor1.name, events[0].actor1.kind) == (militia, "identity militia")


@pytest.mark.parametrize("text", NO_PEOPLES_MILITIA)
def test_victims_and_common_words_name_no_peoples_militia(extractor, text):
    actors = [a for e in _events(extractor, text) for a in (e.actor1, e.actor2) if a is not None]
    assert not any(a.kind == "identity militia" for a in actors)
