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
``#: cpu-bound``         keeps a core busy: runs beside at most one other snippet per core
``#: start-methods X``   ``auto`` (all methods if the snippet uses multiprocessing),
                         ``default`` (only the platform default) or ``all``
``#: # text``            a comment
``#: re REGEX``          a line that must fully match REGEX
``#: optional LINE``     a line that may be absent
``#: ...``               any number of lines (including none)
``#: unordered`` ... ``#: end``
                         the lines in between may come in any order (a multiset)
``#: stderr``            what follows describes stderr (without it stderr must be empty)

A run is judged by :func:`check`.  When it does not match, :func:`normalize`
writes the run as an expectation file: every output line as the pattern that
matched it, else as itself.  The failure shows the diff between the file and
that text, and ``snippets update`` writes that very text (Mercurial's
run-tests and snapbox work the same way).
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
    cpu_bound: bool = False
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
    elif key in ("exclusive", "cpu-bound"):
        setattr(opts, key.replace("-", "_"), value in ("", "yes", "true", "on"))
    elif key == "start-methods":
        if value not in START_METHOD_CHOICES:
            raise ValueError(f"start-methods must be one of {', '.join(START_METHOD_CHOICES)}")
        opts.start_methods = value
    else:
        raise ValueError(f"unknown directive '{key}'")


_OPTION_KEYS = {"exit", "runs", "timeout", "exclusive", "cpu-bound", "start-methods"}


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


# --------------------------------------------------------------------------- normalizing


def literal(text: str) -> str:
    """An expectation line that matches exactly `text`."""
    if text.startswith(PREFIX) or "{{" in text:
        return f"{PREFIX} re {re.escape(text)}"
    return text


def transfer(old: Line, text: str) -> str:
    """`text` as a pattern that keeps the placeholders of `old` whose words only changed value.

    Word by word: a word of `old` holding a placeholder stays where the word it
    lines up with still matches it (a new duration where ``{{time}}`` stood);
    every other word is taken from `text`.  Falls back to ``literal(text)``.
    """
    if not old.slots or old.source.startswith(PREFIX) or text.startswith(PREFIX) or "{{" in text:
        return literal(text)
    a, b = re.split(r"(\s+)", old.source), re.split(r"(\s+)", text)
    out: list[str] = []
    for tag, a0, a1, b0, b1 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            out += a[a0:a1]
        elif tag == "replace" and a1 - a0 == b1 - b0:
            out += [
                x if _PLACEHOLDER.search(x) and compile_line(x).fullmatch(y) else y
                for x, y in zip(a[a0:a1], b[b0:b1], strict=True)
            ]
        else:
            out += b[b0:b1]
    pattern = "".join(out)
    return (
        pattern if _PLACEHOLDER.search(pattern) and compile_line(pattern).fullmatch(text) else literal(text)
    )


def _block(block: Unordered, chunk: list[str]) -> tuple[int, list[str]]:
    """Score of `chunk` as this block (3 per matched line, 1 per changed one) and the block written for it."""
    used: dict[int, int] = {}  # block line -> chunk line
    for k, text in enumerate(chunk):
        hit = next((i for i, bl in enumerate(block.lines) if i not in used and bl.fullmatch(text)), None)
        if hit is not None:
            used[hit] = k
    spare = iter(k for k in range(len(chunk)) if k not in used.values())
    body, changed = [], 0
    for i, bl in enumerate(block.lines):
        if i in used or bl.optional:
            body.append(bl.source)
        elif (k := next(spare, None)) is not None:  # a changed line takes the place of the one it replaces
            body.append(transfer(bl, chunk[k]))
            changed += 1
    body += [literal(chunk[k]) for k in spare]
    return 3 * len(used) + changed, [f"{PREFIX} unordered", *body, f"{PREFIX} end"] if body else []


def _normalize_items(items: list[Item], lines: list[str]) -> list[str]:
    """`lines` written as expectation lines, keeping every pattern of `items` that matches a line.

    A dynamic programme over (item, line): a pattern that matches its line scores 3,
    one paired with a changed line 1 (it keeps its placeholders where it can,
    `transfer`), a line that ``...`` stands for 1.
    """
    n, m = len(items), len(lines)
    if n * m > 400_000:
        return [literal(t) for t in lines]
    score = [[0] * (m + 1) for _ in range(n + 1)]
    step: list[list[tuple]] = [[()] * (m + 1) for _ in range(n + 1)]
    for j in range(m - 1, -1, -1):
        step[n][j] = ("extra",)
    for i in range(n - 1, -1, -1):
        it = items[i]
        for j in range(m, -1, -1):
            options: list[tuple[int, tuple]] = []
            if isinstance(it, Comment):
                options.append((score[i + 1][j], ("keep",)))
            elif isinstance(it, AnyLines):
                options.append((score[i + 1][j], ("keep",)))
                if j < m:
                    options.append((score[i][j + 1] + 1, ("swallow",)))
            elif isinstance(it, Line):
                if j < m and it.fullmatch(lines[j]):
                    options.append((score[i + 1][j + 1] + 3, ("match",)))
                elif j < m:
                    options.append((score[i + 1][j + 1] + 1, ("change",)))
                options.append((score[i + 1][j], ("drop",)))
                if j < m:
                    options.append((score[i][j + 1], ("extra",)))
            else:  # Unordered: the block takes k lines, preferably as many as it has patterns
                for k in range(min(m - j, len(it.lines) + 2) + 1):
                    got, _ = _block(it, lines[j : j + k])
                    options.append((score[i + 1][j + k] + got, ("block", k), -abs(k - len(it.lines))))
            best = max(options, key=lambda o: (o[0], o[2] if len(o) > 2 else 0))
            score[i][j], step[i][j] = best[0], best[1]
    out: list[str] = []
    i = j = 0
    while i < n or j < m:
        kind = step[i][j] if i < n else ("extra",)
        it = items[i] if i < n else None
        if kind[0] == "extra":
            out.append(literal(lines[j]))
            j += 1
        elif kind[0] == "swallow":
            j += 1
        elif kind[0] == "keep":
            out.append(it.source)
            i += 1
        elif kind[0] == "match":
            out.append(it.source)
            i, j = i + 1, j + 1
        elif kind[0] == "change":
            out.append(transfer(it, lines[j]))
            i, j = i + 1, j + 1
        elif kind[0] == "drop":
            if it.optional:
                out.append(it.source)
            i += 1
        else:
            out += _block(it, lines[j : j + kind[1]])[1]
            i, j = i + 1, j + kind[1]
    return out


def render(exp: Expectation) -> str:
    """The expectation file as the parser understood it (the left side of every diff)."""

    def lines(items: list[Item]) -> list[str]:
        out: list[str] = []
        for it in items:
            if isinstance(it, Unordered):
                out += [f"{PREFIX} unordered", *(bl.source for bl in it.lines), f"{PREFIX} end"]
            else:
                out.append(it.source)
        return out

    body = exp.header + lines(exp.stdout)
    if exp.stderr is not None:
        body += [f"{PREFIX} stderr", *lines(exp.stderr)]
    return "\n".join(body) + "\n"


def normalize(exp: Expectation, *, stdout: str, stderr: str, exit_code: int | None) -> str:
    """This run as an expectation file: what `snippets update` writes and what a failure diffs against."""
    header = list(exp.header)
    if exit_code is not None and exit_code != exp.options.exit:
        header = [h for h in header if h.split()[:2] != [PREFIX, "exit"]]
        header.insert(0, f"{PREFIX} exit {exit_code}")
    body = header + _normalize_items(exp.stdout, split_lines(stdout))
    if stderr or exp.stderr:
        body += [f"{PREFIX} stderr", *_normalize_items(exp.stderr or [], split_lines(stderr))]
    return "\n".join(body) + "\n"


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
    """Judge one run: its output, stderr and exit code against `exp`; `label` names the run."""
    env, trace = match_items(exp.stdout, split_lines(stdout))
    if env is not None:
        env, trace = match_items(exp.stderr or [], split_lines(stderr), env)
    if env is not None and exit_code == exp.options.exit:
        return Verdict(True, [])
    what = []
    if env is None:
        what.append("output does not match")
        if stderr and exp.stderr is None:
            what.append(f"unexpected output on stderr (add a '{PREFIX} stderr' section if it is intended)")
    if exit_code != exp.options.exit:
        what.append(f"exit code {exit_code}, expected {exp.options.exit}")
    new = normalize(exp, stdout=stdout, stderr=stderr, exit_code=exit_code)
    diff = "\n".join(
        difflib.unified_diff(
            render(exp).splitlines(), new.splitlines(), str(exp.path), f"{label} (this run)", lineterm=""
        )
    )
    msg = f"{label}: " + "; ".join(what) + f" ({exp.path})"
    if not diff:  # every line matches a pattern, but named placeholders disagree
        msg += "\n" + "\n".join(f"  {c}" for c in dict.fromkeys(trace.conflicts))
    return Verdict(False, [msg + ("\n" + diff if diff else "")])


def update(exp: Expectation, *, stdout: str, stderr: str, exit_code: int | None) -> str:
    """The new text of the expectation file: the normalized run, or literal lines if bindings clash."""
    text = normalize(exp, stdout=stdout, stderr=stderr, exit_code=exit_code)
    if check(parse(text, exp.path), stdout=stdout, stderr=stderr, exit_code=exit_code, label="update"):
        return text
    plain = Expectation(exp.path, exp.options, header=exp.header)
    return normalize(plain, stdout=stdout, stderr=stderr, exit_code=exit_code)
