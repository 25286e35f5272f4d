"""The review queue: facts nobody reviewed yet that most need a human eye, each with why."""

from __future__ import annotations

from sqlalchemy import select

from frontwatch.store import ControlRow, EventRow, FindingRow, Store
from frontwatch.store.schema import FactStatusRow

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
        for finding in session.scalars(select(FindingRow).where(FindingRow.consistent.is_(False))):
            found.append({"fact_id": f"fd-{finding.id}", "reasons": ["inconsistent"],
                          "summary": f"{finding.what} · {finding.place}: {finding.detail}",
                          "evidence": finding.evidence_text})
        for event in session.scalars(select(EventRow)).unique():
            if reasons := _event_reasons(event):
                found.append({"fact_id": f"ev-{event.id}", "reasons": reasons,
                              "summary": f"{event.sub_event_type} · {event.place.name if event.place else '?'}",
                              "evidence": event.evidence_text})
        for claim in session.scalars(select(ControlRow).where(ControlRow.certainty == "claimed")).unique():
            found.append({"fact_id": f"ct-{claim.id}", "reasons": ["claimed"],
                          "summary": f"{claim.actor.name} {claim.status} {claim.place.name}",
                          "evidence": claim.evidence_text})
    found = [f for f in found if f["fact_id"] not in reviewed]
    found.sort(key=lambda f: (min(_RANK[r] for r in f["reasons"]), -len(f["reasons"]), f["fact_id"]))
    return found[:limit]
