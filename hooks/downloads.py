"""MkDocs hook (mkdocs.yml `hooks:`): every example can be downloaded and run locally.

- on_files: each snippets/<chapter>/<topic>.py is published at the same path in the site,
  and all of them as one archive, downloads/snippets.zip (a folder snippets/ inside, so
  `python snippets/<chapter>/<topic>.py` works right after unpacking). The archive is
  reproducible: sorted entries, fixed timestamps.
- on_page_content: the file name above each snippet's code (`snippets/<chapter>/<topic>.py`,
  written by the fence) gets a «Скачать» link to the file, a «Команда» button that copies its
  run command (assets/javascripts/site.js does the copying) and a «Править» link to edit the
  file on GitHub; a page that shows snippets gets, under its title, a collapsed note saying how
  to run its examples, with the command for each.
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

ARCHIVE = "downloads/snippets.zip"
_FILENAME = re.compile(r'<span class="filename">snippets/(?P<name>[^<]*)</span>')
_H1 = re.compile(r"<h1\b.*?</h1>", re.DOTALL)
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
    archive = get_relative_url(ARCHIVE, page.url)
    commands = "".join(f"<li><code>python snippets/{ref}</code></li>" for ref in dict.fromkeys(refs))
    # The same note is on every page with examples: kept out of the search index.
    return (
        '<details class="example" data-search-exclude><summary>Как запустить примеры этой страницы у себя'
        "</summary><p>Каждый пример — отдельная программа: Python 3.10 или новее, сторонние пакеты не нужны. "
        "Скачайте файл ссылкой «Скачать» над его кодом или "
        f'<a href="{archive}">все примеры одним архивом</a>, распакуйте архив и запускайте из папки, '
        "в которой лежит <code>snippets/</code> (в Windows можно <code>py</code> вместо "
        "<code>python</code>):</p>"
        f"<ul>{commands}</ul><p>На странице показан вывод одного запуска при сборке сайта. Где "
        "текст говорит, "
        "что вывод меняется от запуска к запуску (порядок строк, PID, время), ваш будет другим.</p></details>"
    )


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
    refs = [unescape(m.group("name")) for m in _FILENAME.finditer(html)]
    if not refs:
        return html
    html = _FILENAME.sub(
        lambda m: m.group(0)[: -len("</span>")] + _link(page, unescape(m.group("name")), config) + "</span>",
        html,
    )
    title = _H1.search(html)
    at = title.end() if title else 0
    return html[:at] + _run_note(page, refs) + html[at:]
