from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from snipcheck import expect, interpreters, runs
from snipcheck.fence import pages
from snipcheck.runner import processes_with
from snipcheck.snippets import ROOT, Snippet, all_snippets

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
ARTIFACTS = ROOT / "test-artifacts"
# docs page -> the snippets it shows, in page order (found by rendering the pages as the build does)
_FENCES = pages()
PAGES = {page: [f.snippet.rel for f in fences] for page, fences in _FENCES.items()}
# The examples a reader sees with both tabs, «Код» and «Вывод» (not a question's code, `show="code"`, nor
# its folded answer, `show="output"`).
EXAMPLES = {
    page: [f.snippet.rel for f in fences if "show" not in f.options] for page, fences in _FENCES.items()
}
# Every process this test session starts (snippets and their children, builds, browsers) carries
# this tag in its environment; at the end, any process still carrying it was left behind.
TAG = f"pytest-{os.getpid()}"
os.environ["SNIPCHECK_TAG"] = TAG


@pytest.fixture(scope="session", autouse=True)
def no_process_left_behind():
    yield
    import time

    deadline = time.monotonic() + 10
    while (left := processes_with(f"SNIPCHECK_TAG={TAG}")) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left, "processes started by the tests are still alive:\n" + "\n".join(
        f"{p}: {c}" for p, c in left
    )


def mkdocs_build(site_dir: Path, cache_dir: Path, *, root: Path = ROOT, extra_env: dict | None = None):
    """`mkdocs build --strict` of `root` into `site_dir`, with its own snippet cache (never the user's)."""
    env = dict(os.environ, SNIPCHECK_CACHE=str(cache_dir), SNIPCHECK_ROOT=str(root), NO_MKDOCS_2_WARNING="1")
    env.update(extra_env or {})
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(root / "mkdocs.yml"),
            "-d",
            str(site_dir),
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )


@pytest.fixture(scope="session")
def site_build(tmp_path_factory) -> tuple[Path, Path, str]:
    """The whole site, built strictly once per session from an empty cache: (site, cache, log)."""
    base = tmp_path_factory.mktemp("site")
    proc = mkdocs_build(base / "site", base / "cache")
    if proc.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{proc.stdout}\n{proc.stderr}", pytrace=False)
    return base / "site", base / "cache", proc.stdout + proc.stderr


@pytest.fixture(scope="session")
def built_site(site_build, request) -> Path:
    # The snippet checks (tests/test_snippets.py) start here, in the background: the browser tests that
    # use the site next mostly wait for pages, and the checks hold on a busy machine.
    if any("snippet_checks" in item.fixturenames for item in request.session.items):
        request.getfixturevalue("snippet_checks")
    return site_build[0]


@pytest.fixture(scope="session")
def snippet_checks(site_build) -> dict[str, list | Exception]:
    """Every snippet's runs, wanted at once: its full check on the pages' Python, one run per start method on
    every other version. The build's runs are judged again, not repeated (its cache, read only)."""
    table = runs.Table(site_build[1], store=False, shown=False)
    python, checks = interpreters.for_pages(), {}
    for rel in all_snippets():
        snip = Snippet(rel)
        try:
            wanted = runs.check_runs(snip, python)
            for other in interpreters.supported():
                wanted += runs.check_runs(snip, other, runs=1) if other.tag != python.tag else []
            checks[rel] = [(r, table.want(r)) for r in wanted]
        except expect.ExpectationError as exc:
            checks[rel] = exc
    return checks
