"""Processes opening one new SQLite file at once: schema creation and migration never race (file lock, WAL)."""

from __future__ import annotations

import multiprocessing
import traceback
from pathlib import Path

from frontwatch.api.synthetic import synthetic_extractions
from frontwatch.store import Store
from frontwatch.store.migrate import head_revision, upgrade

PROCESSES = 4
TRIALS = 50


def _open_and_write(url: str, index: int, barrier, results) -> None:
    try:
        barrier.wait(timeout=30)
        store = Store(url)
        try:
            store.save(synthetic_extractions(3, per_document=3, seed=index + 1)[0])
            results.put((index, "ok"))
        finally:
            store.close()
    except Exception:  # noqa: BLE001  the child reports whatever happened to the parent
        results.put((index, traceback.format_exc(limit=3)))


def _migrate_then_open(url: str, index: int, barrier, results) -> None:
    try:
        barrier.wait(timeout=30)
        reached = upgrade(url) if index % 2 else None
        Store(url).close()
        results.put((index, "ok" if reached in (None, head_revision()) else f"reached {reached}"))
    except Exception:  # noqa: BLE001
        results.put((index, traceback.format_exc(limit=3)))


def _race(target, url: str) -> list[str]:
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(PROCESSES), context.Queue()
    procs = [context.Process(target=target, args=(url, i, barrier, results)) for i in range(PROCESSES)]
    for proc in procs:
        proc.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for proc in procs:
        proc.join(timeout=60)
    return [outcome for _index, outcome in sorted(outcomes)]


def test_four_processes_opening_a_new_file_at_once_all_succeed_fifty_times(tmp_path: Path):
    failures = []
    for trial in range(TRIALS):
        url = f"sqlite:///{tmp_path / f'race-{trial}.db'}"
        outcomes = _race(_open_and_write, url)
        failures += [f"trial {trial}: {o}" for o in outcomes if o != "ok"]
        store = Store(url)
        assert len(store.documents()) == PROCESSES
        store.close()
    assert failures == [], "\n".join(failures[:3])


def test_migrations_and_opens_racing_on_a_new_file_all_succeed(tmp_path: Path):
    for trial in range(10):
        outcomes = _race(_migrate_then_open, f"sqlite:///{tmp_path / f'mig-{trial}.db'}")
        assert outcomes == ["ok"] * PROCESSES, outcomes
