"""frontwatch's command line: thin typer commands over the library."""

from frontwatch.cli import classify, commands, db, fuse, geo, serve  # noqa: F401  (each registers its commands)
from frontwatch.cli.app import app, main

__all__ = ["app", "main"]
