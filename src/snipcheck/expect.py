"""Expectations: what a snippet's output must look like, and what may vary.

An expectation file sits beside its snippet (``join.py`` -> ``join.expected``).
Every line is matched exactly, except:

``{{kind}}`` / ``{{kind:name}}``
    A placeholder inside a line.  Kinds: ``pid``, ``ident``, ``native_id``,
    ``addr`` (0x...), ``int``, ``float``, ``time`` (seconds), ``port``,
    ``word`` (no spaces), ``path``, ``any``.  A *named* placeholder binds:
    the same name must be the same value everywhere, and two different names
    of the same kind must be two different values.

Directive lines start with ``#:``:

``#: exit N``            expected exit code (default 0; ``-15`` means killed by signal 15)
``#: runs N``            how many times the tests run the snippet (output varies)
``#: timeout S``         seconds before the whole process group is killed
``#: exclusive``         run alone (benchmarks), never next to another snippet
``#: start-methods X``   ``auto`` (all methods if the snippet uses multiprocessing),
                         ``default`` (only the platform default) or ``all``
``#: # text``            a comment
``#: re REGEX``          a line that must fully match REGEX
``#: optional LINE``     a line that may be absent
``#: ...``               any number of lines (including none)
``#: unordered`` ... ``#: end``
                         the lines in between may come in any order (a multiset)
``#: stderr``            what follows describes stderr (without it stderr must be empty)
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

PREFIX = "#:"

KINDS: dict[str, str] = {
    "pid": r"\d+",
    "ident": r"\d+",
    "native_id": r"\d+",
    "port": r"\d+",
    "int": r"-?\d+",
    "float": r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?",
    "time": r"\d+(?:\.\d+)?(?:[eE][-+]?\d+)?",
    "addr": r"0x[0-9a-fA-F]+",
    "word": r"\S+",
    "path": r".+?",
    "any": r".*?",
}
_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)(?:\s*:\s*([A-Za-z0-9_]+))?\s*\}\}")
MAX_STEPS = 200_000
START_METHOD_CHOICES = ("auto", "default", "all")


class ExpectationError(ValueError):
    """A malformed expectation file; the message names the file and line."""


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Line:
    """One output line: literal text with optional placeholders, or a regex."""

    source: str  # as written in the expectation (for diffs and rewriting)
    regex: re.Pattern[str]
    slots: tuple[tuple[str, str | None], ...]  # (kind, name) per group, in order
    optional: bool = False

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.regex.fullmatch(text)


@dataclass(frozen=True)
class AnyLines:
    source: str = f"{PREFIX} ..."


@dataclass(frozen=True)
class Comment:
    source: str


@dataclass(frozen=True)
class Unordered:
    lines: tuple[Line, ...]

    @property
    def required(self) -> int:
        return sum(not line.optional for line in self.lines)


Item = Line | AnyLines | Comment | Unordered


@dataclass
class Options:
    exit: int = 0
    runs: int = 1
    timeout: float = 30.0
    exclusive: bool = False
    start_methods: str = "auto"


@dataclass
class Expectation:
    path: Path
    options: Options = field(default_factory=Options)
    stdout: list[Item] = field(default_factory=list)
    stderr: list[Item] | None = None  # None: stderr must be empty
    header: list[str] = field(default_factory=list)  # option/comment lines, kept verbatim


# --------------------------------------------------------------------------- parsing


def compile_line(text: str, *, optional: bool = False, source: str | None = None) -> Line:
    parts: list[str] = []
    slots: list[tuple[str, str | None]] = []
    pos = 0
    for m in _PLACEHOLDER.finditer(text):
        kind, name = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError(f"unknown placeholder kind {{{{{kind}}}}} (known: {', '.join(KINDS)})")
        parts.append(re.escape(text[pos : m.start()]))
        parts.append(f"({KINDS[kind]})")
        slots.append((kind, name))
        pos = m.end()
    parts.append(re.escape(text[pos:]))
    return Line(source if source is not None else text, re.compile("".join(parts)), tuple(slots), optional)


def compile_regex(pattern: str, *, source: str) -> Line:
    try:
        re.compile(pattern)  # validate early, with a clear message
    except re.error as exc:
        raise ValueError(f"bad regex {pattern!r}: {exc}") from None
    # Unnamed groups in a user regex never bind.
    return Line(source, re.compile(f"(?:{pattern})"), (), False)


def _option(opts: Options, key: str, value: str) -> None:
    if key == "exit":
        opts.exit = int(value)
    elif key == "runs":
        opts.runs = int(value)
        if opts.runs < 1:
            raise ValueError("runs must be at least 1")
    elif key == "timeout":
        opts.timeout = float(value)
        if opts.timeout <= 0:
            raise ValueError("timeout must be positive")
    elif key == "exclusive":
        opts.exclusive = value in ("", "yes", "true", "on")
    elif key == "start-methods":
        if value not in START_METHOD_CHOICES:
            raise ValueError(f"start-methods must be one of {', '.join(START_METHOD_CHOICES)}")
        opts.start_methods = value
    else:
        raise ValueError(f"unknown directive '{key}'")


_OPTION_KEYS = {"exit", "runs", "timeout", "exclusive", "start-methods"}


def parse(text: str, path: Path) -> Expectation:
    exp = Expectation(path=path)
    section: list[Item] = exp.stdout
    block: list[Line] | None = None
    block_start = 0
    seen_body = False
    for lineno, raw in enumerate(text.split("\n"), 1):
        where = f"{path}:{lineno}"
        try:
            if raw.startswith(PREFIX):
                body = raw[len(PREFIX) :].strip()
                key, _, value = body.partition(" ")
                value = value.strip()
                if key.startswith("#"):
                    if not seen_body and exp.stderr is None:
                        exp.header.append(raw)
                    else:
                        section.append(Comment(raw))
                elif key in _OPTION_KEYS:
                    if seen_body:
                        raise ValueError(f"'{key}' must come before the expected output")
                    _option(exp.options, key, value)
                    exp.header.append(raw)
                elif key == "stderr":
                    if block is not None:
                        raise ValueError("'stderr' inside an unordered block")
                    if exp.stderr is not None:
                        raise ValueError("second 'stderr' section")
                    exp.stderr = []
                    section = exp.stderr
                    seen_body = True
                elif key == "unordered":
                    if block is not None:
                        raise ValueError("unordered blocks do not nest")
                    block, block_start = [], lineno
                    seen_body = True
                elif key == "end":
                    if block is None:
                        raise ValueError("'end' without 'unordered'")
                    if not block:
                        raise ValueError("empty unordered block")
                    section.append(Unordered(tuple(block)))
                    block = None
                elif key == "...":
                    if block is not None:
                        raise ValueError("'...' inside an unordered block")
                    section.append(AnyLines(raw))
                    seen_body = True
                elif key in ("re", "optional"):
                    if key == "re":
                        item = compile_regex(value, source=raw)
                    else:
                        item = replace(compile_line(value, source=raw), optional=True)
                    (block if block is not None else section).append(item)
                    seen_body = True
                else:
                    raise ValueError(f"unknown directive '{key}'")
            else:
                item = compile_line(raw)
                (block if block is not None else section).append(item)
                seen_body = True
        except ValueError as exc:
            raise ExpectationError(f"{where}: {exc}") from None
    if block is not None:
        raise ExpectationError(f"{path}:{block_start}: 'unordered' without 'end'")
    # A file ends with a newline; the last empty "line" is not output.
    for items in (exp.stdout, exp.stderr):
        if items and isinstance(items[-1], Line) and items[-1].source == "":
            items.pop()
    return exp


def load(path: Path, name: str | None = None) -> Expectation:
    """Read an expectation file; `name` is how messages call it (default: the path)."""
    shown = Path(name) if name else path
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExpectationError(
            f"{shown}: expectation file is missing (create it with: snippets update "
            f"{shown.with_suffix('.py')})"
        ) from None
    except UnicodeDecodeError as exc:
        raise ExpectationError(f"{shown}: not UTF-8 ({exc})") from None
    return parse(text, shown)


# --------------------------------------------------------------------------- matching

Env = dict[str, tuple[str, str]]  # name -> (kind, value)


@dataclass
class _Trace:
    steps: int = 0
    conflicts: list[str] = field(default_factory=list)


def _bind(line: Line, m: re.Match[str], env: Env, trace: _Trace) -> Env | None:
    if not any(name for _, name in line.slots):
        return env
    new = dict(env)
    for (kind, name), value in zip(line.slots, m.groups(), strict=True):
        if name is None:
            continue
        if name in new:
            if new[name][1] != value:
                trace.conflicts.append(
                    f"{{{{{kind}:{name}}}}} is {new[name][1]} earlier but {value} in {m.string!r}"
                )
                return None
            continue
        for other, (okind, ovalue) in new.items():
            if okind == kind and ovalue == value:
                trace.conflicts.append(
                    f"{{{{{kind}:{name}}}}} and {{{{{kind}:{other}}}}} must differ, both are {value} in "
                    f"{m.string!r}"
                )
                return None
        new[name] = (kind, value)
    return new


def _match_line(line: Line, text: str, env: Env, trace: _Trace) -> Env | None:
    m = line.fullmatch(text)
    return None if m is None else _bind(line, m, env, trace)


def _match_unordered(block: Unordered, lines: list[str], env: Env, trace: _Trace) -> Iterator[Env]:
    """Every way each line of `lines` is matched by a distinct block line, all required ones used.

    Yields the bindings of each way (distinct ones only), so that a later line can
    still choose between them.
    """
    n = len(lines)
    used = [False] * len(block.lines)
    seen: set[tuple] = set()

    def go(k: int, env: Env) -> Iterator[Env]:
        trace.steps += 1
        if trace.steps > MAX_STEPS:
            return
        if k == n:
            if not any(not u and not bl.optional for u, bl in zip(used, block.lines, strict=True)):
                key = tuple(sorted(env.items()))
                if key not in seen:
                    seen.add(key)
                    yield env
            return
        tried: set[str] = set()
        for idx, bl in enumerate(block.lines):
            # Identical patterns without names are interchangeable: try one of each.
            if used[idx] or (bl.source in tried and not any(name for _, name in bl.slots)):
                continue
            tried.add(bl.source)
            new = _match_line(bl, lines[k], env, trace)
            if new is None:
                continue
            used[idx] = True
            yield from go(k + 1, new)
            used[idx] = False

    yield from go(0, env)


def _expand(item: Item, lines: list[str], j: int, env: Env, trace: _Trace) -> Iterator[tuple[int, Env]]:
    """Ways `item` can match lines starting at j, most preferred first."""
    if isinstance(item, Comment):
        yield j, env
    elif isinstance(item, Line):
        if j < len(lines):
            new = _match_line(item, lines[j], env, trace)
            if new is not None:
                yield j + 1, new
        if item.optional:
            yield j, env
    elif isinstance(item, AnyLines):
        for k in range(j, len(lines) + 1):
            yield k, env
    elif isinstance(item, Unordered):
        lo, hi = item.required, len(item.lines)
        for size in range(hi, lo - 1, -1):
            if j + size > len(lines):
                continue
            for new in _match_unordered(item, lines[j : j + size], env, trace):
                yield j + size, new


def match_items(items: list[Item], lines: list[str], env: Env | None = None) -> tuple[Env | None, _Trace]:
    """Return the bindings of a full match, or None; plus a trace for diagnostics."""
    trace = _Trace()
    stack: list[tuple[int, int, Env]] = [(0, 0, env or {})]
    while stack:
        trace.steps += 1
        if trace.steps > MAX_STEPS:
            trace.conflicts.append(f"gave up after {MAX_STEPS} steps: the expectation is too ambiguous")
            return None, trace
        i, j, cur = stack.pop()
        if i == len(items):
            if j == len(lines):
                return cur, trace
            continue
        options = list(_expand(items[i], lines, j, cur, trace))
        for nj, nenv in reversed(options):
            stack.append((i + 1, nj, nenv))
    return None, trace


def split_lines(text: str) -> list[str]:
    if text == "":
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


# --------------------------------------------------------------------------- diffs


def _loose(line: Line, text: str) -> bool:
    return line.fullmatch(text) is not None


Key = tuple[int, int | None]  # (item index, line index inside an unordered block or None)


def align(items: list[Item], lines: list[str]) -> list[tuple[Key, str]]:
    """Greedy alignment for diffs: (key, text) per displayed expectation line.

    A matched pattern is displayed as the actual line it matched, so only real
    differences show in a diff; an unmatched pattern is displayed as written.
    """
    out: list[tuple[Key, str]] = []
    cur = 0
    window = 50

    def next_anchor(start: int) -> int | None:
        for k in range(start, len(items)):
            it = items[k]
            if isinstance(it, Comment):
                continue
            return k if isinstance(it, Line) and not it.optional else None
        return None

    def rest_empty(start: int) -> bool:
        return all(isinstance(it, Comment) for it in items[start:])

    for idx, item in enumerate(items):
        if isinstance(item, Comment):
            continue
        if isinstance(item, Line):
            found = None
            limit = 1 if item.optional else window
            for k in range(cur, min(len(lines), cur + limit)):
                if _loose(item, lines[k]):
                    found = k
                    break
            if found is not None:
                # Lines skipped over are extra output: display nothing for them.
                out.append(((idx, None), lines[found]))
                cur = found + 1
            elif not item.optional:
                out.append(((idx, None), item.source))
        elif isinstance(item, AnyLines):
            anchor = next_anchor(idx + 1)
            stop = len(lines)
            if anchor is not None:
                nxt = items[anchor]
                assert isinstance(nxt, Line)
                for k in range(cur, len(lines)):
                    if _loose(nxt, lines[k]):
                        stop = k
                        break
            elif not rest_empty(idx + 1):
                stop = cur
            for k in range(cur, stop):
                out.append(((idx, None), lines[k]))
            cur = stop
        elif isinstance(item, Unordered):
            span = lines[cur : cur + len(item.lines)]
            used = [False] * len(span)
            shown: list[tuple[int, int, str]] = []
            for sub, bl in enumerate(item.lines):
                hit = next((k for k, t in enumerate(span) if not used[k] and _loose(bl, t)), None)
                if hit is None:
                    if not bl.optional:
                        shown.append((len(span) + len(shown), sub, bl.source))
                else:
                    used[hit] = True
                    shown.append((hit, sub, span[hit]))
            shown.sort(key=lambda p: p[0])
            out.extend(((idx, sub), text) for _, sub, text in shown)
            cur += sum(used)
    return out


def diff(items: list[Item], actual: str, *, expected_name: str, actual_name: str) -> str:
    lines = split_lines(actual)
    shown = [text for _, text in align(items, lines)]
    return "\n".join(
        difflib.unified_diff(shown, lines, fromfile=expected_name, tofile=actual_name, lineterm="", n=3)
    )


# --------------------------------------------------------------------------- checking


@dataclass
class Verdict:
    ok: bool
    problems: list[str]  # human-readable, each may hold a diff

    def __bool__(self) -> bool:
        return self.ok

    @property
    def report(self) -> str:
        return "\n\n".join(self.problems)


def check(exp: Expectation, *, stdout: str, stderr: str, exit_code: int | None, label: str) -> Verdict:
    """Compare one run with the expectation. `label` names the snippet in messages."""
    problems: list[str] = []
    env: Env = {}
    streams = [("stdout", exp.stdout, stdout)]
    streams.append(("stderr", exp.stderr if exp.stderr is not None else [], stderr))
    for name, items, text in streams:
        lines = split_lines(text)
        got, trace = match_items(items, lines, env)
        if got is not None:
            env = got
            continue
        loose, _ = match_items(items, lines, None)
        d = diff(items, text, expected_name=f"{exp.path} ({name})", actual_name=f"{label} ({name}, actual)")
        msg = f"{label}: {name} does not match {exp.path}"
        if name == "stderr" and exp.stderr is None:
            msg = (
                f"{label}: unexpected output on stderr (add a '#: stderr' section to {exp.path} if it is "
                "intended)"
            )
        if trace.conflicts and (loose is not None or not d):
            msg += "\n" + "\n".join(f"  {c}" for c in dict.fromkeys(trace.conflicts))
        if d:
            msg += "\n" + d
        problems.append(msg)
    if exit_code != exp.options.exit:
        problems.append(
            f"{label}: exit code {exit_code}, expected {exp.options.exit} (set '#: exit N' in {exp.path} if "
            "intended)"
        )
    return Verdict(not problems, problems)


# --------------------------------------------------------------------------- rewriting


def literal(text: str) -> str:
    """An expectation line that matches exactly `text`."""
    if text.startswith(PREFIX) or _PLACEHOLDER.search(text) or "{{" in text:
        return f"{PREFIX} re {re.escape(text)}"
    return text


def transfer(old: Line, text: str) -> str | None:
    """`text` as a pattern that keeps the placeholders of `old` where only their values changed.

    Word by word: a word of `old` holding a placeholder stays when the word it
    lines up with still matches it (a new duration where ``{{time}}`` stood);
    every other word is taken literally from `text`.  None if no placeholder
    survives or the result would not match `text`.
    """
    if not old.slots or old.source.startswith(PREFIX) or text.startswith(PREFIX) or "{{" in text:
        return None
    a, b = re.split(r"(\s+)", old.source), re.split(r"(\s+)", text)
    out: list[str] = []
    for tag, a0, a1, b0, b1 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            out += a[a0:a1]
        elif tag == "replace" and a1 - a0 == b1 - b0:
            for x, y in zip(a[a0:a1], b[b0:b1], strict=True):
                out.append(x if _PLACEHOLDER.search(x) and compile_line(x).fullmatch(y) else y)
        else:
            out += b[b0:b1]
    pattern = "".join(out)
    if not _PLACEHOLDER.search(pattern) or not compile_line(pattern).fullmatch(text):
        return None
    return pattern


def _rewrite_items(items: list[Item], lines: list[str]) -> list[str]:
    """New expectation lines for `lines`, keeping every pattern of `items` that still matches.

    The old expectation is aligned with the run (as in a diff).  A pattern that
    lines up with an unchanged line is kept as written; a changed line keeps the
    placeholders of the pattern it replaces where it can (`transfer`), else it
    becomes literal.  Lines added or changed inside an ``unordered`` block stay
    in the block.  Comments, ``...`` and optional lines stay in place.
    """
    got, _ = match_items(items, lines)
    if got is not None:
        return _render(items)
    aligned = align(items, lines)
    shown = [text for _, text in aligned]
    ops = difflib.SequenceMatcher(a=shown, b=lines, autojunk=False).get_opcodes()

    def pattern_of(key: Key) -> Line | None:
        item = items[key[0]]
        if isinstance(item, Unordered) and key[1] is not None:
            return item.lines[key[1]]
        return item if isinstance(item, Line) else None

    # Whole lines (not in a block) that line up with a changed line are not kept anywhere.
    broken = {key for tag, a0, a1, _, _ in ops if tag != "equal" for key, _ in aligned[a0:a1]}
    # For each actual line: ("item", idx) a kept item; ("block", idx, order, source) a line of block
    # idx; ("new", source) a line of its own.
    owner: dict[int, tuple] = {}
    for tag, a0, a1, b0, b1 in ops:
        if tag == "equal":
            for off in range(a1 - a0):
                key = aligned[a0 + off][0]
                if isinstance(items[key[0]], Unordered):
                    owner[b0 + off] = ("block", key[0], key[1], items[key[0]].lines[key[1]].source)
                elif isinstance(items[key[0]], AnyLines) or key not in broken:
                    owner[b0 + off] = ("item", key[0])  # a kept line, or a line '...' stands for
            continue
        old = [key for key, _ in aligned[a0:a1]]
        if not old:  # an insertion: inside a block when both neighbours are that block's lines
            before = aligned[a0 - 1][0] if a0 > 0 else None
            after = aligned[a0][0] if a0 < len(aligned) else None
            if before and after and before[0] == after[0] and isinstance(items[before[0]], Unordered):
                for b in range(b0, b1):
                    owner[b] = ("block", before[0], before[1] + 0.5, literal(lines[b]))
            continue
        # Changed lines pair up with the patterns they replace when the counts agree; otherwise they
        # stay in a block only if everything they replace was that block's.
        one_block = len({key[0] for key in old}) == 1 and isinstance(items[old[0][0]], Unordered)
        for off, b in enumerate(range(b0, b1)):
            key = old[off] if len(old) == b1 - b0 else None
            line = pattern_of(key) if key else None
            source = (line and transfer(line, lines[b])) or literal(lines[b])
            if key is not None and key[1] is not None:
                owner[b] = ("block", key[0], key[1], source)
            elif key is None and one_block:
                owner[b] = ("block", old[0][0], old[0][1] + off / (b1 - b0 + 1), source)
            else:
                owner[b] = ("new", source)

    # Optional lines of a block that matched nothing stay in the block.
    members: dict[int, list[tuple[float, int, str]]] = {}
    for b, own in owner.items():
        if own[0] == "block":
            members.setdefault(own[1], []).append((own[2], b, own[3]))
    for idx, entries in members.items():
        block = items[idx]
        assert isinstance(block, Unordered)
        shown_subs = {key[1] for key, _ in aligned if key[0] == idx}
        entries += [
            (sub, -1, bl.source)
            for sub, bl in enumerate(block.lines)
            if bl.optional and sub not in shown_subs
        ]

    out: list[str] = []
    emitted: set[int] = set()
    free = [
        i
        for i, it in enumerate(items)
        if isinstance(it, (Comment, AnyLines)) or (isinstance(it, Line) and it.optional)
    ]

    def flush_free_items(upto: int) -> None:
        # Comments, '...' and optional lines that matched nothing stay in place.
        while free and free[0] < upto:
            i = free.pop(0)
            if i not in emitted:
                emitted.add(i)
                out.extend(_render([items[i]]))

    for b, text in enumerate(lines):
        own = owner.get(b, ("new", literal(text)))
        if own[0] == "new":
            out.append(own[1])
            continue
        idx = own[1]
        flush_free_items(idx)
        if idx in emitted:
            continue
        emitted.add(idx)
        if own[0] == "item":
            out.extend(_render([items[idx]]))
        else:
            out.append(f"{PREFIX} unordered")
            out.extend(source for _, _, source in sorted(members[idx]))
            out.append(f"{PREFIX} end")
    flush_free_items(len(items))
    return out


def _render(items: list[Item]) -> list[str]:
    out: list[str] = []
    for it in items:
        if isinstance(it, Unordered):
            out.append(f"{PREFIX} unordered")
            out.extend(line.source for line in it.lines)
            out.append(f"{PREFIX} end")
        else:
            out.append(it.source)
    return out


def rewrite(exp: Expectation | None, *, stdout: str, stderr: str, exit_code: int | None) -> str:
    """The text of an expectation that matches this run, keeping what still matches."""
    header = list(exp.header) if exp else []
    code = 0 if exit_code is None else exit_code
    if exp is not None and exp.options.exit != code:
        header = [h for h in header if not h[len(PREFIX) :].strip().startswith("exit")]
    if code != 0 and not any(h[len(PREFIX) :].strip().startswith("exit") for h in header):
        header.insert(0, f"{PREFIX} exit {code}")
    body = _rewrite_items(exp.stdout if exp else [], split_lines(stdout))
    err_lines = split_lines(stderr)
    if err_lines or (exp is not None and exp.stderr):
        old_err = exp.stderr if exp is not None and exp.stderr is not None else []
        body.append(f"{PREFIX} stderr")
        body.extend(_rewrite_items(old_err, err_lines))
    text = "\n".join(header + body) + "\n"
    # The rewritten file must accept this very run; if kept bindings now clash, go literal.
    new = parse(text, exp.path if exp else Path("<new>"))
    if not check(new, stdout=stdout, stderr=stderr, exit_code=code, label="rewrite"):
        body = [literal(t) for t in split_lines(stdout)]
        if err_lines:
            body += [f"{PREFIX} stderr"] + [literal(t) for t in err_lines]
        text = "\n".join(header + body) + "\n"
    return text
