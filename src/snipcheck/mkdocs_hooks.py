"""MkDocs hooks (mkdocs.yml `hooks:`) around the snippet fence: on_config makes a fresh `fence.build` with the
table of runs (one per cache folder, kept across ``mkdocs serve``'s rebuilds); each fence declares its runs
while rendering, and they start at once; the benchmarks notebook executes only when they are done (it measures
the machine); on_env (no search index yet) puts the outputs in: ``mkdocs build`` waits for every run, ``mkdocs
serve`` shows the pages at once and rebuilds when the runs are done (it watches a folder we touch); a build
(not serve: an undone edit re-runs nothing) removes the stored runs it did not use."""

from __future__ import annotations

import hashlib
import logging
import os
import platform
import shutil
import signal
import sys
import threading

from markdown_exec import markdown_config, patch_loggers
from mkdocs.structure.files import Files

from snipcheck import fence, interpreters, runs, snippets

log = logging.getLogger("mkdocs.plugins.snipcheck")
session = fence.session  # mkdocs serve reloads this file for every build; the package stays
session.setdefault("watching", threading.Event())  # set once the server watches the trigger folder


def notebook_cache():
    """The notebook's cache folder: named by the benchmark snippets it imports, the Pythons (the kernel's, and
    the pages' one that its measurements run under) and the machine."""
    benchmarks = sorted((snippets.SNIPPETS / "benchmarks").glob("*.py"))
    h = hashlib.sha256(b"".join(f.name.encode() + b"\0" + f.read_bytes() for f in benchmarks))
    pages = fence.build.python and f"{fence.build.python.path}|{fence.build.python.version}"
    h.update(f"{sys.version}|{sys.executable}|{pages}|{platform.platform()}|{os.cpu_count()}".encode())
    return snippets.cache_dir() / "notebooks" / h.hexdigest()[:16]


def on_startup(command, dirty):
    session["command"] = command
    # What the build starts itself (the notebook's kernel, its measurements) starts with no signal blocked,
    # whatever the launcher had blocked (the snippets get a reader's terminal's state from runner.py).
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_SETMASK, [])


def on_config(config):
    patch_loggers(lambda name: logging.LoggerAdapter(logging.getLogger(f"mkdocs.plugins.{name}"), {}))
    markdown_config.save(config.markdown_extensions, config.mdx_configs)
    snippets.forget()
    executing = os.environ.get("SNIPPETS_EXEC", "1").lower() not in ("0", "no", "off", "false")
    table = runs.shared_table(snippets.cache_dir()) if executing else None
    fence.build = fence.Build(interpreters.for_pages(), table, counts=table.counts if table else (0, 0, 0))
    if table is not None and (missing := interpreters.missing()):  # named, never skipped: --strict fails
        fetch = "`make pythons` (scripts/pythons.py) gets them"
        log.warning("CPython %s missing here: %s", ", ".join(missing), fetch)
    if (jupyter := config.plugins.get("mkdocs-jupyter")) is not None:
        # The notebook measures under the pages' Python (docs/benchmarks.py reads this; its kernel is ours).
        os.environ["SNIPCHECK_PYTHON"] = fence.build.python.path
        here = notebook_cache()
        for old in here.parent.glob("*") if here.parent.is_dir() else ():
            if old != here:
                shutil.rmtree(old, ignore_errors=True)
        # mkdocs serve's first build executes the notebook only if it is stored (pages come first). A
        # conversion without execution is stored apart: the plugin would evict the executed one for it.
        serve_first = session["command"] == "serve" and session["builds"] == 0
        execute = executing and (not serve_first or any(here.glob("*.json")))
        jupyter.config["execute"] = execute  # the plugin's public options (a LegacyConfig: items)
        jupyter.config["cache_dir"] = str(here if execute else here / "unexecuted")
    return config


def on_files(files, config):  # the notebook (below) waits for every run: render it after every other page
    return Files(sorted(files, key=lambda f: f.src_uri.endswith(".py")))


def on_page_markdown(markdown, page, config, files):
    fence.page(f"{os.path.basename(config.docs_dir)}/{page.file.src_uri}", page.file.content_string)
    if page.file.src_uri.endswith(".py") and fence.build.table and session["command"] != "serve":
        fence.build.table.wait_idle()  # the notebook measures the machine: nothing else runs beside it
    return markdown


def on_serve(server, config, builder):  # called after the first build: its runs may still be going
    (trigger := snippets.cache_dir() / "serve").mkdir(parents=True, exist_ok=True)
    server.watch(str(trigger))
    session["trigger"] = trigger
    session["watching"].set()


def on_env(env, config, files):
    pending = False
    for f in files.documentation_pages():
        if f.page is not None and f.page.content:
            f.page.content, ready = fence.fill(f.page.content, wait=session["command"] != "serve")
            pending |= not ready
    if pending and fence.build.table:
        table = fence.build.table

        def rebuild_when_done() -> None:
            table.wait_idle()
            session["watching"].wait()
            (session["trigger"] / "runs-done").write_text("")  # the server watches this folder: it rebuilds

        threading.Thread(target=rebuild_when_done, daemon=True).start()
    return env


def on_post_build(config):
    session["builds"] += 1
    markdown_config.reset()
    if (table := fence.build.table) is not None:
        since = zip(table.counts, fence.build.counts, strict=True)
        made, reused, wall = (now - then for now, then in since)
        stale = table.prune() if table.idle() and session["command"] != "serve" else 0
        msg = "snippets: %d runs: %d made, %d from cache; %d stale runs removed; the runs took %.1f s in all"
        log.info(msg, len(table.futures), made, reused, stale, wall)
