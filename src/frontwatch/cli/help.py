"""What every `--help` page ends with: the formats and types a command takes, and an example to copy.

Kept in one table so every command teaches the same way; formats and types come from the
registries (exporters, the ACLED taxonomy, review fields), never from a second list here.
"""

from __future__ import annotations

from collections.abc import Callable

import typer


def _export_formats() -> str:
    from frontwatch.export import EXPORTERS

    return ", ".join(f"{name} (.{e.suffix.lstrip('.')})" for name, e in sorted(EXPORTERS.items()))


def _event_types() -> str:
    from frontwatch.taxonomy import load_taxonomy

    return "; ".join(f"{t}: {', '.join(subs)}" for t, subs in load_taxonomy().event_types.items())


def _review_fields() -> str:
    from frontwatch.fuse.review import EDITABLE

    return "; ".join(f"{prefix}-N: {', '.join(fields)}" for prefix, fields in EDITABLE.items())


INPUTS = ("Inputs: .txt (front matter Title:/Source:/Published: optional), .html, RSS/Atom feeds (.xml, .rss, "
          ".atom), .jsonl (one document a line), .gz of any of these, folders, and - for standard input.")
DB = "--db takes a SQLite file (conflict.db) or a URL (postgresql+psycopg://user@host/db)."
FACT_IDS = "Fact ids: ev-N (event), ct-N (control claim), qt-N (quantity), fd-N (consistency finding)."
CERTAINTY = "Certainty: confirmed, reported or claimed."

# Command path (as typed after `frontwatch`) -> the epilog lines, each a string or a callable giving one.
EPILOGS: dict[str, tuple[str | Callable[[], str], ...]] = {
    "ingest": (INPUTS, DB, "--strict fails a document on any warning; --retry-failed reads the failed documents again.",
               "Example: frontwatch ingest examples/reports --db conflict.db"),
    "failures": ("Shows each failed document's origin, error, attempts and where its full traceback is logged.",
                 "Then: frontwatch ingest --retry-failed --db conflict.db",
                 "Example: frontwatch failures --db conflict.db"),
    "events": (lambda: "Types and sub-types: " + _event_types(), CERTAINTY, "Dates: YYYY-MM-DD.",
               "Example: frontwatch events --type Battles --since 2014-06-01 --db conflict.db"),
    "show": (FACT_IDS, "Shows the evidence sentence, the source, the review status and every review.",
             "Example: frontwatch show ev-3 --db conflict.db"),
    "export": (lambda: "Formats: " + _export_formats() + ".", "Analysts' edits are in every format; rejected "
               "facts are left out.", "Example: frontwatch export --format geojson -o events.geojson --db conflict.db"),
    "eval": ("Gold files: JSON Lines reports in the shared FORMAT.md, or a CASE 2021 TSV (id<TAB>label<TAB>text).",
             "Example: frontwatch eval ../shared/eval/seed.jsonl"),
    "classify": ("Input: a CASE 2021 TSV or plain text, one sentence a line. Output: id<TAB>label.",
                 "Example: frontwatch classify ../shared/eval/case2021-dev.tsv"),
    "eval-case": ("Input: a CASE 2021 TSV with gold labels.", "Example: frontwatch eval-case case2021-dev.tsv"),
    "train-typer": ("Input: a TSV of labelled sentences (label<TAB>text).",
                    "Example: frontwatch train-typer src/frontwatch/data/typing_train.tsv"),
    "geoparse": ("Input: a plain-text file or - for standard input. Output: JSON Lines, one place mention a line.",
                 "Example: frontwatch geoparse report.txt"),
    "fuse": ("Merges reports of one event (place within a distance, dates overlapping, compatible sub-types; "
             "rules in data/fusion.yaml).", DB, "Example: frontwatch fuse --db conflict.db"),
    "control": ("Statuses: controls, partial, contested, threatened, lost; claims kept apart (basis claimed).",
                "Example: frontwatch control --as-of 2014-06-12 --db conflict.db"),
    "population": ("Counts each controlled place's gazetteer population (half for partial control).",
                   "Example: frontwatch population --as-of 2014-06-12 --db conflict.db"),
    "sitrep": ("Formats: OUT.md (Markdown), OUT.html (one self-contained page with a map inset and charts), "
               "OUT.pdf (the same as a PDF).",
               "--area: a country (Iraq, DRC), a province (Nineveh, Ninawa), a place (Mosul, Kharkov: 50 km around "
               "it) or a box west,south,east,north; an unknown name is an error.",
               "Example: frontwatch sitrep --as-of 2014-06-12 --since 2014-06-01 --area Iraq --out sitrep "
               "--db conflict.db"),
    "serve": ("Pages: / (map), /dashboard (charts), /docs (API). Writes need FRONTWATCH_API_TOKEN.",
              "Example: FRONTWATCH_API_TOKEN=secret frontwatch serve --db conflict.db"),
    "import-acled": ("Input: an ACLED CSV export (event_id_cnty, event_date, event_type, sub_event_type, actor1, "
                     "location, latitude, longitude, fatalities, notes...).",
                     "Example: frontwatch import-acled events.csv --db conflict.db"),
    "watch": ("Sources: RSS/Atom feeds (file paths or http://127.0.0.1/... URLs) and folders, polled every "
              "--interval seconds; only new documents are ingested.",
              "Alerts (--area): a log line always, plus --alert-file FILE (JSON Lines) and/or --webhook URL "
              "(a JSON POST) for each new event or control change in the area.",
              "Example: frontwatch watch feeds/news.xml inbox/ --area Iraq --alert-file alerts.jsonl --db conflict.db"),
    "db upgrade": (DB, "Example: frontwatch db upgrade --db postgresql+psycopg://user@host/frontwatch"),
    "db current": (DB, "Example: frontwatch db current --db conflict.db"),
    "merges list": ("Kinds: auto, forced, undone.", "Example: frontwatch merges list --kind forced --db conflict.db"),
    "merges undo": ("Decision ids: md-N (see merges list).", "Example: frontwatch merges undo md-3 --who ana "
                    "--db conflict.db"),
    "merges force": ("Event ids: ev-N or fe-N.", "Example: frontwatch merges force ev-4 ev-9 --who ana "
                     "--db conflict.db"),
    "review accept": (FACT_IDS, "Example: frontwatch review accept ev-3 --who analyst --db conflict.db"),
    "review reject": (FACT_IDS, "A rejected fact leaves lists, exports, the map, fusion and reports.",
                      "Example: frontwatch review reject ev-3 --who analyst --note 'duplicate' --db conflict.db"),
    "review edit": (lambda: "Editable fields: " + _review_fields() + ".",
                    "fatalities sets both the low and the high figure.",
                    "Example: frontwatch review edit ev-3 fatalities 12 --who analyst --db conflict.db"),
    "review log": ("Output: JSON Lines, one review a line, oldest first.",
                   "Example: frontwatch review log --db conflict.db > reviews.jsonl"),
    "review queue": ("Reasons: inconsistent (a consistency finding), no place, no actor, no date, claimed.",
                     "Example: frontwatch review queue --limit 20 --db conflict.db"),
    "gazetteer import": ("Input: a CSV in the supplement's format (data/GAZETTEER.md).",
                         "Example: frontwatch gazetteer import places.csv"),
    "gazetteer lookup": ("Example: frontwatch gazetteer lookup Mosul",),
}


def _text(lines: tuple[str | Callable[[], str], ...]) -> str:
    return "\n\n".join(line() if callable(line) else line for line in lines)


def _walk(app: typer.Typer, prefix: str = ""):
    for command in app.registered_commands:
        name = command.name or (command.callback.__name__.replace("_", "-") if command.callback else "")
        yield f"{prefix}{name}", command
    for group in app.registered_groups:
        if group.typer_instance is not None:
            yield from _walk(group.typer_instance, f"{prefix}{group.name} ")


def apply_epilogs(app: typer.Typer) -> list[str]:
    """Give every registered command its epilog from EPILOGS; returns the commands that have none."""
    missing = []
    for path, command in _walk(app):
        lines = EPILOGS.get(path)
        if lines is None:
            missing.append(path)
            continue
        command.epilog = _text(lines)
    return missing
