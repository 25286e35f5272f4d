"""frontwatch.store stage."""
