"""Trigger-rule sentence typing over data/event_triggers.yaml (regular expressions, no parse)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from frontwatch.errors import RegistryError
from frontwatch.language import read_yaml
from frontwatch.taxonomy import load_taxonomy

DEFAULT_TRIGGERS_FILE = Path(__file__).parents[1] / "data" / "event_triggers.yaml"
WINDOW = 80
IRREALIS_WINDOW = 30
_NAME = re.compile(r"\{([a-z_]+)\}")
_UPPER = re.compile(r"(?<!\\)[A-Z]")
_FOLDED = frozenset("\u0131\u017f")  # dotless i, long s: IGNORECASE matches them as i, s; lower() keeps them


@dataclass(frozen=True)
class RuleMatch:
    """A trigger that fired: label, priority, and the trigger's text and offsets."""

    label: str
    priority: int
    trigger: str
    start: int
    end: int


@dataclass(frozen=True)
class _Rule:
    label: str
    priority: int
    triggers: re.Pattern[str]
    requires: tuple[re.Pattern[str], ...]
    before: tuple[re.Pattern[str], ...]
    after: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]
    lowered: re.Pattern[str] | None = None  # the triggers without IGNORECASE, for a lower-cased text (faster)

    def matches(self, text: str, lower: str | None = None) -> list[RuleMatch]:
        """The rule's matches in `text`; `lower`: the text lower-cased, offset for offset (see _lowered)."""
        triggers, searched = (self.lowered, lower) if self.lowered is not None and lower is not None else (
            self.triggers, text)
        if not triggers.search(searched):  # most rules' triggers are not in a sentence: their conditions go unread
            return []
        if self.requires and not any(p.search(text) for p in self.requires):
            return []
        if any(p.search(text) for p in self.unless):
            return []
        found = []
        for m in triggers.finditer(searched):
            left = text[max(0, m.start() - WINDOW) : m.start()]
            right = text[m.end() : m.end() + WINDOW]
            if self.before and not any(p.search(left) for p in self.before):
                continue
            if self.after and not any(p.search(right) for p in self.after):
                continue
            found.append(RuleMatch(self.label, self.priority, text[m.start() : m.end()], m.start(), m.end()))
        return found


class RuleTyper:
    """Types sentences by the highest-priority trigger that fires."""

    def __init__(
        self,
        rules: Sequence[_Rule],
        irrealis: Sequence[re.Pattern[str]] = (),
        irrealis_except: Sequence[re.Pattern[str]] = (),
    ) -> None:
        self._rules = tuple(rules)
        self._irrealis = tuple(irrealis)
        self._irrealis_except = tuple(irrealis_except)

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels this rule set can emit."""
        return tuple(dict.fromkeys(r.label for r in self._rules))

    def matches(self, text: str) -> list[RuleMatch]:
        """Every trigger that fires in `text`, best first (priority, then position)."""
        lower = _lowered(text)
        found = [
            m for rule in self._rules for m in rule.matches(text, lower) if not self._is_irrealis(text, m.start)
        ]
        return sorted(found, key=lambda m: (-m.priority, m.start))

    def _is_irrealis(self, text: str, start: int) -> bool:
        left = text[max(0, start - IRREALIS_WINDOW) : start]
        return any(p.search(left) for p in self._irrealis) and not any(
            p.search(left) for p in self._irrealis_except
        )

    def locate(self, text: str, label: str) -> RuleMatch | None:
        """Where a label's trigger words occur in `text`, ignoring the rules' conditions: the
        predicate of a sentence another layer typed."""
        found = [RuleMatch(r.label, r.priority, m.group(0), m.start(), m.end())
                 for r in self._rules if r.label == label for m in r.triggers.finditer(text)]
        return min(found, key=lambda m: m.start) if found else None

    def best(self, text: str) -> RuleMatch | None:
        """The winning trigger of `text`, or None when no trigger fires."""
        found = self.matches(text)
        return found[0] if found else None


def _lowered(text: str) -> str | None:
    """The text lower-cased when that keeps every offset and what an IGNORECASE pattern of lower-case ASCII
    letters matches in it (no dotless i or long s, which such a pattern matches as i and s), else None."""
    lower = text.lower()
    return lower if len(lower) == len(text) and not _FOLDED.intersection(text) else None


def _case_free(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """An IGNORECASE pattern without the flag, for lower-cased text, when it is ASCII with no upper-case letter
    (outside escapes such as \\S); else None."""
    source = pattern.pattern
    return None if not source.isascii() or _UPPER.search(source) else re.compile(source)


def _compile(pattern: str, context: dict[str, str], where: str, wrap: bool = True) -> re.Pattern[str]:
    def expand(m: re.Match[str]) -> str:
        if m.group(1) not in context:
            raise RegistryError(f"{where}: unknown context name {{{m.group(1)}}}")
        return context[m.group(1)]

    source = _NAME.sub(expand, pattern)
    if wrap:
        source = rf"\b(?:{source})\b"
    try:
        return re.compile(source, re.IGNORECASE)
    except re.error as exc:
        raise RegistryError(f"{where}: bad pattern {pattern!r}: {exc}") from exc


def _patterns(spec: dict, key: str, context: dict[str, str], where: str) -> tuple[re.Pattern[str], ...]:
    values = spec.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise RegistryError(f"{where}: '{key}' must be a list of strings")
    return tuple(_compile(v, context, where, wrap=True) for v in values)


def parse_triggers(raw: object, where: str) -> RuleTyper:
    """Validate a loaded trigger document and compile it into a RuleTyper."""
    if not isinstance(raw, dict) or not isinstance(raw.get("labels"), dict):
        raise RegistryError(f"{where}: needs a mapping 'labels'")
    context = raw.get("context", {}) or {}
    if not isinstance(context, dict):
        raise RegistryError(f"{where}: 'context' must be a mapping")
    known = set(load_taxonomy().all_codes())
    rules: list[_Rule] = []
    for label, spec in raw["labels"].items():
        here = f"{where}: {label}"
        if label not in known:
            raise RegistryError(f"{here}: not a CASE code of the taxonomy")
        if not isinstance(spec, dict) or not isinstance(spec.get("rules"), list):
            raise RegistryError(f"{here}: needs 'priority' and a list 'rules'")
        default: int = int(spec.get("priority", 50))
        for i, rule in enumerate(spec["rules"]):
            rwhere = f"{here} rule {i + 1}"
            if not isinstance(rule, dict) or not rule.get("triggers"):
                raise RegistryError(f"{rwhere}: needs 'triggers'")
            triggers = _patterns(rule, "triggers", context, rwhere)
            joined = re.compile("|".join(f"(?:{p.pattern})" for p in triggers), re.IGNORECASE)
            rules.append(
                _Rule(
                    label=label,
                    priority=int(rule.get("priority", default)),
                    triggers=joined,
                    requires=_patterns(rule, "requires", context, rwhere),
                    before=_patterns(rule, "before", context, rwhere),
                    after=_patterns(rule, "after", context, rwhere),
                    unless=_patterns(rule, "unless", context, rwhere),
                    lowered=_case_free(joined),
                )
            )
    irrealis, except_ = (tuple(_compile(p, context, f"{where}: {key}", wrap=False) for p in raw.get(key, []))
                         for key in ("irrealis_before", "irrealis_except"))
    return RuleTyper(rules, irrealis, except_)


@lru_cache(maxsize=4)
def load_rules(path: Path = DEFAULT_TRIGGERS_FILE) -> RuleTyper:
    """Load, validate and compile a trigger lexicon (the packaged one by default)."""
    return parse_triggers(read_yaml(path, "trigger file"), str(path))
