"""ACLED CSV: export → import into an empty store → export gives the same bytes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from frontwatch.api.synthetic import synthetic_extractions
from frontwatch.errors import InputError
from frontwatch.export import EXPORTERS
from frontwatch.export.csv_acled import ACLED_COLUMNS
from frontwatch.importers import import_acled_csv
from frontwatch.store import EventRow, Store


def _csv(store: Store) -> str:
    out = io.StringIO()
    EXPORTERS["acled-csv"].write(store, out, None)
    return out.getvalue()


def test_export_import_export_gives_the_same_rows_and_then_the_same_bytes(tmp_path):
    """Exports list events in the order of their documents (publication date, document id, place in the text); an
    imported row is a document of its own, so the first round trip may order the same rows differently, and every
    round trip after it gives the same bytes."""
    first_store = Store("sqlite:///" + str(tmp_path / "one.db"))
    for extraction in synthetic_extractions(120, seed=11):
        first_store.save(extraction)
    exports = [_csv(first_store)]
    for turn in range(2):
        path = tmp_path / f"events{turn}.csv"
        path.write_text(exports[-1], encoding="utf-8")
        store = Store("sqlite:///" + str(tmp_path / f"imported{turn}.db"))
        report = import_acled_csv(path, store)
        assert (report.stored, report.skipped, report.failed) == (120, 0, [])
        exports.append(_csv(store))
    first, second, third = (text.splitlines() for text in exports)
    assert second[0] == first[0] and sorted(second) == sorted(first)
    assert exports[2] == exports[1]


def test_import_keeps_certainty_and_evidence(tmp_path):
    source = Store("sqlite:///" + str(tmp_path / "src.db"))
    for extraction in synthetic_extractions(10, seed=5):
        source.save(extraction)
    path = tmp_path / "e.csv"
    path.write_text(_csv(source), encoding="utf-8")
    target = Store("sqlite:///" + str(tmp_path / "dst.db"))
    import_acled_csv(path, target)
    before, after = source.all_rows(EventRow), target.all_rows(EventRow)
    assert [r.certainty for r in after] == [r.certainty for r in before]
    assert [r.evidence_text for r in after] == [r.evidence_text for r in before]
    assert [r.date_start for r in after] == [r.date_start for r in before]


def test_importing_the_same_file_twice_stores_nothing_new(tmp_path):
    path = tmp_path / "e.csv"
    source = Store("sqlite:///" + str(tmp_path / "src.db"))
    for extraction in synthetic_extractions(5, seed=2):
        source.save(extraction)
    path.write_text(_csv(source), encoding="utf-8")
    target = Store("sqlite:///" + str(tmp_path / "dst.db"))
    import_acled_csv(path, target)
    again = import_acled_csv(path, target)
    assert (again.stored, again.skipped) == (0, 5)


def test_real_acled_columns_the_store_lacks_survive_a_round_trip(tmp_path):
    row = dict.fromkeys(ACLED_COLUMNS, "")
    row.update(event_id_cnty="NGA1234", event_date="2014-04-14", year="2014", time_precision="1",
               disorder_type="Political violence", event_type="Violence against civilians",
               sub_event_type="Abduction/forced disappearance",
               actor1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
               inter1="2", actor2="Civilians (Nigeria)", assoc_actor_2="Students (Nigeria)", inter2="7",
               interaction="27", civilian_targeting="Civilian targeting", iso="566", region="Western Africa",
               country="Nigeria", admin1="Borno", admin2="Chibok", location="Chibok", latitude="10.8690",
               longitude="12.8470", geo_precision="1", source="Reuters", source_scale="International",
               notes="On 14 April 2014, Boko Haram abducted 276 schoolgirls in Chibok.", fatalities="0",
               tags="", timestamp="1618090000")
    header = ",".join(ACLED_COLUMNS)
    line = ",".join(f'"{row[c]}"' for c in ACLED_COLUMNS)
    path = tmp_path / "acled.csv"
    path.write_text(header + "\n" + line + "\n", encoding="utf-8")
    store = Store("sqlite:///" + str(tmp_path / "a.db"))
    assert import_acled_csv(path, store).stored == 1
    exported = _csv(store).splitlines()[1]
    for column in ("NGA1234", "Western Africa", "Chibok", "Students (Nigeria)", "International", "1618090000"):
        assert column in exported


def test_bad_rows_are_reported_not_stored(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(",".join(ACLED_COLUMNS) + "\n" + ",".join(["x"] * 31) + "\n", encoding="utf-8")
    report = import_acled_csv(path, Store("sqlite:///" + str(tmp_path / "b.db")))
    assert report.stored == 0 and len(report.failed) == 1 and "bad.csv:2" in report.failed[0]


def test_a_file_without_acled_columns_is_refused(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError):
        import_acled_csv(path, Store("sqlite:///" + str(tmp_path / "c.db")))


def test_a_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        import_acled_csv(Path(tmp_path / "none.csv"), Store("sqlite:///" + str(tmp_path / "d.db")))
