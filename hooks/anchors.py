"""MkDocs hook (mkdocs.yml `hooks:`): every heading's id is Latin, and every heading has one.

One scheme for the whole site: explicit ids (`## Заголовок {#english}`) stay as written; a heading
without one gets its title's slug transliterated to Latin by iuliia's ALA-LC scheme without
diacritics (й → i, х → kh, ц → ts, ю → iu, я → ia; ъ and ь dropped): `#sozdanie-potoka`, not
`#создание-потока` or `#_1`. on_config makes that the toc extension's `slugify`, so the ids are
final where MkDocs checks the links to them (mkdocs.yml `validation`: a link to a missing anchor
fails the strict build). Links to the earlier Cyrillic anchors still work: site.js transliterates a
Cyrillic hash the same way.

mkdocs-jupyter renders a notebook page's headings through nbconvert, which leaves Cyrillic
headings with `id=""`, while the page's table of contents links to `#_1`, `#_2`, ... Here each
heading with an empty id takes, in page order, the id of the TOC entry with the same title, and a
`_N` id becomes its title's slug. tests/test_links.py checks every anchor of the built site.
"""

from __future__ import annotations

import html as html_lib
import re

import iuliia
from pymdownx.slugs import slugify as _slugify

_EMPTY_ID_HEADING = re.compile(
    r'<h(?P<level>[1-6]) id="">(?P<text>[^<]*)(?P<link><a class="anchor-link" href=")#(?=">)'
    r"|"
    r'<h(?P<level2>[1-6]) id="">(?P<text2>[^<]*)'
)
_NUMBERED = re.compile(r"_\d+")
_SLUG = _slugify(case="lower")


def slugify(text: str, sep: str) -> str:
    return _SLUG(iuliia.ALA_LC_ALT.translate(html_lib.unescape(text)), sep).strip(sep) or "section"


def on_config(config):
    config.mdx_configs.setdefault("toc", {})["slugify"] = slugify
    return config


def _entries(toc):
    for item in toc:
        yield item
        yield from _entries(item.children)


def on_page_content(html, page, config, files):
    html = _fill_empty_ids(html, page)
    renamed: dict[str, str] = {}
    taken = set(re.findall(r'\bid="([^"]*)"', html))
    for entry in _entries(page.toc):
        if not _NUMBERED.fullmatch(old := entry.id):
            continue
        new = base = slugify(entry.title, "-")
        for n in range(2, 1000):
            if new not in taken:
                break
            new = f"{base}_{n}"
        taken.add(new)
        renamed[old] = entry.id = new
    if not renamed:
        return html
    if page.present_anchor_ids:  # what MkDocs checks links to this page against
        page.present_anchor_ids = {renamed.get(a, a) for a in page.present_anchor_ids}
    pattern = re.compile(r'(\b(?:id|href)=")(#?)(' + "|".join(map(re.escape, renamed)) + r')(")')
    return pattern.sub(lambda m: m.group(1) + m.group(2) + renamed[m.group(3)] + m.group(4), html)


def _fill_empty_ids(html, page):
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


# --- the 404 page -----------------------------------------------------------------------------
# GitHub Pages serves 404.html for a missing address at any depth, so MkDocs renders it with
# absolute paths (/concurrency-ru/assets/...), which hold only where site_url says the site is.
# Here its paths become relative to a <base> that a first script sets: the site_url path when the
# address is under it, otherwise the deepest folder of the address that has the site's assets
# (a fork, a custom domain, `mkdocs serve`): then the page is styled and its links work too.
_ROOT_SCRIPT = """<script>(function () {
  var prefix = %s, path = location.pathname, root = prefix
  if (path.indexOf(prefix) !== 0) {
    var parts = path.split("/").slice(0, -1)
    root = "/"
    for (var i = parts.length; i > 0 && i > parts.length - 4; i--) {
      var candidate = parts.slice(0, i).join("/") + "/"
      try {
        var probe = new XMLHttpRequest()
        probe.open("HEAD", candidate + "assets/snippets.css", false)
        probe.send()
        if (probe.status === 200) { root = candidate; break }
      } catch (e) {}
    }
  }
  window.__siteRoot = root
  document.write('<base href="' + root + '">')
})()</script>"""
_CONFIG_SCRIPT = """<script>(function () {
  var el = document.getElementById("__config"), config = JSON.parse(el.textContent)
  config.base = window.__siteRoot
  config.search = window.__siteRoot + config.search
  el.textContent = JSON.stringify(config)
})()</script>"""


def on_post_template(output, template_name, config):
    if template_name != "404.html":
        return output
    import json
    from urllib.parse import urlsplit

    prefix = urlsplit(config.site_url or "/").path or "/"
    if not prefix.endswith("/"):
        prefix += "/"
    output = re.sub(r'(\b(?:href|src)=")' + re.escape(prefix), r"\1", output)
    output = re.sub(r'(\b(?:href|src)=")\.?(?=")', r"\1./", output)  # the home link
    output = output.replace('"base": "' + prefix + '"', '"base": ""')
    output = output.replace('"search": "' + prefix, '"search": "')
    output = output.replace("<head>", "<head>\n" + _ROOT_SCRIPT % json.dumps(prefix), 1)
    config_end = re.search(r'<script id="__config"[^>]*>.*?</script>', output, re.DOTALL)
    if config_end:
        output = output[: config_end.end()] + _CONFIG_SCRIPT + output[config_end.end() :]
    return output
