"""Run ingest on dask.distributed workers: each worker extracts and writes its own batches of documents.

Each worker builds the extractor and opens the store once (a worker plugin). The client streams
documents from disk, drops the ones already stored (one query per batch), and submits batches of
`documents_per_task` documents, keeping a bounded number in flight. A worker extracts each
document of its batch and saves it in its own transaction, as a plain ingest does, so writes run
in parallel (no single client writing for everyone), a killed backfill loses nothing committed
and a re-run skips what is stored. Only summaries travel back. Workers need frontwatch, its
models, the gazetteer cache and the database URL; they never read the input files.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, cast

from distributed import Client, KilledWorker, LocalCluster, as_completed, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from frontwatch.errors import FrontwatchError, InputError
from frontwatch.ingest import read_documents
from frontwatch.model import Document
from frontwatch.pipeline import DocumentSummary, IngestReport, Progress, StoredSummary, _quiet, transient_strings
from frontwatch.settings import Settings
from frontwatch.store import Store

if TYPE_CHECKING:
    from frontwatch.extract.extractor import Extractor

PLUGIN_NAME = "frontwatch-ingest"
DOCUMENTS_PER_TASK = 8
TASKS_IN_FLIGHT_PER_WORKER = 2


class IngestPlugin(WorkerPlugin):
    """Builds frontwatch's extractor and opens the store once on every worker, from the client's settings."""

    name = PLUGIN_NAME

    def __init__(self, settings: Settings) -> None:
        self.settings_data = settings.model_dump(mode="json")
        self.extractor: Extractor | None = None
        self.store: Store | None = None
        self.load_seconds = 0.0

    def setup(self, worker: object) -> None:
        """Load spaCy, the registry, the gazetteer and the typer, and connect to the database."""
        from frontwatch.pipeline import build_extractor

        started = time.perf_counter()
        settings = Settings(**self.settings_data)
        self.extractor = build_extractor(settings)
        self.store = Store(settings.database_url)
        self.load_seconds = time.perf_counter() - started

    def teardown(self, worker: object) -> None:
        """Release the worker's database connections."""
        if self.store is not None:
            self.store.close()


@dataclass
class BatchResult:
    """What a worker did with one batch: summaries per document and where its time went."""

    stored: list[StoredSummary] = field(default_factory=list)
    skipped: list[DocumentSummary] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (origin, problem)
    extract_seconds: float = 0.0
    write_seconds: float = 0.0
    cpu_seconds: float = 0.0  # the worker process's CPU time over the batch (below wall time when it waits for a core)
    worker: str = ""
    load_seconds: float = 0.0


@contextmanager
def _timed(result: BatchResult, counter: str) -> Iterator[None]:
    """Add the time the block takes to one of the result's counters (also when it raises)."""
    started = time.perf_counter()
    try:
        yield
    finally:
        setattr(result, counter, getattr(result, counter) + time.perf_counter() - started)


def ingest_on_worker(documents: list[Document]) -> BatchResult:
    """Extract and store a batch with the worker's extractor and store, each document in its own transaction."""
    worker = get_worker()
    plugin = cast(IngestPlugin, worker.plugins[PLUGIN_NAME])
    extractor, store = plugin.extractor, plugin.store
    assert extractor is not None and store is not None, "the ingest plugin is set up on every worker"
    result = BatchResult(worker=worker.address, load_seconds=plugin.load_seconds)
    cpu_started = time.process_time()
    for document in documents:
        try:
            with _timed(result, "extract_seconds"), transient_strings(extractor):
                extraction = extractor.extract(document)
            with _timed(result, "write_seconds"):
                stored = store.save(extraction)
        except FrontwatchError as exc:
            result.failed.append((document.origin, str(exc)))
            continue
        if stored:
            result.stored.append(StoredSummary.of(extraction))
        else:
            result.skipped.append(DocumentSummary.of(document))
    result.cpu_seconds = time.process_time() - cpu_started
    return result


@dataclass
class BackfillTimes:
    """Where a backfill's time went: wall clock, and the workers' summed model loading, extraction and writes."""

    wall_seconds: float = 0.0
    cluster_seconds: float = 0.0  # starting the cluster and loading the models on every worker (wall)
    load_seconds: dict[str, float] = field(default_factory=dict)  # per worker
    extract_seconds: float = 0.0
    write_seconds: float = 0.0
    cpu_seconds: float = 0.0
    tasks: int = 0
    workers: int = 0


def _client(workers: int, scheduler: str | None) -> Client:
    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster)


def backfill(
    paths: Sequence[str | Path],
    settings: Settings,
    workers: int = 2,
    scheduler: str | None = None,
    *,
    store: Store | None = None,
    published: date | None = None,
    source: str | None = None,
    on_progress: Progress = _quiet,
    documents_per_task: int = DOCUMENTS_PER_TASK,
    times: BackfillTimes | None = None,
) -> IngestReport:
    """Ingest files or folders on a Dask cluster (a LocalCluster of `workers` processes, or `scheduler`)."""
    if workers < 1:
        raise FrontwatchError(f"--workers must be at least 1, not {workers}")
    started = time.perf_counter()
    times = times if times is not None else BackfillTimes()
    own_store = store is None
    store = store or Store(settings.database_url)
    report = IngestReport()
    cluster = _LazyCluster(settings, workers, scheduler, times)
    try:
        documents = read_documents(paths, published=published, source=source, max_bytes=settings.max_document_bytes)
        batches = _new_batches(documents, store, report, on_progress, documents_per_task)
        _run(cluster, batches, report, on_progress, times)
    finally:
        cluster.close()
        if own_store:
            store.close()
    times.wall_seconds = time.perf_counter() - started
    return report


def _new_batches(documents: Iterable[Document | InputError], store: Store, report: IngestReport,
                 on_progress: Progress, size: int) -> Iterator[list[Document]]:
    """Batches of documents not stored yet; unreadable and already stored ones go into the report."""
    items = iter(documents)
    while chunk := list(islice(items, size)):
        readable = []
        for item in chunk:
            if isinstance(item, InputError):
                report.failed.append(str(item))
                on_progress(item.origin, "failed")
            else:
                readable.append(item)
        stored = store.stored_ids([d.id for d in readable])
        fresh, seen = [], set()
        for document in readable:
            if document.id in stored or document.id in seen:
                report.add_skipped(document)
                on_progress(document.origin, "already stored")
            else:
                seen.add(document.id)
                fresh.append(document)
        if fresh:
            yield fresh


class _LazyCluster:
    """A Dask client started on first use, so a backfill with nothing new to extract loads no models."""

    def __init__(self, settings: Settings, workers: int, scheduler: str | None, times: BackfillTimes) -> None:
        self.settings, self.workers, self.scheduler, self.times = settings, workers, scheduler, times
        self.client: Client | None = None
        self.limit = TASKS_IN_FLIGHT_PER_WORKER * workers

    def get(self) -> Client:
        """The connected client, with the ingest plugin set up on every worker."""
        if self.client is None:
            started = time.perf_counter()
            self.client = _client(self.workers, self.scheduler)
            self.client.register_plugin(IngestPlugin(self.settings))
            n_workers = max(1, len(self.client.scheduler_info(n_workers=-1)["workers"]))
            self.limit = TASKS_IN_FLIGHT_PER_WORKER * n_workers
            self.times.workers = n_workers
            self.times.cluster_seconds = time.perf_counter() - started
        return self.client

    def close(self) -> None:
        """Close the client, and the local cluster if this backfill started it."""
        if self.client is None:
            return
        cluster = self.client.cluster if self.scheduler is None else None
        self.client.close()
        if cluster is not None:
            cluster.close()


def _run(cluster: _LazyCluster, batches: Iterable[list[Document]], report: IngestReport, on_progress: Progress,
         times: BackfillTimes) -> None:
    pending: as_completed | None = None  # made with the first future: it needs a client
    origins: dict[object, list[str]] = {}
    for batch in batches:
        future = cluster.get().submit(ingest_on_worker, batch, pure=False)
        origins[future.key] = [d.origin for d in batch]
        if pending is None:
            pending = as_completed([future])
        else:
            pending.add(future)
        while pending.count() >= cluster.limit:
            future = next(pending)
            _collect(future, origins.pop(future.key), report, on_progress, times)
    for future in pending or ():
        _collect(future, origins.pop(future.key), report, on_progress, times)


def _collect(future, origins: list[str], report: IngestReport, on_progress: Progress, times: BackfillTimes) -> None:
    try:
        result: BatchResult = future.result()
    except (FrontwatchError, KilledWorker, OSError) as exc:
        for origin in origins:
            report.failed.append(f"{origin}: {exc.__class__.__name__}: {exc}")
            on_progress(origin, "failed")
        return
    finally:
        future.release()
    times.tasks += 1
    times.extract_seconds += result.extract_seconds
    times.write_seconds += result.write_seconds
    times.cpu_seconds += result.cpu_seconds
    times.load_seconds[result.worker] = result.load_seconds
    for summary in result.stored:
        report.stored.append(summary)
        on_progress(summary.document.origin, "stored")
    for document in result.skipped:
        report.skipped.append(document)
        on_progress(document.origin, "already stored")
    for origin, problem in result.failed:
        report.failed.append(f"{origin}: {problem}" if not problem.startswith(origin) else problem)
        on_progress(origin, "failed")
