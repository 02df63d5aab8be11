#!/usr/bin/env bash
# install.sh [HOME]: a venv at HOME/venv (default $QUOTEDOC_TRYTON_HOME or
# ~/.cache/quotedoc/tryton) with the pinned trytond and trytond_sale.
# A no-op when they are already there at those versions.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -le 1 ] || { echo "usage: $0 [HOME]" >&2; exit 64; }
[ $# -eq 0 ] || export QUOTEDOC_TRYTON_HOME="$1"
source "$here/common.sh"
started=$EPOCHREALTIME
stamp="$TRYTON_VENV/.quotedoc-installed"
# constraints.txt pins every dependency too (pip freeze of a tested install).
want="${TRYTON_PACKAGES[*]} $(cksum < "$here/constraints.txt")"
if [ -x "$TRYTON_VENV/bin/trytond" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    echo "tryton already installed in $TRYTON_VENV (${TRYTON_PACKAGES[*]})"
    exit 0
fi
python="${PYTHON:-python3}"
"$python" -m venv "$TRYTON_VENV" || {
    echo "could not create a venv with $python (on Debian's python3: apt-get install python3-venv)" >&2
    exit 1
}
"$TRYTON_VENV/bin/pip" install --quiet --disable-pip-version-check \
    -c "$here/constraints.txt" "${TRYTON_PACKAGES[@]}"
"$TRYTON_VENV/bin/python" - "$TRYTOND_VERSION" "$TRYTOND_SALE_VERSION" <<'PY'
import sys
from importlib.metadata import version
got = version('trytond'), version('trytond_sale')
assert got == tuple(sys.argv[1:]), f"installed {got}, wanted {sys.argv[1:]}"
PY
echo "$want" > "$stamp"
echo "installed ${TRYTON_PACKAGES[*]} in $TRYTON_VENV in $(elapsed "$started") s"
