"""Sentence typing of CASE 2021 task-2 files: predictions and their scores."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from frontwatch.classify.typer import Mode, SentenceTyper
from frontwatch.evaluate.case import ACLED_LABELS, ALL_LABELS, LabelScores, load_case_tsv, score_labels


@dataclass(frozen=True)
class CasePrediction:
    """One snippet's id, gold label and predicted label (a CASE code, or NONE)."""

    id: str
    gold: str
    predicted: str


@dataclass(frozen=True)
class CaseScores:
    """Scores over all 30 labels and over the 25 ACLED labels."""

    all_labels: LabelScores
    acled_labels: LabelScores


def classify_case_file(
    path: Path, typer: SentenceTyper | None = None, mode: Mode = "hybrid"
) -> list[CasePrediction]:
    """Type every snippet of a CASE TSV; every snippet gets an event label (forced choice)."""
    snippets = load_case_tsv(Path(path))
    typer = typer or SentenceTyper.load()
    typed = typer.classify([s.text for s in snippets], mode=mode, forced=True)
    return [CasePrediction(s.id, s.label, t.label) for s, t in zip(snippets, typed, strict=False)]


def score_predictions(predictions: list[CasePrediction]) -> CaseScores:
    """Weighted/macro F1 and per-label tables of predictions against their gold labels."""
    gold = [p.gold for p in predictions]
    guessed = [p.predicted for p in predictions]
    return CaseScores(
        all_labels=score_labels(gold, guessed, ALL_LABELS),
        acled_labels=score_labels(gold, guessed, ACLED_LABELS),
    )


def evaluate_case_file(
    path: Path, typer: SentenceTyper | None = None, mode: Mode = "hybrid"
) -> tuple[list[CasePrediction], CaseScores]:
    """Classify a CASE TSV and score it against its own labels."""
    predictions = classify_case_file(path, typer, mode)
    return predictions, score_predictions(predictions)


def write_predictions(predictions: list[CasePrediction], out: Path) -> None:
    """Write `id<TAB>label` lines, one per snippet, in input order (header id, label)."""
    lines = ["id\tlabel"] + [f"{p.id}\t{p.predicted}" for p in predictions]
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
