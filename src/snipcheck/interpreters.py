"""The CPython interpreters of this machine, found (never listed by hand): pyenv's, ``python3.X[t]`` on PATH,
those scripts/pythons.py fetched beside the engine (so copies of the project find them too), and this one;
per tag (``3.13t``) the newest release wins."""

from __future__ import annotations

import functools
import glob
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .snippets import cache_dir

_ASK = """import json, multiprocessing as mp, platform, sys, sysconfig
v = sys.version_info
release = "" if v[3] == "final" else f"{v[3][0]}{v[4]}"
print(json.dumps([sys.implementation.name, f"{v[0]}.{v[1]}.{v[2]}{release}",
    bool(sysconfig.get_config_var("Py_GIL_DISABLED")), f"{platform.system()} {platform.machine()}",
    mp.get_start_method(), mp.get_all_start_methods()]))"""


@dataclass(frozen=True)
class Interpreter:
    path: str
    version: str  # "3.12.1"
    free_threaded: bool
    system: str  # "Linux x86_64"
    default_method: str  # multiprocessing's default start method there
    methods: tuple[str, ...]

    @property
    def tag(self) -> str:  # "3.12", "3.13t"
        return ".".join(self.version.split(".")[:2]) + ("t" if self.free_threaded else "")

    @property
    def minor(self) -> int:
        return int(self.version.split(".")[1])

    @property
    def label(self) -> str:
        return f"CPython {self.version}{' (без GIL)' if self.free_threaded else ''}, {self.system}"

    @property
    def key(self) -> tuple[int, ...]:
        return tuple(int(x) for x in re.findall(r"\d+", self.version)[:3])


@functools.cache
def ask(path: str) -> Interpreter | None:
    """What the interpreter at `path` is: asked once per binary, the answer kept beside the stored runs."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    stamp = f"{os.path.realpath(path)}|{st.st_size}|{st.st_mtime_ns}"
    store = cache_dir() / "interpreters.json"
    try:
        known = json.loads(store.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    if stamp not in known:
        try:
            out = subprocess.run([path, "-c", _ASK], capture_output=True, text=True, timeout=60, check=True)
            known[stamp] = json.loads(out.stdout)
        except (OSError, ValueError, subprocess.SubprocessError):
            return None
        store.parent.mkdir(parents=True, exist_ok=True)
        tmp = store.with_suffix(f".{os.getpid()}.tmp")  # other builds may read it meanwhile
        tmp.write_text(json.dumps(known), encoding="utf-8")
        os.replace(tmp, store)
    impl, version, ft, system, method, methods = known[stamp]
    return Interpreter(path, version, ft, system, method, tuple(methods)) if impl == "cpython" else None


@functools.cache
def found() -> dict[str, Interpreter]:
    """tag -> the newest interpreter of that tag on this machine (3.9 and newer)."""
    root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    paths = sorted(glob.glob(os.path.join(root, "versions", "*", "bin", "python3")))
    paths += [exe for m in range(9, 20) for t in ("", "t") if (exe := shutil.which(f"python3.{m}{t}"))]
    if (fetched := Path(__file__).resolve().parents[2] / ".cache/pythons/interpreters.json").is_file():
        paths += [entry["path"] for entry in json.loads(fetched.read_text(encoding="utf-8")).values()]
    best: dict[str, Interpreter] = {}
    for interp in filter(None, map(ask, dict.fromkeys([*paths, sys.executable]))):
        if interp.minor >= 9 and (interp.tag not in best or interp.key > best[interp.tag].key):
            best[interp.tag] = interp
    return best


SUPPORTED = ("3.10", "3.11", "3.12", "3.13", "3.14", "3.15")  # every snippet runs on each (README)


def supported() -> list[Interpreter]:  # newest first
    return [found()[tag] for tag in reversed(SUPPORTED) if tag in found()]


def missing() -> list[str]:
    return [tag for tag in SUPPORTED if tag not in found()]


def for_pages() -> Interpreter:
    """The interpreter whose runs the pages show: SNIPCHECK_PYTHON, else the newest supported one found."""
    chosen = os.environ.get("SNIPCHECK_PYTHON")
    if (interp := ask(chosen) if chosen else (supported() or [ask(sys.executable)])[0]) is None:
        raise SystemExit(f"SNIPCHECK_PYTHON={chosen}: not a CPython that runs")
    return interp


def docs_link(tag: str) -> str:
    free = "https://docs.python.org/3/howto/free-threading-python.html"
    return free if tag.endswith("t") else f"https://docs.python.org/{tag}/whatsnew/{tag}.html"
