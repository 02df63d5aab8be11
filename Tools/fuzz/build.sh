#!/usr/bin/env bash
# build.sh: the libFuzzer targets, with AddressSanitizer, into .build/fuzz/ (template-fuzz, decimal-fuzz).
# SwiftPM's executable `main` clashes with libFuzzer's, so the modules are built with swiftc: ExactValues
# and TemplateEngine as static libraries, each driver linked against them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/.build/fuzz"
mkdir -p "$out"
flags=(-sanitize=fuzzer,address -O -g -parse-as-library -I "$out" -L "$out")
# gold warns about every sanitizer helper symbol it cannot export; those lines say nothing.
quiet() { "$@" 2>&1 | { grep -v "Cannot export local symbol" || true; }; }

library() {  # library NAME: Sources/NAME/**/*.swift into libNAME.a and its module
    local name="$1"
    mapfile -t sources < <(find "$root/Sources/$name" -name '*.swift' | sort)
    (cd "$out" && quiet swiftc "${flags[@]}" -module-name "$name" -emit-module -emit-library -static \
        -o "$out/lib$name.a" -emit-module-path "$out/$name.swiftmodule" "${sources[@]}")
}

library ExactValues
library TemplateEngine
quiet swiftc "${flags[@]}" -module-name TemplateFuzz "$here/Sources/TemplateFuzz.swift" -lTemplateEngine -lExactValues -o "$out/template-fuzz"
quiet swiftc "${flags[@]}" -module-name DecimalFuzz "$here/Sources/DecimalFuzz.swift" -lExactValues -o "$out/decimal-fuzz"
echo "built $out/template-fuzz and $out/decimal-fuzz"
