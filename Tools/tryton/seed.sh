#!/usr/bin/env bash
# seed.sh DIR: put a freshly seeded Tryton database at DIR/quotedoc_erp.sqlite.
# Seeding (seed.py) takes ~35 s, nearly all of it trytond activating its modules,
# so the result is kept as a template under $TRYTON_HOME/templates, keyed by
# seed.py and constraints.txt, and later runs only copy it (QUOTEDOC_TRYTON_FRESH=1
# seeds anew). The file is a template too: copy it per test class, then start.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/common.sh"
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 64; }
dir="$1" name=quotedoc_erp
started=$EPOCHREALTIME
"$here/install.sh" >/dev/null
key="$(cat "$here/seed.py" "$here/constraints.txt" | cksum | cut -d' ' -f1)"
template="$TRYTON_HOME/templates/$key/$name.sqlite"
if [ ! -f "$template" ] || [ "${QUOTEDOC_TRYTON_FRESH:-0}" = 1 ]; then
    mkdir -p "$(dirname "$template")"
    work="$(mktemp -d "$(dirname "$template")/seeding.XXXXXX")"
    "$TRYTON_VENV/bin/python" "$here/seed.py" "$work" --name "$name"
    mv "$work/$name.sqlite" "$template"
    rm -rf "$work"
fi
mkdir -p "$dir"
cp "$template" "$dir/$name.sqlite"
echo "seeded $dir/$name.sqlite in $(elapsed "$started") s (template $template)"
