"""Run extraction on dask.distributed workers; the client reads the files and writes every result.

Each worker builds the extractor once (a worker plugin), then turns Documents into Extractions.
The client streams documents from disk, skips the ones already stored, keeps a bounded number
of documents in flight, and saves each Extraction in its own transaction as it arrives, so a
killed backfill loses nothing committed and a re-run skips what is stored. Workers need
frontwatch, its models and the gazetteer cache installed, but no access to the input files.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from distributed import Client, KilledWorker, LocalCluster, as_completed, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from frontwatch.errors import FrontwatchError, InputError, StoreError
from frontwatch.ingest import read_documents
from frontwatch.model import Document, Extraction
from frontwatch.pipeline import IngestReport, Progress, _quiet
from frontwatch.settings import Settings
from frontwatch.store import Store

PLUGIN_NAME = "frontwatch-extractor"
IN_FLIGHT_PER_WORKER = 4


class ExtractorPlugin(WorkerPlugin):
    """Builds frontwatch's extractor once on every worker, from the client's settings."""

    name = PLUGIN_NAME

    def __init__(self, settings: Settings) -> None:
        self.settings_data = settings.model_dump(mode="json")
        self.extractor = None

    def setup(self, worker) -> None:
        """Load spaCy, the registry and the gazetteer on this worker."""
        from frontwatch.pipeline import build_extractor

        self.extractor = build_extractor(Settings(**self.settings_data))


def extract_on_worker(document: Document) -> Extraction:
    """The Extraction of one document, made with the worker's extractor."""
    plugin = get_worker().plugins[PLUGIN_NAME]
    return plugin.extractor.extract(document)


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
) -> IngestReport:
    """Ingest files or folders with extraction on a Dask cluster (LocalCluster of `workers` processes, or `scheduler`)."""
    if workers < 1:
        raise FrontwatchError(f"--workers must be at least 1, not {workers}")
    own_store = store is None
    store = store or Store(settings.database_url)
    report = IngestReport()
    cluster = _LazyCluster(settings, workers, scheduler)
    try:
        documents = read_documents(paths, published=published, source=source, max_bytes=settings.max_document_bytes)
        _run(cluster, documents, store, report, on_progress)
    finally:
        cluster.close()
        if own_store:
            store.close()
    return report


class _LazyCluster:
    """A Dask client started on first use, so a backfill with nothing new to extract loads no models."""

    def __init__(self, settings: Settings, workers: int, scheduler: str | None) -> None:
        self.settings, self.workers, self.scheduler = settings, workers, scheduler
        self.client: Client | None = None
        self.limit = IN_FLIGHT_PER_WORKER * workers

    def get(self) -> Client:
        """The connected client, with the extractor plugin on every worker."""
        if self.client is None:
            self.client = _client(self.workers, self.scheduler)
            self.client.register_plugin(ExtractorPlugin(self.settings))
            self.limit = IN_FLIGHT_PER_WORKER * max(1, len(self.client.scheduler_info(n_workers=-1)["workers"]))
        return self.client

    def close(self) -> None:
        """Close the client, and the local cluster if this backfill started it."""
        if self.client is None:
            return
        cluster = self.client.cluster if self.scheduler is None else None
        self.client.close()
        if cluster is not None:
            cluster.close()


def _run(cluster: _LazyCluster, documents, store: Store, report: IngestReport, on_progress: Progress) -> None:
    pending: as_completed | None = None  # made with the first future: it needs a client
    origins: dict = {}
    for item in documents:
        if isinstance(item, InputError):
            report.failed.append(str(item))
            on_progress(item.origin, "failed")
            continue
        if store.has_document(item.id):
            report.add_skipped(item)
            on_progress(item.origin, "already stored")
            continue
        future = cluster.get().submit(extract_on_worker, item, pure=False)
        origins[future.key] = item.origin
        if pending is None:
            pending = as_completed([future])
        else:
            pending.add(future)
        while pending.count() >= cluster.limit:
            future = next(pending)
            _store_one(future, origins.pop(future.key), store, report, on_progress)
    for future in pending or ():
        _store_one(future, origins.pop(future.key), store, report, on_progress)


def _store_one(future, origin: str, store: Store, report: IngestReport, on_progress: Progress) -> None:
    try:
        extraction: Extraction = future.result()
    except (FrontwatchError, KilledWorker) as exc:
        report.failed.append(f"{origin}: {exc}")
        on_progress(origin, "failed")
        return
    finally:
        future.release()
    try:
        stored = store.save(extraction)
    except StoreError as exc:
        report.failed.append(str(exc))
        on_progress(origin, "failed")
        return
    if stored:
        report.add_stored(extraction)
        on_progress(origin, "stored")
    else:
        report.add_skipped(extraction.document)
        on_progress(origin, "already stored")
