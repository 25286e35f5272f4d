"""A frame class's fitted trust in the typer (data/frame_trust.yaml): above it, the typer's label is the code."""

from __future__ import annotations

import pytest

from frontwatch.errors import RegistryError
from frontwatch.extract.table import TABLE_FILE, load_table


class Typed:
    def __init__(self, probs: dict[str, float]) -> None:
        self.label, self.probs = max(probs, key=probs.__getitem__), probs


def _kinds(**roles: list[str]):
    return lambda role: frozenset(roles.get(role, ["untold"]))


@pytest.fixture
def trusting(tmp_path):
    """The packaged frame table with `clash` trusting the typer above 0.6 and `march` above 0.9."""
    path = tmp_path / "trust.yaml"
    path.write_text("trust:\n  clash: {above: 0.6, gain: 5, read: 20}\n  march: {above: 0.9, gain: 2, read: 9}\n")
    return load_table(TABLE_FILE, path)


ARMED_SIDES = _kinds(agent=["armed", "told"], counterpart=["armed", "told"])
CROWD = _kinds(agent=["crowd", "protest", "told"])

# (class, roles, the typer's probabilities, codes excluded, the code decided)
TRUST = [
    ("clash", ARMED_SIDES, {"MOB_VIOL": 0.8, "ARMED_CLASH": 0.15}, frozenset(), "MOB_VIOL"),  # read above: its label
    ("clash", ARMED_SIDES, {"MOB_VIOL": 0.55, "ARMED_CLASH": 0.4}, frozenset(), "ARMED_CLASH"),  # below: the class's
    ("clash", ARMED_SIDES, {"MOB_VIOL": 0.9}, frozenset({"MOB_VIOL"}), "ARMED_CLASH"),  # its label could not be cast
    ("clash", ARMED_SIDES, {"CHEM_WEAP": 0.9, "ARMED_CLASH": 0.1}, frozenset(), "ARMED_CLASH"),  # none of its codes
    ("march", CROWD, {"VIOL_DEMONSTR": 0.95}, frozenset(), "VIOL_DEMONSTR"),
    ("march", CROWD, {"VIOL_DEMONSTR": 0.85, "PEACE_PROTEST": 0.1}, frozenset(), "PEACE_PROTEST"),
    ("take", _kinds(agent=["state", "armed", "told"], patient=["ground", "told"]),  # a class with no trust: its code
     {"NON_STATE_ACTOR_OVERTAKES_TER": 0.99}, frozenset(), "GOV_REGAINS_TERIT"),
]


@pytest.mark.parametrize(("cls", "roles", "probs", "excluded", "code"), TRUST)
def test_a_class_takes_the_typer_label_above_its_trust(trusting, cls, roles, probs, excluded, code):
    candidate = trusting.decide(cls, roles, Typed(probs), excluded=excluded)
    assert candidate is not None and candidate.code == code
    assert candidate.trusted == (code == max(probs, key=probs.__getitem__))


def test_the_typer_label_keeps_the_roles_the_class_gives_it(trusting):
    candidate = trusting.decide("clash", CROWD, Typed({"ARMED_CLASH": 0.7, "VIOL_DEMONSTR": 0.3}))
    assert candidate is not None and candidate.trusted and candidate.actors == ("agent", "patient", "counterpart")


def test_no_frame_no_trust(trusting):
    """Trust chooses among codes only where the class yields an event at all."""
    assert trusting.decide("clash", _kinds(), Typed({"NATURAL_DISASTER": 0.9, "ARMED_CLASH": 0.1})) is None


def test_a_trust_file_needs_each_class_probability(tmp_path):
    path = tmp_path / "trust.yaml"
    path.write_text("trust:\n  clash: {gain: 5}\n")
    with pytest.raises(RegistryError):
        load_table(TABLE_FILE, path)
