"""POST /documents through the ingest service, with the work bounded: one extraction at a time, a wait limit
and a time limit, so a long text can never tie up the API.

Choice (issue 17): bound the work rather than queue it. The API reads texts of at most
`api_max_text_chars` characters after normalisation (413 beyond: the CLI or the Dask backfill
read longer ones); extraction runs on one background thread; a request waits at most
`api_extract_wait_seconds` for it (503 with Retry-After when it is busy) and at most
`api_request_seconds` for the result (503 naming the document id: it is stored when done).
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from fastapi import Request

from frontwatch.api.deps import get_extractor
from frontwatch.ingest_service import IngestService, Outcome
from frontwatch.model import Document
from frontwatch.settings import Settings


@dataclass
class IngestSlot:
    """The API's one extraction thread and the gate in front of it."""

    gate: threading.Semaphore
    executor: ThreadPoolExecutor
    service: IngestService | None = None


class Busy(Exception):
    """The extractor stayed busy past the wait limit."""


class StillReading(Exception):
    """The document was not read within the time limit; it is stored when done."""


def new_ingest_slot(_settings: Settings) -> IngestSlot:
    """A free gate and one worker thread for app.state."""
    return IngestSlot(threading.Semaphore(1), ThreadPoolExecutor(max_workers=1, thread_name_prefix="frontwatch-ingest"))


def ingest_bounded(request: Request, document: Document) -> Outcome:
    """Run one document through the ingest service within the API's wait and time limits."""
    state = request.app.state
    settings: Settings = state.settings
    slot: IngestSlot = state.ingest
    if not slot.gate.acquire(timeout=settings.api_extract_wait_seconds):
        raise Busy
    try:
        future: Future[Outcome] = slot.executor.submit(_ingest, request, document)
    except RuntimeError:  # the executor is shutting down
        slot.gate.release()
        raise Busy from None
    future.add_done_callback(lambda _f: slot.gate.release())
    try:
        return future.result(timeout=settings.api_request_seconds)
    except FutureTimeout:
        raise StillReading from None


def _ingest(request: Request, document: Document) -> Outcome:
    state = request.app.state
    slot: IngestSlot = state.ingest
    if slot.service is None:
        from frontwatch.pipeline import ingest_service  # loads the NLP stack: only once a write comes

        slot.service = ingest_service(state.store, state.settings)
    extractor = get_extractor(request)
    return slot.service.ingest(document, extractor.extract)
