"""An unidentified armed actor 1 of a report whose words are a gang's ("gang", a "drive-by" shooting: a hyphenated
compound read whole) is ACLED's unidentified gang of the event's country (`told_by` in data/actors.yaml)."""

import pytest

GANG = "Unidentified Gang (Mexico)"

CASES = [
    ("On 14 February 2021, gunmen on a motorbike carried out a drive-by shooting against two brothers outside a "
     "bakery in Celaya, Guanajuato. Both died.", GANG),
    ("Two men in a pickup truck shot at a family in a drive-by attack in Irapuato on Sunday, wounding a child.", GANG),
    ("A police officer was killed in a drive-by shooting in Ecatepec on 9 July 2022.", GANG),
    ("On 3 March 2021, armed men in a car opened fire in a drive-by on a group of bricklayers in Uruapan, Michoacan, "
     "killing three.", GANG),
    ("Residents said assailants fired from a moving van in a drive-by shooting that killed a shopkeeper in "
     "Apatzingan on Friday.", GANG),
    # no gang's word: an unidentified armed group
    ("On 3 March 2021, armed men opened fire on a group of bricklayers in Uruapan, Michoacan, killing three.",
     "Unidentified Armed Group (Mexico)"),
]


@pytest.mark.parametrize(("text", "actor1"), CASES)
def test_gang_words_make_an_unidentified_gang(first_actor1, text, actor1):
    assert first_actor1(text) == actor1
