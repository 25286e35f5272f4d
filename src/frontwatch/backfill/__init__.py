"""Backfill: read archives and ingest them on a dask.distributed cluster, every worker storing its own batches."""

from frontwatch.backfill.dask_run import DASK_CONFIG, BatchStats, ExtractorPlugin, backfill, ingest_on_worker

__all__ = ["DASK_CONFIG", "BatchStats", "ExtractorPlugin", "backfill", "ingest_on_worker"]
