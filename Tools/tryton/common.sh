# shellcheck shell=bash disable=SC2034
# Sourced by the scripts here: where the venv lives and what it must hold.
TRYTON_HOME="${QUOTEDOC_TRYTON_HOME:-$HOME/.cache/quotedoc/tryton}"
TRYTON_VENV="$TRYTON_HOME/venv"
TRYTOND_VERSION=8.0.12
TRYTOND_SALE_VERSION=8.0.5
TRYTON_PACKAGES=("trytond==$TRYTOND_VERSION" "trytond_sale==$TRYTOND_SALE_VERSION")

# Seconds since $1 (an $EPOCHREALTIME value), one decimal.
elapsed() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
