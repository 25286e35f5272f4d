"""CASE 2021 snippets load, labels map onto the ACLED taxonomy, and label scores are right."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.errors import GoldFormatError
from frontwatch.evaluate import (
    ACLED_LABELS,
    ACLED_TO_LABEL,
    ALL_LABELS,
    LABEL_TO_ACLED,
    label_scores_to_dict,
    load_case_tsv,
    render_label_scores,
    score_labels,
)


def test_label_constants_cover_25_acled_and_30_codes() -> None:
    assert len(ACLED_LABELS) == 25 and len(ALL_LABELS) == 30
    assert {code for code in ALL_LABELS if LABEL_TO_ACLED[code] is None} == {
        "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"}
    assert LABEL_TO_ACLED["ART_MISS_ATTACK"] == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert ACLED_TO_LABEL[("Battles", "Non-state actor overtakes territory")] == (
        "NON_STATE_ACTOR_OVERTAKES_TER")
    assert all(ACLED_TO_LABEL[LABEL_TO_ACLED[c]] == c for c in ACLED_LABELS)  # type: ignore[index]


def test_perfect_predictions_score_one() -> None:
    gold = ["ARREST", "ARREST", "GRENADE", "DIPLO"]
    scores = score_labels(gold, list(gold), None)
    assert (scores.weighted_f1, scores.macro_f1, scores.accuracy) == (1.0, 1.0, 1.0)


def test_hand_computed_weighted_and_macro_f1() -> None:
    # A: P 2/3 R 2/3 F1 2/3 (support 3); B: P 1/2 R 1/2 F1 1/2 (support 2); C: P 0 R 0 (support 1)
    gold = ["A", "A", "A", "B", "B", "C"]
    predicted = ["A", "A", "B", "B", "A", "B"]
    scores = score_labels(gold, predicted, None)
    rows = {r.label: r for r in scores.per_label}
    assert rows["A"].f1 == pytest.approx(2 / 3)
    assert rows["B"].precision == pytest.approx(1 / 3) and rows["B"].recall == pytest.approx(1 / 2)
    assert rows["B"].f1 == pytest.approx(0.4)
    assert rows["C"].f1 == 0.0 and rows["C"].support == 1
    assert scores.weighted_f1 == pytest.approx((3 * 2 / 3 + 2 * 0.4 + 0) / 6)
    assert scores.macro_f1 == pytest.approx((2 / 3 + 0.4 + 0) / 3)
    assert scores.accuracy == pytest.approx(3 / 6)


def test_restricting_labels_drops_snippets_with_other_gold_labels() -> None:
    gold = ["ARREST", "DIPLO", "GRENADE"]
    predicted = ["ARREST", "ARREST", "DIPLO"]  # DIPLO snippet not scored; GRENADE wrongly DIPLO
    scores = score_labels(gold, predicted, ACLED_LABELS)
    assert scores.n == 2
    assert [r.label for r in scores.per_label] == ["ARREST", "GRENADE"]
    assert scores.accuracy == 0.5
    assert scores.weighted_f1 == pytest.approx(0.5)


def test_matches_scikit_learn_when_unrestricted() -> None:
    sklearn_metrics = pytest.importorskip("sklearn.metrics")
    gold = ["A", "B", "C", "A", "B", "C", "A", "D", "D", "B"]
    predicted = ["A", "C", "C", "B", "B", "A", "A", "D", "B", "E"]
    scores = score_labels(gold, predicted, None)
    assert scores.weighted_f1 == pytest.approx(
        sklearn_metrics.f1_score(gold, predicted, average="weighted", zero_division=0))
    assert scores.macro_f1 == pytest.approx(
        sklearn_metrics.f1_score(gold, predicted, average="macro", zero_division=0))


def test_length_mismatch_is_an_error() -> None:
    with pytest.raises(ValueError):
        score_labels(["A"], [], None)


def test_tsv_keeps_quotes_literal_and_checks_labels(tmp_path: Path) -> None:
    path = tmp_path / "c.tsv"
    path.write_text('id\tEventSnippet\tSubType\n7\tHe said "peace" twice\tDIPLO\n')
    [snippet] = load_case_tsv(path)
    assert (snippet.id, snippet.text, snippet.label) == ("7", 'He said "peace" twice', "DIPLO")
    path.write_text("id\tEventSnippet\tSubType\n7\tsome text\tNOT_A_LABEL\n")
    with pytest.raises(GoldFormatError, match="line 2"):
        load_case_tsv(path)
    path.write_text("id,EventSnippet,SubType\n")
    with pytest.raises(GoldFormatError, match="header"):
        load_case_tsv(path)


def test_real_case_file_loads_and_renders(shared_dir: Path) -> None:
    snippets = load_case_tsv(shared_dir / "eval" / "case2021-dev.tsv")
    assert len(snippets) == 304
    assert {s.label for s in snippets} <= set(ALL_LABELS)
    gold = [s.label for s in snippets]
    scores = score_labels(gold, gold, ACLED_LABELS)
    assert scores.weighted_f1 == 1.0 and scores.n == sum(g in ACLED_LABELS for g in gold)
    assert label_scores_to_dict(scores)["n"] == scores.n
    assert render_label_scores(scores).row_count == len(scores.per_label) + 3
