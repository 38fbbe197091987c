#!/usr/bin/env bash
# Makes the pinned PySpark (ORACLE_VERSION at the repository root) available for the
# differential tests, and prints the Python interpreter that has it.
#
#   scripts/install-oracle.sh            # install when missing; prints the python path last
#
# Idempotent and offline when the pinned version is already importable: first from
# $FAISCA_ORACLE_PYTHON, then from the cached virtualenv, then from the machine's python3.
# Otherwise it creates a virtualenv in $FAISCA_CACHE_DIR (default ~/.cache/faisca) and
# installs pyspark==<version> from PyPI into it. Java 17 must be on the PATH (Spark 4 needs it).
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="$(tr -d '[:space:]' < ORACLE_VERSION)"
CACHE_DIR="${FAISCA_CACHE_DIR:-$HOME/.cache/faisca}"
VENV="$CACHE_DIR/pyspark-$VERSION"

has_version() { # <python> — true when that interpreter imports exactly the pinned pyspark
  "$1" -c "import sys, pyspark; sys.exit(0 if pyspark.__version__ == '$VERSION' else 1)" >/dev/null 2>&1
}

for candidate in "${FAISCA_ORACLE_PYTHON:-}" "$VENV/bin/python" "$(command -v python3 || true)"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ] && has_version "$candidate"; then
    echo "pyspark $VERSION already available: $candidate" >&2
    echo "$candidate"
    exit 0
  fi
done

command -v java >/dev/null 2>&1 || { echo "install-oracle: java not found (Spark $VERSION needs Java 17)" >&2; exit 1; }
PY="$(command -v python3 || true)"
[ -n "$PY" ] || { echo "install-oracle: python3 not found" >&2; exit 1; }

echo "installing pyspark==$VERSION into $VENV" >&2
mkdir -p "$CACHE_DIR"
# A half-finished earlier install fails has_version above and is rebuilt from scratch here.
rm -rf "$VENV"
"$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "pyspark==$VERSION"
has_version "$VENV/bin/python" || { echo "install-oracle: pyspark $VERSION did not import after install" >&2; exit 1; }
echo "$VENV/bin/python"
