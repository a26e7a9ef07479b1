#!/usr/bin/env bash
# Machine setup for @redline/cli's tests (run by .ci/run after install):
# Debian's Chromium for the HTML report test (driven by playwright-core,
# never a downloaded browser) and a CJK font so screenshots show Chinese.
# Idempotent: does nothing when both are already installed.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
if [ ${#need[@]} -eq 0 ]; then
  echo "cli ci-setup: chromium and fonts-noto-cjk already installed"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
