"""Backfill on a Dask LocalCluster stores the same facts as a plain ingest, once, and resumes by skipping."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from pg_fixtures import fact_counts
from test_concurrent_ingest import REPORTS, reference_counts

from frontwatch.backfill import backfill
from frontwatch.ingest import read_documents
from frontwatch.settings import Settings

pytestmark = pytest.mark.slow


def _few_reports() -> list[Path]:
    return sorted(p for p in REPORTS.iterdir() if p.is_file())[:4]


def test_extractions_survive_pickling_between_worker_and_client(extractor):
    [document] = [d for d in read_documents(_few_reports()[:1])]
    extraction = extractor.extract(document)
    assert extraction.events
    assert pickle.loads(pickle.dumps(extraction)) == extraction


@pytest.mark.parametrize("workers", [1, 2])
def test_backfill_stores_what_a_plain_ingest_stores_and_a_rerun_skips_it(workers, extractor, tmp_path):
    paths = _few_reports()
    url = f"sqlite:///{tmp_path / 'backfill.db'}"
    settings = Settings(database_url=url)
    report = backfill(paths, settings, workers=workers)
    assert report.ok and len(report.stored) == len(paths)
    assert fact_counts(url) == reference_counts(extractor, paths, tmp_path)
    again = backfill([*paths, tmp_path / "missing.txt"], settings, workers=1)
    assert (len(again.stored), len(again.skipped)) == (0, len(paths))
    assert len(again.failed) == 1 and "missing.txt" in again.failed[0]


def test_zero_workers_is_refused(tmp_path):
    from frontwatch.errors import FrontwatchError

    with pytest.raises(FrontwatchError, match="at least 1"):
        backfill(_few_reports(), Settings(database_url=f"sqlite:///{tmp_path / 'x.db'}"), workers=0)


def test_backfill_grades_sources_and_records_a_document_that_fails_on_a_worker(tmp_path):
    """The backfill goes through the same ingest service as the CLI and the API: reliability graded,
    a failure on a worker kept as a record in one line while the other documents are stored."""
    from conflict_grammar import long_report

    from frontwatch.ingest.text import split_front_matter
    from frontwatch.store import Store

    reports = _few_reports()[:2]
    outlet = split_front_matter(reports[0].read_text(), str(reports[0]))[0].source
    grades = tmp_path / "grades.yaml"
    grades.write_text(f"{outlet}: B\n")
    huge = tmp_path / "huge.txt"
    huge.write_text(long_report(90_000))
    url = f"sqlite:///{tmp_path / 'graded.db'}"
    settings = Settings(database_url=url, max_extract_seconds=0, source_reliability_file=grades,
                        log_dir=tmp_path / "logs")
    report = backfill([*reports, huge], settings, workers=1)
    assert len(report.stored) == 2
    [line] = report.failed
    assert line.startswith(f"{huge}: ExtractionBudgetError: ")
    store = Store(url)
    [failure] = store.failures()
    assert failure.origin == str(huge) and failure.error_class == "ExtractionBudgetError"
    grades_by_source = {doc.source: doc.reliability for doc in store.documents()}
    store.close()
    assert grades_by_source[outlet] == "B"
