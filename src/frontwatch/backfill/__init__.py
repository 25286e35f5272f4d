"""Backfill: read archives and run ingest (extraction and writes) on a dask.distributed cluster."""

from frontwatch.backfill.dask_run import BackfillTimes, IngestPlugin, backfill, ingest_on_worker

__all__ = ["BackfillTimes", "IngestPlugin", "backfill", "ingest_on_worker"]
