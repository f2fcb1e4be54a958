"""The built site is whole: links and anchors resolve, assets are local, downloads are complete."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path

import linkcheck
import pytest
from conftest import FENCES

from snipcheck.snippets import ROOT, SNIPPETS, all_snippets

pytestmark = pytest.mark.site

VENDOR = ROOT / "docs" / "assets" / "vendor"


def test_every_local_link_and_anchor_resolves(built_site: Path) -> None:
    problems = linkcheck.check(built_site)
    assert not problems, f"{len(problems)} broken reference(s) in the built site:\n" + "\n".join(problems)


def test_link_check_finds_what_is_broken(tmp_path: Path) -> None:
    """The checker itself: a small site with one reference of each kind, good and bad."""
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "sitemap.xml").write_text(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://example.org/docs/</loc></url>"
        "<url><loc>https://example.org/docs/gone/</loc></url></urlset>",
        encoding="utf-8",
    )
    (site / "style.css").write_text(
        "a { background: url(img.png) } b { background: url(https://cdn.example/x.png) }"
    )
    (site / "index.html").write_text(
        '<link rel="stylesheet" href="style.css"><link rel="canonical" href="https://example.org/docs/">'
        '<script src="https://cdn.example/lib.js"></script>'
        '<h2 id="раздел">Раздел</h2>'
        '<a href="a/">ok</a> <a href="a/#там">ok</a> <a href="#%D1%80%D0%B0%D0%B7%D0%B4%D0%B5%D0%BB">ok</a>'
        '<a href="a/#нет">bad anchor</a> <a href="b/">bad page</a> <img src="pic.png">'
        '<a href="https://other.example/">external, fine</a> <a href="mailto:x@example.org">fine</a>'
        '<a href="/docs/a/">ok, absolute</a> <a href="/elsewhere/">outside the site</a>',
        encoding="utf-8",
    )
    (site / "a" / "index.html").write_text(
        '<p id="там">x</p><a href="../index.html#раздел">ok</a>', encoding="utf-8"
    )
    problems = linkcheck.check(site)
    expected = [
        "index.html: <script src>: https://cdn.example/lib.js is loaded from another host",
        "index.html: <a href>: http://site.invalid/docs/a/#нет -> no id 'нет' in a/index.html",
        "index.html: <a href>: http://site.invalid/docs/b/ -> missing file",
        "index.html: <img src>: http://site.invalid/docs/pic.png -> missing file",
        "index.html: <a href>: http://site.invalid/elsewhere/ -> missing file",
        "style.css: url(): http://site.invalid/docs/img.png -> missing file",
        "style.css: url(https://cdn.example/x.png) is loaded from another host",
        "sitemap.xml: https://example.org/docs/gone/ -> missing file",
    ]
    assert sorted(problems) == sorted(expected)


def test_no_asset_is_fetched_from_a_cdn_by_the_theme(built_site: Path) -> None:
    """The addresses Material would load at view time are neutralised (see mkdocs.yml and overrides/)."""
    html = (built_site / "glossary" / "index.html").read_text(encoding="utf-8")
    assert 'data-md-component="source"' not in html, (
        "the header would fetch repository facts from api.github.com"
    )
    config = re.search(
        r'<script id="__config" type="application/json">(.*?)</script>', html, re.DOTALL
    ).group(1)
    assert "workers/search-ru.js?material=search." in config, (
        "the page does not use the Russian search worker"
    )
    assert (built_site / "assets" / "javascripts" / "workers" / "search-ru.js").is_file()
    assert "assets/javascripts/site.js" in html, "without site.js Material loads Mermaid from unpkg.com"


def _recorded_sha256(source: str, name: str) -> str:
    match = re.search(rf"^sha256:\s+([0-9a-f]{{64}})\s+{re.escape(name)}$", source, re.MULTILINE)
    assert match, f"SOURCE.txt records no sha256 for {name}"
    return match.group(1)


@pytest.mark.parametrize("name", ["mermaid.min.js", "LICENSE"])
def test_vendored_mermaid_is_the_recorded_registry_file(name: str) -> None:
    record = (VENDOR / "mermaid" / "SOURCE.txt").read_text(encoding="utf-8")
    digest = hashlib.sha256((VENDOR / "mermaid" / name).read_bytes()).hexdigest()
    assert digest == _recorded_sha256(record, name), f"{name} differs from the file SOURCE.txt records"


def _published_snippets() -> list[str]:  # not the exercises' starters and checks (tests/test_checker.py)
    return all_snippets()


def test_archive_holds_every_snippet_as_in_the_repository(built_site: Path) -> None:
    data = (built_site / "downloads" / "snippets.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = [n for n in zf.namelist() if n.startswith("snippets/")]  # the exercises lie beside
        assert names == ["snippets/README.txt"] + [f"snippets/{rel}" for rel in _published_snippets()]
        for rel in _published_snippets():
            assert zf.read(f"snippets/{rel}") == (SNIPPETS / rel).read_bytes(), (
                f"snippets/{rel} differs in the archive"
            )
        readme = zf.read("snippets/README.txt").decode("utf-8")
    assert "python snippets/threads/create_join.py" in readme


def _built_page(site: Path, page: str) -> Path:
    """docs/<page>.md -> its index.html in the built site (directory URLs)."""
    stem = Path(page).with_suffix("")
    return site / ("index.html" if stem.name == "index" else stem / "index.html")


def test_every_snippet_on_a_page_has_a_download_link_and_a_run_note(built_site: Path) -> None:
    problems = []
    for page, fences in FENCES.items():
        # A question's answer (`show="output"`) shows no code, so it has no download link of its own.
        refs = [f.snippet.rel for f in fences if f.options.get("show") != "output"]
        if not refs:
            continue
        built = _built_page(built_site, page)
        html = built.read_text(encoding="utf-8")
        links = re.findall(r'<a class="snippet-download"[^>]* href="([^"]+)"', html)
        if [link.split("snippets/", 1)[-1] for link in links] != refs:
            problems.append(f"docs/{page}: download links {links} for snippets {refs}")
        problems += [
            f"docs/{page}: {link} is not in the site" for link in links if not (built.parent / link).is_file()
        ]
        problems += [
            f"docs/{page}: the run note lacks `python snippets/{ref}`"
            for ref in dict.fromkeys(refs)
            if f"<code>python snippets/{ref}</code>" not in html
        ]
    assert not problems, "\n".join(problems)


def test_search_index_is_compact_utf8(built_site: Path) -> None:
    """hooks/search_index.py: Cyrillic as UTF-8 (2 bytes a letter), not \\u escapes (6 bytes)."""
    raw = (built_site / "search" / "search_index.json").read_bytes()
    assert b"\\u04" not in raw
    assert "поток".encode() in raw
