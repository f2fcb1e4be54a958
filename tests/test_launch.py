"""Runs do not depend on how the build or the command was launched, and leave the checkout as they found it.

A hostile launcher (`make build &`, nohup, a service manager) starts the strict build and `snippets check`
with SIGINT and SIGQUIT ignored, SIGTERM and SIGUSR1 blocked, PYTHON* variables set, TMPDIR pointing
nowhere and the working directory elsewhere. Every snippet that uses signals, pools or subprocesses must
still pass (`snippets check` runs them all; the strict build, which starts its runs the same way, runs again
one of each kind that a launcher's signals would break), and a snippet that saves a file beside itself writes
into its scratch copy, not the checkout (runner.py; CONTRIBUTING.md says so)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from snipcheck.runner import processes_with
from snipcheck.snippets import ROOT, all_snippets

IGNORE = shutil.ignore_patterns(
    ".venv", ".git", "site", ".cache", "test-artifacts", "__pycache__", "*.egg-info", "node_modules"
)
# Exec the command with SIGINT and SIGQUIT ignored and SIGTERM and SIGUSR1 blocked: exec keeps both.
LAUNCHER = """import os, signal, sys
for s in (signal.SIGINT, signal.SIGQUIT):
    signal.signal(s, signal.SIG_IGN)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGTERM, signal.SIGUSR1])
os.execv(sys.argv[1], sys.argv[1:])
"""
# The snippets whose verdict depended on the launcher: signals, pools, subprocesses (chosen by content).
TOUCHY = [
    s for s in all_snippets() if re.search(r"signal|Pool|subprocess", (ROOT / "snippets" / s).read_text())
]
# Run again by the build: Ctrl+C to a pool (SIGINT ignored), a handler of a signal sent to a child (SIGTERM
# blocked), a child killed with its process group (subprocess).
REBUILT = ["pools/pool_ctrl_c.py", "sockets-signals/signal_child.py", "subprocess/kill_group.py"]
WRITER = '''"""Сохраняет данные в файл рядом с собой, как делают многие учебники."""

from pathlib import Path

data = Path(__file__).with_name("numbers.txt")
data.write_text("1 2 3\\n", encoding="utf-8")
print("записано:", data.read_text(encoding="utf-8").split())
'''


def hostile(cmd: list[str], tmp: Path, extra: dict[str, str]) -> subprocess.CompletedProcess:
    leak = tmp / "launcher-pythonpath"
    leak.mkdir(exist_ok=True)
    (leak / "sitecustomize.py").write_text("import sys\nsys.stderr.write('LAUNCHER SITECUSTOMIZE\\n')\n")
    (elsewhere := tmp / "elsewhere").mkdir(exist_ok=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", TMPDIR=str(tmp / "no" / "such" / "folder"), **extra)
    env.update(PYTHONPATH=str(leak), PYTHONHASHSEED="1", PYTHONSAFEPATH="1", PYTHONFAULTHANDLER="1")
    env.update(PYTHONIOENCODING="ascii:backslashreplace", PYTHONWARNINGS="ignore")
    return subprocess.run(
        [sys.executable, "-c", LAUNCHER, *cmd],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=3000,
        check=False,
    )


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def checkout(site_build, tmp_path_factory) -> tuple[Path, Path]:
    """A git checkout of the project where REBUILT changed (so the build runs them again) and with a page
    showing a snippet that writes beside itself; its cache is a copy of the session build's."""
    base = tmp_path_factory.mktemp("launch")
    repo, cache = base / "repo", base / "cache"
    shutil.copytree(ROOT, repo, ignore=IGNORE)
    shutil.copytree(site_build[1], cache)
    for rel in REBUILT:
        path = repo / "snippets" / rel
        path.write_text(path.read_text(encoding="utf-8") + "\n# launched by a hostile launcher\n", "utf-8")
    (repo / "snippets" / "faults").mkdir()
    (repo / "snippets" / "faults" / "writes_beside.py").write_text(WRITER, encoding="utf-8")
    (repo / "snippets" / "faults" / "writes_beside.expected").write_text("записано: ['1', '2', '3']\n")
    page = repo / "docs" / "threads.md"
    page.write_text(
        page.read_text(encoding="utf-8") + "\n```snippet\nfaults/writes_beside.py\n```\n", "utf-8"
    )
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "copy")
    return repo, cache


def no_survivors(tag: str) -> None:
    assert not processes_with(f"SNIPCHECK_TAG={tag}"), "processes of the launched command are still alive"


def test_a_run_starts_as_from_a_terminal_whatever_the_launcher(tmp_path: Path) -> None:
    """What the snippet itself sees: no signal blocked or ignored beyond Python's own (SIGPIPE, SIGXFSZ),
    KeyboardInterrupt armed, no PYTHON* of the launcher, its own TMPDIR as the working directory."""
    probe = tmp_path / "probe" / "probe.py"
    probe.parent.mkdir()
    probe.write_text(
        "import json, os, signal\n"
        "lines = open('/proc/self/status').read().splitlines()\n"
        "status = dict(line.split(':\\t') for line in lines if ':\\t' in line)\n"
        "armed = signal.getsignal(signal.SIGINT) is signal.default_int_handler\n"
        "python = sorted(k for k in os.environ if k.startswith('PYTHON'))\n"
        "tmp = os.environ['TMPDIR'] == os.getcwd()\n"
        "print(json.dumps([status['SigBlk'], status['SigIgn'], armed, python, tmp]))\n"
    )
    code = f"from snipcheck import runner; r = runner.run({str(probe)!r}); print(r.stdout + r.stderr)"
    tag = f"launch-{uuid.uuid4().hex}"
    proc = hostile([sys.executable, "-c", code], tmp_path, {"SNIPCHECK_TAG": tag})
    assert proc.returncode == 0, proc.stderr
    blocked, ignored, armed, python_vars, tmpdir = json.loads(proc.stdout.splitlines()[0])
    assert int(blocked, 16) == 0, f"signals blocked in the snippet: {blocked}"
    sigpipe_sigxfsz = (1 << 12) | (1 << 24)  # Python ignores these two itself, as from a terminal
    assert int(ignored, 16) & ~(3 << 31) == sigpipe_sigxfsz, f"signals ignored in the snippet: {ignored}"
    assert armed, "SIGINT does not raise KeyboardInterrupt in the snippet"
    assert python_vars == ["PYTHONDONTWRITEBYTECODE", "PYTHONIOENCODING", "PYTHONUNBUFFERED", "PYTHONUTF8"]
    assert tmpdir
    no_survivors(tag)


def test_snippets_check_passes_whatever_the_launcher_and_writes_nothing(checkout, tmp_path: Path) -> None:
    repo, _ = checkout
    assert len(TOUCHY) >= 30, TOUCHY  # threads/signal_main, the pool snippets, ipc/signal_*, subprocess/*
    tag = f"launch-{uuid.uuid4().hex}"
    patterns = [f"snippets/{rel}" for rel in [*TOUCHY, "faults/writes_beside.py"]]
    cmd = [sys.executable, "-m", "snipcheck.cli", "check", *patterns]
    proc = hostile(cmd, tmp_path, {"SNIPCHECK_ROOT": str(repo), "SNIPCHECK_TAG": tag})
    assert proc.returncode == 0, proc.stdout[-5000:] + proc.stderr[-3000:]
    passed = re.search(r"(\d+) passed, 0 failed", proc.stdout)
    assert passed and int(passed[1]) >= len(patterns), proc.stdout[-3000:]
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == "", (
        "the run wrote into the checkout"
    )
    no_survivors(tag)


def test_strict_build_passes_whatever_the_launcher_and_writes_nothing(checkout, tmp_path: Path) -> None:
    repo, cache = checkout
    tag = f"launch-{uuid.uuid4().hex}"
    site = tmp_path / "site"
    cmd = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-f",
        str(repo / "mkdocs.yml"),
        "-d",
        str(site),
    ]
    env = {"SNIPCHECK_ROOT": str(repo), "SNIPCHECK_CACHE": str(cache), "SNIPCHECK_TAG": tag}
    proc = hostile(cmd, tmp_path, env)
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log[-8000:]
    ran = set(re.findall(r"running snippets/(\S+) \[", log))
    assert set(REBUILT) | {"faults/writes_beside.py"} <= ran, "the touched snippets ran under this launcher"
    assert (
        "записано: [&#x27;1&#x27;, &#x27;2&#x27;, &#x27;3&#x27;]"
        in (site / "threads" / "index.html").read_text()
    )
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == "", (
        "the build wrote in the checkout"
    )
    no_survivors(tag)
