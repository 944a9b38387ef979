#!/usr/bin/env bash
# Extra, non-Python test dependencies (kept idempotent and optional-safe).
#
# - Debian's chromium (and, cosmetic, the CJK font fonts-wqy-zenhei) for the review-page browser test (tests/test_report.py), driven by
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

# Install one Debian package quietly (apt lists refreshed once if the first try fails);
# never fails the script.
apt_quiet() {
    command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ] || return 1
    export DEBIAN_FRONTEND=noninteractive
    timeout 600 apt-get install -y -qq --no-install-recommends "$1" >/dev/null 2>&1 \
        || { timeout 600 apt-get update -qq >/dev/null 2>&1 \
             && timeout 600 apt-get install -y -qq --no-install-recommends "$1" >/dev/null 2>&1; }
}

# A CJK TrueType font for the Chinese PDF reader test (tests/test_load.py makes a PDF with it);
# without it that one test skips.
if [ ! -e /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ]; then
    if apt_quiet fonts-droid-fallback; then
        log "CJK font fonts-droid-fallback installed"
    else
        log "could not install fonts-droid-fallback (the Chinese PDF test will skip)"
    fi
fi

# The CJK font of the plots: fupin_extract.plotting.use_chinese_font() puts WenQuanYi Micro Hei
# after DejaVu Sans in matplotlib's fallback list (tests/test_plotting.py renders Chinese and digits
# with it), and the review page's screenshots show Chinese rather than boxes.
if [ ! -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
    if apt_quiet fonts-wqy-microhei; then
        log "CJK font fonts-wqy-microhei installed"
    else
        log "could not install fonts-wqy-microhei (the Chinese plot test will fail: no CJK font)"
    fi
fi

exit 0
