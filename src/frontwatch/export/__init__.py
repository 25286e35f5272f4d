"""frontwatch.export stage."""
