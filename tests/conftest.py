from __future__ import annotations

import contextlib
import fcntl
import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

# The tests keep to their own folders: what the engine stores beside its runs (the interpreters it asked,
# the notebook's cache) goes into this session's folder, never into the author's .cache/snippets. Set before
# anything below renders a page or asks an interpreter.
SESSION_CACHE = Path(tempfile.mkdtemp(prefix="snipcheck-tests-"))
os.environ["SNIPCHECK_CACHE"] = str(SESSION_CACHE)

from snipcheck import expect, interpreters, runner, runs  # noqa: E402
from snipcheck.fence import pages  # noqa: E402
from snipcheck.snippets import ROOT, Snippet, all_snippets  # noqa: E402

pytest_plugins = ["browsing"]  # the served site, the browser and its recording tabs (tests/browsing.py)

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
ARTIFACTS = ROOT / "test-artifacts"
# docs page -> its fences, in page order (found by rendering the pages as the build does)
FENCES = pages()
PAGES = {page: [f.snippet.rel for f in fences] for page, fences in FENCES.items()}
# The examples a reader sees with both tabs, «Код» and «Вывод» (not a question's code, `show="code"`, nor
# its folded answer, `show="output"`).
EXAMPLES = {
    page: [f.snippet.rel for f in fences if "show" not in f.options] for page, fences in FENCES.items()
}
# Every process this test session starts (snippets and their children, builds, browsers) carries this tag
# in its environment, or a tag made from it (`TAG.<n>`) for the processes one test starts: so a test can
# wait for its own to be gone, and at the end any process still carrying one was left behind.
TAG = f"pytest-{os.getpid()}"
os.environ["SNIPCHECK_TAG"] = TAG
_tags = itertools.count(1)
GONE_WITHIN = 60.0  # seconds for killed or exiting processes to be gone (waited for; fails only past it)


def new_tag() -> str:
    return f"{TAG}.{next(_tags)}"


def tagged(tag: str) -> list[tuple[int, str]]:
    """Live processes whose environment carries SNIPCHECK_TAG=tag or a tag made from it (Linux)."""
    found, exact, prefix = [], f"SNIPCHECK_TAG={tag}".encode(), f"SNIPCHECK_TAG={tag}.".encode()
    for entry in Path("/proc").iterdir() if sys.platform.startswith("linux") else ():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            env = (entry / "environ").read_bytes().split(b"\0")
            if any(v == exact or v.startswith(prefix) for v in env):
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
                cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                if state != "Z":
                    found.append((int(entry.name), cmd.strip()[:160]))
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return found


def assert_gone(tag: str, what: str) -> None:
    """Wait until no process carries `tag` (each one ends: an event), then fail naming any left."""
    deadline = time.monotonic() + GONE_WITHIN
    while (left := tagged(tag)) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid, _ in left:  # named below, and not left to the tests after this one
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    assert not left, f"{what}: processes still alive:\n" + "\n".join(f"{p}: {c}" for p, c in left)


@pytest.fixture
def own_tag(request) -> str:
    """A tag for the processes this test starts (pass it in their environment): at the test's end, none of
    them may be alive."""
    tag = new_tag()
    yield tag
    assert_gone(tag, f"started by {request.node.nodeid}")


@pytest.fixture(scope="session", autouse=True)
def no_process_left_behind():
    yield
    try:
        assert_gone(TAG, "processes started by the tests")
    finally:
        shutil.rmtree(SESSION_CACHE, ignore_errors=True)


def mkdocs_build(
    site_dir: Path,
    cache_dir: Path,
    *,
    root: Path = ROOT,
    extra_env: dict | None = None,
    tag: str | None = None,
) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of `root` into `site_dir`, with its own snippet cache (never the user's); every
    process it starts carries a tag of its own, and none is alive when it returns."""
    tag = tag or new_tag()
    env = dict(os.environ, SNIPCHECK_CACHE=str(cache_dir), SNIPCHECK_ROOT=str(root), NO_MKDOCS_2_WARNING="1")
    env.update(extra_env or {}, SNIPCHECK_TAG=tag)
    proc = subprocess.run(
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
    assert_gone(tag, f"started by mkdocs build of {root}")
    return proc


@pytest.fixture(scope="session")
def site_build(tmp_path_factory) -> tuple[Path, Path, str]:
    """The whole site, built strictly once per test command from an empty cache: (site, cache, log). The
    test command runs two lines of tests (pytest-xdist, `-n 2`): the first of them to need the site builds it
    into their shared folder while the other waits on the lock, then reads the build's result."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # every worker's folder is in the run's own
    base, result = shared / "site-build", shared / "site-build.json"
    with open(shared / "site-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not result.is_file():
            shutil.rmtree(base, ignore_errors=True)  # a build that did not end (its worker stopped)
            base.mkdir()
            proc = mkdocs_build(base / "site", base / "cache")
            log = proc.stdout + proc.stderr
            result.write_text(json.dumps({"code": proc.returncode, "log": log}), encoding="utf-8")
    built = json.loads(result.read_text(encoding="utf-8"))
    if built["code"] != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{built['log']}", pytrace=False)
    return base / "site", base / "cache", built["log"]


@pytest.fixture(scope="session")
def built_site(site_build) -> Path:
    return site_build[0]


def stored_run(cache: Path, r: runs.Run) -> runner.RunResult:
    """The run `r` as a build stored it in `cache` (it must have)."""
    path = cache / f"{r.key()}.json"
    assert path.is_file(), f"{r.label}: the build stored no such run"
    return runner.RunResult(**json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def snippet_checks(site_build) -> dict[str, list | Exception]:
    """Every snippet's runs, wanted at once: its full check on the pages' Python, one run per start method on
    every other version; per run (run, its future, made by the tests themselves).

    On the pages' Python every snippet has at least one run of the tests' own: the runs of its check that the
    session build did not make are made here, and if it made them all, the first is made again here. The
    other runs (other versions; repetitions the build made for a view) are the session build's, read from its
    cache and judged again."""
    cache = site_build[1]
    own = runs.Table(shown=False)  # every run made here (no cache)
    built = runs.Table(cache, store=False, shown=False)  # asked only for runs the build stored: it only reads
    python, checks = interpreters.for_pages(), {}

    def stored(r: runs.Run) -> bool:
        return (cache / f"{r.key()}.json").is_file()

    for rel in all_snippets():
        snip = Snippet(rel)
        try:
            mine = runs.check_runs(snip, python)
            mine = [r for r in mine if not stored(r)] or mine[:1]
            wanted = runs.check_runs(snip, python)
            for other in interpreters.supported():
                wanted += runs.check_runs(snip, other, runs=1) if other.tag != python.tag else []
            checks[rel] = [
                (r, own.want(r), True) if r in mine or not stored(r) else (r, built.want(r), False)
                for r in wanted
            ]
        except expect.ExpectationError as exc:
            checks[rel] = exc
    return checks
