#!/usr/bin/env bash
# Installs what the editor tests need and prints code-server's entry point on stdout.
# With --check it installs nothing: it prints the entry point if everything is already there,
# else says what is missing and exits 1 (the bench measures activation only when it is there).
#
# @vscode/test-electron downloads VS Code from Microsoft, which a machine without internet cannot
# reach; code-server (VS Code in the browser) comes from the npm registry and headless Chromium
# from Debian. code-server is cached in .cache/ (git-ignored), as test-electron caches
# .vscode-test/, so only the first run pays the ~3 minutes of its install.
set -euo pipefail
cd "$(dirname "$0")/.."

# 4.100.3 (VS Code 1.100.3) is the newest code-server whose engines field accepts Node 20.
VERSION=4.100.3
CACHE="$PWD/.cache/code-server-$VERSION"
ENTRY="$CACHE/node_modules/code-server/out/node/entry.js"
log() { echo "e2e/setup: $*" >&2; }

# Debian packages: Chromium for the workbench, ripgrep (code-server's own fetches a binary from
# GitHub), and the headers code-server's native modules build against.
PACKAGES=(chromium ripgrep build-essential python3 pkg-config libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [[ ${1:-} == --check ]]; then
  if ((${#missing[@]})) || [[ ! -f "$CACHE/.complete" ]]; then
    log "not installed:${missing[*]:+ Debian packages ${missing[*]}}$([[ -f "$CACHE/.complete" ]] || echo " code-server $VERSION")"
    exit 1
  fi
  echo "$ENTRY"
  exit 0
fi
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  SUDO=(); [[ $(id -u) == 0 ]] || SUDO=(sudo)
  # Other jobs on the machine may hold the dpkg lock: wait for it rather than fail. dpkg's
  # progress is shown only if something goes wrong.
  aptlog=$(mktemp)
  if ! { "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq &&
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"; } >"$aptlog" 2>&1; then
    cat "$aptlog" >&2
    exit 1
  fi
  rm -f "$aptlog"
fi

if [[ ! -f "$CACHE/.complete" ]]; then
  log "installing code-server $VERSION into $CACHE (about 3 minutes, once)"
  rm -rf "$CACHE"
  mkdir -p "$CACHE"
  cd "$CACHE"
  echo '{ "private": true }' > package.json
  # node-gyp would fetch Node's headers from the internet: Debian's are in /usr. node-pty's
  # install runs `npx node-gyp`, which must not stop to ask.
  export npm_config_nodedir=/usr npm_config_yes=true npm_config_audit=false npm_config_fund=false
  # code-server's postinstall downloads ripgrep and builds everything at once; do it by hand.
  npm install --ignore-scripts --no-save "code-server@$VERSION" >&2
  npm rebuild argon2 >&2
  cd node_modules/code-server/lib/vscode
  npm install --omit=dev --ignore-scripts >&2
  # @vscode/ripgrep's postinstall stops when bin/ exists: give it Debian's binary.
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
  npm rebuild >&2
  # The remaining steps of code-server's postinstall.sh.
  ln -sfn node_modules node_modules.asar
  ln -sfn code-linux.sh bin/remote-cli/code-server
  ln -sfn browser-linux.sh bin/helpers/browser.sh
  (cd extensions && npm install --omit=dev >&2)
  test -f "$ENTRY"
  touch "$CACHE/.complete"
  log "code-server installed"
fi
echo "$ENTRY"
