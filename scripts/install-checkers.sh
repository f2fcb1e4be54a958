#!/bin/sh
# The checkers tests/test_quality.py runs: the W3C Nu HTML checker (npm vnu-jar, needs Java) and
# axe-core, installed from the npm registry at the versions package-lock.json pins (npm ci checks
# their integrity hashes). Java and npm come from Debian's packages when they are missing.
set -eu
cd "$(dirname "$0")/.."
missing=""
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "install-checkers: missing$missing and this user cannot install them (need root or sudo)" >&2
        exit 1
    fi
    echo "install-checkers: installing$missing from Debian's packages"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
# --ignore-scripts: vnu-jar ships its jar in the package; nothing needs to run at install.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
