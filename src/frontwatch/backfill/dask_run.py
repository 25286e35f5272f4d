"""Ingest on dask.distributed workers: the client reads and hands out batches, workers extract, the client stores.

Each worker loads the extractor once (a worker plugin). The client streams documents from disk,
grades them and skips those stored already (the ingest service's `prepare`; the first document to
extract starts the cluster in the background, and the client reads on while it starts), groups the rest into
batches (BATCH_DOCUMENTS documents or BATCH_CHARS characters, whichever comes first) and keeps
IN_FLIGHT_PER_WORKER batches per worker in flight; the last batch per worker goes out in pieces of
TAIL_DOCUMENTS, so the workers finish together. A worker extracts every document of its batch in
its own guard and sends the extractions (or failures) back. The client stores them through the
same service step as a plain ingest (one transaction per document, a failure kept as a record with
its traceback in the log) in the order the documents were read, whichever worker finishes first:
the database, its fact ids and every export are those of a plain ingest of the same inputs, with
any number of workers. The client writes while the workers extract the next batches, a killed
backfill loses nothing committed, and a re-run skips what was stored.

A batch whose worker was lost (Dask gave up on it after its retries: a document that crashes
its process) is sent again one document per task, so only the document that kills a worker
fails. Workers need frontwatch, its models, the gazetteer cache and the database; not the input
files.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future as StartFuture
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from multiprocessing import forkserver
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import dask
from distributed import Client, Future, LocalCluster, get_worker
from distributed.diagnostics.plugin import WorkerPlugin
from distributed.utils import get_mp_context

from frontwatch.errors import FrontwatchError
from frontwatch.failures import Failure, failure_of
from frontwatch.ingest import read_documents
from frontwatch.ingest_service import IngestReport, IngestService, InputItem, batches, extract_batch, ingest_service
from frontwatch.language import DATA_DIR, read_yaml
from frontwatch.model import Document, Extraction
from frontwatch.settings import Settings
from frontwatch.store import Store

if TYPE_CHECKING:
    from frontwatch.extract.extractor import Extractor

PLUGIN_NAME = "frontwatch-extractor"
BATCH_DOCUMENTS = 8  # documents per task: few enough that the last tasks end together
BATCH_CHARS = 40_000  # ... or fewer when they are long
IN_FLIGHT_PER_WORKER = 2  # batches per worker handed out at once: one running, one waiting
TAIL_DOCUMENTS = 2  # the last batch per worker goes out cut this small, so the workers finish together
READ_AHEAD_DOCUMENTS = 2_000  # read and prepared at most while the cluster starts (a core is idle then) ...
READ_AHEAD_CHARS = 8_000_000  # ... and at most this much text held
CONNECT_SECONDS = 15  # how long to try an existing scheduler before giving up with one line
DASK_CONFIG = DATA_DIR / "dask.yaml"  # the local cluster's Dask settings; DASK_CONFIG=<it> for an existing cluster
# imported once by the forkserver local workers are forked from (spaCy, thinc and what they import: ~2/3 of a
# worker's start), so that no worker imports them itself; torch marked absent first (worker_imports)
FORKSERVER_PRELOAD = ("frontwatch.backfill.worker_imports", "frontwatch.backfill.dask_run", "frontwatch.pipeline")


class ExtractorPlugin(WorkerPlugin):
    """Builds frontwatch's extractor once on every worker, from the client's settings."""

    name = PLUGIN_NAME

    def __init__(self, settings: Settings) -> None:
        self.settings_data = settings.model_dump(mode="json", exclude={"api_token"})  # workers never need it
        self.extractor: Extractor | None = None
        self.load_seconds = 0.0

    def setup(self, worker) -> None:
        """Load spaCy, the registry, the gazetteer and the typer on this worker."""
        from frontwatch.pipeline import build_extractor

        started = time.perf_counter()
        self.extractor = build_extractor(Settings(**self.settings_data))
        self.load_seconds = time.perf_counter() - started


@dataclass(frozen=True)
class ServiceOptions:
    """How a worker extracts: with the client's service's time budget per document."""

    extract_seconds: float | None = None

    @classmethod
    def of(cls, service: IngestService) -> ServiceOptions:
        """The options of the client's service."""
        return cls(service.extract_seconds)


@dataclass(frozen=True)
class BatchStats:
    """Where one batch's time went on its worker (seconds; wall clock unless named CPU)."""

    worker: str
    documents: int
    load_seconds: float  # the worker's model loading (once per worker; the same figure in each of its batches)
    queued_seconds: float  # from the client's submit to the start on the worker (scheduling and waiting)
    extract_seconds: float
    write_seconds: float  # the client's, storing the batch (0 until the client has stored it)
    cpu_seconds: float  # the worker process's CPU time over the batch (its extraction)
    write_cpu_seconds: float  # the client thread's CPU time in the writes (the rest of write_seconds is waiting)
    main_cpu_seconds: float  # the worker's main thread's CPU time so far (its start, model load and event loop)
    started: float  # time.time() on the worker when the batch started and ended
    ended: float


@dataclass
class BatchResult:
    """What a worker made of one batch: each document's extraction or failure, in order, and its time."""

    extractions: list[Extraction | Failure] = field(default_factory=list)
    stats: BatchStats | None = None


def ingest_on_worker(documents: list[Document], options: ServiceOptions, submitted: float) -> BatchResult:
    """Extract a batch of prepared documents with this worker's extractor, each in its own guard; a failure is
    returned, never raised (the client stores both in order)."""
    started_wall, started_cpu = time.time(), time.process_time()
    main_cpu = time.clock_gettime(time.pthread_getcpuclockid(threading.main_thread().ident or 0))
    plugin = cast(ExtractorPlugin, get_worker().plugins[PLUGIN_NAME])
    assert plugin.extractor is not None  # set up when the worker started
    from frontwatch.pipeline import zoned_extract, zoned_extract_many

    begun = time.perf_counter()
    extractions = extract_batch(zoned_extract(plugin.extractor), zoned_extract_many(plugin.extractor), documents,
                                options.extract_seconds)
    stats = BatchStats(
        worker=get_worker().address, documents=len(documents),
        load_seconds=plugin.load_seconds, queued_seconds=max(0.0, started_wall - submitted),
        extract_seconds=time.perf_counter() - begun, write_seconds=0.0, cpu_seconds=time.process_time() - started_cpu,
        write_cpu_seconds=0.0, main_cpu_seconds=main_cpu, started=started_wall, ended=time.time())
    return BatchResult(list(extractions), stats)


def dask_settings(path: Path = DASK_CONFIG) -> dict[str, Any]:
    """The Dask configuration file's settings as dotted keys (`dask.config.set` replaces a nested key's whole
    subtree, and the file changes a few leaves of Dask's defaults)."""
    def leaves(tree: dict[str, Any], prefix: str) -> Iterator[tuple[str, Any]]:
        for key, value in tree.items():
            if isinstance(value, dict):
                yield from leaves(value, f"{prefix}{key}.")
            else:
                yield f"{prefix}{key}", value

    return dict(leaves(cast(dict[str, Any], read_yaml(path, "the Dask configuration")), ""))


def preload_in_forkserver(modules: Sequence[str]) -> None:
    """Have the forkserver that local workers are forked from import these modules too, before it forks the first
    worker (Dask's own list kept); nothing changes once the forkserver runs or when workers are not forked from one."""
    context = get_mp_context()  # Dask sets its own preload list on its first call
    if context.get_start_method() != "forkserver":
        return
    present = list(getattr(forkserver._forkserver, "_preload_modules", []))  # noqa: SLF001  (no public getter)
    context.set_forkserver_preload([*present, *(module for module in modules if module not in present)])


def _client(workers: int, scheduler: str | None) -> Client:
    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError) as exc:
            raise FrontwatchError(f"cannot reach the Dask scheduler at {scheduler!r} within {CONNECT_SECONDS} s "
                                  f"({exc.__class__.__name__}); start it, or drop --scheduler to use local "
                                  "workers") from None
    with dask.config.set(dask_settings()):
        preload_in_forkserver(FORKSERVER_PRELOAD)
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
    on_batch: Callable[[BatchStats], None] | None = None,
) -> IngestReport:
    """Ingest files or folders on a Dask cluster (LocalCluster of `workers` processes, or `scheduler`).

    Documents go through the same ingest service as a plain ingest (graded and checked against the
    store here, extracted on the workers, stored or recorded as failed here in the order they were read).
    `on_batch` receives each batch's timings as it is stored.
    """
    if workers < 1:
        raise FrontwatchError(f"--workers must be at least 1, not {workers}")
    own_store = store is None and service is None
    if service is None:
        service = ingest_service(store or Store(settings.database_url), settings)
    report = report if report is not None else IngestReport()
    cluster = _LazyCluster(settings, workers, scheduler)
    try:
        documents = read_documents(paths, published=published, source=source, max_bytes=settings.max_document_bytes)
        _Run(cluster, service, report, on_batch).run(documents)
    finally:
        cluster.close()
        if own_store:
            service.store.close()
    return report


def with_small_tail(batches: Iterable[list[Document]], last: int, size: int) -> Iterator[list[Document]]:
    """The batches in order, the `last` ones cut into pieces of `size` documents (read ahead by `last` batches):
    a worker that ends early then takes pieces of the end instead of waiting for another's whole batch."""
    ahead: deque[list[Document]] = deque()
    for batch in batches:
        ahead.append(batch)
        if len(ahead) > last:
            yield ahead.popleft()
    for batch in ahead:
        yield from (batch[start:start + size] for start in range(0, len(batch), size))


def read_ahead(documents: Iterable[Document], start: Callable[[], None], ready: Callable[[], bool],
               max_documents: int = READ_AHEAD_DOCUMENTS, max_chars: int = READ_AHEAD_CHARS) -> Iterator[Document]:
    """The documents in order. The first one calls `start` (the cluster's, in the background), and until `ready` the
    documents are read on, up to `max_documents` or `max_chars`: the cluster's start (the forkserver's imports)
    leaves a core idle for the client's reading and grading, which would otherwise compete with busy workers."""
    documents = iter(documents)
    ahead: list[Document] = []
    chars = 0
    for document in documents:
        start()
        ahead.append(document)
        chars += len(document.text)
        if ready() or len(ahead) >= max_documents or chars >= max_chars:
            break
    yield from ahead
    yield from documents


class _LazyCluster:
    """A Dask client started on first use, so a backfill with nothing new to extract loads no models; it connects
    in a thread of its own while the client reads on."""

    def __init__(self, settings: Settings, workers: int, scheduler: str | None) -> None:
        self.settings, self.workers, self.scheduler = settings, workers, scheduler
        self.connecting: StartFuture[Client] | None = None
        self.limit = IN_FLIGHT_PER_WORKER * workers

    def start(self) -> None:
        """Begin connecting in the background (once)."""
        if self.connecting is None:
            pool = ThreadPoolExecutor(1, thread_name_prefix="frontwatch-cluster-start")
            self.connecting = pool.submit(self._connect)
            pool.shutdown(wait=False)

    def ready(self) -> bool:
        """Whether the client has connected (or failed to)."""
        return self.connecting is not None and self.connecting.done()

    def get(self) -> Client:
        """The connected client, with the extractor plugin on every worker (waiting for it)."""
        self.start()
        assert self.connecting is not None
        return self.connecting.result()

    def _connect(self) -> Client:
        client = _client(self.workers, self.scheduler)
        client.register_plugin(ExtractorPlugin(self.settings))
        self.limit = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
        return client

    def close(self) -> None:
        """Close the client, and the local cluster if this backfill started it."""
        if self.connecting is None or self.connecting.exception() is not None:
            return
        client = self.connecting.result()
        cluster = client.cluster if self.scheduler is None else None
        client.close()
        if cluster is not None:
            cluster.close()


class _Run:
    """One backfill's client side: prepare, hand out batches, store what comes back in the order it was read."""

    def __init__(self, cluster: _LazyCluster, service: IngestService, report: IngestReport,
                 on_batch: Callable[[BatchStats], None] | None) -> None:
        self.cluster, self.service, self.report, self.on_batch = cluster, service, report, on_batch
        self.options = ServiceOptions.of(service)
        self.pending: deque[tuple[Future, list[Document]]] = deque()  # in the order the documents were read

    def run(self, items: Iterable[InputItem]) -> None:
        """Ingest every input; returns when every batch has been stored."""
        documents = read_ahead(self.service.prepared(items, self.report), self.cluster.start, self.cluster.ready)
        full = batches(documents, BATCH_DOCUMENTS, BATCH_CHARS)
        for batch in with_small_tail(full, self.cluster.limit // IN_FLIGHT_PER_WORKER, TAIL_DOCUMENTS):
            self.pending.append(self._submit(batch))
            while len(self.pending) >= self.cluster.limit:
                self._settle(*self.pending.popleft())
        while self.pending:
            self._settle(*self.pending.popleft())

    def _submit(self, batch: list[Document]) -> tuple[Future, list[Document]]:
        return self.cluster.get().submit(ingest_on_worker, batch, self.options, time.time(), pure=False), batch

    def _settle(self, future: Future, batch: list[Document]) -> None:
        """Store the oldest batch's extractions (waiting for it: a later batch done first waits its turn)."""
        try:
            result: BatchResult = future.result()
        except Exception as exc:  # noqa: BLE001  a lost worker (KilledWorker): only the document that kills one fails
            self._lost(batch, exc)
            return
        finally:
            future.release()
        started, started_cpu = time.perf_counter(), time.thread_time()
        for document, extraction in zip(batch, result.extractions, strict=True):
            self.service.commit(document, extraction, self.report)
        if self.on_batch is not None and result.stats is not None:
            self.on_batch(replace(result.stats, write_seconds=time.perf_counter() - started,
                                  write_cpu_seconds=time.thread_time() - started_cpu))

    def _lost(self, batch: list[Document], exc: BaseException) -> None:
        if len(batch) > 1:  # sent again one by one, in its place: before every later batch
            self.pending.extendleft(reversed([self._submit([document]) for document in batch]))
            return
        [document] = batch
        if isinstance(self.service.prepare(document, self.report), Document):  # not stored before the loss
            self.service.commit(document, failure_of(exc, document.origin, document), self.report)
