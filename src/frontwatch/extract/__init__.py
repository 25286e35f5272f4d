"""frontwatch.extract stage."""
