"""The ``snippet`` fence (its body: ``threads/join.py``): a snippet file's code and its real output. A
pymdownx.superfences custom fence (``validator``, ``formatter``; mkdocs.yml) drawn with markdown-exec's public
``base_format``: tabs «Код» and «Вывод». Rendering never waits for a run: the formatter declares the fence's
runs (`views.runs_for`) to the build's table, which starts them at once beside every other page's, and leaves
placeholders; `fill` puts the outputs in before the search index is made. A run that does not match its
expectation is a warning (``mkdocs build --strict`` fails) and the page shows the diff. Every warning names
the fence's page and line (superfences gives no line: `page` finds the page's fences in its source first)."""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from markdown_exec import base_format
from markupsafe import Markup

from . import expect, views
from .interpreters import Interpreter
from .runner import RunResult
from .runs import Table, judge, verdict
from .snippets import DOCS, ROOT, Snippet, resolve

log = logging.getLogger("mkdocs.plugins.snipcheck")
_SHOW = {"language": "python", "html": True, "source": "tabbed-left", "tabs": ("Код", "Вывод")}
# markdown-exec wraps the output placeholder in <p>: an output <div> must not stand inside a paragraph.
_PLACEHOLDER = re.compile(r"(<p>)?<!--snipcheck:(alert|output|after):(\d+)-->(?(1)</p>)")
_FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,})[ \t]*snippet\b(.*)\n((?:.*\n)*?)\1\2[ \t]*$", re.MULTILINE)
_OPTION = re.compile(r"""([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))""")


@dataclass
class Fence:
    snippet: Snippet
    options: dict[str, str]
    where: str  # "docs/sync.md:123"
    error: str = ""  # a malformed or missing expectation, found when its runs were declared


@dataclass
class Build:  # what this build's fences declared; `table` is None when nothing runs (SNIPPETS_EXEC=0, list)
    python: Interpreter | None = None
    table: Table | None = None
    fences: list[Fence] = field(default_factory=list)
    counts: tuple = (0, 0, 0.0)  # the table's counts when the build started
    page: str = ""  # the page being rendered, and its fences: [line, body, options, not yet rendered]
    places: list[list] = field(default_factory=list)


build = Build()
session: dict[str, Any] = {"command": "build", "builds": 0}  # the mkdocs process, across serve's rebuilds


def page(name: str, source: str) -> None:
    """The page superfences renders next (mkdocs_hooks.on_page_markdown, `pages`): where its fences are."""
    build.page, build.places = name, []
    for m in _FENCE.finditer(source):
        opts = {k: a or b or c for k, a, b, c in _OPTION.findall(m[3])}
        build.places.append([source.count("\n", 0, m.start()) + 1, m[4].strip(), opts, True])


def _where(src: str, options: dict[str, Any]) -> str:
    """The page and line of the fence being rendered: the first not rendered yet with its body and options."""
    for place in build.places:
        if place[3] and place[1] == src.strip() and place[2] == options:
            place[3] = False
            return f"{build.page}:{place[0]}"
    return build.page or "a page"


def validator(language: str, inputs: dict[str, str], options: dict[str, Any], attrs: dict, md) -> bool:
    options.update(inputs)  # checked by the formatter, which knows the snippet and the fence's line
    return True


def formatter(src: str, language: str, class_name: str, options: dict[str, Any], md, **kwargs: Any) -> str:
    where, name = _where(src, options), f"snippets/{src.strip()}" if src.strip() else "empty snippet fence"
    try:
        views.validate(options)
        code = (snip := resolve(src)).source
    except (ValueError, FileNotFoundError) as exc:
        why = (
            f"not UTF-8 text (byte {exc.start}: {exc.reason})" if isinstance(exc, UnicodeDecodeError) else exc
        )
        log.warning("%s: %s: %s", where, name, why)
        return _failure(f"Пример {name} не показан", f"{where}: {why}")
    if options.get("show") == "code":  # a question: the code alone, nothing runs for it
        build.fences.append(Fence(snip, dict(options), where))
        title = {"id": snip.display, "extra": {"title": snip.display}}
        return base_format(run=lambda *_, **__: "", code=code, md=md, **title, **{**_SHOW, "source": "above"})
    ident = len(build.fences)
    build.fences.append(fence := Fence(snip, dict(options), where))
    try:
        for r in views.runs_for(snip, options, build.python) if build.table is not None else ():
            build.table.want(r)
    except expect.ExpectationError as exc:
        fence.error = str(exc)
    output = f"<!--snipcheck:output:{ident}-->"
    if options.get("show") == "output":  # an answer: the output (and view) alone
        shown = Markup(output)
    else:
        shown = base_format(
            run=lambda *_, **__: output,
            code=code,
            md=md,
            id=snip.display,
            extra={"title": snip.display},
            **_SHOW,
        )
    return Markup(f"<!--snipcheck:alert:{ident}-->") + shown + Markup(f"<!--snipcheck:after:{ident}-->")


def fill(page_html: str, *, wait: bool) -> tuple[str, bool]:
    """The page with its fences' outputs in place; False if some run is still going (not `wait`)."""
    done: dict[int, tuple[str, str, str]] = {}
    pending = []

    def part(m: re.Match) -> str:
        ident = int(m.group(3))
        if ident not in done:
            fence = build.fences[ident]
            if fence.error:
                log.warning("%s: %s: %s", fence.where, fence.snippet.display, fence.error)
                failure = _failure(f"Пример {fence.snippet.display} не совпал с ожидаемым", fence.error)
                done[ident] = (failure, "", "")
            elif build.table is None:
                note = "Вывод не показан: сборка без запуска примеров (SNIPPETS_EXEC=0)."
                done[ident] = ("", f'<p class="snippet-meta">{note}</p>', "")
            elif not wait and not all(
                build.table.want(r).done() for r in views.runs_for(fence.snippet, fence.options, build.python)
            ):
                pending.append(ident)
                note = "Пример ещё выполняется: вывод появится, когда запуск закончится (страница обновится)."
                done[ident] = ("", f'<p class="snippet-meta snippet-pending">{note}</p>', "")
            else:
                done[ident] = _outputs(ident, fence)
        return done[ident][("alert", "output", "after").index(m.group(2))]

    return _PLACEHOLDER.sub(part, page_html), not pending


def _outputs(ident: int, fence: Fence) -> tuple[str, str, str]:
    """(failure blocks, outputs, view) of a fence whose runs are done."""
    snip, opts, py = fence.snippet, fence.options, build.python
    shown = views.shown_run(snip, opts, py)
    res = build.table.get(shown)
    try:
        shown_ok = judge(shown, res)
        after = views.render(snip, opts, build.table, py) if shown_ok else ""
    except (views.ViewError, ValueError) as exc:  # ValueError: a malformed expectation
        shown_ok, after = None, str(exc)
    if not shown_ok:
        message = shown_ok.report if shown_ok is not None else after
        log.warning("%s: %s", fence.where, message)
        failure = _failure(f"Пример {snip.display} не совпал с ожидаемым", message, res)
        return failure, render_output(snip, res, py, shown.method), ""
    tabs, alerts = [(py.tag, render_output(snip, res, py, shown.method), "")], []
    for other in views.other_versions(snip, py):
        got = build.table.get(other)
        if not (v := judge(other, got)):
            log.warning("%s: %s", fence.where, v.report)
            alerts.append(
                _failure(f"Пример {snip.display} не совпал с ожидаемым под {other.python.tag}", v.report, got)
            )
        # Marked where this version behaves otherwise: its run does not match the shown version's expectation.
        same = verdict(shown.expectation(), got, other.label)
        note = "" if same else f"вывод под {other.python.tag} отличается от вывода под {py.tag}"
        tabs.append((other.python.tag, render_output(snip, got, other.python, other.method), note))
    return "".join(alerts), _switch(ident, tabs) if len(tabs) > 1 else tabs[0][1], after


def _switch(ident: int, tabs: list[tuple[str, str, str]]) -> str:
    """Outputs per Python version as tabs (Material's tabbed-set markup: radio inputs, no script)."""
    name, inputs, labels, blocks = f"__snippet_versions_{ident}", "", "", ""
    for k, (tag, body, note) in enumerate(tabs):
        inputs += f'<input{" checked" if k == 0 else ""} id="{name}_{k}" name="{name}" type="radio">'
        labels += f'<label for="{name}_{k}"{f" title={html.escape(note)!r}" if note else ""}>{tag}'
        labels += f"{'<span class=snippet-differs> ≠</span>' if note else ''}</label>"
        # Search finds an output once; the book (hooks/print_page.py) keeps what stands between the marks.
        shown = f'<div class="tabbed-block"><!--shown-->{body}<!--/shown--></div>'
        blocks += f'<div class="tabbed-block" data-search-exclude>{body}</div>' if k else shown
    head = f'<div class="tabbed-set tabbed-alternate snippet-versions" data-tabs="{ident}:{len(tabs)}">'
    tail = f'<div class="tabbed-content">{blocks}</div></div><!--/versions-->'
    # The version labels stay out of search (they ran together as «3.153.143.13…»).
    return f'{head}{inputs}<div class="tabbed-labels" data-search-exclude>{labels}</div>{tail}'


def _failure(title: str, message: str, res: RunResult | None = None) -> str:
    body = f"<pre><code>{html.escape(message)}</code></pre>"
    for name, text in (("stdout", res.stdout), ("stderr", res.stderr)) if res else ():
        body += f"<p>{name} этого запуска:</p><pre><code>{html.escape(text)}</code></pre>" if text else ""
    return f'<div class="admonition failure"><p class="admonition-title">{html.escape(title)}</p>{body}</div>'


def render_output(snip: Snippet, res: RunResult, py: Interpreter, method: str | None) -> str:
    def pre(text: str, css: str) -> str:
        text = html.escape(views.neutral(text, py))
        return f'<div class="highlight {css}"><pre><code>{text}</code></pre></div>'

    body = pre(res.stdout, "snippet-stdout") if res.stdout else ""
    body += f'<p class="snippet-stream">stderr</p>{pre(res.stderr, "snippet-stderr")}' if res.stderr else ""
    meta = [f"код возврата {res.exit_code}" + (f" ({res.signal_name})" if res.signal_name else "")]
    meta = meta[: bool(res.exit_code)] + [py.label]
    meta += [f"метод запуска процессов: {method or py.default_method}"] * snip.uses_multiprocessing
    meta.append(f"{res.duration:.2f} с".replace(".", ","))
    empty = '<p class="snippet-empty">(программа ничего не вывела)</p>'
    return (
        f'<div class="snippet-output">{body or empty}<p class="snippet-meta">Вывод этого запуска при сборке '
        f"сайта: {html.escape(' · '.join(meta))}</p></div>"
    )


def pages() -> dict[str, list[Fence]]:
    """docs page -> its fences, found by rendering each page as the build does (nothing runs)."""
    import markdown
    from markdown_exec import markdown_config
    from mkdocs.config import load_config

    global build
    config = load_config(str(ROOT / "mkdocs.yml"))
    markdown_config.save(config.markdown_extensions, config.mdx_configs)
    found, md = {}, {"extensions": config.markdown_extensions, "extension_configs": config.mdx_configs}
    for path in sorted(DOCS.rglob("*.md")):
        build = Build()
        page(path.relative_to(ROOT).as_posix(), text := path.read_text(encoding="utf-8"))
        markdown.Markdown(**md).convert(text)
        found[path.relative_to(DOCS).as_posix()] = build.fences
    build = Build()
    return found
