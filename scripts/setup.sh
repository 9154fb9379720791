#!/usr/bin/env bash
# Set-up for `make`: a virtual environment with the package installed, and a CJK font for charts.
# Works on a fresh Debian machine that has only python3 and make (installs python3-venv and
# fonts-noto-cjk with apt-get when run as root and they are missing).
set -euo pipefail
VENV=${VENV:-.venv}
PYTHON=${PYTHON:-python3}

apt_install() {
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "setup: installing $* with apt-get" >&2
        if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; then
            apt-get update -qq >/dev/null
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
        fi
        return 0
    fi
    return 1
}

"$PYTHON" - <<'PY' || { echo "setup: govplans needs Python >= 3.11 (found $("$PYTHON" --version 2>&1))" >&2; exit 1; }
import sys
sys.exit(0 if sys.version_info >= (3, 11) else 1)
PY

if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PYTHON" -m venv "$VENV" >/dev/null 2>&1; then
        rm -rf "$VENV"
        apt_install python3-venv python3-pip || {
            echo "setup: '$PYTHON -m venv' failed; install the venv module (Debian: apt-get install python3-venv)" >&2
            exit 1
        }
        "$PYTHON" -m venv "$VENV"
    fi
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e '.[dev]'

# Charts must render Chinese: make sure a CJK font exists (fonts-noto-cjk on Debian).
has_cjk_font() {
    if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh-tw family 2>/dev/null)" ]; then
        return 0
    fi
    find /usr/share/fonts /usr/local/share/fonts "$HOME/.fonts" "$HOME/.local/share/fonts" \
        -iname '*cjk*' -o -iname '*wqy*' -o -iname '*TW*.tt*' 2>/dev/null | grep -q .
}
if ! has_cjk_font; then
    apt_install fonts-noto-cjk fontconfig || echo "setup: no CJK font found and cannot install one; install fonts-noto-cjk (or any CJK font) or charts will show boxes" >&2
    # matplotlib caches its font list: rebuild it so the new font is seen.
    rm -rf "${MPLCONFIGDIR:-$HOME/.cache/matplotlib}"/fontlist-*.json 2>/dev/null || true
fi
# Printing a page to PDF as a reader would (the print test; skipped without them).
if ! command -v chromium >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
    apt_install chromium poppler-utils || echo "setup: chromium / poppler-utils not installed; the print test will be skipped" >&2
fi
# OCR of scanned reports (govplans --ocr): tesseract with Traditional Chinese, and ocrmypdf.
if ! command -v ocrmypdf >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx chi_tra; then
    apt_install tesseract-ocr tesseract-ocr-chi-tra ocrmypdf || echo "setup: tesseract-ocr-chi-tra / ocrmypdf not installed; scanned PDFs cannot be OCRed (the OCR test will be skipped)" >&2
fi
"$VENV/bin/python" -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (govplans)" >/dev/null
touch "$VENV/.installed"
