"""Find (or fetch: uv, Debian's packages) one CPython for each of 3.10 ... 3.15.

Usage: python3 scripts/pythons.py [--allow-missing] [--no-fetch] [--refresh] [--versions 3.12,3.14]

For every version the newest patch release among these candidates is taken:

* pyenv: ``$PYENV_ROOT/versions/*/bin/python3`` (default ``~/.pyenv``);
* ``python3.X`` in every directory on PATH (pyenv shims skipped), the python.org
  framework on macOS and GitHub's tool cache (``$RUNNER_TOOL_CACHE/Python/3.X.*``);
* the Windows launcher ``py -3.X`` and ``uv python find 3.X`` when they exist;
* the project's own cache ``.cache/pythons/3.X/``.

A candidate counts only if it is CPython of that version with the GIL (not a
free-threaded build) and runs a tiny multiprocessing check under every start
method it has (and subprocess, ctypes, shared_memory, on 3.14+ an
InterpreterPoolExecutor).  What was learnt about a file is remembered in
``.cache/pythons/probes.json`` (keyed by path, size and mtime), so a run with
everything cached starts no interpreter at all.

Versions still missing are asked of uv first, where it is on PATH (``uv python install
3.X``, any system: the CI's macOS and Windows jobs take this way), then fetched on Linux
x86_64 when apt-get and dpkg-deb are there: Debian unstable's python3.X-minimal, libpython3.X-minimal,
libpython3.X-stdlib and the libraries they need (glibc included) are downloaded
through a private sources list and state directory (the system's apt lists stay
untouched), unpacked into ``.cache/pythons/3.X/`` and the interpreter is patched
with patchelf to use that prefix's loader and libraries (ELF interpreter and
DT_RPATH, which also covers the extension modules it loads).  No wrapper and no
environment variable is needed: the stdlib is found next to the binary
(``<prefix>/usr/lib/python3.X``), children started through ``sys.executable``
work as is, and programs the snippets start (``/bin/sh``...) keep the system's
libraries.

Result: ``.cache/pythons/interpreters.json`` = ``{"3.10": {"path": ..., "version": "3.10.13"}, ...}``
and a table.  Exit status 1 naming every missing version unless ``--allow-missing``
(then the file lists what was found).  Standard library only; runs under Python 3.10+.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import glob
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "pythons"
VERSIONS = ("3.10", "3.11", "3.12", "3.13", "3.14", "3.15")
IS_WINDOWS = sys.platform == "win32"
DEBIAN_SUITE = "unstable"
DEBIAN_MIRROR = "http://deb.debian.org/debian"
DEBIAN_KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"
# Run-time dependencies a test run does not need (terminal UI, dbm, data packages).
SKIP_DEPENDS = {
    "media-types",
    "mime-support",
    "netbase",
    "tzdata",
    "libdb5.3t64",
    "libdb5.3",
    "libncursesw6",
    "libreadline8t64",
    "libreadline8",
    "libtinfo6",
    "libc-gconv-modules-extra",  # 8 MiB of iconv tables
}
# Extension modules whose libraries must come from the prefix (the rest may fall back to the system).
NEEDED_MODULES = (
    "_bz2",
    "_ctypes",
    "_decimal",
    "_hashlib",
    "_lzma",
    "_multiprocessing",
    "_posixshmem",
    "_sqlite3",
    "_ssl",
    "_uuid",
    "_zstd",
    "mmap",
    "resource",
)
CHECK_TIMEOUT = 120

# Asked of every candidate: what it is.
PROBE = r"""
import json, multiprocessing, platform, sys, sysconfig
print(json.dumps({
    "executable": sys.executable,
    "version": platform.python_version(),
    "version_info": list(sys.version_info[:3]),
    "releaselevel": sys.version_info.releaselevel,
    "implementation": sys.implementation.name,
    "free_threaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
    "start_methods": multiprocessing.get_all_start_methods(),
    "default_start_method": multiprocessing.get_start_method(),
    "prefix": sys.prefix,
}))
"""

# Run as a file (spawn and forkserver re-import the main module in the child).
CHECK = r'''
"""Tiny check: multiprocessing under every start method, subprocess, ctypes, shared_memory."""
import ctypes, multiprocessing, os, subprocess, sys


def child(q, n):
    q.put((n * n, os.getpid()))


def square(n):
    return n * n


if __name__ == "__main__":
    for method in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context(method)
        q = ctx.Queue()
        p = ctx.Process(target=child, args=(q, 7))
        p.start()
        got, pid = q.get(timeout=60)
        p.join(60)
        assert got == 49 and pid != os.getpid() and p.exitcode == 0, (method, got, p.exitcode)
        with ctx.Pool(2) as pool:
            assert pool.map(square, range(4)) == [0, 1, 4, 9], method
        from multiprocessing import shared_memory
        shm = shared_memory.SharedMemory(create=True, size=16)
        try:
            shm.buf[0] = 42
            peer = shared_memory.SharedMemory(name=shm.name)
            assert peer.buf[0] == 42
            peer.close()
        finally:
            shm.close()
            shm.unlink()
    out = subprocess.run([sys.executable, "-c", "print(6 * 7)"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "42", out
    assert ctypes.sizeof(ctypes.c_int) == 4
    if os.name == "posix":
        assert ctypes.CDLL(None).getpid() == os.getpid()
    import bz2, hashlib, lzma, ssl, zlib, decimal, sqlite3
    assert hashlib.sha256(b"x").hexdigest().startswith("2d711642")
    if sys.version_info >= (3, 14):
        from concurrent.futures import InterpreterPoolExecutor
        with InterpreterPoolExecutor(2) as ex:
            assert list(ex.map(square, range(3))) == [0, 1, 4]
    print("ok")
'''


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- discovery


def candidates(version: str) -> list[tuple[str, str]]:
    """(source, file) pairs that may be a CPython `version`; duplicates removed later."""
    found: list[tuple[str, str]] = []
    exe = "python.exe" if IS_WINDOWS else "python3"
    pyenv = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")
    for p in sorted(glob.glob(str(pyenv / "versions" / f"{version}.*"))):
        for rel in (f"bin/{exe}", exe):
            if (Path(p) / rel).is_file():
                found.append(("pyenv", str(Path(p) / rel)))
    name = f"python{version}" + (".exe" if IS_WINDOWS else "")
    for d in os.environ.get("PATH", "").split(os.pathsep):
        if d and "shims" not in Path(d).parts and (Path(d) / name).is_file():
            found.append(("PATH", str(Path(d) / name)))
    frameworks = f"/Library/Frameworks/Python.framework/Versions/{version}/bin/python{version}"
    if os.path.isfile(frameworks):
        found.append(("python.org", frameworks))
    tool_cache = os.environ.get("RUNNER_TOOL_CACHE") or os.environ.get("AGENT_TOOLSDIRECTORY")
    if tool_cache:
        for p in sorted(glob.glob(os.path.join(tool_cache, "Python", f"{version}.*", "x64"))):
            for rel in (f"bin/python{version}", "python.exe"):
                if os.path.isfile(os.path.join(p, rel)):
                    found.append(("setup-python", os.path.join(p, rel)))
    if shutil.which("py"):  # the Windows launcher: ask it for the file, then treat that as any other
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                ["py", f"-{version}", "-c", "import sys; print(sys.executable)"],
                check=False,
                capture_output=True,
                text=True,
                timeout=30,
            )
            if out.returncode == 0 and out.stdout.strip():
                found.append(("py launcher", out.stdout.strip().splitlines()[-1]))
    if shutil.which("uv"):
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                ["uv", "python", "find", "--no-project", version],
                check=False,
                capture_output=True,
                text=True,
                timeout=30,
            )
            if out.returncode == 0 and out.stdout.strip():
                found.append(("uv", out.stdout.strip().splitlines()[-1]))
    own = cached_binary(version)
    if own.is_file():
        found.append(("cache (Debian)", str(own)))
    return found


def cached_prefix(version: str) -> Path:
    return CACHE / version


def cached_binary(version: str) -> Path:
    return cached_prefix(version) / "usr" / "bin" / f"python{version}"


def fingerprint(path: str) -> str | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    check_hash = hashlib.sha256((PROBE + CHECK).encode()).hexdigest()[:12]
    return f"{os.path.realpath(path)}|{st.st_size}|{st.st_mtime_ns}|{check_hash}"


def load_probes() -> dict:
    try:
        return json.loads((CACHE / "probes.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def probe(exe: str) -> tuple[dict | None, str]:
    """Ask an interpreter what it is and run the check; (info or None, why not)."""
    try:
        out = subprocess.run(
            [exe, "-I", "-c", PROBE],
            check=False,
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"does not start: {exc}"
    if out.returncode != 0:
        return None, f"does not start: {(out.stderr.strip().splitlines() or ['?'])[-1]}"
    try:
        info = json.loads(out.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None, f"unexpected answer: {out.stdout[:200]!r}"
    if info["implementation"] != "cpython":
        return info, f"not CPython ({info['implementation']})"
    if info["free_threaded"]:
        return info, "free-threaded build"
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE, prefix=".check-") as tmp:
        script = Path(tmp) / "pythons_check.py"
        script.write_text(CHECK, encoding="utf-8")
        try:
            out = subprocess.run(
                [info["executable"], "-I", str(script)],
                check=False,
                capture_output=True,
                text=True,
                timeout=CHECK_TIMEOUT,
                stdin=subprocess.DEVNULL,
                cwd=tmp,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            return info, f"check failed: {exc}"
    if out.returncode != 0 or out.stdout.strip() != "ok":
        tail = (out.stderr.strip().splitlines() or [out.stdout.strip() or "?"])[-1]
        return info, f"check failed: {tail}"
    return info, ""


def discover(versions: list[str], probes: dict, verbose: bool) -> dict[str, dict]:
    """Best working interpreter per version: {"3.12": {"path", "version", "source", ...}}."""
    jobs: list[tuple[str, str, str]] = []
    seen = set()
    for v in versions:
        for source, exe in candidates(v):
            if os.path.realpath(exe) not in seen:
                seen.add(os.path.realpath(exe))
                jobs.append((v, source, exe))

    def one(job):
        fp = fingerprint(job[2])
        if fp and fp in probes:
            return job, probes[fp]["info"], probes[fp]["problem"], fp
        info, problem = probe(job[2])
        # A failed start or check may be the machine's load: only lasting answers are remembered.
        lasting = not problem or problem.startswith(("not CPython", "free-threaded"))
        return job, info, problem, fp if lasting else None

    best: dict[str, dict] = {}
    workers = min(4, os.cpu_count() or 2)
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        for (v, source, exe), info, problem, fp in pool.map(one, jobs):
            if fp and info is not None:
                probes[fp] = {"info": info, "problem": problem}
            got = info and ".".join(map(str, info["version_info"][:2]))
            if info and got != v:
                problem = problem or f"is {info['version']}, not {v}"
            if verbose or problem:
                log(f"  {v}: {source}: {exe}: {problem or 'ok ' + info['version']}")
            if problem:
                continue
            entry = {
                "path": info["executable"],
                "version": info["version"],
                "source": source,
                "default_start_method": info["default_start_method"],
            }
            old = best.get(v)
            if old is None or tuple(info["version_info"]) > tuple(map(int, _numeric(old["version"]))):
                best[v] = entry
    return best


def _numeric(version: str) -> list[str]:
    return re.findall(r"\d+", version)[:3]


# ---------------------------------------------------------------- fetching (Debian unstable)


def uv_install(versions: list[str], probes: dict, verbose: bool) -> tuple[dict, dict]:
    """`uv python install` the missing versions where uv is on PATH (it fetches them for Linux, macOS and
    Windows): ({version: entry} found after it, {version: why not})."""
    if not shutil.which("uv"):
        return {}, {v: "uv is not on PATH" for v in versions}
    log(f"Asking uv for CPython {', '.join(versions)}: uv python install {' '.join(versions)}")
    try:
        out = subprocess.run(
            ["uv", "python", "install", *versions], check=False, capture_output=True, text=True, timeout=1800
        )
        why = (out.stderr.strip() or out.stdout.strip() or f"exit status {out.returncode}").splitlines()[-1]
    except (OSError, subprocess.SubprocessError) as exc:
        why = str(exc)
    got = discover(versions, probes, verbose)  # `uv python find` (candidates) now finds what it installed
    return got, {v: f"uv python install: {why}" for v in versions if v not in got}


def can_fetch() -> str:
    """'' if the Debian fetch can work here, else why not."""
    if sys.platform != "linux" or platform.machine() not in ("x86_64", "AMD64"):
        return f"fetching is only done on Linux x86_64 (this is {sys.platform} {platform.machine()})"
    missing = [t for t in ("apt-get", "apt-cache", "dpkg-deb") if not shutil.which(t)]
    if missing:
        return f"fetching needs {', '.join(missing)}"
    if not os.path.isfile(DEBIAN_KEYRING):
        return f"fetching needs {DEBIAN_KEYRING} (apt-get install debian-archive-keyring)"
    return ""


def debian_mirror() -> str:
    """The Debian mirror this machine's apt already uses (only that may be reachable)."""
    if os.environ.get("PYTHONS_DEBIAN_MIRROR"):
        return os.environ["PYTHONS_DEBIAN_MIRROR"].rstrip("/")
    texts = []
    for path in ["/etc/apt/sources.list", *sorted(glob.glob("/etc/apt/sources.list.d/*"))]:
        if path.endswith((".list", ".sources")):
            with contextlib.suppress(OSError):
                texts.append(Path(path).read_text(encoding="utf-8", errors="replace"))
    for url in re.findall(r"(?:https?|mirror\+https?)://\S+", "\n".join(texts)):
        url = url.rstrip("/")
        if re.search(r"/debian$", url) and "security" not in url:
            return url
    return DEBIAN_MIRROR


class Apt:
    """apt-get with a private sources list, lists and archive directory."""

    def __init__(self, workdir: Path):
        self.dir = workdir
        for sub in ("lists/partial", "archives/partial", "prefs.d", "etc"):
            (workdir / sub).mkdir(parents=True, exist_ok=True)
        (workdir / "status").write_text("")
        sources = workdir / "etc" / "sources.list"
        sources.write_text(f"deb [signed-by={DEBIAN_KEYRING}] {debian_mirror()} {DEBIAN_SUITE} main\n")
        self.opts = []
        for key, value in {
            "Dir::Etc::sourcelist": sources,
            "Dir::Etc::sourceparts": "-",
            "Dir::Etc::preferences": workdir / "prefs",
            "Dir::Etc::preferencesparts": workdir / "prefs.d",
            "Dir::State::Lists": workdir / "lists",
            "Dir::State::status": workdir / "status",
            "Dir::Cache": workdir,
            "Dir::Cache::archives": workdir / "archives",
            "Debug::NoLocking": "1",
            "APT::Architecture": "amd64",
            "APT::Architectures": "amd64",
            "Acquire::Languages": "none",
            "APT::Sandbox::User": "root" if os.geteuid() == 0 else os.environ.get("USER", "nobody"),
        }.items():
            self.opts += ["-o", f"{key}={value}"]

    def run(self, tool: str, *args: str) -> str:
        cmd = [tool, *self.opts, *args]
        out = subprocess.run(cmd, check=False, capture_output=True, text=True, cwd=self.dir / "archives")
        if out.returncode != 0:
            why = out.stderr.strip() or out.stdout.strip()
            raise RuntimeError(f"{' '.join([tool, *args])} failed:\n{why}")
        return out.stdout

    def depends(self, packages: list[str]) -> set[str]:
        """First alternative of every Depends of `packages` (one level), as package names."""
        names = set()
        text = self.run("apt-cache", "show", "--no-all-versions", *packages)
        for line in text.splitlines():
            if line.startswith(("Depends:", "Pre-Depends:")):
                for dep in line.split(":", 1)[1].split(","):
                    names.add(re.split(r"[\s(|:]", dep.strip().split("|")[0].strip())[0])
        return names


def ensure_patchelf() -> str:
    if shutil.which("patchelf"):
        return "patchelf"
    log("patchelf is missing: apt-get install -y patchelf")
    subprocess.run(
        ["apt-get", "install", "-y", "-q", "--no-install-recommends", "patchelf"],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )
    return "patchelf"


def patch(prefix: Path, version: str) -> None:
    libdir = prefix / "usr" / "lib" / "x86_64-linux-gnu"
    subprocess.run(
        [
            ensure_patchelf(),
            "--set-interpreter",
            str(libdir / "ld-linux-x86-64.so.2"),
            "--force-rpath",
            "--set-rpath",
            str(libdir),
            str(prefix / "usr" / "bin" / f"python{version}"),
        ],
        check=True,
    )
    (prefix / ".patched-for").write_text(str(prefix.resolve()))


def repatch_if_moved(version: str) -> None:
    """A cache whose project directory was moved: the absolute loader path must follow."""
    prefix = cached_prefix(version)
    marker = prefix / ".patched-for"
    if marker.is_file() and marker.read_text() != str(prefix.resolve()) and can_fetch() == "":
        log(f"{version}: {prefix} was moved; patching the interpreter again")
        patch(prefix, version)


def missing_libraries(prefix: Path, version: str) -> list[str]:
    """Libraries the interpreter or NEEDED_MODULES link that the prefix lacks (readelf)."""
    libdir = prefix / "usr" / "lib" / "x86_64-linux-gnu"
    dynload = prefix / "usr" / "lib" / f"python{version}" / "lib-dynload"
    files = [prefix / "usr" / "bin" / f"python{version}"]
    files += [p for m in NEEDED_MODULES for p in dynload.glob(f"{m}.cpython-*.so")]
    todo, seen, lacking = list(files), set(), []
    while todo:
        f = todo.pop()
        out = subprocess.run(["readelf", "-d", str(f)], check=False, capture_output=True, text=True).stdout
        for lib in re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out):
            if lib in seen:
                continue
            seen.add(lib)
            if (libdir / lib).exists():
                todo.append(libdir / lib)
            else:
                lacking.append(f"{lib} (for {f.name})")
    return lacking


def fetch(versions: list[str]) -> dict[str, str]:
    """Fetch and unpack the missing versions; {version: problem} for those that failed."""
    problems: dict[str, str] = {}
    CACHE.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(dir=CACHE, prefix=".apt-") as tmp:
        apt = Apt(Path(tmp))
        log(f"Fetching CPython {', '.join(versions)} from Debian {DEBIAN_SUITE} ({debian_mirror()}) ...")
        apt.run("apt-get", "update", "-q")
        phases = {"apt-get update": time.monotonic() - started}
        wanted: dict[str, list[str]] = {}
        for v in versions:
            own = [f"python{v}-minimal", f"libpython{v}-minimal", f"libpython{v}-stdlib"]
            try:
                deps = apt.depends(own)
                libs = sorted(d for d in deps if d not in SKIP_DEPENDS and "python" not in d)
                # One level more: libssl3t64 -> libzstd1, libc6 -> libgcc-s1.
                libs = sorted({*libs, *apt.depends(libs)} - SKIP_DEPENDS)
                wanted[v] = own + [d for d in libs if d.startswith(("lib", "zlib")) and "python" not in d]
            except RuntimeError as exc:
                problems[v] = f"not in Debian {DEBIAN_SUITE} ({str(exc).strip().splitlines()[-1]})"
        all_pkgs = sorted({p for pkgs in wanted.values() for p in pkgs})
        if all_pkgs:
            apt.run("apt-get", "download", "-q", *all_pkgs)
        phases["apt-cache show, apt-get download"] = time.monotonic() - started - sum(phases.values())
        debs = {d.name.split("_")[0]: d for d in (Path(tmp) / "archives").glob("*.deb")}
        for v, pkgs in wanted.items():
            prefix = cached_prefix(v)
            new = CACHE / f".{v}.new"
            shutil.rmtree(new, ignore_errors=True)
            for pkg in pkgs:
                subprocess.run(["dpkg-deb", "-x", str(debs[pkg]), str(new)], check=True)
            # Only the interpreter, its libraries and its stdlib are needed.
            for junk in ("etc", "usr/share", "usr/sbin", "sbin", "usr/lib/binfmt.d", "usr/libexec"):
                shutil.rmtree(new / junk, ignore_errors=True)
            for f in (new / "usr" / "bin").iterdir():
                if f.name != f"python{v}":
                    f.unlink()
            _link_duplicates(new / "usr" / "lib" / "x86_64-linux-gnu", v)
            # Links into the system's /etc (sitecustomize.py -> /etc/python3.X/) would make the
            # interpreter depend on what the host has there.
            for f in new.rglob("*"):
                if f.is_symlink() and not f.exists():
                    f.unlink()
            shutil.rmtree(prefix, ignore_errors=True)
            new.rename(prefix)
            patch(prefix, v)
            # Debian compiles the stdlib when the package is installed; without the .pyc files
            # every run (snippets run with PYTHONDONTWRITEBYTECODE) compiles what it imports:
            # a spawn child would start in 0.6 s instead of 0.1 s.
            subprocess.run(
                [str(cached_binary(v)), "-I", "-m", "compileall", "-q", "-j0", str(prefix / "usr" / "lib")],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            phases[f"unpack {v}"] = time.monotonic() - started - sum(phases.values())
            lacking = missing_libraries(prefix, v)
            if lacking:
                log(f"{v}: the prefix lacks {', '.join(lacking)} (taken from the system if present)")
            (prefix / ".packages").write_text("\n".join(debs[p].name for p in pkgs) + "\n", encoding="utf-8")
    detail = ", ".join(f"{k} {t:.1f} s" for k, t in phases.items())
    log(f"Fetched in {time.monotonic() - started:.1f} s ({detail})")
    return problems


def _link_duplicates(libdir: Path, version: str) -> None:
    """Hard-link libraries identical to another cached version's (glibc, OpenSSL...: 16 MiB each)."""
    for f in libdir.rglob("*"):
        if not f.is_file() or f.is_symlink():
            continue
        rel = f.relative_to(libdir.parent.parent.parent)
        for other in VERSIONS:
            twin = cached_prefix(other) / rel
            if (
                other != version
                and twin.is_file()
                and not twin.is_symlink()
                and twin.stat().st_size == f.stat().st_size
                and twin.read_bytes() == f.read_bytes()
            ):
                f.unlink()
                os.link(twin, f)
                break


# ---------------------------------------------------------------- main


def du(path: Path) -> int:
    """Bytes used under `path`, hard links counted once."""
    seen, total = set(), 0
    for f in path.rglob("*"):
        st = f.lstat()
        if f.is_file() and not f.is_symlink() and (st.st_dev, st.st_ino) not in seen:
            seen.add((st.st_dev, st.st_ino))
            total += st.st_blocks * 512 if hasattr(st, "st_blocks") else st.st_size
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--allow-missing", action="store_true", help="exit 0 even if some version is missing")
    ap.add_argument("--no-fetch", action="store_true", help="only discover, never download")
    ap.add_argument("--refresh", action="store_true", help="forget what is cached: probe and fetch again")
    ap.add_argument("--versions", default=",".join(VERSIONS), help="comma-separated (default: %(default)s)")
    ap.add_argument("-v", "--verbose", action="store_true", help="show every candidate")
    args = ap.parse_args(argv)
    versions = [v.strip() for v in args.versions.split(",") if v.strip()]
    started = time.monotonic()
    CACHE.mkdir(parents=True, exist_ok=True)
    with _lock():
        probes = {} if args.refresh else load_probes()
        if args.refresh and not args.no_fetch and can_fetch() == "":
            for v in versions:
                if cached_prefix(v).is_dir():
                    shutil.rmtree(cached_prefix(v))
        for v in versions:
            repatch_if_moved(v)
        best = discover(versions, probes, args.verbose)
        missing = [v for v in versions if v not in best]
        fetch_problems: dict[str, str] = {}
        if missing and not args.no_fetch:  # uv first (any system), then Debian's packages (Linux x86_64)
            got, fetch_problems = uv_install(missing, probes, args.verbose)
            best.update(got)
            missing = [v for v in missing if v not in best]
        if missing and not args.no_fetch:
            why_not = can_fetch()
            if why_not:
                debian = {v: why_not for v in missing}
            else:
                try:
                    debian = fetch(missing)
                except (RuntimeError, OSError, subprocess.CalledProcessError) as exc:
                    debian = {v: f"fetch failed: {exc}" for v in missing}
                best.update(discover([v for v in missing if v not in debian], probes, args.verbose))
            for v, why in debian.items():
                fetch_problems[v] = f"{fetch_problems[v]}; Debian: {why}"
        missing = [v for v in versions if v not in best]
        _write_json(CACHE / "probes.json", probes)
        result = {v: {"path": best[v]["path"], "version": best[v]["version"]} for v in versions if v in best}
        target = CACHE / "interpreters.json"
        if missing and not args.allow_missing:
            target.unlink(missing_ok=True)
        else:
            _write_json(target, result)

    print(f"{'Python':8} {'version':9} {'default start':14} {'source':15} path")
    for v in versions:
        if v in best:
            b = best[v]
            print(f"{v:8} {b['version']:9} {b['default_start_method']:14} {b['source']:15} {b['path']}")
        else:
            print(f"{v:8} {'MISSING':9} {'':14} {'':15} {fetch_problems.get(v, 'not found')}")
    size = du(CACHE) / 2**20
    print(f"({time.monotonic() - started:.1f} s; cache {CACHE.relative_to(ROOT)}: {size:.0f} MiB)")
    if missing:
        names = ", ".join(missing)
        if args.allow_missing:
            log(f"WARNING: no working CPython {names} (--allow-missing: carrying on without)")
            return 0
        wanted = " ".join(missing)
        log(
            f"ERROR: no working CPython {names}. Get {'it' if len(missing) == 1 else 'them'} with "
            f"`uv python install {wanted}` (uv: https://docs.astral.sh/uv/getting-started/installation/), "
            f"`pyenv install {wanted}`, the installers of https://www.python.org/downloads/ or, in CI, "
            "actions/setup-python; then run `make pythons` again. Or carry on without: "
            "make ... PYTHONS_ARGS=--allow-missing."
        )
        return 1
    return 0


def _write_json(path: Path, data) -> None:
    """Write `data` unless the file holds it already (a run that learnt nothing changes no file)."""
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with contextlib.suppress(OSError):
        if path.read_text(encoding="utf-8") == text:
            return
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


@contextlib.contextmanager
def _lock():
    """One run at a time (make test and make build may start together)."""
    if IS_WINDOWS:
        yield
        return
    import fcntl

    with open(CACHE / ".lock", "a") as fh:  # created once, never rewritten
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


if __name__ == "__main__":
    sys.exit(main())
