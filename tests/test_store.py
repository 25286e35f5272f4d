"""The store keeps every fact with its evidence, once per document, all or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from frontwatch.errors import StoreError
from frontwatch.export import contract_records
from frontwatch.model import (
    Actor,
    Certainty,
    ControlFact,
    ControlStatus,
    DateSpan,
    Document,
    EventFact,
    Evidence,
    Extraction,
    Place,
    QuantityFact,
    TimePrecision,
)
from frontwatch.store import EventFilter, Store
from frontwatch.store.schema import EventRow, PlaceRow

TEXT = "Rebels took the town of Kidal on Saturday. They now hold the airport."


def make_extraction(doc_id: str = "doc1", text: str = TEXT) -> Extraction:
    document = Document(id=doc_id, text=text, origin=f"{doc_id}.txt", published=date(2012, 3, 31))
    rebels = Actor("MNLA", aliases=("rebels",), inter_code=2, country="ML")
    kidal = Place("Kidal", 18.44, 1.41, country="ML", population=25_617)
    evidence = Evidence(doc_id, 0, 42, text[:42])
    return Extraction(
        document=document,
        events=[EventFact("Battles", "Non-state actor overtakes territory", evidence, actor1=rebels, place=kidal,
                          date=DateSpan(date(2012, 3, 30), date(2012, 3, 30), TimePrecision.DAY, "Saturday"))],
        control=[ControlFact(rebels, kidal, ControlStatus.CONTROLS, Evidence(doc_id, 43, 69, text[43:]),
                             as_of=date(2012, 3, 31))],
        quantities=[QuantityFact("fighters", 200, 300, evidence, actor=rebels, certainty=Certainty.CLAIMED)],
    )


def test_saved_facts_keep_document_sentence_and_offsets(store):
    assert store.save(make_extraction())
    [event] = store.events()
    assert (event.doc_id, event.evidence_start, event.evidence_end) == ("doc1", 0, 42)
    assert event.evidence_text == TEXT[:42]
    assert event.actor1.name == "MNLA" and event.place.name == "Kidal"


def test_same_document_is_stored_once(store):
    assert store.save(make_extraction())
    assert not store.save(make_extraction())
    assert len(store.documents()) == 1
    assert len(store.events()) == 1


def test_actor_rows_are_shared_and_gather_aliases(store):
    store.save(make_extraction("a"))
    second = make_extraction("b", TEXT + " ")
    second.events[0].actor1 = Actor("MNLA", aliases=("Tuareg rebels",), inter_code=2)
    store.save(second)
    [actor] = [a for a in store.actors() if a.name == "MNLA"]
    assert set(actor.aliases) >= {"rebels", "Tuareg rebels"}


# Aliases of one actor's mentions in the event, the control claim and the quantity of a document, then in a second
# document (its control claim and quantity keep "rebels"): the row holds them all, each once, sorted (not in the
# order first seen: that would follow the order the documents were stored in).
@pytest.mark.parametrize(("event", "control", "quantity", "later", "aliases"), [
    (("rebels",), ("fighters",), ("rebels",), (), ["fighters", "rebels"]),
    (("rebels", "rebels"), (), (), (), ["rebels"]),
    ((), ("gunmen",), ("militants", "gunmen"), ("rebels",), ["gunmen", "militants", "rebels"]),
    (("insurgents",), ("insurgents",), ("insurgents",), ("insurgents",), ["insurgents", "rebels"]),
    (("the movement",), ("rebels",), ("separatists",), ("the movement", "armed men"),
     ["armed men", "rebels", "separatists", "the movement"]),
])
def test_actor_aliases_of_every_mention_are_merged_and_sorted(store, event, control, quantity, later, aliases):
    first = make_extraction("a")
    first.events[0].actor1 = Actor("MNLA", aliases=event, inter_code=2)
    first.control[0].actor = Actor("MNLA", aliases=control, inter_code=2)
    first.quantities[0].actor = Actor("MNLA", aliases=quantity, inter_code=2)
    store.save(first)
    second = make_extraction("b", TEXT + " ")
    second.events[0].actor1 = Actor("MNLA", aliases=later, inter_code=2)
    store.save(second)
    [actor] = store.actors()
    assert actor.aliases == aliases


# Two stores on one database (two writers: a backfill and an API, say) name the same actor in turn with these aliases;
# each store remembers the rows it has committed, yet no alias the other added is lost and none is written twice.
@pytest.mark.parametrize(("writes", "aliases"), [
    ((("A", ("rebels",)), ("B", ("fighters",)), ("A", ("rebels",))), ["fighters", "rebels"]),
    ((("A", ("rebels",)), ("B", ("fighters",)), ("A", ("militants",))), ["fighters", "militants", "rebels"]),
    ((("A", ("gunmen",)), ("A", ("gunmen",)), ("B", ("insurgents",)), ("A", ("insurgents",))),
     ["gunmen", "insurgents"]),
    ((("B", ("separatists",)), ("A", ("separatists",)), ("B", ("the movement",)), ("A", ("armed men",))),
     ["armed men", "separatists", "the movement"]),
    ((("A", ()), ("B", ("the front",)), ("A", ("the front", "its fighters")), ("B", ())),
     ["its fighters", "the front"]),
])
def test_stores_sharing_a_database_merge_each_others_aliases(store, writes, aliases):
    other = Store(store.url)
    try:
        for number, (writer, said) in enumerate(writes):
            extraction = make_extraction(f"doc{number}", f"{TEXT} {number}")
            extraction.events[0].actor1 = Actor("Ansar Dine", aliases=said, inter_code=2)
            assert (store if writer == "A" else other).save(extraction)
        [actor] = [actor for actor in store.actors() if actor.name == "Ansar Dine"]
        assert actor.aliases == aliases
        assert {event.actor1.name for event in other.events()} == {"Ansar Dine"}
    finally:
        other.close()


# A write that fails after it made new actor and place rows is rolled back: the store must not remember those rows.
@pytest.mark.parametrize(("actor", "place"), [
    (Actor("Ansar Dine", aliases=("jihadists",)), Place("Timbuktu", 16.77, -3.0)),
    (Actor("Malian Army", aliases=("soldiers",), inter_code=1), Place("Gao", 16.27, -0.04)),
    (Actor("MUJAO"), Place("Kidal", 18.44, 1.41)),
    (Actor("MNLA", aliases=("rebels", "Tuareg fighters")), Place("Tessalit", 20.2, 1.01)),
    (Actor("Ganda Koy", aliases=("militia",)), Place("Kidal", 18.5, 1.41)),
])
def test_rows_of_a_write_that_failed_are_not_remembered(store, monkeypatch, actor, place):
    from sqlalchemy.exc import OperationalError

    from frontwatch.store import repository

    def fail(session, keys):
        raise OperationalError("delete", {}, Exception("disk full"))

    failed = make_extraction("failed", TEXT + " failed")
    failed.events[0].actor1, failed.events[0].place = actor, place
    with monkeypatch.context() as patched:
        patched.setattr(repository, "clear_failures", fail)
        with pytest.raises(StoreError):
            store.save(failed)
    later = make_extraction("later", TEXT + " later")
    later.events[0].actor1, later.events[0].place = actor, place
    assert store.save(later)
    [event] = store.events(EventFilter(doc_id="later"))
    assert (event.actor1.name, event.place.name, event.place.latitude) == (actor.name, place.name, place.latitude)


def test_a_point_named_twice_in_a_document_is_one_row_made_by_its_first_mention(store):
    extraction = make_extraction()
    extraction.control[0].place = Place("Kidal", 18.440001, 1.41, country="ML", population=1)
    extraction.quantities[0].place = Place("Kidal", 18.9, 1.41, country="ML")
    store.save(extraction)
    with store.session() as session:
        rows = session.scalars(select(PlaceRow).order_by(PlaceRow.id)).all()
    assert [(r.latitude, r.population) for r in rows] == [(18.44, 25_617), (18.9, None)]


def test_failure_mid_document_leaves_nothing_half_written(store, monkeypatch):
    store.save(make_extraction("first"))
    broken = make_extraction("second", TEXT + "!")
    from frontwatch.store import repository

    def explode(self, extraction):
        raise IntegrityError("insert", {}, Exception("simulated crash after the document row"))

    monkeypatch.setattr(repository._FactWriter, "write", explode)
    with pytest.raises(StoreError, match="second.txt"):
        store.save(broken)
    assert [d.id for d in store.documents()] == ["first"]
    assert len(store.events()) == 1


def test_storage_error_is_a_store_error(store, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from frontwatch.store import repository

    def explode(self, extraction):
        raise OperationalError("insert", {}, Exception("disk full"))

    monkeypatch.setattr(repository._FactWriter, "write", explode)
    with pytest.raises(StoreError, match="doc9.txt"):
        store.save(make_extraction("doc9"))
    assert store.documents() == []


def test_event_filter_by_date_and_actor(store):
    store.save(make_extraction())
    assert len(store.events(EventFilter(actor="mnla"))) == 1
    assert store.events(EventFilter(date_from=date(2012, 4, 1))) == []
    assert len(store.events(EventFilter(bbox=(0.0, 18.0, 2.0, 19.0)))) == 1
    assert store.events(EventFilter(bbox=(10.0, 18.0, 12.0, 19.0))) == []


def _event_at(doc_id: str, place: Place | None, day: int) -> Extraction:
    """One document with one event at `place` on day `day` of April 2012."""
    base = make_extraction(doc_id, f"Report {doc_id} of a clash.")
    [event] = base.events
    when = DateSpan(date(2012, 4, day), date(2012, 4, day), TimePrecision.DAY, "that day")
    return replace(base, events=[replace(event, place=place, date=when)], control=[], quantities=[])


BOX_PLACES = [Place("Northtown", 18.0, 1.0), Place("Easttown", 16.0, 0.5), Place("Farville", 12.0, -8.0)]


@pytest.mark.parametrize(("bbox", "inside"), [
    ((-1.0, 15.0, 2.0, 19.0), {"Northtown", "Easttown"}),  # most places inside: a scan in date order
    ((-9.0, 11.0, -7.0, 13.0), {"Farville"}),  # few places inside: from the places, then sorted
    ((-10.0, 10.0, 3.0, 20.0), {"Northtown", "Easttown", "Farville"}),
])
def test_box_pages_keep_date_order_and_only_events_inside(store, bbox, inside):
    for n, place in enumerate([*BOX_PLACES, None, *BOX_PLACES]):
        store.save(_event_at(f"doc{n}", place, 10 - n))
    flt = EventFilter(bbox=bbox)
    everything = store.events(flt)
    assert {e.place.name for e in everything} == inside
    assert len(everything) == 2 * len(inside)
    paged, cursor = [], None
    while True:
        page = store.event_page(flt, 1, after=cursor)
        paged += page.items
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert [e.id for e in paged] == [e.id for e in everything]
    assert [e.date_start for e in paged] == sorted(e.date_start for e in paged)


def test_contract_records_follow_the_output_contract(store):
    store.save(make_extraction())
    records = list(contract_records(store))
    kinds = [r["kind"] for r in records]
    assert kinds == ["event", "control", "quantity"]
    event = records[0]
    for key in ("id", "event_type", "sub_event_type", "actor1", "actor1_aliases", "actor2", "assoc_actor_1",
                "location", "country", "latitude", "longitude", "geo_precision", "date_start", "date_end",
                "time_precision", "fatalities", "fatalities_low", "fatalities_high", "certainty",
                "claim_source", "sources", "evidence"):
        assert key in event
    assert event["date_start"] == "2012-03-30"
    assert event["evidence"] == [{"doc": "doc1", "start": 0, "end": 42, "text": TEXT[:42]}]
    assert records[2]["certainty"] == "claimed"


def test_fact_rows_carry_their_document_header_but_never_its_text(store):
    store.save(make_extraction())
    [row] = store.all_rows(EventRow)
    assert row.document.origin == "doc1.txt" and row.document.published == date(2012, 3, 31)
    assert not hasattr(row.document, "text")


def test_streamed_rows_are_the_listed_rows(store):
    for n in range(5):
        store.save(make_extraction(f"doc{n}", TEXT + " " * n))
    assert [r.id for r in store.iter_rows(EventRow, batch=2)] == [r.id for r in store.all_rows(EventRow)]


def _varied_events(store) -> None:
    """Eight events: two types, two actors, three places and one without, one a day from April 1st 2012."""
    army = Actor("Army of Examplestan", inter_code=1)
    for n in range(8):
        extraction = _event_at(f"doc{n}", [*BOX_PLACES, None][n % 4], n + 1)
        [event] = extraction.events
        event = replace(event, event_type="Battles" if n % 2 else "Protests", actor1=army if n % 3 else event.actor1)
        store.save(replace(extraction, events=[event]))


@pytest.mark.parametrize(("first", "second", "wanted"), [
    (EventFilter(event_type="Battles"), EventFilter(event_type="Protests"), lambda e, f: e.event_type == f.event_type),
    (EventFilter(actor="mnla"), EventFilter(actor="army"), lambda e, f: f.actor in e.actor1.name.lower()),
    (EventFilter(date_from=date(2012, 4, 2), date_to=date(2012, 4, 3)),
     EventFilter(date_from=date(2012, 4, 6), date_to=date(2012, 4, 8)),
     lambda e, f: f.date_from <= e.date_start <= f.date_to),
    (EventFilter(bbox=(-1.0, 17.0, 2.0, 19.0)), EventFilter(bbox=(-9.0, 11.0, -7.0, 13.0)),
     lambda e, f: e.place is not None and f.bbox[1] <= e.place.latitude <= f.bbox[3]),
    (EventFilter(event_type="Battles", limit=1), EventFilter(event_type="Battles", limit=3),
     lambda e, f: e.event_type == f.event_type),
])
def test_pages_of_one_filter_combination_bind_each_pages_own_values(store, first, second, wanted):
    """A page's statement is built once per combination of filters and paging: the next page binds new values."""
    _varied_events(store)
    everything = store.events()
    for flt in (first, second, first):
        expected = [e.id for e in everything if wanted(e, flt)][:flt.limit]
        assert expected and [e.id for e in store.events(flt)] == expected
