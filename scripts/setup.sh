#!/usr/bin/env bash
# Installs the Debian packages ReportBuilder needs when they are missing: Chromium prints the PDF, the fonts cover
# Latin, Cyrillic and Hangul. `--test` also installs what only the tests need (.ci/run passes it).
#   bash scripts/setup.sh          # what a user needs to run reports
#   bash scripts/setup.sh --test   # and what the test suite needs
set -euo pipefail

packages=(chromium fonts-dejavu-core fonts-liberation2 fonts-nanum)
# Test-only packages: the SMTP server the delivery tests send to, and the PostgreSQL server binaries
# (the tests start a throwaway server of their own with initdb and pg_ctl).
test_packages=(python3-aiosmtpd postgresql)

case "${1:-}" in
  "") ;;
  --test) packages+=("${test_packages[@]}") ;;
  *) echo "usage: bash scripts/setup.sh [--test]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root (or sudo) to install ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "setup: the .NET 10 SDK is missing: install it from your distribution or dot.net" >&2; exit 1; }
