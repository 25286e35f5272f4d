"""A coder's remark on the fatalities coded is the answer, not a report's words: the notes bench reads each note
without it (data/coder_prose.yaml `remarks`)."""

from __future__ import annotations

import pytest

from frontwatch.classify.notes import load_coder_prose

NOTES = [
    # (note, what the bench reads)
    ("Troops clashed with rebels near Kayna. Unknown fatalities coded as 10.",
     "Troops clashed with rebels near Kayna."),
    ("Gunmen killed villagers in Dori (unspecified fatalities coded as 3). Houses were burned.",
     "Gunmen killed villagers in Dori. Houses were burned."),
    ("Jets struck a depot near Sirte. 12 fatalities split across 4 events and coded as 3 for this event.",
     "Jets struck a depot near Sirte."),
    ("Militias fought near Bor over two days. Fatalities spread across two dates.",
     "Militias fought near Bor over two days."),
    ("Police shot dead two men in Kisumu. Fatalities coded as 2 (the daily reported 2 fatalities). Nobody was held.",
     "Police shot dead two men in Kisumu. Nobody was held."),
]


@pytest.mark.parametrize(("note", "read"), NOTES)
def test_the_coders_fatality_remarks_are_left_out(note, read):
    assert load_coder_prose().without_remarks(note) == read


def test_a_report_of_deaths_stays():
    note = "Two soldiers were killed when their truck hit a mine near Gao; the operation was coded as an ambush."
    assert load_coder_prose().without_remarks(note) == note
