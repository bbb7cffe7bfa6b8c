#!/usr/bin/env bash
# Builds the contracts reproducibly:
#   src/**/*.sol --(npm solc, pinned; standard JSON; fixed settings)--> build/*.json (ABI + bytecode)
#   build --(go-ethereum's abigen v2 via internal/genbind)--> bind/bindings.go, bind/testbind/bindings.go
#
#   bash contracts/build.sh          rebuild in place
#   bash contracts/build.sh --check  rebuild into a temp dir; fail with a diff if the
#                                    committed build/ or bind/ differ from what the sources make
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

check=0
case "${1:-}" in
--check) check=1 ;;
"") ;;
*)
	echo "usage: $0 [--check]" >&2
	exit 2
	;;
esac

if [ ! -d "$here/node_modules/solc" ] || [ ! -d "$here/node_modules/@openzeppelin/contracts" ]; then
	(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ "$check" = 1 ]; then
	out="$work/out"
else
	out="$here"
	rm -rf "$here/build"
fi

node "$here/scripts/compile.js" "$out" "$work/gen"
(
	cd "$root"
	go run ./contracts/internal/genbind -in "$work/gen/main.json" -pkg bind -out "$out/bind/bindings.go"
	go run ./contracts/internal/genbind -in "$work/gen/test.json" -pkg testbind -out "$out/bind/testbind/bindings.go"
)

if [ "$check" = 1 ]; then
	status=0
	diff -ru "$here/build" "$out/build" || status=1
	diff -ru -x staticcheck.conf "$here/bind" "$out/bind" || status=1
	if [ "$status" != 0 ]; then
		echo "contracts/build.sh --check: committed artifacts differ from a fresh build; run bash contracts/build.sh" >&2
		exit 1
	fi
	echo "contracts: build/ and bind/ match the sources"
fi
