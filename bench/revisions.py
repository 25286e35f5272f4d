"""A git revision's `src/` for the benches' same-run baselines (imported by child processes via PYTHONPATH)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def old_source(ref: str, scratch: Path) -> Path:
    """`src/` of a git revision, extracted into scratch with `git archive`; the folder to put on PYTHONPATH."""
    root = Path(__file__).resolve().parents[1]
    target = scratch / f"src-{ref}"
    target.mkdir()
    archive = subprocess.run(["git", "-C", str(root), "archive", ref, "src"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target / "src"
