#!/usr/bin/env bash
# Install everything the tests need, then run them. `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
# A system Python that refuses `pip install` (PEP 668: an EXTERNALLY-MANAGED marker, outside
# any venv) gets a project venv in .venv; any other Python (CI) is used as it is.
if python3 -c 'import sys, sysconfig, pathlib; sys.exit(0 if sys.prefix == sys.base_prefix and (pathlib.Path(sysconfig.get_path("stdlib")) / "EXTERNALLY-MANAGED").exists() else 1)'; then
  [ -x .venv/bin/python ] || python3 -m venv .venv
  export PATH="$PWD/.venv/bin:$PATH"
  echo "note: system Python is externally managed (PEP 668): using .venv" >&2
fi
python -m pip install --quiet --disable-pip-version-check -e ".[test]"
# Headless Chromium opens the HTML report in tests/report (Debian's package).
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium; the browser test will be skipped" >&2
fi
# House style and types first: cheap, and a failure here is a failure of the change.
python -m ruff check audit tests bench
python -m ruff format --check --quiet audit tests bench
python -m mypy audit
# Layers and no package cycles ([tool.importlinter] in pyproject.toml, docs/architecture.md).
lint-imports
set +e
python -m pytest "$@"
status=$?
set -e
# pytest exits 5 when no test was collected: that is a failure here, not a pass.
exit $status
