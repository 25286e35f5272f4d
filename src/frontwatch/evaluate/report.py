"""Render scores as rich tables and as plain dictionaries for `--json`."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rich.console import Group
from rich.table import Table

from frontwatch.evaluate.case import LabelScores
from frontwatch.evaluate.metrics import PRF, GeoShare, Share
from frontwatch.evaluate.scorer import Metrics, RecordScore, Scores

_TITLES = {
    "events": "Events (sub-event type, place, date)",
    "events_by_type": "Events (event type, place, date)",
    "events_by_place_date": "Events (place, date)",
    "actor1": "Actor 1 of matched events",
    "certainty": "Certainty of matched events",
    "fatalities": "Fatalities of matched events",
    "geocoding": "Geocoding",
    "control": "Control (actor, place, status)",
    "quantities": "Quantities (what, range)",
    "checks": "Gazetteer checks found",
}


def _pct(value: float, defined: bool = True) -> str:
    return f"{value:.3f}" if defined else "n/a"


def render_scores(scores: Metrics, title: str = "frontwatch evaluation") -> Table:
    """A table with one row per metric: precision, recall, F1 (or share) and the counts."""
    table = Table(title=title)
    for column in ("metric", "P", "R", "F1", "counts"):
        table.add_column(column, justify="left" if column in ("metric", "counts") else "right")
    for name, value in scores.counts().items():
        label = _TITLES.get(name, name)
        if isinstance(value, PRF):
            d = value.defined
            table.add_row(
                label,
                _pct(value.precision, d),
                _pct(value.recall, d),
                _pct(value.f1, d),
                f"matched {value.matched}, system {value.system}, gold {value.gold}",
            )
        elif isinstance(value, GeoShare):
            d = bool(value.total)
            table.add_row(
                label + " ≤25 km", "", "", _pct(value.share_25, d),
                f"{value.within_25}/{value.total}",
            )
            table.add_row(
                label + " ≤161 km", "", "", _pct(value.share_161, d),
                f"{value.within_161}/{value.total}",
            )
        elif isinstance(value, Share):
            table.add_row(label, "", "", _pct(value.rate, bool(value.total)),
                          f"{value.correct}/{value.total}")
    return table


def render_diagnostics(scores: Scores | RecordScore) -> Table:
    """A table listing missed gold items, unmatched system items, argument and geocoding errors."""
    table = Table(title="Diagnostics")
    for column in ("report", "kind", "section", "item"):
        table.add_column(column)
    groups = (
        ("missed gold", scores.unmatched_gold),
        ("extra system", scores.unmatched_system),
        ("wrong argument", scores.argument_errors),
        ("geocoding", scores.geocoding_misses),
    )
    for kind, items in groups:
        for d in items:
            table.add_row(d.record_id, kind, d.section, d.text)
    return table


def render_report(scores: Scores) -> Group:
    """The summary table followed by the diagnostics table."""
    return Group(render_scores(scores), render_diagnostics(scores))


def _metrics_dict(scores: Metrics) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in scores.counts().items():
        entry: dict[str, Any] = asdict(value)
        if isinstance(value, PRF):
            entry.update(precision=value.precision, recall=value.recall, f1=value.f1)
        elif isinstance(value, GeoShare):
            entry.update(share_25=value.share_25, share_161=value.share_161)
        else:
            entry.update(rate=value.rate)
        out[name] = entry
    return out


def _diagnostics_dict(scores: Scores | RecordScore) -> dict[str, list[dict[str, str]]]:
    return {
        "unmatched_gold": [asdict(d) for d in scores.unmatched_gold],
        "unmatched_system": [asdict(d) for d in scores.unmatched_system],
        "argument_errors": [asdict(d) for d in scores.argument_errors],
        "geocoding_misses": [asdict(d) for d in scores.geocoding_misses],
    }


def scores_to_dict(scores: Scores) -> dict[str, Any]:
    """A JSON-ready dict: summed metrics, per-record metrics and the diagnostics."""
    return {
        "totals": _metrics_dict(scores),
        "records": {r.id: _metrics_dict(r) for r in scores.records},
        "diagnostics": _diagnostics_dict(scores),
    }


def render_label_scores(scores: LabelScores, title: str = "Event classification") -> Table:
    """A per-label table with a final row of weighted F1, macro F1 and accuracy."""
    table = Table(title=title)
    for column in ("label", "P", "R", "F1", "support", "predicted"):
        table.add_column(column, justify="left" if column == "label" else "right")
    for row in scores.per_label:
        table.add_row(row.label, f"{row.precision:.3f}", f"{row.recall:.3f}", f"{row.f1:.3f}",
                      str(row.support), str(row.predicted))
    table.add_section()
    table.add_row("weighted F1", "", "", f"{scores.weighted_f1:.3f}", str(scores.n), "")
    table.add_row("macro F1", "", "", f"{scores.macro_f1:.3f}", "", "")
    table.add_row("accuracy", "", "", f"{scores.accuracy:.3f}", "", "")
    return table


def label_scores_to_dict(scores: LabelScores) -> dict[str, Any]:
    """A JSON-ready dict of label scores."""
    return {
        "weighted_f1": scores.weighted_f1,
        "macro_f1": scores.macro_f1,
        "accuracy": scores.accuracy,
        "weighted_precision": scores.weighted_precision,
        "weighted_recall": scores.weighted_recall,
        "n": scores.n,
        "per_label": [asdict(r) for r in scores.per_label],
    }
