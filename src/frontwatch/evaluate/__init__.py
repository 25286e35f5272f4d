"""frontwatch.evaluate: score exported facts against gold files and labels against CASE 2021."""

from frontwatch.evaluate.case import (
    CaseSnippet,
    LabelRow,
    LabelScores,
    load_case_tsv,
    score_labels,
)
from frontwatch.evaluate.gold import (
    GoldCheck,
    GoldControl,
    GoldEvent,
    GoldQuantity,
    GoldRecord,
    load_gold,
)
from frontwatch.evaluate.metrics import PRF, Diagnostic, GeoShare, Share
from frontwatch.evaluate.report import (
    label_scores_to_dict,
    render_diagnostics,
    render_label_scores,
    render_report,
    render_scores,
    scores_to_dict,
)
from frontwatch.evaluate.scorer import Metrics, RecordScore, Scores, score_all, score_record
from frontwatch.evaluate.system import load_export, records_for
from frontwatch.evaluate.taxonomy import (
    ACLED_LABELS,
    ACLED_TO_LABEL,
    ALL_LABELS,
    LABEL_TO_ACLED,
)

__all__ = [
    "ACLED_LABELS",
    "ACLED_TO_LABEL",
    "ALL_LABELS",
    "LABEL_TO_ACLED",
    "CaseSnippet",
    "Diagnostic",
    "GeoShare",
    "GoldCheck",
    "GoldControl",
    "GoldEvent",
    "GoldQuantity",
    "GoldRecord",
    "LabelRow",
    "LabelScores",
    "Metrics",
    "PRF",
    "RecordScore",
    "Scores",
    "Share",
    "label_scores_to_dict",
    "load_case_tsv",
    "load_export",
    "load_gold",
    "records_for",
    "render_diagnostics",
    "render_label_scores",
    "render_report",
    "render_scores",
    "scores_to_dict",
    "score_all",
    "score_labels",
    "score_record",
]
