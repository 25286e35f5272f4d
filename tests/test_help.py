"""Every --help page teaches: it ends with the command's formats or types and an example to copy."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from frontwatch.cli import app
from frontwatch.cli.help import _walk, apply_epilogs

COMMANDS = [path for path, _command in _walk(app)]


def test_every_command_has_an_epilog():
    assert apply_epilogs(app) == []


@pytest.mark.parametrize("path", COMMANDS)
def test_every_help_page_ends_with_an_example(path):
    result = CliRunner().invoke(app, [*path.split(), "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "Example: " in result.output and "frontwatch " in result.output.split("Example: ", 1)[1]


@pytest.mark.parametrize(("path", "expected"), [
    ("export", ["geojson", "stix", "acled-csv", "jsonl"]),
    ("events", ["Battles", "Peaceful protest", "confirmed, reported or claimed"]),
    ("review edit", ["fatalities", "ct-N", "status"]),
    ("sitrep", ["OUT.pdf", "province"]),
    ("ingest", [".html", ".jsonl", "standard input"]),
])
def test_help_lists_the_formats_and_types_a_command_takes(path, expected):
    output = CliRunner().invoke(app, [*path.split(), "--help"], terminal_width=200).output
    flat = " ".join(output.replace("│", " ").split())  # the help is wrapped to the terminal
    for word in expected:
        assert word in flat
