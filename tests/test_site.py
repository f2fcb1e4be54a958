"""The strict build end to end: real outputs on the pages, drift caught with a diff naming the
file, the update command fixing it, faults on a page reported, and `mkdocs serve` surviving a
snippet that breaks while it serves."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import mkdocs_build

from snipcheck import interpreters
from snipcheck.snippets import ROOT

COPY_IGNORE = shutil.ignore_patterns(
    ".venv", ".git", "site", ".cache", "test-artifacts", "__pycache__", "*.egg-info"
)


def test_threads_page_shows_captured_output(built_site: Path) -> None:
    html = (built_site / "threads" / "index.html").read_text(encoding="utf-8")
    assert 'class="snippet-output"' in html
    assert "Все потоки завершены" in html
    assert "Вывод этого запуска при сборке сайта" in html


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


def snippets_cli(copy: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, SNIPCHECK_ROOT=str(copy))
    return subprocess.run(
        [sys.executable, "-m", "snipcheck.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_drift_fails_build_and_tests_then_update_fixes_it(repo_copy) -> None:
    copy, cache = repo_copy
    target = copy / "snippets" / "threads" / "daemon_flag.py"
    before = target.read_text(encoding="utf-8")
    after = before.replace("главный поток: daemon=", "главный поток: демон=")
    assert after != before, "the printed string this test changes is gone from the snippet"
    target.write_text(after, encoding="utf-8")

    build = mkdocs_build(copy / "site", cache, root=copy)
    log = build.stdout + build.stderr
    assert build.returncode != 0
    assert "snippets/threads/daemon_flag.py" in log
    assert "-главный поток: daemon=False" in log and "+главный поток: демон=False" in log
    ran = re.findall(r"running (snippets/\S+) \[CPython (\d+\.\d+)", log)
    assert {s for s, _ in ran} == {"snippets/threads/daemon_flag.py"}, (
        f"only the changed snippet re-runs: {ran}"
    )
    assert sorted(v for _, v in ran) == sorted(i.tag for i in interpreters.supported()), "once per version"

    check = snippets_cli(copy, "check", "threads/daemon_flag")
    assert check.returncode == 1
    assert "FAIL snippets/threads/daemon_flag.py" in check.stdout
    assert "-главный поток: daemon=False" in check.stdout and "+главный поток: демон=False" in check.stdout

    update = snippets_cli(copy, "update", "threads/daemon_flag")
    assert update.returncode == 0, update.stderr
    assert "updated    snippets/threads/daemon_flag.expected" in update.stdout
    assert "+главный поток: демон=False" in update.stdout

    assert snippets_cli(copy, "check", "threads/daemon_flag").returncode == 0
    rebuild = mkdocs_build(copy / "site", cache, root=copy)
    assert rebuild.returncode == 0, rebuild.stdout + rebuild.stderr


def test_faults_on_a_page_fail_the_build_naming_each_file(repo_copy) -> None:
    copy, cache = repo_copy
    faults = copy / "snippets" / "faults"
    faults.mkdir()
    (faults / "hang.py").write_text("import threading\nprint('жду', flush=True)\nthreading.Event().wait()\n")
    (faults / "hang.expected").write_text("#: timeout 1\nжду\n")
    (faults / "crash.py").write_text("raise SystemExit('сломался')\n")
    (faults / "crash.expected").write_text("")
    (faults / "malformed.py").write_text("print(1)\n")
    (faults / "malformed.expected").write_text("#: unordered\n1\n")
    (faults / "noexp.py").write_text("print(1)\n")
    (faults / "escape.py").write_text(
        "import subprocess, sys\n"
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'], start_new_session=True)\n"
    )
    (faults / "escape.expected").write_text("")
    page = copy / "docs" / "threads.md"
    refs = "".join(
        f"\n```snippet\nfaults/{n}.py\n```\n"
        for n in ("hang", "crash", "malformed", "noexp", "missing", "escape")
    )
    page.write_text(page.read_text(encoding="utf-8") + refs, encoding="utf-8")

    build = mkdocs_build(copy / "site", cache, root=copy)
    log = build.stdout + build.stderr
    assert build.returncode != 0
    assert "snippets/faults/hang.py: killed with its process group after the 1 s timeout" in log
    assert "жду" in log  # partial output
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
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.read().decode("utf-8")


def _wait_for(predicate, timeout: float = 90.0):
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


def test_serve_survives_a_snippet_that_breaks(repo_copy, tmp_path: Path) -> None:
    copy, cache = repo_copy
    port = _free_port()
    log_path = tmp_path / "serve.log"
    env = dict(os.environ, SNIPCHECK_CACHE=str(cache), SNIPCHECK_ROOT=str(copy), NO_MKDOCS_2_WARNING="1")
    env["SITE_URL"] = f"http://127.0.0.1:{port}/"  # serve at the root, whatever the hosted address is
    url = f"http://127.0.0.1:{port}/threads/"
    target = copy / "snippets" / "threads" / "create_join.py"
    original = target.read_text(encoding="utf-8")
    # Not in the cache, and still running when the first build is done: the page says so, then fills in.
    target.write_text(original + "\nimport time\n\ntime.sleep(20)\n")
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
        assert "ещё выполняется" in _wait_for(lambda: _get(url))
        page = _wait_for(lambda: (p := _get(url)) and "ещё выполняется" not in p and p)
        assert "не совпал" not in page and "Вывод этого запуска" in page  # the real output, no failure
        runs_before = log_path.read_text().count("running snippets/")

        # The page comes back at once, saying the run is still going; the output follows when it is done.
        target.write_text(original + "\nimport time\n\ntime.sleep(20)\nraise RuntimeError('сломано')\n")
        # ('сломано' is in the code tab at once; the failure, with its traceback, only once the run is done.)
        page = _wait_for(lambda: (p := _get(url)) and "ещё выполняется" in p and p)
        assert "не совпал с ожидаемым" not in page and "RuntimeError: сломано" not in page
        page = _wait_for(lambda: (p := _get(url)) and "не совпал с ожидаемым" in p and p)
        assert "RuntimeError: сломано" in page

        target.write_text(original)
        page = _wait_for(
            lambda: (p := _get(url)) and "не совпал" not in p and "Все потоки завершены" in p and p
        )
        text = log_path.read_text()
        reruns = re.findall(r"running (snippets/\S+)", text)[runs_before:]
        # The broken version ran once per Python; the fixed one is the original source, found in the cache.
        assert reruns == ["snippets/threads/create_join.py"] * len(interpreters.supported()), reruns
    finally:
        os.killpg(server.pid, 15)
        server.wait(20)
