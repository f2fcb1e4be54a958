"""What an author gets wrong is named where it is: a fence error names its page and line and the snippet, an
expectation error its file and line, in plain words and without a traceback from the engine; a process that
escapes its run (new session, empty environment, double fork) is killed and named; a link to a missing
anchor fails the strict build, and the session's own strict build logs no warning and no false alarm."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from conftest import mkdocs_build

from snipcheck.runner import processes_with
from snipcheck.snippets import ROOT

IGNORE = shutil.ignore_patterns(
    ".venv", ".git", "site", ".cache", "test-artifacts", "__pycache__", "*.egg-info", "node_modules"
)
TOKEN = f"escapee-{uuid.uuid4().hex[:12]}"  # in the argv of every process the escaping snippet leaves
ESCAPE = f'''"""Оставляет процессы: в новой сессии с пустым окружением и демона после двойного fork."""

import os
import subprocess
import sys

sleeper = [sys.executable, "-c", "import time; time.sleep(120)", "{TOKEN}"]
subprocess.Popen(sleeper, start_new_session=True, env={{}})
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        os.execve(sys.executable, sleeper, {{}})
    os._exit(0)
print("ушёл")
'''
# (fence header, body, what the message says after "docs/author-faults.md:LINE: <snippet>: ")
FENCES = [
    ('bogus="1"', "faults/ok.py", "unknown option(s) bogus"),
    ('timeline="bogus"', "faults/ok.py", "unknown timeline check 'bogus'"),
    ("", "", "the fence names no snippet"),
    ("", "faults/missing.py", "snippet not found: snippets/faults/missing.py"),
    ("", "../docs/index.md", "snippet path leaves snippets/"),
    ('orders="many"', "faults/ok.py", "orders must be a whole number from 2 to 200, got 'many'"),
    ('orders="1"', "faults/ok.py", "orders must be a whole number from 2 to 200, got '1'"),
    ('orders="5" pick="("', "faults/ok.py", "pick is not a regular expression"),
    ('runs="2"', "faults/ok.py", "runs needs versions"),
    ('methods="thread"', "faults/ok.py", "methods must be some of fork, spawn, forkserver, got 'thread'"),
    ('show="code" orders="5"', "faults/ok.py", "show must be 'code' (alone: no output, no view) or 'output'"),
    ('versions="python3"', "faults/ok.py", "versions must be like '3.9 3.10 3.13t', got 'python3'"),
]
# snippet -> (its expectation file's bytes, what the message says after "<file>:<line>: "), line 0: no line
EXPECTATIONS = {
    "runs_many": (b"#: runs many\nok\n", 1, "runs must be at least 1 (a whole number), not 'many'"),
    "timeout_soon": (b"ok\n#: timeout soon\n", 2, "'timeout' must come before the expected output"),
    "timeout_words": (b"#: timeout soon\nok\n", 1, "timeout must be positive (seconds), not 'soon'"),
    "unordered": (b"#: unordered\nok\n", 1, "'unordered' without 'end'"),
    "placeholder": (b"{{pidd}}\n", 1, "unknown placeholder kind {{pidd}}"),
    "bad_regex": (b"#: re (\n", 1, "bad regex '('"),
    "not_utf8": (b"ok\n\xff\n", 2, "not UTF-8 text (byte 0xff)"),
    "noexp": (None, 0, "expectation file is missing (create it with: snippets update"),
}


@pytest.fixture(scope="module")
def faulty(site_build, tmp_path_factory) -> tuple[Path, Path, dict[str, int], subprocess.CompletedProcess]:
    """A copy of the project with a page of faults, built once strictly: (copy, cache, fence lines, build)."""
    base = tmp_path_factory.mktemp("faults")
    repo, cache = base / "repo", base / "cache"
    shutil.copytree(ROOT, repo, ignore=IGNORE)
    shutil.copytree(site_build[1], cache)
    faults = repo / "snippets" / "faults"
    faults.mkdir()
    (faults / "ok.py").write_text('"""Печатает ok."""\n\nprint("ok")\n')
    (faults / "ok.expected").write_text("ok\n")
    (faults / "escape.py").write_text(ESCAPE, encoding="utf-8")
    (faults / "escape.expected").write_text("ушёл\n", encoding="utf-8")
    for name, (data, _, _) in EXPECTATIONS.items():
        (faults / f"{name}.py").write_text('"""Печатает ok."""\n\nprint("ok")\n')
        if data is not None:
            (faults / f"{name}.expected").write_bytes(data)
    lines, text = {}, "# Ошибки автора\n\nСсылка на [раздел, которого нет](#no-such-anchor).\n"
    for k, (header, body, _) in enumerate(FENCES):
        lines[f"fence {k}"] = text.count("\n") + 2
        text += f"\n```snippet {header}\n{body}\n```\n".replace("snippet \n", "snippet\n")
    for name in [*EXPECTATIONS, "escape"]:
        lines[name] = text.count("\n") + 2
        text += f"\n```snippet\nfaults/{name}.py\n```\n"
    (repo / "docs" / "author-faults.md").write_text(text, encoding="utf-8")
    tag = f"faults-{uuid.uuid4().hex}"
    build = mkdocs_build(base / "site", cache, root=repo, extra_env={"SNIPCHECK_TAG": tag})
    assert not processes_with(f"SNIPCHECK_TAG={tag}"), "processes of the build are still alive"
    return repo, cache, lines, build


def escapees() -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if TOKEN.encode() in (entry / "cmdline").read_bytes():
                    found.append(entry.name)
            except OSError:
                pass
    return found


def test_every_fence_error_names_page_line_and_snippet(faulty) -> None:
    _, _, lines, build = faulty
    log = build.stdout + build.stderr
    assert build.returncode != 0
    assert "Traceback" not in log, "the engine raised instead of naming the fault"
    for k, (_, body, message) in enumerate(FENCES):
        name = f"snippets/{body}" if body else "empty snippet fence"
        expected = f"docs/author-faults.md:{lines[f'fence {k}']}: {name}: {message}"
        assert expected in log, f"missing from the build log: {expected}"


def test_every_expectation_error_names_page_file_and_line(faulty) -> None:
    _, _, lines, build = faulty
    log = build.stdout + build.stderr
    for name, (_, line, message) in EXPECTATIONS.items():
        where = f"snippets/faults/{name}.expected" + (f":{line}" if line else "")
        expected = f"docs/author-faults.md:{lines[name]}: snippets/faults/{name}.py: {where}: {message}"
        assert expected in log, f"missing from the build log: {expected}"


def test_an_escaped_process_is_killed_and_named_by_the_build(faulty) -> None:
    _, _, lines, build = faulty
    log = build.stdout + build.stderr
    found = re.findall(
        rf"docs/author-faults.md:{lines['escape']}: \S*snippets/faults/escape.py: left 2 process\(es\) "
        rf"running after it exited \(killed, even outside its process group and session\): (\d+) .*{TOKEN}; "
        rf"(\d+) .*{TOKEN}",
        log,
    )
    assert found, log[-5000:]
    assert not escapees(), "a process the snippet left is still alive"


def test_an_escaped_process_is_killed_and_named_by_snippets_check(faulty) -> None:
    repo, *_ = faulty
    tag = f"faults-{uuid.uuid4().hex}"
    env = dict(os.environ, SNIPCHECK_ROOT=str(repo), SNIPCHECK_TAG=tag)
    proc = subprocess.run(
        [sys.executable, "-m", "snipcheck.cli", "check", "faults/escape", "faults/runs_many"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 1
    assert "FAIL snippets/faults/escape.py 0/1" in proc.stdout
    assert re.search(
        rf"escape.py: left 2 process\(es\) running after it exited .*{TOKEN}.*{TOKEN}", proc.stdout
    )
    assert (
        "snippets/faults/runs_many.expected:1: runs must be at least 1 (a whole number), not 'many'"
        in proc.stdout
    )
    assert "Traceback" not in proc.stdout + proc.stderr
    assert not escapees(), "a process the snippet left is still alive"
    assert not processes_with(f"SNIPCHECK_TAG={tag}")


def test_a_link_to_a_missing_anchor_fails_the_strict_build(faulty) -> None:
    *_, build = faulty
    assert (
        "WARNING -  Doc file 'author-faults.md' contains a link '#no-such-anchor', "
        "but there is no such anchor on this page." in build.stdout + build.stderr
    )


def test_the_strict_build_logs_no_warning_and_no_false_anchor_alarm(site_build) -> None:
    *_, log = site_build
    mkdocs_lines = [line for line in log.splitlines() if re.match(r"(INFO|WARNING|ERROR) +- ", line)]
    assert mkdocs_lines, "the build log is not MkDocs' own"
    assert not [line for line in mkdocs_lines if not line.startswith("INFO")], log[-5000:]
    assert "anchor" not in log, [line for line in log.splitlines() if "anchor" in line][:5]
