"""Expectations (``join.py`` -> ``join.expected``): every line is matched exactly, except for placeholders
``{{kind}}`` / ``{{kind:name}}``.  Kinds: ``pid``, ``ident``, ``native_id``, ``addr`` (0x...), ``int``,
``float``, ``time`` (seconds), ``port``, ``word`` (no spaces), ``path``, ``any``.  A *named* one binds:
one name is one value everywhere, two names of one kind are two different values.  Directives:

``#: exit N``     exit code (default 0; ``-15``: signal 15)  ``#: # text``         a comment
``#: runs N``     runs in the tests (output varies)          ``#: re REGEX``       a line fully matching REGEX
``#: timeout S``  seconds, then the process group is killed  ``#: optional LINE``  a line that may be absent
``#: exclusive``  run alone (benchmarks)                     ``#: ...``            any number of lines (or 0)
``#: cpu-bound``  keeps a core busy: beside <= 1 other/core  ``#: unordered``      till ``#: end``: any order
``#: start-methods X``  ``auto`` (all if it uses multiprocessing), ``default`` (the platform's) or ``all``
``#: stderr``     what follows describes stderr (without it stderr must be empty)

On a mismatch :func:`check` shows the diff to :func:`normalize`'s text (every output line as the pattern
that matched it, else as itself), which ``snippets update`` writes (as Mercurial's run-tests, snapbox).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PREFIX = "#:"
_NUMBER = r"\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
KINDS: dict[str, str] = dict.fromkeys(("pid", "ident", "native_id", "port"), r"\d+") | {  # what each matches
    "int": r"-?\d+", "float": "-?" + _NUMBER, "time": _NUMBER, "addr": r"0x[0-9a-fA-F]+",
    "word": r"\S+", "path": r".+?", "any": r".*?",
}  # fmt: skip
_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)(?:\s*:\s*([A-Za-z0-9_]+))?\s*\}\}")
MAX_STEPS = 200_000
Env = dict[str, tuple[str, str]]  # bindings of named placeholders: name -> (kind, value)
START_METHOD_CHOICES = ("auto", "default", "all")


class ExpectationError(ValueError):
    """A malformed expectation file; the message names the file and line."""


@dataclass(frozen=True)
class Line:  # one output line: literal text with optional placeholders, or a regex
    source: str  # as written in the expectation (for diffs and rewriting)
    regex: re.Pattern[str]
    slots: tuple[tuple[str, str | None], ...]  # (kind, name) per group, in order
    optional: bool = False


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
    def source(self) -> str:  # as written (several lines)
        return "\n".join([f"{PREFIX} unordered", *(bl.source for bl in self.lines), f"{PREFIX} end"])


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


def compile_line(text: str, *, optional: bool = False, source: str | None = None) -> Line:
    pieces = _PLACEHOLDER.split(text)  # literal, kind, name, literal, kind, name, ..., literal
    if unknown := [kind for kind in pieces[1::3] if kind not in KINDS]:
        raise ValueError(f"unknown placeholder kind {{{{{unknown[0]}}}}} (known: {', '.join(KINDS)})")
    regex = "".join(f"({KINDS[p]})" if k % 3 else re.escape(p) for k, p in enumerate(pieces) if k % 3 < 2)
    slots = tuple(zip(pieces[1::3], pieces[2::3], strict=True))
    return Line(text if source is None else source, re.compile(regex), slots, optional)


_FLAG, _METHODS = ("", "yes", "true", "on").__contains__, ", ".join(START_METHOD_CHOICES)
_OPTIONS = {  # directive -> (conversion, test of the converted value, what it must be)
    "exit": (int, None, "a whole number (-N: killed by signal N)"),
    "runs": (int, lambda n: n >= 1, "at least 1 (a whole number)"),
    "timeout": (float, lambda s: s > 0, "positive (seconds)"),
    "exclusive": (_FLAG, None, ""),
    "cpu-bound": (_FLAG, None, ""),
    "start-methods": (str, START_METHOD_CHOICES.__contains__, "one of " + _METHODS),
}


def parse(text: str, path: Path) -> Expectation:
    exp = Expectation(path=path)
    part: list[Item] = exp.stdout
    block, block_start = None, 0  # the open unordered block (a list of Line) and its first line
    for lineno, raw in enumerate(text.split("\n"), 1):
        key, _, value = (
            raw.removeprefix(PREFIX).strip().partition(" ") if raw.startswith(PREFIX) else (None,) * 3
        )
        value = raw if key is None else value.strip()  # key None: a plain output line
        seen_body = bool(exp.stdout) or exp.stderr is not None or block is not None  # output has begun
        try:
            if key is not None and key.startswith("#"):
                (part if seen_body else exp.header).append(Comment(raw) if seen_body else raw)
                continue
            if key in _OPTIONS:
                if seen_body:
                    raise ValueError(f"'{key}' must come before the expected output")
                convert, valid, what = _OPTIONS[key]
                try:
                    setattr(exp.options, key.replace("-", "_"), converted := convert(value))
                except ValueError:
                    converted = None
                if converted is None or valid and not valid(converted):
                    raise ValueError(f"{key} must be {what}, not {value!r}")
                exp.header.append(raw)
                continue
            if key == "re":
                try:
                    re.compile(value)  # validate early, with a clear message
                except re.error as exc:
                    raise ValueError(f"bad regex {value!r}: {exc}") from None
                (part if block is None else block).append(Line(raw, re.compile(f"(?:{value})"), ()))
            elif key is None or key == "optional":
                (part if block is None else block).append(compile_line(value, optional=bool(key), source=raw))
            elif key in ("stderr", "..."):
                if block is not None:
                    raise ValueError(f"'{key}' inside an unordered block")
                if key == "...":
                    part.append(AnyLines(raw))
                elif exp.stderr is not None:
                    raise ValueError("second 'stderr' section")
                else:
                    part = exp.stderr = []
            elif key == "unordered":
                if block is not None:
                    raise ValueError("unordered blocks do not nest")
                block, block_start = [], lineno
            elif key == "end":
                if not block:
                    raise ValueError("empty unordered block" if block == [] else "'end' without 'unordered'")
                part.append(Unordered(tuple(block)))
                block = None
            else:
                raise ValueError(f"unknown directive '{key}'")
        except ValueError as exc:
            raise ExpectationError(f"{path}:{lineno}: {exc}") from None
    if block is not None:
        raise ExpectationError(f"{path}:{block_start}: 'unordered' without 'end'")
    for items in (exp.stdout, exp.stderr):  # a file ends with a newline: the last empty "line" is not output
        if items and isinstance(items[-1], Line) and items[-1].source == "":
            items.pop()
    return exp


def load(path: Path, name: str | None = None) -> Expectation:  # `name`: how messages call it
    shown = Path(name) if name else path
    try:
        return parse(path.read_text(encoding="utf-8"), shown)
    except FileNotFoundError:
        hint = f"create it with: snippets update {shown.with_suffix('.py')}"
        raise ExpectationError(f"{shown}: expectation file is missing ({hint})") from None
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise ExpectationError(f"{shown}:{line}: not UTF-8 text (byte {exc.object[exc.start]:#x})") from None


@dataclass
class _Trace:
    steps: int = 0
    conflicts: list[str] = field(default_factory=list)


def _match_line(line: Line, text: str, env: Env, trace: _Trace) -> Env | None:
    """`env` extended by the named placeholders of `line` in `text`, or None (a clash goes to `trace`)."""
    if (m := line.regex.fullmatch(text)) is None:
        return None
    if not any(name for _, name in line.slots):  # nothing binds (a `#: re` line's own groups never do)
        return env
    new = dict(env)
    for (kind, name), value in zip(line.slots, m.groups(), strict=True):
        if name is None or (name in new and new[name][1] == value):
            continue
        if name in new:
            why = f"is {new[name][1]} earlier but {value}"
        elif other := next((o for o, kv in new.items() if kv == (kind, value)), None):
            why = f"and {{{{{kind}:{other}}}}} must differ, both are {value}"
        else:
            new[name] = (kind, value)
            continue
        trace.conflicts.append(f"{{{{{kind}:{name}}}}} {why} in {text!r}")
        return None
    return new


def _match_unordered(block: Unordered, lines: list[str], env: Env, trace: _Trace) -> Iterator[Env]:
    """Every distinct binding by which distinct block lines, all required ones among them, match `lines`."""
    seen: set[tuple] = set()

    def go(k: int, free: tuple[int, ...], env: Env) -> Iterator[Env]:  # free: the block lines not used yet
        trace.steps += 1
        if trace.steps > MAX_STEPS:
            return
        if k == len(lines):
            key = tuple(sorted(env.items()))
            if all(block.lines[i].optional for i in free) and key not in seen:
                seen.add(key)
                yield env
            return
        tried: set[str] = set()  # identical patterns without names are interchangeable: try one of each
        for idx in free:
            bl = block.lines[idx]
            if bl.source in tried and not any(name for _, name in bl.slots):
                continue
            tried.add(bl.source)
            if (new := _match_line(bl, lines[k], env, trace)) is not None:
                yield from go(k + 1, tuple(i for i in free if i != idx), new)

    yield from go(0, tuple(range(len(block.lines))), env)


def match_items(items: list[Item], lines: list[str], env: Env | None = None) -> tuple[Env | None, _Trace]:
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
        it, ways = items[i], []  # the ways items[i] matches from line j on, most preferred first
        if isinstance(it, Comment):
            ways = [(j, cur)]
        elif isinstance(it, AnyLines):
            ways = [(k, cur) for k in range(j, len(lines) + 1)]
        elif isinstance(it, Line):
            if j < len(lines) and (new := _match_line(it, lines[j], cur, trace)) is not None:
                ways.append((j + 1, new))
            ways += [(j, cur)] if it.optional else []
        else:
            required = sum(not line.optional for line in it.lines)
            for size in range(min(len(it.lines), len(lines) - j), required - 1, -1):
                ways += [(j + size, new) for new in _match_unordered(it, lines[j : j + size], cur, trace)]
        stack += [(i + 1, nj, nenv) for nj, nenv in reversed(ways)]
    return None, trace


def split_lines(text: str) -> list[str]:
    return text.removesuffix("\n").split("\n") if text else []


def literal(text: str) -> str:  # an expectation line that matches exactly `text`
    return f"{PREFIX} re {re.escape(text)}" if text.startswith(PREFIX) or "{{" in text else text


def transfer(old: Line, text: str) -> str:
    """`text` as a pattern: a word of `old` holding a placeholder stays where the word it lines up with
    still matches it (a new duration where ``{{time}}`` stood), every other word is `text`'s."""
    if not old.slots or old.source.startswith(PREFIX) or literal(text) != text:
        return literal(text)

    def keep(x: str, y: str) -> str:  # pattern x where it matches y, else y
        return x if _PLACEHOLDER.search(x) and compile_line(x).regex.fullmatch(y) else y

    a, b = re.split(r"(\s+)", old.source), re.split(r"(\s+)", text)
    out: list[str] = []
    for _, a0, a1, b0, b1 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        olds = a[a0:a1] if a1 - a0 == b1 - b0 else [""] * (b1 - b0)  # a run that changed length: `text`'s
        out += map(keep, olds, b[b0:b1])
    return keep("".join(out), text)


def _block(block: Unordered, chunk: list[str]) -> tuple[int, list[str]]:
    """Score of `chunk` as this block (3 per matched line, 1 per changed one) and the block written for it."""
    used: dict[int, int] = {}  # block line -> chunk line
    for k, text in enumerate(chunk):
        free = (i for i, bl in enumerate(block.lines) if i not in used and bl.regex.fullmatch(text))
        if (hit := next(free, None)) is not None:
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
    """`lines` as expectation lines, keeping the patterns of `items` that match them.  A dynamic programme
    over (item, line): a matching pattern scores 3, one given a changed line 1, a line ``...`` takes 1."""
    n, m = len(items), len(lines)
    if n * m > 400_000:
        return [literal(t) for t in lines]
    score = [[0] * (m + 1) for _ in range(n + 1)]
    step = [[("extra", 0, 1)] * (m + 1) for _ in range(n + 1)]  # (what to write, items taken, lines taken)
    for i in range(n - 1, -1, -1):
        it, nxt, here = items[i], score[i + 1], score[i]
        for j in range(m, -1, -1):
            if isinstance(it, Unordered):  # k lines, preferably as many as it has patterns
                options = [
                    (nxt[j + k] + _block(it, lines[j : j + k])[0], -abs(k - len(it.lines)), ("block", 1, k))
                    for k in range(min(m - j, len(it.lines) + 2) + 1)
                ]
            elif isinstance(it, Line):
                options = [(nxt[j], 0, ("keep" if it.optional else "", 1, 0))]  # dropped
                if j < m:
                    hit = it.regex.fullmatch(lines[j])
                    paired = (nxt[j + 1] + (3 if hit else 1), 0, ("keep" if hit else "change", 1, 1))
                    options = [paired, *options, (here[j + 1], 0, ("extra", 0, 1))]
            else:
                options = [(nxt[j], 0, ("keep", 1, 0))]
                if j < m and isinstance(it, AnyLines):
                    options.append((here[j + 1] + 1, 0, ("", 0, 1)))  # a line it stands for
            here[j], _, step[i][j] = max(options, key=lambda o: o[:2])
    out, i, j = [], 0, 0
    while i < n or j < m:
        what, di, dj = step[i][j]
        if what == "block":
            out += _block(items[i], lines[j : j + dj])[1]
        elif what == "keep":
            out.append(items[i].source)
        elif what == "change":
            out.append(transfer(items[i], lines[j]))
        elif what == "extra":
            out.append(literal(lines[j]))
        i, j = i + di, j + dj
    return out


def render(exp: Expectation) -> str:  # the file as the parser understood it (the left side of every diff)
    stderr = [] if exp.stderr is None else [f"{PREFIX} stderr", *(it.source for it in exp.stderr)]
    return "\n".join([*exp.header, *(it.source for it in exp.stdout), *stderr]) + "\n"


def normalize(exp: Expectation, *, stdout: str, stderr: str, exit_code: int | None) -> str:
    """This run as an expectation file: what `snippets update` writes and what a failure diffs against."""
    header = exp.header
    if exit_code is not None and exit_code != exp.options.exit:
        header = [f"{PREFIX} exit {exit_code}", *(h for h in header if h.split()[:2] != [PREFIX, "exit"])]
    body = header + _normalize_items(exp.stdout, split_lines(stdout))
    if stderr or exp.stderr:
        body += [f"{PREFIX} stderr", *_normalize_items(exp.stderr or [], split_lines(stderr))]
    return "\n".join(body) + "\n"


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
    env, trace = match_items(exp.stdout, split_lines(stdout))
    if env is not None:
        env, trace = match_items(exp.stderr or [], split_lines(stderr), env)
    if env is not None and exit_code == exp.options.exit:
        return Verdict(True, [])
    what = [] if env is not None else ["output does not match"]
    if env is None and stderr and exp.stderr is None:
        what.append(f"unexpected output on stderr (add a '{PREFIX} stderr' section if it is intended)")
    if exit_code != exp.options.exit:
        what.append(f"exit code {exit_code}, expected {exp.options.exit}")
    new = normalize(exp, stdout=stdout, stderr=stderr, exit_code=exit_code).splitlines()
    diff = "\n".join(
        difflib.unified_diff(render(exp).splitlines(), new, str(exp.path), f"{label} (this run)", lineterm="")
    )
    msg = f"{label}: " + "; ".join(what) + f" ({exp.path})"
    if not diff:  # every line matches a pattern, but named placeholders disagree
        msg += "\n" + "\n".join(f"  {c}" for c in dict.fromkeys(trace.conflicts))
    return Verdict(False, [msg + ("\n" + diff if diff else "")])


def update(exp: Expectation, *, stdout: str, stderr: str, exit_code: int | None) -> str:
    """The new text of the expectation file: the normalized run, or literal lines if bindings clash."""
    run = {"stdout": stdout, "stderr": stderr, "exit_code": exit_code}
    if check(parse(text := normalize(exp, **run), exp.path), **run, label="update"):
        return text
    return normalize(Expectation(exp.path, exp.options, header=exp.header), **run)
