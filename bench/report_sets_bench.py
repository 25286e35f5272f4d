"""Extraction accuracy on every gold report set (issue 18): `frontwatch eval` per set, this tree beside a revision.

Each set of `examples/sets.yaml` (a folder of FORMAT.md records, or one file) is scored by `frontwatch eval --json`
in a child process whose PYTHONPATH is this tree's `src/` or, with --baseline-ref REV, that revision's `src/`
(`git archive`); up to --jobs children run at once. The table gives per set: events F1 over sub-event type, place
and date (matched / system / gold), actor 1 of matched events, control F1, quantities F1, geocoding within 25 km and
gazetteer checks found; with a baseline each cell reads "before -> after", and the sets whose whole scores are
identical are marked. Sets default to the study and check roles; blind sets run only when named with --sets.

Run: .venv/bin/python bench/report_sets_bench.py [--sets seed,dev,gold12] [--roles study,check]
     [--baseline-ref main] [--jobs 2] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from revisions import old_source  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SETS_FILE = ROOT / "examples" / "sets.yaml"
COLUMNS = ("events F1 (matched/system/gold)", "actor 1", "control F1", "quantities F1", "geocoding ≤25 km", "checks")
EVAL_CHILD = "import sys; sys.argv[0] = 'frontwatch'; from frontwatch.cli import main; main()"


def load_sets(path: Path = SETS_FILE) -> dict[str, dict[str, str]]:
    """The gold sets and their roles, validated: each has a path and a role of study, check or blind."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["sets"]
    for name, entry in entries.items():
        if entry.get("role") not in {"study", "check", "blind"} or not entry.get("path"):
            raise SystemExit(f"{path}: set {name!r} needs a path and a role of study, check or blind")
    return entries


def chosen_sets(entries: dict[str, dict[str, str]], names: str | None, roles: str) -> list[str]:
    """The sets to score: those named (in that order), else every set of the given roles (blind never by role)."""
    if names:
        wanted = [name.strip() for name in names.split(",") if name.strip()]
        unknown = [name for name in wanted if name not in entries]
        if unknown:
            raise SystemExit(f"{SETS_FILE}: no set named {', '.join(unknown)}")
        return wanted
    kinds = {role.strip() for role in roles.split(",")} - {"blind"}
    return [name for name, entry in entries.items() if entry["role"] in kinds]


def gold_file(entry: dict[str, str], scratch: Path, name: str) -> Path:
    """One JSON Lines file with the set's records (a folder's files concatenated in name order)."""
    source = (ROOT / entry["path"]).resolve()
    if source.is_file():
        return source
    parts = sorted(source.glob("*.jsonl"))
    if not parts:
        raise SystemExit(f"{source}: no .jsonl gold files for set {name!r}")
    target = scratch / f"{name}.jsonl"
    target.write_text("".join(part.read_text(encoding="utf-8") for part in parts), encoding="utf-8")
    return target


def score(gold: Path, src: Path) -> dict[str, Any]:
    """`frontwatch eval --json` on one gold file with the given `src/` first on the path; its totals."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    run = subprocess.run(
        [sys.executable, "-c", EVAL_CHILD, "eval", "--json", str(gold)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        raise SystemExit(f"{gold}: eval failed: {(run.stderr.strip().splitlines() or ['no output'])[-1]}")
    totals: dict[str, Any] = json.loads(run.stdout)["totals"]
    return totals


def cells(totals: dict[str, Any]) -> list[str]:
    """The table's cells for one set's totals."""
    events = totals["events"]
    return [
        f"{events['f1']:.3f} ({events['matched']}/{events['system']}/{events['gold']})",
        f"{totals['actor1']['correct']}/{totals['actor1']['total']}",
        f"{totals['control']['f1']:.3f}",
        f"{totals['quantities']['f1']:.3f}",
        f"{totals['geocoding']['share_25']:.3f}",
        f"{totals['checks']['correct']}/{totals['checks']['total']}",
    ]


def row(name: str, after: dict[str, Any], before: dict[str, Any] | None) -> str:
    """One markdown row: this tree's cells, or "before -> after" where a baseline differs."""
    now = cells(after)
    if before is None:
        return "| " + " | ".join([name, *now]) + " |"
    then = cells(before)
    joined = [new if old == new else f"{old} -> {new}" for old, new in zip(then, now, strict=True)]
    mark = " (identical)" if before == after else ""
    return "| " + " | ".join([name + mark, *joined]) + " |"


def main() -> None:
    """Score the chosen sets with this tree (and a baseline revision) and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", help="comma-separated set names of examples/sets.yaml (blind sets only so)")
    parser.add_argument("--roles", default="study,check", help="roles to score when --sets is not given")
    parser.add_argument("--baseline-ref", help="git revision whose src/ is scored beside this tree's")
    parser.add_argument("--jobs", type=int, default=2, help="eval children at once")
    parser.add_argument("--json", type=Path, help="also write every set's totals to this file")
    args = parser.parse_args()
    entries = load_sets()
    names = chosen_sets(entries, args.sets, args.roles)
    with tempfile.TemporaryDirectory(prefix="report-sets-") as tmp:
        scratch = Path(tmp)
        golds = {name: gold_file(entries[name], scratch, name) for name in names}
        trees = {"after": ROOT / "src"}
        if args.baseline_ref:
            trees["before"] = old_source(args.baseline_ref, scratch)
        jobs = [(tree, name) for name in names for tree in trees]
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            results = dict(zip(jobs, pool.map(lambda job: score(golds[job[1]], trees[job[0]]), jobs), strict=True))
    print("| set | " + " | ".join(COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    for name in names:
        print(row(f"{name} ({entries[name]['role']})", results[("after", name)], results.get(("before", name))))
    if args.json:
        payload = {f"{tree}:{name}": totals for (tree, name), totals in results.items()}
        args.json.write_text(json.dumps(payload, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
