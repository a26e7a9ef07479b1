#!/usr/bin/env bash
# Machine setup for the browser extension's end-to-end tests: Debian Chromium
# (driven by playwright-core, never `playwright install`) and a CJK font so
# screenshots of Chinese drafts are readable. Idempotent: does nothing when
# both are already installed.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)

if [ ${#need[@]} -eq 0 ]; then
  echo "extension ci-setup: chromium and fonts-noto-cjk already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
/usr/bin/chromium --version
