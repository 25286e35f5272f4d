"""frontwatch's command line: thin typer commands over the library."""

from frontwatch.cli import classify, commands, db, fuse, geo, serve, watch  # noqa: F401  (each registers its commands)
from frontwatch.cli.app import app, main
from frontwatch.cli.help import apply_epilogs

apply_epilogs(app)

__all__ = ["app", "main"]
