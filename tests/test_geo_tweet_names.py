"""Place names as posts and headlines write them, beyond what NER tags: a hashtag ("#SierraLeone",
"#nigeria", "#KashmirFloods"), a place run into a title-case headline ("Storm Leaves Kentucky Families
Without Power"), a wire dateline after a headline's colon ("...: DONETSK, Ukraine (AP) —", "BEIRUT: ...")."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder, geoparse  # noqa: F401  (fixtures)


def _places(mentions) -> dict[str, str]:  # noqa: ANN001 - PlaceMention list
    return {m.surface: m.place.name for m in mentions if m.place is not None}


@pytest.mark.parametrize(("text", "surface", "place"), [
    ("Volunteers needed for the beach cleanup in #PuertoRico this weekend", "PuertoRico", "Puerto Rico"),
    ("Schools stay shut after the storm #NorthCarolinaFloods", "NorthCarolina", "North Carolina"),
    ("Power cuts again tonight across #zimbabwe #loadshedding", "zimbabwe", "Zimbabwe"),
    ("Fans queue for hours outside the stadium #Tokyo2021", "Tokyo", "Tokyo"),
    ("Riot police block the main square #KYIV", "KYIV", "Kyiv"),
    ("Nurses walk out over unpaid wages #KenyaStrike", "Kenya", "Kenya"),
    ("Boats still searching off the coast #NewZealand", "NewZealand", "New Zealand"),
])
def test_a_hashtag_naming_a_place_is_one(geoparse, text, surface, place):
    assert _places(geoparse(text)).get(surface) == place


@pytest.mark.parametrize(("text", "word"), [
    ("Join the walk on Sunday #SaveTheBees #police", "Save"),
    ("Join the walk on Sunday #SaveTheBees #police", "police"),
    ("Another quiet evening #news #music #tornado", "tornado"),
    ("Sign the letter today #FreeAll #CanWeTalk", "Free"),
    ("Sign the letter today #FreeAll #CanWeTalk", "Can"),
    ("Tune in at nine #IS #AP", "IS"),
])
def test_a_hashtag_of_a_common_word_is_no_place(geoparse, text, word):
    assert word not in _places(geoparse(text))


@pytest.mark.parametrize(("text", "surface", "place"), [
    ("Storm Damage Leaves Kentucky Families Without Power", "Kentucky", "Kentucky"),
    ("Officials Say Haiti Recovery Still Slow Five Years On", "Haiti", "Haiti"),
    ("Massive Protest Fills Madrid Streets Over Rent Prices", "Madrid", "Madrid"),
    ("Floodwaters Cut Off Bangladesh Villages For A Week", "Bangladesh", "Bangladesh"),
    ("Heatwave Leaves Greece Farmers Counting Losses", "Greece", "Greece"),
])
def test_a_place_run_into_a_title_case_headline_is_read(geoparse, text, surface, place):
    assert _places(geoparse(text)).get(surface) == place


@pytest.mark.parametrize(("text", "word"), [
    ("Activist Cornel West Speaks To Students Tonight", "West"),
    ("Ole Miss Rebels Win Again At Home", "Miss"),
    ("Grand Jury Indicts Man In Warehouse Theft", "Man"),
    ("Council Member Trent Polk Concluded His Remarks", "Polk"),
    ("Free Tickets For The Spring Show Go Fast", "Free"),
])
def test_a_common_word_or_small_town_name_in_a_headline_is_no_place(geoparse, text, word):
    assert word not in _places(geoparse(text))


@pytest.mark.parametrize(("text", "surface", "place"), [
    ("Ceasefire talks stall: DONETSK, Ukraine (AP) — Shelling resumed overnight.", "DONETSK", "Donetsk"),
    ("Aid convoy reaches border: GENEVA (Reuters) - The agency said trucks crossed.", "GENEVA", "Geneva"),
    ("Port strike enters second week. BEIRUT: Dock workers rejected the offer.", "BEIRUT", "Beirut"),
    ("Rally planned for Saturday: NAIROBI: Organisers expect thousands.", "NAIROBI", "Nairobi"),
    ("Bridge reopens after repairs. MANILA: Traffic flowed again on Monday.", "MANILA", "Manila"),
])
def test_a_wire_dateline_after_a_headline_is_a_place(geoparse, text, surface, place):
    assert _places(geoparse(text)).get(surface) == place


@pytest.mark.parametrize("text", [
    "Road closed downtown. UPDATE: Crews expect to reopen it by noon.",
    "Heavy rain tonight. WARNING: Stay away from the river banks.",
    "New figures out: BREAKING: Prices rose again in March.",
])
def test_a_capitalised_word_before_a_colon_is_no_dateline_unless_a_known_place(geoparse, text):
    words = {"UPDATE", "WARNING", "BREAKING"}
    assert not words & set(_places(geoparse(text)))
