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

# The component tests run in three engines, all from Debian: Chromium, Firefox ESR, and WebKitGTK
# (Safari's engine) through WebKitWebDriver on an Xvfb display. Nothing downloads a browser.
# SEL_ENGINES (e.g. "chromium,webkit") narrows a local run; CI always runs all three.
SEL_ALL_ENGINES=(chromium firefox webkit)
# What runs when SEL_ENGINES is unset (as DEFAULT_ENGINES in scripts/engines/engines.ts).
SEL_DEFAULT_ENGINES=("${SEL_ALL_ENGINES[@]}")

sel_selected_engines() {
  local value="${SEL_ENGINES:-}" name known
  value="${value//,/ }"
  if [[ -z "${value// /}" ]]; then
    echo "${SEL_DEFAULT_ENGINES[@]}"
    return 0
  fi
  if [[ "${value,,}" =~ ^\ *all\ *$ ]]; then
    echo "${SEL_ALL_ENGINES[@]}"
    return 0
  fi
  for name in $value; do
    name="${name,,}"
    known=0
    for engine in "${SEL_ALL_ENGINES[@]}"; do [[ "$name" == "$engine" ]] && known=1; done
    if ((known == 0)); then
      echo "SEL_ENGINES=\"${SEL_ENGINES}\" names \"$name\", which is not an engine; expected a comma-separated list of chromium, firefox, webkit." >&2
      return 1
    fi
  done
  for engine in "${SEL_ALL_ENGINES[@]}"; do
    for name in $value; do
      if [[ "${name,,}" == "$engine" ]]; then
        echo -n "$engine "
        break
      fi
    done
  done
  echo
}

# The Debian packages that provide an engine.
sel_engine_packages() {
  case "$1" in
    chromium) echo "chromium" ;;
    firefox) echo "firefox-esr" ;;
    webkit) echo "webkit2gtk-driver xvfb" ;;
  esac
}

# The executables an engine needs, one per line (the same paths and variables as scripts/engines/engines.ts).
sel_engine_executables() {
  case "$1" in
    chromium) echo "${SEL_CHROMIUM_PATH:-/usr/bin/chromium}" ;;
    firefox) echo "${SEL_FIREFOX_PATH:-/usr/bin/firefox-esr}" ;;
    webkit)
      echo "${SEL_WEBKIT_BROWSER_PATH:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
      echo "${SEL_WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}"
      echo "${SEL_XVFB_PATH:-/usr/bin/Xvfb}"
      ;;
  esac
}

# The variables that point an engine at executables elsewhere.
sel_engine_variables() {
  case "$1" in
    chromium) echo "SEL_CHROMIUM_PATH" ;;
    firefox) echo "SEL_FIREFOX_PATH" ;;
    webkit) echo "SEL_WEBKIT_BROWSER_PATH, SEL_WEBKIT_DRIVER_PATH, SEL_XVFB_PATH" ;;
  esac
}

sel_engine_missing() {
  local path
  while IFS= read -r path; do
    [[ -x "$path" ]] || echo "$path"
  done < <(sel_engine_executables "$1")
}

# Whether every Debian package of an engine is installed (false where dpkg is missing).
sel_packages_installed() {
  local package
  command -v dpkg-query >/dev/null 2>&1 || return 1
  for package in $(sel_engine_packages "$1"); do
    [[ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" == "install ok installed" ]] || return 1
  done
}

# Runs apt-get as root, directly or through sudo; fails when neither is possible.
sel_apt_get() {
  if ! command -v apt-get >/dev/null 2>&1; then return 1; fi
  if [[ "$(id -u)" == "0" ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get "$@"
  elif command -v sudo >/dev/null 2>&1 && { [[ -t 0 ]] || sudo -n true 2>/dev/null; }; then
    sudo DEBIAN_FRONTEND=noninteractive apt-get "$@"
  else
    return 1
  fi
}

# Installs the Debian packages of every selected engine that is missing, then checks again and
# names each engine that still cannot run. Never skips an engine silently.
sel_ensure_engines() {
  local engines engine updated=0 failed=0 missing why
  engines="$(sel_selected_engines)" || exit 1
  for engine in $engines; do
    [[ -z "$(sel_engine_missing "$engine")" ]] && continue
    echo "Installing Debian's $(sel_engine_packages "$engine") for the $engine tests..."
    if ((updated == 0)); then
      sel_apt_get update -qq || true
      updated=1
    fi
    # One engine per apt-get call, so a package this system lacks does not block the others.
    # shellcheck disable=SC2046
    sel_apt_get install -y -qq $(sel_engine_packages "$engine") >/dev/null || true
  done
  for engine in $engines; do
    missing="$(sel_engine_missing "$engine")"
    [[ -z "$missing" ]] && continue
    failed=1
    if sel_packages_installed "$engine"; then
      why="although the Debian package(s) '$(sel_engine_packages "$engine")' are installed
(a path variable points elsewhere, or the package puts the file in another place here)."
    else
      why="and the Debian package(s) '$(sel_engine_packages "$engine")' could not be installed here
(apt-get needs root or sudo, and Debian or a compatible distribution)."
    fi
    cat >&2 <<MSG

The $engine tests cannot run: nothing executable at
$(sed 's/^/  /' <<<"$missing")
$why
Install them (sudo apt-get install $(sel_engine_packages "$engine")), point $(sel_engine_variables "$engine")
at existing copies, or leave $engine out of a local run, e.g.
  SEL_ENGINES=$(for e in "${SEL_ALL_ENGINES[@]}"; do [[ "$e" != "$engine" ]] && echo -n "$e,"; done | sed 's/,$//') npm test
MSG
  done
  if ((failed)); then exit 1; fi
}

# Kept for scripts that only need Chromium.
sel_ensure_chromium() {
  SEL_ENGINES=chromium sel_ensure_engines
}
