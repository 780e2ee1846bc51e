#!/usr/bin/env bash
# Installs everything the platform and its tests need on a fresh Debian machine:
# Debian packages (Chromium's headless shell for browser tests and PDFs, CJK fonts) and the npm workspace.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium-headless-shell >/dev/null 2>&1 || need_apt+=(chromium-headless-shell)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need_apt+=(fonts-noto-cjk)
if [ "${#need_apt[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; else SUDO=; fi
  echo "setup: installing Debian packages: ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# npm ci when the lock file changed since the last install (or nothing is installed).
stamp=node_modules/.huiqi-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi

# The web UI is served by the API server from its build output.
if [ ! -f apps/web/dist/index.html ] || [ -n "$(find apps/web/src apps/web/index.html apps/web/vite.config.ts -newer apps/web/dist/index.html 2>/dev/null | head -1)" ]; then
  echo "setup: building the web UI"
  npm run build -w @huiqi/web --silent
fi
