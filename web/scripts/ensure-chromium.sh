#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium: Debian's package, never a
# downloaded browser build (playwright-core drives it by path). Idempotent;
# needs root (or sudo) only when Chromium is missing.
set -euo pipefail
chromium="${HOTEL_CRM_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
# A CJK font only matters for screenshots people look at; the tests do not need it.
$sudo apt-get install -y -qq --no-install-recommends fonts-wqy-microhei >/dev/null || true
test -x "$chromium"
