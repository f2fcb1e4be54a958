"""The learner's checker (`python check.py threads/1 my_solution.py`), tested as a learner gets it: the
archive downloads/exercises.zip, built by the code the build uses (snipcheck.exercises), unpacked into an
empty folder and run from another folder by Pythons that do not have this project installed. Every
exercise's reference solution passes it (every start method on the pages' Python, once per start method
on 3.10-3.14); every starter fails with what is still missing; the typical wrong solutions in
tests/wrong_solutions/ fail with a message naming the mistake, 20 times in a row, the last time with both
cores busy; each extra check and each bad input has a case that must fail. The checker runs go side by
side in the background, all started by the module's first test that needs one (`start`); each test waits
for its own and makes sure none of their processes is left."""

from __future__ import annotations

import ast
import io
import re
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import SESSION_CACHE
from pytest_examples.lint import find_ruff_bin

from snipcheck import exercises, interpreters, learner, runner
from snipcheck.fence import pages
from snipcheck.runner import processes_with
from snipcheck.snippets import ROOT, SNIPPETS

EXERCISES = exercises.of_pages(pages())
BY_REL = {ex.rel: ex for ex in EXERCISES}
WRONG = sorted((Path(__file__).parent / "wrong_solutions").glob("*/*.py"))
PYTHONS = interpreters.supported()  # newest first: the pages' Python gets the full check
NEWEST = PYTHONS[0]
REPEATS = 20  # runs of each wrong solution; the last one with every core busy
WIDTH = 10  # checker runs side by side: most of their time is sleeping snippets and timeouts
PATH = "/usr/local/bin:/usr/bin:/bin"


def wrong_key(path: Path) -> tuple[str, str]:
    """wrong_solutions/threads/exercise_1_results.no_join.py -> ("threads/1", what check.py must say)."""
    ex = BY_REL.get(f"{path.parent.name}/{path.name.split('.')[0]}.py")
    said = re.search(r"^# check\.py: (.+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert ex and said, (
        f"{path}: no exercise {path.parent.name}/{path.name.split('.')[0]}.py, or no '# check.py:'"
    )
    return ex.key, said[1]


def changed(rel: str, *edits: tuple[str, str]) -> str:
    """The solution `rel` with each (old, new) of `edits` made: one mistake each."""
    source = (SNIPPETS / rel).read_text(encoding="utf-8")
    for old, new in edits:
        assert old in source, f"snippets/{rel}: {old!r} is not in it any more"
        source = source.replace(old, new)
    return source


# Each extra check and each way a variant can fail: a solution, edits of it, what check.py must say.
CASES: dict[str, tuple[str, list[tuple[str, str]], str]] = {
    "threads-counted": (  # the greeting comes from a thread, but not one running the file's code
        "threads/exercise_3_args.py",
        [('target=greet, args=("Анна",)', 'target=print, args=("Привет, Анна!",)')],
        "программа запустила 1 поток с кодом из вашего файла",
    ),
    "processes-counted": (
        "ipc/exercise_2_array_slots.py",
        [
            (
                "    for p in workers:\n        p.start()\n    for p in workers:\n        p.join()\n",
                "    for i in range(WORKERS):\n        partial_sum(slots, i)\n",
            )
        ],
        "программа запустила 0 процессов",
    ),
    "pool": (
        "pools/exercise_1_primes.py",
        [("pool.map(count_primes, chunks)", "list(map(count_primes, chunks))")],
        "в рабочих процессах пула выполнено 0 задач",
    ),
    "inside": (  # four threads inside at once, for sure
        "timelines/exercise_2_bounded.py",
        [
            ("BoundedSemaphore(2)", "BoundedSemaphore(4)\nall_in = threading.Barrier(4)"),
            ("        time.sleep(0.05)", "        all_in.wait()"),
            ("{peak <= 2}", "{peak <= 4}"),  # the program's own check would tell it first
        ],
        "внутри семафора одновременно было 4 потока",
    ),
    "lock": (
        "timelines/exercise_1_lock_outside.py",
        [("    with lock:\n        log.append", "    if True:\n        log.append")],
        "threading.Lock не захватывалась ни разу",
    ),
    "variant-main": (
        "threads/exercise_2_join_all.py",
        [("t.join(max(0.0, deadline - time.monotonic()))", "t.join(timeout)")],
        "+и не дольше: False",
    ),
    "variant-seconds": (
        "subprocess/exercise_3_deadline.py",
        [("remaining = max(0.0, stop_at - time.monotonic())", "remaining = DEADLINE")],
        "а должна укладываться в 3,5 с",
    ),
    "variant-needs-the-name": (
        "threads/exercise_1_results.py",
        [("slow_square", "slow_cube")],
        "Проверка подменяет slow_square своим вариантом",
    ),
    "variant-needs-the-main-block": (
        "threads/exercise_2_join_all.py",
        [('if __name__ == "__main__":', "if True:")],
        'В программе нет блока if __name__ == "__main__"',
    ),
}
# Bad input: exercise, the files (the first is checked; None: no such file, a name ending in /: a folder),
# more arguments, what check.py must say.
BAD_INPUT: dict[str, tuple[str, dict[str, bytes | None], list[str], str]] = {
    "missing-file": ("threads/1", {"nothing_here.py": None}, [], "nothing_here.py нет"),
    "a-folder": ("threads/1", {"folder/": b""}, [], "не файл (папка?)"),
    "not-utf8": ("threads/1", {"latin1.py": "print('café')\n".encode("latin-1")}, [], "не в кодировке UTF-8"),
    "syntax-error": (
        "threads/1",
        {"syntax.py": b"def run_all(numbers:\n"},
        [],
        "синтаксическая ошибка в строке 1",
    ),
    "stdlib-name": ("threads/1", {"queue.py": b"print(1)\n"}, [], "как модуль стандартной библиотеки queue"),
    "stdlib-neighbour": (
        "gil/3",
        {"gil_3.py": (SNIPPETS / "gil" / "exercise_3_pool.py").read_bytes(), "queue.py": b"print(1)\n"},
        [],
        "Рядом с решением лежит queue.py",
    ),
    "reads-stdin": ("threads/1", {"stdin.py": b"print(input())\n"}, [], "читает стандартный ввод (строка 1)"),
    "never-ends": ("sync/1", {"endless.py": b"import time\ntime.sleep(300)\n"}, [], "не завершилась за 10 с"),
    "prints-megabytes": (
        "threads/1",
        {"flood.py": b"while True:\n    print('x' * 99)\n"},
        [],
        "больше 1 МиБ",
    ),
    "leaves-children": (
        "threads/1",
        {
            "children.py": b"import subprocess, sys\n"
            b"subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(300)'])\n"
        },
        [],
        "продолжали работать запущенные ею процессы (1)",
    ),
    "unknown-exercise": ("threads/9", {"x.py": b""}, [], "Упражнения «threads/9» нет"),
    "no-arguments": ("", {}, [], "python check.py ГЛАВА/НОМЕР"),
    "bad-runs": ("threads/1", {"x.py": b""}, ["--runs", "0"], "После --runs нужно целое число"),
}


def check(python: str, args: list[str], cwd: Path, tag: str) -> subprocess.CompletedProcess:
    """`python check.py ARGS` from `cwd`, as a learner runs it: nothing of this project on the path."""
    env = {"PATH": PATH, "LANG": "C.UTF-8", "HOME": str(cwd), "SNIPCHECK_TAG": tag}
    return subprocess.run(
        [python, str(cwd.parent / "archive" / "check.py"), *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip


def archive_files() -> list[tuple[str, bytes]]:
    return exercises.entries(EXERCISES, "Сайт", "https://example.invalid/site/")


def jobs_of(item: pytest.Item) -> list[str]:
    """The checker runs a test of this module waits for: the fixture starts those of the chosen tests only."""
    params, name = getattr(item, "callspec", None) and item.callspec.params or {}, item.originalname
    kinds = {
        "test_reference_solution_passes": [f"solution-{params.get('key')}-{params.get('py')}"],
        "test_starter_runs_and_fails_with_what_is_missing": [f"starter-{params.get('key')}"],
        "test_wrong_solution_fails_every_time_naming_the_mistake": [
            f"wrong-{Path(params.get('path', '')).name}"
        ],
        "test_each_extra_check_fails_where_it_should": [f"case-{params.get('name')}"],
        "test_bad_input_gets_one_paragraph_and_a_nonzero_exit": [f"bad-{params.get('name')}"],
    }
    return kinds.get(name, [])


def start(wanted: set[str]) -> tuple:
    """The checker runs of the chosen tests, started at once, side by side: (jobs, busy round, pool), jobs:
    name -> [(tag, future)]."""
    base = Path(tempfile.mkdtemp(prefix="checker-", dir=SESSION_CACHE))
    zipfile.ZipFile(io.BytesIO(exercises.zip_bytes(archive_files()))).extractall(base / "archive")
    work = base / "work"  # another folder: the learner's, with their files
    work.mkdir()
    pool, jobs = ThreadPoolExecutor(WIDTH, thread_name_prefix="checker"), {}

    def submit(name: str, python: str, args: list[str]) -> None:
        if name in wanted:
            tag = f"checker-{name}-{len(jobs.get(name, []))}-{id(jobs)}"
            jobs.setdefault(name, []).append((tag, pool.submit(check, python, args, work, tag)))

    for ex in EXERCISES:
        mine = work / f"{ex.key.replace('/', '_')}.py"
        mine.write_bytes((SNIPPETS / ex.rel).read_bytes())
        for py in PYTHONS:
            args = [ex.key, mine.name, *([] if py is NEWEST else ["--runs", "1"])]
            submit(f"solution-{ex.key}-{py.tag}", py.path, args)
        submit(f"starter-{ex.key}", NEWEST.path, [ex.key])
        if f"starter-{ex.key}" in wanted:  # the starter itself runs: no syntax error, and it ends by itself
            starter = base / "archive" / "exercises" / f"{ex.key}.py"
            future = pool.submit(runner.run, starter, python=NEWEST.path, timeout=30)
            jobs[f"starter-run-{ex.key}"] = [("", future)]
    for name, (rel, edits, _) in CASES.items():
        (work / f"case_{name}.py").write_text(changed(rel, *edits), encoding="utf-8")
        submit(f"case-{name}", NEWEST.path, [BY_REL[rel].key, f"case_{name}.py"])
    for name, (key, files, extra, _) in BAD_INPUT.items():  # each in its own folder
        (work / name).mkdir()
        for file, data in files.items():
            if file.endswith("/"):
                (work / name / file).mkdir()
            elif data is not None:
                (work / name / file).write_bytes(data)
        checked = [key, f"{name}/{next(iter(files)).rstrip('/')}"] if key else []
        submit(f"bad-{name}", NEWEST.path, checked + extra)
    for path in WRONG:
        for _ in range(REPEATS - 1):
            submit(f"wrong-{path.name}", NEWEST.path, [wrong_key(path)[0], str(path)])

    def busy_round() -> None:  # the last run of each wrong solution: after all the others, every core busy
        for _, f in [item for items in list(jobs.values()) for item in items]:
            f.exception()
        if not any(name.startswith("wrong-") for name in wanted):
            return
        loops = [subprocess.Popen([sys.executable, "-c", "while 1: pass"]) for _ in range(2)]
        try:
            for path in WRONG:
                submit(f"wrong-{path.name}", NEWEST.path, [wrong_key(path)[0], str(path)])
            for path in WRONG:
                if f"wrong-{path.name}" in wanted:
                    jobs[f"wrong-{path.name}"][-1][1].exception()
        finally:
            for p in loops:
                p.kill()
                p.wait()

    busy = threading.Thread(target=busy_round, daemon=True)
    busy.start()
    return jobs, busy, pool


@pytest.fixture(scope="module")
def checks(request):
    jobs, busy, pool = start({job for item in request.session.items for job in jobs_of(item)})
    yield jobs, busy
    busy.join()
    pool.shutdown(wait=True)


def results(checks, name: str) -> list[subprocess.CompletedProcess]:
    """The finished runs of test `name`; fails if a process any of them started is still alive."""
    jobs, busy = checks
    if name.startswith("wrong-"):
        busy.join()
    out = [f.result() for _, f in jobs[name]]
    deadline = time.monotonic() + 5
    while (left := [p for tag, _ in jobs[name] if tag for p in processes_with(f"SNIPCHECK_TAG={tag}")]) and (
        time.monotonic() < deadline
    ):
        time.sleep(0.2)
    assert not left, f"processes left behind: {left}"
    for r in () if name.startswith("starter-run") else out:
        # never the checker's own traceback; nothing on its stderr
        assert not r.stderr and not re.search(r"^Traceback", r.stdout, re.MULTILINE), r.stdout + r.stderr
    return out


def shown(r: subprocess.CompletedProcess) -> str:
    return f"exit code {r.returncode}\n{r.stdout}{r.stderr}"


# --- the exercises' data ------------------------------------------------------------------------------------


def test_every_exercise_has_its_starter_and_valid_checks() -> None:
    problems = []
    for ex in EXERCISES:
        number = int(exercises.SOLUTION.search(ex.rel)[1])
        if number != ex.n:
            problems.append(f"{ex.rel} is exercise {ex.n} on docs/{ex.page}: rename it exercise_{ex.n}_...")
        if not ex.data_file("starter").is_file():
            problems.append(f"{ex.key}: no starter {ex.data_file('starter').relative_to(ROOT)}")
        try:
            data = exercises.record(ex, "https://example.invalid/")
            learner.Exercise(ex.key, **data).expectation(NEWEST.tag)
            for word in data["trace"].split():
                learner.rule(word)
                assert learner.split_check(word)[0] in ("threads", "processes", *learner.timeline.CHECKS), (
                    word
                )
        except (ValueError, AssertionError, TypeError, SyntaxError) as exc:
            problems.append(f"{ex.key}: {exc}")
    owned = {ex.data_file(kind) for ex in EXERCISES for kind in ("starter", "check")}
    for path in [*SNIPPETS.rglob("*.starter.py"), *SNIPPETS.rglob("*.check.py")]:
        if path not in owned:
            problems.append(f"{path.relative_to(ROOT)}: no page shows its exercise (moved or renamed?)")
    assert not problems, "\n".join(problems)


def test_starters_and_checks_pass_ruff() -> None:
    """The project's ruff settings (pyproject.toml: a starter may import what only the learner will use)."""
    files = [
        str(ex.data_file(k)) for ex in EXERCISES for k in ("starter", "check") if ex.data_file(k).is_file()
    ]
    lint, fmt = [find_ruff_bin(), "check"], [find_ruff_bin(), "format", "--check", "--diff"]
    for command in (lint, fmt):
        proc = subprocess.run([*command, *files], capture_output=True, text=True, cwd=ROOT, check=False)
        assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_shipped_matcher_and_runner_are_the_engines() -> None:
    files = dict(archive_files())
    shipped = {
        name.removeprefix("_check/snipcheck/") for name in files if name.startswith("_check/snipcheck/")
    }
    assert shipped == set(exercises.shipped())
    for name in shipped:
        assert files[f"_check/snipcheck/{name}"] == (exercises.PACKAGE / name).read_bytes(), f"{name} differs"
    # What learner.py imports from the package is shipped (runner.py finds _boot/ beside itself).
    tree = ast.parse((exercises.PACKAGE / "learner.py").read_text(encoding="utf-8"))
    relative = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level]
    imported = {m for n in relative for m in ([n.module] if n.module else [a.name for a in n.names])}
    assert {f"{m}.py" for m in imported} <= shipped
    assert {p.name for p in runner.BOOT.glob("*.py")} == {
        n.split("/")[1] for n in shipped if n.startswith("_boot/")
    }


def test_the_starter_says_what_is_checked() -> None:
    files = dict(archive_files())
    for ex in EXERCISES:
        text = files[f"exercises/{ex.key}.py"].decode("utf-8")
        assert f"python check.py {ex.key}" in text and "# Что проверяется:" in text, ex.key
        said = " ".join(text.replace("#", " ").split())
        for item in learner.what_is_checked(learner.Exercise(ex.key, **exercises.record(ex, "")), NEWEST.tag):
            assert " ".join(item.split()) in said, f"{ex.key}: the starter does not say {item!r}"


def test_what_a_failed_run_printed_decides_the_hint() -> None:
    """A solution without join() can be lucky on its plain run and fail the variant with other delays, or show
    one slot filled (a busy machine): what the run printed names the mistake before any generic hint."""
    ex = BY_REL["threads/exercise_1_results.py"]
    lex = learner.Exercise(ex.key, **exercises.record(ex, ""))
    checker = learner.Checker(lex, SNIPPETS / ex.rel, (SNIPPETS / ex.rel).read_text(encoding="utf-8"))
    said = {}
    for printed in (
        "[9, 0, 0, 0, 0, 0, 0, 0]",
        "[0, 1, 16, 1, 25, 81, 4, 36]",
        "[9, 1, 16, 1, 25, 81, 4, 0]",
        "[]",
    ):
        res = runner.RunResult(stdout=printed + "\n", stderr="", exit_code=0, duration=0.1)
        for step in (learner.Step("main", "fork"), learner.Step("variant", "fork", variant=0)):
            said[printed, step.kind] = checker.hint(learner.Failure("output", "", res=res), step)
    assert all("дождитесь всех потоков (join())" in text for text in said.values()), said
    res = runner.RunResult(stdout="[1, 1, 4, 9, 16, 25, 36, 81]\n", stderr="", exit_code=0, duration=0.1)
    assert "(append)" in checker.hint(
        learner.Failure("output", "", res=res), learner.Step("variant", "fork", variant=0)
    )


# --- the checker, run as a learner runs it -----------------------------------------------------------------


@pytest.mark.parametrize("py", [p.tag for p in PYTHONS])
@pytest.mark.parametrize("key", [ex.key for ex in EXERCISES])
def test_reference_solution_passes(checks, key: str, py: str) -> None:
    (r,) = results(checks, f"solution-{key}-{py}")
    assert r.returncode == 0 and "ПРОШЛО" in r.stdout, shown(r)


@pytest.mark.parametrize("key", [ex.key for ex in EXERCISES])
def test_starter_runs_and_fails_with_what_is_missing(checks, key: str) -> None:
    (r,) = results(checks, f"starter-{key}")
    assert r.returncode == 1 and "Решение ещё не дописано" in r.stdout and "строка " in r.stdout, shown(r)
    (res,) = results(checks, f"starter-run-{key}")
    assert res.exit_code is not None and "SyntaxError" not in res.stderr, res.errors


@pytest.mark.parametrize("path", WRONG, ids=[f"{p.parent.name}/{p.name}" for p in WRONG])
def test_wrong_solution_fails_every_time_naming_the_mistake(checks, path: Path) -> None:
    said = wrong_key(path)[1]
    runs = results(checks, f"wrong-{path.name}")
    assert len(runs) == REPEATS
    for k, r in enumerate(runs, 1):
        busy = " (every core busy)" if k == REPEATS else ""
        assert r.returncode == 1 and "ЕЩЁ НЕ ПРОШЛО" in r.stdout, f"run {k}{busy} passed:\n{shown(r)}"
        assert said in r.stdout, f"run {k}{busy}: the message does not say {said!r}:\n{shown(r)}"


@pytest.mark.parametrize("name", CASES)
def test_each_extra_check_fails_where_it_should(checks, name: str) -> None:
    (r,) = results(checks, f"case-{name}")
    assert r.returncode == 1 and CASES[name][2] in r.stdout, shown(r)


@pytest.mark.parametrize("name", BAD_INPUT)
def test_bad_input_gets_one_paragraph_and_a_nonzero_exit(checks, name: str) -> None:
    (r,) = results(checks, f"bad-{name}")
    assert r.returncode in (1, 2) and BAD_INPUT[name][3] in r.stdout, shown(r)
    if name not in ("no-arguments",) and not name.startswith(
        ("never", "prints", "leaves", "reads", "stdlib-n")
    ):
        assert r.stdout.count("\n") == 1, f"more than one paragraph:\n{r.stdout}"


def test_the_checker_says_where_its_data_is_broken(tmp_path) -> None:
    """A damaged unpacked archive: a message and exit code 3, never a traceback."""
    zipfile.ZipFile(io.BytesIO(exercises.zip_bytes(archive_files()))).extractall(tmp_path / "archive")
    (tmp_path / "archive" / "_check" / "exercises.json").write_text("{", encoding="utf-8")
    (tmp_path / "work").mkdir()
    r = check(NEWEST.path, ["threads/1"], tmp_path / "work", "checker-broken")
    assert r.returncode == 3 and "Скачайте архив exercises.zip заново" in r.stdout and not r.stderr, shown(r)


@pytest.mark.site
def test_the_site_serves_this_archive_and_links_each_starter(built_site: Path) -> None:
    """The build (hooks/downloads.py) publishes the archive this code makes, also inside snippets.zip, and
    «Скачать заготовку» before each exercise's solution points at its starter."""
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    expected = exercises.entries(EXERCISES, config.site_name, config.site_url)
    with zipfile.ZipFile(built_site / "downloads" / "exercises.zip") as zf:
        assert zf.namelist() == [name for name, _ in expected]
        assert [zf.read(name) for name, _ in expected] == [data for _, data in expected]
    with zipfile.ZipFile(built_site / "downloads" / "snippets.zip") as zf:
        assert all(zf.read(name) == data for name, data in expected)
    for ex in EXERCISES:
        page = built_site / ex.page.removesuffix(".md") / "index.html"
        html = page.read_text(encoding="utf-8")
        link = re.search(rf'<a class="exercise-starter" href="([^"]+/exercises/{ex.key}\.py)"', html)
        assert link and (page.parent / link[1]).is_file(), (
            f"docs/{ex.page}: no «Скачать заготовку» for {ex.key}"
        )
        assert f"python check.py {ex.key} " in html
        assert html.index(link[0]) < html.index(f'<span class="filename">snippets/{ex.rel}'), ex.key
