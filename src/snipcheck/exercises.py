"""The exercises of the pages and what a learner downloads to check a solution. An exercise is a fence of an
``exercise_<n>_<topic>.py`` snippet on a page; ``threads/1`` is the first one on threads.md. Its data lies
beside its solution (so it moves with it): ``<stem>.starter.py``, the starter the learner downloads, and
optionally ``<stem>.check.py``, a dict literal ``CHECK`` of what learner.py adds to the output check (fields
of ``learner.Exercise``: ``trace``, ``variants``, ``hints``, ``timeout``, ``seconds``). :func:`entries` is
downloads/exercises.zip: ``check.py``, ``exercises/<chapter>/<n>.py`` starters that say what is checked, and
``_check/``: verbatim copies of the engine files learner.py runs on, and ``exercises.json``."""

from __future__ import annotations

import ast
import hashlib
import io
import json
import re
import textwrap
import zipfile
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from . import interpreters, learner, runs
from .snippets import SNIPPETS, Snippet

if TYPE_CHECKING:
    from .fence import Fence

SOLUTION = re.compile(r"(?:^|/)exercise_(\d+)_\w+\.py$")
PACKAGE = Path(__file__).resolve().parent
# What check.py imports, copied as they are (a test compares them with src/snipcheck): learner.py and the
# engine it uses; runner.py finds _boot/ beside itself.
SHIPPED = ("__init__.py", "expect.py", "runner.py", "timeline.py", "learner.py")
LAUNCHER = '''\
"""Проверка решений упражнений: python check.py threads/1 my_solution.py (подробнее: exercises/README.txt)."""

import os
import sys

if sys.version_info < (3, 10):
    sys.exit("check.py: нужен Python 3.10 или новее, а это Python " + sys.version.split()[0] + ".")
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_check"))
from snipcheck.learner import main  # noqa: E402

sys.exit(main())
'''
README = """\
Упражнения сайта «{site}» ({url}) и проверка ваших решений.

Нужен Python 3.10 или новее, сторонние пакеты не нужны. В папке exercises/ лежат заготовки:
exercises/threads/1.py — первое упражнение главы «Потоки» (threads — имя её страницы), и так
далее. Допишите код там, где в заготовке стоит «...», и проверьте решение из папки, в которой
лежит check.py:

    python check.py threads/1

Свой файл, где бы он ни лежал, проверяют так (check.py можно звать и из другой папки):

    python check.py threads/1 путь/к/моему_решению.py

В Windows можно писать py вместо python. check.py запускает вашу программу так же, как сайт
запускает свои примеры: отдельным процессом, с тайм-аутом, несколько раз и под каждым методом
запуска процессов, который есть на вашей платформе, — и сравнивает вывод с выводом решения
на сайте, зная, что может меняться от запуска к запуску. Где по выводу не отличить верное
решение от неверного, он проверяет ещё и сколько потоков и процессов запущено, шла ли работа
одновременно, что будет при других задержках. Что проверяется, написано в начале каждой
заготовки. Код возврата 0 — решение прошло проверку, 1 — ещё нет (check.py объясняет почему).
Чтобы поискать редкую гонку, запустите программу больше раз: python check.py threads/1 --runs 20.

В папке _check/ лежит то, чем проверяет check.py: код, которым сайт проверяет свои примеры,
и данные упражнений. Менять её не нужно.
"""


@dataclass(frozen=True)
class Exercise:
    page: str  # "threads.md"
    n: int  # its position among the page's exercises
    rel: str  # its solution, "threads/exercise_1_results.py"
    timeline: str = ""  # the checks the page's fence makes on its traced run (timeline="lock")

    @property
    def key(self) -> str:
        return f"{self.page.removesuffix('.md')}/{self.n}"

    def data_file(self, kind: str) -> Path:  # kind: "starter" or "check"
        return (SNIPPETS / self.rel).with_suffix(f".{kind}.py")


def of_pages(pages: dict[str, list[Fence]]) -> list[Exercise]:
    """Every page's exercises (page -> its fences in page order, as fence.pages() gives them)."""
    out = []
    for page in sorted(pages):
        shown = {
            f.snippet.rel: f.options.get("timeline", "")
            for f in pages[page]
            if SOLUTION.search(f.snippet.rel)
        }
        out += [Exercise(page, k, rel, spec) for k, (rel, spec) in enumerate(shown.items(), 1)]
    return out


def checks(ex: Exercise) -> dict:
    """The exercise's ``CHECK`` literal ({} without a .check.py file); ValueError names a malformed one."""
    path = ex.data_file("check")
    if not path.is_file():
        return {}
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = [n.value for n in tree.body if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "CHECK"]
    if len(found) != 1:
        raise ValueError(f"{path}: expected one assignment CHECK = {{...}}")
    data = ast.literal_eval(found[0])
    known = {f.name for f in fields(learner.Exercise)} - {"key", "title", "url", "expected", "every_method"}
    if unknown := set(data) - known:
        raise ValueError(
            f"{path}: unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(known))})"
        )
    return data


def title(ex: Exercise) -> str:  # the first line of the starter's docstring
    path = ex.data_file("starter")
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) if path.is_file() else None
    return (doc or ex.rel).splitlines()[0].rstrip(".")


def record(ex: Exercise, site_url: str) -> dict:
    """The exercise as learner.Exercise reads it from exercises.json."""
    snip = Snippet(ex.rel)
    texts: dict[str, list[str]] = {}
    for tag in interpreters.SUPPORTED:  # the per-version expectations, chosen as the engine chooses them
        texts.setdefault(snip.expectation_path(tag).read_text(encoding="utf-8"), []).append(tag)
    # Every start method where the site's tests run every one (runs.check_runs decides, on a Linux 3.15).
    linux = interpreters.Interpreter(
        "", "3.15.0", False, "Linux", "forkserver", ("fork", "spawn", "forkserver")
    )
    every = len({r.method for r in runs.check_runs(snip, linux, runs=1)}) > 1
    url = f"{site_url.rstrip('/')}/{ex.page.removesuffix('.md')}/#exercises"
    expected = [[tags, text] for text, tags in texts.items()]
    data = {"title": title(ex), "url": url, "expected": expected, "every_method": every, **checks(ex)}
    data["trace"] = " ".join(filter(None, [ex.timeline, data.get("trace", "")]))
    return data


def starter(ex: Exercise, data: dict) -> bytes:
    """The starter as downloaded: after its docstring, how to check it and what is checked."""
    source = ex.data_file("starter").read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    at = tree.body[0].end_lineno if tree.body and isinstance(tree.body[0], ast.Expr) else 0
    said = [
        f"# Проверка: python check.py {ex.key} путь/к/этому/файлу.py (check.py — в архиве упражнений;",
        f"# в распакованном архиве достаточно python check.py {ex.key}).",
    ]
    said += ["# Что проверяется:"]
    for item in learner.what_is_checked(learner.Exercise(ex.key, **data), interpreters.SUPPORTED[-1]):
        said += textwrap.wrap(item, 104, initial_indent="#   - ", subsequent_indent="#     ")
    return ("\n".join([*lines[:at], "", *said, *lines[at:]]) + "\n").encode("utf-8")


def entries(exercises: list[Exercise], site: str, site_url: str) -> list[tuple[str, bytes]]:
    """The files of downloads/exercises.zip (also inside downloads/snippets.zip), by name."""
    data = {ex.key: record(ex, site_url) for ex in exercises}
    checker = [(f"_check/snipcheck/{name}", (PACKAGE / name).read_bytes()) for name in shipped()]
    text = json.dumps({"site": site, "url": site_url, "exercises": data}, ensure_ascii=False, indent=1)
    checker.append(("_check/exercises.json", text.encode("utf-8")))
    out = [
        ("check.py", LAUNCHER.encode()),
        ("exercises/README.txt", README.format(site=site, url=site_url).encode()),
    ]
    out += [
        (f"exercises/{ex.key}.py", starter(ex, data[ex.key]))
        for ex in exercises
        if ex.data_file("starter").is_file()
    ]
    return out + checker


def shipped() -> list[str]:  # the engine files check.py runs on, relative to src/snipcheck
    boot = sorted(p.relative_to(PACKAGE).as_posix() for p in (PACKAGE / "_boot").glob("*.py"))
    return [*SHIPPED, *boot]


def zip_bytes(files: list[tuple[str, bytes]]) -> bytes:
    """A reproducible zip: entries in the order given, one date for all, taken from the content (with a fixed
    date, Python could reuse the bytecode of an older _check/ unpacked there: same date, same size)."""
    h = int.from_bytes(hashlib.sha256(b"".join(n.encode() + b"\0" + d for n, d in files)).digest()[:8], "big")
    when = (1990 + h % 30, 1 + h // 30 % 12, 1 + h // 360 % 28, h // 10080 % 24, h // 241920 % 60, 0)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=when)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()
