"""MkDocs hook (mkdocs.yml `hooks:`): what search (and a search engine) sees of each page.

- on_page_markdown: each page gets its own meta description (unless its front matter has one):
  its first paragraph of prose, as plain text, cut at a word near 160 characters. The errata
  page is boosted down like the other reference pages (index, glossary set it in their front
  matter), so the chapters that teach a word come first.
- on_page_content: the benchmarks notebook's code cells are excluded from the index (and its
  page-level entry, where search files what it could not place, holds the description).
- on_post_build: search/search_index.json without the code listings and outputs (the snippet
  files are on the page and downloadable; prose and headings are what a search should find),
  without the tab labels and file names that ran together with the text («КодВывод snippets/…»),
  and written as UTF-8 instead of \\u escapes: Material's search plugin writes it with Python's
  default `ensure_ascii=True`, so every Cyrillic letter took six bytes instead of two. Every
  visitor downloads this file on the first page they open. Hooks run after the plugins in
  mkdocs.yml, so the plugin has written the file when this runs.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

# Reference pages rank below the chapters (the front matter of a page may set its own).
BOOST = {"errata.md": 0.3}
DESCRIPTION_LENGTH = 160

_BLOCK_START = re.compile(r"^(?:[<!?#|=\-*+>`\s]|\d+\.|:::|\{)")
_PRE = re.compile(r"<pre\b.*?</pre>", re.DOTALL)
_NOISE = re.compile(
    r"\bКодВывод\s*(?:snippets/[\w/.-]+\.py\b)?"
    r"|\bIn\s*\[\d*\]:\s*(?:Copied!)?"
    r"|<p>Вывод этого запуска при сборке сайта:[^<]*</p>"
    r"|(?<![\w/])snippets/[\w/.-]+\.py\b"  # a question's file name (its code stands alone, no tabs)
)


def _plain(markdown: str) -> str:
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)  # links and images: their text
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"[`*_]{1,3}(?=\S)|(?<=\S)[`*_]{1,3}", "", text)
    text = re.sub(r"\s+", " ", html.unescape(text)).strip()
    return text


def _markdown_of(page, markdown: str) -> str:
    if not page.file.src_uri.endswith(".py"):
        return markdown
    # A jupytext "percent" notebook: the first markdown cell, without its "# " prefixes.
    cell = markdown.split("# %% [markdown]", 1)[-1].split("# %%", 1)[0]
    return "\n".join(line[2:] if line.startswith("# ") else "" for line in cell.splitlines())


def description(page, markdown: str) -> str | None:
    text = _markdown_of(page, markdown)
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL)
    for block in re.split(r"\n\s*\n", text):
        block = block.strip("\n")
        if not block or _BLOCK_START.match(block):
            continue
        plain = _plain(block)
        if len(plain) < 40:
            continue
        if len(plain) <= DESCRIPTION_LENGTH:
            return plain
        cut = plain[:DESCRIPTION_LENGTH].rsplit(" ", 1)[0].rstrip(",;:—–-")
        return cut + "…"
    return None


def on_page_markdown(markdown, page, config, files):
    meta = page.meta
    if not meta.get("description"):
        found = description(page, markdown)
        if found:
            meta["description"] = found
    boost = BOOST.get(page.file.src_uri)
    if boost is not None:
        search = meta.setdefault("search", {})
        if isinstance(search, dict):
            search.setdefault("boost", boost)
    return markdown


# Notebook pages: url -> description. Search's HTML parser loses its place in nbconvert's markup
# and files the code cells under the page itself; that entry gets the page's description instead.
_NOTEBOOKS: dict[str, str] = {}


def on_page_content(html, page, config, files):
    """The notebook's code cells (source and printed output) stay out of the index, as snippets do."""
    if page.file.src_uri.endswith(".py"):
        _NOTEBOOKS[page.url] = page.meta.get("description", "")
        # mkdocs-jupyter's copy button: in Russian, and without the stray comma of its template
        html = re.sub(
            r'<clipboard-copy [^>]*?for="([^"]*)"[^>]*>',
            r'<clipboard-copy aria-label="Копировать в буфер" for="\1">',
            html,
        )
        html = html.replace(">Copied!</span>", ">Скопировано</span>")
        html = html.replace(
            '<div class="jp-Cell jp-CodeCell', '<div data-search-exclude class="jp-Cell jp-CodeCell'
        )
    return html


def searchable(text: str) -> str:
    text = _PRE.sub(" ", text)
    text = _NOISE.sub(" ", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def on_post_build(config):
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    for doc in data.get("docs", []):
        if doc.get("location") in _NOTEBOOKS:
            doc["text"] = _NOTEBOOKS[doc["location"]]
        doc["text"] = searchable(doc.get("text", ""))
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
