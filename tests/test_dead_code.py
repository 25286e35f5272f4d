"""No dead code: vulture (configured in pyproject.toml, whitelist in .ci/) finds nothing outside the packages
being rewritten this round (extract/, classify/, resolve/geo_*), whose findings the rewrites settle."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REWRITTEN = ("src/frontwatch/extract/", "src/frontwatch/classify/", "src/frontwatch/resolve/geo_")


def test_vulture_finds_no_dead_code():
    if shutil.which("vulture") is None and not (Path(sys.executable).parent / "vulture").exists():
        pytest.skip("vulture is not installed (pip install -e .[test])")
    proc = subprocess.run([sys.executable, "-m", "vulture"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    findings = [line for line in proc.stdout.splitlines() if line.strip() and not line.startswith(REWRITTEN)]
    assert findings == [], "\n".join(findings)
