#!/usr/bin/env bash
# Installs what QuoteClaim needs to build and is not there yet: PCRE2's
# development files (libpcre2-dev). Swift itself must already be installed.
set -euo pipefail
if ! command -v swift >/dev/null 2>&1; then
  echo "quoteclaim: Swift 6.1 or later is needed (https://www.swift.org/install/)" >&2
  exit 1
fi
if pkg-config --exists libpcre2-8 2>/dev/null || [ -f /usr/include/pcre2.h ]; then
  exit 0
fi
echo "quoteclaim: installing libpcre2-dev (PCRE2 development files)" >&2
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpcre2-dev pkg-config >/dev/null
elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpcre2-dev pkg-config >/dev/null
else
  echo "quoteclaim: PCRE2 is missing. Install it as root, then run make again:" >&2
  echo "    apt-get install libpcre2-dev pkg-config     (Debian, Ubuntu)" >&2
  echo "    dnf install pcre2-devel                    (Fedora)" >&2
  echo "    brew install pcre2                         (macOS)" >&2
  exit 1
fi
