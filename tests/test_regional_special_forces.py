"""A region's own special forces, named without their region's name or with it, are a police unit of the state
(ACLED's "Police Forces of ..."), not its military; with a region's name that ACLED names a unit by, that unit
(data/acled_actors.yaml); special forces of no region stay the military."""

import pytest

CASES = [
    ("Amhara regional special forces shot dead two farmers near Gondar on 3 June 2021.",
     "Police Forces of Ethiopia Amhara Regional Special Forces"),
    ("On 12 March 2022, regional special forces detained a teacher in Adama, Oromia, residents said.",
     "Police Forces of Ethiopia"),
    ("Oromia regional special forces burned houses in a village near Nekemte on 8 May 2021.",
     "Police Forces of Ethiopia Oromo Regional Special Forces"),
    ("A trader was shot dead by regional special forces in Dire Dawa on Sunday.", "Police Forces of Ethiopia"),
    ("Regional special police arrested six students in Hawassa on 2 February 2020.", "Police Forces of Ethiopia"),
    ("Special forces raided a militant hideout near Mogadishu on 2 May 2020.", "Military Forces of Somalia"),
]


@pytest.mark.parametrize(("text", "actor1"), CASES)
def test_regional_special_forces_are_the_police(first_actor1, text, actor1):
    assert first_actor1(text) == actor1
