#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, on a fresh machine. Packages already
# present are not touched, so a warm machine pays nothing.
set -euo pipefail

packages=(python3 python3-venv)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# python3 may come from elsewhere (pyenv); then only a working venv module matters.
if command -v python3 >/dev/null && python3 -c "import venv, ensurepip" 2>/dev/null; then
  missing=()
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}"
fi
