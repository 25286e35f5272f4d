"""Backfill: read archives and ingest them on a dask.distributed cluster, every worker storing its own batches."""

from frontwatch.backfill.dask_run import BatchStats, ExtractorPlugin, backfill, ingest_on_worker

__all__ = ["BatchStats", "ExtractorPlugin", "backfill", "ingest_on_worker"]
