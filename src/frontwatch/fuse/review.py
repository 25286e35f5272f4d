"""Analyst review: accept, reject or edit any stored fact; the reviewed value wins everywhere."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from frontwatch.errors import InputError
from frontwatch.model import Certainty, ControlStatus
from frontwatch.store import ActorRow, PlaceRow, Store
from frontwatch.store.fusion_schema import FusedEventRow, ReviewRow
from frontwatch.store.repository import FACT_TABLES
from frontwatch.store.schema import FactStatusRow


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
           "time_precision": _as_int, "fatalities": _as_int, "fatalities_low": _as_int, "fatalities_high": _as_int},
    "ct": {**_COMMON, "actor": _as_text, "place": _as_text, "status": _as_status, "as_of": _as_date},
    "qt": {**_COMMON, "what": _as_text, "actor": _as_text, "place": _as_text, "low": _as_int, "high": _as_int},
    "fd": {"consistent": _as_bool, "detail": _as_text},
}


# A field that sets several stored columns at once ("fatalities 12" = low 12, high 12).
COMPOSITE: dict[str, tuple[str, ...]] = {"fatalities": ("fatalities_low", "fatalities_high")}


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
    if name in COMPOSITE:
        values = {getattr(row, column) for column in COMPOSITE[name]}
        return values.pop() if len(values) == 1 else "–".join(str(getattr(row, c)) for c in COMPOSITE[name])
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
        if action == "edit" and name is not None:
            apply_edit(session, FACT_TABLES[prefix], int(fact_id.partition("-")[2]), name, parsed)
        review = ReviewRow(
            fact_id=fact_id, doc_id=row.doc_id, evidence_start=row.evidence_start,
            evidence_end=row.evidence_end, action=action, field=name, old_value=old,
            new_value=new, who=who.strip(), note=note,
        )
        session.add(review)
        session.flush()
        _set_status(session, fact_id, prefix, action, review.id)
        entry = _review_dict(review)
    _refresh_fusion(store, prefix)
    return entry


def _set_status(session, fact_id: str, prefix: str, action: str, review_id: int) -> None:
    """Record a fact's current review state (the latest accept/reject wins; an edit keeps a rejection)."""
    status = {"accept": "accepted", "reject": "rejected", "edit": "edited"}[action]
    current = session.get(FactStatusRow, fact_id)
    if current is None:
        session.add(FactStatusRow(fact_id=fact_id, kind=prefix, number=int(fact_id.partition("-")[2]),
                                  status=status, review_id=review_id))
        return
    if not (action == "edit" and current.status == "rejected"):
        current.status = status
    current.review_id = review_id


def _refresh_fusion(store: Store, prefix: str) -> None:
    """Re-fuse after a review of an event or control claim, when fused events are stored (so maps agree)."""
    if prefix not in {"ev", "ct"}:
        return
    from frontwatch.fuse.events import fuse_events

    with store.session() as session:
        fused = session.scalar(select(FusedEventRow.id).limit(1))
    if fused is not None:
        fuse_events(store)


def _named(session, table, name: str):
    """The stored actor or place of a name (case-insensitive; the most populous place), or None."""
    query = select(table).where(func.lower(table.name) == name.strip().lower())
    if table is PlaceRow:
        query = query.order_by(PlaceRow.population.desc().nulls_last())
    return session.scalars(query.limit(1)).first()


def _public_id(table, number: int) -> str:
    return next(f"{k}-{number}" for k, t in FACT_TABLES.items() if t is table)


def apply_edit(session, table, number: int, name: str, value: object) -> None:
    """Write an analyst's value into the stored fact, so every list, export and map shows it."""
    row = session.get(table, number)
    if name in {"actor1", "actor2", "actor"}:
        actor = None
        if value is not None:
            actor = _named(session, ActorRow, str(value))
            if actor is None:
                actor = ActorRow(name=str(value), aliases=[], inter_code=8, kind="other", needs_review=True)
                session.add(actor)
                session.flush()
        setattr(row, f"{name}_id", actor.id if actor else None)
        return
    if name == "place":
        place = _named(session, PlaceRow, str(value)) if value is not None else None
        if value is not None and place is None:
            raise InputError(_public_id(table, number), f"no stored place is named {value!r}: "
                             "name a place some report mentions (see `frontwatch events`)")
        row.place_id = place.id if place else None
        if hasattr(row, "place_longitude"):  # events copy their place's point for box filters (schema.EventRow)
            row.place_longitude, row.place_latitude = (place.longitude, place.latitude) if place else (None, None)
        return
    for column in COMPOSITE.get(name, (name,)):
        setattr(row, column, value)


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
            value = EDITABLE[prefix][row.field](row.new_value or "none")
            for name in COMPOSITE.get(row.field, (row.field,)):
                review.edits[name] = value
    return overlay


def review_history(store: Store, fact_id: str) -> list[dict]:
    """Every review of one fact, oldest first."""
    with store.session() as session:
        rows = session.scalars(select(ReviewRow).where(ReviewRow.fact_id == fact_id).order_by(ReviewRow.id))
        return [_review_dict(r) for r in rows]


def review_status(store: Store, fact_id: str) -> str | None:
    """accepted, rejected or edited; None for a fact nobody reviewed."""
    with store.session() as session:
        row = session.get(FactStatusRow, fact_id)
        return row.status if row else None


def review_statuses(store: Store, fact_ids: list[str]) -> dict[str, str]:
    """The review status of each reviewed fact among some ids."""
    with store.session() as session:
        rows = session.scalars(select(FactStatusRow).where(FactStatusRow.fact_id.in_(fact_ids)))
        return {row.fact_id: row.status for row in rows}
