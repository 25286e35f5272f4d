"""frontwatch's command line: thin typer commands over the library."""

from frontwatch.cli import commands  # noqa: F401  (registers the core commands)
from frontwatch.cli.app import app, main

__all__ = ["app", "main"]
