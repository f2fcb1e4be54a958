"""MkDocs hook (mkdocs.yml `hooks:`): every example can be downloaded and run locally.

- on_files: each snippets/<chapter>/<topic>.py is published at the same path in the site,
  and all of them as one archive, downloads/snippets.zip (a folder snippets/ inside, so
  `python snippets/<chapter>/<topic>.py` works right after unpacking). The archive is
  reproducible: sorted entries, fixed timestamps.
- on_page_markdown: a page that shows snippets gets, under its title, a collapsed note saying
  how to run its examples, with the exact command for each one.
- on_page_content: the file name above each snippet's code gets a «Скачать» link to the file,
  a «Команда» button that copies its run command (`python snippets/<chapter>/<topic>.py`;
  assets/javascripts/site.js does the copying) and a «Править» link to edit the file on GitHub.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from html import unescape
from pathlib import Path

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from snipcheck.catalog import page_refs

ARCHIVE = "downloads/snippets.zip"
_FILENAME = re.compile(r'<span class="filename">(?P<name>[^<]*)</span>')
_H1 = re.compile(r"^# .*$", re.MULTILINE)
_README = """\
Примеры сайта «{site}»: каждый файл — отдельная программа.

Нужен Python 3.10 или новее, сторонние пакеты не нужны. Запуск из папки, в которой лежит
эта папка snippets/:

    python snippets/threads/create_join.py

(в Windows можно писать py вместо python). Что показывает пример и чем ваш вывод может
отличаться от показанного на сайте (порядок строк, PID, время), сказано на его странице.
"""


def _snippet_files(config) -> list[tuple[str, Path]]:
    root = Path(config.config_file_path).parent / "snippets"
    found = (p for p in root.rglob("*.py") if "__pycache__" not in p.parts)
    return sorted((p.relative_to(root).as_posix(), p) for p in found)


def _archive(config, snippets: list[tuple[str, Path]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        entries = [("snippets/README.txt", _README.format(site=config.site_name).encode("utf-8"))]
        entries += [(f"snippets/{rel}", path.read_bytes()) for rel, path in snippets]
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()


def on_files(files, config):
    snippets = _snippet_files(config)
    for rel, path in snippets:
        files.append(File.generated(config, f"snippets/{rel}", abs_src_path=str(path)))
    files.append(File.generated(config, ARCHIVE, content=_archive(config, snippets)))
    return files


def _run_note(page, refs: list[str]) -> str:
    archive = posixpath.relpath(ARCHIVE, posixpath.dirname(page.file.src_uri) or ".")
    commands = "\n".join(
        f"    - `python snippets/{ref.removeprefix('snippets/')}`" for ref in dict.fromkeys(refs)
    )
    # The same note is on every page with examples: kept out of the search index.
    return (
        '<div data-search-exclude="true" markdown>\n\n'
        '??? example "Как запустить примеры этой страницы у себя"\n\n'
        "    Каждый пример — отдельная программа: Python 3.10 или новее, сторонние пакеты не нужны.\n"
        "    Скачайте файл ссылкой «Скачать» над его кодом или "
        f"[все примеры одним архивом]({archive}), распакуйте архив и запускайте из папки,\n"
        "    в которой лежит `snippets/` (в Windows можно `py` вместо `python`):\n\n"
        f"{commands}\n\n"
        "    На странице показан вывод одного запуска при сборке сайта. Где текст говорит, что вывод\n"
        "    меняется от запуска к запуску (порядок строк, PID, время), ваш будет другим.\n\n"
        "</div>\n"
    )


def on_page_markdown(markdown, page, config, files):
    refs = page_refs(markdown)
    if not refs:
        return markdown
    note = _run_note(page, refs)
    title = _H1.search(markdown)
    if title is None:
        return f"{note}\n{markdown}"
    at = title.end()
    return f"{markdown[:at]}\n\n{note}\n{markdown[at:]}"


def _link(page, rel: str, config=None) -> str:
    href = get_relative_url(f"snippets/{rel}", page.url)
    command = f"python snippets/{rel}"
    # Floated right: the last one written stands leftmost.
    parts = []
    repo = config.get("repo_url") if config is not None else None
    if repo:
        edit = f"{repo.rstrip('/')}/edit/main/snippets/{rel}"
        parts.append(
            f'<a class="snippet-edit" data-search-exclude href="{edit}" '
            f'title="Править snippets/{rel} на GitHub">Править</a>'
        )
    parts.append(
        f'<a class="snippet-download" data-search-exclude href="{href}" download="{posixpath.basename(rel)}" '
        f'title="Скачать snippets/{rel}">Скачать</a>'
    )
    parts.append(
        f'<button type="button" class="snippet-run" data-search-exclude data-command="{command}" '
        f'title="Скопировать команду запуска: {command}">Команда</button>'
    )
    return "".join(parts)


def on_page_content(html, page, config, files):
    """Put a «Скачать» link into the file-name bar of each snippet's code.

    The bar shows `snippets/<path>` unless the fence sets another title; such bars take the
    remaining snippets in page order. A snippet without a bar (its run failed, and the build
    fails with it) gets no link; tests/test_links.py checks that every snippet has one.
    """
    refs = [ref.removeprefix("snippets/") for ref in page_refs(page.markdown)]
    if not refs:
        return html
    bars = list(_FILENAME.finditer(html))
    named = {m.start(): unescape(m.group("name")).removeprefix("snippets/") for m in bars}
    leftover = [ref for ref in refs if ref not in named.values()]
    links: dict[int, str] = {}
    for match in bars:
        name = named[match.start()]
        if name in refs:
            links[match.start()] = name
        elif leftover:
            links[match.start()] = leftover.pop(0)
    out, last = [], 0
    for match in bars:
        if match.start() not in links:
            continue
        cut = match.end() - len("</span>")
        out += [html[last:cut], _link(page, links[match.start()], config), "</span>"]
        last = match.end()
    out.append(html[last:])
    return "".join(out)
