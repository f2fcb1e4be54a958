"""The one place that starts a snippet, as a reader does (``python snippet.py`` typed in a terminal): default
signal dispositions and an empty signal mask whatever the launcher had, its own process group, a scratch
directory as its working directory and ``TMPDIR``, an allow-listed environment, UTF-8 unbuffered output, no
stdin, caps on output, address space and CPU time, a timeout.  The snippet runs from a copy of its folder's
``.py`` files in the scratch directory: whatever it writes (beside ``__file__`` too) is thrown away with it.

On POSIX a small supervisor (``_SUPERVISE``) is the snippet's parent and, on Linux, a child subreaper: every
process of the run that loses its parent comes back to it, whatever session, group or environment it made
for itself.  When the snippet has exited, what is still alive after a grace period is listed, killed and
reported; at the timeout (or when the output cap is hit) everything is killed."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

MAX_OUTPUT = 1 << 20  # bytes per stream
MAX_ADDRESS_SPACE = 4 << 30  # bytes, per process (Linux only)
GRACE = 5.0  # seconds for helpers (resource tracker...) to be gone after the main process
BOOT = Path(__file__).with_name("_boot")  # sitecustomize: start method, and the recorder of traced runs
LINUX = sys.platform.startswith("linux")
POSIX = os.name == "posix"
# All a snippet's environment has (no tokens, CI secrets, PYTHON* of the launcher); SNIPCHECK_TAG finds a
# test session's strays.
ENV_ALLOW = ("PATH", "SYSTEMROOT", "COMSPEC", "PATHEXT", "WINDIR", "TZ", "SNIPCHECK_TAG")


@dataclass
class RunResult:
    stdout: str
    stderr: str
    exit_code: int | None  # None when the run was cut short (timeout, output limit)
    duration: float
    cpu: float | None = None  # seconds of CPU of the snippet and the children it waited for (POSIX)
    errors: list[str] = field(default_factory=list)  # problems of the run itself (not of its output)
    events: list[dict] = field(default_factory=list)  # what a traced run recorded (see _boot/), by time

    @property
    def signal_name(self) -> str | None:
        if self.exit_code is None or self.exit_code >= 0:
            return None
        with contextlib.suppress(ValueError):
            return signal.Signals(-self.exit_code).name
        return f"signal {-self.exit_code}"


def processes_with(marker: str) -> list[tuple[int, str]]:  # env holds "NAME=value": [(pid, command)]; Linux
    found = []
    for entry in Path("/proc").iterdir() if LINUX else ():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        with contextlib.suppress(OSError):  # gone meanwhile, or not ours to read
            if marker.encode() in (entry / "environ").read_bytes().split(b"\0"):
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
                cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
                if state != "Z":
                    found.append((int(entry.name), cmd[:120]))
    return found


# `python -I -c _SUPERVISE REPORT_FD TIMEOUT GRACE CPU AS snippet.py`: the snippet's parent (POSIX).
# It becomes a child subreaper (Linux), sets the limits the snippet inherits, spawns it in its own process
# group with every signal at its default and none blocked (exec keeps ignored signals and the mask: a build
# started by nohup or `make &` would pass them on), reaps what comes back to it, and reports on REPORT_FD:
# first {"pid"}, at the end {"exit", "cpu", "duration", "left": [[pid, command]...]} (exit None: cut short).
# SIGTERM from the runner (output cap) ends the run like the timeout.
_SUPERVISE = r"""import json, os, resource, select, signal, sys, time
fd, timeout, grace, cpu, mem = int(sys.argv[1]), *map(float, sys.argv[2:4]), *map(int, sys.argv[4:6])
os.set_inheritable(fd, False)
wake_r, wake_w = os.pipe()
os.set_blocking(wake_w, False)
signal.set_wakeup_fd(wake_w, warn_on_full_buffer=False)
for s in (signal.SIGCHLD, signal.SIGTERM):
    signal.signal(s, lambda *_: None)
signal.pthread_sigmask(signal.SIG_SETMASK, [])
try:
    import ctypes
    ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
except (ImportError, OSError, AttributeError):
    pass  # not Linux: orphans go to init, only the snippet's group is killed at the end
for which, value in ((resource.RLIMIT_CPU, cpu), (resource.RLIMIT_AS, mem)):
    try: resource.setrlimit(which, (value, value))
    except (OSError, ValueError): pass
def say(**what):
    os.write(fd, (json.dumps(what) + "\n").encode())
def wait(deadline, main=None):  # reap until `main` exits (its wait4) or, without it, no child is left (True)
    while True:
        try:
            while (got := os.wait4(-1, os.WNOHANG))[0]:
                if got[0] == main:
                    return got
        except ChildProcessError:
            return True
        left = deadline - time.monotonic()
        if left <= 0 or select.select([wake_r], [], [], left)[0] and signal.SIGTERM in os.read(wake_r, 512):
            return None  # the deadline, or the runner says stop
def family():  # {pid: command} of the live processes below this one
    parents, names = {}, {}
    for p in filter(str.isdigit, os.listdir("/proc")) if os.path.isdir("/proc/self") else ():
        try:
            with open(f"/proc/{p}/stat") as f:
                state, ppid = f.read().rsplit(")", 1)[1].split()[:2]
            with open(f"/proc/{p}/cmdline", "rb") as f:
                names[int(p)] = f.read().replace(b"\0", b" ").decode(errors="replace").strip()[:200]
            if state != "Z":
                parents[int(p)] = int(ppid)
        except (OSError, ValueError):
            pass
    mine, found = {os.getpid()}, True
    while found:
        found = {p for p, pp in parents.items() if pp in mine and p not in mine}
        mine |= found
    return {p: names[p] for p in mine - {os.getpid()}}
def sweep():  # kill everything below until nothing is: what was alive
    killed, stop = {}, time.monotonic() + 10
    while time.monotonic() < stop:
        alive = family()
        killed.update(alive)
        for p in alive:
            try: os.kill(p, signal.SIGKILL)
            except OSError: pass
        if wait(time.monotonic() + 0.05) is True:
            break
    return killed
sigs = set(signal.valid_signals()) - {signal.SIGKILL, signal.SIGSTOP}
started = time.monotonic()
try:
    child = os.posix_spawn(sys.executable, [sys.executable, *sys.argv[6:]], os.environ,
                           setpgroup=0, setsigmask=(), setsigdef=sigs)
except OSError as exc:
    say(error=f"cannot start {sys.executable}: {exc}")
    sys.exit()
say(pid=child)
got, left = wait(started + timeout, child), {}
duration = time.monotonic() - started
if got is None or wait(time.monotonic() + grace) is None:  # cut short, or something is still alive
    left = sweep()
try: os.killpg(child, signal.SIGKILL)  # without a subreaper (macOS) the orphans of its group at least
except OSError: pass
say(exit=got and os.waitstatus_to_exitcode(got[1]), cpu=got and got[2].ru_utime + got[2].ru_stime,
    duration=duration, left=sorted(left.items()) if got else [])
"""


def _drain(stream, cap: int, data: bytearray, overflow: threading.Event, stop) -> None:
    while chunk := stream.read1(65536):
        room = cap - len(data)
        data += chunk[: max(room, 0)]
        if len(chunk) > room:
            overflow.set()
            stop()
    stream.close()


def _copy(path: Path, scratch: str) -> Path:
    """The snippet and the other .py files of its folder (it may import them), under the last two folder names
    of its path (``…/snippets/threads/x.py``, as a reader's tracebacks show it)."""
    folder = Path(scratch, path.parent.parent.name, path.parent.name)
    folder.mkdir(parents=True)
    for f in {*path.parent.glob("*.py"), path}:
        shutil.copyfile(f, folder / f.name)
    return folder / path.name


def run(
    path: Path | str,
    *,
    python: str | None = None,
    timeout: float = 30.0,
    start_method: str | None = None,
    trace: bool = False,
    max_output: int = MAX_OUTPUT,
) -> RunResult:
    """Run a snippet under `python`; `start_method` and `trace` are applied by ``_boot/sitecustomize.py``
    (the file stays untouched); a traced run records its threads' work, waits and holds (``events``)."""
    path = Path(path).resolve()
    if not path.is_file():
        raise FileNotFoundError(f"snippet not found: {path}")
    scratch = tempfile.mkdtemp(prefix="snippet-")
    env = {k: v for k, v in os.environ.items() if k in ENV_ALLOW}
    env.update(HOME=scratch, TMPDIR=scratch, TEMP=scratch, TMP=scratch, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.update(PYTHONUTF8="1", PYTHONIOENCODING="utf-8", PYTHONUNBUFFERED="1", PYTHONDONTWRITEBYTECODE="1")
    env.update(COLUMNS="100")
    trace_dir = tempfile.mkdtemp(prefix="snippet-trace-") if trace else ""
    if start_method or trace_dir:
        env.update(PYTHONPATH=str(BOOT), SNIPCHECK_START_METHOD=start_method or "", SNIPCHECK_TRACE=trace_dir)
    cpu_limit = int(timeout * 2) + 5  # seconds
    cmd, python = [str(_copy(path, scratch))], python or sys.executable
    popen = {"stdin": subprocess.DEVNULL, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "env": env}
    started, report, final = time.monotonic(), {}, {}
    if POSIX:
        read_end, write_end = os.pipe()
        args = [write_end, timeout, GRACE, cpu_limit, MAX_ADDRESS_SPACE]
        cmd[:0] = ["-I", "-c", _SUPERVISE, *map(str, args)]
        proc = subprocess.Popen(
            [python, *cmd], cwd=scratch, start_new_session=True, pass_fds=[write_end], **popen
        )
        os.close(write_end)
        reports = os.fdopen(read_end, "rb")
        report = json.loads(reports.readline() or "{}")  # the snippet's PID, once it is started

        def stop() -> None:  # the supervisor kills the run
            with contextlib.suppress(OSError):
                os.kill(proc.pid, signal.SIGTERM)
    else:
        group = subprocess.CREATE_NEW_PROCESS_GROUP
        proc = subprocess.Popen([python, *cmd], cwd=scratch, creationflags=group, **popen)

        def stop() -> None:
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True, check=False)

    sample = [sys.executable, "-S", str(BOOT / "cpu_sampler.py"), str(report.get("pid")), trace_dir]
    sampler = subprocess.Popen(sample) if trace_dir and LINUX and "pid" in report else None
    overflow, datas = threading.Event(), (bytearray(), bytearray())
    readers = [
        threading.Thread(target=_drain, args=(s, max_output, d, overflow, stop), daemon=True)
        for s, d in zip((proc.stdout, proc.stderr), datas, strict=True)
    ]
    for thread in readers:
        thread.start()
    try:
        proc.wait(timeout + GRACE + 30 if POSIX else timeout)
        final = json.loads(reports.read().splitlines()[-1]) if POSIX else {"exit": proc.returncode}
    except (subprocess.TimeoutExpired, IndexError, ValueError):  # Windows: the timeout; POSIX: no report
        stop()
        for group in (proc.pid, report.get("pid")) if POSIX else ():
            with contextlib.suppress(OSError, TypeError):
                os.killpg(group, signal.SIGKILL)
        proc.wait()
    finally:
        if sampler is not None:
            sampler.kill()
            sampler.wait()
        for r in readers:
            r.join(5)
        if POSIX:
            reports.close()
    events = []  # what every process of a traced run recorded, in time order
    for f in sorted(Path(trace_dir).glob("*.jsonl")) if trace_dir else ():
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            with contextlib.suppress(ValueError):  # a line cut short by a killed process
                events.append(json.loads(line))
    events.sort(key=lambda e: e.get("a", 0))
    for folder in filter(None, (scratch, trace_dir)):
        shutil.rmtree(folder, ignore_errors=True)
    problems = [report["error"]] if "error" in report else []
    if POSIX and "exit" not in final and not problems:
        problems.append("its supervisor ended without a report (killed?)")
    for name, raw in zip(("stdout", "stderr"), datas, strict=True):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as e:
            problems.append(f"{name} is not valid UTF-8 (byte {e.start}: {raw[e.start : e.start + 8]!r})")
    texts = [raw.decode("utf-8", errors="backslashreplace").replace("\r\n", "\n") for raw in datas]
    code = None if overflow.is_set() else final.get("exit")
    if code is None and not overflow.is_set() and not problems:
        problems.append(f"killed with its process group after the {timeout:g} s timeout")
    if overflow.is_set():
        problems.append(f"killed after printing more than {max_output} bytes on one stream")
    if left := final.get("left"):
        problems.append(
            f"left {len(left)} process(es) running after it exited (killed, even outside its process group "
            "and session): " + "; ".join(f"{pid} {cmd}" for pid, cmd in left)
        )
    if LINUX and code == -signal.SIGXCPU:
        problems.append(f"CPU time limit hit ({cpu_limit} s)")
    if "MemoryError" in texts[1] and LINUX:
        problems.append(f"memory limit hit ({MAX_ADDRESS_SPACE >> 30} GiB of address space per process)")
    duration = final.get("duration", time.monotonic() - started)
    errors = [f"{path}: {why}" for why in problems]
    return RunResult(
        *texts, code, round(duration, 3), final.get("cpu") and round(final["cpu"], 3), errors, events
    )
