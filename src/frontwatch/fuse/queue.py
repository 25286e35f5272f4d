"""The review queue: facts nobody reviewed yet that most need a human eye, each with why."""

from __future__ import annotations

from sqlalchemy import select

from frontwatch.store import ControlRow, EventRow, FindingRow, Store
from frontwatch.store.fusion_schema import FactStatusRow

# Lower sorts first: an inconsistency outranks a missing field, which outranks a lone claim.
_RANK = {"inconsistent": 0, "no place": 1, "no actor": 2, "no date": 3, "claimed": 4}


def _event_reasons(row: EventRow) -> list[str]:
    reasons = []
    if row.place_id is None:
        reasons.append("no place")
    if row.actor1_id is None:
        reasons.append("no actor")
    if row.date_start is None:
        reasons.append("no date")
    if row.certainty == "claimed":
        reasons.append("claimed")
    return reasons


def review_queue(store: Store, limit: int = 100) -> list[dict]:
    """Unreviewed facts with a reason to doubt them (inconsistent, missing place/actor/date, claimed only)."""
    with store.session() as session:
        reviewed = set(session.scalars(select(FactStatusRow.fact_id)))
        found: list[dict] = []
        for row in session.scalars(select(FindingRow).where(FindingRow.consistent.is_(False))):
            found.append({"fact_id": f"fd-{row.id}", "reasons": ["inconsistent"],
                          "summary": f"{row.what} · {row.place}: {row.detail}", "evidence": row.evidence_text})
        for row in session.scalars(select(EventRow)).unique():
            if reasons := _event_reasons(row):
                found.append({"fact_id": f"ev-{row.id}", "reasons": reasons,
                              "summary": f"{row.sub_event_type} · {row.place.name if row.place else '?'}",
                              "evidence": row.evidence_text})
        for row in session.scalars(select(ControlRow).where(ControlRow.certainty == "claimed")).unique():
            found.append({"fact_id": f"ct-{row.id}", "reasons": ["claimed"],
                          "summary": f"{row.actor.name} {row.status} {row.place.name}", "evidence": row.evidence_text})
    found = [f for f in found if f["fact_id"] not in reviewed]
    found.sort(key=lambda f: (min(_RANK[r] for r in f["reasons"]), -len(f["reasons"]), f["fact_id"]))
    return found[:limit]
