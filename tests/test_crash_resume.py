"""An ingest killed with SIGKILL keeps every committed document whole, and a re-run finishes the batch."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from pg_fixtures import fact_counts, frontwatch_command, pg_url  # noqa: F401  (fixture)
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError
from test_concurrent_ingest import REPORTS, reference_counts

N_DOCUMENTS = 36
KILL_AFTER = 4  # documents committed before the kill

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def make_batch(folder: Path) -> list[Path]:
    """Copies of the example reports, each made unique by one added line."""
    folder.mkdir()
    originals = sorted(p for p in REPORTS.iterdir() if p.is_file())
    paths = []
    for i in range(N_DOCUMENTS):
        source = originals[i % len(originals)]
        path = folder / f"{i:03d}-{source.name}"
        path.write_text(source.read_text(encoding="utf-8") + f"\n\nArchive copy reference {i:03d}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def stored_documents(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM documents")).scalar_one()
    except SQLAlchemyError:
        return 0  # the tables are not there yet
    finally:
        engine.dispose()


def ingest(folder: Path, url: str) -> subprocess.Popen:
    return subprocess.Popen([*frontwatch_command(), "ingest", str(folder), "--db", url],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_killed_ingest_loses_nothing_committed_and_a_rerun_finishes_the_batch(pg_url, extractor, tmp_path):
    folder = tmp_path / "batch"
    paths = make_batch(folder)
    expected = reference_counts(extractor, paths, tmp_path)
    assert len(expected) == N_DOCUMENTS

    proc = ingest(folder, pg_url)
    deadline = time.monotonic() + 240
    while stored_documents(pg_url) < KILL_AFTER:
        assert proc.poll() is None, proc.stderr.read()[-2000:]
        assert time.monotonic() < deadline, "the ingest stored too little in time"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL

    after_kill = fact_counts(pg_url)
    assert KILL_AFTER <= len(after_kill) < N_DOCUMENTS
    assert {doc: expected[doc] for doc in after_kill} == after_kill  # every stored document is whole

    rerun = ingest(folder, pg_url)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err[-2000:]
    assert out.strip().splitlines()[-1] == (
        f"{N_DOCUMENTS - len(after_kill)} stored, {len(after_kill)} already stored, 0 skipped, 0 failed")
    assert fact_counts(pg_url) == expected
