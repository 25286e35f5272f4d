"""A happening told without a date whose next sentence tells it again, dated, takes that date: the dated clause's
subject refers back to it or its doers ("the attackers came on Sunday night", "the assault began on Sunday"); a next
sentence with another doer, another town, a new happening ("another attack"), a state going on ("was continuing on
Sunday") or only the day it was said gives none."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)  # a Wednesday
THURSDAY, SATURDAY, SUNDAY, TUESDAY = (date(2024, 5, d) for d in (9, 11, 12, 14))

RETOLD = [
    ("Gunmen abducted a village chief in Tillaberi. Residents said the attackers came to his home on Sunday night "
     "and drove him away.", SUNDAY),
    ("Rebels have seized a health worker near Beni. Witnesses said the fighters stopped her car on Tuesday morning "
     "and took her into the forest.", TUESDAY),
    ("Militants have burned down a primary school in Diffa. A teacher said the men arrived on Saturday evening and "
     "set the classrooms on fire.", SATURDAY),
    ("Bandits have kidnapped twelve passengers on the road to Kaduna. Police said the gunmen blocked the highway on "
     "Thursday and marched the travellers into the bush.", THURSDAY),
    ("Insurgents have attacked an army base in Mopti. The army said the assault began on Sunday at dawn and lasted "
     "several hours.", SUNDAY),
]

NOT_RETOLD = [
    "Gunmen abducted a village chief in Tillaberi. The army launched an operation in the area on Sunday.",
    "Gunmen abducted a village chief in Tillaberi. The men also attacked a checkpoint in Niamey on Sunday.",
    "Gunmen abducted a village chief in Tillaberi. Another attack came on Sunday, residents said.",
    "Gunmen abducted a village chief in Tillaberi. Residents said on Sunday that the attackers had fled.",
    "Hundreds of traders protested against a new market tax in Gondar. The protest was continuing on Sunday.",
]


@pytest.mark.parametrize(("text", "day"), RETOLD)
def test_the_next_sentence_dates_a_happening_it_tells_again(extractor, text, day):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.date.start for e in events if e.date] == [day]


@pytest.mark.parametrize("text", NOT_RETOLD)
def test_a_next_sentence_of_another_happening_dates_nothing_told_before(extractor, text):
    first = extract(extractor, text, PUBLISHED).events[0]
    assert first.date is not None and first.date.start == PUBLISHED
