"""Token tests for the frame patterns' node patterns: the part of spaCy's token-pattern language the pattern
files use (attribute equality, IN, NOT_IN, and frame tags by IS_SUPERSET or INTERSECTS), read in Python with
an index by dependency label, so a token is tested only against the node patterns its label and its frame
tags leave possible. A node pattern that uses more of the language has no NodeTest (the matcher refuses it)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from operator import attrgetter

from spacy.tokens import Token

from frontwatch.memo import Memo

FRAME_TAGS = "frame_tags"
READINGS = 4096  # a token's readings (the attributes the tests read, its frame tags) whose keys are kept
_ATTRIBUTES = {"DEP": "dep_", "POS": "pos_", "TAG": "tag_", "LOWER": "lower_", "LEMMA": "lemma_",
               "ENT_TYPE": "ent_type_", "ORTH": "orth_", "TEXT": "text"}
_SETS = {"IN": True, "NOT_IN": False}
_READ = attrgetter("dep", "pos", "tag", "lower", "lemma", "ent_type", "orth")  # all a test may read, as string ids


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
        if name == "_":
            tags = _tag_tests(value)
            if tags is None:
                return None
            superset, intersects = tags
        elif name not in _ATTRIBUTES:
            return None
        elif isinstance(value, str):
            equal.append((_ATTRIBUTES[name], value))
        elif isinstance(value, dict) and value and all(  # IN / NOT_IN lists of strings
                op in _SETS and isinstance(v, list) and all(isinstance(s, str) for s in v) for op, v in value.items()):
            within += [(_ATTRIBUTES[name], frozenset(values), _SETS[op]) for op, values in value.items()]
        else:
            return None
    return NodeTest(key, tuple(equal), tuple(within), superset, intersects)


def _tag_tests(value: object) -> tuple[frozenset[str] | None, frozenset[str] | None] | None:
    """(IS_SUPERSET tags, INTERSECTS tags) of an extension-attribute test on the frame tags alone, else None."""
    if not isinstance(value, dict) or set(value) != {FRAME_TAGS} or not isinstance(value[FRAME_TAGS], dict):
        return None
    tests = value[FRAME_TAGS]
    if not tests or not set(tests) <= {"IS_SUPERSET", "INTERSECTS"} or not all(
            isinstance(v, list) and all(isinstance(s, str) for s in v) for v in tests.values()):
        return None
    superset, intersects = tests.get("IS_SUPERSET"), tests.get("INTERSECTS")
    return (None if superset is None else frozenset(superset)), (None if intersects is None else frozenset(intersects))


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
