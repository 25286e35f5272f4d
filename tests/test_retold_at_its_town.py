"""A happening retold at its own town: a later sentence whose definite noun names the happening told before ("the
ambush took place in X", "the raid happened in X") names where it was. The earlier telling, placed only by the
dateline's town, takes the retelling's town, and the two are one event, even where the sentence typer reads the
retelling alone as no event at all. A second happening, marked as new or told on another day at another town, stays
one of its own. Every report is written for this file."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)  # a Monday

RETOLD = [
    pytest.param("KABUL, May 13 - Gunmen killed two police officers at a checkpoint on Sunday, officials said. The "
                 "shooting took place in Charikar, about 60 km north of the capital.", "Charikar", id="took-place"),
    pytest.param("MOGADISHU, May 13 - Al-Shabaab militants ambushed an army convoy on Saturday, killing five soldiers, "
                 "a military officer said. The ambush happened in Afgooye, some 30 km west of the capital.", "Afgooye",
                 id="happened"),
    pytest.param("ABUJA, May 13 - Bandits stormed a village on Sunday, killing eight residents, police said. The "
                 "attack occurred in Kaura Namoda, in the northwest of the country.", "Kaura Namoda", id="occurred"),
    pytest.param("JUBA, May 13 - Armed youths raided a cattle camp on Saturday, killing eleven herders, a county "
                 "official said. The raid took place in Bor, north of the capital.", "Bor", id="raid"),
    pytest.param("SANAA, May 13 - Rebel fighters shelled a crowded market on Sunday, killing four shoppers, medics "
                 "said. The shelling happened in Taiz, in the southwest.", "Taiz", id="shelling"),
]


@pytest.mark.parametrize(("text", "place"), RETOLD)
def test_a_happening_retold_at_its_own_town_is_one_event_at_that_town(extractor, text, place):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.place.name if e.place else None for e in events] == [place]


APART = [
    pytest.param("KABUL, May 13 - Gunmen killed two police officers at a checkpoint in Ghazni on Sunday, officials "
                 "said. A separate attack took place in Kunduz, where gunmen shot dead a teacher.",
                 ["Ghazni", "Kunduz"], id="separate"),
    pytest.param("ABUJA, May 13 - Bandits stormed a village in Zamfara state on Sunday, killing eight residents, "
                 "police said. Another attack occurred in Katsina on Monday, where gunmen killed two farmers.",
                 ["Zamfara", "Katsina"], id="another"),
    pytest.param("JUBA, May 13 - Armed youths raided a cattle camp on Saturday, killing eleven herders, a county "
                 "official said. On Monday, gunmen ambushed a bus in Yei, killing three passengers.", ["Juba", "Yei"],
                 id="another-day"),
]


@pytest.mark.parametrize(("text", "places"), APART)
def test_a_second_happening_at_another_town_stays_its_own(extractor, text, places):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.place.name if e.place else None for e in events] == places
