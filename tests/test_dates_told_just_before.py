"""A time that points back with a demonstrative ("at that hour", "that morning", "that day") is the time the sentence
before told last, even when that sentence reads no happening of its own ("a clinic was hit before dawn on Saturday");
not the report's day, nor the day of the last happening read earlier ("demanded an inquiry on Monday")."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

JUST_TOLD = [
    pytest.param("JUBA, March 18 - The aid group on Monday demanded an inquiry into the destruction of its clinic in "
                 "Bor. The clinic was hit shortly before dawn on Saturday. The army said rebels had fired mortars at "
                 "the town at that hour.", date(2024, 3, 18), date(2024, 3, 16), id="at-that-hour-after-a-passive"),
    pytest.param("A school in Kidal was hit at noon on Friday. Residents said drones had bombed the town that morning.",
                 date(2024, 5, 20), date(2024, 5, 17), id="that-morning"),
    pytest.param("Police said on Monday that a checkpoint near Quetta was attacked at midnight on Friday. Militants "
                 "had stormed another post in Turbat at that hour, they said.", date(2024, 5, 20), date(2024, 5, 17),
                 id="at-that-hour-the-reported-time-not-the-saying"),
    pytest.param("A convoy was ambushed near Mopti on 14 May. Jihadists also attacked an army camp in Boni that day, "
                 "a local official said.", date(2024, 5, 22), date(2024, 5, 14), id="that-day"),
    pytest.param("Shots were heard near the airport in Mogadishu late on Saturday. Al-Shabaab fighters attacked a "
                 "hotel in the city that night, police said.", date(2024, 5, 22), date(2024, 5, 18), id="that-night"),
    pytest.param("The election results were announced in Bukavu on 15 May. Protesters burned tyres on the main road "
                 "that evening, residents said.", date(2024, 5, 22), date(2024, 5, 15), id="that-evening"),
    pytest.param("A bridge near Kherson was blown up before dawn on Tuesday. Russian drones struck a ferry crossing "
                 "nearby that morning, officials said.", date(2024, 5, 23), date(2024, 5, 21),
                 id="guard-the-sentence-before-reads-a-happening"),
]


@pytest.mark.parametrize(("text", "published", "day"), JUST_TOLD)
def test_a_demonstrative_time_is_the_one_told_just_before(extractor, text, published, day):
    *_, event = extract(extractor, text, published).events
    assert (event.date.start, event.date.end) == (day, day)
