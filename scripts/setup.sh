#!/usr/bin/env bash
# Installs the Debian packages ReportBuilder needs when they are missing:
# Chromium prints the PDF, the fonts cover Latin, Cyrillic and Hangul, poppler-utils reads PDFs back;
# with --tests also PostgreSQL (see below).
set -euo pipefail

packages=(chromium fonts-dejavu-core fonts-liberation2 fonts-nanum poppler-utils python3-aiosmtpd)
# --tests: also the PostgreSQL server binaries; the tests start a throwaway server of their own (initdb, pg_ctl).
if [ "${1:-}" = "--tests" ]; then
  packages+=(postgresql)
fi
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
