"""The language pack: every English word list, lexicon and pattern file lives in data/<language>/,
read here once and validated; Python elsewhere holds mechanisms and asks the pack by key."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from frontwatch.errors import RegistryError

LANGUAGE = "en"
DATA_DIR = Path(__file__).parent / "data"
SETTINGS_FILE = DATA_DIR / "extraction_settings.yaml"

__all__ = ["LANGUAGE", "SETTINGS_FILE", "WordBook", "invert", "leaves", "pack_dir", "parse_yaml", "read_mapping",
           "read_yaml", "settings", "word_book", "word_zipf"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's safe loader where PyYAML was built with it


def parse_yaml(text: str) -> Any:
    """YAML text's content as `yaml.safe_load` reads it, by libyaml's loader when PyYAML has it (~8x faster)."""
    return yaml.load(text, Loader=_LOADER)  # a safe loader (libyaml's or PyYAML's)


def read_yaml(path: Path, what: str) -> object:
    """A YAML file's content, or a RegistryError saying which file (`what`) could not be read."""
    try:
        return parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RegistryError(f"{path}: cannot read {what}: {exc}") from exc


def read_mapping(path: Path, what: str, needs: str, **sections: type) -> dict:
    """A YAML file's mapping, its named `sections` of their types, else a RegistryError saying what it `needs`."""
    raw = read_yaml(path, what)
    if not isinstance(raw, dict) or not all(isinstance(raw.get(key), kind) for key, kind in sections.items()):
        raise RegistryError(f"{path}: {needs}")
    return raw


def leaves(words: list) -> list:
    """The items of a list, a list inside it (a YAML alias of another list) giving its own items in its place."""
    return [leaf for word in words for leaf in (leaves(word) if isinstance(word, list) else [word])]


def invert(lists: Mapping[str, object], where: str) -> dict[str, tuple[str, ...]]:
    """Named word lists turned round: each word (lower case) to the names of the lists it is in (a list named
    inside a list, a YAML alias of another's words, lends its words)."""
    inverted: dict[str, list[str]] = {}
    for name, words in lists.items():
        if not isinstance(words, list):
            raise RegistryError(f"{where}: {name!r} must list words")
        for word in leaves(words):
            inverted.setdefault(str(word).lower(), []).append(str(name))
    return {word: tuple(names) for word, names in inverted.items()}


def pack_dir(language: str = LANGUAGE) -> Path:
    """The folder of a language pack."""
    return DATA_DIR / language


@dataclass(frozen=True)
class WordBook:
    """One file of the language pack: named word lists and word mappings."""

    path: Path
    data: Mapping[str, object]

    def _get(self, key: str) -> object:
        if key not in self.data:
            raise RegistryError(f"{self.path}: no entry {key!r}; add it to the language pack")
        return self.data[key]

    def words(self, *keys: str) -> frozenset[str]:
        """A list of words (lower case) as a set; of several keys, the lists a reader takes together."""
        return frozenset(word for key in keys for word in self.phrases(key))

    def phrases(self, key: str) -> tuple[str, ...]:
        """A list of words or phrases (lower case), longest first."""
        value = self._get(key)
        if not isinstance(value, list) or not all(isinstance(v, str | int) and not isinstance(v, bool) for v in value):
            raise RegistryError(f"{self.path}: {key!r} must be a list of words (quote 'on', 'no', 'yes', 'off')")
        return tuple(sorted({str(v).lower() for v in value}, key=lambda p: (-len(p), p)))

    def mapping(self, key: str) -> dict[str, object]:
        """A mapping from words (lower case) to values."""
        value = self._get(key)
        if not isinstance(value, dict):
            raise RegistryError(f"{self.path}: {key!r} must map words to values")
        return {str(k).lower(): v for k, v in value.items()}

    def texts(self, key: str) -> dict[str, str]:
        """A mapping from words (lower case) to words."""
        return {k: str(v) for k, v in self.mapping(key).items()}

    def numbers(self, key: str, among: Collection[str] | None = None) -> dict[str, int]:
        """A mapping from words (lower case; if given, words `among` those another list names) to whole numbers."""
        mapping = self.mapping(key)
        numbers = {k: v for k, v in mapping.items() if isinstance(v, int) and not isinstance(v, bool)}
        if len(numbers) != len(mapping):
            raise RegistryError(f"{self.path}: {key!r} must map words to whole numbers")
        if among is not None and (strays := sorted(set(numbers) - set(among))):
            raise RegistryError(f"{self.path}: {key!r} maps {', '.join(strays)}, not among {', '.join(sorted(among))}")
        return numbers

    def section(self, key: str) -> object:
        """An entry as written (a structured section its reader validates)."""
        return self._get(key)


@lru_cache(maxsize=64)
def word_book(name: str, language: str = LANGUAGE) -> WordBook:
    """The pack file data/<language>/<name>.yaml, read once."""
    path = pack_dir(language) / f"{name}.yaml"
    return WordBook(path, read_mapping(path, "language pack file", "a language pack file is a mapping of named lists"))


def settings(section: str, *names: str) -> tuple[int, ...]:
    """The named whole numbers of a section of the extraction's hand-set numbers (data/extraction_settings.yaml)."""
    numbers = _settings().numbers(section)
    if missing := [name for name in names if name not in numbers]:
        raise RegistryError(f"{SETTINGS_FILE}: {section!r} names no {', '.join(missing)}; add it with its reason")
    return tuple(numbers[name] for name in names)


@lru_cache(maxsize=1)
def _settings() -> WordBook:
    return WordBook(SETTINGS_FILE, read_mapping(SETTINGS_FILE, "the extraction settings", "a mapping of sections"))


@lru_cache(maxsize=65_536)
def word_zipf(word: str, language: str = LANGUAGE) -> float:
    """How common a word is in the language: wordfreq's Zipf frequency of its lower-case form (log10 of uses per
    billion words: about 7 for "the", 6 for "time", 4 for a large city's name, 0 for a word it has not seen)."""
    from wordfreq import zipf_frequency  # its lists load on first use (~1 s)

    return float(zipf_frequency(word.lower(), language))
