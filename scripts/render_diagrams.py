"""Render every ```mermaid block of docs/ to an SVG, ahead of time, so no page loads Mermaid (3.6 MB).

    .venv/bin/python scripts/render_diagrams.py          render the missing ones, delete orphans
    .venv/bin/python scripts/render_diagrams.py --check  exit 1 if any is missing or orphaned
    .venv/bin/python scripts/render_diagrams.py --force  render all again (after a Mermaid upgrade)

Each diagram becomes docs/assets/diagrams/<first 16 hex digits of sha256(source)>.svg, drawn by the
vendored Mermaid (docs/assets/vendor/mermaid/) in Debian's Chromium (`make browser-deps`) through
Playwright, with the same settings Material for MkDocs uses when it draws diagrams in the browser:
its theme CSS colours every shape and label with Material's CSS variables (--md-mermaid-*), so the
SVG, inlined into the page by hooks/diagrams.py, follows the light and the dark scheme.

A diagram whose source changed has a new hash and no SVG yet: the build stops (hooks/diagrams.py)
and tests/test_quality.py fails until this script is run. Building or serving never needs a browser.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
OUT = DOCS / "assets" / "diagrams"
MERMAID = DOCS / "assets" / "vendor" / "mermaid" / "mermaid.min.js"
CHROMIUM = "/usr/bin/chromium"
FENCE = re.compile(
    r"^(?P<indent>[ \t]*)```mermaid[ \t]*\n(?P<body>.*?)^(?P=indent)```[ \t]*$", re.MULTILINE | re.DOTALL
)
# Material's body font when `theme.font` is false: labels are measured with it.
FONT = "-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif"


def digest(source: str) -> str:
    """The name of a diagram's SVG: the hash of its source (surrounding blank lines ignored)."""
    return hashlib.sha256(source.strip("\n").encode("utf-8")).hexdigest()[:16]


def diagrams() -> dict[str, tuple[str, str]]:
    """{hash: (source, where)} for every ```mermaid block in docs/."""
    found: dict[str, tuple[str, str]] = {}
    for md in sorted(DOCS.rglob("*.md")):
        text = md.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            indent = match.group("indent")
            lines = [line.removeprefix(indent) for line in match.group("body").splitlines()]
            source = "\n".join(lines)
            line = text.count("\n", 0, match.start()) + 1
            found[digest(source)] = (source, f"{md.relative_to(ROOT)}:{line}")
    return found


def material_theme_css() -> str:
    """The CSS Material for MkDocs gives Mermaid (its bundle's string that starts with `.node circle`)."""
    import material

    bundle = next((Path(material.__file__).parent / "templates/assets/javascripts").glob("bundle.*.min.js"))
    match = re.search(r'"(\.node circle,[^"]*)"', bundle.read_text(encoding="utf-8"))
    if not match:
        raise SystemExit("render_diagrams: Material's Mermaid CSS not found in its bundle")
    return match.group(1)


def render(todo: dict[str, str]) -> dict[str, str]:
    from playwright.sync_api import sync_playwright

    executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not executable:
        raise SystemExit("render_diagrams: Chromium is missing: run `make browser-deps`")
    out: dict[str, str] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.set_content(
            f"<!doctype html><html><body style='font-family: {FONT}; font-size: 16px'></body></html>"
        )
        page.add_script_tag(path=str(MERMAID))
        page.evaluate(
            # Labels as SVG text, not HTML in <foreignObject> (where Mermaid puts a <p> in a <span>).
            """css => mermaid.initialize({startOnLoad: false, themeCSS: css, htmlLabels: false,
                 flowchart: {htmlLabels: false}, state: {htmlLabels: false},
                 sequence: {actorFontSize: "16px", messageFontSize: "16px", noteFontSize: "16px"}})""",
            material_theme_css(),
        )
        for key, source in todo.items():
            # Render, then re-serialise as XML: the file is a valid standalone SVG, and inlined into HTML.
            out[key] = page.evaluate(
                """async ([id, text]) => {
                    const {svg} = await mermaid.render(id, text)
                    const box = document.createElement("div")
                    box.innerHTML = svg
                    // Not valid SVG (the Nu HTML checker rejects them); drawing ignores them anyway:
                    // a circle's width and height, a rect without a size (it draws nothing).
                    box.querySelectorAll("circle[width], circle[height]").forEach(c => {
                        c.removeAttribute("width")
                        c.removeAttribute("height")
                    })
                    box.querySelectorAll("rect:not([width]), rect:not([height])").forEach(r => r.remove())
                    // One role: browsers take only the first token of "graphics-document document".
                    box.firstElementChild.setAttribute("role", "graphics-document")
                    return new XMLSerializer().serializeToString(box.firstElementChild)
                }""",
                [f"diagram-{key}", source],
            )
        browser.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report missing or orphaned SVGs")
    parser.add_argument("--force", action="store_true", help="render every diagram again")
    args = parser.parse_args()
    wanted = diagrams()
    have = {p.stem: p for p in OUT.glob("*.svg")} if OUT.is_dir() else {}
    missing = {k: v for k, v in wanted.items() if args.force or k not in have}
    orphans = sorted(p for k, p in have.items() if k not in wanted)
    if args.check:
        for key, (_, where) in missing.items():
            print(f"render_diagrams: {where}: no SVG for this diagram ({key}.svg)", file=sys.stderr)
        for path in orphans:
            print(f"render_diagrams: {path.relative_to(ROOT)}: no diagram has this source", file=sys.stderr)
        return 1 if missing or orphans else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for key, svg in render({k: v[0] for k, v in missing.items()}).items():
        header = f"<!-- {html.escape(wanted[key][1])}; rendered by scripts/render_diagrams.py -->\n"
        (OUT / f"{key}.svg").write_text(header + svg + "\n", encoding="utf-8")
        print(f"render_diagrams: {wanted[key][1]} -> {(OUT / f'{key}.svg').relative_to(ROOT)}")
    for path in orphans:
        path.unlink()
        print(f"render_diagrams: removed {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
