"""Properties of the date and number parsers that must hold for any input."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch.resolve.dates import resolve_date
from frontwatch.resolve.numbers import number_value, parse_number_range

FAST = settings(max_examples=200, deadline=None)
published_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
weekdays = st.sampled_from(list(calendar.day_name))
# Text built from the words the parsers react to, so the grammar is exercised, plus anything at all.
vocabulary = st.sampled_from([
    "last", "past", "the", "this", "next", "since", "early", "late", "mid", "end", "of", "on", "in",
    "ago", "days", "weeks", "month", "year", "Sunday", "May", "June", "2014", "1990s", "10", "9-10",
    "yesterday", "weekend", "overnight", "two", "a", "few", "several", "hundreds", "thousands",
    "tens", "dozen", "million", "more", "than", "at", "least", "up", "to", "between", "and", "-",
    "about", "%", "$", "5m", "2,000", "or", "odd", "+", "hours", "decade", "earlier", "recent",
])
phrases = st.lists(vocabulary, min_size=1, max_size=6).map(" ".join)
any_text = st.one_of(st.text(max_size=40), phrases)


@FAST
@given(any_text)
def test_number_parser_never_raises_and_keeps_low_below_high(text):
    found = parse_number_range(text)
    if found is not None:
        assert found.low is not None or found.high is not None
        if found.low is not None and found.high is not None:
            assert found.low <= found.high
        assert found.text and found.text.lower() in text.lower()


@FAST
@given(any_text)
def test_number_value_never_raises(text):
    value = number_value(text)
    assert value is None or value >= 0


@FAST
@given(st.integers(min_value=0, max_value=10**12))
def test_formatted_integer_parses_back(n):
    found = parse_number_range(f"{n:,}")
    assert (found.low, found.high) == (n, n)
    assert number_value(f"{n:,}") == n


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _spell_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    words = [f"{_UNITS[hundreds]} hundred"] if hundreds else []
    if rest and hundreds:
        words.append("and")
    if rest >= 20:
        tens, units = divmod(rest, 10)
        words.append(_TENS[tens] + (f"-{_UNITS[units]}" if units else ""))
    elif rest:
        words.append(_UNITS[rest])
    return " ".join(words)


def _spell(n: int) -> str:
    if n == 0:
        return "zero"
    parts = []
    for scale, name in ((10**6, "million"), (10**3, "thousand"), (1, "")):
        chunk, n = divmod(n, scale)
        if chunk:
            parts.append(f"{_spell_below_thousand(chunk)} {name}".strip())
    return " ".join(parts)


@FAST
@given(st.integers(min_value=0, max_value=999_999_999))
def test_spelled_out_integer_parses_back(n):
    assert number_value(_spell(n)) == n


@FAST
@given(any_text, published_dates)
def test_date_resolver_never_raises_and_never_passes_publication(text, published):
    found = resolve_date(text, published)
    if found is not None:
        assert found.start <= found.end <= published


@FAST
@given(any_text)
def test_date_resolver_without_publication_never_raises(text):
    found = resolve_date(text, None)
    if found is not None:
        assert found.start <= found.end


@FAST
@given(published_dates, weekdays, st.sampled_from(["", "on ", "last ", "late on "]))
def test_weekday_lies_within_the_week_up_to_publication(published, weekday, lead):
    found = resolve_date(f"{lead}{weekday}", published)
    assert found is not None
    assert found.start == found.end
    assert published - timedelta(days=7) <= found.start <= published
    assert found.start.strftime("%A") == weekday


@FAST
@given(published_dates, st.integers(min_value=1, max_value=60),
       st.sampled_from(["days", "weeks", "months", "years"]))
def test_past_interval_ends_on_publication(published, n, unit):
    found = resolve_date(f"the past {n} {unit}", published)
    assert found is not None and found.end == published and found.start < published
