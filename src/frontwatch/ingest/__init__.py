"""frontwatch.ingest stage."""
