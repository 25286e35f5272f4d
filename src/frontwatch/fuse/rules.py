"""The rules of the situation picture, read from data/fusion.yaml and validated on load."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from frontwatch.errors import RegistryError
from frontwatch.language import read_yaml, word_book

DEFAULT_RULES_FILE = Path(__file__).resolve().parents[1] / "data" / "fusion.yaml"
STATUSES = ("controls", "partial", "contested", "threatened", "lost")


@dataclass(frozen=True)
class FusionRules:
    """Thresholds and word lists used by fusion, control, population and ledgers."""

    max_km: float
    grid_km: float
    bucket_days: int
    date_window_days: dict[int, int]
    min_evidence_similarity: float
    compatible_sub_types: frozenset[frozenset[str]]
    confirm_outlets: int
    territorial_sub_types: frozenset[str]
    population_share: dict[str, float]
    counted_features: frozenset[str]
    claimed_population_what: frozenset[str]
    ledger_words: dict[str, tuple[str, ...]]

    def window(self, precision: int | None) -> int:
        """Days a report's date is widened by, from its time precision."""
        return self.date_window_days.get(int(precision or 1), max(self.date_window_days.values()))

    def sub_types_compatible(self, a: str, b: str) -> bool:
        """Whether two sub-event types may describe one event."""
        return a == b or frozenset((a, b)) in self.compatible_sub_types


def _fail(path: Path, problem: str) -> RegistryError:
    return RegistryError(f"{path}: {problem}; fix the fusion rules file")


def _section(raw: dict, key: str, path: Path) -> dict:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise _fail(path, f"needs a mapping {key!r}")
    return value


def _words(section: dict, key: str, path: Path) -> tuple[str, ...]:
    value = section.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise _fail(path, f"{key!r} must be a non-empty list of strings")
    return tuple(v.lower() for v in value)


def _names(section: dict, key: str, path: Path) -> tuple[str, ...]:
    _words(section, key, path)
    return tuple(section[key])


def _number(section: dict, key: str, path: Path) -> float:
    value = section.get(key)
    if not isinstance(value, (int, float)) or value < 0:
        raise _fail(path, f"{key!r} must be a non-negative number")
    return float(value)


def parse_rules(raw: object, path: Path) -> FusionRules:
    """FusionRules from the parsed YAML; RegistryError naming the problem when invalid."""
    if not isinstance(raw, dict):
        raise _fail(path, "top level must be a mapping")
    merge = _section(raw, "merge", path)
    windows = merge.get("date_window_days")
    if not isinstance(windows, dict) or not all(isinstance(k, int) and isinstance(v, int) for k, v in windows.items()):
        raise _fail(path, "merge.date_window_days must map precision 1/2/3 to days")
    pairs = merge.get("compatible_sub_types", [])
    if not isinstance(pairs, list) or not all(isinstance(p, list) and len(p) == 2 for p in pairs):
        raise _fail(path, "merge.compatible_sub_types must be a list of pairs")
    certainty = _section(raw, "certainty", path)
    control = _section(raw, "control", path)
    population = _section(raw, "population", path)
    share = population.get("share")
    if not isinstance(share, dict) or set(share) != set(STATUSES):
        raise _fail(path, f"population.share must give a share for each of {STATUSES}")
    ledgers = _section(raw, "ledgers", path)
    return FusionRules(
        max_km=_number(merge, "max_km", path),
        grid_km=max(_number(merge, "grid_km", path), _number(merge, "max_km", path)),
        bucket_days=max(1, int(_number(merge, "bucket_days", path))),
        date_window_days=dict(windows),
        min_evidence_similarity=_number(merge, "min_evidence_similarity", path),
        compatible_sub_types=frozenset(frozenset(p) for p in pairs),
        confirm_outlets=max(1, int(_number(certainty, "confirm_outlets", path))),
        territorial_sub_types=frozenset(_names(control, "territorial_sub_types", path)),
        population_share={k: float(v) for k, v in share.items()},
        counted_features=frozenset(_words(population, "counted_features", path)),
        # the description the extractor gives a report's own figure of the population under somebody's control
        claimed_population_what=frozenset({word_book("quantities").texts("descriptions")["under_control"]}),
        ledger_words={key: _with_categories(_words(ledgers, key, path)) for key in ledgers},
    )


def _with_categories(words: tuple[str, ...]) -> tuple[str, ...]:
    """Ledger words with the words of each count category among them (quantities.yaml `categories`)."""
    members: dict[str, list[str]] = {}
    for lists in word_book("quantities").mapping("categories").values():  # nouns, events (validated by the extractor)
        for name, listed in lists.items() if isinstance(lists, dict) else ():
            members.setdefault(name, []).extend(listed)
    return tuple(dict.fromkeys(m.lower() for w in words for m in (w, *members.get(w, ()))))


def load_rules(path: Path | None = None) -> FusionRules:
    """The fusion rules from a YAML file (default: the packaged data/fusion.yaml)."""
    return _load_cached(Path(path or DEFAULT_RULES_FILE))


@lru_cache(maxsize=4)
def _load_cached(path: Path) -> FusionRules:
    rules = parse_rules(read_yaml(path, "fusion rules"), path)
    for key in ("forces", "forces_exclude", "prisoners", "prisoner_release", "assets", "displacement"):
        if key not in rules.ledger_words:
            raise _fail(path, f"ledgers.{key} is missing")
    return rules
