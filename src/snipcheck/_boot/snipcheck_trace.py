"""Record when a snippet's threads and processes work, wait and hold locks (timelines of the site).

Installed by this folder's ``sitecustomize`` into every process of a traced run,
so the snippet stays the reader's plain program.  Only what the snippet's own
code does is recorded (calls and objects made from ``__main__`` /
``__mp_main__``), never the standard library's internal locks and sleeps:

- thread lifetimes (``Thread._bootstrap_inner``) and process lifetimes
  (``BaseProcess._bootstrap`` in a child, install .. exit in the main process);
- ``time.sleep`` (an I/O stand-in): one span per call;
- ``threading.Lock``: waiting in ``acquire`` and holding (acquired .. released);
  the hold is measured *inside* the real lock (start after acquire returns,
  end before release), so two holds of one lock can never overlap in the data
  unless they overlapped in reality;
- ``Semaphore`` / ``BoundedSemaphore``: waiting and holding, measured the same way;
- ``Barrier.wait``, ``Condition.wait``, ``Event.wait``: arrival .. return;
- tasks of ``multiprocessing.Pool`` and ``concurrent.futures`` executors
  (the snippet's function is wrapped in a picklable ``_Task``).

When each thread really computed is sampled from outside, by ``cpu_sampler.py``
(a helper process of the runner): a sampler inside would need the GIL itself
and so change the very schedule it records.  A thread's or process's end
record carries its final CPU time (``c``), so nothing after the last sample is lost.

Every process appends JSON lines to ``<dir>/<pid>.jsonl`` with ``os.write``
(no buffering: pool workers leave through ``os._exit``).  Times are
``time.monotonic_ns()``, one clock for all processes of the machine.
Standard library only; Python 3.9+.
"""

import atexit
import json
import linecache
import os
import re
import sys
import threading
import time

_now = time.monotonic_ns
_real_sleep = time.sleep
_USER = ("__main__", "__mp_main__")
_ASSIGN = re.compile(r"^\s*(?:self\.)?([A-Za-z_]\w*)\s*(?::[^=]*)?=(?!=)")
WAIT_MIN_NS = 20_000  # shorter waits are not worth a record

_dir = None
_fd = None
_fd_pid = None
_t_install = 0


# --------------------------------------------------------------------------- writing


def _write(rec):
    global _fd, _fd_pid
    pid = os.getpid()
    if _fd_pid != pid:  # first record of this process (or of a forked child)
        _fd = os.open(os.path.join(_dir, f"{pid}.jsonl"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        _fd_pid = pid
    rec["p"] = pid
    os.write(_fd, (json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n").encode())


def _thread_name():
    t = threading._active.get(threading.get_ident())  # never creates a _DummyThread
    return t.name if t is not None else f"thread-{threading.get_native_id()}"


def _who():
    return (threading.get_native_id(), _thread_name())


def _span(kind, t0, t1, who=None, **extra):
    tid, name = who or _who()
    rec = {"k": kind, "i": tid, "n": name, "a": t0, "b": t1}
    rec.update(extra)
    _write(rec)


def _user(frame):
    return frame is not None and frame.f_globals.get("__name__") in _USER


def _made_by_user(obj):
    """A Thread or Process whose code is the snippet's (its target, or its own class)."""
    target = getattr(obj, "_target", None)
    return getattr(target, "__module__", None) in _USER or type(obj).__module__ in _USER


def _label(frame, kind):
    """The variable a sync object is assigned to (``lock = threading.Lock()`` -> 'lock')."""
    line = linecache.getline(frame.f_code.co_filename, frame.f_lineno)
    m = _ASSIGN.match(line)
    return m.group(1) if m else f"{kind}@{frame.f_lineno}"


# --------------------------------------------------------------------------- threads and sleeps


def _patch_threads():
    Thread = threading.Thread
    orig = Thread._bootstrap_inner

    def _bootstrap_inner(self):
        t0 = _now()
        user = int(_made_by_user(self))
        _write({"k": "thread-start", "i": threading.get_native_id(), "n": self.name, "a": t0, "u": user})
        try:
            orig(self)
        finally:
            _span(
                "thread", t0, _now(), (threading.get_native_id(), self.name), u=user, c=time.thread_time_ns()
            )

    Thread._bootstrap_inner = _bootstrap_inner

    def sleep(secs):
        if not _user(sys._getframe(1)):
            return _real_sleep(secs)
        t0 = _now()
        try:
            _real_sleep(secs)
        finally:
            _span("sleep", t0, _now(), s=secs)

    time.sleep = sleep


class TracedLock:
    """A ``threading.Lock`` made by the snippet: the real lock plus records of waits and holds."""

    __slots__ = ("__weakref__", "_holder", "_label", "_lock")

    def __init__(self, lock, label):
        self._lock = lock
        self._label = label
        self._holder = None

    def acquire(self, blocking=True, timeout=-1):
        t0 = _now()
        ok = self._lock.acquire(blocking, timeout)
        t1 = _now()
        who = _who()
        if blocking and t1 - t0 > WAIT_MIN_NS:
            _span("lock-wait", t0, t1, who, o=self._label, ok=ok)
        if ok:
            self._holder = (who, _now())
        return ok

    def release(self):
        holder, self._holder = self._holder, None
        t1 = _now()
        self._lock.release()
        if holder is not None:
            _span("lock-hold", holder[1], t1, holder[0], o=self._label)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def locked(self):
        return self._lock.locked()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._holder = None

    def __repr__(self):
        return f"<traced {self._lock!r}>"


def _patch_sync():
    real_lock = threading.Lock

    def Lock(*args, **kwargs):
        lock = real_lock(*args, **kwargs)
        frame = sys._getframe(1)
        return TracedLock(lock, _label(frame, "Lock")) if _user(frame) else lock

    threading.Lock = Lock

    def mark(cls, kind):
        init = cls.__init__

        def __init__(self, *args, **kwargs):
            init(self, *args, **kwargs)
            frame = sys._getframe(1)
            self._sc_label = _label(frame, kind) if _user(frame) else None
            self._sc_holds = {}

        cls.__init__ = __init__

    # Semaphore (and BoundedSemaphore, a subclass): waits and holds per thread.
    Sem = threading.Semaphore
    mark(Sem, "Semaphore")
    mark(threading.BoundedSemaphore, "BoundedSemaphore")  # its __init__ calls Semaphore's: label it last
    sem_acquire, sem_release, bsem_release = Sem.acquire, Sem.release, threading.BoundedSemaphore.release

    def acquire(self, blocking=True, timeout=None):
        label = getattr(self, "_sc_label", None)
        if label is None:
            return sem_acquire(self, blocking, timeout)
        t0 = _now()
        ok = sem_acquire(self, blocking, timeout)
        t1 = _now()
        who = _who()
        if blocking and t1 - t0 > WAIT_MIN_NS:
            _span("sem-wait", t0, t1, who, o=label, ok=ok)
        if ok:
            self._sc_holds.setdefault(who, []).append(_now())
        return ok

    def releaser(real):
        def release(self, n=1):
            label = getattr(self, "_sc_label", None)
            if label is None:
                return real(self, n)
            who = _who()
            starts = self._sc_holds.get(who) or []
            ends = [(starts.pop(), _now()) for _ in range(min(n, len(starts)))]
            real(self, n)
            for t0, t1 in ends:
                _span("sem-hold", t0, t1, who, o=label)

        return release

    Sem.acquire = acquire
    Sem.__enter__ = acquire
    Sem.release = releaser(sem_release)
    threading.BoundedSemaphore.release = releaser(bsem_release)

    def __exit__(self, *exc):
        self.release()

    Sem.__exit__ = __exit__

    # Barrier, Condition and Event: one span from arrival to return.
    for cls, kind, record in (
        (threading.Barrier, "Barrier", "barrier-wait"),
        (threading.Condition, "Condition", "cond-wait"),
        (threading.Event, "Event", "event-wait"),
    ):
        mark(cls, kind)
        real_wait = cls.wait

        def wait(self, timeout=None, _real=real_wait, _record=record):
            label = getattr(self, "_sc_label", None)
            if label is None:
                return _real(self, timeout)
            t0 = _now()
            result = "broken"
            try:
                result = _real(self, timeout)
                return result
            finally:
                extra = {"o": label, "r": result if isinstance(result, (bool, int)) else str(result)}
                if _record == "barrier-wait":
                    extra["parties"] = self.parties
                _span(_record, t0, _now(), **extra)

        cls.wait = wait


# --------------------------------------------------------------------------- processes and pools


class _Task:
    """The snippet's function as a pool or executor task: records when and where it ran."""

    def __init__(self, func):
        self.func = func

    def __call__(self, *args, **kwargs):
        t0 = _now()
        try:
            return self.func(*args, **kwargs)
        finally:
            shown = ", ".join(repr(a)[:20] for a in args)
            _span("task", t0, _now(), o=getattr(self.func, "__name__", "task"), x=shown)


def _task(func):
    if getattr(func, "__module__", None) in _USER and not isinstance(func, _Task):
        return _Task(func)
    return func


def _process_name():
    mp = sys.modules.get("multiprocessing.process")
    return mp.current_process().name if mp else "MainProcess"


def _patch_processes():
    import concurrent.futures as cf
    import multiprocessing.pool as mpool
    import multiprocessing.process as mproc

    orig = mproc.BaseProcess._bootstrap

    def _bootstrap(self, *args, **kwargs):
        t0 = _now()
        user = int(_made_by_user(self))
        _write({"k": "proc-start", "i": threading.get_native_id(), "n": self.name, "a": t0, "u": user})
        try:
            return orig(self, *args, **kwargs)
        finally:
            _span("proc", t0, _now(), (threading.get_native_id(), self.name), u=user, c=time.thread_time_ns())

    mproc.BaseProcess._bootstrap = _bootstrap

    Pool = mpool.Pool
    for name in ("apply_async", "_map_async", "imap", "imap_unordered"):
        real = getattr(Pool, name)

        def method(self, func, *args, _real=real, **kwargs):
            return _real(self, _task(func), *args, **kwargs)

        setattr(Pool, name, method)

    for cls in (cf.ThreadPoolExecutor, cf.ProcessPoolExecutor):
        real_submit = cls.submit

        def submit(self, fn, /, *args, _real=real_submit, **kwargs):
            return _real(self, _task(fn), *args, **kwargs)

        cls.submit = submit

    real_map = cf.ProcessPoolExecutor.map

    def pmap(self, fn, *iterables, **kwargs):
        return real_map(self, _task(fn), *iterables, **kwargs)

    cf.ProcessPoolExecutor.map = pmap


# --------------------------------------------------------------------------- install


def install(directory):
    """Start recording into `directory` (called once per process by sitecustomize)."""
    global _dir, _t_install
    _dir = directory
    _t_install = _now()
    _write(
        {"k": "proc-start", "i": threading.get_native_id(), "n": _process_name(), "a": _t_install, "boot": 1}
    )
    _patch_threads()
    _patch_sync()
    _patch_processes()

    def _exit():
        _span(
            "proc",
            _t_install,
            _now(),
            (threading.get_native_id(), _process_name()),
            boot=1,
            c=time.thread_time_ns(),
        )

    atexit.register(_exit)
