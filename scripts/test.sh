#!/usr/bin/env bash
# Quick start 2: set up and run the whole test suite: lint (ruff), layer contracts
# (import-linter), and pytest. Extra arguments go to pytest.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$repo/scripts/bootstrap.sh" test
cd "$repo"
bin="$repo/.venv/bin"

echo "== ruff"
"$bin/ruff" check kiosk tests bench
echo "== import-linter"
"$bin/lint-imports"
echo "== pytest"
exec "$bin/python" -m pytest "$@"
