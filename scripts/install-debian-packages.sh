#!/usr/bin/env bash
# Installs the Debian packages named as arguments, on a fresh machine. Packages already present
# are not touched, so a warm machine pays nothing. `python3-venv` is skipped when a python3 with
# a working venv module is already on the PATH (from pyenv, say).
set -euo pipefail

missing=()
for package in "$@"; do
  if [ "$package" = python3-venv ] && command -v python3 >/dev/null && python3 -c "import venv, ensurepip" 2>/dev/null; then
    continue
  fi
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  sudo_if_needed=()
  [ "$(id -u)" -eq 0 ] || sudo_if_needed=(sudo)
  "${sudo_if_needed[@]}" apt-get update -qq
  "${sudo_if_needed[@]}" apt-get install -y -qq "${missing[@]}"
fi
