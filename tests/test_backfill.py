"""Backfill on a Dask LocalCluster stores the same facts as a plain ingest, once, and resumes by skipping."""

from __future__ import annotations

import io
import os
import pickle
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import dask
import pytest
from pg_fixtures import fact_counts
from test_concurrent_ingest import REPORTS, reference_counts

from frontwatch.backfill import backfill, dask_run
from frontwatch.ingest import read_documents
from frontwatch.ingest_service import batches
from frontwatch.model import Document
from frontwatch.settings import Settings
from frontwatch.store import DocumentRow

INGESTED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)

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


@pytest.mark.parametrize(("sizes", "max_documents", "max_chars", "expected"), [
    ([10] * 5, 2, 1000, [2, 2, 1]),  # by count
    ([10, 10, 10, 10], 8, 25, [2, 2]),  # by characters
    ([100, 10, 10], 8, 50, [1, 2]),  # a document longer than the budget travels alone
    ([10], 8, 5, [1]),  # ... even as the first of a batch
    ([], 8, 100, []),
])
def test_batches_close_at_a_document_count_or_a_character_budget(sizes, max_documents, max_chars, expected):
    documents = [Document(f"d{i}", "x" * size, f"{i}.txt") for i, size in enumerate(sizes)]
    got = list(batches(documents, max_documents, max_chars))
    assert [len(batch) for batch in got] == expected
    assert [d for batch in got for d in batch] == documents


@pytest.mark.parametrize(("sizes", "last", "size", "expected"), [
    ([8, 8, 8, 8], 2, 2, [8, 8, 2, 2, 2, 2, 2, 2, 2, 2]),  # the last batch per worker (2 workers) in pieces
    ([8, 8, 5], 1, 2, [8, 8, 2, 2, 1]),  # one worker: its last batch
    ([3], 2, 2, [2, 1]),  # fewer batches than workers: all of them
    ([8, 8], 2, 8, [8, 8]),  # pieces as large as the batches: nothing changes
    ([], 2, 2, []),
])
def test_the_last_batches_go_out_in_small_pieces(sizes, last, size, expected):
    documents = [Document(f"d{i}", "x", f"{i}.txt") for i in range(sum(sizes))]
    starts = [sum(sizes[:k]) for k in range(len(sizes))]
    full = [documents[start:start + n] for start, n in zip(starts, sizes, strict=True)]
    got = list(dask_run.with_small_tail(full, last, size))
    assert [len(batch) for batch in got] == expected
    assert [d for batch in got for d in batch] == documents


@pytest.mark.parametrize(("sizes", "ready_after", "max_documents", "max_chars", "read_before_first"), [
    ([10] * 6, 3, 100, 1000, 3),  # read on until the cluster is up
    ([10] * 6, 99, 4, 1000, 4),  # ... or a document count is reached
    ([10] * 6, 99, 100, 25, 3),  # ... or a character budget
    ([10] * 3, 99, 100, 1000, 3),  # ... or the input ends
    ([10] * 3, 0, 100, 1000, 1),  # a cluster up already: nothing is held back
])
def test_documents_are_read_ahead_while_the_cluster_starts(sizes, ready_after, max_documents, max_chars,
                                                           read_before_first):
    documents = [Document(f"d{i}", "x" * size, f"{i}.txt") for i, size in enumerate(sizes)]
    pulled: list[Document] = []
    starts: list[int] = []

    def source():
        for document in documents:
            pulled.append(document)
            yield document

    got = dask_run.read_ahead(source(), lambda: starts.append(len(pulled)), lambda: len(pulled) >= ready_after,
                              max_documents, max_chars)
    assert next(got) == documents[0] and len(pulled) == read_before_first
    assert [documents[0], *got] == documents
    assert starts[0] == 1  # the cluster starts at the first document


def test_nothing_to_read_starts_no_cluster():
    starts: list[bool] = []
    assert list(dask_run.read_ahead([], lambda: starts.append(True), lambda: False)) == []
    assert starts == []


def test_workers_extract_the_client_writes_and_each_batch_says_where_the_time_went(tmp_path):
    paths = _few_reports()
    url = f"sqlite:///{tmp_path / 'timed.db'}"
    stats = []
    report = backfill(paths, Settings(database_url=url), workers=2, on_batch=stats.append)
    assert report.ok and len(report.stored) == len(paths)
    assert sum(s.documents for s in stats) == len(paths)
    assert all(s.load_seconds > 0 and s.extract_seconds > 0 for s in stats)
    assert all(s.write_seconds >= s.write_cpu_seconds > 0 for s in stats)  # the client's; waiting is not CPU
    assert all(s.ended >= s.started for s in stats)
    assert all(s.main_cpu_seconds > 0 for s in stats)  # the worker's start and model load came before its batches


_SECOND_DONE = threading.Event()  # set when a batch other than the first is done (workers in this process)
_REAL_INGEST = dask_run.ingest_on_worker


def _first_batch_waits_for_another(documents, options, submitted):
    if documents[0].origin == str(_few_reports()[0]):
        assert _SECOND_DONE.wait(120)
        return _REAL_INGEST(documents, options, submitted)
    result = _REAL_INGEST(documents, options, submitted)
    _SECOND_DONE.set()
    return result


def test_batches_finishing_out_of_order_are_stored_in_the_order_read(monkeypatch, extractor, tmp_path):
    """The first batch finishes last (it waits for the second): the database and every export are still those of a
    plain ingest of the same files, fact ids included."""
    from distributed import LocalCluster

    from frontwatch.export import EXPORTERS
    from frontwatch.pipeline import ingest_paths
    from frontwatch.store import Store

    paths = _few_reports()
    _SECOND_DONE.clear()
    monkeypatch.setattr(dask_run, "ingest_on_worker", _first_batch_waits_for_another)
    monkeypatch.setattr(dask_run, "BATCH_DOCUMENTS", 2)
    urls = {name: f"sqlite:///{tmp_path / name}.db" for name in ("plain", "backfill")}
    plain = Store(urls["plain"])
    ingest_paths(paths, plain, extractor, Settings(database_url=urls["plain"]))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        report = backfill(paths, Settings(database_url=urls["backfill"]), scheduler=cluster.scheduler_address)
    assert report.ok and _SECOND_DONE.is_set()
    stored = Store(urls["backfill"])
    for store in (plain, stored):  # the ingest time is the one thing a run adds (STIX stamps objects with it)
        with store.engine.begin() as connection:
            connection.execute(DocumentRow.__table__.update().values(ingested_at=INGESTED))
    for name, exporter in sorted(EXPORTERS.items()):
        outputs = []
        for store in (plain, stored):
            out = io.StringIO()
            exporter.write(store, out, None)
            outputs.append(out.getvalue())
        assert outputs[0] == outputs[1], name
    plain.close()
    stored.close()


def test_a_batch_lost_with_its_worker_is_sent_again_document_by_document(monkeypatch, tmp_path):
    """Only the document that brings its worker down fails; the others of its batch are stored."""
    from distributed import LocalCluster

    from frontwatch.store import Store

    poison = "[takes its worker down]"
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in {"a.txt": "Troops left the valley.", "b.txt": f"They fired. {poison}",
                       "c.txt": "Police closed the bridge."}.items():
        (folder / name).write_text(text)
    real = dask_run.ingest_on_worker

    def losing(documents, options, submitted):
        if any(poison in d.text for d in documents):
            raise RuntimeError("worker lost")  # what the client sees of a KilledWorker
        return real(documents, options, submitted)

    monkeypatch.setattr(dask_run, "ingest_on_worker", losing)
    url = f"sqlite:///{tmp_path / 'lost.db'}"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        report = backfill([folder], Settings(database_url=url, log_dir=tmp_path / "logs"),
                          scheduler=cluster.scheduler_address)
    assert sorted(s.document.origin for s in report.stored) == [str(folder / "a.txt"), str(folder / "c.txt")]
    [line] = report.failed
    assert line.startswith(f"{folder / 'b.txt'}: RuntimeError: worker lost (traceback: ")
    store = Store(url)
    [failure] = store.failures()
    store.close()
    assert failure.origin == str(folder / "b.txt")


ENVIRON = "distributed.nanny.pre-spawn-environ."


def _as_seen_by_a_worker(keys: list[str]) -> dict[str, object]:
    """Each setting as the worker runs with it: an environment variable (unset: None) or Dask's configuration."""
    return {key: os.environ.get(key.removeprefix(ENVIRON)) if key.startswith(ENVIRON) else dask.config.get(key)
            for key in keys}


def test_local_workers_run_with_every_setting_of_the_dask_file():
    """glibc's dynamic mmap threshold kept, one thread per library, no profiler, Dask's timers slowed down."""
    settings = dask_run.dask_settings()
    assert settings[ENVIRON + "MALLOC_TRIM_THRESHOLD_"] is None
    assert settings["distributed.worker.profile.enabled"] is False
    expected = {key: value if value is None or not key.startswith(ENVIRON) else str(value)
                for key, value in settings.items()}
    client = dask_run._client(1, None)
    try:
        assert list(client.run(_as_seen_by_a_worker, list(settings)).values()) == [expected]
    finally:
        client.close()
        client.cluster.close()


# Each module a worker would import before its first batch (spaCy and the readers, Dask's pieces), checked on a
# fresh local worker with nothing registered on it: the forkserver it was forked from imported them once for all.
@pytest.mark.parametrize("module", [*dask_run.FORKSERVER_PRELOAD, "spacy", "thinc", "frontwatch.extract.extractor"])
def test_local_workers_are_forked_with_the_extraction_modules_imported(module):
    client = dask_run._client(1, None)
    try:  # `eval` runs on the worker without importing any module of the client's to unpickle a function
        assert list(client.run(eval, f"{module!r} in __import__('sys').modules").values()) == [True]
    finally:
        client.close()
        client.cluster.close()


def test_local_workers_leave_out_torch_which_no_extraction_runs():
    """thinc imports torch when it is installed; a worker's forkserver marks it absent before spaCy loads."""
    client = dask_run._client(1, None)
    try:
        imported = client.run(eval, "__import__('sys').modules.get('torch', 'absent')")
        assert list(imported.values()) == [None]
    finally:
        client.close()
        client.cluster.close()


@pytest.fixture
def worker_imports(monkeypatch):
    """The module a worker imports first, imported here without marking torch absent for the rest of the tests."""
    monkeypatch.setitem(sys.modules, "torch", sys.modules.get("torch"))  # undone after the test, as any entry below
    from frontwatch.backfill import worker_imports

    return worker_imports


@pytest.mark.parametrize("module", ["torch", "colorsys"])  # installed, importable, not imported by the tests
def test_a_module_left_out_cannot_be_imported_but_one_imported_already_stays(module, worker_imports, monkeypatch):
    monkeypatch.setitem(sys.modules, module, None)
    monkeypatch.delitem(sys.modules, module)
    worker_imports.leave_out([module])
    with pytest.raises(ImportError):
        __import__(module)
    monkeypatch.setitem(sys.modules, module, pickle)  # imported before: kept as it is
    worker_imports.leave_out([module])
    assert sys.modules[module] is pickle


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
