#!/usr/bin/env bash
# Set up, lint (ruff, mypy), then run the whole test suite: Python packages into ./.venv, the dashboard's Chart.js
# with npm, and (as root, where missing) Debian's PostgreSQL, Chromium, poppler-utils and
# DejaVu fonts for the database, browser and PDF tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  need=()
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)  # the PDF report's text and screenshot
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)  # Unicode text in PDFs
  [ -d /usr/lib/postgresql ] || need+=(postgresql)
  if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
fi
.venv/bin/ruff check .
.venv/bin/mypy src
source scripts/pg.sh
start_test_postgres || echo "PostgreSQL not available: its tests will be skipped"
trap stop_test_postgres EXIT
.venv/bin/python -m pytest -q "$@"
