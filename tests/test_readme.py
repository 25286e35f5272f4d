"""The README's commands run as written, in order, from a copy of the repository root with a fresh database."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PLACEHOLDER = re.compile(r"<[a-z][a-z-]*>")
LONG_RUNNING = ("frontwatch serve",)
SERVE_URL = "http://127.0.0.1:8000/map/meta"

pytestmark = pytest.mark.slow


def readme_commands() -> list[str]:
    """Every command line of the README's bash blocks, without comments; template lines (<...>) left out."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = []
    for block in re.findall(r"```bash\n(.*?)```", text, flags=re.S):
        for raw in block.splitlines():
            line = re.sub(r"\s+#.*$", "", raw).strip()
            if not line or line.startswith("#") or PLACEHOLDER.search(line):
                continue
            lines.append(line)
    return lines


def test_the_readme_names_the_commands_this_test_runs():
    commands = readme_commands()
    assert commands[:2] == ["bash scripts/demo.sh", "bash scripts/test.sh"]
    names = {line.split("frontwatch ", 1)[1].split()[0] for line in commands if "frontwatch " in line}
    assert {"ingest", "events", "show", "export", "review", "sitrep", "watch", "serve", "fuse"} <= names


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def _serve(line: str, cwd: Path, env: dict) -> None:
    if not _port_free(8000):
        pytest.skip("port 8000 is in use: cannot run the README's serve line as written")
    process = subprocess.Popen(["bash", "-c", line], cwd=cwd, env=env, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                response = httpx.get(SERVE_URL, timeout=5)
                assert response.status_code == 200 and response.json()["totals"]["events"] > 0
                return
            except httpx.HTTPError:
                assert process.poll() is None, process.stderr.read().decode() if process.stderr else "serve exited"
                time.sleep(0.5)
        pytest.fail("serve did not answer within 120 s")
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_every_readme_command_runs_as_written(tmp_path):
    if not (ROOT / ".venv" / "bin" / "frontwatch").exists():
        pytest.skip("needs the project's .venv (scripts/setup.sh)")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "examples").symlink_to(ROOT / "examples")
    if SHARED.is_dir():
        (tmp_path / "shared").symlink_to(SHARED)
    env = {**os.environ, "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    env.pop("FRONTWATCH_DATABASE_URL", None)
    env.pop("FRONTWATCH_API_TOKEN", None)
    ran = []
    for line in readme_commands():
        if line.startswith(("bash scripts/", "source .venv")):
            continue  # set-up lines: this test already runs inside the set-up environment
        if "../shared" in line and not SHARED.is_dir():
            continue
        if any(marker in line for marker in LONG_RUNNING):
            _serve(line, repo, env)
            ran.append(line)
            continue
        done = subprocess.run(["bash", "-c", line], cwd=repo, env=env, capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, f"{line}\nexit {done.returncode}\n{done.stderr[-2000:]}"
        ran.append(line)
    assert len(ran) >= 20
    assert (repo / "sitrep.pdf").read_bytes().startswith(b"%PDF")
    assert (repo / "facts.jsonl").stat().st_size > 0
    assert (repo / "events.geojson").stat().st_size > 0
    shown = subprocess.run(["bash", "-c", "frontwatch show ev-3 --db conflict.db"], cwd=repo, env=env,
                           capture_output=True, text=True, check=True).stdout
    assert "fatalities: 12" in shown and "edit fatalities" in shown
