"""MkDocs hook (mkdocs.yml `hooks:`): headings without an id get the id their TOC entry links to.

mkdocs-jupyter renders a notebook page's headings through nbconvert, which leaves Cyrillic
headings with `id=""`, while the page's table of contents (built by Python-Markdown's toc
extension) links to `#_1`, `#_2`, ... So every TOC link on such a page led nowhere. Here each
heading with an empty id takes, in page order, the id of the TOC entry with the same title.
tests/test_links.py checks every anchor of the built site.
"""

from __future__ import annotations

import html as html_lib
import re

_EMPTY_ID_HEADING = re.compile(
    r'<h(?P<level>[1-6]) id="">(?P<text>[^<]*)(?P<link><a class="anchor-link" href=")#(?=">)'
    r"|"
    r'<h(?P<level2>[1-6]) id="">(?P<text2>[^<]*)'
)


def _entries(toc):
    for item in toc:
        yield item
        yield from _entries(item.children)


def on_page_content(html, page, config, files):
    if not _EMPTY_ID_HEADING.search(html):
        return html
    pending = [(entry.level, entry.title.strip(), entry.id) for entry in _entries(page.toc)]

    def assign(match: re.Match) -> str:
        raw = match.group("text") if match.group("level") else match.group("text2")
        level = int(match.group("level") or match.group("level2"))
        text = html_lib.unescape(raw).strip()
        for index, (toc_level, title, anchor) in enumerate(pending):
            if toc_level == level and title == text:
                del pending[index]
                anchor = html_lib.escape(anchor, quote=True)
                link = f"{match.group('link')}#{anchor}" if match.group("link") else ""  # its ¶ link too
                return f'<h{level} id="{anchor}">{raw}{link}'
        return match.group(0)

    return _EMPTY_ID_HEADING.sub(assign, html)
