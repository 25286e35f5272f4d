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
    """The packaged frame table where the typer's mob violence beats a clash's battle above 0.6, a clash's battle
    beats its riot above 0.6, and a riot beats a march's peaceful protest above 0.9."""
    path = tmp_path / "trust.yaml"
    path.write_text("trust:\n"
                    "  clash:\n    ARMED_CLASH: {MOB_VIOL: {above: 0.6}}\n"
                    "    VIOL_DEMONSTR: {ARMED_CLASH: {above: 0.6}}\n"
                    "  march:\n    PEACE_PROTEST: {VIOL_DEMONSTR: {above: 0.9, gain: 2, read: 9}}\n")
    return load_table(TABLE_FILE, path)


ARMED_SIDES = _kinds(agent=["armed", "told"], counterpart=["armed", "told"])
CROWD = _kinds(agent=["crowd", "protest", "told"], report=["protest"])  # a crowd in a protest's report: a riot

# (class, roles, the typer's probabilities, codes excluded, the code decided)
TRUST = [
    ("clash", CROWD, {"ARMED_CLASH": 0.8, "VIOL_DEMONSTR": 0.15}, frozenset(), "ARMED_CLASH"),  # read above: its label
    ("clash", CROWD, {"ARMED_CLASH": 0.55, "VIOL_DEMONSTR": 0.4}, frozenset(), "VIOL_DEMONSTR"),  # below: the class's
    ("clash", CROWD, {"ARMED_CLASH": 0.9}, frozenset({"ARMED_CLASH"}), "VIOL_DEMONSTR"),  # its label could not be cast
    ("clash", CROWD, {"CHEM_WEAP": 0.9, "VIOL_DEMONSTR": 0.1}, frozenset(), "VIOL_DEMONSTR"),  # none of its codes
    ("clash", CROWD, {"MOB_VIOL": 0.9, "VIOL_DEMONSTR": 0.1}, frozenset(), "VIOL_DEMONSTR"),  # no trust fitted
    ("clash", ARMED_SIDES, {"MOB_VIOL": 0.9, "ARMED_CLASH": 0.1}, frozenset(), "ARMED_CLASH"),  # who did it to whom
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
    path.write_text("trust:\n  clash:\n    ARMED_CLASH: {MOB_VIOL: {gain: 5}}\n")
    with pytest.raises(RegistryError):
        load_table(TABLE_FILE, path)


def _settled(wins: int, losses: int, ties: int) -> list[dict]:
    """Disagreements of clash's battle with the typer's mob violence, read at 0.8: the typer right `wins` times, the
    frame `losses` times, neither `ties` times."""
    gold = ["MOB_VIOL"] * wins + ["ARMED_CLASH"] * losses + ["ATTACK"] * ties
    return [{"cls": "clash", "code": "ARMED_CLASH", "typed": "MOB_VIOL", "p": 0.8, "gold": g} for g in gold]


# (typer right, frame right, neither, trusted at the sign test's 0.05)
FITS = [
    (6, 0, 1, True),  # six of six: 1 in 64
    (3, 0, 3, False),  # three of three is 1 in 8: a gain, but not beyond chance
    (24, 7, 9, True),
    (4, 1, 0, False),
    (2, 5, 0, False),  # the frame wins
]


@pytest.mark.parametrize(("wins", "losses", "ties", "trusted"), FITS)
def test_a_trust_is_fitted_only_where_the_typer_beats_the_frame_beyond_chance(fit_frame_trust, wins, losses, ties,
                                                                               trusted):
    trust = fit_frame_trust.fit(_settled(wins, losses, ties), alpha=0.05, floor=0.5)
    assert ("MOB_VIOL" in trust.get("clash", {}).get("ARMED_CLASH", {})) == trusted
