"""Frame patterns (data/<language>/frames/*.yaml): DependencyMatcher patterns that say which word in
which relation to a predicate fills which role, loaded and validated once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml
from spacy.matcher import DependencyMatcher
from spacy.vocab import Vocab

from frontwatch.errors import RegistryError
from frontwatch.language import LANGUAGE, pack_dir
from frontwatch.reading.model import ROLES

PREDICATE = "predicate"


@dataclass(frozen=True)
class FramePattern:
    """One pattern: its name, shape, rank (lower is stronger) and node list."""

    name: str
    shape: str
    rank: int
    nodes: tuple[dict, ...]

    @property
    def roles(self) -> tuple[tuple[int, str], ...]:
        """(node position, role) for every node that fills a role."""
        return tuple((i, n["RIGHT_ID"]) for i, n in enumerate(self.nodes) if n["RIGHT_ID"] in ROLES)


def _validate(raw: dict, where: str, shape: str) -> FramePattern:
    name = raw.get("name")
    nodes = raw.get("pattern")
    if not isinstance(name, str) or not isinstance(nodes, list) or not nodes:
        raise RegistryError(f"{where}: every pattern needs a 'name' and a non-empty 'pattern' list")
    if not all(isinstance(n, dict) and isinstance(n.get("RIGHT_ID"), str) for n in nodes):
        raise RegistryError(f"{where}: {name!r}: every node needs a RIGHT_ID")
    if nodes[0]["RIGHT_ID"] != PREDICATE:
        raise RegistryError(f"{where}: {name!r}: the first node must be {PREDICATE!r}")
    if not any(n["RIGHT_ID"] in ROLES for n in nodes):
        raise RegistryError(f"{where}: {name!r}: no node fills a role (roles: {', '.join(ROLES)})")
    first = dict(nodes[0])
    attrs = dict(first.get("RIGHT_ATTRS") or {})
    extension = dict(attrs.get("_") or {})
    tags = dict(extension.get("frame_tags") or {})
    tags["IS_SUPERSET"] = [PREDICATE, *tags.get("IS_SUPERSET", [])]
    first["RIGHT_ATTRS"] = {**attrs, "_": {**extension, "frame_tags": tags}}
    rest = tuple({"RIGHT_ATTRS": {}, **n} for n in nodes[1:])
    return FramePattern(name, shape, int(raw.get("rank", 2)), (first, *rest))


@lru_cache(maxsize=4)
def load_patterns(language: str = LANGUAGE) -> tuple[FramePattern, ...]:
    """Every frame pattern of a language pack, validated."""
    patterns: list[FramePattern] = []
    for path in sorted((pack_dir(language) / "frames").glob("*.yaml")):
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise RegistryError(f"{path}: cannot read frame patterns: {exc}") from exc
        if not isinstance(raw, dict) or not isinstance(raw.get("patterns"), list):
            raise RegistryError(f"{path}: needs 'shape' and a list 'patterns'")
        patterns += [_validate(p, str(path), str(raw.get("shape", path.stem))) for p in raw["patterns"]]
    if not patterns:
        raise RegistryError(f"{pack_dir(language) / 'frames'}: no frame patterns")
    return tuple(patterns)


def build_matcher(vocab: Vocab, patterns: tuple[FramePattern, ...]) -> DependencyMatcher:
    """A DependencyMatcher holding every pattern under its index."""
    matcher = DependencyMatcher(vocab)
    for index, pattern in enumerate(patterns):
        try:
            matcher.add(str(index), [list(pattern.nodes)])
        except ValueError as exc:
            raise RegistryError(f"frame pattern {pattern.name!r} ({pattern.shape}): {exc}") from exc
    return matcher
