"""frontwatch.evaluate stage."""
