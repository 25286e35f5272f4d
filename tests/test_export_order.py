"""The same documents give the same database and the same exports whatever order they arrive in.

Fact ids are handles given in the order documents are stored (a review refers to them), so two
arrival orders number the facts differently, and STIX stamps objects with the documents' ingest
times; everything else, the order of the records included, is a function of the documents:
exports list facts by the document's publication date, its own id and the fact's place in the
text, and alias lists are merged canonically.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from frontwatch.api.synthetic import synthetic_extractions
from frontwatch.export import EXPORTERS
from frontwatch.model import Extraction
from frontwatch.store import ActorRow, ControlRow, DocumentRow, EventRow, FindingRow, PlaceRow, QuantityRow, Store

FACT_TABLES = (EventRow, ControlRow, QuantityRow, FindingRow)
INGESTED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)  # every store's documents stored "at once" (STIX shows it)
ORDERS = {  # positions of the documents in the order each store receives them
    "as read": lambda n: list(range(n)),
    "reversed": lambda n: list(reversed(range(n))),
    "odd ones first": lambda n: [*range(1, n, 2), *range(0, n, 2)],
}


def _documents() -> list[Extraction]:
    """Synthetic reports whose actors each report names with an alias of its own (so a list merged in first-seen
    order would follow the arrival order)."""
    extractions = synthetic_extractions(45, seed=11)
    for k, extraction in enumerate(extractions):
        extraction.events = [replace(ev, actor1=replace(ev.actor1, aliases=(f"the {k % 4} brigade",
                                                                            *ev.actor1.aliases)))
                             for ev in extraction.events]
    return extractions


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> dict[str, Store]:
    documents = _documents()
    made = {}
    for name, order in ORDERS.items():
        store = Store("sqlite:///" + str(tmp_path_factory.mktemp("order") / "o.db"))
        for position in order(len(documents)):
            store.save(documents[position])
        with store.engine.begin() as connection:
            connection.execute(update(DocumentRow.__table__).values(ingested_at=INGESTED))
        made[name] = store
    yield made
    for store in made.values():
        store.close()


def _export(store: Store, name: str) -> str:
    out = io.StringIO()
    EXPORTERS[name].write(store, out, None)
    return out.getvalue()


def _numbered_like(store: Store, reference: Store) -> None:
    """Give every fact of `store` the id of its twin in `reference`: the fact at the same place in the export
    order (the only difference two arrival orders may leave)."""
    pairs = {table: ([v.id for v in store.iter_views(table)], [v.id for v in reference.iter_views(table)])
             for table in FACT_TABLES}
    shift = 1_000_000
    with store.engine.begin() as connection:
        for table, (ours, theirs) in pairs.items():
            assert len(ours) == len(theirs)
            column = table.__table__.c.id
            connection.execute(update(table.__table__).values(id=column + shift))
            for mine, twin in zip(ours, theirs, strict=True):
                connection.execute(update(table.__table__).where(column == mine + shift).values(id=twin))


def test_the_orders_number_the_facts_differently(stores):
    """Otherwise the other tests would not show anything: ev-1 is read from another document in each store."""
    assert len({store.fact("ev-1").doc_id for store in stores.values()}) == len(ORDERS)


@pytest.mark.parametrize(("table", "merged"), [(ActorRow, True), (PlaceRow, False)])
def test_actors_and_places_are_stored_the_same_whatever_the_order(stores, table, merged):
    def rows(store: Store) -> list[tuple]:
        with store.session() as session:
            return sorted((r.name, tuple(r.aliases)) for r in session.scalars(select(table)))

    reference = rows(stores["as read"])
    assert any(len(aliases) > 2 for _, aliases in reference) == merged  # lists merged from several reports
    for name in ORDERS:
        assert rows(stores[name]) == reference, name


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_every_export_is_the_same_byte_for_byte_whatever_the_order(stores, name):
    reference = stores["as read"]
    expected = _export(reference, name)
    for order, store in stores.items():
        if store is not reference:
            _numbered_like(store, reference)
        assert _export(store, name) == expected, order
