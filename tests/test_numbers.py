"""Counts in news wording read as NumberRange(low, high): exact, ranges, bounds, loose words."""

from __future__ import annotations

import pytest

from frontwatch.errors import RegistryError
from frontwatch.resolve.numbers import (
    NumberRange,
    _validate,
    load_number_words,
    looks_like_clock,
    looks_like_year,
    number_value,
    parse_number_range,
)


def bounds(text: str) -> tuple[int | None, int | None] | None:
    found = parse_number_range(text)
    return None if found is None else (found.low, found.high)


@pytest.mark.parametrize("text, value", [
    ("two", 2), ("Two", 2), ("five", 5), ("twenty-five", 25), ("twenty five", 25),
    ("one hundred and twenty", 120), ("three hundred thousand", 300000), ("a hundred", 100),
    ("12", 12), ("2,000", 2000), ("10,000", 10000), ("zero", 0),
])
def test_exact_figures_are_single_values(text, value):
    assert bounds(text) == (value, value)
    assert parse_number_range(text).approximate is False


@pytest.mark.parametrize("text", ["2,000-3,000", "2,000–3,000", "between 2,000-3,000",
                                  "between 2,000 and 3,000", "2,000 to 3,000", "from 2,000 to 3,000"])
def test_between_range(text):
    assert bounds(text) == (2000, 3000)


def test_range_matched_text_includes_between():
    assert parse_number_range("between 2,000 and 3,000 fighters").text == "between 2,000 and 3,000"


def test_scale_of_second_figure_applies_to_bare_first():
    assert bounds("two to three thousand") == (2000, 3000)
    assert bounds("1-2 million") == (1_000_000, 2_000_000)


def test_word_range_with_or():
    assert bounds("two or three") == (2, 3)


@pytest.mark.parametrize("text, value", [
    ("two million", 2_000_000), ("1.5 million", 1_500_000), ("5m", 5_000_000),
    ("10k", 10_000), ("2bn", 2_000_000_000), ("1.1 million", 1_100_000), ("2.3m", 2_300_000),
])
def test_scales_multiply(text, value):
    assert bounds(text) == (value, value)


def test_dozen_counts_twelve():
    assert bounds("a dozen") == (12, 12)
    assert bounds("two dozen") == (24, 24)


def test_dozens_is_at_least_twelve():
    assert bounds("dozens") == (12, None)


def test_scores_is_at_least_twenty():
    assert bounds("scores") == (20, None)


def test_hundreds_stays_below_a_thousand():
    assert bounds("hundreds") == (100, 999)


def test_thousands_is_open_ended():
    assert bounds("thousands") == (1000, None)


@pytest.mark.parametrize("text, low", [
    ("tens of thousands", 10_000), ("hundreds of thousands", 100_000), ("millions", 1_000_000),
])
def test_plural_of_plural_multiplies_and_stays_open(text, low):
    assert bounds(text) == (low, None)


def test_loose_words_are_approximate():
    assert parse_number_range("dozens").approximate is True
    assert parse_number_range("hundreds of people").approximate is True


@pytest.mark.parametrize("text, expected", [
    ("a few", (2, 9)), ("several", (3, 9)), ("a handful", (3, 9)),
    ("several hundred", (300, 900)), ("a few dozen", (24, 108)),
])
def test_loose_counts(text, expected):
    assert bounds(text) == expected


@pytest.mark.parametrize("text, low", [
    ("over five million", 5_000_000), ("more than five million", 5_000_000),
    ("at least 500", 500), ("more than 1,200", 1200), ("500 or more", 500), ("500+", 500),
])
def test_lower_bound_is_the_stated_figure_and_open_above(text, low):
    assert bounds(text) == (low, None)


@pytest.mark.parametrize("text, high", [
    ("up to 300", 300), ("fewer than 10", 10), ("less than 10", 10), ("10 or fewer", 10),
    ("as many as 300", 300),
])
def test_upper_bound_is_the_stated_figure_and_open_below(text, high):
    assert bounds(text) == (None, high)


@pytest.mark.parametrize("text, value", [
    ("about 4,000", 4000), ("around 8,000", 8000), ("some 200", 200), ("nearly 40", 40),
    ("almost 40", 40), ("an estimated 4,000", 4000), ("200-odd", 200), ("200 or so", 200),
])
def test_approximate_figure_keeps_value_and_sets_flag(text, value):
    assert parse_number_range(text) == NumberRange(value, value, True, text)


def test_first_count_is_found_inside_surrounding_words():
    found = parse_number_range("militants killed at least 500 people")
    assert (found.low, found.high, found.text) == (500, None, "at least 500")


def test_article_counts_one_before_a_noun():
    assert bounds("a soldier") == (1, 1)
    assert bounds("an officer") == (1, 1)
    assert bounds("one") == (1, 1)


@pytest.mark.parametrize("text", ["a", "an", "A", "a series of attacks", "a number"])
def test_article_alone_or_before_collective_noun_is_not_one(text):
    found = parse_number_range(text)
    assert found is None or found.low != 1


def test_a_number_of_is_two_or_more():
    assert bounds("a number of") == (2, None)


@pytest.mark.parametrize("text", ["second", "2nd", "the third", "11th", "the", "", "   ",
                                  "some", "the latest", "2.5"])
def test_non_numbers_and_ordinals_give_none(text):
    assert parse_number_range(text) is None


@pytest.mark.parametrize("text", ["40%", "40 percent", "40 per cent"])
def test_percentages_are_not_counts(text):
    assert parse_number_range(text) is None


@pytest.mark.parametrize("text", ["$5m", "US$5 million", "£200", "5 million dollars", "20 euros"])
def test_money_is_not_a_count(text):
    assert parse_number_range(text) is None


def test_year_parses_as_a_number_and_is_flagged():
    assert bounds("2014") == (2014, 2014)
    assert looks_like_year("2014") is True
    assert looks_like_year("1990s") is True
    assert looks_like_year("2,014") is False
    assert looks_like_year("500") is False


@pytest.mark.parametrize(("text", "clock"), [
    ("22:30", True), ("7:05", True), ("09:45", True), ("1,200", False), ("25:70", False), ("12.50", False),
])
def test_a_time_of_day_is_flagged(text, clock):
    assert looks_like_clock(text) is clock


@pytest.mark.parametrize("word, value", [
    ("twelve", 12), ("Twenty-Five", 25), ("2,000", 2000), ("5m", 5_000_000), ("a hundred", 100),
])
def test_number_value_of_single_numbers(word, value):
    assert number_value(word) == value


@pytest.mark.parametrize("word", ["second", "a", "dozens", "about 40", "40%", "x", "", "2.5"])
def test_number_value_rejects_non_numbers(word):
    assert number_value(word) is None


def test_bundled_vocabulary_loads():
    words = load_number_words()
    assert words.units["seven"] == 7
    assert words.vague_plurals["thousands"] == (1000, None)


def test_malformed_vocabulary_names_the_problem():
    with pytest.raises(RegistryError, match="missing section"):
        _validate({"units": {"one": 1}}, "bad.yaml")
