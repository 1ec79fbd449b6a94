#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing
# (and upgrades rustc-web when it is older than programs/deploy/TOOLCHAIN), then
# runs every test (typecheck, lint, unit, programs, RPC, toolchain verification,
# browser e2e). Safe to run again: each step checks first.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(rustc-web cargo-web rust-web-src chromium)
# One Debian source package: upgraded together, so the library sources match the compiler.
RUST_PACKAGES=(rustc-web cargo-web rust-web-src)
TOOLCHAIN_FILE=programs/deploy/TOOLCHAIN

# The installed version of a package, empty when it is not installed
# (dpkg-query fails for a package it has never seen; pipefail would stop here).
installed_version() {
  { dpkg-query -W -f='${Status} ${Version}' "$1" 2>/dev/null || true; } | sed -n 's/^install ok installed //p'
}

# The committed programs were built with this rustc; an older one cannot build
# them (its target spec format differs), and apt with stale lists installs one.
required=$(sed -n 's/^release: *//p' "$TOOLCHAIN_FILE" 2>/dev/null || true)

to_install=()
notes=()
for pkg in "${APT_PACKAGES[@]}"; do
  version=$(installed_version "$pkg")
  if [ -z "$version" ]; then
    to_install+=("$pkg")
  elif [ -n "$required" ] && [[ " ${RUST_PACKAGES[*]} " == *" $pkg "* ]] && dpkg --compare-versions "$version" lt "$required"; then
    notes+=("$pkg ${version%%+*} < $required recorded in $TOOLCHAIN_FILE")
  fi
done
if [ ${#notes[@]} -gt 0 ]; then
  for pkg in "${RUST_PACKAGES[@]}"; do
    [[ " ${to_install[*]} " == *" $pkg "* ]] || to_install+=("$pkg")
  done
fi

if [ ${#to_install[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    for note in "${notes[@]}"; do echo "test.sh: $note: upgrading"; done
    echo "test.sh: apt-get update, then installing ${to_install[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${to_install[@]}" >/dev/null
    version=$(installed_version rustc-web)
    echo "test.sh: rustc-web is now ${version:-not installed}"
    if [ -n "$required" ] && ! dpkg --compare-versions "${version:-0}" ge "$required"; then
      echo "test.sh: apt offers no rustc-web >= $required (recorded in $TOOLCHAIN_FILE); Debian 12 ships newer rustc-web through bookworm-security: add it to apt's sources and run again"
      exit 1
    fi
  else
    for note in "${notes[@]}"; do echo "test.sh: $note"; done
    echo "test.sh: missing or outdated Debian packages. Run as root:"
    echo "  sudo apt-get update && sudo apt-get install -y ${to_install[*]}"
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
