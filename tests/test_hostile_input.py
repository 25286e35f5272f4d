"""Hostile input: the place parser survives any text, and malformed files end in one clear error, nothing lost."""

from __future__ import annotations

import gzip
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from geo_fixtures import gazetteer, geocoder  # noqa: F401  (fixtures)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pg_fixtures import fact_counts, frontwatch_command
from typer.testing import CliRunner

REPORTS = Path(__file__).resolve().parents[1] / "examples" / "reports"
PROPERTY = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# --- the place parser on any text ------------------------------------------------------------

place_words = st.sampled_from([
    "in", "near", "north", "of", "south-east", "outside", "the", "town", "city", "province", "district",
    "region", "village", "Province", "River", "Mount", "New", "San", "al-", "Saint", "St.", "km", "10",
    "Paris", "Springfield", "Georgia", "Congo", "Sudan", "Lagos", "Kabul", "Aleppo", "Cairo", "Lima",
    "Syrian", "Malian", "'s", ",", ".", "(", ")", "-", "—", "\n", "Zürich", "Łódź", "İzmir", "東京",
])
place_text = st.one_of(st.text(max_size=60), st.lists(place_words, min_size=1, max_size=14).map(" ".join))
countries = st.lists(st.one_of(st.sampled_from(["ML", "SY", "Nigeria", "UA", "", "XX"]), st.text(max_size=5)),
                     max_size=3)


@PROPERTY
@given(place_text, countries)
def test_resolving_any_name_never_raises_and_gives_a_real_point(geocoder, text, context):  # noqa: F811
    place = geocoder.resolve(text, context)
    if place is not None:
        assert -90 <= place.latitude <= 90 and -180 <= place.longitude <= 180
        assert place.name


@PROPERTY
@given(place_text)
def test_geoparse_of_any_text_never_raises_and_offsets_slice_the_text(geocoder, nlp, text):  # noqa: F811
    mentions = geocoder.geoparse(text, nlp(text))
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.surface == text[mention.start:mention.end]
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


# --- malformed files through the CLI ------------------------------------------------------------

def _billion_laughs() -> bytes:
    entities = "".join(
        f'<!ENTITY lol{i} "{("&lol" + ("" if i == 1 else str(i - 1)) + ";") * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY lol "lol">{entities}]>\n'
            '<rss version="2.0"><channel><title>W</title><item><title>Alpha falls</title>'
            "<description>&lol9;</description></item></channel></rss>").encode()


HOSTILE: dict[str, tuple[str, Callable[[], bytes], str]] = {
    # case: (file name, content maker, words the error must contain)
    "binary": ("blob.txt", lambda: bytes(range(256)) * 400, "binary"),
    "truncated-gzip": ("cut.txt.gz", lambda: gzip.compress(b"Troops entered Alpha on Monday. " * 400)[:-40],
                       "truncated gzip"),
    "invalid-utf8": ("bad.txt", lambda: b"Troops entered \xff\xfe Alpha \xc3\x28 on Monday.", "invalid UTF-8"),
    "fifty-megabytes": ("huge.txt", lambda: b"word " * (10 * 1024 * 1024), "too large"),
    "nested-html": ("nested.html",
                    lambda: b"<html><body>" + b"<div>" * 100_000 + b"Troops entered Alpha." + b"</div>" * 100_000
                    + b"</body></html>", "no extractable text"),
    "billion-laughs": ("laughs.rss", _billion_laughs, "entit"),
    "truncated-atom": ("cut.atom", lambda: (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
                                            b"<title>Desk</title><entry><title>Bridge blown</title>"
                                            b'<content type="text">Sappers destroyed the bridge at dawn and'),
                       "malformed feed: it ends mid-element"),
}


@pytest.fixture(scope="module")
def good_report() -> Path:
    return sorted(p for p in REPORTS.iterdir() if p.is_file())[0]


def _cli(monkeypatch, extractor, args: list[str]):
    """Run the frontwatch CLI in this process, reusing the session's extractor instead of loading models again."""
    from frontwatch import pipeline
    from frontwatch.cli import app

    monkeypatch.setattr(pipeline, "build_extractor", lambda _settings: extractor)
    return CliRunner().invoke(app, args)


def _store_snapshot(url: str) -> tuple[dict, list[tuple[str, str]]]:
    from frontwatch.store import Store

    store = Store(url)
    try:
        return fact_counts(url), sorted(store.iter_documents_text())
    finally:
        store.close()


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_malformed_file_gives_one_clear_error_and_keeps_what_was_stored(case, good_report, extractor, monkeypatch,
                                                                         tmp_path):
    url = f"sqlite:///{tmp_path / 'facts.db'}"
    first = _cli(monkeypatch, extractor, ["ingest", str(good_report), "--db", url])
    assert first.exit_code == 0, first.output
    before = _store_snapshot(url)
    assert before[0] and next(iter(before[0].values()))[0] > 0  # the good report gave events

    name, make, problem = HOSTILE[case]
    bad = tmp_path / name
    bad.write_bytes(make())
    result = _cli(monkeypatch, extractor, ["ingest", str(bad), "--db", url])
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if str(bad) in line]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("failed: ") and problem in lines[0], lines[0]
    assert _store_snapshot(url) == before


@pytest.mark.slow
def test_real_cli_process_reports_each_malformed_file_on_its_own_line(good_report, tmp_path):
    url = f"sqlite:///{tmp_path / 'facts.db'}"
    bad_files = []
    for name, make, _problem in HOSTILE.values():
        if name == "huge.txt":
            continue  # covered above; 50 MB more on disk adds nothing here
        (tmp_path / name).write_bytes(make())
        bad_files.append(tmp_path / name)
    proc = subprocess.run([*frontwatch_command(), "ingest", str(good_report), *map(str, bad_files), "--db", url],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2, proc.stderr[-2000:]
    for path in bad_files:
        [line] = [line for line in proc.stderr.splitlines() if str(path) in line]
        assert line.startswith("failed: ")
    assert proc.stdout.strip().splitlines()[-1] == f"1 stored, 0 already stored, 0 skipped, {len(bad_files)} failed"
    assert "Traceback" not in proc.stderr
    counts = fact_counts(url)
    assert len(counts) == 1 and next(iter(counts.values()))[0] > 0


def test_an_unreachable_dask_scheduler_is_one_line_not_a_traceback(good_report, tmp_path):
    proc = subprocess.run([*frontwatch_command(), "ingest", str(good_report), "--scheduler", "tcp://127.0.0.1:9",
                           "--db", f"sqlite:///{tmp_path / 'facts.db'}"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    [line] = [line for line in proc.stderr.splitlines() if line.strip()]
    assert line.startswith("error: cannot reach the Dask scheduler at 'tcp://127.0.0.1:9' within 15 s")
