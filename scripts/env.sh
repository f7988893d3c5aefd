# Shared by the project's scripts: find pnpm 10 (or run it through npx) and install dependencies.
# Needs only Node 20.19+ and npm on the machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PNPM_VERSION="10.34.8"
if command -v pnpm >/dev/null 2>&1 && [[ "$(pnpm --version 2>/dev/null)" == 10.* ]]; then
  PNPM=(pnpm)
else
  PNPM=(npx -y "pnpm@${PNPM_VERSION}")
fi
export npm_config_update_notifier=false

node_major="$(node -p 'process.versions.node.split(".").map(Number).join(" ")')"
read -r nmaj nmin _ <<<"$node_major"
if (( nmaj < 20 || (nmaj == 20 && nmin < 19) )); then
  echo "@sel needs Node 20.19 or newer; this is $(node --version)." >&2
  exit 1
fi

sel_install() {
  if [[ "${CI:-}" == "true" || ! -d node_modules/.pnpm ]]; then
    "${PNPM[@]}" install --frozen-lockfile
  else
    "${PNPM[@]}" install --frozen-lockfile --prefer-offline >/dev/null
  fi
}

# Browser tests drive Debian's Chromium; they never download a browser of their own.
sel_ensure_chromium() {
  local path="${SEL_CHROMIUM_PATH:-/usr/bin/chromium}"
  if [[ -x "$path" ]]; then return 0; fi
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium not found at $path: installing Debian's chromium package (about 115 packages)..."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium not found at $path: installing Debian's chromium package with sudo..."
    sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  if [[ ! -x "$path" ]]; then
    cat >&2 <<MSG
The component tests run in a real Chromium, and none was found at $path.
Install one (on Debian or Ubuntu: 'sudo apt-get install chromium'), or point
SEL_CHROMIUM_PATH at an existing Chromium or Chrome binary, then run the tests again.
MSG
    exit 1
  fi
}
