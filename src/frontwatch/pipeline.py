"""The whole flow: ingest → nlp → extract → resolve → store, for files, folders or stdin."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from pathlib import Path
from typing import cast

from spacy.tokens import Doc

from frontwatch.classify.typer import SentenceTyper
from frontwatch.errors import InputError
from frontwatch.extract.extractor import Extractor
from frontwatch.ingest import SkippedInput, read_documents
from frontwatch.ingest_service import (
    DocumentSummary,
    Extract,
    ExtractMany,
    IngestReport,
    IngestService,
    Notify,
    Progress,
    StoredSummary,
    ingest_service,
    no_notice,
    no_progress,
)
from frontwatch.model import Document, Extraction
from frontwatch.reading.pipeline import actor_registry, reading_pipeline
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
    nlp = reading_pipeline(settings.spacy_model, settings.actor_files)
    geocoder = Geocoder(gazetteer, actors=actor_registry(nlp))  # the registry the reader uses, the user's actors too

    def country_of(word: str) -> str | None:
        """The country a word of the text names: a demonym, a name or an abbreviation news write for it ("US",
        place_abbreviations.csv), never a bare ISO code ("AU troops" are the African Union's, "SPLA-IO" no place)."""
        key = word.removesuffix("'s").removesuffix("’s")
        code = geocoder.terms.demonyms.get(fold(key)) or gazetteer.country_named(key)
        return gazetteer.country_name(code) if code else None

    return Extractor(
        nlp=nlp,
        geocoder=geocoder,
        typer=SentenceTyper.load(),
        taxonomy=load_taxonomy(),
        country_of=country_of,
        country_name=gazetteer.country_name,
        check_spatial=lambda text, doc, mentions, doc_id: check_spatial_claims(
            text, cast(Doc, doc), mentions, gazetteer, doc_id, geocoder.terms),
    )


def _zone(extractor: Extractor) -> AbstractContextManager:
    """A spaCy memory zone over the extractor's vocabulary: the strings and lexemes added inside it are freed
    when it closes, so a long run's memory does not grow with its length (extractions hold plain strings,
    never spaCy objects)."""
    zone = getattr(extractor.nlp, "memory_zone", None)
    return zone() if zone is not None else nullcontext()


def zoned_extract(extractor: Extractor) -> Extract:
    """`extractor.extract` inside a spaCy memory zone per document."""

    def extract(document: Document) -> Extraction:
        with _zone(extractor):
            return extractor.extract(document)

    return extract


def zoned_extract_many(extractor: Extractor) -> ExtractMany:
    """`extractor.extract_many` over one batch (parsed a few documents at a time) inside one memory zone."""

    def extract_many(documents: list[Document]) -> list[Extraction]:
        with _zone(extractor):
            return list(extractor.extract_many(documents))

    return extract_many


def ingest_documents(
    documents: Iterable[Document | InputError | SkippedInput],
    store: Store,
    extractor: Extractor,
    on_progress: Progress = no_progress,
    reliability: SourceReliability | None = None,
) -> IngestReport:
    """Extract and store each document in its own guard and transaction; a failure spoils only itself."""
    service = IngestService(store, reliability, on_progress=on_progress)
    return service.run(documents, zoned_extract(extractor), extract_many=zoned_extract_many(extractor))


def ingest_paths(
    paths: Sequence[str | Path],
    store: Store,
    extractor: Extractor,
    settings: Settings,
    published: date | None = None,
    source: str | None = None,
    on_progress: Progress = no_progress,
    *,
    strict: bool = False,
    on_notice: Notify = no_notice,
) -> IngestReport:
    """Read files, folders or stdin ("-") and store what each document says."""
    documents = read_documents(paths, published=published, source=source, max_bytes=settings.max_document_bytes)
    service = ingest_service(store, settings, strict=strict, on_progress=on_progress, on_notice=on_notice)
    return service.run(documents, zoned_extract(extractor), extract_many=zoned_extract_many(extractor))


__all__ = ["DocumentSummary", "IngestReport", "StoredSummary", "build_extractor", "ingest_documents",
           "ingest_paths", "ingest_service", "zoned_extract", "zoned_extract_many"]
