"""MkDocs hooks (mkdocs.yml `hooks:`) around the snippet fence: the build's data path.

1. on_config: a fresh `fence.build` for this build, with the table of runs (one per
   cache folder, kept across the rebuilds of ``mkdocs serve``); markdown-exec gets the
   Markdown configuration and MkDocs' logger (a failing snippet fails ``--strict``).
2. Rendering: each fence declares its runs to the table, which starts them at once.
3. on_page_markdown: the benchmarks notebook executes once the runs are done, alone.
4. on_env (every page rendered, no search index yet): `fence.fill` puts the outputs in.
   ``mkdocs build`` waits for every run.  ``mkdocs serve`` shows the pages at once and
   rebuilds when the runs still going have finished (a file it watches is touched).
5. on_post_build: stored runs this build did not use are removed.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from markdown_exec import markdown_config, patch_loggers

from snipcheck import fence, interpreters, notebooks, runs, snippets

log = logging.getLogger("mkdocs.plugins.snipcheck")
_session = fence.session  # mkdocs serve reloads this file for every build; the package stays


def _executing() -> bool:
    import os

    return os.environ.get("SNIPPETS_EXEC", "1").lower() not in ("0", "no", "off", "false")


def on_startup(command, dirty):
    _session["command"] = command


def on_config(config):
    patch_loggers(lambda name: logging.LoggerAdapter(logging.getLogger(f"mkdocs.plugins.{name}"), {}))
    markdown_config.save(config.markdown_extensions, config.mdx_configs)
    snippets.forget()
    table = runs.shared_table(snippets.cache_dir()) if _executing() else None
    fence.build = fence.Build(python=interpreters.for_pages(), table=table)
    if table is not None and (missing := interpreters.missing()):  # named, never skipped: --strict fails
        log.warning(
            "CPython %s missing here: `make pythons` (scripts/pythons.py) gets them", ", ".join(missing)
        )
    fence.build.counts = (table.made, table.reused, table.wall) if table else (0, 0, 0.0)
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is not None:
        # mkdocs serve's first build does not execute the notebook (pages come first); a later one does.
        serving_first = _session["command"] == "serve" and _session["builds"] == 0
        jupyter.config["execute"] = table is not None and not serving_first
        notebooks.configure(jupyter)
    return config


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri.endswith(".py") and fence.build.table is not None and _session["command"] != "serve":
        fence.build.table.wait_idle()  # the notebook measures the machine: nothing else runs beside it
    return markdown


def on_serve(server, config, builder):
    trigger = snippets.cache_dir() / "serve"
    trigger.mkdir(parents=True, exist_ok=True)
    server.watch(str(trigger))
    _session["server"] = trigger


def on_env(env, config, files):
    waiting = _session["command"] != "serve"
    pending = False
    for f in files.documentation_pages():
        if f.page is not None and f.page.content:
            f.page.content, ready = fence.fill(f.page.content, wait=waiting)
            pending |= not ready
    table, trigger = fence.build.table, _session["server"]
    if pending and table is not None and isinstance(trigger, Path):

        def rebuild_when_done() -> None:
            table.wait_idle()
            (trigger / "runs-done").write_text("")  # the server watches this folder: it rebuilds

        threading.Thread(target=rebuild_when_done, daemon=True).start()
    return env


def on_post_build(config):
    _session["builds"] += 1
    markdown_config.reset()
    table = fence.build.table
    if table is None:
        return
    made, reused = table.made - fence.build.counts[0], table.reused - fence.build.counts[1]
    stale = table.prune() if table.idle() else 0
    wall = table.wall - fence.build.counts[2]
    log.info(
        "snippets: %d runs: %d made, %d from cache; %d stale runs removed; the runs took %.1f s in all",
        len(table.futures),
        made,
        reused,
        stale,
        wall,
    )
