"""The whole flow: ingest → nlp → extract → resolve → store, for files, folders or stdin."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from frontwatch.classify.typer import SentenceTyper
from frontwatch.errors import FrontwatchError, InputError
from frontwatch.extract.extractor import Extractor
from frontwatch.ingest import read_documents
from frontwatch.model import Document, Extraction
from frontwatch.reading.pipeline import reading_pipeline
from frontwatch.resolve.gazetteer import Gazetteer, default_extra_files
from frontwatch.resolve.geo_names import fold
from frontwatch.resolve.geocode import Geocoder
from frontwatch.resolve.reliability import SourceReliability
from frontwatch.resolve.spatial_checks import check_spatial_claims
from frontwatch.settings import Settings
from frontwatch.store import Store
from frontwatch.taxonomy import load_taxonomy


def build_extractor(settings: Settings) -> Extractor:
    """Load every resource extraction needs (spaCy, registry, gazetteer, typer) once."""
    gazetteer = Gazetteer.load(settings.cache_dir, default_extra_files(settings.cache_dir, settings.gazetteer_files))
    geocoder = Geocoder(gazetteer)

    def country_of(word: str) -> str | None:
        key = word.removesuffix("'s").removesuffix("’s")
        code = geocoder.terms.demonyms.get(fold(key)) or gazetteer.country_code(key)
        return gazetteer.country_name(code) if code else None

    return Extractor(
        nlp=reading_pipeline(settings.spacy_model, settings.actor_files),
        geocoder=geocoder,
        typer=SentenceTyper.load(),
        taxonomy=load_taxonomy(),
        country_of=country_of,
        country_name=gazetteer.country_name,
        check_spatial=lambda text, doc, mentions, doc_id: check_spatial_claims(
            text, doc, mentions, gazetteer, doc_id, geocoder.terms),
    )


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
    """What one ingest run did: documents stored, skipped as already stored, and failures.

    Only summaries are kept (no texts, no facts), so a long run's report stays small.
    """

    stored: list[StoredSummary] = field(default_factory=list)
    skipped: list[DocumentSummary] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def add_stored(self, extraction: Extraction) -> None:
        """Count an extraction that was stored."""
        self.stored.append(StoredSummary.of(extraction))

    def add_skipped(self, document: Document) -> None:
        """Count a document that was stored already."""
        self.skipped.append(DocumentSummary.of(document))


Progress = Callable[[str, str], None]


def transient_strings(extractor: Extractor) -> AbstractContextManager:
    """A spaCy memory zone: the strings and lexemes a document adds to the vocabulary are freed when it ends.

    Without it spaCy's StringStore keeps every new word, number and name a run meets, so a long
    backfill's memory grows with its length. Extractions hold plain strings, never spaCy objects.
    """
    zone = getattr(extractor.nlp, "memory_zone", None)
    return zone() if zone is not None else nullcontext()


def _quiet(_origin: str, _status: str) -> None:
    return None


def ingest_documents(
    documents: Iterable[Document | InputError],
    store: Store,
    extractor: Extractor,
    on_progress: Progress = _quiet,
    reliability: SourceReliability = SourceReliability(),
) -> IngestReport:
    """Extract and store each document in its own transaction; a failure spoils only itself."""
    report = IngestReport()
    for item in documents:
        if isinstance(item, InputError):
            report.failed.append(str(item))
            on_progress(item.origin, "failed")
            continue
        item = replace(item, reliability=reliability.grade(item.source))
        if store.has_document(item.id):
            report.add_skipped(item)
            on_progress(item.origin, "already stored")
            continue
        try:
            with transient_strings(extractor):
                extraction = extractor.extract(item)
            stored = store.save(extraction)
        except FrontwatchError as exc:
            report.failed.append(f"{item.origin}: {exc}")
            on_progress(item.origin, "failed")
            continue
        if stored:
            report.add_stored(extraction)
            on_progress(item.origin, "stored")
        else:
            report.add_skipped(item)
            on_progress(item.origin, "already stored")
    return report


def ingest_paths(
    paths: Sequence[str | Path],
    store: Store,
    extractor: Extractor,
    settings: Settings,
    published: date | None = None,
    source: str | None = None,
    on_progress: Progress = _quiet,
) -> IngestReport:
    """Read files, folders or stdin ("-") and store what each document says."""
    documents = read_documents(paths, published=published, source=source, max_bytes=settings.max_document_bytes)
    reliability = SourceReliability.load(settings.source_reliability_file)
    return ingest_documents(documents, store, extractor, on_progress, reliability)
