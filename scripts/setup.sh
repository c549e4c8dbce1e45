#!/bin/sh
# Installs what solieu needs to build and test on Debian 12, as root or through sudo.
# Safe to run again: apt-get skips what is already there.
set -eu

PACKAGES="build-essential cmake ninja-build pkg-config git python3 ca-certificates \
libicu-dev libre2-dev libpcre2-dev nlohmann-json3-dev libboost-program-options-dev catch2 libtbb-dev \
libsqlite3-dev parallel libbenchmark-dev time libxml2-dev libarchive-dev zlib1g-dev \
libpq-dev postgresql clang libclang-rt-14-dev"

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "setup: need root or sudo to install:$missing" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
