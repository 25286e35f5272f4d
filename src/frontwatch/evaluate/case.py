"""CASE 2021 task 2 snippets (one event label each) and label-classification scores.

"Over the 25 ACLED labels" means: keep only the snippets whose gold label is one of
ACLED_LABELS, then score those (weighted over the labels present). A prediction outside
the kept labels (say DIPLO for an ARREST snippet) is simply wrong; a snippet whose gold is
DIPLO is not scored at all. This differs from scikit-learn's `labels=` argument, which
keeps all snippets and counts ACLED predictions on non-ACLED snippets as false positives.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from frontwatch.errors import GoldFormatError
from frontwatch.evaluate.taxonomy import ACLED_LABELS, ACLED_TO_LABEL, ALL_LABELS, LABEL_TO_ACLED

__all__ = [
    "ACLED_LABELS",
    "ACLED_TO_LABEL",
    "ALL_LABELS",
    "LABEL_TO_ACLED",
    "CaseSnippet",
    "LabelRow",
    "LabelScores",
    "case_half",
    "load_case_tsv",
    "score_labels",
]

HEADER = ("id", "EventSnippet", "SubType")


@dataclass(frozen=True)
class CaseSnippet:
    """One labelled news snippet."""

    id: str
    text: str
    label: str


@dataclass(frozen=True)
class LabelRow:
    """Per-label scores: precision, recall, F1, gold support and number predicted."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int
    predicted: int


@dataclass(frozen=True)
class LabelScores:
    """Weighted and macro F1, accuracy and the per-label table over `n` scored snippets."""

    weighted_f1: float
    macro_f1: float
    accuracy: float
    n: int
    per_label: list[LabelRow]

    @property
    def weighted_precision(self) -> float:
        """Support-weighted precision."""
        return _weighted(self.per_label, "precision")

    @property
    def weighted_recall(self) -> float:
        """Support-weighted recall."""
        return _weighted(self.per_label, "recall")


def load_case_tsv(path: Path) -> list[CaseSnippet]:
    """Read a CASE 2021 task-2 TSV (header id, EventSnippet, SubType; no quoting)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read CASE file: {exc}") from exc
    if not lines or tuple(lines[0].rstrip("\r").split("\t")) != HEADER:
        raise GoldFormatError(f"{path}, line 1: header must be {' '.join(HEADER)} (tab-separated)")
    snippets: list[CaseSnippet] = []
    for number, line in enumerate(lines[1:], start=2):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) < 3:
            raise GoldFormatError(f"{path}, line {number}: expected 3 tab-separated columns")
        ident, label, text = cells[0].strip(), cells[-1].strip(), "\t".join(cells[1:-1])
        if not ident or not text.strip():
            raise GoldFormatError(f"{path}, line {number}: empty id or snippet")
        if label not in LABEL_TO_ACLED:
            raise GoldFormatError(f"{path}, line {number}: unknown label {label!r}")
        snippets.append(CaseSnippet(ident, text, label))
    return snippets


CASE_HALVES = ("study", "check")


def case_half(snippets: list[CaseSnippet], half: str) -> list[CaseSnippet]:
    """One fixed half of CASE snippets by their id: `int(sha256(id)[:8], 16) % 2`, 0 "study" (its errors may be
    read), 1 "check" (figures only), so a study of typing errors can be checked on snippets it never read."""
    if half not in CASE_HALVES:
        raise ValueError(f"half must be one of {CASE_HALVES}, not {half!r}")
    side = CASE_HALVES.index(half)
    return [s for s in snippets if int(hashlib.sha256(s.id.encode("utf-8")).hexdigest()[:8], 16) % 2 == side]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _weighted(rows: list[LabelRow], attribute: str) -> float:
    total = sum(r.support for r in rows)
    return sum(getattr(r, attribute) * r.support for r in rows) / total if total else 0.0


def score_labels(
    gold: list[str], predicted: list[str], labels: list[str] | tuple[str, ...] | None = None
) -> LabelScores:
    """Weighted F1, macro F1 and accuracy over the snippets whose gold label is in `labels`.

    With labels=None every snippet counts. Macro F1 averages over the labels that occur in the
    kept gold or predictions (restricted to `labels` when given); precision or recall with a zero
    denominator is 0, as in scikit-learn's default.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    keep = set(labels) if labels is not None else None
    pairs = [(g, p) for g, p in zip(gold, predicted, strict=False) if keep is None or g in keep]
    support = Counter(g for g, _ in pairs)
    guessed = Counter(p for _, p in pairs)
    right = Counter(g for g, p in pairs if g == p)
    present = set(support) | set(guessed)
    if keep is not None:
        present &= keep
    rows = []
    for label in sorted(present):
        precision = right[label] / guessed[label] if guessed[label] else 0.0
        recall = right[label] / support[label] if support[label] else 0.0
        rows.append(
            LabelRow(
                label, precision, recall, _f1(precision, recall), support[label], guessed[label]
            )
        )
    n = len(pairs)
    return LabelScores(
        weighted_f1=_weighted(rows, "f1"),
        macro_f1=sum(r.f1 for r in rows) / len(rows) if rows else 0.0,
        accuracy=sum(right.values()) / n if n else 0.0,
        n=n,
        per_label=rows,
    )
