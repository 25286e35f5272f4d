"""Every gold set under examples/ has a role in examples/sets.yaml, which the report-sets bench reads."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SETS = yaml.safe_load((ROOT / "examples" / "sets.yaml").read_text(encoding="utf-8"))["sets"]
FOLDERS = sorted(path.name for path in (ROOT / "examples").iterdir() if any(path.glob("*.jsonl")))


@pytest.mark.parametrize("folder", FOLDERS)
def test_each_gold_folder_has_a_role(folder: str) -> None:
    paths = {entry["path"] for entry in SETS.values()}
    assert f"examples/{folder}" in paths


@pytest.mark.parametrize("name", sorted(SETS))
def test_each_role_is_known_and_each_folder_exists(name: str) -> None:
    entry = SETS[name]
    assert entry["role"] in {"study", "check", "blind"}
    if entry["path"].startswith("examples/"):
        assert (ROOT / entry["path"]).is_dir()
