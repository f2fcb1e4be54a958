"""Record what the snippet's own code (``__main__``/``__mp_main__``) does in every process of a traced run:
thread and process lives, sleeps, Lock/Semaphore waits and holds (a hold is measured *inside* the real
lock, so holds overlap only if they did), Barrier/Condition/Event waits, pool tasks.  CPU is sampled from
outside (``cpu_sampler.py``: inside it would need the GIL).  JSON lines go to ``<dir>/<pid>.jsonl`` by
``os.write`` (unbuffered: pool workers leave through ``os._exit``).  Standard library only; Python 3.9+.
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

_dir = _fd = _fd_pid = None


def _write(rec):
    global _fd, _fd_pid
    pid = os.getpid()
    if _fd_pid != pid:  # first record of this process (or of a forked child)
        _fd = os.open(os.path.join(_dir, f"{pid}.jsonl"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        _fd_pid = pid
    rec["p"] = pid
    os.write(_fd, (json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n").encode())


def _who():
    tid, t = threading.get_native_id(), threading._active.get(threading.get_ident())  # no _DummyThread
    return (tid, t.name if t is not None else f"thread-{tid}")


def _span(kind, t0, t1, who=None, **extra):
    tid, name = who or _who()
    _write(dict({"k": kind, "i": tid, "n": name, "a": t0, "b": t1}, **extra))


def _label(frame, kind):  # ``lock = threading.Lock()`` -> 'lock'; None: the standard library's own
    if frame.f_globals.get("__name__") not in _USER:
        return None
    m = _ASSIGN.match(linecache.getline(frame.f_code.co_filename, frame.f_lineno))
    return m.group(1) if m else f"{kind}@{frame.f_lineno}"


def _lifetime(kind, bootstrap):  # ``u``: the snippet's own (its target, or its class, comes from the snippet)
    def wrapper(self, *args, **kwargs):
        t0 = _now()
        target = getattr(self, "_target", None)
        user = int(getattr(target, "__module__", None) in _USER or type(self).__module__ in _USER)
        _write({"k": kind + "-start", "i": threading.get_native_id(), "n": self.name, "a": t0, "u": user})
        try:
            return bootstrap(self, *args, **kwargs)
        finally:  # the name as it is now: the code may have renamed its thread or process
            _span(kind, t0, _now(), (threading.get_native_id(), self.name), u=user, c=time.thread_time_ns())

    return wrapper


def _sleep(secs):
    if sys._getframe(1).f_globals.get("__name__") not in _USER:
        return _real_sleep(secs)
    t0 = _now()
    try:
        _real_sleep(secs)
    finally:
        _span("sleep", t0, _now(), s=secs)


def _acquired(kind, label, t0, blocking, ok):  # -> (who, hold start)
    t1, who = _now(), _who()
    if blocking and t1 - t0 > WAIT_MIN_NS:
        _span(kind, t0, t1, who, o=label, ok=ok)
    return who, _now()


class TracedLock:
    __slots__ = ("__weakref__", "_holder", "_label", "_lock")

    def __init__(self, lock, label):
        self._lock, self._label, self._holder = lock, label, None

    def acquire(self, blocking=True, timeout=-1):
        t0, ok = _now(), self._lock.acquire(blocking, timeout)
        holder = _acquired("lock-wait", self._label, t0, blocking, ok)
        if ok:
            self._holder = holder
        return ok

    def release(self):
        holder, self._holder, t1 = self._holder, None, _now()
        self._lock.release()
        if holder is not None:
            _span("lock-hold", holder[1], t1, holder[0], o=self._label)

    __enter__ = acquire

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
    t, real_lock = threading, threading.Lock

    def Lock(*args, **kwargs):
        lock, label = real_lock(*args, **kwargs), _label(sys._getframe(1), "Lock")
        return lock if label is None else TracedLock(lock, label)

    threading.Lock = Lock

    # Objects made by the snippet get a label; the others (made inside threading) are not recorded.
    # BoundedSemaphore's __init__ calls Semaphore's: its own wrapper runs last and labels it.
    for cls in (t.Semaphore, t.BoundedSemaphore, t.Barrier, t.Condition, t.Event):

        def __init__(self, *args, _init=cls.__init__, _kind=cls.__name__, **kwargs):
            _init(self, *args, **kwargs)
            self._sc_label = _label(sys._getframe(1), _kind)
            self._sc_holds = {}  # thread -> hold start times (a Semaphore)

        cls.__init__ = __init__

    def acquire(self, blocking=True, timeout=None, _real=t.Semaphore.acquire):
        label = getattr(self, "_sc_label", None)
        if label is None:
            return _real(self, blocking, timeout)
        t0, ok = _now(), _real(self, blocking, timeout)
        who, start = _acquired("sem-wait", label, t0, blocking, ok)
        if ok:
            self._sc_holds.setdefault(who, []).append(start)
        return ok

    for cls, real in [(c, c.release) for c in (t.Semaphore, t.BoundedSemaphore)]:  # both before patching

        def release(self, n=1, _real=real):
            label = getattr(self, "_sc_label", None)
            if label is None:
                return _real(self, n)
            starts = self._sc_holds.get(who := _who()) or []
            ends = [(starts.pop(), _now()) for _ in range(min(n, len(starts)))]
            _real(self, n)
            for t0, t1 in ends:
                _span("sem-hold", t0, t1, who, o=label)

        cls.release = release

    # Semaphore.__enter__ is the old acquire itself; its __exit__ looks release() up, so it stays.
    t.Semaphore.acquire = t.Semaphore.__enter__ = acquire

    for cls, record in {t.Barrier: "barrier-wait", t.Condition: "cond-wait", t.Event: "event-wait"}.items():

        def wait(self, timeout=None, _real=cls.wait, _record=record):
            label = getattr(self, "_sc_label", None)
            if label is None:
                return _real(self, timeout)
            t0, result = _now(), "broken"  # kept if the wait raises (a broken Barrier)
            try:
                return (result := _real(self, timeout))
            finally:
                r = result if isinstance(result, (bool, int)) else str(result)
                extra = {"parties": self.parties} if _record == "barrier-wait" else {}
                _span(_record, t0, _now(), o=label, r=r, **extra)

        cls.wait = wait


class _Task:
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
    return _Task(func) if getattr(func, "__module__", None) in _USER and not isinstance(func, _Task) else func


def _patch_processes():
    import concurrent.futures as cf
    import multiprocessing.pool as mpool
    import multiprocessing.process as mproc

    mproc.BaseProcess._bootstrap = _lifetime("proc", mproc.BaseProcess._bootstrap)
    # The snippet's function is wrapped wherever a pool or executor takes one (same parameter names).
    for name, real in [
        (n, getattr(mpool.Pool, n)) for n in ("apply_async", "_map_async", "imap", "imap_unordered")
    ]:

        def method(self, func, *args, _real=real, **kwargs):
            return _real(self, _task(func), *args, **kwargs)

        setattr(mpool.Pool, name, method)
    # A thread pool's map goes through submit; a process pool's hides the function in a partial first.
    te, pe = cf.ThreadPoolExecutor, cf.ProcessPoolExecutor
    for cls, name, real in ((te, "submit", te.submit), (pe, "submit", pe.submit), (pe, "map", pe.map)):

        def method(self, fn, /, *args, _real=real, **kwargs):
            return _real(self, _task(fn), *args, **kwargs)

        setattr(cls, name, method)


def _process_name():
    mp = sys.modules.get("multiprocessing.process")
    return mp.current_process().name if mp else "MainProcess"


def install(directory):
    global _dir
    _dir = directory
    t0 = _now()
    _write({"k": "proc-start", "i": threading.get_native_id(), "n": _process_name(), "a": t0, "boot": 1})
    threading.Thread._bootstrap_inner = _lifetime("thread", threading.Thread._bootstrap_inner)
    time.sleep = _sleep
    _patch_sync()
    _patch_processes()

    def _exit():  # the name now: a spawned child learns its own after start-up
        _span(
            "proc", t0, _now(), (threading.get_native_id(), _process_name()), boot=1, c=time.thread_time_ns()
        )

    atexit.register(_exit)
