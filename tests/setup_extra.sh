#!/usr/bin/env bash
# Extra, non-Python test dependencies (kept idempotent and optional-safe).
#
# - Debian's chromium for the review-page browser test (tests/test_report.py), driven by
#   the Playwright Python package with executable_path=/usr/bin/chromium.  Never
#   `playwright install`: no browser downloads from outside the distribution.
#
# This script never fails the test run: when apt is unreachable or we are not root, the
# browser test skips with a reason instead.
set -u

log() { echo "setup_extra: $*" >&2; }

have_chromium() {
    [ -x /usr/bin/chromium ] && /usr/bin/chromium --version >/dev/null 2>&1
}

if have_chromium; then
    log "chromium already present ($(/usr/bin/chromium --version 2>/dev/null | head -n1))"
elif ! command -v apt-get >/dev/null 2>&1; then
    log "apt-get not available; browser tests will skip"
elif [ "$(id -u)" != "0" ]; then
    log "not root; cannot apt-get install chromium; browser tests will skip"
else
    log "installing chromium with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    if timeout 600 apt-get update -qq >/dev/null 2>&1 \
        && timeout 1200 apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; then
        if have_chromium; then
            log "chromium installed"
        else
            log "chromium package installed but /usr/bin/chromium does not run; browser tests will skip"
        fi
    else
        log "apt-get could not install chromium (offline?); browser tests will skip"
    fi
fi

exit 0
