"""Coded event notes as training sentences: the first sentence without the coder's date lead."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from frontwatch.errors import RegistryError
from frontwatch.language import parse_yaml

DEFAULT_PROSE_FILE = Path(__file__).parents[1] / "data" / "coder_prose.yaml"


@dataclass(frozen=True)
class CoderProse:
    """The patterns of data/coder_prose.yaml, compiled."""

    lead: re.Pattern[str]
    sentence_end: re.Pattern[str]
    remarks: re.Pattern[str]

    def without_remarks(self, note: str) -> str:
        """The note without its coder's remarks on the fatalities coded ("Unknown fatalities coded as 10.")."""
        return self.remarks.sub("", note).strip()

    def sentence(self, note: str) -> str:
        """The note's first sentence, date lead removed, first letter capitalised."""
        text = self.lead.sub("", note.strip(), count=1)
        first = self.sentence_end.split(text, maxsplit=1)[0].strip()
        return first[:1].upper() + first[1:] if first else note.strip()


@lru_cache(maxsize=2)
def load_coder_prose(path: Path = DEFAULT_PROSE_FILE) -> CoderProse:
    """Compile the coder-prose patterns (validated on load)."""
    try:
        raw = parse_yaml(Path(path).read_text(encoding="utf-8"))
        lead = raw["lead"].replace("{date}", raw["date"])
        return CoderProse(re.compile(lead, re.IGNORECASE), re.compile(raw["sentence_end"]), re.compile(raw["remarks"]))
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, re.error) as exc:
        raise RegistryError(f"{path}: cannot read the coder-prose patterns ({exc})") from exc
