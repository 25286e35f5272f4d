"""STIX 2.1 bundle export through the stix2 library.

Mapping: each document → `report` (object_refs: everything read from it); each place →
`location`; each actor → `threat-actor` (armed actors, ACLED inter codes 1–4 and 8) or
`identity` (rioters, protesters, civilians: codes 5–7, class "group"); each event →
`incident` with x_frontwatch_* properties (type, date, fatalities, evidence), linked
`located-at` its location and `related-to` its actors; each control claim → a
`located-at` relationship from the actor to the place (description: status, as_of as
start_time). Every incident and relationship gets a `confidence` and an `opinion` from
its certainty (confirmed 85 / strongly-agree, reported 60 / agree, claimed 30 / neutral).
Quantities become `note`s. Ids are UUIDv5 of frontwatch ids, timestamps the documents'
ingest times, so the same store always gives the same bundle.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TextIO

import stix2

from frontwatch.export.base import Exporter, register
from frontwatch.store import ActorRow, ControlRow, EventRow, PlaceRow, QuantityRow, Store
from frontwatch.store.schema import DocumentHeader

_NAMESPACE = uuid.UUID("6f1c2a8e-1d4b-5c39-9a51-3c7e2f0b8d10")
CONFIDENCE = {"confirmed": 85, "reported": 60, "claimed": 30}
OPINION = {"confirmed": "strongly-agree", "reported": "agree", "claimed": "neutral"}
_GROUP_INTERS = {5, 6, 7}


def stix_id(kind: str, key: str) -> str:
    """A deterministic STIX id for a frontwatch object."""
    return f"{kind}--{uuid.uuid5(_NAMESPACE, f'{kind}:{key}')}"


def _when(doc: DocumentHeader) -> datetime:
    stamp = doc.ingested_at
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.replace(microsecond=(stamp.microsecond // 1000) * 1000)


class _BundleBuilder:
    """Collects STIX objects once each, and the ids each document's report refers to."""

    def __init__(self) -> None:
        self.objects: dict[str, object] = {}
        self.refs: dict[str, list[str]] = defaultdict(list)

    def add(self, doc_id: str, obj) -> str:
        self.objects.setdefault(obj.id, obj)
        if obj.id not in self.refs[doc_id]:
            self.refs[doc_id].append(obj.id)
        return obj.id

    def location(self, doc: DocumentHeader, place: PlaceRow) -> str:
        from frontwatch.export.csv_acled import _countries

        ident = stix_id("location", f"{place.name}|{place.latitude}|{place.longitude}")
        if ident not in self.objects:
            info = _countries().get((place.country or "").casefold())
            extra = {"country": info["iso"]} if info else {}
            if place.admin1:
                extra["administrative_area"] = place.admin1
            self.objects[ident] = stix2.v21.Location(
                id=ident, name=place.name, latitude=place.latitude, longitude=place.longitude,
                precision=float({1: 1000, 2: 10000, 3: 100000}.get(place.geo_precision, 10000)),
                created=_when(doc), modified=_when(doc), **extra,
            )
        return self.add(doc.id, self.objects[ident])

    def actor(self, doc: DocumentHeader, actor: ActorRow) -> str:
        if actor.inter_code in _GROUP_INTERS:
            ident = stix_id("identity", actor.name)
            if ident not in self.objects:
                self.objects[ident] = stix2.v21.Identity(
                    id=ident, name=actor.name, identity_class="group", created=_when(doc), modified=_when(doc),
                )
        else:
            ident = stix_id("threat-actor", actor.name)
            if ident not in self.objects:
                self.objects[ident] = stix2.v21.ThreatActor(
                    id=ident, name=actor.name, aliases=list(actor.aliases) or None,
                    created=_when(doc), modified=_when(doc),
                )
        return self.add(doc.id, self.objects[ident])

    def relationship(self, doc: DocumentHeader, key: str, kind: str, source: str, target: str,
                     certainty: str, **extra) -> str:
        rel = stix2.v21.Relationship(
            id=stix_id("relationship", key), relationship_type=kind, source_ref=source, target_ref=target,
            confidence=CONFIDENCE.get(certainty, 50), created=_when(doc), modified=_when(doc), **extra,
        )
        return self.add(doc.id, rel)

    def opinion(self, doc: DocumentHeader, key: str, target: str, certainty: str, evidence: str) -> None:
        self.add(doc.id, stix2.v21.Opinion(
            id=stix_id("opinion", key), opinion=OPINION.get(certainty, "neutral"), object_refs=[target],
            explanation=f"{certainty}: {evidence}", created=_when(doc), modified=_when(doc),
        ))

    def event(self, doc: DocumentHeader, row: EventRow) -> None:
        fact = f"ev-{row.id}"
        incident = stix2.v21.Incident(
            id=stix_id("incident", fact), name=f"{row.sub_event_type} ({fact})",
            description=row.evidence_text, confidence=CONFIDENCE.get(row.certainty, 50),
            created=_when(doc), modified=_when(doc), allow_custom=True,
            x_frontwatch_id=fact, x_frontwatch_event_type=row.event_type,
            x_frontwatch_sub_event_type=row.sub_event_type,
            x_frontwatch_date_start=row.date_start.isoformat() if row.date_start else None,
            x_frontwatch_date_end=row.date_end.isoformat() if row.date_end else None,
            x_frontwatch_fatalities=row.fatalities_low, x_frontwatch_certainty=row.certainty,
        )
        ident = self.add(doc.id, incident)
        self.opinion(doc, fact, ident, row.certainty, row.evidence_text)
        if row.place is not None:
            self.relationship(doc, f"{fact}|place", "located-at", ident, self.location(doc, row.place), row.certainty)
        for role, actor in (("actor1", row.actor1), ("actor2", row.actor2)):
            if actor is not None:
                self.relationship(doc, f"{fact}|{role}", "related-to", ident, self.actor(doc, actor),
                                  row.certainty, description=role)

    def control(self, doc: DocumentHeader, row: ControlRow) -> None:
        fact = f"ct-{row.id}"
        extra = {}
        if row.as_of:
            extra["start_time"] = datetime(row.as_of.year, row.as_of.month, row.as_of.day, tzinfo=UTC)
        rel = self.relationship(
            doc, fact, "located-at", self.actor(doc, row.actor), self.location(doc, row.place), row.certainty,
            description=f"{row.actor.name} {row.status} {row.place.name} ({fact}): {row.evidence_text}", **extra,
        )
        self.opinion(doc, fact, rel, row.certainty, row.evidence_text)

    def quantity(self, doc: DocumentHeader, row: QuantityRow) -> None:
        fact = f"qt-{row.id}"
        report_id = stix_id("report", doc.id)
        self.add(doc.id, stix2.v21.Note(
            id=stix_id("note", fact), abstract=f"{row.what}: {row.low}–{row.high}",
            content=row.evidence_text, object_refs=[report_id], created=_when(doc), modified=_when(doc),
        ))


def stix_bundle(store: Store, doc_ids: Sequence[str] | None = None) -> stix2.v21.Bundle:
    """Every stored document and fact as one STIX 2.1 bundle."""
    builder = _BundleBuilder()
    docs = {d.id: d for d in store.document_headers() if doc_ids is None or d.id in doc_ids}
    for row in store.iter_rows(EventRow, doc_ids):
        builder.event(docs[row.doc_id], row)
    for row in store.iter_rows(ControlRow, doc_ids):
        builder.control(docs[row.doc_id], row)
    for row in store.iter_rows(QuantityRow, doc_ids):
        builder.quantity(docs[row.doc_id], row)
    reports = []
    for doc in docs.values():
        refs = builder.refs.get(doc.id)
        if not refs:
            continue
        published = doc.published or _when(doc).date()
        reports.append(stix2.v21.Report(
            id=stix_id("report", doc.id), name=doc.title or doc.origin, description=doc.source,
            published=datetime(published.year, published.month, published.day, tzinfo=UTC),
            object_refs=refs, created=_when(doc), modified=_when(doc), allow_custom=True,
            x_frontwatch_document=doc.id,
        ))
    objects = [*reports, *builder.objects.values()]
    key = ",".join(sorted(docs))
    return stix2.v21.Bundle(id=stix_id("bundle", key), objects=objects, allow_custom=True)


def write_stix(store: Store, out: TextIO, doc_ids: Sequence[str] | None = None) -> int:
    """Write the STIX 2.1 bundle as JSON; returns how many objects it holds."""
    bundle = stix_bundle(store, doc_ids)
    out.write(bundle.serialize(pretty=False, ensure_ascii=False))
    out.write("\n")
    return len(bundle.objects)


STIX = register(Exporter("stix", ".json", "application/stix+json;version=2.1", write_stix))
