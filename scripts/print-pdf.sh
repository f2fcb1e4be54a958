#!/bin/sh
# The book on one page (/print/, hooks/print_page.py) as a PDF, printed by headless Chromium from
# the built site served on 127.0.0.1. Used by the `pages` job of .github/workflows/ci.yml after
# `make build`; needs Chromium (`make browser-deps`). Serving or building the site never needs it.
#
#   sh scripts/print-pdf.sh [SITE_DIR] [OUTPUT]     default: site site/concurrency-ru.pdf
set -eu
SITE=${1:-site}
OUT=${2:-$SITE/concurrency-ru.pdf}
PORT=${PDF_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
    echo "print-pdf: Chromium is missing: run \`make browser-deps\`" >&2
    exit 1
fi
test -f "$SITE/print/index.html" || { echo "print-pdf: $SITE/print/index.html is missing: build first" >&2; exit 1; }
python3 -m http.server --bind 127.0.0.1 --directory "$SITE" "$PORT" >/dev/null 2>&1 &
SERVER=$!
# Gone when the script is; `|| true`: under `set -e` the failing last command of an AND-list (wait on the
# killed server: 143) would end the script with that status.
trap 'kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true' EXIT
i=0
until python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/print/')" 2>/dev/null; do
    i=$((i + 1))
    if [ "$i" -ge 100 ] || ! kill -0 "$SERVER" 2>/dev/null; then echo "print-pdf: the server did not start" >&2; exit 1; fi
    sleep 0.2
done
OUT_ABS=$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")
"$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --no-pdf-header-footer --virtual-time-budget=30000 --print-to-pdf="$OUT_ABS" \
    "http://127.0.0.1:$PORT/print/" 2>/dev/null
test -s "$OUT_ABS" || { echo "print-pdf: no PDF written" >&2; exit 1; }
# Every page A4 (595 x 842 pt; docs/assets/quality.css asks for it with @page), read from the pages' MediaBox.
PAGES=$(python3 - "$OUT_ABS" <<'EOF'
import re, sys
boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", open(sys.argv[1], "rb").read())
sizes = {(round(float(w)), round(float(h))) for w, h in boxes}
if not boxes or sizes != {(595, 842)}:
    sys.exit(f"print-pdf: the pages are not A4 (595 x 842 pt): {sorted(sizes)}")
print(len(boxes))
EOF
)
echo "print-pdf: $OUT ($(wc -c < "$OUT_ABS") bytes, $PAGES pages, A4)"
