"""Bad snippets: each fault gets a clear message naming the file, and no process survives it.

Each test writes a throwaway snippet of one kind into a temporary directory and runs it through
the same runner and matcher the build and the tests use.
"""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest

from snipcheck import expect, runner, runs


def snippet(tmp_path: Path, code: str, name: str = "bad.py") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    return path


def judge(path: Path, exp_text: str, **kw) -> tuple[runner.RunResult, expect.Verdict]:
    res = runner.run(path, **kw)
    return res, runs.verdict(expect.parse(exp_text, path.with_suffix(".expected")), res, str(path))


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_deadlock_is_killed_after_timeout(tmp_path):
    path = snippet(
        tmp_path,
        """
        import threading
        print("до взаимной блокировки", flush=True)
        lock = threading.Lock()
        lock.acquire()
        lock.acquire()
        """,
    )
    started = time.monotonic()
    res, v = judge(path, "до взаимной блокировки\n", timeout=1.5)
    assert time.monotonic() - started < 10
    assert res.exit_code is None
    assert not v
    assert f"{path}: killed with its process group after the 1.5 s timeout" in v.report
    assert res.stdout == "до взаимной блокировки\n"  # partial output kept


def test_children_left_running_are_reported_and_killed(tmp_path):
    path = snippet(
        tmp_path,
        """
        import subprocess, sys
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        print(child.pid)
        """,
    )
    res, v = judge(path, "{{pid}}\n", timeout=10)
    assert not v and "left 1 process(es) running after it exited" in v.report, v.report
    assert not alive(int(res.stdout))


def test_processes_that_leave_the_group_or_the_session_are_found_and_killed(tmp_path):
    """A new session (start_new_session=True) and a double fork with setsid both escape killpg."""
    path = snippet(
        tmp_path,
        """
        import os, subprocess, sys
        sleeper = [sys.executable, "-c", "import time; time.sleep(60)"]
        print(subprocess.Popen(sleeper, start_new_session=True).pid, flush=True)
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                print(os.getpid(), flush=True)
                import time
                time.sleep(60)
            os._exit(0)
        """,
    )
    res, v = judge(path, "{{pid}}\n{{pid}}\n", timeout=10)
    assert not v and "left 2 process(es) running after it exited" in v.report and str(path) in v.report
    pids = [int(p) for p in res.stdout.split()]
    assert len(pids) == 2 and not any(alive(p) for p in pids)


def test_sigterm_ignored_still_killed(tmp_path):
    path = snippet(
        tmp_path,
        """
        import os, signal, time
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        print(os.getpid(), flush=True)
        time.sleep(60)
        """,
    )
    res, v = judge(path, "{{pid}}\n", timeout=1)
    assert res.exit_code is None and "timeout" in v.report
    assert not alive(int(res.stdout))


def test_endless_output_is_capped(tmp_path):
    path = snippet(tmp_path, "while True:\n    print('x' * 99)\n")
    res, v = judge(path, "x\n", timeout=20, max_output=100_000)
    assert res.exit_code is None and len(res.stdout) == 100_000
    assert f"{path}: killed after printing more than 100000 bytes" in v.report


def test_reading_stdin_gets_eof_not_a_hang(tmp_path):
    path = snippet(tmp_path, "import sys\nprint(repr(sys.stdin.read()))\n")
    _, v = judge(path, "''\n", timeout=5)
    assert v, v.report


def test_exit_through_a_signal(tmp_path):
    path = snippet(
        tmp_path, "import os, signal\nprint('bye', flush=True)\nos.kill(os.getpid(), signal.SIGTERM)\n"
    )
    res, v = judge(path, "bye\n", timeout=5)
    assert res.exit_code == -15 and res.signal_name == "SIGTERM"
    assert not v and "exit code -15, expected 0" in v.report
    res, v = judge(path, "#: exit -15\nbye\n", timeout=5)
    assert v, v.report


def test_traceback_shows_file_and_exit_code(tmp_path):
    path = snippet(tmp_path, "def f():\n    raise ValueError('плохо')\n\nf()\n")
    res, v = judge(path, "", timeout=5)
    assert not v
    # The snippet runs from a copy in a scratch folder (runner.py): the traceback ends in its folder and name.
    assert f"{tmp_path.name}/bad.py" in res.stderr and "ValueError: плохо" in res.stderr
    assert "unexpected output on stderr" in v.report and "exit code 1, expected 0" in v.report
    ok_exp = "#: exit 1\n#: stderr\nTraceback (most recent call last):\n#: ...\nValueError: плохо\n"
    assert judge(path, ok_exp, timeout=5)[1]


def test_output_that_is_not_utf8(tmp_path):
    path = snippet(tmp_path, "import sys\nsys.stdout.buffer.write(b'ok \\xff\\n')\n")
    _, v = judge(path, "ok \\xff\n", timeout=5)
    assert not v and f"{path}: stdout is not valid UTF-8 (byte 3" in v.report


def test_missing_expectation(tmp_path):
    path = snippet(tmp_path, "print(1)\n")
    with pytest.raises(expect.ExpectationError, match=r"bad\.expected: expectation file is missing"):
        expect.load(path.with_suffix(".expected"))


def test_malformed_expectation(tmp_path):
    exp = tmp_path / "bad.expected"
    exp.write_text("#: unordered\nA\n", encoding="utf-8")
    with pytest.raises(expect.ExpectationError, match=r"bad\.expected:1: 'unordered' without 'end'"):
        expect.load(exp)


def test_snippet_cannot_see_secrets_or_write_into_cwd(tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_TOKEN", "s3cret")
    path = snippet(
        tmp_path,
        """
        import os
        print("GITHUB_TOKEN" in os.environ, os.getcwd() == os.path.dirname(os.path.abspath(__file__)))
        open("written.txt", "w").write("x")
        """,
    )
    _, v = judge(path, "False False\n", timeout=5)
    assert v, v.report
    assert not (tmp_path / "written.txt").exists()


def test_memory_limit_has_a_clear_message(tmp_path):
    path = snippet(tmp_path, "b = bytearray(8 << 30)\n")
    res, v = judge(path, "", timeout=10)
    assert "MemoryError" in res.stderr
    assert "memory limit hit" in v.report
