"""Frame patterns (data/<language>/frames/*.yaml): DependencyMatcher patterns that say which word in
which relation to a predicate fills which role, loaded and validated once; and their matcher, which tests tokens
against the node patterns in Python: the part of spaCy's token-pattern language the pattern files use (attribute
equality, IN, NOT_IN, and frame tags by IS_SUPERSET or INTERSECTS), indexed by dependency label, so a token is
tested only against the node patterns its label and its frame tags leave possible. A node pattern that uses more
of the language has no NodeTest (the matcher refuses it)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from frontwatch.errors import RegistryError
from frontwatch.language import LANGUAGE, pack_dir, read_mapping, settings
from frontwatch.memo import Memo
from frontwatch.reading.model import ROLES

PREDICATE = "predicate"
FRAME_TAGS = "frame_tags"
(_DEFAULT_RANK,) = settings("parsing", "default_pattern_rank")  # of a pattern that gives none
READINGS = 4096  # a token's readings (the attributes the tests read, its frame tags) whose keys are kept
_ATTRIBUTES = {"DEP": "dep_", "POS": "pos_", "TAG": "tag_", "LOWER": "lower_", "LEMMA": "lemma_",
               "ENT_TYPE": "ent_type_", "ORTH": "orth_", "TEXT": "text"}
_SETS = {"IN": True, "NOT_IN": False}
_READ = attrgetter("dep", "pos", "tag", "lower", "lemma", "ent_type", "orth")  # all a test may read, as string ids


@dataclass(frozen=True)
class FramePattern:
    """One pattern: its name, shape, rank (lower is stronger) and node list."""

    name: str
    shape: str
    rank: int
    nodes: tuple[dict, ...]


def _validate(raw: dict, where: str, shape: str) -> FramePattern:
    name, nodes = raw.get("name"), raw.get("pattern")
    if not isinstance(name, str) or not isinstance(nodes, list) or not nodes:
        raise RegistryError(f"{where}: every pattern needs a 'name' and a non-empty 'pattern' list")
    if not all(isinstance(n, dict) and isinstance(n.get("RIGHT_ID"), str) for n in nodes):
        raise RegistryError(f"{where}: {name!r}: every node needs a RIGHT_ID")
    if nodes[0]["RIGHT_ID"] != PREDICATE:
        raise RegistryError(f"{where}: {name!r}: the first node must be {PREDICATE!r}")
    if not any(n["RIGHT_ID"] in ROLES for n in nodes):
        raise RegistryError(f"{where}: {name!r}: no node fills a role (roles: {', '.join(ROLES)})")
    attrs = nodes[0].get("RIGHT_ATTRS") or {}  # the predicate node's frame tags gain the tag "predicate"
    extension = attrs.get("_") or {}
    tags = extension.get(FRAME_TAGS) or {}
    tags = {**tags, "IS_SUPERSET": [PREDICATE, *tags.get("IS_SUPERSET", [])]}
    first = {**nodes[0], "RIGHT_ATTRS": {**attrs, "_": {**extension, FRAME_TAGS: tags}}}
    rest = tuple({"RIGHT_ATTRS": {}, **n} for n in nodes[1:])
    return FramePattern(name, shape, int(raw.get("rank", _DEFAULT_RANK)), (first, *rest))


@lru_cache(maxsize=4)
def load_patterns(language: str = LANGUAGE) -> tuple[FramePattern, ...]:
    """Every frame pattern of a language pack, validated."""
    patterns: list[FramePattern] = []
    for path in sorted((pack_dir(language) / "frames").glob("*.yaml")):
        raw = read_mapping(path, "frame patterns", "needs 'shape' and a list 'patterns'", patterns=list)
        patterns += [_validate(p, str(path), str(raw.get("shape", path.stem))) for p in raw["patterns"]]
    if not patterns:
        raise RegistryError(f"{pack_dir(language) / 'frames'}: no frame patterns")
    return tuple(patterns)


@dataclass(frozen=True)
class NodeTest:
    """One node pattern as a test of a token, under its key."""

    key: int
    equal: tuple[tuple[str, str], ...]  # (token attribute, value)
    within: tuple[tuple[str, frozenset[str], bool], ...]  # (token attribute, values, whether inside them)
    superset: frozenset[str] | None  # frame tags the token must all have
    intersects: frozenset[str] | None  # frame tags the token must have one of

    def passes(self, token: Token, tags: frozenset[str]) -> bool:
        """Whether a token (with these frame tags) meets the node pattern, as spaCy's Matcher reads it."""
        for attr, value in self.equal:  # loops, not all(): this runs for most tokens of a text
            if getattr(token, attr) != value:
                return False
        for attr, values, inside in self.within:
            if (getattr(token, attr) in values) != inside:
                return False
        if self.superset is not None and not self.superset <= tags:
            return False
        return self.intersects is None or bool(self.intersects & tags)


def node_test(key: int, attrs: dict) -> NodeTest | None:
    """The test of a node pattern's attributes, or None when they use more than NodeTest reads."""
    equal: list[tuple[str, str]] = []
    within: list[tuple[str, frozenset[str], bool]] = []
    superset = intersects = None
    for name, value in attrs.items():
        if name == "_":  # the frame tags alone, by IS_SUPERSET or INTERSECTS lists of strings
            tests = value.get(FRAME_TAGS) if isinstance(value, dict) and set(value) == {FRAME_TAGS} else None
            if not isinstance(tests, dict) or not tests or not set(tests) <= {"IS_SUPERSET", "INTERSECTS"} or not all(
                    isinstance(v, list) and all(isinstance(s, str) for s in v) for v in tests.values()):
                return None
            superset, intersects = (frozenset(tests[k]) if k in tests else None for k in ("IS_SUPERSET", "INTERSECTS"))
        elif name in _ATTRIBUTES and isinstance(value, str):
            equal.append((_ATTRIBUTES[name], value))
        elif name in _ATTRIBUTES and isinstance(value, dict) and value and all(  # IN / NOT_IN lists of strings
                op in _SETS and isinstance(v, list) and all(isinstance(s, str) for s in v) for op, v in value.items()):
            within += [(_ATTRIBUTES[name], frozenset(values), _SETS[op]) for op, values in value.items()]
        else:
            return None
    return NodeTest(key, tuple(equal), tuple(within), superset, intersects)


class NodeIndex:
    """Node tests by the dependency label they require; the keys a token passes, worked out once per reading."""

    def __init__(self) -> None:
        self._by_dep: defaultdict[str, list[NodeTest]] = defaultdict(list)
        self._any: list[NodeTest] = []  # no label required
        self._known: Memo[tuple, tuple[int, ...]] = Memo(READINGS)  # a reading -> the keys it passes

    def add(self, test: NodeTest) -> None:
        """Index one node test (under every label it allows; nowhere if it allows none)."""
        self._known.clear()
        labels = [frozenset((value,)) for attr, value in test.equal if attr == "dep_"]
        labels += [values for attr, values, inside in test.within if attr == "dep_" and inside]
        if labels:
            for label in sorted(frozenset.intersection(*labels)):
                self._by_dep[label].append(test)
        else:
            self._any.append(test)

    def keys_of(self, token: Token, frame_tags: tuple[str, ...]) -> tuple[int, ...]:
        """The keys of the node tests a token with these frame tags passes."""
        tags = frozenset(frame_tags)
        return self._known.get_or((_READ(token), tags), lambda: tuple(
            t.key for t in (*self._by_dep.get(token.dep_, ()), *self._any) if t.passes(token, tags)))


class PredicateMatcher(DependencyMatcher):
    """A DependencyMatcher over the trees holding a predicate (every pattern's first node is one and a match never
    leaves its tree: a fifth of a news text's tokens go untested), each distinct node pattern ("DEP: pobj", shared by
    many) tested once per token by the NodeIndex; within a tree, matches come out as DependencyMatcher's."""

    def __init__(self, vocab: Vocab) -> None:
        super().__init__(vocab)
        self._index = NodeIndex()  # the distinct node patterns read in Python
        self._distinct_ids: dict[str, int] = {}  # a node pattern (as sorted JSON) -> its key
        self._node_ids: defaultdict[int, list[list[int]]] = defaultdict(list)  # as _tokens_to_key, distinct keys

    def add(self, key: str | int, patterns: list[list[dict[str, Any]]], *, on_match: Callable | None = None) -> None:
        """Add a rule as DependencyMatcher does (ValueError for a node pattern the node tests cannot read)."""
        super().add(key, patterns, on_match=on_match)
        for pattern in patterns:
            ids = []
            for node in pattern:
                attrs = json.dumps(node["RIGHT_ATTRS"], sort_keys=True)
                if attrs not in self._distinct_ids:
                    self._distinct_ids[attrs] = self.vocab.strings.add(f"node {len(self._distinct_ids)}")
                    if (test := node_test(self._distinct_ids[attrs], node["RIGHT_ATTRS"])) is None:
                        raise ValueError(f"a node pattern beyond the node tests: {attrs}")
                    self._index.add(test)
                ids.append(self._distinct_ids[attrs])
            self._node_ids[self.vocab.strings.add(key) if isinstance(key, str) else key].append(ids)

    def match_predicates(self, doc: Doc, predicates: Iterable[int], tags: Sequence) -> list[tuple[int, list[int]]]:
        """(pattern key, token ids) of every match in the trees of these predicate tokens (`tags`: by token index)."""
        root_of = [t.i if t.head.i == t.i else [*t.ancestors][-1].i for t in doc]  # each token's tree's root
        roots = {root_of[i] for i in predicates}
        by_root: defaultdict[int, defaultdict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        for token in (t for t in doc if root_of[t.i] in roots):
            for node in self._index.keys_of(token, tags[token.i]):
                by_root[root_of[token.i]][node].append(token.i)
        find = self._get_matches  # type: ignore[attr-defined]  # DependencyMatcher's own, left out of its stub
        matches: list[tuple[int, list[int]]] = []
        cache: dict = {}
        for key in self._patterns:  # string-store ids (the stub says str), in the order they were added
            for tree, node_ids in zip(self._tree[key], self._node_ids[int(key)], strict=True):
                matches += [(int(key), ids) for found in by_root.values() if all(map(found.__contains__, node_ids))
                            for ids in find(cache, doc, tree, node_ids, found)]  # a node no token passes: no match
        return matches


def build_matcher(vocab: Vocab, patterns: tuple[FramePattern, ...]) -> PredicateMatcher:
    """A PredicateMatcher holding every pattern under its index."""
    matcher = PredicateMatcher(vocab)
    for index, pattern in enumerate(patterns):
        try:
            matcher.add(str(index), [list(pattern.nodes)])
        except ValueError as exc:
            raise RegistryError(f"frame pattern {pattern.name!r} ({pattern.shape}): {exc}") from exc
    return matcher
