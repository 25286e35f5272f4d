"""Resolve a date expression from a news sentence ("yesterday", "on Sunday", "last month") to a DateSpan.

Expressions resolve against the report's publication date ``published`` (D):

- Nothing resolves after D: a span reaching past D is cut at D, one starting
  after D is future and gives None. Future wording ("tomorrow", "next year",
  "the coming days", "later this week") gives None: plans are not event dates
  (``is_future`` tells the caller that is why).
- Relative wording with ``published=None`` gives None: the caller records the
  date as unresolved. Absolute dates with a year ("6 April 2019", "2017") resolve
  without D.
- A weekday is the most recent such day on or before D: in a Monday report
  "on Sunday" is the day before and "on Monday" is D itself (news convention);
  "last Monday" in a Monday report is a week earlier; "a Monday" ("one Monday") is the one before the most recent.
- "yesterday" is D-1, "overnight" the night D-1..D (precision DAY), "last night" D-1.
- "last week/month/year" is the previous calendar week (Monday-Sunday), month or
  year; "the last/past week", "past N days", "since X" are intervals ending on D
  with precision from their width: DAY if at most 1 day, WEEK if at most 7, else MONTH.
- "this week/month/year" and "earlier this ..." run from the unit's start to D.
- A month without a year is the most recent such month not after D; a year or
  month alone has precision MONTH (ACLED's 3, "a month or longer").
- "early/mid/late May" are thirds of the month (precision WEEK), "the end/start
  of May" its last/first 7 days (WEEK); "early/mid/late 2014" are thirds of the
  year and "the end/start of 2014" its December/January (MONTH). On a day or
  week ("early on Tuesday") they change nothing.
- "N days/weeks/months/years ago" counts back from D; "a few days ago" (and
  "days ago") is D-7..D-2: loose day counts stay within a week. "years ago"
  without a count gives None.
- Explicit dates ("June 10, 2014", "2014-06-10", "6 April") go to dateparser
  (English only, past preferred, relative to D); numeric dates follow
  dateparser's English order (month first unless the year leads).
- Anything else ("decades", "the latest", "the same day", "two days later":
  no anchor known) gives None, never an exception.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from types import MappingProxyType

from dateparser.date import DateDataParser

from frontwatch.caught import CAUGHT
from frontwatch.errors import RegistryError
from frontwatch.language import word_book
from frontwatch.model import DateSpan, TimePrecision
from frontwatch.resolve.numbers import parse_number_range

__all__ = ["MONTHS", "is_future", "precision_for", "resolve_date"]

_WORDS = word_book("dates")
_WEEKDAYS = MappingProxyType(_WORDS.numbers("weekdays"))
_MONTHS = MappingProxyType(_WORDS.numbers("months"))
_FILLERS, _PARTS_OF_DAY = _WORDS.words("fillers"), _WORDS.words("parts_of_day")
_FUTURE = _WORDS.words("future")
_UNITS = MappingProxyType(_WORDS.texts("units"))
_CALENDAR_UNITS = MappingProxyType(_WORDS.texts("calendar_units"))
_MODIFIER_PARTS = MappingProxyType(_WORDS.texts("modifier_parts"))
_WORD_REWRITES = MappingProxyType(_WORDS.texts("word_rewrites"))
_DAY_REWRITES = tuple(_WORDS.texts("day_rewrites").items())
_RELATIVE_DAYS = MappingProxyType(_WORDS.numbers("relative_days"))
_NIGHT_BEFORE = _WORDS.words("night_before")
_PREVIOUS_UNIT, _EARLIER_IN_UNIT = _WORDS.words("previous_unit"), _WORDS.words("earlier_in_unit")
_TRAILING_UNIT = _WORDS.words("trailing_unit")
_COUNTED_PREVIOUS, _RECENT = _WORDS.words("counted_previous"), _WORDS.words("recent")
_RECENT_COUNTS = MappingProxyType(_WORDS.texts("recent_counts"))
_BEFORE_DAY_LEADS, _INDEFINITE = _WORDS.words("before_day_leads"), _WORDS.words("indefinite_day_leads")
_SINGLE_COUNTS, _SINCE = _WORDS.words("single_counts"), _WORDS.words("since")
_JOINER_RANKS = _WORDS.numbers("interval_joiners")
_INTERVAL_JOINERS = tuple(sorted(_JOINER_RANKS, key=_JOINER_RANKS.__getitem__))

MONTHS = _MONTHS  # month words of the language pack
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_UNIT_RE = "|".join(sorted(_UNITS, key=len, reverse=True))


def _alternation(*keys: str) -> str:
    """A regex alternation of the pack's phrases under the given roles, longest first."""
    phrases = {p for key in keys for p in _WORDS.phrases(key)}
    return "|".join(re.escape(p) for p in sorted(phrases, key=lambda p: (-len(p), p)))


def _one_phrase(key: str) -> str:
    """The one phrase the pack lists under a role."""
    phrases = _WORDS.phrases(key)
    if len(phrases) != 1:
        raise RegistryError(f"{_WORDS.path}: {key!r} must list exactly one phrase")
    return phrases[0]


_ORD = rf"(?:{_alternation('ordinal_suffixes')})?"
_LOOSE_COUNT = _one_phrase("loose_count")
_RANGE_JOIN = rf"(?:-|–|{_alternation('day_range_joiners')})"
_DAY_LEAD_RE = _alternation("same_day_leads", "before_day_leads", "indefinite_day_leads")
_DAY_RANGE_DM = re.compile(
    rf"^(\d{{1,2}}){_ORD} ?{_RANGE_JOIN} ?(\d{{1,2}}){_ORD} ({_MONTH_RE})(?: (\d{{4}}))?$")
_DAY_RANGE_MD = re.compile(
    rf"^({_MONTH_RE}) (\d{{1,2}}){_ORD} ?{_RANGE_JOIN} ?(\d{{1,2}}){_ORD}(?: (\d{{4}}))?$")
_AGO = re.compile(rf"^(?:(.+) )?({_UNIT_RE}) (?:{_alternation('ago_markers')})$")
_PAST = re.compile(rf"^({_alternation('trailing', 'counted_previous', 'recent')})(?: (.+))? ({_UNIT_RE})$")
_CALENDAR = re.compile(rf"^({_alternation('previous_unit', 'current_unit', 'earlier_in_unit', 'trailing_unit')}) "
                       rf"({'|'.join(map(re.escape, _CALENDAR_UNITS))})$")
_WEEKDAY = re.compile(rf"^(?:({_DAY_LEAD_RE}) )?({_WEEKDAY_RE})$")
_WEEKEND = re.compile(rf"^(?:({_DAY_LEAD_RE}) )?(?:{_alternation('weekend')})$")
_MONTH = re.compile(rf"^(?:({_alternation('month_leads')}) )?({_MONTH_RE})(?: (\d{{4}}))?$")
_YEAR = re.compile(rf"^(?:(?:{_alternation('year_words')}) )?(1[89]\d\d|2[01]\d\d)$")
_DAY_REWRITE_RES = tuple((re.compile(rf"\b{re.escape(k)}\b"), v) for k, v in _DAY_REWRITES)
_FUTURE_PHRASE = re.compile(rf"\b(?:{_alternation('future_phrases')})\b")
_DECADE = re.compile(r"^(1[89]\d0|2[01]\d0)s$")
_NUMERIC_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
_HAS_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")


def precision_for(start: date, end: date) -> TimePrecision:
    """ACLED precision of an interval: DAY if at most 1 day wide, WEEK if at most 7, else MONTH."""
    width = (end - start).days
    return TimePrecision.DAY if width <= 1 else TimePrecision.WEEK if width <= 7 else TimePrecision.MONTH


def _tokens(expression: str) -> list[str]:
    text = expression.lower().replace("’", "'")
    text = re.sub(r"'s\b|'", " ", text)
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # "mid-May", "twenty-five"
    text = re.sub(r"(?<!\d)[./]|[./](?!\d)", " ", text)  # keep 10.06.2014 and 10/06/2014
    text = re.sub(r"[^\w\s\-–/.]", " ", text)
    return text.split()


def _rewrite_words(tokens: list[str]) -> list[tuple[str, bool]]:
    """Tokens with each phrase of the pack's word rewrites replaced by its reading (longest phrase first),
    each marked whether it is such a reading."""
    lengths = sorted({len(phrase.split()) for phrase in _WORD_REWRITES}, reverse=True)
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(tokens):
        for n in lengths:
            if (reading := _WORD_REWRITES.get(" ".join(tokens[i:i + n]))) is not None:
                out.append((reading, True))
                i += n
                break
        else:
            out.append((tokens[i], False))
            i += 1
    return out


def _normalise(tokens: list[str]) -> list[str]:
    """Rewrite role phrases ("the last week" is the past week, "tonight" today); drop fillers and parts of the day."""
    text = " ".join(tok for tok, rewritten in _rewrite_words(tokens) if rewritten or tok not in _FILLERS)
    for pattern, reading in _DAY_REWRITE_RES:
        text = pattern.sub(reading, text)
    words = text.split()
    kept = [w for w in words if w not in _PARTS_OF_DAY]
    if len(words) == 1 and words[0] in _NIGHT_BEFORE:
        return words
    return kept


def _day(d: date, expression: str) -> DateSpan:
    return DateSpan(d, d, TimePrecision.DAY, expression)


def _month_span(year: int, month: int, expression: str) -> DateSpan:
    last = calendar.monthrange(year, month)[1]
    return DateSpan(date(year, month, 1), date(year, month, last), TimePrecision.MONTH, expression)


def _year_span(year: int, expression: str) -> DateSpan:
    return DateSpan(date(year, 1, 1), date(year, 12, 31), TimePrecision.MONTH, expression)


def _shift_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _minus(d: date, n: int, unit: str) -> date:
    if unit == "hour":
        return d - timedelta(days=math.ceil(n / 24))
    if unit in ("day", "week"):
        return d - timedelta(days=n * (7 if unit == "week" else 1))
    return _shift_months(d, -n * {"month": 1, "year": 12, "decade": 120}[unit])


def _count(words: str | None, unit: str) -> tuple[int, int] | None:
    """The count before a unit ("two", "a few", "24"); one if absent; None if open-ended."""
    if not words or words in _SINGLE_COUNTS:
        return (1, 1)
    rng = parse_number_range(words)
    if rng is None or rng.low is None or rng.high is None or rng.text.lower() != words:
        return None
    if rng.approximate and unit == "day":
        return min(rng.low, 7), min(rng.high, 7)
    return rng.low, rng.high


def _ago(count: str | None, unit: str, d: date, expression: str) -> DateSpan | None:
    if count is None and unit not in ("hour", "day", "week"):
        return None  # "years ago", "decades ago": too loose to place
    counted = _count(count or _LOOSE_COUNT, unit)
    if counted is None:
        return None
    low, high = counted
    if unit == "hour":  # whole days back, so "hours ago" keeps D
        start, end = d - timedelta(days=math.ceil(high / 24)), d - timedelta(days=low // 24)
        return DateSpan(start, end, precision_for(start, end), expression)
    if unit == "day":
        start, end = _minus(d, high, unit), _minus(d, low, unit)
        return DateSpan(start, end, precision_for(start, end), expression)
    if unit == "week":
        start, end = _minus(d, high, unit) - timedelta(days=3), _minus(d, low, unit) + timedelta(days=3)
        return DateSpan(start, end, precision_for(start, end), expression)
    if unit == "month":
        first, last = _shift_months(d, -high), _shift_months(d, -low)
        start = _month_span(first.year, first.month, expression).start
        return DateSpan(start, _month_span(last.year, last.month, expression).end, TimePrecision.MONTH, expression)
    years = 10 if unit == "decade" else 1
    return DateSpan(date(d.year - high * years, 1, 1), date(d.year - low * years, 12, 31),
                    TimePrecision.MONTH, expression)


def _past(lead: str, count: str | None, unit: str, d: date, expression: str) -> DateSpan | None:
    if lead in _RECENT:
        if count:
            return None
        count = _RECENT_COUNTS.get(unit)
        if count is None:
            return None
    elif lead in _COUNTED_PREVIOUS and not count:
        return None  # "last week" is a calendar unit; "the previous day" has no known anchor
    counted = _count(count, unit)
    if counted is None:
        return None
    start = _minus(d, counted[1], unit)
    return DateSpan(start, d, precision_for(start, d), expression)


def _calendar(lead: str, unit: str, d: date, expression: str) -> DateSpan:
    previous = lead in _PREVIOUS_UNIT
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        if previous:
            return DateSpan(monday - timedelta(days=7), monday - timedelta(days=1), TimePrecision.WEEK, expression)
        end = max(monday, d - timedelta(days=1)) if lead in _EARLIER_IN_UNIT else d
        return DateSpan(monday, end, TimePrecision.WEEK, expression)
    if unit == "month":
        if previous:
            prev = _shift_months(d, -1)
            return _month_span(prev.year, prev.month, expression)
        return DateSpan(d.replace(day=1), d, TimePrecision.MONTH, expression)
    if previous:
        return _year_span(d.year - 1, expression)
    return DateSpan(date(d.year, 1, 1), d, TimePrecision.MONTH, expression)


def _weekday(lead: str | None, name: str, d: date, expression: str) -> DateSpan:
    delta = (d.weekday() - _WEEKDAYS[name]) % 7 + 7 * (lead in _INDEFINITE)  # "a Monday": not the latest
    if delta == 0 and lead in _BEFORE_DAY_LEADS:
        delta = 7
    return _day(d - timedelta(days=delta), expression)


def _weekend(lead: str | None, d: date, expression: str) -> DateSpan:
    saturday = d - timedelta(days=(d.weekday() - 5) % 7)
    if lead in _BEFORE_DAY_LEADS and d.weekday() >= 5:
        saturday -= timedelta(days=7)
    return DateSpan(saturday, saturday + timedelta(days=1), TimePrecision.WEEK, expression)


def _apply_modifier(modifier: str, span: DateSpan, kind: str) -> DateSpan:
    """Narrow a month, year or decade to the part its modifier word names: a third, its start or its end."""
    s, e, expr = span.start, span.end, span.expression
    part = _MODIFIER_PARTS[modifier]
    if kind == "month":
        parts = {"first_third": (1, 10), "middle_third": (11, 20), "last_third": (21, e.day),
                 "start": (1, 7), "end": (e.day - 6, e.day)}
        lo, hi = parts[part]
        return DateSpan(s.replace(day=lo), s.replace(day=hi), TimePrecision.WEEK, expr)
    if kind == "year":
        parts = {"first_third": (1, 4), "middle_third": (5, 8), "last_third": (9, 12), "start": (1, 1), "end": (12, 12)}
        lo, hi = parts[part]
        return DateSpan(date(s.year, lo, 1), date(s.year, hi, calendar.monthrange(s.year, hi)[1]),
                        TimePrecision.MONTH, expr)
    if kind == "decade":
        parts = {"first_third": (0, 3), "middle_third": (3, 6), "last_third": (7, 9), "start": (0, 1), "end": (8, 9)}
        lo, hi = parts[part]
        return DateSpan(date(s.year + lo, 1, 1), date(s.year + hi, 12, 31), TimePrecision.MONTH, expr)
    return span


@lru_cache(maxsize=32)
def _parser(base: date | None) -> DateDataParser:
    """An English dateparser preferring past dates relative to ``base`` (fixed when unknown)."""
    relative = datetime(base.year, base.month, base.day) if base else datetime(2000, 1, 1)
    return DateDataParser(languages=["en"], settings={
        "PREFER_DATES_FROM": "past", "RELATIVE_BASE": relative, "STRICT_PARSING": False})


def _explicit(text: str, d: date | None, expression: str) -> tuple[DateSpan, str] | None:
    """An absolute date with a day ("June 10, 2014", "6 April", "2014-06-10") via dateparser."""
    words = [w for w in text.split() if w not in _WEEKDAYS]
    if not words or not (any(w in _MONTHS for w in words) or _NUMERIC_DATE.search(text)):
        return None
    if d is None and not _HAS_YEAR.search(text):
        return None
    try:
        data = _parser(d).get_date_data(" ".join(words))
    except Exception as exc:  # noqa: BLE001 - a third-party parser must not break extraction
        CAUGHT.add("dateparser", exc)
        return None
    if data.date_obj is None:
        return None
    found = data.date_obj.date()
    if data.period == "month":
        return _month_span(found.year, found.month, expression), "month"
    if data.period == "year":
        return _year_span(found.year, expression), "year"
    return _day(found, expression), "day"


def _day_range(text: str, d: date | None, expression: str) -> tuple[DateSpan, str] | None:
    m = _DAY_RANGE_DM.match(text)
    if m:
        first, last, month, year = m.group(1), m.group(2), m.group(3), m.group(4)
    elif m := _DAY_RANGE_MD.match(text):
        month, first, last, year = m.group(1), m.group(2), m.group(3), m.group(4)
    else:
        return None
    number = _MONTHS[month]
    if year is None:
        if d is None:
            return None
        year = d.year if (number, int(first)) <= (d.month, d.day) else d.year - 1
    try:
        start, end = date(int(year), number, int(first)), date(int(year), number, int(last))
    except ValueError:
        return None
    if end < start:
        return None
    return DateSpan(start, end, precision_for(start, end), expression), "interval"


def _base(text: str, d: date | None, expression: str) -> tuple[DateSpan, str] | None:
    """Resolve normalised text without modifiers; returns the span and its kind."""
    if m := _YEAR.match(text):
        return _year_span(int(m.group(1)), expression), "year"
    if m := _DECADE.match(text):
        y = int(m.group(1))
        return DateSpan(date(y, 1, 1), date(y + 9, 12, 31), TimePrecision.MONTH, expression), "decade"
    if m := _MONTH.match(text):
        number, year = _MONTHS[m.group(2)], m.group(3)
        if year is None and d is None:
            return None
        if year is None:
            assert d is not None  # checked just above
        y = int(year) if year else d.year if number <= d.month else d.year - 1  # type: ignore[union-attr]
        return _month_span(y, number, expression), "month"
    if d is None:
        return _explicit(text, d, expression)
    if text in _RELATIVE_DAYS:
        return _day(d - timedelta(days=_RELATIVE_DAYS[text]), expression), "day"
    if text in _NIGHT_BEFORE:
        return DateSpan(d - timedelta(days=1), d, TimePrecision.DAY, expression), "day"
    if m := _WEEKDAY.match(text):
        return _weekday(m.group(1), m.group(2), d, expression), "day"
    if m := _WEEKEND.match(text):
        return _weekend(m.group(1), d, expression), "week"
    if m := _CALENDAR.match(text):
        unit = _CALENDAR_UNITS[m.group(2)]
        if m.group(1) in _TRAILING_UNIT:
            found = _past(m.group(1), None, unit, d, expression)
            return (found, "interval") if found else None
        return _calendar(m.group(1), unit, d, expression), unit
    if m := _AGO.match(text):
        found = _ago(m.group(1), _UNITS[m.group(2)], d, expression)
        return (found, "interval") if found else None
    if m := _PAST.match(text):
        found = _past(m.group(1), m.group(2), _UNITS[m.group(3)], d, expression)
        return (found, "interval") if found else None
    return _explicit(text, d, expression)


def _split_interval(words: list[str]) -> tuple[list[str], list[str]] | None:
    for joiner in _INTERVAL_JOINERS:
        if joiner in words[1:-1]:
            i = words.index(joiner, 1)
            return words[:i], words[i + 1:]
    return None


def _resolve_words(words: list[str], d: date | None, expression: str) -> tuple[DateSpan, str] | None:
    """Resolve normalised words: "since X", "X to Y", a modifier, then a base expression."""
    if not words:
        return None
    if words[0] in _SINCE:
        anchor = _resolve_words(words[1:], d, expression)
        if anchor is None or d is None or anchor[0].start > d:
            return None
        return DateSpan(anchor[0].start, d, precision_for(anchor[0].start, d), expression), "interval"
    text = " ".join(words)
    if found := _day_range(text, d, expression):
        return found
    if (parts := _split_interval(words)) is not None:
        left, right = (_resolve_words(p, d, expression) for p in parts)
        if left is None or right is None or right[0].end < left[0].start:
            return None
        start, end = left[0].start, right[0].end
        return DateSpan(start, end, precision_for(start, end), expression), "interval"
    if words[0] in _MODIFIER_PARTS and len(words) > 1:
        inner = _resolve_words(words[1:], d, expression)
        if inner is None:
            return None
        return _apply_modifier(words[0], inner[0], inner[1]), inner[1]
    return _base(text, d, expression)


def _looks_future(expression: str) -> bool:
    tokens = _tokens(expression)
    text = " ".join(tokens)
    return any(t in _FUTURE for t in tokens) or bool(_FUTURE_PHRASE.search(text))


@lru_cache(maxsize=4096)
def _resolve(expression: str, published: date | None) -> DateSpan | None:
    if _looks_future(expression):
        return None
    # spaCy sometimes joins a date to the next words ("6 April, days before"): try the parts too
    for part in (expression, *expression.split(",")[:3]) if "," in expression else (expression,):
        try:
            span = _resolve_words(_normalise(_tokens(part)), published, expression)
        except (ValueError, OverflowError):  # outside the calendar ("9999 years ago")
            span = None
        if span is not None:
            break
    else:
        return None
    found = span[0]
    if published is not None:
        if found.start > published:
            return None
        if found.end > published:
            found = DateSpan(found.start, published, found.precision, expression)
    return found


def resolve_date(expression: str, published: date | None) -> DateSpan | None:
    """Resolve a date expression against the publication date; None if unknown, vague or future."""
    if not isinstance(expression, str) or not expression.strip():
        return None
    return _resolve(expression.strip(), published)


def is_future(expression: str, published: date | None) -> bool:
    """Whether an expression speaks of a time after publication ("tomorrow", "next year")."""
    if not isinstance(expression, str) or not expression.strip():
        return False
    if _looks_future(expression):
        return True
    if published is None:
        return False
    try:
        found = _resolve_words(_normalise(_tokens(expression.strip())), published, expression)
    except (ValueError, OverflowError):
        return False
    return found is not None and found[0].start > published
