"""Backfill: read archives and run the NLP stage on a dask.distributed cluster, storing through the store."""

from frontwatch.backfill.dask_run import ExtractorPlugin, backfill, extract_on_worker

__all__ = ["ExtractorPlugin", "backfill", "extract_on_worker"]
