#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing,
# then runs every test (typecheck, lint, unit, programs, RPC, toolchain
# verification, browser e2e). Safe to run again: each step checks first.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(rustc-web cargo-web rust-web-src chromium)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "test.sh: installing ${missing[*]} (apt)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "test.sh: missing Debian packages. Run as root:"
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
fi

# The registry here lacks other platforms' optional builds; list them so that
# `npm ci` accepts the lock (see scripts/complete-lockfile.mjs).
node scripts/complete-lockfile.mjs

# npm ci when node_modules is absent or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "test.sh: npm ci"
  npm ci --no-audit --no-fund
fi

exec npm test
