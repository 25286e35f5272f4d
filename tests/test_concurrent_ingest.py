"""Several ingest processes on one folder and one new PostgreSQL database store each document and fact once."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from pg_fixtures import fact_counts, frontwatch_command, pg_url  # noqa: F401  (fixture)

from frontwatch.pipeline import ingest_paths
from frontwatch.settings import Settings
from frontwatch.store import Store

REPORTS = Path(__file__).resolve().parents[1] / "examples" / "reports"
WORKERS = 3

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def reference_counts(extractor, paths: list[Path], tmp_path: Path) -> dict[str, tuple[int, int, int, int]]:
    """Fact counts per document from one clean single-process run into SQLite."""
    url = f"sqlite:///{tmp_path / 'reference.db'}"
    store = Store(url)
    report = ingest_paths(paths, store, extractor, Settings(database_url=url))
    store.close()
    assert report.ok and report.stored
    return fact_counts(url)


def test_workers_started_at_once_never_duplicate_a_document_or_a_fact(pg_url, extractor, tmp_path):
    files = sorted(p for p in REPORTS.iterdir() if p.is_file())
    orders = [files, files, files[::-1]]  # two race on the same document, one meets them head-on
    env = {**os.environ, "FRONTWATCH_DATABASE_URL": pg_url}
    procs = [
        subprocess.Popen([*frontwatch_command(), "ingest", *map(str, order), "--db", pg_url],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for order in orders[:WORKERS]
    ]
    outputs = [proc.communicate(timeout=300) for proc in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=False):
        assert proc.returncode == 0, err[-2000:]
    stored = [int(out.strip().splitlines()[-1].split()[0]) for out, _ in outputs]
    assert sum(stored) == len(files)  # each document stored by exactly one worker
    assert fact_counts(pg_url) == reference_counts(extractor, files, tmp_path)
    store = Store(pg_url)
    try:
        names = [a.name for a in store.actors()]
        assert len(names) == len(set(names))
    finally:
        store.close()
