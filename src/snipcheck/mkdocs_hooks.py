"""MkDocs hooks (mkdocs.yml `hooks:`) for the snippet fence.

- on_config: give markdown-exec the page's Markdown configuration and route its
  warnings into MkDocs' logger, so a failing snippet fails `mkdocs build --strict`.
  Point mkdocs-jupyter's cache at a folder that changes with the benchmark snippets
  (`snipcheck.notebooks`).
- on_files: run every snippet the pages use before rendering, in parallel
  (the fence then finds the results in memory or in the cache).
"""

from __future__ import annotations

import logging

from markdown_exec import markdown_config, patch_loggers

from snipcheck import engine, notebooks
from snipcheck.catalog import Snippet, page_refs

log = logging.getLogger("mkdocs.plugins.snipcheck")


class _Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"markdown-exec: {msg}", kwargs


def _mkdocs_logger(name: str) -> logging.LoggerAdapter:
    return _Prefixed(logging.getLogger(f"mkdocs.plugins.{name}"), {})


def on_config(config):
    patch_loggers(_mkdocs_logger)
    markdown_config.save(config.markdown_extensions, config.mdx_configs)
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is not None and not engine.execution_enabled():
        jupyter.config["execute"] = False  # SNIPPETS_EXEC=0 means nothing runs, notebooks included
    elif jupyter is not None:
        notebooks.configure(jupyter)  # the notebook's cache also depends on the snippets it imports
    return config


def on_files(files, config):
    if not engine.execution_enabled():
        return files
    wanted = []
    for f in files.documentation_pages():
        for rel in page_refs(f.content_string):
            snip = Snippet(rel.removeprefix("snippets/"))
            if snip.path.is_file():
                wanted.append(snip)
    before = dict(engine.stats)
    engine.prefetch(wanted)
    log.info(
        "snippets: %d used, %d run, %d from cache",
        len(set(wanted)),
        engine.stats["runs"] - before["runs"],
        engine.stats["cache_hits"] - before["cache_hits"],
    )
    return files


def on_post_build(config):
    markdown_config.reset()
