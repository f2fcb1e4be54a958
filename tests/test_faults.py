"""Bad snippets: each fault gets a clear message naming the file, and no process survives it.

Each test writes a throwaway snippet of one kind into a temporary directory and runs it through
the same runner and matcher the build and the tests use. Every snippet here first writes its PID, and
every PID it starts, to a file of its test: at the test's end each one must be gone. Nothing is asked of
a snippet within a time window: a snippet that should finish gets the default 30 s timeout (it never
waits for it), and the one that hangs says when it has printed (it writes its PID after the print).
"""

from __future__ import annotations

import contextlib
import os
import signal
import textwrap
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import GONE_WITHIN

from snipcheck import expect, runner, runs

HANG_TIMEOUT = 30.0  # the hang's timeout: on any machine the snippet prints long before


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def snippet(folder: Path, code: str, name: str = "bad.py") -> Path:
    """The snippet `code`, after a first line that adds its PID to folder/pids (RECORD adds another's)."""
    path = folder / name
    record = f'import os as _o; open({str(folder / "pids")!r}, "a").write(f"{{_o.getpid()}}\\n")'
    path.write_text(record + "\n" + textwrap.dedent(code), encoding="utf-8")
    return path


def recorded(folder: Path) -> list[int]:
    path = folder / "pids"
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def assert_all_gone(folder: Path) -> None:
    """Every PID the snippets of `folder` recorded ends (waited for: killed ones take a moment)."""
    deadline = time.monotonic() + GONE_WITHIN
    while (left := [p for p in recorded(folder) if alive(p)]) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in left:  # named below, and not left to the tests after this one
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    assert not left, f"processes of the test's snippets survived: {left}"


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    assert_all_gone(tmp_path)


def judge(path: Path, exp_text: str, **kw) -> tuple[runner.RunResult, expect.Verdict]:
    res = runner.run(path, **kw)
    return res, runs.verdict(expect.parse(exp_text, path.with_suffix(".expected")), res, str(path))


HANG = """
import signal, threading
signal.signal(signal.SIGTERM, signal.SIG_IGN)  # ignoring SIGTERM does not save it
print("до взаимной блокировки", flush=True)
open(PRINTED, "w").close()  # in the test's folder (the snippet runs from a scratch copy)
lock = threading.Lock()
lock.acquire()
lock.acquire()
"""


@pytest.fixture(scope="module", autouse=True)
def hang(tmp_path_factory, request) -> Iterator[tuple[Path, Path, Future] | None]:
    """A snippet that deadlocks, started as the module starts (if its test is to run): its test waits out
    the timeout while the module's other tests run."""
    if not any(
        item.name == "test_a_hang_is_killed_at_its_timeout_keeping_its_output"
        for item in request.session.items
    ):
        yield None
        return
    folder = tmp_path_factory.mktemp("hang")
    path = snippet(folder, HANG.replace("PRINTED", repr(str(folder / "printed"))))
    with ThreadPoolExecutor(1) as pool:
        yield folder, path, pool.submit(runner.run, path, timeout=HANG_TIMEOUT)


def test_children_left_running_are_reported_and_killed(folder):
    path = snippet(
        folder,
        """
        import subprocess, sys
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
        open("%s", "a").write(f"{child.pid}\\n")
        print(child.pid)
        """
        % (folder / "pids"),
    )
    res, v = judge(path, "{{pid}}\n")
    assert not v and "left 1 process(es) running after it exited" in v.report, v.report
    assert int(res.stdout) in recorded(folder)


def test_processes_that_leave_the_group_or_the_session_are_found_and_killed(folder):
    """A new session (start_new_session=True) and a double fork with setsid both escape killpg."""
    path = snippet(
        folder,
        """
        import os, subprocess, sys
        pids = open("%s", "a")
        sleeper = [sys.executable, "-c", "import time; time.sleep(600)"]
        pids.write(f"{subprocess.Popen(sleeper, start_new_session=True).pid}\\n")
        pids.flush()
        ready, done = os.pipe()
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                pids.write(f"{os.getpid()}\\n")
                pids.flush()
                os.write(done, b"x")
                import time
                time.sleep(600)
            os._exit(0)
        os.read(ready, 1)  # the double-forked one has recorded its PID
        """
        % (folder / "pids"),
    )
    _, v = judge(path, "")
    assert not v and "left 2 process(es) running after it exited" in v.report and str(path) in v.report
    assert len(recorded(folder)) == 3  # the snippet, the sleeper, the double-forked one


def test_endless_output_is_capped(folder):
    path = snippet(folder, "while True:\n    print('x' * 99)\n")
    res, v = judge(path, "x\n", max_output=100_000)
    assert res.exit_code is None and len(res.stdout) == 100_000
    assert f"{path}: killed after printing more than 100000 bytes" in v.report


def test_reading_stdin_gets_eof_not_a_hang(folder):
    path = snippet(folder, "import sys\nprint(repr(sys.stdin.read()))\n")
    _, v = judge(path, "''\n")
    assert v, v.report


def test_exit_through_a_signal(folder):
    path = snippet(
        folder, "import os, signal\nprint('bye', flush=True)\nos.kill(os.getpid(), signal.SIGTERM)\n"
    )
    res, v = judge(path, "bye\n")
    assert res.exit_code == -15 and res.signal_name == "SIGTERM"
    assert not v and "exit code -15, expected 0" in v.report
    res, v = judge(path, "#: exit -15\nbye\n")
    assert v, v.report


def test_traceback_shows_file_and_exit_code(folder):
    path = snippet(folder, "def f():\n    raise ValueError('плохо')\n\nf()\n")
    res, v = judge(path, "")
    assert not v
    # The snippet runs from a copy in a scratch folder (runner.py): the traceback ends in its folder and name.
    assert f"{path.parent.name}/bad.py" in res.stderr and "ValueError: плохо" in res.stderr
    assert "unexpected output on stderr" in v.report and "exit code 1, expected 0" in v.report
    ok_exp = "#: exit 1\n#: stderr\nTraceback (most recent call last):\n#: ...\nValueError: плохо\n"
    assert judge(path, ok_exp)[1]


def test_output_that_is_not_utf8(folder):
    path = snippet(folder, "import sys\nsys.stdout.buffer.write(b'ok \\xff\\n')\n")
    _, v = judge(path, "ok \\xff\n")
    assert not v and f"{path}: stdout is not valid UTF-8 (byte 3" in v.report


def test_missing_expectation(tmp_path):
    path = tmp_path / "bad.py"
    with pytest.raises(expect.ExpectationError, match=r"bad\.expected: expectation file is missing"):
        expect.load(path.with_suffix(".expected"))


def test_malformed_expectation(tmp_path):
    exp = tmp_path / "bad.expected"
    exp.write_text("#: unordered\nA\n", encoding="utf-8")
    with pytest.raises(expect.ExpectationError, match=r"bad\.expected:1: 'unordered' without 'end'"):
        expect.load(exp)


def test_snippet_cannot_see_secrets_or_write_into_cwd(folder, monkeypatch):
    monkeypatch.setenv("GITHUB_TOKEN", "s3cret")
    path = snippet(
        folder,
        """
        import os
        print("GITHUB_TOKEN" in os.environ, os.getcwd() == os.path.dirname(os.path.abspath(__file__)))
        open("written.txt", "w").write("x")
        """,
    )
    _, v = judge(path, "False False\n")
    assert v, v.report
    assert not (folder / "written.txt").exists()


def test_memory_limit_has_a_clear_message(folder):
    path = snippet(folder, "b = bytearray(8 << 30)\n")
    res, v = judge(path, "")
    assert "MemoryError" in res.stderr
    assert "memory limit hit" in v.report


# Last: the module's other tests run while the hang waits out its timeout.
def test_a_hang_is_killed_at_its_timeout_keeping_its_output(hang) -> None:
    folder, path, future = hang
    res = future.result()
    v = runs.verdict(expect.parse("до взаимной блокировки\n", path.with_suffix(".expected")), res, str(path))
    assert (folder / "printed").exists(), f"the snippet did not print within {HANG_TIMEOUT:g} s"
    assert res.exit_code is None and res.duration >= HANG_TIMEOUT
    assert not v
    assert f"{path}: killed with its process group after the {HANG_TIMEOUT:g} s timeout" in v.report
    assert res.stdout == "до взаимной блокировки\n"  # what it printed before it was killed
    assert_all_gone(folder)
