"""A group of no one country goes, in the country of its event, by the name ACLED gives its branch there too
(`branch_names` in data/actors.yaml), its own name kept (one group, one actor of the picture); where ACLED names no
branch, by its own names only."""

import pytest

from frontwatch.model import Document

CASES = [
    ("Islamic State militants attacked an army checkpoint near Rafah in North Sinai on 3 May 2020.",
     "Islamic State (Egypt)"),
    ("ISIS fighters ambushed a patrol of the Iraqi army near Tarmiyah on 14 June 2021.", "Islamic State (Iraq)"),
    ("On 2 April 2020, IS gunmen killed two shepherds in the desert east of Palmyra.", "Islamic State (Syria)"),
    ("Soldiers in Kirkuk province were shot at by Daesh militants on Tuesday night, a police officer said.",
     "Islamic State (Iraq)"),
    ("Fighters of the Islamic State raided a Puntland forces base in the hills near Bosaso on 9 March 2019.",
     "Islamic State Somalia Province"),
    # no branch of that country in the registry: the group itself
    ("The Islamic State group attacked villagers in Cabo Delgado on 10 May 2020.", None),
]


@pytest.mark.parametrize(("text", "branch"), CASES)
def test_group_goes_by_its_branchs_name_in_the_events_country(extractor, text, branch):
    events = extractor.extract(Document(id="t", text=text, origin="t")).events
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name == "Islamic State"
    branches = {a for a in events[0].actor1.aliases if a.endswith((")", " Province"))}
    assert branches == ({branch} if branch else set())
