"""MkDocs hook (mkdocs.yml `hooks:`): the whole book on one printable page, /print/.

Every page of the nav, in nav order, rendered as on its own page (snippets with their executed
output, diagrams, notebook), one <section> each, with both tabs of every snippet and every
<details> open (code, then its output). Its ids are prefixed with
the page's name so they stay unique, and links between pages become links within the book. The
page is left out of the search index (its text is on the chapters' pages already). The hosted
build also prints it to a PDF (.github/workflows/ci.yml); serving needs no browser.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urljoin, urlsplit, urlunsplit

from mkdocs.structure.files import File
from mkdocs.structure.toc import AnchorLink, TableOfContents

SRC = "print.md"
TITLE = "Вся книга на одной странице"
_SOURCE = f"""---
search:
  exclude: true
---

# {TITLE}
"""

_ID_ATTR = re.compile(r'(\s(?:id|for|name)=")(?!diagram-)([^"]+)"')
_LOCAL_HREF = re.compile(r'(\shref=")#(?!diagram-)([^"]*)"')
_REL_URL = re.compile(r'(\s(?:href|src)=")(?![a-z][a-z0-9+.-]*:|/|#)([^"]*)"')
_PAGE_HREF = re.compile(r'(\shref=")\.\./(?:(?P<slug>[^"/#]+)/)?(?:#(?P<frag>[^"]*))?"')
_EDIT = re.compile(r'<a [^>]*class="md-content__button[^"]*"[^>]*>.*?</a>', re.DOTALL)
_STAMP = re.compile(r'<p class="build-stamp".*?</p>', re.DOTALL)
_DETAILS = re.compile(r"<details(?![^>]*\sopen)")
# A snippet's tabs (Код | Вывод) become both blocks one under another: no radio buttons, no labels.
# Other tabbed sets (Linux и macOS | Windows) stay tabs.
_TABS_OPEN = re.compile(
    r'<div class="tabbed-set[^"]*"[^>]*>(?:<input [^>]*/?>)+'
    r'<div class="tabbed-labels"><label [^>]*>Код</label><label [^>]*>Вывод</label></div>'
)

# An example's output per Python version (tabs): the book shows the version the page shows.
_VERSIONS = re.compile(
    r'<div class="tabbed-set[^"]*snippet-versions.*?<!--shown-->(.*?)<!--/shown-->.*?<!--/versions-->',
    re.DOTALL,
)

_nav_pages: list = []


def on_files(files, config):
    files.append(File.generated(config, SRC, content=_SOURCE))
    return files


def on_nav(nav, config, files):
    _nav_pages[:] = list(nav.pages)
    return nav


def _rebase(url: str, page_url: str) -> str:
    """A URL relative to the page at `page_url`, made relative to /print/ (same target)."""
    if not url:
        return url
    parts = urlsplit(urljoin("http://site.invalid/" + page_url, url))
    path = posixpath.relpath(parts.path, "/print") + ("/" if parts.path.endswith("/") else "")
    return urlunsplit(("", "", path, parts.query, parts.fragment))


def _slug(page) -> str:
    return page.url.strip("/") or "index"


def _section(page, slugs: set[str]) -> str:
    slug = _slug(page)
    html = _STAMP.sub("", _EDIT.sub("", page.content or ""))
    html = _REL_URL.sub(lambda m: f'{m.group(1)}{_rebase(m.group(2), page.url)}"', html)
    html = _TABS_OPEN.sub('<div class="print-tabs">', _VERSIONS.sub(r"\1", html))
    html = _ID_ATTR.sub(lambda m: f'{m.group(1)}{slug}--{m.group(2)}"', html)
    html = _LOCAL_HREF.sub(
        lambda m: f'{m.group(1)}#{slug}--{m.group(2)}"' if m.group(2) else m.group(0), html
    )

    def in_book(match: re.Match) -> str:
        target = match.group("slug") or ("index" if match.group("slug") is None else "")
        if target not in slugs:
            return match.group(0)
        frag = match.group("frag")
        return f'{match.group(1)}#{target}--{frag}"' if frag else f'{match.group(1)}#print-{target}"'

    html = _PAGE_HREF.sub(in_book, html)
    html = _DETAILS.sub("<details open", html)
    return f'<section class="print-page" id="print-{slug}">\n{html}\n</section>\n'


def _toc(page) -> AnchorLink:
    slug = _slug(page)
    entry = AnchorLink(page.title or slug, f"print-{slug}", 1)
    for top in page.toc:  # the page's H1 entry holds its sections
        for child in top.children:
            link = AnchorLink(child.title, f"{slug}--{child.id}", 2)
            entry.children.append(link)
    return entry


def on_page_context(context, page, config, nav):
    if page.file.src_uri != SRC:
        return context
    # Every other page was rendered (page.content) before any page is written.
    slugs = {_slug(p) for p in _nav_pages}
    sections = [_section(p, slugs) for p in _nav_pages]
    page.content = f'<h1 id="print">{TITLE}</h1>\n<div class="print-book">\n{"".join(sections)}</div>\n'
    page.toc = TableOfContents([_toc(p) for p in _nav_pages])
    return context


_TOC_TITLE = re.compile(r'<label class="md-nav__title" for="__toc">(.*?)</label>', re.DOTALL)


def on_post_page(output, page, config):
    if page.file.src_uri != SRC:
        return output
    # The table of contents' title toggles the checkbox `__toc` that Material puts in the nav entry
    # of the current page; this page has no nav entry, so the title is plain text.
    return _TOC_TITLE.sub(r'<div class="md-nav__title">\1</div>', output)
