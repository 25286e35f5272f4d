"""Output formats: each a module registering an Exporter (see export.base)."""

from frontwatch.export import (
    csv_acled,  # noqa: F401  (registers the format)
    geojson,  # noqa: F401  (registers the format)
    jsonl,  # noqa: F401  (registers the format)
    stix,  # noqa: F401  (registers the format)
)
from frontwatch.export.base import EXPORTERS, Exporter, register
from frontwatch.export.jsonl import contract_records

__all__ = ["EXPORTERS", "Exporter", "contract_records", "register"]
