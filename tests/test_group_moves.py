"""A non-state armed group's arrival is a strategic development (issue 18, branch found28): coder prose of the ACLED
train notes (600, seed 13) telling "On <date>, <group> arrived in <place>" yielded no event (no class named arriving).
A group that arrives somewhere changes its activity where the sentence typer reads it so; a delegation, state forces or
a party's followers who arrive make none, nor does an arrival told as another's circumstance ("as the rebels arrived",
"who arrived") or recalled ("had arrived"); a killing told beside the arrival is the event. (A withdrawal read so was
tried and dropped: it is the other side's taking, test_extract_families.)"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import extract, sub_event_types

PUBLISHED = date(2025, 6, 1)
CHANGE = "Change to group/activity"


_types = partial(sub_event_types, published=PUBLISHED)


MOVES = [
    "On 3 March 2025, a column of Al Shabaab fighters arrived in Mahaday village (Jowhar, Middle Shabelle).",
    "On 12 June 2024, ISWAP insurgents arrived near Malam Fatori on motorcycles.",
    "JNIM militants arrived in Solenzo on Tuesday and spent the night in the mosque.",
    "Armed men of the Mai-Mai Yakutumba militia arrived in Fizi on 4 August 2023.",
    "Several Al Shabaab militants arrived near Bulo Burte on 2 May 2025.",
]


@pytest.mark.parametrize("text", MOVES)
def test_an_armed_group_that_arrives_changes_its_activity(extractor, text):
    assert _types(extractor, text) == [CHANGE]


NO_MOVE = [
    # (report, sub-event types)
    ("A government delegation arrived in Kampala on Monday.", []),
    ("Government troops arrived in Beledweyne on Monday.", []),
    ("Supporters of the ruling party arrived at the stadium in Lusaka on Saturday.", []),
    ("Gunmen arrived in Tudun Wada on Sunday and killed four farmers.", ["Attack"]),
    ("Bandits arrived at a wedding near Anka on Saturday and abducted the groom.", ["Abduction/forced disappearance"]),
    # an arrival told as another's circumstance, or recalled, is none
    ("Police officers ran towards the market as the militants arrived, witnesses said.", []),
    ("The gunmen, who arrived in two pickup trucks before dawn, also shot dead a farmer, a villager said.", ["Attack"]),
    ("JNIM said its men had arrived in the town to protect its residents.", []),
]


@pytest.mark.parametrize(("text", "types"), NO_MOVE)
def test_an_arrival_of_others_or_beside_a_deed_is_no_move(extractor, text, types):
    assert _types(extractor, text) == types


COMING_DATED = [
    # (report, the day of its one event): the doers' coming told in a relative clause dates what they did
    ("The gunmen, who arrived in two trucks on Saturday night, shot dead a farmer in Bakura.", date(2025, 5, 31)),
    ("The bandits, who arrived on motorcycles on Friday, abducted twelve villagers near Tsafe.", date(2025, 5, 30)),
]


@pytest.mark.parametrize(("text", "day"), COMING_DATED)
def test_the_doers_coming_in_a_relative_clause_dates_their_deed(extractor, text, day):
    assert [e.date.start for e in extract(extractor, text, PUBLISHED).events] == [day]
