#!/usr/bin/env bash
# Sets up a fresh Debian machine for Debt Guide: system packages (as root), pnpm, and the workspace.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
# the Firefox build's browser test (tests/firefox-e2e.test.ts) runs in Debian's Firefox ESR
command -v firefox-esr >/dev/null 2>&1 || need_apt+=(firefox-esr)
command -v openssl >/dev/null 2>&1 || need_apt+=(openssl)
fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy' || need_apt+=(fonts-wqy-microhei)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${need_apt[*]} (apt)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "setup: please install with apt: ${need_apt[*]} (needed for the browser tests)" >&2
  fi
fi

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm -v)" != "10.34.9" ]; then
  echo "setup: installing pnpm 10.34.9 (npm)"
  npm install -g pnpm@10.34.9 >/dev/null 2>&1
fi

pnpm install --frozen-lockfile --reporter=append-only
