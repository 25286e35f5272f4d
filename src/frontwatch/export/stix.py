"""STIX 2.1 bundle export, written object by object as JSON (the stix2 parser validates it in tests).

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

The bundle streams: facts are read a few hundred documents at a time and grouped by
document; each document's objects are written as they are made and its `report` after them;
a location or actor is written the first time a fact refers to it. Memory holds a few hundred
documents' facts and the ids of the places and actors written, never the whole bundle.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from itertools import islice
from typing import TextIO

import orjson

from frontwatch.export.base import Exporter, register
from frontwatch.export.csv_acled import _countries
from frontwatch.store import ControlRow, EventRow, QuantityRow, Store
from frontwatch.store.repository import canonical_aliases

NAMESPACE = uuid.UUID("6f1c2a8e-1d4b-5c39-9a51-3c7e2f0b8d10")  # of every id this export makes
_NAMESPACE_SHA1 = hashlib.sha1(NAMESPACE.bytes)  # hashed once: each id continues a copy
_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}  # the digit holding variant 10xx
CONFIDENCE = {"confirmed": 85, "reported": 60, "claimed": 30}
OPINION = {"confirmed": "strongly-agree", "reported": "agree", "claimed": "neutral"}
_GROUP_INTERS = {5, 6, 7}
_GEO_PRECISION_METRES = {1: 1000.0, 2: 10000.0, 3: 100000.0}


def stix_id(kind: str, key: str) -> str:
    """A deterministic STIX id for a frontwatch object: `kind--` and the UUIDv5 of `kind:key` (RFC 4122 §4.3,
    shaped on the hex digest: uuid.uuid5 builds objects this export would make half a million of)."""
    digest = _NAMESPACE_SHA1.copy()
    digest.update(f"{kind}:{key}".encode())
    h = digest.hexdigest()
    return f"{kind}--{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}"


def _created(stamp: datetime) -> str:
    """A STIX timestamp with millisecond precision (created/modified) in UTC."""
    stamp = stamp.astimezone(UTC) if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"


def _midnight(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _object(kind: str, ident: str, when: str, **properties: object) -> dict:
    """A STIX 2.1 object: common properties first, None and empty values left out (as stix2 does)."""
    obj: dict[str, object] = {"type": kind, "spec_version": "2.1", "id": ident, "created": when, "modified": when}
    obj.update({name: value for name, value in properties.items() if value is not None and value != []})
    return obj


class _DocumentObjects:
    """The objects read from one document, and the ids its report refers to."""

    def __init__(self, doc, written: dict[tuple, str]) -> None:
        self.doc = doc
        self.when = _created(doc.ingested_at)  # every object read from a document is stamped with its ingest
        self.written = written  # (kind, key) -> id of the locations and actors already in the bundle
        self.objects: list[dict] = []
        self.refs: dict[str, None] = {}

    def add(self, obj: dict) -> str:
        self.objects.append(obj)
        self.refs[obj["id"]] = None
        return obj["id"]

    def shared(self, kind: str, key: str, make: Callable[[str], dict]) -> str:
        """A location or actor: written once per bundle, referred to by every report that uses it."""
        ident = self.written.get((kind, key))
        if ident is None:
            ident = self.written[kind, key] = stix_id(kind, key)
            self.objects.append(make(ident))
        self.refs[ident] = None
        return ident

    def location(self, place) -> str:
        def make(ident: str) -> dict:
            info = _countries().get((place.country or "").casefold())
            return _object("location", ident, self.when, name=place.name, latitude=place.latitude,
                           longitude=place.longitude,
                           precision=_GEO_PRECISION_METRES.get(place.geo_precision, 10000.0),
                           country=info["iso"] if info else None, administrative_area=place.admin1 or None)

        return self.shared("location", f"{place.name}|{place.latitude}|{place.longitude}", make)

    def actor(self, actor) -> str:
        if actor.inter_code in _GROUP_INTERS:
            return self.shared("identity", actor.name, lambda ident: _object(
                "identity", ident, self.when, name=actor.name, identity_class="group"))
        return self.shared("threat-actor", actor.name, lambda ident: _object(
            "threat-actor", ident, self.when, name=actor.name, aliases=canonical_aliases(actor.aliases)))

    def relationship(self, key: str, kind: str, source: str, target: str, certainty: str, **extra) -> str:
        return self.add(_object("relationship", stix_id("relationship", key), self.when, relationship_type=kind,
                                source_ref=source, target_ref=target, confidence=CONFIDENCE.get(certainty, 50),
                                **extra))

    def opinion(self, key: str, target: str, certainty: str, evidence: str) -> None:
        self.add(_object("opinion", stix_id("opinion", key), self.when, opinion=OPINION.get(certainty, "neutral"),
                         object_refs=[target], explanation=f"{certainty}: {evidence}"))

    def event(self, row) -> None:
        fact = f"ev-{row.id}"
        ident = self.add(_object(
            "incident", stix_id("incident", fact), self.when, name=f"{row.sub_event_type} ({fact})",
            description=row.evidence_text, confidence=CONFIDENCE.get(row.certainty, 50),
            x_frontwatch_id=fact, x_frontwatch_event_type=row.event_type,
            x_frontwatch_sub_event_type=row.sub_event_type,
            x_frontwatch_date_start=row.date_start.isoformat() if row.date_start else None,
            x_frontwatch_date_end=row.date_end.isoformat() if row.date_end else None,
            x_frontwatch_fatalities=row.fatalities_low, x_frontwatch_certainty=row.certainty,
            x_frontwatch_review=row.review,
        ))
        self.opinion(fact, ident, row.certainty, row.evidence_text)
        if row.place is not None:
            self.relationship(f"{fact}|place", "located-at", ident, self.location(row.place), row.certainty)
        for role, actor in (("actor1", row.actor1), ("actor2", row.actor2)):
            if actor is not None:
                self.relationship(f"{fact}|{role}", "related-to", ident, self.actor(actor), row.certainty,
                                  description=role)

    def control(self, row) -> None:
        fact = f"ct-{row.id}"
        rel = self.relationship(
            fact, "located-at", self.actor(row.actor), self.location(row.place), row.certainty,
            description=f"{row.actor.name} {row.status} {row.place.name} ({fact}): {row.evidence_text}",
            start_time=_midnight(row.as_of) if row.as_of else None,
        )
        self.opinion(fact, rel, row.certainty, row.evidence_text)

    def quantity(self, row) -> None:
        fact = f"qt-{row.id}"
        self.add(_object("note", stix_id("note", fact), self.when, abstract=f"{row.what}: {row.low}–{row.high}",
                         content=row.evidence_text, object_refs=[stix_id("report", self.doc.id)]))

    def report(self) -> dict:
        """The document's report, referring to everything read from it."""
        doc = self.doc
        published = doc.published or doc.ingested_at.date()
        return _object("report", stix_id("report", doc.id), self.when, name=doc.title or doc.origin,
                       description=doc.source, published=_midnight(published), object_refs=list(self.refs),
                       x_frontwatch_document=doc.id)


_KINDS = ((EventRow, "event"), (ControlRow, "control"), (QuantityRow, "quantity"))
DOCUMENTS_PER_READ = 200


def _facts_by_document(store: Store, doc_ids: Sequence[str] | None) -> Iterator[tuple[object, list]]:
    """(document header, [(method name, fact), ...]) per document with facts, in the store's document order;
    documents are read DOCUMENTS_PER_READ at a time, their facts grouped in memory."""
    ids = store.iter_document_ids(doc_ids)
    while chunk := list(islice(ids, DOCUMENTS_PER_READ)):
        facts: dict[str, list] = {doc_id: [] for doc_id in chunk}
        headers: dict[str, object] = {}
        for table, method in _KINDS:
            for row in store.iter_views(table, chunk):
                facts[row.doc_id].append((method, row))
                headers[row.doc_id] = row.document
        for doc_id in chunk:
            if facts[doc_id]:
                yield headers[doc_id], facts[doc_id]


def stix_objects(store: Store, doc_ids: Sequence[str] | None = None) -> Iterator[dict]:
    """Every stored document with facts and its facts as STIX 2.1 objects, one document at a time."""
    written: dict[tuple, str] = {}
    for doc, facts in _facts_by_document(store, doc_ids):
        objects = _DocumentObjects(doc, written)
        for method, row in facts:
            getattr(objects, method)(row)
        yield from objects.objects
        yield objects.report()


def write_stix(store: Store, out: TextIO, doc_ids: Sequence[str] | None = None) -> int:
    """Write the STIX 2.1 bundle as JSON, object by object; returns how many objects it holds."""
    reports = hashlib.sha1()  # the bundle id: a digest of the documents' ids, made as they pass
    out.write('{"type": "bundle", "objects": [')
    count = 0
    for obj in stix_objects(store, doc_ids):
        out.write(",\n" if count else "\n")
        out.write(orjson.dumps(obj).decode("utf-8"))
        if obj["type"] == "report":
            reports.update(obj["x_frontwatch_document"].encode("utf-8") + b"\n")
        count += 1
    out.write(f'\n], "id": "{stix_id("bundle", reports.hexdigest())}"}}\n')
    return count


STIX = register(Exporter("stix", ".json", "application/stix+json;version=2.1", write_stix))
