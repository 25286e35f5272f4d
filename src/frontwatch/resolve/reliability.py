"""Source reliability per outlet (Admiralty A-F), set by the user in a YAML file."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from frontwatch.errors import RegistryError
from frontwatch.language import parse_yaml
from frontwatch.model import Certainty

GRADES = {
    "A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
    "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged",
}
UNJUDGED = "F"
# Admiralty information credibility from frontwatch's certainty: 1 confirmed by other
# sources, 3 possibly true, 4 doubtful (a party's own claim).
CREDIBILITY = {Certainty.CONFIRMED: 1, Certainty.REPORTED: 3, Certainty.CLAIMED: 4}


@dataclass(frozen=True)
class SourceReliability:
    """Outlet name (case-insensitive) → Admiralty reliability grade."""

    grades: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None) -> SourceReliability:
        """Read `outlet: grade` lines from a YAML file (none: every outlet unjudged)."""
        if path is None:
            return cls()
        try:
            data = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise RegistryError(f"{path}: cannot read source reliability grades: {exc}") from exc
        if not isinstance(data, dict):
            raise RegistryError(f"{path}: write one 'outlet: grade' line per outlet")
        grades = {}
        for outlet, grade in data.items():
            grade = str(grade).strip().upper()
            if grade not in GRADES:
                raise RegistryError(f"{path}: outlet {outlet!r} has grade {grade!r}; use one of A-F")
            grades[str(outlet).strip().lower()] = grade
        return cls(grades)

    def grade(self, outlet: str | None) -> str:
        """The outlet's grade, F when it is not graded."""
        return self.grades.get((outlet or "").strip().lower(), UNJUDGED)


@cache
def admiralty_code(reliability: str | None, certainty: str) -> str:
    """The two-character Admiralty code of a fact, e.g. "B3"."""
    return f"{reliability or UNJUDGED}{CREDIBILITY[Certainty(certainty)]}"
