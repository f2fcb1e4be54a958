"""MkDocs hook (mkdocs.yml `hooks:`): valid, accessible and light HTML; when and from what it was built.

tests/test_quality.py checks the result with the W3C Nu HTML checker and axe-core.

- A snippet's output block comes as `<p><div class="snippet-output">...</div></p>`: a <div> may
  not stand in a <p> (browsers close the <p> before it and meet a stray </p>). The <p> goes.
- The notebook page (mkdocs-jupyter) inlines 575 KiB of JupyterLab CSS, its Pygments CSS, a
  MathJax and a Mermaid loader and copy buttons with their own script, none of which this
  notebook needs. They go; its code takes the markup of the site's code blocks (Material's
  colours in both schemes and its copy button) and docs/assets/quality.css lays out the cells.
- Material's loading bar (navigation.instant.progress) gets an accessible name.
- Every page ends with the date it was built and the commit it was built from.
"""

from __future__ import annotations

import datetime
import html
import os
import re
import subprocess
from pathlib import Path

from mkdocs.utils import get_relative_url

_ROOT = Path(__file__).resolve().parent.parent

_P_AROUND_OUTPUT = re.compile(r'<p>(<div class="snippet-output">.*?</div>)</p>', re.DOTALL)

_NB_DROP = [
    re.compile(r"<style\b[^>]*>.*?</style>", re.DOTALL),
    re.compile(r"<script\b[^>]*>.*?</script>", re.DOTALL),
    re.compile(r"<!-- (?:Load mathjax|MathJax configuration|End of mathjax configuration)[^>]*-->"),
    re.compile(r"<!-- (?:Load mermaidjs|Mermaid configuration|End of mermaid configuration)[^>]*-->"),
    re.compile(r'<div class="clipboard-copy-txt"[^>]*>.*?</div>', re.DOTALL),  # the copy buttons' text
    re.compile(
        r'<div class="zeroclipboard-container">\s*<clipboard-copy\b.*?</clipboard-copy>\s*</div>', re.DOTALL
    ),
]
_NB_CODE = re.compile(r'<div class="highlight-ipynb (?P<cls>[^"]*)"><pre>(?P<code>.*?)</pre>', re.DOTALL)
_NB_OUTPUT_PRE = re.compile(r"(<div class=\"jp-RenderedText[^\"]*\"[^>]*>\s*)<pre>(.*?)</pre>", re.DOTALL)

_PROGRESS = '<div class="md-progress" data-md-component="progress" role="progressbar"'


def _build_stamp() -> tuple[str, str | None]:
    """(date of the build, short commit or None). SOURCE_DATE_EPOCH fixes the date (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)
        if epoch
        else datetime.datetime.now(datetime.timezone.utc)
    )
    commit = None
    try:
        proc = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=_ROOT,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        if proc.returncode == 0:
            commit = proc.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        pass
    if commit is None and os.environ.get("GITHUB_SHA"):
        commit = os.environ["GITHUB_SHA"][:7]
    return when.strftime("%Y-%m-%d"), commit


_STAMP: tuple[str, str | None] | None = None


def on_pre_build(config):
    global _STAMP
    _STAMP = _build_stamp()


def _stamp_html(config, page) -> str:
    date, commit = _STAMP or _build_stamp()
    text = f'Страница собрана <time datetime="{date}">{date}</time>'
    if commit:
        repo = (config.get("repo_url") or "").rstrip("/")
        ref = html.escape(commit)
        link = (
            f'<a href="{html.escape(repo)}/commit/{ref}"><code>{ref}</code></a>'
            if repo
            else f"<code>{ref}</code>"
        )
        text += f" из коммита {link}"
    else:
        text += " (коммит неизвестен: сборка не из репозитория git)"
    book = get_relative_url("print/", page.url)
    text += f'. <a href="{book}">Вся книга на одной странице</a>'
    return f'<p class="build-stamp" data-search-exclude>{text}.</p>'


def _notebook(html_text: str) -> str:
    for pattern in _NB_DROP:
        html_text = pattern.sub("", html_text)
    html_text = _NB_CODE.sub(
        lambda m: (
            f'<div class="highlight highlight-ipynb {m.group("cls")}">'
            f"<pre><code>{m.group('code')}</code></pre>"
        ),
        html_text,
    )
    return _NB_OUTPUT_PRE.sub(r"\1<pre><code>\2</code></pre>", html_text)


def on_page_content(html_text, page, config, files):
    html_text = _P_AROUND_OUTPUT.sub(r"\1", html_text)
    if 'class="jupyter-wrapper"' in html_text:
        html_text = _notebook(html_text)
    return html_text + _stamp_html(config, page)


def on_post_page(output, page, config):
    # Material writes `tabindex=""` on the labels of nav sections (grouped nav): not a valid value.
    output = output.replace(' tabindex=""', "")
    return output.replace(_PROGRESS, _PROGRESS + ' aria-label="Загрузка страницы"', 1)


def on_post_template(output, template_name, config):
    return on_post_page(output, None, config) if template_name == "404.html" else output
