"""Analyst review: accept, reject or edit any stored fact; the reviewed value wins everywhere."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from frontwatch.errors import InputError
from frontwatch.model import Certainty, ControlStatus
from frontwatch.store import Store
from frontwatch.store.fusion_schema import ReviewRow


def _as_int(value: str) -> int | None:
    return None if value.strip().lower() in {"", "none", "null"} else int(value)


def _as_date(value: str) -> date | None:
    return None if value.strip().lower() in {"", "none", "null"} else date.fromisoformat(value)


def _as_text(value: str) -> str | None:
    return None if value.strip().lower() in {"none", "null"} else value.strip()


def _as_certainty(value: str) -> str:
    return Certainty(value.strip().lower()).value


def _as_status(value: str) -> str:
    return ControlStatus(value.strip().lower()).value


def _as_bool(value: str) -> bool:
    if value.strip().lower() in {"true", "yes", "1"}:
        return True
    if value.strip().lower() in {"false", "no", "0"}:
        return False
    raise ValueError(f"{value!r} is not true/false")


_COMMON: dict[str, Callable[[str], object]] = {"certainty": _as_certainty, "claim_source": _as_text}
EDITABLE: dict[str, dict[str, Callable[[str], object]]] = {
    "ev": {**_COMMON, "event_type": _as_text, "sub_event_type": _as_text, "actor1": _as_text,
           "actor2": _as_text, "place": _as_text, "date_start": _as_date, "date_end": _as_date,
           "time_precision": _as_int, "fatalities_low": _as_int, "fatalities_high": _as_int},
    "ct": {**_COMMON, "actor": _as_text, "place": _as_text, "status": _as_status, "as_of": _as_date},
    "qt": {**_COMMON, "what": _as_text, "actor": _as_text, "place": _as_text, "low": _as_int, "high": _as_int},
    "fd": {"consistent": _as_bool, "detail": _as_text},
}


@dataclass
class FactReview:
    """The effect of all reviews of one fact: rejected/accepted flags and edited fields."""

    rejected: bool = False
    accepted: bool = False
    edits: dict[str, object] = field(default_factory=dict)
    review_ids: list[int] = field(default_factory=list)


@dataclass
class ReviewOverlay:
    """All reviews of a store, looked up by fact id or, after re-extraction, by evidence."""

    by_fact: dict[str, FactReview] = field(default_factory=dict)
    by_evidence: dict[tuple[str, str, int, int], list[FactReview]] = field(default_factory=dict)
    anchors: dict[str, tuple[str, int, int]] = field(default_factory=dict)

    def for_row(self, prefix: str, row) -> FactReview | None:
        """The review of a stored fact row, or None when it was never reviewed."""
        fact_id = f"{prefix}-{row.id}"
        anchor = (row.doc_id, row.evidence_start, row.evidence_end)
        review = self.by_fact.get(fact_id)
        if review is not None and self.anchors.get(fact_id) == anchor:
            return review
        candidates = self.by_evidence.get((prefix, *anchor), [])
        return candidates[0] if len(candidates) == 1 else None


def _render(value: object) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def _current_value(row, prefix: str, name: str) -> object:
    if name in {"actor1", "actor2", "actor", "place"}:
        related = getattr(row, name)
        return related.name if related is not None else None
    return getattr(row, name)


def _record(store: Store, fact_id: str, action: str, who: str, note: str | None,
            name: str | None = None, value: str | None = None) -> dict:
    if not who.strip():
        raise InputError(fact_id, "a review needs the reviewer's name (--who)")
    row = store.fact(fact_id)
    if row is None:
        raise InputError(fact_id, "no such fact: use an id such as ev-3, ct-1, qt-7 or fd-2")
    prefix = fact_id.partition("-")[0]
    old = new = None
    if action == "edit":
        parsers = EDITABLE[prefix]
        if name not in parsers:
            raise InputError(fact_id, f"field {name!r} cannot be edited; editable: {', '.join(parsers)}")
        try:
            parsed = parsers[name](value or "")
        except ValueError as exc:
            raise InputError(fact_id, f"value {value!r} does not fit field {name!r}: {exc}") from exc
        old = _render(_current_value(row, prefix, name))
        new = _render(parsed)
    with store.session() as session, session.begin():
        review = ReviewRow(
            fact_id=fact_id, doc_id=row.doc_id, evidence_start=row.evidence_start,
            evidence_end=row.evidence_end, action=action, field=name, old_value=old,
            new_value=new, who=who.strip(), note=note,
        )
        session.add(review)
        session.flush()
        return _review_dict(review)


def accept(store: Store, fact_id: str, who: str, note: str | None = None) -> dict:
    """Mark a fact as checked by an analyst; returns the review entry."""
    return _record(store, fact_id, "accept", who, note)


def reject(store: Store, fact_id: str, who: str, note: str | None = None) -> dict:
    """Reject a fact: it no longer enters fusion, control, population, ledgers or sitreps."""
    return _record(store, fact_id, "reject", who, note)


def edit(store: Store, fact_id: str, name: str, value: str, who: str, note: str | None = None) -> dict:
    """Set one field of a fact to an analyst's value (kept over extraction); returns the entry."""
    return _record(store, fact_id, "edit", who, note, name=name, value=value)


def _review_dict(row: ReviewRow) -> dict:
    return {
        "id": row.id, "fact_id": row.fact_id, "doc": row.doc_id,
        "evidence_start": row.evidence_start, "evidence_end": row.evidence_end,
        "action": row.action, "field": row.field, "old": row.old_value, "new": row.new_value,
        "who": row.who, "at": row.at.isoformat() if row.at else None, "note": row.note,
    }


def review_log(store: Store) -> list[dict]:
    """Every review, oldest first, as plain dicts (for export)."""
    with store.session() as session:
        return [_review_dict(r) for r in session.scalars(select(ReviewRow).order_by(ReviewRow.id))]


def load_overlay(store: Store) -> ReviewOverlay:
    """The reviews of a store folded per fact (later reviews win)."""
    overlay = ReviewOverlay()
    with store.session() as session:
        rows = list(session.scalars(select(ReviewRow).order_by(ReviewRow.id)))
    for row in rows:
        prefix = row.fact_id.partition("-")[0]
        review = overlay.by_fact.get(row.fact_id)
        if review is None:
            review = overlay.by_fact[row.fact_id] = FactReview()
            anchor = (row.doc_id, row.evidence_start, row.evidence_end)
            overlay.anchors[row.fact_id] = anchor
            overlay.by_evidence.setdefault((prefix, *anchor), []).append(review)
        review.review_ids.append(row.id)
        if row.action == "reject":
            review.rejected, review.accepted = True, False
        elif row.action == "accept":
            review.rejected, review.accepted = False, True
        elif row.field in EDITABLE.get(prefix, {}):
            review.edits[row.field] = EDITABLE[prefix][row.field](row.new_value or "none")
    return overlay
