"""Fact reads for pages and exports: only the columns records need, as light read-only views.

A view has the attributes of its ORM row (`row.actor1.name`, `row.place.latitude`,
`row.document.reliability`), so the record builders in `frontwatch.export` take either. One
SELECT joins a fact with its actors, its place and its document's header (never the text);
JSON columns arrive as text and an actor's or place's are parsed once per query. Pages are
ordered by date then id, undated events last, and continue from a keyset cursor (the last
row's date and id); exports stream in content order (`content_order`) or grouped by document, a batch at a time.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import JSON, FromClause, Integer, Select, Text, and_, bindparam, cast, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement

from frontwatch.errors import InputError
from frontwatch.store.schema import (
    ActorRow,
    Base,
    ControlRow,
    DocumentRow,
    EventRow,
    FactStatusRow,
    FindingRow,
    PlaceRow,
    QuantityRow,
    review_status,
)

STREAM_BATCH = 1000  # rows an export reads per round trip
_CACHE_LIMIT = 20_000  # actors, places and document headers a stream keeps parsed before starting afresh
HEADER_COLUMNS = ("id", "origin", "title", "source", "reliability", "url", "published", "ingested_at")


class View:
    """A read-only fact, actor, place or document header: its columns as attributes."""

    def __init__(self, **values: object) -> None:
        self.__dict__.update(values)

    @classmethod
    def of(cls, values: dict[str, Any]) -> Any:
        """A view holding this dict as its attributes (no copy)."""
        view = cls.__new__(cls)
        view.__dict__ = values
        return view

    def __getattr__(self, name: str) -> Any:
        """Only for missing attributes (present ones never get here): the error an ORM row would give."""
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.__dict__.get('id')!r})"


class ActorView(View):
    """An actor (as ActorRow)."""


class PlaceView(View):
    """A place (as PlaceRow)."""


class HeaderView(View):
    """A document without its text (as DocumentHeader)."""


class EventView(View):
    """An event with its actors, place and document header (as EventRow)."""


class ControlView(View):
    """A control claim (as ControlRow)."""


class QuantityView(View):
    """A quantity (as QuantityRow)."""


class FindingView(View):
    """A consistency finding (as FindingRow)."""


@dataclass(frozen=True)
class _Kind:
    table: FromClause
    view: type[View]
    prefix: str  # of the public fact id ("ev" in "ev-3")
    actors: tuple[tuple[str, str], ...]  # (attribute, foreign key column)
    place: bool


KINDS: dict[type, _Kind] = {
    EventRow: _Kind(EventRow.__table__, EventView, "ev", (("actor1", "actor1_id"), ("actor2", "actor2_id")), True),
    ControlRow: _Kind(ControlRow.__table__, ControlView, "ct", (("actor", "actor_id"),), True),
    QuantityRow: _Kind(QuantityRow.__table__, QuantityView, "qt", (("actor", "actor_id"),), True),
    FindingRow: _Kind(FindingRow.__table__, FindingView, "fd", (), False),
}


def _column(col: ColumnElement) -> ColumnElement:
    """A column as selected: JSON as its text (parsed by the reader, once per actor or place)."""
    return cast(col, Text) if isinstance(col.type, JSON) else col


def _json(raw: str | list | None) -> list:
    if raw is None:
        return []
    if isinstance(raw, list):
        return raw
    return [] if raw == "[]" else json.loads(raw)


class _Reader:
    """The SELECT of one fact kind with its joins, and where each part of a result row sits (immutable)."""

    def __init__(self, kind: _Kind) -> None:
        self.kind = kind
        table = kind.table
        actors = ActorRow.__table__
        docs = DocumentRow.__table__
        self.own = [c.name for c in table.columns] + ["review"]
        self.own_json = [c.name for c in table.columns if isinstance(c.type, JSON)]
        columns = [_column(c) for c in table.columns] + [review_status(kind.prefix, table.c.id)]
        joins: FromClause = table
        self.actor_slices: list[tuple[str, slice]] = []
        self.actor_names = [c.name for c in actors.columns]
        for attribute, fk in kind.actors:
            alias = actors.alias(attribute)
            start = len(columns)
            columns += [_column(c) for c in alias.columns]
            self.actor_slices.append((attribute, slice(start, len(columns))))
            joins = joins.outerjoin(alias, table.c[fk] == alias.c.id)
        self.places = PlaceRow.__table__.alias("place")
        self.place_names = [c.name for c in self.places.columns]
        self.place_slice: slice | None = None
        if kind.place:
            start = len(columns)
            columns += [_column(c) for c in self.places.columns]
            self.place_slice = slice(start, len(columns))
            joins = joins.outerjoin(self.places, table.c.place_id == self.places.c.id)
        start = len(columns)
        columns += [docs.c[name] for name in HEADER_COLUMNS]
        self.doc_slice = slice(start, len(columns))
        joins = joins.join(docs, table.c.doc_id == docs.c.id)
        self.columns, self.joins = columns, joins
        self.row_select = select(*columns)  # FROM given by the caller (built once: 58 columns)
        self.select = self.row_select.select_from(joins)
        self.n_own = len(self.own)

    def builder(self) -> _Builder:
        """A new row-to-view converter (it keeps the actors, places and headers it parsed)."""
        return _Builder(self)


class _Builder:
    """Turns one query's result rows into views, parsing each actor, place and header once."""

    def __init__(self, read: _Reader) -> None:
        self.read = read
        self.actors: dict[int, ActorView] = {}
        self.places: dict[int, PlaceView] = {}
        self.docs: dict[str, HeaderView] = {}

    def view(self, row: Sequence) -> View:
        """One result row as a fact view."""
        read = self.read
        row = tuple(row)
        values = dict(zip(read.own, row[:read.n_own], strict=True))
        for name in read.own_json:
            values[name] = _json(values[name])
        for attribute, part in read.actor_slices:
            values[attribute] = _shared(row, part, read.actor_names, self.actors, ActorView)
        if read.place_slice is not None:
            values["place"] = _shared(row, read.place_slice, read.place_names, self.places, PlaceView)
        doc_id = row[read.doc_slice.start]
        doc = self.docs.get(doc_id)
        if doc is None:
            doc = self.docs[doc_id] = HeaderView.of(dict(zip(HEADER_COLUMNS, row[read.doc_slice], strict=True)))
        values["document"] = doc
        return read.kind.view.of(values)

    def size(self) -> int:
        """How many actors, places and headers are kept."""
        return len(self.actors) + len(self.places) + len(self.docs)


def _shared(row: tuple, part: slice, names: list[str], seen: dict, kind: type[View]) -> Any:
    """The actor or place in `row[part]` (its id first) as a view, made once per builder; None without an id."""
    ident = row[part.start]
    if ident is None:
        return None
    view = seen.get(ident)
    if view is None:
        values = dict(zip(names, row[part], strict=True))
        values["aliases"] = _json(values["aliases"])
        view = seen[ident] = kind.of(values)
    return view


@cache
def reader(table: type) -> _Reader:
    """The reader of one fact table (built once)."""
    return _Reader(KINDS[table])


def iter_views(connection: Connection, table: type, doc_ids: Sequence[str] | None = None, *,
               by_document: bool = False, batch: int = STREAM_BATCH) -> Iterator[View]:
    """Every fact of a table as views, streamed `batch` rows at a time: in content order (`content_order`: what
    the documents say, whatever order they were stored in), or by document id, then id."""
    read = reader(table)
    fact = read.kind.table
    query = read.select.order_by(*((fact.c.doc_id, fact.c.id) if by_document else content_order(fact)))
    if doc_ids is not None:
        query = query.where(fact.c.doc_id.in_(list(doc_ids)))
    query = query.where(fact.c.id.not_in(rejected_numbers(table)))
    build = read.builder()
    result = connection.execution_options(yield_per=batch).execute(query)
    for rows in result.partitions():
        for row in rows:
            yield build.view(row)
        if build.size() > _CACHE_LIMIT:
            build = read.builder()


def content_order(fact: FromClause) -> tuple[ColumnElement, ...]:
    """A fact table's order that is a function of the documents, not of their arrival: the document's publication
    date (undated last), the document's own id (a digest of its text), the fact's place in the text, then its id
    (a document's facts are stored in one transaction, in the extraction's order)."""
    published = DocumentRow.__table__.c.published
    return (published.is_(None), published, fact.c.doc_id, fact.c.evidence_start, fact.c.evidence_end, fact.c.id)


def fact_view(connection: Connection, table: type, fact_id: int) -> View | None:
    """One fact as a view, or None."""
    read = reader(table)
    row = connection.execute(read.select.where(read.kind.table.c.id == fact_id)).first()
    return None if row is None else read.builder().view(row)


# ---- pages of events ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Cursor:
    """Where a page of events ends: the last event's date (None for undated events) and id."""

    date: date | None
    id: int

    def encode(self) -> str:
        """The opaque text a client sends back as `cursor`."""
        raw = f"{self.date.isoformat() if self.date else ''}~{self.id}"
        return base64.urlsafe_b64encode(raw.encode("ascii")).decode("ascii").rstrip("=")

    @classmethod
    def decode(cls, text: str) -> Cursor:
        """The cursor of a `next_cursor` text (InputError when it is not one)."""
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("ascii")
            day, _, number = raw.partition("~")
            return cls(date.fromisoformat(day) if day else None, int(number))
        except (ValueError, UnicodeDecodeError):
            raise InputError("cursor", "not a cursor this API gave: pass next_cursor back unchanged") from None


@dataclass(frozen=True)
class EventPage:
    """A page of events and where the next one starts (None after the last)."""

    items: list[Any]  # EventViews: they read like EventRows, so the record builders take them
    next_cursor: Cursor | None


def rejected_numbers(table: type[Base]) -> Select:
    """Ids of the facts of a table an analyst rejected (schema.FactStatusRow): lists and exports skip them."""
    return select(FactStatusRow.number).where(FactStatusRow.kind == KINDS[table].prefix,
                                              FactStatusRow.status == "rejected")


_EQUAL = ("event_type", "sub_event_type", "certainty", "doc_id")  # filters that compare an events column with a value
_BOX = ("west", "south", "east", "north")
_SHAPES = 512  # page statements kept built: one per combination of filters and paging met


def _filter_params(connection: Connection, flt, limit: int | None) -> tuple[dict[str, Any], str | None]:
    """The values a filter binds in a page's statement, by parameter name, and how a box is searched (None
    without a box). The statement's text depends only on the names: it is built once per combination."""
    params: dict[str, Any] = {name: getattr(flt, name) for name in _EQUAL if getattr(flt, name)}
    if flt.date_from:
        params["date_from"] = flt.date_from
        longest = connection.scalar(_longest_span())
        if longest is not None:  # an event overlapping the window starts at most `longest` days before it
            params["earliest_start"] = flt.date_from - timedelta(days=max(0, longest))
    if flt.date_to:
        params["date_to"] = flt.date_to
    if flt.actor:
        pattern = flt.actor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["actor"] = f"%{pattern}%"
    box = None
    if flt.bbox:
        corners = dict(zip(_BOX, flt.bbox, strict=True))
        params |= corners
        # dense: read the date index in order, keep the points inside; else start from the places inside
        box = "points" if _dense(connection, corners, limit) else "places"
    return params, box


@cache
def _longest_span() -> Select:
    return select(func.max(EventRow.__table__.c.date_span_days))


@cache
def _places_inside() -> Select:
    places = PlaceRow.__table__
    return select(places.c.id).where(places.c.longitude.between(bindparam("west"), bindparam("east")),
                                     places.c.latitude.between(bindparam("south"), bindparam("north")))


@cache
def _density_statements() -> tuple[Select, Select]:
    """The two table sizes (one round trip), and how many places lie inside a box up to a threshold."""
    places, events = PlaceRow.__table__, EventRow.__table__
    sizes = select(select(func.max(places.c.id)).scalar_subquery(), select(func.max(events.c.id)).scalar_subquery())
    counted = select(func.count()).select_from(_places_inside().limit(bindparam("threshold")).subquery())
    return sizes, counted


def _dense(connection: Connection, box: dict[str, float], limit: int | None) -> bool:
    """Whether enough places lie inside a box that a date-ordered scan meets `limit` events in it soon.

    A scan in date order reads about limit / f events when a share f of the places is inside; starting
    from those places reads about f x N events and sorts them. The scan wins when f > sqrt(limit / N).
    """
    sizes, counted = _density_statements()
    n_places, n_events = (size or 0 for size in connection.execute(sizes).one())
    if limit is None or not n_places or not n_events:
        return False
    threshold = int(n_places * min(1.0, (limit / n_events) ** 0.5)) + 1
    return (connection.scalar(counted, {**box, "threshold": threshold}) or 0) >= threshold


@lru_cache(maxsize=_SHAPES)
def _keys(names: frozenset[str], box: str | None, undated: bool) -> Select:
    """The (id, date_start) statement of one part of a page (dated events, or undated ones) for the parameters
    named: filters, cursor (after_date, after_id), limit and offset."""
    events = EventRow.__table__
    query = select(events.c.id, events.c.date_start).where(events.c.id.not_in(rejected_numbers(EventRow)))
    for name in _EQUAL:
        if name in names:
            query = query.where(events.c[name] == bindparam(name))
    if "date_from" in names:
        query = query.where(events.c.date_end >= bindparam("date_from"))
    if "earliest_start" in names:
        query = query.where(events.c.date_start >= bindparam("earliest_start"))
    if "date_to" in names:
        query = query.where(events.c.date_start <= bindparam("date_to"))
    if "actor" in names:
        actors = ActorRow.__table__
        ids = select(actors.c.id).where(actors.c.name.ilike(bindparam("actor"), escape="\\"))
        query = query.where(events.c.actor1_id.in_(ids) | events.c.actor2_id.in_(ids))
    if box == "points":
        query = query.where(events.c.place_longitude.between(bindparam("west"), bindparam("east")),
                            events.c.place_latitude.between(bindparam("south"), bindparam("north")))
    elif box == "places":
        query = query.where(events.c.place_id.in_(_places_inside()))
    start, ident = events.c.date_start, events.c.id
    if undated:
        query = query.where(start.is_(None)).order_by(ident)
        if "after_id" in names:
            query = query.where(ident > bindparam("after_id"))
    else:
        query = query.where(start.is_not(None) if "after_date" not in names else and_(
            start >= bindparam("after_date"), (start > bindparam("after_date")) | (ident > bindparam("after_id"))))
        query = query.order_by(start, ident)
    if "limit" in names:
        # in the SQL text (page sizes take few values): PostgreSQL settles on a generic plan, no planning per page
        query = query.limit(bindparam("limit", type_=Integer, literal_execute=True))
    return query.offset(bindparam("offset")) if "offset" in names else query


@lru_cache(maxsize=_SHAPES)
def _joined(names: frozenset[str], box: str | None, undated: bool) -> Select:
    """The `_keys` statement as a subquery that the same statement joins with actors, place and header."""
    read = reader(EventRow)
    page = _keys(names, box, undated).subquery("page")
    return read.row_select.select_from(page.join(read.joins, EventRow.__table__.c.id == page.c.id))


def _paging(limit: int | None, offset: int) -> dict[str, int]:
    return ({} if limit is None else {"limit": limit}) | ({"offset": offset} if offset else {})


def event_page(connection: Connection, flt, limit: int | None, after: Cursor | None = None,
               offset: int = 0) -> EventPage:
    """Events matching a filter, by date then id (undated last), after a cursor or (deprecated) an offset;
    every match when limit is None.

    The page's ids are chosen on the events table alone (its indexes; an offset is skipped there, never
    through joined rows) in a subquery that the same statement joins with actors, place and document: one
    round trip for a page that its dated events fill. Statements are built once per combination of filters
    and paging, and bound to this page's values.
    """
    filters, box = _filter_params(connection, flt, limit)
    wanted = None if limit is None else limit + 1
    page: list[Any] = []
    undated_offset = 0
    if after is None or after.date is not None:
        cursor = {} if after is None else {"after_date": after.date, "after_id": after.id}
        params = filters | cursor | _paging(wanted, offset)
        page = _views(connection, frozenset(params), box, False, params)
        if offset and not page:
            dated = _keys(frozenset(filters), box, False).subquery()
            counted = connection.scalar(select(func.count()).select_from(dated), filters)
            undated_offset = max(0, offset - (counted or 0))
    if (wanted is None or len(page) < wanted) and flt.date_from is None and flt.date_to is None:
        params = filters | _paging(None if wanted is None else wanted - len(page), undated_offset)
        if after is not None and after.date is None:
            params["after_id"] = after.id
        page += _views(connection, frozenset(params), box, True, params)
    more = limit is not None and len(page) > limit
    page = page[:limit]
    return EventPage(page, Cursor(page[-1].date_start, page[-1].id) if more and page else None)


def _views(connection: Connection, names: frozenset[str], box: str | None, undated: bool,
           params: dict[str, Any]) -> list[Any]:
    """The events of one part of a page, as views in date then id order: the keys statement as a subquery joined
    with actors, place and header, one statement (its cache key is made once per combination, so SQLite too is
    spared the second query by ids it used while a page's statement was built anew each time)."""
    rows = connection.execute(_joined(names, box, undated), params).all()
    build = reader(EventRow).builder()
    views = [build.view(row) for row in rows]
    views.sort(key=_date_then_id)  # the few rows put in order here: a database would sort them whole, text and all
    return views


def _date_then_id(view: Any) -> tuple[date, int]:
    return view.date_start or date.min, view.id
