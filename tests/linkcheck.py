"""Link check of a built site, without a network: every local reference resolves.

- every href/src (a, link, script, img, source, iframe, ...) to a page or asset of the site
  points at a file that exists (a directory URL means its index.html);
- every #fragment is an `id` (or an anchor `name`) in the page it points to;
- absolute URLs under the site's own address (site_url, used by sitemap.xml, canonical links
  and the 404 page) are checked like relative ones;
- nothing the browser loads by itself (scripts, styles, images, frames, icons) comes from
  another host; plain links to other sites are fine and are not followed;
- the search index and the sitemap point at existing pages and sections.

Usage: `python tests/linkcheck.py SITE_DIR` prints the problems and exits 1 if there are any.
tests/test_links.py runs it on the site the test session builds.
"""

from __future__ import annotations

import json
import posixpath
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

# (tag, attribute) pairs that hold a URL.
URL_ATTRS = {
    ("a", "href"),
    ("area", "href"),
    ("link", "href"),
    ("script", "src"),
    ("img", "src"),
    ("source", "src"),
    ("track", "src"),
    ("iframe", "src"),
    ("embed", "src"),
    ("video", "src"),
    ("video", "poster"),
    ("audio", "src"),
    ("object", "data"),
    ("form", "action"),
}
# Links the browser follows only when clicked; everything else is loaded with the page.
NAVIGATION = {("a", "href"), ("area", "href"), ("form", "action")}
PASSIVE_LINK_RELS = {"canonical", "alternate", "author", "license", "help", "next", "prev", "search"}
SKIP_SCHEMES = {"mailto", "tel", "data", "javascript", "about", "blob"}
ORIGIN = "http://site.invalid"  # stands for the site's own host while resolving relative URLs
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


@dataclass
class Page:
    ids: set[str] = field(default_factory=set)
    refs: list[tuple[str, str, str, str]] = field(default_factory=list)  # tag, attr, rel, url


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v for k, v in attrs if v is not None}
        for key in ("id", "name") if tag == "a" else ("id",):
            if key in values:
                self.page.ids.add(values[key])
        for attr, value in values.items():
            if (tag, attr) in URL_ATTRS:
                self.page.refs.append((tag, attr, values.get("rel", "").lower(), value.strip()))

    handle_startendtag = handle_starttag


def parse(path: Path) -> Page:
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.page


def site_url_of(site: Path) -> str:
    """The site's own address: the first <loc> of sitemap.xml is the home page, i.e. site_url."""
    root = ET.parse(site / "sitemap.xml").getroot()
    loc = root.find("{*}url/{*}loc")
    assert loc is not None and loc.text, "sitemap.xml has no <loc>"
    return loc.text.strip()


class Site:
    def __init__(self, root: Path, site_url: str | None = None) -> None:
        self.root = root
        self.site_url = site_url or site_url_of(root)
        self.base_path = urlsplit(self.site_url).path or "/"
        self._pages: dict[Path, Page] = {}

    def page(self, path: Path) -> Page:
        if path not in self._pages:
            self._pages[path] = parse(path)
        return self._pages[path]

    def url_of(self, path: Path) -> str:
        """Where a file is served, as an absolute URL on ORIGIN."""
        rel = path.relative_to(self.root).as_posix()
        return ORIGIN + self.base_path + rel

    def local(self, url: str) -> tuple[Path, str] | None:
        """The file and fragment an absolute URL on ORIGIN (or under site_url) names; None if external."""
        if url.startswith(self.site_url):
            url = ORIGIN + self.base_path + url[len(self.site_url) :]
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != ORIGIN:
            return None
        path = posixpath.normpath(unquote(parts.path))
        base = self.base_path.rstrip("/")
        if not (path == base or path.startswith(base + "/")):
            return self.root / "\0outside-the-site", unquote(parts.fragment)
        rel = path[len(base) :].lstrip("/")
        target = self.root / rel
        if parts.path.endswith("/") or target.is_dir():
            target = target / "index.html"
        return target, unquote(parts.fragment)

    def check_ref(self, where: str, url: str, *, anchors: bool = True) -> str | None:
        target, fragment = self.local(url) or (None, "")
        if target is None:
            return None
        if not target.is_file():
            return f"{where}: {url} -> missing file"
        if anchors and fragment and target.suffix == ".html" and fragment not in self.page(target).ids:
            return f"{where}: {url} -> no id {fragment!r} in {target.relative_to(self.root).as_posix()}"
        return None


def check(root: Path, site_url: str | None = None) -> list[str]:
    """Every problem found in the built site at `root` (empty when all is well)."""
    site = Site(root, site_url)
    problems: list[str] = []
    for path in sorted(root.rglob("*.html")):
        rel = path.relative_to(root).as_posix()
        page_url = site.url_of(path)
        for tag, attr, rel_attr, value in site.page(path).refs:
            scheme = urlsplit(value).scheme.lower()
            if scheme in SKIP_SCHEMES or value in ("", "#"):
                continue
            url = urljoin(page_url, value)
            where = f"{rel}: <{tag} {attr}>"
            if site.local(url) is None:
                loaded = (tag, attr) not in NAVIGATION and not (
                    tag == "link" and rel_attr in PASSIVE_LINK_RELS
                )
                if loaded:
                    problems.append(f"{where}: {value} is loaded from another host")
                continue
            problem = site.check_ref(where, url)
            if problem:
                problems.append(problem)
    for path in sorted(root.rglob("*.css")):
        rel = path.relative_to(root).as_posix()
        for match in CSS_URL.finditer(path.read_text(encoding="utf-8")):
            value = match.group(2).strip()
            if urlsplit(value).scheme.lower() in SKIP_SCHEMES or value.startswith("#"):
                continue
            url = urljoin(site.url_of(path), value)
            if site.local(url) is None:
                problems.append(f"{rel}: url({value}) is loaded from another host")
            elif problem := site.check_ref(f"{rel}: url()", url, anchors=False):
                problems.append(problem)
    index = root / "search" / "search_index.json"
    if index.is_file():
        for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]:
            problem = site.check_ref("search_index.json", urljoin(ORIGIN + site.base_path, doc["location"]))
            if problem:
                problems.append(problem)
    sitemap = ET.parse(root / "sitemap.xml").getroot()
    for loc in sitemap.iterfind("{*}url/{*}loc"):
        problem = site.check_ref("sitemap.xml", (loc.text or "").strip())
        if problem:
            problems.append(problem)
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tests/linkcheck.py SITE_DIR", file=sys.stderr)
        return 2
    problems = check(Path(argv[0]))
    for problem in problems:
        print(problem)
    print(f"linkcheck: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
