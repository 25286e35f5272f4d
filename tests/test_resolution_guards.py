"""Resolvers that follow references always stop: cycles, deep chains and runaway cost resolve to nothing."""

from __future__ import annotations

import sys
import time

import pytest
from conflict_grammar import report
from hypothesis import HealthCheck, given, settings

from frontwatch.guards import bounded, resolution_cuts
from frontwatch.ingest.ids import make_document
from frontwatch.model import Extraction

SECONDS_PER_REPORT = 20  # far above the usual fraction of a second: only a loop or a blow-up gets near it


class _Chain:
    """A toy resolver over a table of references: name → the name it refers to."""

    def __init__(self, refers: dict[str, str | None]) -> None:
        self.refers = refers

    @bounded(key=lambda _self, name: name, max_depth=8, max_calls=1_000)
    def resolve(self, name: str) -> str | None:
        target = self.refers.get(name)
        if target is None:
            return name  # a name that refers to nothing is itself
        return self.resolve(target)


def test_a_reference_cycle_resolves_to_nothing_and_is_counted():
    chain = _Chain({"they": "their fighters", "their fighters": "their", "their": "they"})
    assert chain.resolve("they") is None
    assert resolution_cuts(chain) == 1


def test_a_chain_deeper_than_the_bound_resolves_to_nothing():
    chain = _Chain({f"n{i}": f"n{i + 1}" for i in range(50)})
    assert chain.resolve("n0") is None
    assert chain.resolve("n45") == "n50"  # a short chain still resolves


def test_past_the_call_budget_every_resolution_is_nothing():
    chain = _Chain({})
    assert all(chain.resolve(f"x{i}") == f"x{i}" for i in range(1_000))
    assert chain.resolve("late") is None and resolution_cuts(chain) == 1


def test_a_resolver_that_raises_leaves_no_stale_state():
    class Flaky(_Chain):
        @bounded(key=lambda _self, name: name)
        def resolve(self, name: str) -> str | None:
            if name == "bad":
                raise ValueError(name)
            return name

    flaky = Flaky({})
    with pytest.raises(ValueError):
        flaky.resolve("bad")
    assert flaky.resolve("bad2") == "bad2" and resolution_cuts(flaky) == 0


# Counted groups owned by a pronoun: "their" points back to a subject, that subject is the counted
# group itself, whose head noun points to "their" again. Five fresh shapes of the class.
OWNED_COUNTS = [
    "Dozens of their fighters stormed a checkpoint outside Mopti on Monday.",
    "Scores of its soldiers withdrew from the border post late on Friday, a witness said.",
    "Hundreds of their gunmen and a local militia besieged the district office overnight.",
    "Police said several of their officers abandoned the barracks; they later retook it.",
    "Some of their militants, an ally of the government, raided a convoy near the river.",
]


@pytest.mark.parametrize("text", OWNED_COUNTS)
def test_owned_counted_groups_are_read_without_endless_recursion(extractor, text):
    limit = sys.getrecursionlimit()
    start = time.perf_counter()
    extraction = extractor.extract(make_document(text, "t.txt"))
    assert isinstance(extraction, Extraction)
    assert time.perf_counter() - start < SECONDS_PER_REPORT
    assert sys.getrecursionlimit() == limit


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(text=report())
def test_extraction_of_any_report_from_the_grammar_terminates_within_the_bound(extractor, text):
    start = time.perf_counter()
    extraction = extractor.extract(make_document(text, "grammar.txt"))
    assert isinstance(extraction, Extraction)
    assert time.perf_counter() - start < SECONDS_PER_REPORT, text
    for fact in [*extraction.events, *extraction.control, *extraction.quantities]:
        assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
