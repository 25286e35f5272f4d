"""Where a happening took place when the text names a village the gazetteer lacks: at the place the text names
right after it ("X in Y", "X, in the Y region"; a province at its seat), at ACLED precision 2 beside a town or in a
district, else 3; with no such place, at the text's country (the one its places lie in, else its armed groups' home)
at precision 3; never nowhere, never a namesake abroad. The village keeps the name the text gives it, in the event and
in a control claim. Every sentence is written for this file; the villages' names are made up or too small for the
gazetteer."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

from frontwatch.model import GeoPrecision
from frontwatch.resolve.geo_math import haversine_km

PUBLISHED = date(2024, 5, 13)  # a Monday


def _event_places(extractor, text: str) -> list[tuple[str, str | None, GeoPrecision] | None]:
    return [(e.place.name, e.place.country, e.place.precision) if e.place else None
            for e in extract(extractor, text, PUBLISHED).events]


ALONE = [
    # (report, the village's place): no place named with it; the country its other places lie in or its armed group's
    ("Fighters of the M23 seized the village of Mbusovu on Tuesday after the army withdrew.",
     ("Mbusovu", "Democratic Republic of the Congo", GeoPrecision.REGION)),
    ("Jihadists from JNIM burned the hamlet of Sirakorola-Kanda in Mali on Thursday.",
     ("Sirakorola-Kanda", "Mali", GeoPrecision.REGION)),
    ("Boko Haram insurgents stormed the village of Gwajibari on Sunday, abducting twenty women.",
     ("Gwajibari", "Nigeria", GeoPrecision.REGION)),
    ("Houthi forces shelled the village of Bani Hashbal in Yemen, killing two children.",
     ("Bani Hashbal", "Yemen", GeoPrecision.REGION)),
    ("Armed men torched houses in Ndalekwe village on Wednesday, police in Kenya said.",
     ("Ndalekwe", "Kenya", GeoPrecision.REGION)),
    ("Al-Shabaab fighters captured the village of Ceel Bardaale in Somalia on Friday.",
     ("Ceel Bardaale", "Somalia", GeoPrecision.REGION)),
]


@pytest.mark.parametrize(("text", "place"), ALONE, ids=[p[0] for _, p in ALONE])
def test_a_village_the_gazetteer_lacks_is_placed_in_the_texts_country(extractor, text, place):
    assert _event_places(extractor, text) == [place]


WITH_ITS_PLACE = [
    # (report, the village's name, the point of the place named right after it; a province's: its seat's, as ACLED
    # codes it)
    ("Insurgents attacked the village of Ngoroki in Borno, Nigeria, killing six people.", "Ngoroki", (11.85, 13.16)),
    ("Gunmen killed five worshippers in the village of Ungwan Dogo in Kaduna, Nigeria, on Sunday.", "Ungwan Dogo",
     (10.53, 7.44)),
    ("Bandits kidnapped nine people in the village of Gidan Bature in Sokoto on Tuesday.", "Gidan Bature",
     (13.06, 5.24)),
    ("Fighters overran the village of Kwamberi in Ituri, Congo, on Friday.", "Kwamberi", (1.56, 30.25)),
    ("Soldiers burned homes in Thayetkone village, in the Magway region, on Monday.", "Thayetkone", (20.15, 94.93)),
]


@pytest.mark.parametrize(("text", "name", "point"), WITH_ITS_PLACE, ids=[n for _, n, _ in WITH_ITS_PLACE])
def test_a_village_the_gazetteer_lacks_is_placed_at_the_place_named_after_it(extractor, text, name, point):
    (event,) = extract(extractor, text, PUBLISHED).events
    assert event.place is not None and event.place.name == name
    assert haversine_km(event.place.latitude, event.place.longitude, *point) <= 25


CLAIMS = [
    # (report, a control claim on the village under the name the text gives it)
    ("Fighters of the M23 seized the village of Mbusovu on Tuesday after the army withdrew.", ("Mbusovu", "controls")),
    ("Al-Shabaab fighters captured the village of Ceel Bardaale in Somalia on Friday.", ("Ceel Bardaale", "controls")),
    ("Rebels of the M23 took control of the village of Bugurumba on Monday.", ("Bugurumba", "controls")),
    ("Soldiers drove JNIM fighters out of the village of Kolodigabougou in Mali on Sunday.",
     ("Kolodigabougou", "controls")),
    ("Fighters overran the village of Kwamberi in Ituri, Congo, on Friday.", ("Kwamberi", "controls")),
    ("The Tatmadaw recaptured the village of Nyaungbinthar from the PDF in Myanmar on Tuesday.",
     ("Nyaungbinthar", "lost")),
]


@pytest.mark.parametrize(("text", "claim"), CLAIMS, ids=[c[0] for _, c in CLAIMS])
def test_a_control_claim_on_a_village_the_gazetteer_lacks_keeps_its_name(extractor, text, claim):
    assert claim in {(c.place.name, c.status.value) for c in extract(extractor, text, PUBLISHED).control}


TOLD_LATER = [
    # (report, the point of the finest place the text puts the village in): a village first named with its region,
    # then told to lie in a township, district or locality the gazetteer places at its town: that town's point, at
    # precision 2 (the names are made up; the last row names the finer place first, the region after it)
    ("Soldiers burned dozens of homes in Kyauksitpon village, in the Magway region, on Sunday, residents said. "
     "Kyauksitpon lies in Pauk township, west of the Irrawaddy.", (21.45, 94.47)),
    ("Junta aircraft bombed a school in Thayetpinzu village, in the Sagaing region, on Thursday, killing nine pupils, "
     "a teacher said. The army denied it. Thayetpinzu lies in Kani township, on the Chindwin.", (22.43, 94.85)),
    ("A drone strike hit a wedding in Bagh-e-Sorkh village, in Helmand province, on Sunday, elders said. Bagh-e-Sorkh "
     "lies in Nad Ali district.",
     (31.64, 64.24)),
    ("Al-Shabaab fighters stormed Ceel-Qoryaale village, in the Lower Shabelle region, on Friday, killing four "
     "elders, residents said. Ceel-Qoryaale lies in Afgooye district.", (2.14, 45.12)),
    ("Gunmen shot dead two policemen guarding a polio team in Mamash-Khel village, in Khyber Pakhtunkhwa province, "
     "on Tuesday. Mamash-Khel lies in Bannu district, near the Afghan border.", (32.99, 70.60)),
    ("Government troops shelled Um-Sayala village, in the North Kordofan state, on Wednesday. "
     "Um-Sayala lies in Bara locality.",
     (13.70, 30.37)),
    ("Soldiers burned homes in Sinthe-Kone village, in Pauk township, on Monday, residents said. Sinthe-Kone lies in "
     "the Magway region.", (21.45, 94.47)),
]


@pytest.mark.parametrize(("text", "point"), TOLD_LATER, ids=[t[:40] for t, _ in TOLD_LATER])
def test_a_village_the_gazetteer_lacks_is_placed_in_the_finest_place_the_text_puts_it(extractor, text, point):
    (event,) = extract(extractor, text, PUBLISHED).events
    assert event.place is not None and event.place.precision == GeoPrecision.NEAR
    assert haversine_km(event.place.latitude, event.place.longitude, *point) <= 10
