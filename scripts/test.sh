#!/usr/bin/env bash
# The one command that runs every test: `npm test`.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
sel_install
sel_ensure_engines
# Every package's build (tsc, data JSON, the CDN bundle the CMS page test loads, the manifest).
"${PNPM[@]}" run --silent build
"${PNPM[@]}" exec tsc -b tsconfig.json
# Size budgets (.size-limit.mjs) on the freshly built dist: a bundle over its budget fails the run.
"${PNPM[@]}" exec size-limit
if [[ $# -eq 0 && "${CI:-}" == "true" ]]; then
  # In CI, one engine at a time.
  "${PNPM[@]}" exec vitest run --project unit
  "${PNPM[@]}" exec vitest run --project '*chromium*'
  "${PNPM[@]}" exec vitest run --project '*firefox*'
  "${PNPM[@]}" exec vitest run --project '*webkit*'
else
  "${PNPM[@]}" exec vitest run "$@"
fi
# The packaging checks run with the whole suite (not when a test filter is given):
# publint + attw on the packed tarballs, then a fresh npm project that installs and uses them.
# SEL_SKIP_PACKAGE_CHECKS=1 skips them locally.
if [[ $# -eq 0 && "${SEL_SKIP_PACKAGE_CHECKS:-}" != "1" ]]; then
  "${PNPM[@]}" run --silent pack-check --no-build
  "${PNPM[@]}" run --silent consumer-check --reuse-pack
fi
