#!/usr/bin/env bash
# Set up, then run the main job: ingest the bundled example reports into ./frontwatch.db
# (SQLite, no server) and print what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB=${FRONTWATCH_DEMO_DB:-frontwatch.db}
.venv/bin/frontwatch ingest examples/reports --db "$DB"
.venv/bin/frontwatch events --db "$DB"
