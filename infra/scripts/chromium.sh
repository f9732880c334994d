#!/usr/bin/env bash
# Chromium for browser tests, from Debian (never `npx playwright install`:
# its download host is unreachable here).
#   chromium.sh {install|path}
# Use with playwright-core: executablePath '/usr/bin/chromium', flags
# --headless --no-sandbox --disable-gpu --disable-background-networking.
set -euo pipefail
LOG_TAG=chromium
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

case "${1:-}" in
  install)
    if [[ ! -x /usr/bin/chromium ]]; then
      log "installing chromium (apt)"
      apt_install chromium
    fi
    /usr/bin/chromium --version 2>/dev/null >&2 ;;
  path) echo /usr/bin/chromium ;;
  *) echo "usage: $0 {install|path}" >&2; exit 2 ;;
esac
