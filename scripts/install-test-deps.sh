#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, on a fresh machine. Packages already
# present are not touched, so a warm machine pays nothing.
set -euo pipefail

packages=(postgresql)
# python3 may come from elsewhere (pyenv); then only a working venv module matters.
if ! { command -v python3 >/dev/null && python3 -c "import venv, ensurepip" 2>/dev/null; }; then
  packages+=(python3 python3-venv)
fi

missing=()
for package in "${packages[@]}"; do
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
