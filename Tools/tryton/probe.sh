#!/usr/bin/env bash
# probe.sh: replay PROTOCOL.md's calls with curl against a fresh copy of the
# seeded database and print every request and reply (markdown). Re-run it after
# changing versions to check PROTOCOL.md still holds. PROBE_RATE_LIMIT=1 also
# shows the login delay and lock-out (adds up to a minute).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/common.sh"
port="${QUOTEDOC_TRYTON_PORT:-$((20000 + RANDOM % 10000))}"
work="$(mktemp -d)" pid=""
cleanup() { [ -z "$pid" ] || "$here/stop.sh" "$pid"; rm -rf "$work"; }
trap cleanup EXIT
"$here/seed.sh" "$work" >&2
pid="$("$here/start.sh" "$work/quotedoc_erp.sqlite" "$port" "$work/trytond.log")"
base="http://127.0.0.1:$port" url="http://127.0.0.1:$port/quotedoc_erp/rpc/"
AUTH="" REPLY=""
n=0

# post TITLE URL BODY [AUTH]: print the exchange, keep the body in $REPLY.
post() {
    local title="$1" to="$2" body="$3" auth="${4:-}" t status
    n=$((n + 1))
    t=$EPOCHREALTIME
    status="$(curl -s -o "$work/reply" -w '%{http_code} %{content_type}' -X POST \
        -H 'Content-Type: application/json' ${auth:+-H "Authorization: $auth"} \
        --data-binary "$body" "$to")"
    REPLY="$(cat "$work/reply")"
    # shellcheck disable=SC2016
    printf '### %d. %s\n\n```\nPOST %s%s\n%s\n→ HTTP %s, %s s\n%s\n```\n\n' \
        "$n" "$title" "${to#"$base"}" "${auth:+  (Authorization: $auth)}" "$body" \
        "$status" "$(elapsed "$t")" "$REPLY"
}
call() { post "$1" "$url" "{\"id\":$((n + 1)),\"method\":\"$2\",\"params\":$3}" "$AUTH"; }
C='{"company":1}'
D() { printf '{"__class__":"Decimal","decimal":"%s"}' "$1"; }

echo "## Transcript ($(date -u +%Y-%m-%d), trytond $TRYTOND_VERSION, trytond_sale $TRYTOND_SALE_VERSION)"
echo
post "server version (no database, no auth)" "$base/rpc/" '{"id":0,"method":"common.server.version","params":[]}'
post "login" "$url" '{"id":1,"method":"common.db.login","params":["admin",{"password":"admin-secret-8"},"en"]}'
user="$(sed -E 's/.*"result":\[([0-9]+),.*/\1/' <<<"$REPLY")"
token="$(sed -E 's/.*"result":\[[0-9]+,"([0-9a-f]+)".*/\1/' <<<"$REPLY")"
AUTH="Session $(printf '%s' "admin:$user:$token" | base64 -w0)"
echo "Header for the next calls: \`Authorization: Session base64(\"admin:$user:$token\")\` = \`$AUTH\`"
echo
call "preferences: the context the Tryton client sends" model.res.user.get_preferences "[true,{}]"
call "product by code, no company in context" model.product.product.search_read \
    '[[["code","=","NW-1"]],0,null,null,["code","name","rec_name","list_price","list_price_used","cost_price","default_uom.rec_name","type","active"],{}]'
call "product by code, company in context" model.product.product.search_read \
    "[[[\"code\",\"=\",\"NW-1\"]],0,null,null,[\"code\",\"name\",\"rec_name\",\"list_price\",\"list_price_used\",\"cost_price\",\"default_uom.rec_name\",\"type\",\"active\",\"template.list_price\"],$C]"
call "products by code or name (ilike), ordered, limited" model.product.product.search_read \
    "[[\"OR\",[\"code\",\"ilike\",\"nw-1%\"],[\"name\",\"ilike\",\"%queso%\"]],0,10,[[\"code\",\"ASC\"]],[\"code\",\"rec_name\",\"list_price_used\",\"type\"],$C]"
call "sale price for a customer, quantity and currency (EUR is id 2)" model.product.product.read \
    '[[1,2],["code","list_price_used","sale_price_uom"],{"company":1,"customer":2,"quantity":10,"currency":2}]'
call "get_sale_price is not exposed over RPC" model.product.product.get_sale_price "[[1],10,$C]"
call "party by code" model.party.party.search_read "[[[\"code\",\"=\",\"ALFKI\"]],0,null,null,[\"code\",\"name\",\"rec_name\",\"addresses\"],$C]"
call "party by name (ilike)" model.party.party.search_read "[[[\"name\",\"ilike\",\"%handel%\"]],0,null,null,[\"code\",\"name\",\"addresses\"],$C]"
call "addresses of a party" model.party.address.search_read \
    "[[[\"party\",\"=\",2]],0,null,null,[\"party\",\"street\",\"postal_code\",\"city\",\"country.code\",\"country.name\",\"full_address\",\"active\"],$C]"
call "create a sale with two lines" model.sale.sale.create "[[{\"company\":1,\"party\":2,\"invoice_address\":2,\"shipment_address\":2,\"currency\":1,\"reference\":\"PO-4711\",\"description\":\"quotedoc Q-10248 v1\",\"comment\":\"quotedoc-key:6f1c2a\",\"lines\":[[\"create\",[{\"type\":\"line\",\"product\":1,\"quantity\":5,\"unit\":1,\"unit_price\":$(D 18.00)},{\"type\":\"line\",\"product\":5,\"quantity\":3,\"unit\":1,\"unit_price\":$(D 21.00),\"description\":\"Queso Cabrales, 1 kg\"}]]]}],$C]"
sale="$(sed -E 's/.*"result":\[([0-9]+)\].*/\1/' <<<"$REPLY")"
call "quote it" model.sale.sale.quote "[[$sale],$C]"
call "read it back" model.sale.sale.read "[[$sale],[\"number\",\"state\",\"reference\",\"description\",\"comment\",\"party.code\",\"currency.code\",\"untaxed_amount\",\"tax_amount\",\"total_amount\",\"quotation_date\",\"sale_date\",\"create_date\",\"write_date\",\"lines\"],$C]"
call "its lines" model.sale.line.search_read "[[[\"sale\",\"=\",$sale]],0,null,[[\"sequence\",\"ASC\"],[\"id\",\"ASC\"]],[\"type\",\"product\",\"product.code\",\"description\",\"quantity\",\"unit.rec_name\",\"unit_price\",\"amount\"],$C]"
call "find it by its key in comment (exact)" model.sale.sale.search_read "[[[\"comment\",\"=\",\"quotedoc-key:6f1c2a\"]],0,null,null,[\"number\",\"state\"],$C]"
call "find it by its key in comment (ilike)" model.sale.sale.search "[[[\"comment\",\"ilike\",\"%6f1c2a%\"]],0,null,null,$C]"
call "no match" model.sale.sale.search "[[[\"comment\",\"=\",\"quotedoc-key:nothing\"]],0,null,null,$C]"
call "ERP user: back to draft" model.sale.sale.draft "[[$sale],$C]"
call "ERP user: change a line" model.sale.line.write "[[1],{\"quantity\":6,\"unit_price\":$(D 17.50)},$C]"
call "ERP user: quote again" model.sale.sale.quote "[[$sale],$C]"
call "number kept, amounts changed" model.sale.sale.read "[[$sale],[\"number\",\"state\",\"total_amount\",\"lines.quantity\",\"lines.unit_price\"],$C]"
call "ERP user: confirm" model.sale.sale.confirm "[[$sale],$C]"
call "confirmed (no queue worker runs)" model.sale.sale.read "[[$sale],[\"state\",\"sale_date\",\"invoice_state\",\"shipment_state\"],$C]"
call "ERP user: process" model.sale.sale.process "[[$sale],$C]"
call "processing: an invoice and a shipment now exist" model.sale.sale.read "[[$sale],[\"state\",\"invoice_state\",\"shipment_state\",\"invoices\",\"shipments\"],$C]"
call "cancel is refused once confirmed" model.sale.sale.cancel "[[$sale],$C]"
call "test shortcut: write the state" model.sale.sale.write "[[$sale],{\"state\":\"done\"},$C]"
call "done" model.sale.sale.read "[[$sale],[\"state\",\"state:string\"],$C]"
call "second sale, no addresses" model.sale.sale.create "[[{\"party\":3,\"comment\":\"quotedoc-key:no-address\",\"lines\":[[\"create\",[{\"product\":2,\"quantity\":1,\"unit\":1,\"unit_price\":\"19\"}]]]}],$C]"
sale2="$(sed -E 's/.*"result":\[([0-9]+)\].*/\1/' <<<"$REPLY")"
call "quote needs an invoice address" model.sale.sale.quote "[[$sale2],$C]"
call "cancel a draft" model.sale.sale.cancel "[[$sale2],$C]"
call "cancelled, defaults filled in" model.sale.sale.read "[[$sale2],[\"state\",\"number\",\"company\",\"currency\",\"lines.unit_price\"],$C]"
call "a cancelled sale is still found by its key" model.sale.sale.search_read "[[[\"comment\",\"=\",\"quotedoc-key:no-address\"]],0,null,null,[\"state\"],$C]"
call "write: several (ids, values) pairs in one call" model.sale.sale.write "[[$sale],{\"description\":\"first\"},[$sale2],{\"description\":\"second\"},$C]"
call "both written" model.sale.sale.read "[[$sale,$sale2],[\"description\"],$C]"
call "third sale, no lines" model.sale.sale.create "[[{\"party\":4,\"invoice_address\":4,\"shipment_address\":4}],$C]"
sale3="$(sed -E 's/.*"result":\[([0-9]+)\].*/\1/' <<<"$REPLY")"
call "quote without lines" model.sale.sale.quote "[[$sale3],$C]"
call "a float for a Numeric" model.sale.line.create "[[{\"sale\":$sale3,\"product\":2,\"quantity\":1,\"unit\":1,\"unit_price\":10.1}],$C]"
call "a fractional quantity in Unit" model.sale.line.create "[[{\"sale\":$sale3,\"product\":2,\"quantity\":1.5,\"unit\":1,\"unit_price\":\"19\"}],$C]"
call "deactivate product NW-4" model.product.product.write "[[4],{\"active\":false},$C]"
call "read still works by id" model.product.product.read "[[4],[\"code\",\"active\"],$C]"
call "search skips it" model.product.product.search "[[[\"code\",\"=\",\"NW-4\"]],0,null,null,$C]"
call "unless active_test is false" model.product.product.search "[[[\"code\",\"=\",\"NW-4\"]],0,null,null,{\"company\":1,\"active_test\":false}]"
call "delete an unused product (NW-SVC-1)" model.product.product.delete "[[7],$C]"
call "read a deleted id" model.product.product.read "[[7],[\"code\"],$C]"
call "unknown field" model.product.product.search_read "[[],0,1,null,[\"code\",\"no_such_field\"],$C]"
call "unknown model" model.no.such.model.search "[[],0,null,null,{}]"
call "method not exposed" model.sale.sale.do "[[$sale],$C]"
call "context missing" model.party.party.search "[[],0,null,null]"
post "JSON-RPC 2.0 style body (extra key): no envelope" "$url" "{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"model.party.party.search\",\"params\":[[],0,null,null,{}]}" "$AUTH"
post "same without envelope, on an error" "$url" "{\"method\":\"model.party.party.read\",\"params\":[[999],[\"name\"],{}]}" "$AUTH"
post "no trailing slash" "${url%/}" "{\"id\":1,\"method\":\"model.party.party.search\",\"params\":[[],0,null,null,{}]}" "$AUTH"
post "unknown database" "$base/nodb/rpc/" "{\"id\":1,\"method\":\"model.party.party.search\",\"params\":[[],0,null,null,{}]}" "$AUTH"
post "invalid session" "$url" "{\"id\":1,\"method\":\"model.party.party.search\",\"params\":[[],0,null,null,{}]}" \
    "Session $(printf 'admin:%s:0000' "$user" | base64 -w0)"
post "no Authorization" "$url" "{\"id\":1,\"method\":\"model.party.party.search\",\"params\":[[],0,null,null,{}]}"
call "optimistic lock: read _timestamp" model.party.party.read "[[3],[\"name\",\"_timestamp\"],{}]"
call "write with a stale _timestamp" model.party.party.write "[[3],{\"name\":\"Bon app'\"},{\"_timestamp\":{\"party.party,3\":\"1\"}}]"
big='{"id":1,"method":"system.listMethods","params":[]}'
for accept in "" "gzip"; do
    n=$((n + 1))
    printf '### %d. %s\n\n```\n' "$n" "headers of a reply over 1400 bytes (system.listMethods), Accept-Encoding: ${accept:-(none)}"
    curl -s -D - -o "$work/big" -X POST -H 'Content-Type: application/json' -H "Authorization: $AUTH" \
        ${accept:+-H "Accept-Encoding: $accept"} --data-binary "$big" "$url" | tr -d '\r' | grep -v '^Date\|^Server\|^$'
    printf 'body starts: %s\n```\n\n' "$(head -c 40 "$work/big" | od -An -c | tr -s ' ' | head -1)"
done
n=$((n + 1))
printf '### %d. 401 headers with and without X-Requested-With: XMLHttpRequest\n\n```\n' "$n"
for xrw in "" "XMLHttpRequest"; do
    curl -s -D - -o /dev/null -X POST -H 'Content-Type: application/json' ${xrw:+-H "X-Requested-With: $xrw"} \
        --data-binary '{"id":1,"method":"model.party.party.search","params":[[],0,null,null,{}]}' "$url" \
        | tr -d '\r' | grep -v '^Date\|^Server\|^$'
done
printf '```\n\n'
call "logout" common.db.logout "[]"
call "the session is gone" model.party.party.search "[[],0,null,null,{}]"
post "login without a password parameter" "$url" '{"id":1,"method":"common.db.login","params":["admin",{}]}'
post "wrong password (1st failure for this login)" "$url" '{"id":1,"method":"common.db.login","params":["admin",{"password":"wrong-password"}]}'
post "right password after one failure (may sleep 0-1 s)" "$url" '{"id":1,"method":"common.db.login","params":["admin",{"password":"admin-secret-8"}]}'
if [ "${PROBE_RATE_LIMIT:-0}" = 1 ]; then
    for i in 1 2 3 4 5 6 7; do
        post "unknown login, failure $i" "$url" '{"id":1,"method":"common.db.login","params":["nobody",{"password":"wrong"}]}'
    done
fi
