"""MkDocs hook (mkdocs.yml `hooks:`): the search index as UTF-8 instead of \\u escapes.

Material's search plugin writes search/search_index.json with Python's default
`ensure_ascii=True`, so every Cyrillic letter takes six bytes (`\\u043f`) instead of two. Every
visitor downloads this file on the first page they open; rewritten with the same content and
`ensure_ascii=False` it is less than half the size. Hooks run after the plugins in mkdocs.yml,
so the plugin has written the file when this runs.
"""

from __future__ import annotations

import json
from pathlib import Path


def on_post_build(config):
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
