"""Importers: bring facts from other systems' files into the store."""

from frontwatch.importers.acled import AcledImportReport, import_acled_csv

__all__ = ["AcledImportReport", "import_acled_csv"]
