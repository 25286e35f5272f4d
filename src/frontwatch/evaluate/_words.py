"""When the words of two quantity descriptions ("prisoners freed", "prisoners") agree."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")

# Function words and quantifiers that carry no meaning for what is being counted.
_STOP_WORDS = frozenset(
    """a an the of in on at to for from by with without into onto about over under than
    as and or but nor not no per via its their his her our your my this that these those
    there here who whom whose which what when where while during since until after before
    is are was were be been being has have had do does did will would can could may might
    some any all each every more most less least many much several few about around nearly
    almost approximately roughly up down out off least total number estimated estimate
    some other another such very also just only""".split()
)


def stem(word: str) -> str:
    """A light suffix-stripping stem: plural -s/-es/-ies, -ed, -ing, final -e, doubled consonant."""
    w = word.casefold()
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("sses"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 4 and w.endswith("ied"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w


def content_words(text: str) -> frozenset[str]:
    """The stemmed content words of a description, function words and numbers removed."""
    return frozenset(
        stem(w) for w in _WORD.findall(text or "") if w.casefold() not in _STOP_WORDS and len(w) > 1
    )


def words_agree(gold_what: str, system_what: str) -> bool:
    """True when both have content words and one side's content words all occur in the other's."""
    gold, system = content_words(gold_what), content_words(system_what)
    return bool(gold) and bool(system) and (gold <= system or system <= gold)


def word_overlap(gold_what: str, system_what: str) -> float:
    """Jaccard overlap of the two content-word sets (0 when either is empty)."""
    gold, system = content_words(gold_what), content_words(system_what)
    union = gold | system
    return len(gold & system) / len(union) if union else 0.0
