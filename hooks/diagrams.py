"""MkDocs hook (mkdocs.yml `hooks:`): ```mermaid blocks become the SVGs rendered ahead of time.

scripts/render_diagrams.py draws each diagram once, with the vendored Mermaid in Chromium, into
docs/assets/diagrams/<hash of its source>.svg. Here each `<pre class="mermaid">` is replaced by its
SVG, inline (so its colours follow Material's CSS variables in both schemes), in a `<div
class="mermaid">` as Material leaves a diagram it drew. So no page downloads Mermaid (3.6 MB), and
building or serving the site needs no browser. A diagram without its SVG (new or changed source)
stops the build with the command to run.
"""

from __future__ import annotations

import html
import importlib.util
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "render_diagrams.py"
_spec = importlib.util.spec_from_file_location("render_diagrams", _SCRIPT)
render_diagrams = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(render_diagrams)

_BLOCK = re.compile(r'<pre class="mermaid"><code>(?P<source>.*?)</code></pre>', re.DOTALL)
_COMMENT = re.compile(r"\A<!--.*?-->\s*", re.DOTALL)
_WIDTH = re.compile(r"max-width: ([\d.]+)px;")


def on_page_content(html_text, page, config, files):
    def inline(match: re.Match) -> str:
        source = html.unescape(match.group("source"))
        key = render_diagrams.digest(source)
        svg = render_diagrams.OUT / f"{key}.svg"
        if not svg.is_file():
            raise PluginError(
                f"{page.file.src_uri}: a Mermaid diagram has no SVG ({svg.name}): "
                "run `make diagrams` (scripts/render_diagrams.py) and commit docs/assets/diagrams/"
            )
        picture = _COMMENT.sub("", svg.read_text(encoding="utf-8")).strip()
        # Labels stay readable on a narrow screen: the picture keeps at least 60 % of its natural width
        # (16-px labels >= 9.6 px) and its box (div.mermaid, snippets.css) scrolls sideways.
        picture = _WIDTH.sub(
            lambda m: f"{m.group(0)} min-width: {float(m.group(1)) * 0.6:.0f}px;", picture, 1
        )
        # The box scrolls sideways on a phone: the keyboard must reach it (axe: scrollable-region-focusable).
        return f'<div class="mermaid" tabindex="0" role="region" aria-label="Схема">{picture}</div>'

    return _BLOCK.sub(inline, html_text)
