"""Place-name normalisation: one matching key per spelling, and junk-alias filtering."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

from frontwatch.errors import RegistryError
from frontwatch.language import parse_yaml

_APOSTROPHES = "ʿʾʼʻ’‘`´'′ʹ\u02bf\u02be"
_PARTICLES_FILE = Path(__file__).resolve().parent.parent / "data" / "place_name_particles.yaml"
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_DOUBLE = re.compile(r"([a-z])\1+")
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")
_DROP_APOSTROPHES = {ord(mark): None for mark in _APOSTROPHES}


@lru_cache(maxsize=1)
def _particles() -> tuple[frozenset[str], tuple[str, ...]]:
    """(articles, spellings of 'tell') from the particles file."""
    try:
        raw = parse_yaml(_PARTICLES_FILE.read_text(encoding="utf-8"))
        return frozenset(raw["articles"]), tuple(raw["mound_spellings"])
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise RegistryError(f"{_PARTICLES_FILE}: cannot read place-name particles: {exc}") from exc


@lru_cache(maxsize=1 << 16)  # the same names recur across a text's readings, candidates and context
def fold(text: str) -> str:
    """Lower-case ASCII form: accents, apostrophe-like marks and punctuation removed."""
    if text.isascii():  # no accents to decompose (most names): NFKD leaves ASCII as it is
        plain = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.translate(_DROP_APOSTROPHES).lower().replace("-", " ").replace("_", " ").replace(".", " ")
    plain = _NON_WORD.sub(" ", plain)
    return _SPACES.sub(" ", plain).strip()


@lru_cache(maxsize=1 << 16)  # looked up for every name, candidate and qualifier of every text
def name_key(text: str) -> str:
    """The matching key of a place name: folded, articles and Tal/Tell unified, spelling-tolerant."""
    words = fold(text).split()
    if not words:
        return ""
    articles, mounds = _particles()
    if len(words) > 1 and words[0] in mounds:
        words[0] = mounds[0]
    stripped = [w for i, w in enumerate(words) if not (w in articles and i < len(words) - 1)]
    if stripped and len(" ".join(stripped)) >= 3:
        words = stripped
    out = []
    for word in words:
        word = _DOUBLE.sub(r"\1", word)
        if len(word) > 3 and word.endswith("ah"):
            word = word[:-1]
        out.append(word)
    return " ".join(out)


def is_latin(text: str) -> bool:
    """True when every letter of `text` is Latin (possibly accented)."""
    for char in text:
        if char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
            return False
    return True


def usable_alias(alias: str) -> bool:
    """False for junk aliases: codes (BGW, OSM), digits, 1–2 letter names, non-Latin scripts."""
    alias = alias.strip()
    if not alias or _CODE.match(alias) or not is_latin(alias):
        return False
    key = fold(alias)
    if len(key.replace(" ", "")) < 3 or key.replace(" ", "").isdigit():
        return False
    return any(c.isalpha() for c in key)
