"""Changes of hands in two families of paraphrases (issue 18): a place told fallen in the perfect ("has fallen to Y",
"had fallen to Y"), and a taking its sentence tells done under an agreement or a handover. Each row asserts the
sub-event type read (or that it is not read) and the control claims read (holder, place, status)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)
TAKING, REGAINS, TRANSFER = ("Non-state actor overtakes territory", "Government regains territory",
                             "Non-violent transfer of territory")
MALI, SYRIA = "Military Forces of Mali", "Military Forces of Syria"

ROWS = [
    # perfect: the subject of an unaccusative verb in the perfect undergoes it, as in the simple past ("X fell to Y"),
    # not the doer a perfect's subject is (data/en/frames/active.yaml)
    ("perfect: has fallen, after fighting", "Sirte has fallen to government forces after a week of fighting.",
     REGAINS, {("Military Forces of Libya", "Sirte", "controls")}, True),
    ("perfect: has fallen, said", "The border town of Tal Abyad has fallen to Kurdish fighters, a monitoring group "
     "said.", TAKING, {("Unidentified Armed Group (Syria)", "Tall Abyaḑ", "controls")}, True),
    ("perfect: had fallen by", "Bossangoa had fallen to the rebels by nightfall.", TAKING,
     {("Unidentified Armed Group (Central African Republic)", "Bossangoa", "controls")}, True),
    ("perfect: has fallen, named group", "Gwoza has fallen to Boko Haram militants, residents said.", TAKING,
     {("Boko Haram", "Gwoza", "controls")}, True),
    ("perfect: has come under control", "Kismayo has come under the control of al-Shabaab fighters.", TAKING,
     {("al-Shabaab", "Kismayo", "controls")}, True),
    ("perfect, negative: shells fallen on", "Shells have fallen on the market in Kharkiv.", TAKING, set(), False),
    ("perfect, negative: fallen back", "The rebels have fallen back from Gao.", TAKING,
     {("Unidentified Armed Group (Mali)", "Gao", "controls")}, False),
    # terms: ground taken or entered under an agreement or a handover its sentence tells outside the taker's words
    # (`agreed` in data/frame_table.yaml) changes hands without a fight: a non-violent transfer, the taker holds it
    ("terms: under the terms of", "Azerbaijani troops entered Kalbajar on Wednesday under the terms of the truce.",
     TRANSFER, {("Military Forces of Azerbaijan", "Kalbajar", "controls")}, True),
    ("terms: under a brokered deal", "Government forces moved into Daraa on Saturday under a deal brokered by Russia.",
     TRANSFER, {(SYRIA, "Dar‘ā", "controls")}, True),
    ("terms: fronted", "Under the accord, Malian troops entered Kidal on Thursday.", TRANSFER,
     {(MALI, "Kidal", "controls")}, True),
    ("terms: as part of", "Turkish-backed fighters rolled into Manbij as part of the agreement reached on Tuesday.",
     TRANSFER, {("Unidentified Armed Group (Syria)", "Manbij", "controls")}, True),
    ("terms: taken over", "Houthi fighters took over Hodeidah port on Sunday under the terms of the Stockholm accord.",
     TRANSFER, {("Houthis", "Hodeidah port", "controls")}, True),
    ("terms, negative: fought", "Malian troops entered Kidal on Sunday and fought rebels in the streets.", TRANSFER,
     {(MALI, "Kidal", "controls")}, False),
    ("terms, negative: the subject's accord", "Soldiers who had signed the accord entered Kidal on Sunday.", TRANSFER,
     {(MALI, "Kidal", "controls")}, False),
    ("terms, negative: captured", "Syrian troops captured Daraa after heavy fighting.", TRANSFER, set(), False),
]


@pytest.mark.parametrize(("shape", "text", "sub_type", "claims", "made"), ROWS, ids=[r[0] for r in ROWS])
def test_changes_of_hands_of_each_family(extractor, shape, text, sub_type, claims, made):
    read = extract(extractor, text, PUBLISHED)
    told = {(c.actor.name, c.place.name, c.status.value) for c in read.control}
    assert (sub_type in {e.sub_event_type for e in read.events} and claims <= told) is made
