"""Stored rows as the plain dicts of the JSON Lines output contract (FORMAT.md)."""

from __future__ import annotations

from datetime import date

from frontwatch.resolve.reliability import admiralty_code
from frontwatch.store import ActorRow, ControlRow, EventRow, FindingRow, PlaceRow, QuantityRow
from frontwatch.store.repository import canonical_aliases


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _admiralty(row) -> str:
    return admiralty_code(row.document.reliability, row.certainty)


def _evidence(row) -> list[dict]:
    return [{"doc": row.doc_id, "start": row.evidence_start, "end": row.evidence_end, "text": row.evidence_text}]


def _aliases(actor: ActorRow | None) -> list[str]:
    return canonical_aliases(actor.aliases) if actor else []


def _place_fields(place: PlaceRow | None) -> dict:
    if place is None:
        return {"location": None, "country": None, "latitude": None, "longitude": None,
                "geo_precision": None, "place_aliases": []}
    return {
        "location": place.name, "country": place.country, "latitude": place.latitude,
        "longitude": place.longitude, "geo_precision": place.geo_precision,
        "place_aliases": canonical_aliases(place.aliases), "geonames_id": place.geonames_id,
        "place_feature": place.feature,
    }


def event_record(row: EventRow) -> dict:
    """An event row as a contract record (kind "event")."""
    return {
        "kind": "event", "id": f"ev-{row.id}",
        "event_type": row.event_type, "sub_event_type": row.sub_event_type,
        "actor1": row.actor1.name if row.actor1 else None, "actor1_aliases": _aliases(row.actor1),
        "inter1": row.actor1.inter_code if row.actor1 else None,
        "actor2": row.actor2.name if row.actor2 else None, "actor2_aliases": _aliases(row.actor2),
        "inter2": row.actor2.inter_code if row.actor2 else None,
        "assoc_actor_1": list(row.assoc_actors),
        **_place_fields(row.place),
        "date_start": _iso(row.date_start), "date_end": _iso(row.date_end),
        "time_precision": row.time_precision, "date_expression": row.date_expression,
        "fatalities": row.fatalities_low, "fatalities_low": row.fatalities_low,
        "fatalities_high": row.fatalities_high,
        "certainty": row.certainty, "claim_source": row.claim_source, "admiralty": _admiralty(row),
        "trigger": row.trigger, "notes": list(row.notes),
        "review": row.review, "sources": [row.doc_id], "evidence": _evidence(row),
    }


def control_record(row: ControlRow) -> dict:
    """A control claim as a contract record (kind "control")."""
    place = _place_fields(row.place)
    return {
        "kind": "control", "id": f"ct-{row.id}",
        "actor": row.actor.name, "actor_aliases": _aliases(row.actor),
        "place": place["location"], "place_aliases": place["place_aliases"],
        "latitude": place["latitude"], "longitude": place["longitude"],
        "geo_precision": place["geo_precision"], "population": row.place.population,
        "status": row.status, "as_of": _iso(row.as_of),
        "certainty": row.certainty, "claim_source": row.claim_source, "admiralty": _admiralty(row),
        "review": row.review, "sources": [row.doc_id], "evidence": _evidence(row),
    }


def quantity_record(row: QuantityRow) -> dict:
    """A quantity as a contract record (kind "quantity")."""
    return {
        "kind": "quantity", "id": f"qt-{row.id}",
        "actor": row.actor.name if row.actor else None, "actor_aliases": _aliases(row.actor),
        "what": row.what, "place": row.place.name if row.place else None,
        "low": row.low, "high": row.high,
        "certainty": row.certainty, "claim_source": row.claim_source, "admiralty": _admiralty(row),
        "review": row.review, "sources": [row.doc_id], "evidence": _evidence(row),
    }


def finding_record(row: FindingRow) -> dict:
    """A consistency finding as a contract record (kind "finding")."""
    return {
        "kind": "finding", "id": f"fd-{row.id}",
        "what": row.what, "place": row.place, "relative_to": row.relative_to,
        "detail": row.detail, "consistent": row.consistent,
        "review": row.review, "sources": [row.doc_id], "evidence": _evidence(row),
    }
