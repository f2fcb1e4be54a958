"""The ``snippet`` fence: a page names a snippet file, the site shows its code and its real output.

In a page::

    ```snippet
    threads/join.py
    ```

Configured in mkdocs.yml as a pymdownx.superfences custom fence with
``validator`` and ``formatter`` below.  Rendering goes through markdown-exec's
public ``base_format``; a run that does not match its expectation raises
markdown-exec's ``ExecutionError``, which is logged as a warning (so
``mkdocs build --strict`` fails) and shown on the page in place of the output.

Options of the fence add views of the same snippet (``views``): a timeline of
the shown run, a table of orders over N runs, version and start-method
matrices, e.g. ```` ```snippet timeline="lock" ````.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from markdown_exec import ExecutionError, base_format
from markupsafe import Markup

from . import engine, expect, runner, views
from .catalog import Snippet, resolve

log = logging.getLogger("mkdocs.plugins.snipcheck")
TABS = ("Код", "Вывод")
_KNOWN_OPTIONS = {"title", *views.OPTIONS}


def validator(
    language: str, inputs: dict[str, str], options: dict[str, Any], attrs: dict[str, Any], md
) -> bool:
    unknown = set(inputs) - _KNOWN_OPTIONS
    if unknown:
        log.warning("snippet fence: unknown option(s) %s", ", ".join(sorted(unknown)))
        return False
    problem = views.validate(inputs)
    if problem:
        log.warning("snippet fence: %s", problem)
        return False
    options.update(inputs)
    return True


def _pre(text: str, css: str = "") -> str:
    return f'<div class="highlight {css}"><pre><code>{html.escape(text)}</code></pre></div>'


def render_output(snip: Snippet, res: runner.RunResult) -> str:
    parts = ['<div class="snippet-output">']
    if res.stdout:
        parts.append(_pre(res.stdout, "snippet-stdout"))
    if res.stderr:
        parts.append('<p class="snippet-stream">stderr</p>')
        parts.append(_pre(res.stderr, "snippet-stderr"))
    if not res.stdout and not res.stderr:
        parts.append('<p class="snippet-empty">(программа ничего не вывела)</p>')
    meta = []
    if res.exit_code:
        signame = res.signal_name
        meta.append(f"код возврата {res.exit_code}" + (f" ({signame})" if signame else ""))
    meta.append(f"{res.python}")
    if snip.uses_multiprocessing:
        meta.append(f"метод запуска процессов: {res.start_method}")
    meta.append(f"{res.duration:.2f} с")
    parts.append(
        f'<p class="snippet-meta">Вывод этого запуска при сборке сайта: {html.escape(" · ".join(meta))}</p>'
    )
    parts.append("</div>")
    return "\n".join(parts)


def _failure(message: str, res: runner.RunResult | None = None) -> ExecutionError:
    # No return code: markdown-exec then says "exited with errors"; ours are in the message.
    body = [message]
    if res is not None:
        body.append("Вывод этого запуска (stdout):")
        body.append(f"```text\n{res.stdout or '(пусто)'}\n```")
        if res.stderr:
            body.append("stderr:")
            body.append(f"```text\n{res.stderr}\n```")
    text = "\n\n".join(body)
    return ExecutionError(text)


def formatter(src: str, language: str, class_name: str, options: dict[str, Any], md, **kwargs: Any) -> str:
    rel = src.strip()
    try:
        snip = resolve(rel)
        code = snip.source
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        log.warning("snippet fence: %s", exc)
        return (
            '<div class="admonition failure"><p class="admonition-title">Пример не '
            f"найден</p><p>{html.escape(str(exc))}</p></div>"
        )

    after: list[str] = []  # a view's table, placed below the tabs

    def run(code: str, **_: Any) -> str:
        if not engine.execution_enabled():
            return (
                '<p class="snippet-meta">Вывод не показан: сборка без запуска примеров (SNIPPETS_EXEC=0).</p>'
            )
        try:
            exp = snip.expectation()
        except expect.ExpectationError as exc:
            raise _failure(f"**Ошибка в файле ожидаемого вывода.**\n\n```text\n{exc}\n```") from None
        try:
            if "orders" in options:
                res, table = views.orders_html(snip, exp, int(options["orders"]), options.get("pick"))
                after.append(table)
            if "timeline" in options or "orders" not in options:
                res = engine.result(snip, exp, trace="timeline" in options)
        except views.ViewError as exc:
            raise _failure(f"**{snip.display}**\n\n```text\n{exc}\n```") from None
        verdict = engine.verdict(snip, exp, res)
        if not verdict:
            raise _failure(
                f"**Вывод примера `{snip.display}` не совпал с ожидаемым** ({exp.path.name}).\n\n"
                f"```diff\n{verdict.report}\n```",
                res,
            )
        try:
            if "timeline" in options:
                # Below the tabs, always in view; the table of orders (if any) follows it.
                after.insert(0, views.timeline_html(snip, res, options["timeline"]))
            elif "versions" in options:
                after.append(views.versions_html(snip, exp, options["versions"], options.get("runs")))
            elif "methods" in options:
                after.append(views.methods_html(options["methods"]))
        except views.ViewError as exc:
            raise _failure(f"**{snip.display}**\n\n```text\n{exc}\n```", res) from None
        return render_output(snip, res)

    title = options.get("title") or snip.display
    shown = base_format(
        language="python",
        run=run,
        code=code,
        md=md,
        html=True,
        source="tabbed-left",
        tabs=TABS,
        id=snip.display,
        extra={"title": title},
    )
    return shown + Markup("".join(after)) if after else shown
