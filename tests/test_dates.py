"""Date expressions from news sentences resolve to DateSpans relative to the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from frontwatch.model import DateSpan, TimePrecision
from frontwatch.resolve.dates import is_future, precision_for, resolve_date

WEDNESDAY = date(2014, 6, 11)
MONDAY = date(2014, 6, 9)
DAY, WEEK, MONTH = TimePrecision.DAY, TimePrecision.WEEK, TimePrecision.MONTH


def span(expression: str, published: date | None = WEDNESDAY) -> tuple[date, date, TimePrecision] | None:
    found = resolve_date(expression, published)
    return None if found is None else (found.start, found.end, found.precision)


@pytest.mark.parametrize("expression", ["yesterday", "Yesterday", "yesterday's", "last night",
                                        "yesterday morning"])
def test_yesterday_is_the_day_before_publication(expression):
    assert span(expression) == (date(2014, 6, 10), date(2014, 6, 10), DAY)


@pytest.mark.parametrize("expression", ["today", "this morning", "tonight"])
def test_today_is_the_publication_day(expression):
    assert span(expression) == (WEDNESDAY, WEDNESDAY, DAY)


def test_result_keeps_the_original_expression():
    assert resolve_date("on Sunday", WEDNESDAY) == DateSpan(date(2014, 6, 8), date(2014, 6, 8), DAY, "on Sunday")


@pytest.mark.parametrize("expression", ["on Sunday", "Sunday", "Sunday night", "late on Sunday"])
def test_weekday_means_most_recent_before_publication(expression):
    assert span(expression, MONDAY) == (date(2014, 6, 8), date(2014, 6, 8), DAY)


def test_weekday_of_publication_is_the_publication_day():
    assert span("on Monday", MONDAY) == (MONDAY, MONDAY, DAY)


def test_last_weekday_of_publication_is_a_week_earlier():
    assert span("last Monday", MONDAY) == (date(2014, 6, 2), date(2014, 6, 2), DAY)


@pytest.mark.parametrize("expression, day", [
    ("Monday evening", date(2014, 6, 9)), ("Thursday night", date(2014, 6, 5)),
    ("early on Tuesday", date(2014, 6, 10)), ("in the early hours of Tuesday", date(2014, 6, 10)),
])
def test_part_of_day_keeps_the_day(expression, day):
    assert span(expression) == (day, day, DAY)


def test_last_month_has_month_precision():
    assert span("last month") == (date(2014, 5, 1), date(2014, 5, 31), MONTH)


def test_last_month_in_january_is_previous_december():
    assert span("last month", date(2015, 1, 20)) == (date(2014, 12, 1), date(2014, 12, 31), MONTH)


def test_last_week_is_the_previous_calendar_week():
    assert span("last week") == (date(2014, 6, 2), date(2014, 6, 8), WEEK)


@pytest.mark.parametrize(("expression", "calendar_unit"), [
    ("the previous week", "last week"), ("previous week", "last week"), ("the previous month", "last month"),
    ("previous month", "last month"), ("the previous year", "last year"),
])
def test_the_previous_unit_is_the_last_calendar_one(expression, calendar_unit):
    assert span(expression) == span(calendar_unit) is not None


def test_the_previous_day_is_left_to_the_story_days():  # "the previous day": the day before the story's, not a unit
    assert span("the previous day") is None


def test_the_last_week_is_the_seven_days_before_publication():
    assert span("the last week") == (date(2014, 6, 4), WEDNESDAY, WEEK)


def test_this_week_runs_from_monday_to_publication():
    assert span("this week") == (MONDAY, WEDNESDAY, WEEK)


def test_earlier_this_week_stops_before_publication():
    assert span("earlier this week") == (MONDAY, date(2014, 6, 10), WEEK)


def test_last_year_is_the_previous_calendar_year():
    assert span("last year") == (date(2013, 1, 1), date(2013, 12, 31), MONTH)


@pytest.mark.parametrize("expression", ["in 2017", "2017", "the year 2017"])
def test_year_alone_is_the_whole_year_with_month_precision(expression):
    assert span(expression, date(2019, 3, 1)) == (date(2017, 1, 1), date(2017, 12, 31), MONTH)


def test_current_year_ends_at_publication():
    assert span("2014") == (date(2014, 1, 1), WEDNESDAY, MONTH)


@pytest.mark.parametrize("expression", ["April", "in April"])
def test_month_without_year_is_the_most_recent_such_month(expression):
    assert span(expression) == (date(2014, 4, 1), date(2014, 4, 30), MONTH)


def test_month_later_in_the_year_than_publication_is_last_years():
    assert span("September") == (date(2013, 9, 1), date(2013, 9, 30), MONTH)


def test_month_of_publication_ends_at_publication():
    assert span("June") == (date(2014, 6, 1), WEDNESDAY, MONTH)


@pytest.mark.parametrize("expression, day", [
    ("6 April", date(2014, 4, 6)), ("April 6", date(2014, 4, 6)), ("10th of June", date(2014, 6, 10)),
    ("6 April 2013", date(2013, 4, 6)), ("2014-06-10", date(2014, 6, 10)),
    ("June 10, 2014", date(2014, 6, 10)), ("Sunday, June 8", date(2014, 6, 8)),
])
def test_explicit_dates_resolve_to_that_day(expression, day):
    assert span(expression) == (day, day, DAY)


def test_day_and_month_after_publication_is_last_year():
    assert span("20 June") == (date(2013, 6, 20), date(2013, 6, 20), DAY)


@pytest.mark.parametrize("expression", ["9-10 June", "June 9-10", "between 9 and 10 June"])
def test_day_range_within_a_month(expression):
    assert span(expression) == (date(2014, 6, 9), date(2014, 6, 10), DAY)


@pytest.mark.parametrize("expression", ["past two days", "the past two days", "over the past two days"])
def test_past_days_is_an_interval_ending_on_publication(expression):
    assert span(expression) == (date(2014, 6, 9), WEDNESDAY, WEEK)


def test_past_24_hours_has_day_precision():
    assert span("the past 24 hours") == (date(2014, 6, 10), WEDNESDAY, DAY)


def test_past_month_has_month_precision():
    assert span("the past month") == (date(2014, 5, 11), WEDNESDAY, MONTH)


def test_since_weekday_runs_to_publication():
    assert span("since Friday") == (date(2014, 6, 6), WEDNESDAY, WEEK)


def test_since_year_runs_to_publication_with_month_precision():
    assert span("since 2011") == (date(2011, 1, 1), WEDNESDAY, MONTH)


def test_days_ago_counts_back_from_publication():
    assert span("two days ago") == (date(2014, 6, 9), date(2014, 6, 9), DAY)


def test_weeks_ago_is_a_week_around_that_day():
    start, end, precision = span("three weeks ago")
    assert start <= date(2014, 5, 21) <= end and precision is WEEK


def test_months_ago_is_that_calendar_month():
    assert span("two months ago") == (date(2014, 4, 1), date(2014, 4, 30), MONTH)


def test_a_few_days_ago_stays_within_a_week():
    assert span("a few days ago") == (date(2014, 6, 4), date(2014, 6, 9), WEEK)


def test_overnight_is_the_night_before_publication():
    assert span("overnight") == (date(2014, 6, 10), WEDNESDAY, DAY)


@pytest.mark.parametrize("expression", ["the weekend", "over the weekend", "at the weekend"])
def test_weekend_is_the_most_recent_saturday_and_sunday(expression):
    assert span(expression) == (date(2014, 6, 7), date(2014, 6, 8), WEEK)


@pytest.mark.parametrize("expression, start, end", [
    ("mid-May", date(2014, 5, 11), date(2014, 5, 20)),
    ("late May", date(2014, 5, 21), date(2014, 5, 31)),
    ("early May", date(2014, 5, 1), date(2014, 5, 10)),
    ("the end of May", date(2014, 5, 25), date(2014, 5, 31)),
])
def test_part_of_a_month_has_week_precision(expression, start, end):
    assert span(expression) == (start, end, WEEK)


def test_end_of_last_year_is_its_december():
    assert span("the end of last year") == (date(2013, 12, 1), date(2013, 12, 31), MONTH)


def test_early_year_is_its_first_third():
    assert span("early 2013") == (date(2013, 1, 1), date(2013, 4, 30), MONTH)


@pytest.mark.parametrize("expression", ["tomorrow", "next year", "the end of next year", "next week",
                                        "the coming days", "later this week", "in the coming weeks"])
def test_future_expressions_are_not_event_dates(expression):
    assert resolve_date(expression, WEDNESDAY) is None
    assert is_future(expression, WEDNESDAY) is True


def test_explicit_date_after_publication_is_future():
    assert resolve_date("5 June 2030", WEDNESDAY) is None
    assert is_future("5 June 2030", WEDNESDAY) is True


def test_past_expression_is_not_future():
    assert is_future("yesterday", WEDNESDAY) is False


@pytest.mark.parametrize("expression", ["yesterday", "on Sunday", "last month", "April", "6 April",
                                        "past two days"])
def test_relative_expression_without_publication_date_is_unresolved(expression):
    assert resolve_date(expression, None) is None


def test_absolute_dates_resolve_without_publication_date():
    assert span("6 April 2019", None) == (date(2019, 4, 6), date(2019, 4, 6), DAY)
    assert span("2017", None) == (date(2017, 1, 1), date(2017, 12, 31), MONTH)
    assert span("May 2014", None) == (date(2014, 5, 1), date(2014, 5, 31), MONTH)


@pytest.mark.parametrize("expression", [
    "the era of late president Saddam Hussein", "decades", "the latest", "the same day",
    "two days later", "the previous day", "June 31", "", "   ", "years", "recently ever",
])
def test_nonsense_and_anchorless_expressions_give_none(expression):
    assert resolve_date(expression, WEDNESDAY) is None


@pytest.mark.parametrize("start, end, precision", [
    (date(2014, 6, 10), date(2014, 6, 11), DAY), (date(2014, 6, 4), date(2014, 6, 11), WEEK),
    (date(2014, 6, 3), date(2014, 6, 11), MONTH),
])
def test_interval_precision_follows_width(start, end, precision):
    assert precision_for(start, end) is precision


def test_years_ago_without_a_count_is_too_loose():
    assert resolve_date("years ago", WEDNESDAY) is None
    assert resolve_date("decades ago", WEDNESDAY) is None


def test_date_joined_to_following_words_by_a_comma_resolves_its_first_part():
    assert span("6 April, days") == (date(2014, 4, 6), date(2014, 4, 6), DAY)
