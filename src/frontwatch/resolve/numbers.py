"""Read counts from news wording ("between 2,000 and 3,000", "tens of thousands") as ranges.

Conventions (the vocabulary lives in the language pack, ``data/en/numbers.yaml``):

- A range is ``NumberRange(low, high)``; ``None`` on a side means open-ended.
- Bounds are the stated figures: "more than 1,200" is (1200, None) and
  "fewer than 10" is (None, 10), so ranges read from a report always contain
  the true value and overlap tests stay generous.
- "about / nearly / some N" is (N, N) with ``approximate=True``; loose counts
  ("dozens", "several", "hundreds") are approximate too.
- Shares ("40%", "40 percent") and money ("$5m", "5 million dollars") are not
  counts: ``parse_number_range`` returns None for them.
- Years are parsed as numbers ("2014" is (2014, 2014)); callers use
  ``looks_like_year`` to tell a date from a count.
- Ordinals ("second", "2nd") are not numbers.
- "a"/"an" count one only at the start of a span followed by a noun
  ("a soldier" is (1, 1)); "a" alone is None.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property, lru_cache
from typing import Any

from frontwatch.errors import RegistryError
from frontwatch.language import pack_dir, read_yaml

__all__ = ["NumberRange", "NumberWords", "load_number_words", "looks_like_year", "spelled_number_pattern",
           "number_value", "parse_number_range"]


@dataclass(frozen=True)
class NumberRange:
    """A count as a report gives it: low/high bounds (None = open), approximate flag, matched text."""

    low: int | None
    high: int | None
    approximate: bool = False
    text: str = ""

    def toll(self) -> tuple[int | None, int | None]:
        """(low, high) as a death toll is coded: a count bounded above only at its bound ("up to 27 killed": 27)."""
        return (self.high, self.high) if self.low is None else (self.low, self.high)


Bound = tuple[int, int | None]


@dataclass(frozen=True)
class NumberWords:
    """The validated number vocabulary of ``data/en/numbers.yaml``."""

    units: Mapping[str, int]
    tens: Mapping[str, int]
    scales: Mapping[str, int]
    counting_nouns: Mapping[str, int]
    suffix_scales: Mapping[str, int]
    vague_plurals: Mapping[str, Bound]
    vague_counts: Mapping[tuple[str, ...], Bound]
    approximators: tuple[tuple[str, ...], ...]
    approximate_suffixes: tuple[tuple[str, ...], ...]
    lower_bounds: tuple[tuple[str, ...], ...]
    lower_suffixes: tuple[tuple[str, ...], ...]
    upper_bounds: tuple[tuple[str, ...], ...]
    upper_suffixes: tuple[tuple[str, ...], ...]
    percent_words: tuple[tuple[str, ...], ...]
    currency_symbols: frozenset[str]
    currency_words: tuple[tuple[str, ...], ...]
    not_one_after_article: frozenset[str]
    range_joiners: frozenset[str]

    @cached_property
    def vague_phrases(self) -> tuple[tuple[str, ...], ...]:
        """The vague counts' phrases, longest first (sorted once)."""
        return tuple(sorted(self.vague_counts, key=len, reverse=True))


_INT_MAPS = ("units", "tens", "scales", "counting_nouns", "suffix_scales")
_BOUND_MAPS = ("vague_plurals", "vague_counts")
_PHRASE_LISTS = ("approximators", "approximate_suffixes", "lower_bounds", "lower_suffixes",
                 "upper_bounds", "upper_suffixes", "percent_words", "currency_words")
_WORD_SETS = ("currency_symbols", "not_one_after_article", "range_joiners")


def _phrase(words: str) -> tuple[str, ...]:
    return tuple(_token_texts(words.lower()))


def _check_bound(origin: str, value: Any) -> Bound:
    ok = (isinstance(value, list) and len(value) == 2 and isinstance(value[0], int)
          and (value[1] is None or (isinstance(value[1], int) and value[1] >= value[0])))
    if not ok:
        raise RegistryError(f"{origin}: a bound is [low, high] with integers, high >= low or null")
    return value[0], value[1]


def _validate(raw: Any, origin: str) -> NumberWords:
    if not isinstance(raw, dict):
        raise RegistryError(f"{origin}: the number vocabulary must be a mapping of sections")
    missing = [k for k in (*_INT_MAPS, *_BOUND_MAPS, *_PHRASE_LISTS, *_WORD_SETS) if k not in raw]
    if missing:
        raise RegistryError(f"{origin}: missing section(s) {', '.join(missing)}")
    fields: dict[str, Any] = {}
    for key in _INT_MAPS:
        section = raw[key]
        if not isinstance(section, dict) or not all(
                isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in section.values()):
            raise RegistryError(f"{origin}: '{key}' maps words to non-negative integers")
        fields[key] = {str(k).lower(): v for k, v in section.items()}
    for key in _BOUND_MAPS:
        section = raw[key]
        if not isinstance(section, dict):
            raise RegistryError(f"{origin}: '{key}' maps words to [low, high]")
        bounds = {str(k).lower(): _check_bound(f"{origin}: {key}.{k}", v) for k, v in section.items()}
        fields[key] = bounds if key == "vague_plurals" else {_phrase(k): v for k, v in bounds.items()}
    for key in (*_PHRASE_LISTS, *_WORD_SETS):
        section = raw[key]
        if not isinstance(section, list) or not all(isinstance(v, str) and v.strip() for v in section):
            raise RegistryError(f"{origin}: '{key}' is a list of non-empty strings")
        if key in _WORD_SETS:
            fields[key] = frozenset(v.lower() for v in section)
        else:  # longest phrases first, so "no more than" wins over "more than"
            fields[key] = tuple(sorted({_phrase(v) for v in section}, key=len, reverse=True))
    return NumberWords(**fields)


@lru_cache(maxsize=1)
def load_number_words() -> NumberWords:
    """Load and validate the bundled number vocabulary (raises RegistryError if malformed)."""
    path = pack_dir() / "numbers.yaml"
    return _validate(read_yaml(path, "number vocabulary"), str(path))


# --- tokens -------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"(?P<sym>us\$)"
    r"|(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)(?P<suf>[a-z]+)?"
    r"|(?P<word>[a-z]+)"
    r"|(?P<other>[%$£€¥₹₽+\-–—])"
)
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th", "s"})
_DASHES = frozenset({"-", "–", "—"})


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    number: Decimal | None = None
    suffix: str = ""


def _tokens(text: str) -> list[_Token]:
    lowered = text.lower().replace("’", "'")
    out = []
    for m in _TOKEN.finditer(lowered):
        if m.group("num"):
            out.append(_Token(m.group("num"), m.start(), m.end(),
                              Decimal(m.group("num").replace(",", "")), m.group("suf") or ""))
        else:
            out.append(_Token(m.group(0), m.start(), m.end()))
    return out


def _token_texts(text: str) -> list[str]:
    return [t.text + t.suffix for t in _tokens(text)]


@lru_cache(maxsize=32)
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases by their first word, each word's in their order (the vocabulary's lists are fixed)."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        found.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(listed) for word, listed in found.items()}


def _match_at(tokens: list[_Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the longest phrase starting at token i (0 if none): the first of `phrases`, in their order, there."""
    for phrase in _by_first_word(phrases).get(tokens[i].text, ()) if i < len(tokens) else ():
        n = len(phrase)
        if tuple(t.text for t in tokens[i:i + n]) == phrase:
            return n
    return 0


def _match_before(tokens: list[_Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the longest phrase ending just before token i (0 if none)."""
    for phrase in phrases:
        n = len(phrase)
        if n <= i and tuple(t.text for t in tokens[i - n:i]) == phrase:
            return n
    return 0


# --- cores: the number itself ---------------------------------------------------------------

@dataclass(frozen=True)
class _Core:
    low: int | None
    high: int | None
    end: int  # index after the last token used
    approximate: bool = False
    scale: int | None = None  # trailing scale word, shared with a bare first figure of a range


def _word(tokens: list[_Token], i: int) -> str:
    return tokens[i].text if i < len(tokens) and tokens[i].number is None else ""


def _exact(tokens: list[_Token], i: int, lex: NumberWords) -> _Core | None:
    """An exact figure starting at token i: digits, number words, or both ("1.5 million")."""
    if i >= len(tokens):
        return None
    first = tokens[i]
    total, current, last, scale, big_limit, j = Decimal(0), Decimal(0), "", 0, 0, i
    if first.number is not None:
        if first.suffix in _ORDINAL_SUFFIXES:
            return None
        if first.suffix in lex.suffix_scales:  # "5m", "10k"
            value = first.number * lex.suffix_scales[first.suffix]
            if value != int(value):
                return None
            return _Core(int(value), int(value), i + 1, scale=lex.suffix_scales[first.suffix])
        current, last, j = first.number, "digits", i + 1
    elif first.text in ("a", "an") and (_word(tokens, i + 1) in lex.scales
                                        or _word(tokens, i + 1) in lex.counting_nouns):
        current, last, j = Decimal(1), "unit", i + 1  # "a hundred", "a dozen"
    while j < len(tokens):
        w = _word(tokens, j)
        if w in lex.units and (last in ("", "hundred", "big", "and")
                               or (last in ("tens", "tens-dash") and 0 < lex.units[w] < 10)):
            current, last, j = current + lex.units[w], "unit", j + 1
        elif w in lex.tens and last in ("", "hundred", "big", "and"):
            current, last, j = current + lex.tens[w], "tens", j + 1
            if _dash_then_unit(tokens, j, lex):
                last, j = "tens-dash", j + 1  # "twenty-five"
        elif lex.scales.get(w, 1000) < 1000 and last in ("unit", "digits") and current < 100:
            current, last, scale, j = current * lex.scales[w], "hundred", lex.scales[w], j + 1
        elif (lex.scales.get(w, 0) >= 1000 and last in ("unit", "tens", "hundred", "digits")
              and (not big_limit or lex.scales[w] < big_limit)):
            total, current, big_limit = total + current * lex.scales[w], Decimal(0), lex.scales[w]
            last, scale, j = "big", lex.scales[w], j + 1
        elif w in lex.counting_nouns and last in ("unit", "digits") and current < 100:
            current, last, scale, j = current * lex.counting_nouns[w], "counted", lex.counting_nouns[w], j + 1
            break  # "two dozen" ends the figure
        elif w == "and" and last in ("hundred", "big") and (
                _word(tokens, j + 1) in lex.units or _word(tokens, j + 1) in lex.tens):
            last, j = "and", j + 1  # "one hundred and twenty"
        else:
            break
    if last == "":
        return None
    value = total + current
    if value != int(value):
        return None
    return _Core(int(value), int(value), j, scale=scale if last in ("hundred", "big", "counted") else None)


def _dash_then_unit(tokens: list[_Token], j: int, lex: NumberWords) -> bool:
    return (j + 1 < len(tokens) and tokens[j].text in _DASHES
            and 0 < lex.units.get(_word(tokens, j + 1), 0) < 10)


def _vague(tokens: list[_Token], i: int, lex: NumberWords) -> _Core | None:
    """A loose count at token i: "several hundred", "a few", "tens of thousands", "dozens"."""
    n = _match_at(tokens, i, lex.vague_phrases)
    if n:
        low, high = lex.vague_counts[tuple(t.text for t in tokens[i:i + n])]
        j = i + n + (1 if _word(tokens, i + n) == "of" else 0)
        w = _word(tokens, j)
        mult = lex.scales.get(w) or lex.counting_nouns.get(w) or lex.vague_plurals.get(w, (0, None))[0]
        if mult:  # "several hundred", "a few dozen", "a couple of thousands"
            return _Core(low * mult, None if high is None else high * mult, j + 1, True, mult)
        return _Core(low, high, i + n, True)
    w = _word(tokens, i)
    if w not in lex.vague_plurals:
        return None
    low, high = lex.vague_plurals[w]
    j = i + 1
    while _word(tokens, j) == "of" and _word(tokens, j + 1) in lex.vague_plurals:
        low, high = low * lex.vague_plurals[_word(tokens, j + 1)][0], None
        j += 2
    return _Core(low, high, j, True)


def _core(tokens: list[_Token], i: int, lex: NumberWords) -> _Core | None:
    return _vague(tokens, i, lex) or _exact(tokens, i, lex)


# --- the phrase around the core ---------------------------------------------------------------

def _with_range(tokens: list[_Token], first: _Core, between: bool, lex: NumberWords) -> _Core:
    """Extend a figure into a range when a joiner and a second figure follow it."""
    j = first.end
    joiner = tokens[j].text if j < len(tokens) and tokens[j].number is None else ""
    if not (joiner in lex.range_joiners or (between and joiner == "and")):
        return first
    second = _core(tokens, j + 1, lex)
    if second is None:
        return first
    low = first.low
    if low is not None and first.scale is None and second.scale and low * second.scale <= (second.low or 0):
        low *= second.scale  # "two to three thousand", "1-2 million"
    return _Core(low, second.high, second.end, first.approximate or second.approximate, second.scale)


def _is_money_or_share(tokens: list[_Token], start: int, end: int, lex: NumberWords) -> bool:
    if start > 0 and tokens[start - 1].text in lex.currency_symbols:
        return True
    return bool(_match_at(tokens, end, lex.percent_words) or _match_at(tokens, end, lex.currency_words))


def _article_one(tokens: list[_Token], text: str, lex: NumberWords) -> NumberRange | None:
    if len(tokens) >= 2 and tokens[0].text in ("a", "an") and tokens[0].start == len(text) - len(text.lstrip()):
        noun = _word(tokens, 1)
        if noun and noun not in lex.not_one_after_article and noun not in ("of", "and", "or"):
            return NumberRange(1, 1, False, text[tokens[0].start:tokens[1].end])
    return None


def parse_number_range(text: str) -> NumberRange | None:
    """Read the first count in a span ("at least 500", "2,000-3,000", "dozens") as a NumberRange."""
    if not isinstance(text, str) or not text.strip():
        return None
    lex = load_number_words()
    tokens = _tokens(text)
    for i in range(len(tokens)):
        core = _core(tokens, i, lex)
        if core is not None:
            break
    else:
        return _article_one(tokens, text, lex)
    start = i
    between = start > 0 and tokens[start - 1].text == "between"
    core = _with_range(tokens, core, between, lex)
    low, high, approximate, end = core.low, core.high, core.approximate, core.end
    if between:
        start -= 1
    lower = upper = False
    n = _match_before(tokens, start, lex.lower_bounds)
    if n:
        lower, start = True, start - n
    elif n := _match_before(tokens, start, lex.upper_bounds):
        upper, start = True, start - n
    elif n := _match_before(tokens, start, lex.approximators):
        approximate, start = True, start - n
    if end < len(tokens) and tokens[end].text in _DASHES and _match_at(
            tokens, end + 1, lex.lower_suffixes + lex.approximate_suffixes):
        end += 1  # "200-odd", "500-plus"
    if n := _match_at(tokens, end, lex.lower_suffixes):
        lower, end = True, end + n
    elif n := _match_at(tokens, end, lex.upper_suffixes):
        upper, end = True, end + n
    elif n := _match_at(tokens, end, lex.approximate_suffixes):
        approximate, end = True, end + n
    if _is_money_or_share(tokens, start, end, lex):
        return None
    if lower:
        high = None
    elif upper:
        low, high = None, high if high is not None else low
    if low is not None and high is not None and low > high:
        low, high = high, low
    return NumberRange(low, high, approximate, text[tokens[start].start:tokens[end - 1].end])


def number_value(word: str) -> int | None:
    """The value of one number written in digits or words ("12", "2,000", "twenty-five", "5m")."""
    if not isinstance(word, str):
        return None
    lex = load_number_words()
    tokens = _tokens(word)
    if not tokens:
        return None
    core = _exact(tokens, 0, lex)
    if core is None or core.end != len(tokens):
        return None
    return core.low


_YEAR = re.compile(r"^\s*(1[89]\d\d|2[01]\d\d)s?\s*$")
_CLOCK = re.compile(r"^\s*([01]?\d|2[0-3]):[0-5]\d\s*$")


def spelled_number_pattern() -> str:
    """A number in words as a regular expression (numbers.yaml's words): a unit or a ten, a scale after it or after
    "a" ("fifteen", "two hundred", "a hundred"); `number_value` reads what it matches."""
    lex = load_number_words()
    words, scales = (sorted(w, key=len, reverse=True) for w in ({*lex.units, *lex.tens}, lex.scales))
    scale = "|".join(map(re.escape, scales))
    return rf"(?:(?:{'|'.join(map(re.escape, words))})(?:\s+(?:{scale}))?|a\s+(?:{scale}))"


def looks_like_year(text: str) -> bool:
    """Whether a figure reads as a year or decade ("2014", "1990s") rather than a count."""
    return bool(_YEAR.match(text)) if isinstance(text, str) else False


def looks_like_clock(text: str) -> bool:
    """Whether a figure reads as a time of day ("22:30", "7:05": a live entry's stamp) rather than a count."""
    return bool(_CLOCK.match(text)) if isinstance(text, str) else False
