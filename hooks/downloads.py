"""MkDocs hook (mkdocs.yml `hooks:`): every example can be downloaded and run locally, every exercise checked.

- on_files: each snippets/<chapter>/<topic>.py is published at the same path in the site.
- on_page_content: the file name above each snippet's code (`snippets/<chapter>/<topic>.py`,
  written by the fence) gets a «Скачать» link to the file, a «Команда» button that copies its
  run command (assets/javascripts/site.js does the copying) and a «Править» link to edit the
  file on GitHub; a page that shows snippets gets, under its title, a collapsed note saying how
  to run its examples, with the command for each. Before each exercise's folded solution (a fence
  of an `exercise_<n>_<topic>.py` snippet) comes «Скачать заготовку» and the command that checks
  a solution (snipcheck.exercises, snipcheck.learner).
- on_env (every page rendered, so every page's exercises known): downloads/exercises.zip (check.py,
  the starters, what check.py runs on) and downloads/snippets.zip (a folder snippets/ with every
  example, so `python snippets/<chapter>/<topic>.py` works right after unpacking, and the exercises
  beside it); both reproducible: entries in a fixed order, fixed timestamps. Each starter is also
  published as exercises/<chapter>/<n>.py.
"""

from __future__ import annotations

import posixpath
import re
from html import unescape

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from snipcheck import exercises, fence
from snipcheck.snippets import SNIPPETS, all_snippets

ARCHIVE = "downloads/snippets.zip"
EXERCISES = "downloads/exercises.zip"
_FILENAME = re.compile(r'<span class="filename">snippets/(?P<name>[^<]*)</span>')
_H1 = re.compile(r"<h1\b.*?</h1>", re.DOTALL)
_README = """\
Примеры сайта «{site}»: каждый файл — отдельная программа.

Нужен Python 3.10 или новее, сторонние пакеты не нужны. Запуск из папки, в которой лежит
эта папка snippets/:

    python snippets/threads/create_join.py

(в Windows можно писать py вместо python). Что показывает пример и чем ваш вывод может
отличаться от показанного на сайте (порядок строк, PID, время), сказано на его странице.
Упражнения и проверка ваших решений — в exercises/README.txt рядом.
"""
_shown: dict[str, list[str]] = {}  # page -> the snippets it shows, in order (this build)


def on_files(files, config):
    _shown.clear()
    for rel in all_snippets():
        files.append(File.generated(config, f"snippets/{rel}", abs_src_path=str(SNIPPETS / rel)))
    for name in (ARCHIVE, EXERCISES):  # filled in on_env; here already, so that pages may link them
        files.append(File.generated(config, name, content=b""))
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
    # One group at the bar's right end: where the file name leaves no room, it wraps whole.
    run = (
        f'<button type="button" class="snippet-run" data-search-exclude data-command="{command}" '
        f'title="Скопировать команду запуска: {command}">Команда</button>'
    )
    download = (
        f'<a class="snippet-download" data-search-exclude href="{href}" download="{posixpath.basename(rel)}" '
        f'title="Скачать snippets/{rel}">Скачать</a>'
    )
    parts = [run, download]
    repo = config.get("repo_url") if config is not None else None
    if repo:
        edit = f"{repo.rstrip('/')}/edit/main/snippets/{rel}"
        parts.append(
            f'<a class="snippet-edit" data-search-exclude href="{edit}" '
            f'title="Править snippets/{rel} на GitHub">Править</a>'
        )
    return f'<span class="snippet-links">{"".join(parts)}</span>'


def _exercise_note(page, ex: exercises.Exercise) -> str:
    """«Скачать заготовку» and the check command, before the exercise's folded solution."""
    name = f"{ex.key.replace('/', '_')}.py"
    command = f"python check.py {ex.key} {name}"
    starter = ""
    if ex.data_file("starter").is_file():
        href = get_relative_url(f"exercises/{ex.key}.py", page.url)
        starter = f'<a class="exercise-starter" href="{href}" download="{name}">Скачать заготовку</a> · '
    archive = get_relative_url(EXERCISES, page.url)
    how = get_relative_url("./", page.url) + "#check-solution"
    return (
        f'<p class="exercise-check" data-search-exclude>{starter}Проверить решение: <code>{command}</code>'
        f'<button type="button" class="snippet-run" data-command="{command}" title="Скопировать команду '
        f'проверки: {command}">Команда</button> (<code>check.py</code> — в <a href="{archive}">архиве '
        f'упражнений</a>; <a href="{how}">как это работает</a>)</p>'
    )


def _before_solution(html: str, at: int) -> int:
    """Where an exercise's note goes: before the folded block holding its fence at `at`, else the fence."""
    opened = html.rfind("<details", 0, at)
    if opened >= 0 and "</details>" not in html[opened:at]:
        return opened
    return html.rfind('<div class="tabbed-set', 0, at)


def on_page_content(html, page, config, files):
    refs = [unescape(m.group("name")) for m in _FILENAME.finditer(html)]
    if not refs:
        return html
    _shown[page.file.src_uri] = refs
    by_rel = {f.snippet.rel: f for f in fence.build.fences}  # this build's fences: their options
    notes = {
        ex.rel: _exercise_note(page, ex)
        for ex in exercises.of_pages({page.file.src_uri: [by_rel[r] for r in refs if r in by_rel]})
    }
    html = _FILENAME.sub(
        lambda m: m.group(0)[: -len("</span>")] + _link(page, unescape(m.group("name")), config) + "</span>",
        html,
    )
    for rel, note in notes.items():  # each exercise's fence is on the page once
        at = _before_solution(html, html.index(f'<span class="filename">snippets/{rel}'))
        html = html[:at] + note + html[at:]
    title = _H1.search(html)
    at = title.end() if title else 0
    return html[:at] + _run_note(page, refs) + html[at:]


def on_env(env, config, files):
    by_rel = {f.snippet.rel: f for f in fence.build.fences}
    found = exercises.of_pages(
        {page: [by_rel[r] for r in refs if r in by_rel] for page, refs in _shown.items()}
    )
    site = config.site_name
    entries = exercises.entries(found, site, config.site_url or "")
    files.get_file_from_path(EXERCISES).content_bytes = exercises.zip_bytes(entries)
    for name, data in entries:
        if name.startswith("exercises/") and name.endswith(".py"):
            files.append(File.generated(config, name, content=data))
    snippets = [("snippets/README.txt", _README.format(site=site).encode("utf-8"))]
    snippets += [(f"snippets/{rel}", (SNIPPETS / rel).read_bytes()) for rel in all_snippets()]
    files.get_file_from_path(ARCHIVE).content_bytes = exercises.zip_bytes(snippets + entries)
    return env
