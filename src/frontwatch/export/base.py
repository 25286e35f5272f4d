"""The one interface every output format implements, and the registry of formats."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TextIO

from frontwatch.store import Store

Writer = Callable[[Store, TextIO, "Sequence[str] | None"], int]


@dataclass(frozen=True)
class Exporter:
    """An output format: its name, file suffix, media type and writer (returns rows written)."""

    name: str
    suffix: str
    media_type: str
    write: Writer


EXPORTERS: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    """Add a format to the registry (a new format is one new module calling this)."""
    EXPORTERS[exporter.name] = exporter
    return exporter
