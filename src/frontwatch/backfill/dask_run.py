"""Run extraction on dask.distributed workers; the client reads the files and writes every result.

Each worker builds the extractor once (a worker plugin), then turns Documents into Extractions.
The client streams documents from disk, skips the ones already stored, keeps a bounded number
of documents in flight, and saves each Extraction in its own transaction as it arrives, so a
killed backfill loses nothing committed and a re-run skips what is stored. Workers need
frontwatch, its models and the gazetteer cache installed, but no access to the input files.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from distributed import Client, LocalCluster, as_completed, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from frontwatch.errors import FrontwatchError
from frontwatch.failures import Failure, failure_of
from frontwatch.ingest import read_documents
from frontwatch.ingest_service import IngestReport, IngestService, InputItem, extract_guarded
from frontwatch.model import Document, Extraction
from frontwatch.settings import Settings
from frontwatch.store import Store

if TYPE_CHECKING:
    from frontwatch.extract.extractor import Extractor

PLUGIN_NAME = "frontwatch-extractor"
IN_FLIGHT_PER_WORKER = 4
CONNECT_SECONDS = 15  # how long to try an existing scheduler before giving up with one line


class ExtractorPlugin(WorkerPlugin):
    """Builds frontwatch's extractor once on every worker, from the client's settings."""

    name = PLUGIN_NAME

    def __init__(self, settings: Settings) -> None:
        self.settings_data = settings.model_dump(mode="json", exclude={"api_token"})  # workers never need it
        self.extractor: Extractor | None = None

    def setup(self, worker) -> None:
        """Load spaCy, the registry and the gazetteer on this worker."""
        from frontwatch.pipeline import build_extractor

        self.extractor = build_extractor(Settings(**self.settings_data))


def extract_on_worker(document: Document, budget_seconds: float | None = None) -> Extraction | Failure:
    """The Extraction of one document made with the worker's extractor, or its Failure (never an exception)."""
    plugin = cast(ExtractorPlugin, get_worker().plugins[PLUGIN_NAME])
    assert plugin.extractor is not None  # set up when the worker started
    from frontwatch.pipeline import zoned_extract

    return extract_guarded(zoned_extract(plugin.extractor), document, budget_seconds)


def _client(workers: int, scheduler: str | None) -> Client:
    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError) as exc:
            raise FrontwatchError(f"cannot reach the Dask scheduler at {scheduler!r} within {CONNECT_SECONDS} s "
                                  f"({exc.__class__.__name__}); start it, or drop --scheduler to use local "
                                  "workers") from None
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
    service: IngestService | None = None,
    report: IngestReport | None = None,
) -> IngestReport:
    """Ingest files or folders with extraction on a Dask cluster (LocalCluster of `workers` processes, or `scheduler`).

    Documents go through the same ingest service as a plain ingest (reliability graded, failures
    recorded); only the extraction step runs on the workers.
    """
    if workers < 1:
        raise FrontwatchError(f"--workers must be at least 1, not {workers}")
    own_store = store is None and service is None
    if service is None:
        from frontwatch.pipeline import ingest_service

        service = ingest_service(store or Store(settings.database_url), settings)
    report = report if report is not None else IngestReport()
    cluster = _LazyCluster(settings, workers, scheduler)
    try:
        documents = read_documents(paths, published=published, source=source, max_bytes=settings.max_document_bytes)
        _run(cluster, documents, service, report)
    finally:
        cluster.close()
        if own_store:
            service.store.close()
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


def _run(cluster: _LazyCluster, items: Iterable[InputItem], service: IngestService, report: IngestReport) -> None:
    pending: as_completed | None = None  # made with the first future: it needs a client
    documents: dict[Any, Document] = {}  # by future key
    for item in items:
        prepared = service.prepare(item, report)
        if not isinstance(prepared, Document):
            continue
        future = cluster.get().submit(extract_on_worker, prepared, service.extract_seconds, pure=False)
        documents[future.key] = prepared
        if pending is None:
            pending = as_completed([future])
        else:
            pending.add(future)
        while pending.count() >= cluster.limit:
            future = next(pending)
            _commit(future, documents.pop(future.key), service, report)
    for future in pending or ():
        _commit(future, documents.pop(future.key), service, report)


def _commit(future, document: Document, service: IngestService, report: IngestReport) -> None:
    try:
        result: Extraction | Failure = future.result()
    except Exception as exc:  # noqa: BLE001  a lost worker (KilledWorker) or task fails this document only
        result = failure_of(exc, document.origin, document)
    finally:
        future.release()
    service.commit(document, result, report)
