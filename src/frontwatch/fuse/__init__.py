"""frontwatch.fuse stage."""
