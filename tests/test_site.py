"""The strict build end to end: real outputs on the pages, drift caught with a diff naming the
file, the update command fixing it, faults on a page reported, and `mkdocs serve` surviving a
snippet that breaks while it serves."""

from __future__ import annotations

import html
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from browsing import CHAPTERS, page_path
from conftest import EXAMPLES, mkdocs_build, stored_run

from snipcheck import interpreters, runs
from snipcheck.snippets import ROOT, Snippet

COPY_IGNORE = shutil.ignore_patterns(
    ".venv", ".git", "site", ".cache", "test-artifacts", "__pycache__", "*.egg-info"
)
PAGE = CHAPTERS[0]  # the page the faults are added to, in a copy of the project


def plain_example() -> Snippet:
    """The first example of the chapters whose output is fixed text on every version (an expectation of
    literal lines only), started as a plain program (no multiprocessing): a change to it is a change of
    output, line for line."""
    for md in CHAPTERS:
        for rel in EXAMPLES.get(md, []):
            snip = Snippet(rel)
            files = {snip.expectation_path(i.tag) for i in interpreters.supported()}
            texts = [f.read_text(encoding="utf-8") for f in files]
            literal = texts[0].strip() and not re.search(r"^#:|\{\{", texts[0], re.MULTILINE)
            if files == {snip.expected_path} and not snip.uses_multiprocessing and literal:
                return snip
    raise AssertionError("no example has an expectation of literal lines only")


PLAIN = plain_example()


def test_first_chapter_shows_captured_output(built_site: Path, site_build) -> None:
    page = (built_site / page_path(PAGE) / "index.html").read_text(encoding="utf-8")
    shown = runs.run(Snippet(EXAMPLES[PAGE][0]), interpreters.for_pages())
    first = stored_run(site_build[1], shown).stdout.splitlines()[0]
    assert 'class="snippet-output"' in page and html.escape(first, quote=False) in page, first
    assert "Вывод этого запуска при сборке сайта" in page


def test_no_build_machine_path_on_any_page(built_site: Path) -> None:
    """Outputs show «…» for this machine's folders (a reader's own paths differ), never the folders."""
    prefix = os.path.dirname(os.path.dirname(os.path.realpath(sys.executable)))
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for folder in (str(ROOT), prefix, "/tmp/snippet-"):
            assert folder + ("" if folder.endswith("-") else "/") not in text, f"{page}: {folder}"


def test_unchanged_rebuild_runs_nothing(site_build, tmp_path: Path) -> None:
    _, cache, log = site_build
    used = int(re.search(r"snippets: (\d+) runs", log).group(1))
    assert f"snippets: {used} runs: {used} made, 0 from cache" in log  # the session build started cold
    cache_copy = tmp_path / "cache"
    shutil.copytree(cache, cache_copy)
    (cache_copy / ("0" * 64 + ".json")).write_text("{}")  # a stored run nothing uses any more
    proc = mkdocs_build(tmp_path / "site", cache_copy)
    assert proc.returncode == 0, proc.stderr
    assert f"snippets: {used} runs: 0 made, {used} from cache; 1 stale runs removed" in proc.stderr
    # The benchmarks notebook ran in the cold build and comes from the same cache folder now.
    assert "Converting notebook (execute=True)" in log and "benchmarks.py" in log
    assert "Cache hit:" in proc.stderr and "Converting notebook" not in proc.stderr, proc.stderr


@pytest.fixture
def repo_copy(tmp_path: Path, site_build) -> tuple[Path, Path]:
    """A throwaway copy of the project, with a copy of the session build's warm cache."""
    copy = tmp_path / "repo"
    shutil.copytree(ROOT, copy, ignore=COPY_IGNORE)
    cache = tmp_path / "cache"
    shutil.copytree(site_build[1], cache)
    return copy, cache


def snippets_cli(copy: Path, tag: str, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, SNIPCHECK_ROOT=str(copy), SNIPCHECK_TAG=tag)
    return subprocess.run(
        [sys.executable, "-m", "snipcheck.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_drift_fails_build_and_tests_then_update_fixes_it(repo_copy, own_tag: str) -> None:
    copy, cache = repo_copy
    name, line = PLAIN.display, "строка, которой нет в ожидании"
    target = copy / name
    target.write_text(PLAIN.source + f"\nprint({line!r})\n", encoding="utf-8")

    build = mkdocs_build(copy / "site", cache, root=copy, tag=own_tag)
    log = build.stdout + build.stderr
    assert build.returncode != 0
    # The failure itself names the page, its line and the file (not only the line saying what runs).
    assert re.search(
        rf"^WARNING +- +docs/[\w-]+\.md:\d+: {re.escape(name)} \[CPython [^]]+\]: output does not match",
        log,
        re.MULTILINE,
    ), log
    assert f"+{line}" in log
    ran = re.findall(r"running (snippets/\S+) \[CPython (\d+\.\d+)", log)
    assert {s for s, _ in ran} == {name}, f"only the changed snippet re-runs: {ran}"
    assert sorted(v for _, v in ran) == sorted(i.tag for i in interpreters.supported()), "once per version"

    check = snippets_cli(copy, own_tag, "check", PLAIN.rel)
    assert check.returncode == 1
    assert f"FAIL {name}" in check.stdout and f"+{line}" in check.stdout, check.stdout

    update = snippets_cli(copy, own_tag, "update", PLAIN.rel)
    assert update.returncode == 0, update.stderr
    assert f"updated    {PLAIN.expected_path.relative_to(ROOT).as_posix()}" in update.stdout, update.stdout
    assert f"+{line}" in update.stdout

    assert snippets_cli(copy, own_tag, "check", PLAIN.rel).returncode == 0
    rebuild = mkdocs_build(copy / "site", cache, root=copy, tag=own_tag)
    assert rebuild.returncode == 0, rebuild.stdout + rebuild.stderr


def add_to_page(copy: Path, *names: str) -> None:
    """Show snippets/faults/<name>.py on PAGE of the copy, each in its own fence."""
    page = copy / "docs" / PAGE
    fences = "".join(f"\n```snippet\nfaults/{n}.py\n```\n" for n in names)
    page.write_text(page.read_text(encoding="utf-8") + fences, encoding="utf-8")


def test_faults_on_a_page_fail_the_build_naming_each_file(repo_copy, own_tag: str) -> None:
    copy, cache = repo_copy
    faults = copy / "snippets" / "faults"
    faults.mkdir()
    # A hang is killed at its timeout whatever the load: nothing is asked of it before (its partial output is
    # tested in tests/test_faults.py, where the snippet says when it has printed).
    (faults / "hang.py").write_text("import threading\nprint('жду', flush=True)\nthreading.Event().wait()\n")
    (faults / "hang.expected").write_text("#: timeout 1\nжду\n")
    (faults / "crash.py").write_text("raise SystemExit('сломался')\n")
    (faults / "crash.expected").write_text("")
    (faults / "malformed.py").write_text("print(1)\n")
    (faults / "malformed.expected").write_text("#: unordered\n1\n")
    (faults / "noexp.py").write_text("print(1)\n")
    (faults / "escape.py").write_text(
        "import subprocess, sys\n"
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'], start_new_session=True)\n"
    )
    (faults / "escape.expected").write_text("")
    add_to_page(copy, "hang", "crash", "malformed", "noexp", "missing", "escape")

    build = mkdocs_build(copy / "site", cache, root=copy, tag=own_tag)
    log = build.stdout + build.stderr
    assert build.returncode != 0
    assert "snippets/faults/hang.py: killed with its process group after the 1 s timeout" in log
    assert re.search(r"snippets/faults/crash.py \[.*exit code 1, expected 0", log) and "сломался" in log
    assert re.search(r"snippets/faults/escape.py: left 1 process\(es\) running after it exited", log)
    assert "snippets/faults/malformed.expected:1: 'unordered' without 'end'" in log
    assert "snippets/faults/noexp.expected: expectation file is missing" in log
    assert "snippet not found: snippets/faults/missing.py" in log


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.read().decode("utf-8")


def _wait_for(predicate, timeout: float = 300.0):
    """Poll until `predicate` gives something (the state the test waits for); a server not up yet is None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except OSError:
            value = None
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError("timed out waiting")


def _waiting_snippet(release: Path, then: str = "") -> str:
    """A snippet that runs until the test creates `release` (so the test sees it still running, on any
    machine), then prints «готово» and does `then`."""
    return (
        "import pathlib\nimport time\n\n"
        f"while not pathlib.Path({str(release)!r}).exists():\n    time.sleep(0.05)\n"
        f"print('готово')\n{then}"
    )


def test_serve_survives_a_snippet_that_breaks(repo_copy, tmp_path: Path, own_tag: str) -> None:
    copy, cache = repo_copy
    port = _free_port()
    log_path = tmp_path / "serve.log"
    env = dict(os.environ, SNIPCHECK_CACHE=str(cache), SNIPCHECK_ROOT=str(copy), NO_MKDOCS_2_WARNING="1")
    env.update(SNIPCHECK_TAG=own_tag, SITE_URL=f"http://127.0.0.1:{port}/")  # served at the root
    url = f"http://127.0.0.1:{port}/{page_path(PAGE)}"
    name = "snippets/faults/pending.py"
    target, releases = copy / name, [tmp_path / "release-1", tmp_path / "release-2"]
    target.parent.mkdir()
    (target.with_suffix(".expected")).write_text("#: timeout 600\nготово\n", encoding="utf-8")
    original = _waiting_snippet(releases[0])
    target.write_text(original, encoding="utf-8")  # not in the cache: it runs when the server starts
    add_to_page(copy, "pending")

    def page_where(*wanted: str, absent: tuple[str, ...] = ()) -> str:
        return _wait_for(
            lambda: (p := _get(url)) and all(w in p for w in wanted) and not any(a in p for a in absent) and p
        )

    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=copy,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        # The page comes at once, saying the run is still going; the output follows when it is done.
        page_where("ещё выполняется")
        releases[0].touch()
        page = page_where("готово", absent=("ещё выполняется",))
        assert "не совпал" not in page and "Вывод этого запуска" in page  # the real output, no failure
        runs_before = log_path.read_text().count("running snippets/")

        target.write_text(_waiting_snippet(releases[1], "raise RuntimeError('сломано')\n"), encoding="utf-8")
        # ('сломано' is in the code tab at once; the failure, with its traceback, only once the run is done.)
        page = page_where("ещё выполняется")
        assert "не совпал с ожидаемым" not in page and "RuntimeError: сломано" not in page
        releases[1].touch()
        page = page_where("не совпал с ожидаемым")
        assert "RuntimeError: сломано" in page

        target.write_text(original, encoding="utf-8")
        page_where("готово", absent=("не совпал", "ещё выполняется"))
        reruns = re.findall(r"running (snippets/\S+)", log_path.read_text())[runs_before:]
        # The broken version ran once per Python; the fixed one is the first version, found in the cache.
        assert reruns == [name] * len(interpreters.supported()), reruns
    finally:
        for release in releases:  # runs still waiting end now
            release.touch()
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
