"""The one ingest service: the CLI, the Dask backfill and POST /documents store documents through it.

Every document passes the same steps: its outlet's reliability is graded, a document stored
already is skipped, extraction runs inside its own guard (any exception becomes a Failure,
never the end of the run), and the result is stored in its own transaction, or kept as a
failed-document record with its traceback in the log. The run goes on; its report counts
what was stored, skipped and failed.

Given a batch reader (`extract_many`), a run reads short documents in batches (spaCy parses
several at once; each document's sentences are typed together), then stores each document in
its own transaction, in input order. If a batch's reading raises, nothing of it has been stored yet and each of its
documents is read again alone, so the one that fails spoils only itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from frontwatch.errors import FrontwatchError, InputError
from frontwatch.failures import Failure, TracebackLog, failure_of, input_failure
from frontwatch.ingest import SkippedInput, read_documents
from frontwatch.model import Document, Extraction
from frontwatch.resolve.reliability import SourceReliability
from frontwatch.sections import SECTION_CHARS, extract_in_sections
from frontwatch.settings import Settings
from frontwatch.store import Store
from frontwatch.store.failures import failed_document

log = logging.getLogger(__name__)

Progress = Callable[[str, str], None]  # (origin, status): stored, already stored, skipped, failed
Notify = Callable[[str], None]  # one line: a warning or a failure
Extract = Callable[[Document], Extraction]
ExtractMany = Callable[[list[Document]], list[Extraction]]  # one extraction per document, in order
InputItem = Document | InputError | SkippedInput

BATCH_DOCUMENTS = 16  # documents read together by a plain ingest
BATCH_CHARS = SECTION_CHARS  # ... or fewer characters: a document longer than a section is read alone, in sections


def no_progress(_origin: str, _status: str) -> None:
    """A progress callback that shows nothing."""
    return None


def no_notice(_line: str) -> None:
    """A notice callback that shows nothing."""
    return None


@dataclass(frozen=True)
class DocumentSummary:
    """What an ingest report keeps of a document: where it came from, not its text."""

    id: str
    origin: str
    title: str | None = None
    source: str | None = None
    published: date | None = None
    reliability: str | None = None

    @classmethod
    def of(cls, document: Document) -> DocumentSummary:
        """The summary of a document."""
        return cls(document.id, document.origin, document.title, document.source, document.published,
                   document.reliability)


@dataclass(frozen=True)
class StoredSummary:
    """What an ingest report keeps of a stored extraction: its document and how many facts of each kind."""

    document: DocumentSummary
    events: int
    control: int
    quantities: int
    findings: int
    warnings: tuple[str, ...] = ()

    @classmethod
    def of(cls, extraction: Extraction) -> StoredSummary:
        """The summary of an extraction (its facts counted, not kept)."""
        return cls(DocumentSummary.of(extraction.document), len(extraction.events), len(extraction.control),
                   len(extraction.quantities), len(extraction.findings), tuple(extraction.warnings))


@dataclass
class IngestReport:
    """What one ingest run did: documents stored, already stored, inputs skipped, and failures (one line each).

    Only summaries are kept (no texts, no facts), so a long run's report stays small.
    """

    stored: list[StoredSummary] = field(default_factory=list)
    skipped: list[DocumentSummary] = field(default_factory=list)  # stored already
    ignored: list[str] = field(default_factory=list)  # inputs that are no reports (a picture in a folder)
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether nothing failed."""
        return not self.failed

    def merge(self, other: IngestReport) -> None:
        """Add what another report (a batch ingested elsewhere) holds to this one."""
        self.stored += other.stored
        self.skipped += other.skipped
        self.ignored += other.ignored
        self.failed += other.failed
        self.warnings += other.warnings

    def summary(self) -> str:
        """The run in one line: stored / already stored / skipped / failed."""
        return (f"{len(self.stored)} stored, {len(self.skipped)} already stored, {len(self.ignored)} skipped, "
                f"{len(self.failed)} failed")


@dataclass(frozen=True)
class Outcome:
    """What became of one input."""

    status: str  # stored, already stored, skipped, failed
    origin: str
    doc_id: str | None = None
    failure: Failure | None = None
    failure_id: int | None = None
    warnings: tuple[str, ...] = ()


def extract_guarded(extract: Extract, document: Document, budget_seconds: float | None = None
                    ) -> Extraction | Failure:
    """The document's Extraction (a long one read section by section, within the time budget), or a Failure
    for any exception extraction raised: a crash spoils only its own document."""
    try:
        return extract_in_sections(extract, document, budget_seconds=budget_seconds)
    except Exception as exc:  # noqa: BLE001  one document's crash is recorded, never the end of a run
        return failure_of(exc, document.origin, document)


def extract_batch(extract: Extract, extract_many: ExtractMany | None, documents: list[Document],
                  budget_seconds: float | None = None) -> list[Extraction | Failure]:
    """Each document's Extraction or Failure: several read together by `extract_many`, one alone (in sections
    when long); if the batch's reading raises, each document is read again alone in its own guard."""
    if extract_many is not None and len(documents) > 1:
        try:
            extractions = extract_many(documents)
        except Exception as exc:  # noqa: BLE001  the culprit is found (and reported) by reading each alone
            log.info("a batch of %d documents failed (%s); reading each alone", len(documents), exc.__class__.__name__)
        else:
            if len(extractions) == len(documents):
                return list(extractions)
    return [extract_guarded(extract, document, budget_seconds) for document in documents]


def batches(documents: Iterable[Document], max_documents: int = BATCH_DOCUMENTS,
            max_chars: int = BATCH_CHARS) -> Iterator[list[Document]]:
    """Consecutive batches of at most `max_documents` documents and, past the first, `max_chars` characters."""
    batch: list[Document] = []
    chars = 0
    for document in documents:
        if batch and chars + len(document.text) > max_chars:
            yield batch
            batch, chars = [], 0
        batch.append(document)
        chars += len(document.text)
        if len(batch) >= max_documents:  # a full batch goes at once: no document is read ahead of it
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


class IngestService:
    """Stores documents, each in its own guard and transaction; see the module docstring."""

    def __init__(
        self,
        store: Store,
        reliability: SourceReliability | None = None,
        failure_log: Path | None = None,
        *,
        strict: bool = False,
        extract_seconds: float | None = None,
        on_progress: Progress = no_progress,
        on_notice: Notify = no_notice,
    ) -> None:
        self.store = store
        self.extract_seconds = extract_seconds
        self.reliability = reliability or SourceReliability()
        self.tracebacks = TracebackLog(failure_log) if failure_log is not None else None
        self.strict = strict
        self.on_progress = on_progress
        self.on_notice = on_notice

    # --- the steps, usable one by one (the Dask backfill extracts elsewhere) ---------------------------

    def prepare(self, item: InputItem, report: IngestReport) -> Document | Outcome:
        """The graded document to extract, or the outcome of an item settled here (failed, skipped, stored)."""
        if isinstance(item, InputError):
            return self._fail(input_failure(item), report)
        if isinstance(item, SkippedInput):
            if self.strict:
                return self._fail(Failure(item.origin, "StrictWarning", f"--strict: skipped: {item.reason}"), report)
            report.ignored.append(item.line())
            self._notice(f"skipped: {item.line()}", report)
            self.on_progress(item.origin, "skipped")
            return Outcome("skipped", item.origin)
        document = replace(item, reliability=self.reliability.grade(item.source))
        if self.store.has_document(document.id):
            report.skipped.append(DocumentSummary.of(document))
            self.on_progress(document.origin, "already stored")
            return Outcome("already stored", document.origin, document.id)
        if self.strict and document.warnings:
            return self._fail(_strict_failure(document, list(document.warnings)), report)
        return document

    def commit(self, document: Document, result: Extraction | Failure, report: IngestReport) -> Outcome:
        """Store an extraction in its own transaction, or record the failure; report it either way."""
        if isinstance(result, Failure):
            return self._fail(result, report)
        extraction = result
        extraction.warnings = list(dict.fromkeys([*document.warnings, *extraction.warnings]))
        if self.strict and extraction.warnings:
            return self._fail(_strict_failure(document, extraction.warnings), report)
        try:
            stored = self.store.save(extraction)
        except FrontwatchError as exc:
            return self._fail(failure_of(exc, document.origin, document), report)
        if not stored:
            report.skipped.append(DocumentSummary.of(document))
            self.on_progress(document.origin, "already stored")
            return Outcome("already stored", document.origin, document.id)
        for warning in extraction.warnings:
            self._notice(f"warning: {warning}", report)
        report.stored.append(StoredSummary.of(extraction))
        self.on_progress(document.origin, "stored")
        return Outcome("stored", document.origin, document.id, warnings=tuple(extraction.warnings))

    # --- whole runs ----------------------------------------------------------------------------

    def ingest(self, item: InputItem, extract: Extract, report: IngestReport | None = None) -> Outcome:
        """Run one input through every step."""
        report = report if report is not None else IngestReport()
        prepared = self.prepare(item, report)
        if isinstance(prepared, Outcome):
            return prepared
        return self.commit(prepared, extract_guarded(extract, prepared, self.extract_seconds), report)

    def prepared(self, items: Iterable[InputItem], report: IngestReport) -> Iterator[Document]:
        """The documents among `items` that are to be extracted (the others are settled on the way)."""
        for item in items:
            prepared = self.prepare(item, report)
            if isinstance(prepared, Document):
                yield prepared

    def commit_batch(self, documents: list[Document], extract: Extract, extract_many: ExtractMany | None,
                     report: IngestReport) -> None:
        """Extract a batch of prepared documents (see `extract_batch`) and store each in its own transaction."""
        for document, result in zip(documents, extract_batch(extract, extract_many, documents, self.extract_seconds),
                                    strict=True):
            self.commit(document, result, report)

    def run(self, items: Iterable[InputItem], extract: Extract, report: IngestReport | None = None,
            extract_many: ExtractMany | None = None) -> IngestReport:
        """Ingest every input in order, in batches when `extract_many` is given; one input's failure never stops
        the others."""
        report = report if report is not None else IngestReport()
        for batch in batches(self.prepared(items, report), BATCH_DOCUMENTS if extract_many is not None else 1):
            self.commit_batch(batch, extract, extract_many, report)
        return report

    def retry_failed(self, extract: Extract, max_bytes: int, report: IngestReport | None = None) -> IngestReport:
        """Run every failed input on record again; those that now succeed leave the record."""
        report = report if report is not None else IngestReport()
        for row in self.store.failures():
            document = failed_document(row)
            if document is not None:
                outcome = self.ingest(document, extract, report)
                if outcome.status == "already stored":
                    self.store.clear_failures([row.key])
                continue
            items = list(read_documents([_source_path(row.origin)], max_bytes=max_bytes))
            for item in items:
                self.ingest(item, extract, report)
            if not any(isinstance(i, InputError) and i.origin == row.origin for i in items):
                self.store.clear_failures([row.key])
        return report

    # --- reporting -------------------------------------------------------------------------------

    def _fail(self, failure: Failure, report: IngestReport) -> Outcome:
        if self.tracebacks is not None:
            failure = self.tracebacks.keep(failure)
        elif failure.traceback is not None:
            log.error("%s", failure.traceback)
            failure = replace(failure, traceback=None)
        failure_id = None
        line = failure.line()
        try:
            failure_id = self.store.record_failure(failure)
        except FrontwatchError as exc:
            line += f" [not recorded: {exc}]"
        report.failed.append(line)
        self.on_notice(f"failed: {line}")
        self.on_progress(failure.origin, "failed")
        return Outcome("failed", failure.origin, failure.doc_id, failure, failure_id)

    def _notice(self, line: str, report: IngestReport) -> None:
        report.warnings.append(line)
        self.on_notice(line)


def ingest_service(store: Store, settings: Settings, *, strict: bool = False, on_progress: Progress = no_progress,
                   on_notice: Notify = no_notice) -> IngestService:
    """The ingest service for these settings: their reliability grades and failure log."""
    reliability = SourceReliability.load(settings.source_reliability_file)
    return IngestService(store, reliability, settings.failure_log, strict=strict,
                         extract_seconds=settings.max_extract_seconds, on_progress=on_progress, on_notice=on_notice)


def _strict_failure(document: Document, warnings: list[str]) -> Failure:
    more = f" (and {len(warnings) - 1} more)" if len(warnings) > 1 else ""
    first = warnings[0].removeprefix(f"{document.origin}: ")
    return Failure(document.origin, "StrictWarning", f"--strict: {first}{more}", doc_id=document.id,
                   document=document, warnings=tuple(warnings))


def _source_path(origin: str) -> str:
    """The file an origin names: a feed entry or JSON Lines record (`file#3`) is re-read from its file."""
    if Path(origin).exists() or "#" not in origin:
        return origin
    return origin.rsplit("#", 1)[0]
