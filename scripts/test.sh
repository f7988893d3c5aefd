#!/usr/bin/env bash
# The one command that runs every test: `npm test`.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
sel_install
sel_ensure_chromium
"${PNPM[@]}" exec tsc -b tsconfig.json
"${PNPM[@]}" exec vitest run "$@"
