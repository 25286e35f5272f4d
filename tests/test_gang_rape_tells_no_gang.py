"""A gang rape tells nothing of a gang: armed men who commit one are an unidentified armed group, not ACLED's
unidentified gang (data/actors.yaml: the gang rule's `untold_by`), while a gang's own words still tell a gang."""

from __future__ import annotations

import pytest

CASES = [
    ("Armed men gang-raped a woman near Kisumu on Monday.", "Unidentified Armed Group (Kenya)"),
    ("Suspected bandits abducted and gang-raped a teenager in Zamfara on Sunday.",
     "Unidentified Armed Group (Nigeria)"),
    ("Gunmen gang-raped two displaced women at a camp outside Kalehe on Thursday.",
     "Unidentified Armed Group (Democratic Republic of Congo)"),
    ("Two attackers gang-raped a girl in Mutare, Zimbabwe on Saturday.", "Unidentified Armed Group (Zimbabwe)"),
    ("Unknown assailants gang-raped a nurse in Bangui on Friday.",
     "Unidentified Armed Group (Central African Republic)"),
    # a gang's own words still tell one
    ("Gang members shot dead a shopkeeper in Port-au-Prince on Friday.", "Unidentified Gang (Haiti)"),
    ("Gunmen killed two men in a drive-by shooting in Cali on Tuesday.", "Unidentified Gang (Colombia)"),
]


@pytest.mark.parametrize(("text", "actor1"), CASES, ids=[t for t, _ in CASES])
def test_a_gang_rape_tells_no_gang(first_actor1, text, actor1):
    assert first_actor1(text) == actor1
