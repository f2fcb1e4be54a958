#!/bin/sh
# Re-create docs/assets/vendor/ from the npm registry (the files are committed; run this only to
# upgrade or to check them). View time never reaches another host: the site serves these files.
#
#   sh scripts/vendor-assets.sh          fetch, verify the registry's integrity hash, install
#   sh scripts/vendor-assets.sh --check  fetch and verify, then compare with the committed files
#
# To upgrade: change VERSION and INTEGRITY (from `npm view mermaid@<v> dist.integrity`), run it,
# and update docs/assets/vendor/mermaid/SOURCE.txt (it prints the new sha256). Material for
# MkDocs 9.x expects Mermaid 11.
set -eu

NAME=mermaid
VERSION=11.17.2
INTEGRITY=sha512-V6K3C8EBdEsPFZXSKMJe6ppQOENxuHARr9GvHX4hh47lAbhMRD9qf4oEK7LoaRQxULMa80/qt5gHO73aCleBBg==

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEST="$ROOT/docs/assets/vendor/$NAME"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

cd "$TMP"
npm pack --silent "$NAME@$VERSION" >/dev/null
TARBALL="$NAME-$VERSION.tgz"
GOT="sha512-$(openssl dgst -sha512 -binary "$TARBALL" | base64 | tr -d '\n')"
if [ "$GOT" != "$INTEGRITY" ]; then
    echo "vendor-assets: $TARBALL integrity mismatch: $GOT (expected $INTEGRITY)" >&2
    exit 1
fi
tar xzf "$TARBALL" package/dist/mermaid.min.js package/LICENSE

if [ "${1:-}" = "--check" ]; then
    cmp package/dist/mermaid.min.js "$DEST/mermaid.min.js"
    cmp package/LICENSE "$DEST/LICENSE"
    echo "vendor-assets: $DEST matches $NAME@$VERSION from the registry"
    exit 0
fi

mkdir -p "$DEST"
cp package/dist/mermaid.min.js package/LICENSE "$DEST/"
echo "vendor-assets: installed $NAME@$VERSION into $DEST"
sha256sum "$DEST/mermaid.min.js" "$DEST/LICENSE"
