"""The dashboard's numbers: events and fatalities by week, by type, actor, country or province; top actors."""

from __future__ import annotations

from datetime import timedelta

import numpy as np

from frontwatch.mapdata.frame import UNDATED, EventFrame, day_of

GROUPINGS = {"type": ("event_type",), "actor": ("actor1", "actor2"), "country": ("country",), "admin1": ("admin1",),
             "sub_type": ("sub_type",), "certainty": ("certainty",)}
_CODE_TABLE = {"actor1": "actor", "actor2": "actor"}
OTHER = "other"


def _week_index(frame: EventFrame, rows: np.ndarray, first_monday: int) -> np.ndarray:
    return (frame.day[rows] - first_monday) // 7


def _first_monday(first_day: int) -> int:
    return first_day - day_of(first_day).weekday()


def week_axis(frame: EventFrame, mask: np.ndarray | None = None) -> tuple[int, int]:
    """(first Monday as a day number, number of weeks) covering the dated events of the frame (or of a mask)."""
    dated = frame.day[(frame.day != UNDATED) & (mask if mask is not None else True)]
    if not len(dated):
        return 0, 0
    monday = _first_monday(int(dated.min()))
    return monday, int((dated.max() - monday) // 7) + 1


def histogram(frame: EventFrame, mask: np.ndarray) -> dict:
    """Events and fatalities per week over the frame's whole span (the strip under the time slider)."""
    monday, weeks = week_axis(frame)
    rows = np.flatnonzero(mask & (frame.day != UNDATED))
    index = _week_index(frame, rows, monday)
    dead = np.maximum(frame.fatalities[rows], 0)
    return {
        "weeks": [(day_of(monday) + timedelta(weeks=w)).isoformat() for w in range(weeks)],
        "events": np.bincount(index, minlength=weeks).tolist() if weeks else [],
        "fatalities": np.bincount(index, weights=dead, minlength=weeks).astype(int).tolist() if weeks else [],
        "undated": int((mask & (frame.day == UNDATED)).sum()),
    }


def _group_codes(frame: EventFrame, by: str, rows: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """(row positions, codes) pairs of a grouping; an actor grouping counts each event for both its actors."""
    out = []
    for column in GROUPINGS[by]:
        codes = getattr(frame, column)[rows]
        out.append((np.arange(len(rows)), codes))
    return out


def ranking(frame: EventFrame, mask: np.ndarray, by: str, top: int = 10) -> list[dict]:
    """The groups with most events (with their fatalities), most first; missing values are left out."""
    rows = np.flatnonzero(mask)
    table = _CODE_TABLE.get(GROUPINGS[by][0], GROUPINGS[by][0])
    size = len(frame.codes[table].names)
    events = np.zeros(size, np.int64)
    dead = np.zeros(size, np.int64)
    fatalities = np.maximum(frame.fatalities[rows], 0)
    for positions, codes in _group_codes(frame, by, rows):
        events += np.bincount(codes, minlength=size)
        dead += np.bincount(codes, weights=fatalities[positions], minlength=size).astype(np.int64)
    events[0] = 0
    order = [c for c in np.argsort(-events, kind="stable") if events[c] > 0][:top]
    return [{"name": frame.codes[table].names[c], "events": int(events[c]), "fatalities": int(dead[c])} for c in order]


def weekly(frame: EventFrame, mask: np.ndarray, by: str = "type", top: int = 6) -> dict:
    """Events and fatalities per week, one series per group (the `top` largest, the rest as "other")."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; known: {', '.join(GROUPINGS)}")
    monday, weeks = week_axis(frame, mask)
    rows = np.flatnonzero(mask & (frame.day != UNDATED))
    leaders = [g["name"] for g in ranking(frame, mask & (frame.day != UNDATED), by, top)]
    table = _CODE_TABLE.get(GROUPINGS[by][0], GROUPINGS[by][0])
    lookup = {name: i for i, name in enumerate(frame.codes[table].names) if name in leaders}
    series = {name: (np.zeros(weeks, np.int64), np.zeros(weeks, np.int64)) for name in [*leaders, OTHER]}
    index = _week_index(frame, rows, monday)
    fatalities = np.maximum(frame.fatalities[rows], 0)
    seen_other = np.zeros(len(rows), dtype=bool)
    for _positions, codes in _group_codes(frame, by, rows):
        for name, code in lookup.items():
            hit = codes == code
            series[name][0][:] += np.bincount(index[hit], minlength=weeks)
            series[name][1][:] += np.bincount(index[hit], weights=fatalities[hit], minlength=weeks).astype(np.int64)
        seen_other |= ~np.isin(codes, list(lookup.values()))
    if by != "actor":
        other = seen_other
        series[OTHER][0][:] = np.bincount(index[other], minlength=weeks)
        series[OTHER][1][:] = np.bincount(index[other], weights=fatalities[other], minlength=weeks).astype(np.int64)
    return {
        "by": by, "weeks": [(day_of(monday) + timedelta(weeks=w)).isoformat() for w in range(weeks)],
        "series": [{"name": name, "events": ev.tolist(), "fatalities": fat.tolist()}
                   for name, (ev, fat) in series.items() if ev.any() or fat.any()],
    }


def totals(frame: EventFrame, mask: np.ndarray) -> dict:
    """How many events pass the filters, their fatalities, and how many have a place on the map."""
    rows = np.flatnonzero(mask)
    return {"events": len(rows), "fatalities": int(np.maximum(frame.fatalities[rows], 0).sum()),
            "placed": int((~np.isnan(frame.lat[rows])).sum())}
