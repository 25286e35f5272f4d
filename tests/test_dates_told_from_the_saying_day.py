"""A relative date in a reported clause ("overnight", "yesterday", "this morning") is told from the day of the saying
that reports it ("..., officials said on Sunday"), not from the report's publication a few days later; a saying with no
date of its own leaves it told from the report's day."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

TOLD = [  # a night ("overnight": the saying day and its eve), a day word, a saying undated
    pytest.param("Militants attacked a police station in Tank overnight, officials said on Sunday.", "2024-03-19",
                 "2024-03-16", "2024-03-17", id="overnight-said-on-sunday"),
    pytest.param("Jets struck rebel positions outside Marib overnight, the coalition said on Friday.", "2024-03-18",
                 "2024-03-14", "2024-03-15", id="overnight-said-on-friday"),
    pytest.param("Drones hit an oil depot in Bryansk overnight, the regional governor said on Thursday.", "2024-03-16",
                 "2024-03-13", "2024-03-14", id="overnight-governor-on-thursday"),
    pytest.param("The army said on Saturday that its troops had repelled an attack on a base near Diffa overnight.",
                 "2024-03-19", "2024-03-15", "2024-03-16", id="said-on-saturday-that-overnight"),
    pytest.param("Gunmen killed four farmers near Jos yesterday, police said on Monday.", "2024-03-20",
                 "2024-03-17", "2024-03-17", id="yesterday-said-on-monday"),
    pytest.param("Rebels shelled the airport in Kalemie this morning, a spokesman told reporters on Monday.",
                 "2024-03-21", "2024-03-18", "2024-03-18", id="this-morning-told-on-monday"),
    pytest.param("Officials said two soldiers were killed in an ambush near Tank yesterday.", "2024-03-19",
                 "2024-03-18", "2024-03-18", id="undated-saying-keeps-the-report-day"),
]


@pytest.mark.parametrize(("text", "published", "first", "last"), TOLD)
def test_a_relative_date_is_told_from_its_saying_day(extractor, text, published, first, last):
    (event,) = extract(extractor, text, date.fromisoformat(published)).events
    assert (event.date.start.isoformat(), event.date.end.isoformat()) == (first, last)
