"""The typer application object every command module registers on, and its entry point."""

from __future__ import annotations

import sys

import typer
from rich.console import Console

from frontwatch.errors import FrontwatchError

app = typer.Typer(
    name="frontwatch",
    help="Turn conflict news into sourced, geolocated, time-aware facts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True)


def main() -> None:
    """Run the CLI; frontwatch errors become one red line and exit status 1."""
    try:
        app()
    except FrontwatchError as exc:
        err_console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        sys.exit(1)
