#!/usr/bin/env bash
# Installs what isomargin needs and is missing; a second run does nothing and takes seconds.
# Debian packages (as root: apt-get update once, then install), then npm deps from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make emscripten catch2 nlohmann-json3-dev chromium clang-14 libclang-rt-14-dev librsvg2-bin)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "isomargin needs these Debian packages: ${missing[*]}" >&2
    echo "run as root:  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# npm deps exactly as locked; redone only when the lock file changed.
stamp=node_modules/.isomargin-lock
if [[ ! -f $stamp ]] || ! cmp -s package-lock.json "$stamp"; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund >&2
  cp package-lock.json "$stamp"
fi
