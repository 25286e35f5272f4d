"""frontwatch.resolve stage."""
