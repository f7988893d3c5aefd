#!/usr/bin/env bash
# The main job: `npm start` opens Storybook with the real catalog data.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
sel_install
"${PNPM[@]}" exec tsc -b tsconfig.json
exec "${PNPM[@]}" exec storybook dev --port "${PORT:-6006}" "$@"
