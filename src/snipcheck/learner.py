"""The learner's checker: ``python check.py threads/1 my_solution.py`` (downloads/exercises.zip holds it with
verbatim copies of expect.py, runner.py, timeline.py and _boot/, and the data ``exercises.json`` that
snipcheck.exercises writes). It runs the file as the site runs a snippet (runner: own process, timeout,
``#: runs N`` times under every start method where the exercise uses multiprocessing, no process left
behind), judges each run with the site's matcher, adds the exercise's extra checks (a traced run's threads,
processes and timeline invariants; variants of the program with other delays or data; a time bound), and
says in Russian what failed, with a hint for known mistakes. Standard library only, Python 3.10+, any
platform, any working directory; it never shows its own traceback. Exit 0: passed, 1: not yet, 2: bad
command line or file, 3: the checker's own failure."""

from __future__ import annotations

import ast
import difflib
import io
import json
import multiprocessing
import re
import sys
import sysconfig
import tempfile
import tokenize
from dataclasses import dataclass, field
from pathlib import Path

from . import expect, runner, timeline

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "exercises.json"  # beside the package in the archive: _check/exercises.json
STARTERS = HERE.parents[1] / "exercises"  # exercises/<chapter>/<n>.py: the default file to check
HEADER_KEYS = ("exit", "runs", "timeout", "exclusive", "cpu-bound", "start-methods")
PLACEHOLDERS = {  # what a placeholder of the expectation stands for, said to the learner
    "pid": "любой PID (номер процесса)", "ident": "любой идентификатор потока", "native_id": "любой номер "
    "потока в ОС", "addr": "любой адрес вида 0x…", "int": "любое целое число", "float": "любое число",
    "time": "любое время в секундах", "port": "любой номер порта", "word": "любое слово без пробелов",
    "path": "любой путь к файлу", "any": "любой текст",
}  # fmt: skip
DIRECTIVES = {
    "unordered": "#: unordered … #: end — строки между ними могут идти в любом порядке",
    "re": "#: re ВЫРАЖЕНИЕ — строка целиком подходит под регулярное выражение",
    "optional": "#: optional СТРОКА — этой строки может не быть",
    "...": "#: ... — здесь может быть сколько угодно строк",
    "stderr": "#: stderr — дальше то, что программа пишет в поток ошибок (stderr)",
}
# Mistakes any exercise can show, by what the failed run wrote on stderr: (regex, hint). The exercise's own
# hints come first; a hint may name {method}.
GENERIC = [
    (
        r"An attempt has been made to start a new process before the\s+current process has finished",
        (
            "При методе запуска {method} дочерний процесс заново импортирует ваш файл, и код, который "
            "запускает процессы, выполнился ещё раз. Всё, что запускает процессы, должно стоять внутри "
            'if __name__ == "__main__":.'
        ),
    ),
    (
        r"[Pp]ickl|Can't get (?:local object|attribute)|AttributeError: Can't",
        (
            "Объект не удалось передать в другой процесс (pickle): лямбду, вложенную функцию и функцию, "
            'объявленную внутри if __name__ == "__main__":, передать нельзя — процесс находит функцию по '
            "имени в модуле. Объявите функцию на верхнем уровне файла и передавайте её по имени."
        ),
    ),
    (
        r"ModuleNotFoundError: No module named '([\w.]+)'",
        "Модуля {0} нет: упражнения решаются только стандартной библиотекой Python.",
    ),
]


def plural(n: int, one: str, few: str, many: str) -> str:
    return timeline.plural(n, one, few, many)


def genitive(n: int, one: str, many: str) -> str:  # «не меньше 1 потока», «не меньше 8 потоков»
    return f"{n} {one if n % 10 == 1 and n % 100 != 11 else many}"


def seconds(x: float) -> str:
    return f"{x:g} с".replace(".", ",")


class Stop(Exception):  # a message for the learner and the exit code
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Exercise:
    key: str  # "threads/1"
    title: str
    url: str  # of the exercise on the site
    expected: list  # [[tags], expectation text], by Python version
    every_method: bool  # every start method (it uses multiprocessing), as the site's tests
    timeout: float | None = None  # instead of the expectation's
    seconds: float | None = None  # a bound on each plain run's wall time
    trace: str = ""  # checks of a traced run: threads>=N, processes=N and timeline.CHECKS
    variants: list[dict] = field(default_factory=list)  # about, replace / main, expected, seconds, hint
    hints: list[dict] = field(default_factory=list)  # text; on, stdout, stderr, source (all must match)

    def expectation(self, tag: str) -> expect.Expectation:
        """The expectation for Python `tag`: its own, else the newest for an older version (3.16 -> 3.15)."""
        minor = int(tag.split(".")[1].rstrip("t"))
        known = [(int(t.split(".")[1]), text) for tags, text in self.expected for t in tags]
        chosen = max((k for k in known if k[0] <= minor), default=min(known))
        return expect.parse(chosen[1], Path(f"{self.key}.expected"))


def load_data(path: Path = DATA) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise Stop(
            f"Не удалось прочитать данные упражнений ({path}: {exc}). Скачайте архив exercises.zip "
            "заново и распакуйте его целиком: check.py работает только рядом с папкой _check.",
            3,
        ) from None


def exercise(data: dict, name: str) -> Exercise:
    key = name.replace("\\", "/").removeprefix("exercises/").removesuffix(".py").strip("/")
    if key not in data["exercises"]:
        raise Stop(f"Упражнения «{name}» нет. {listing(data)}", 2)
    return Exercise(key, **data["exercises"][key])


def listing(data: dict) -> str:
    keys = list(data["exercises"])
    return (
        "Упражнение называют главой и номером на её странице: "
        + ", ".join(keys)
        + ". Например: python check.py threads/1 my_solution.py"
    )


# --- the learner's file ------------------------------------------------------------------------------------


def read_source(path: Path) -> str:
    if not path.exists():
        raise Stop(
            f"Файла {path} нет. Путь считается от текущей папки ({Path.cwd()}); укажите путь к своему "
            "решению от неё или полный путь.",
            2,
        )
    if not path.is_file():
        raise Stop(f"{path} — не файл (папка?). Укажите файл .py с вашим решением.", 2)
    data = path.read_bytes()
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(encoding)
    except (SyntaxError, LookupError, UnicodeDecodeError) as exc:
        where = ""
        if isinstance(exc, UnicodeDecodeError):
            line = data[: exc.start].count(b"\n") + 1
            where = f" (строка {line}, байт {data[exc.start : exc.start + 1]!r})"
        raise Stop(
            f"Файл {path} не в кодировке UTF-8{where}. Python читает программы в UTF-8: сохраните файл "
            "в этой кодировке (в редакторе: «Сохранить как» → UTF-8) и запустите проверку снова."
        ) from None
    try:
        compile(text, str(path), "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        line = getattr(exc, "lineno", None)
        code = (getattr(exc, "text", None) or "").strip()
        where = f" в строке {line}" + (f" ({code})" if code else "") if line else ""
        raise Stop(
            f"В файле {path.name} синтаксическая ошибка{where}: {getattr(exc, 'msg', exc)}. Python не "
            "может запустить такую программу; исправьте эту строку и запустите проверку снова."
        ) from None
    if path.stem in sys.stdlib_module_names:
        raise Stop(
            f"Файл называется {path.name}, как модуль стандартной библиотеки {path.stem}: тогда import "
            f"{path.stem} (в том числе внутри threading и multiprocessing) найдёт ваш файл вместо "
            "настоящего модуля. Переименуйте файл, например в my_solution.py."
        )
    return text


def gaps(source: str) -> list[str]:
    """The starter's places for the learner's code still there: an ``...`` outside a type hint, with the
    comment on its line or just above it."""
    tree, lines = ast.parse(source), source.splitlines()
    hints = {id(n) for s in ast.walk(tree) if isinstance(s, ast.Subscript) for n in ast.walk(s.slice)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and node.value is Ellipsis and id(node) not in hints:
            k = node.lineno - 1
            said = lines[k].partition("#")[2].strip() if "#" in lines[k] else ""
            above = []
            while not said and k > 0 and lines[k - 1].strip().startswith("#"):
                k -= 1
                above.insert(0, lines[k].strip().lstrip("#").strip())
            said = said or " ".join(above)
            found.append((node.lineno, said))
    return [f"строка {n}" + (f" ({said})" if said else "") for n, said in sorted(set(found))]


def reads_stdin(source: str) -> int | None:  # the line of an input() call or a sys.stdin use
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "input":
            return node.lineno
        if (
            isinstance(node, ast.Attribute)
            and node.attr == "stdin"
            and getattr(node.value, "id", "") == "sys"
        ):
            return node.lineno
    return None


def variant_source(source: str, v: dict) -> str:
    """The learner's program with the variant's definitions put in after the learner's own (``replace``),
    or with the variant's main block instead of the learner's (``main``)."""
    tree, lines = ast.parse(source), source.splitlines()
    if "replace" in v:
        names = {name for node in ast.parse(v["replace"]).body for name in defined(node)}
        ends = [node.end_lineno for node in tree.body if defined(node) & names]
        if not ends:
            raise Stop(
                f"Проверка подменяет {', '.join(sorted(names))} своим вариантом, но в вашей программе "
                "такого имени на верхнем уровне файла нет. Оставьте имена из заготовки: проверка "
                "опирается на них."
            )
        at = max(ends)
        return "\n".join([*lines[:at], v["replace"], *lines[at:]]) + "\n"
    guard = [node for node in tree.body if is_main_guard(node)]
    if not guard:
        raise Stop(
            'В программе нет блока if __name__ == "__main__": из заготовки, а проверка заменяет его своим '
            "(вызывает ваши функции с другими данными). Верните этот блок."
        )
    cut = lines[: guard[0].lineno - 1] + lines[guard[0].end_lineno :]
    return "\n".join([*cut, v["main"]]) + "\n"


def defined(node: ast.stmt) -> set[str]:  # the names a top-level statement defines
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}
    targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
    return {t.id for t in targets if isinstance(t, ast.Name)}


def is_main_guard(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.If)
        and "__main__" in ast.unparse(node.test)
        and "__name__" in ast.unparse(node.test)
    )


# --- runs --------------------------------------------------------------------------------------------------


@dataclass
class Step:  # one run of the plan
    kind: str  # "main", "variant", "trace"
    method: str | None  # None: the platform's default start method
    n: int = 0  # repetition (main runs)
    variant: int = -1


@dataclass
class Failure:
    kind: str  # timeout, overflow, leftovers, limit, output, or the name of a traced check
    headline: str
    details: str = ""
    res: runner.RunResult | None = None


class Checker:
    def __init__(self, ex: Exercise, path: Path, source: str, runs: int | None = None) -> None:
        self.ex, self.path, self.source = ex, path, source
        self.tag = f"{sys.version_info[0]}.{sys.version_info[1]}"
        self.exp = ex.expectation(self.tag)
        self.timeout = ex.timeout or self.exp.options.timeout
        self.runs = runs or self.exp.options.runs
        self.default = multiprocessing.get_start_method()
        others = [m for m in multiprocessing.get_all_start_methods() if m != self.default]
        self.methods = [self.default, *others] if ex.every_method else [self.default]

    def plan(self) -> list[Step]:
        """Cheap and telling first (a wrong solution stops early): one plain run, the variants, the traced
        run, then the remaining repetitions under every start method."""
        steps = [Step("main", self.default)]
        steps += [Step("variant", self.default, variant=k) for k in range(len(self.ex.variants))]
        steps += [Step("trace", self.default)] if self.ex.trace else []
        steps += [
            Step("main", m, n) for m in self.methods for n in range(self.runs) if (m, n) != (self.default, 0)
        ]
        return steps

    def label(self, step: Step) -> str:
        what = {
            "main": f"запуск {step.n + 1} из {self.runs}",
            "trace": "запуск с записью потоков и процессов",
        }
        text = what.get(step.kind) or f"вариант «{self.ex.variants[step.variant]['name']}»"
        return text + (f", метод запуска процессов {step.method}" if self.ex.every_method else "")

    def execute(self, step: Step) -> Failure | None:
        method = None if step.method == self.default else step.method
        if step.kind != "variant":
            res = runner.run(self.path, timeout=self.timeout, start_method=method, trace=step.kind == "trace")
            return self.judge(res, self.exp, step, self.ex.seconds if step.kind == "main" else None)
        v = self.ex.variants[step.variant]
        exp = (
            expect.parse(v["expected"], Path(f"{self.ex.key}.variant.expected"))
            if "expected" in v
            else self.exp
        )
        with tempfile.TemporaryDirectory(prefix="check-variant-") as folder:
            copy = Path(folder) / self.path.name
            copy.write_text(variant_source(self.source, v), encoding="utf-8")
            res = runner.run(copy, timeout=self.timeout, start_method=method)
        return self.judge(res, exp, step, v.get("seconds"))

    def judge(self, res: runner.RunResult, exp: expect.Expectation, step: Step, bound: float | None):
        if failure := run_problem(res, self.timeout) or output_problem(res, exp):
            return failure
        if bound is not None and res.duration > bound:
            took = seconds(round(res.duration, 2))
            said = f"программа работала {took}, а должна укладываться в {seconds(bound)}"
            return Failure("seconds", said, res=res)
        tl = timeline.build(res.events) if step.kind == "trace" else None
        for word in self.ex.trace.split() if tl else ():
            held, said = seen(word, tl, res.events)
            if not held:
                return Failure(split_check(word)[0], f"не выполнено условие «{rule(word)}»: {said}", res=res)
        return None

    def hint(self, failure: Failure, step: Step) -> str:
        """The variant's hint; else the exercise's first hint whose conditions all hold; else a generic."""
        if step.kind == "variant" and "hint" in self.ex.variants[step.variant]:
            return self.ex.variants[step.variant]["hint"]
        out, err = (failure.res.stdout, failure.res.stderr) if failure.res else ("", "")
        for p in sorted(self.path.parent.glob("*.py")):  # a neighbour that hides a standard module
            if p.stem in sys.stdlib_module_names and re.search(rf"\b{p.stem}\b", err):
                return (
                    f"Рядом с решением лежит {p.name}, и import {p.stem} (в том числе внутри стандартной "
                    "библиотеки) нашёл его вместо настоящего модуля: Python ищет модули сначала в папке "
                    "программы. Переименуйте этот файл или перенесите решение в другую папку."
                )
        for h in self.ex.hints:
            if (
                failure.kind in h.get("on", failure.kind).split()
                and re.search(h.get("stdout", ""), out, re.MULTILINE)
                and re.search(h.get("stderr", ""), err, re.MULTILINE)
                and re.search(h.get("source", ""), self.source, re.MULTILINE)
            ):
                return h["text"]
        if "EOFError" in err and (line := reads_stdin(self.source)):
            return (
                f"Программа читает стандартный ввод (строка {line}), а при проверке ввода нет: input() сразу "
                "получает конец файла. Уберите чтение ввода — данные упражнения заданы в самой программе."
            )
        for pattern, text in GENERIC:
            if m := re.search(pattern, err):
                return text.format(*m.groups(), method=step.method)
        return GENERIC_BY_KIND.get(failure.kind, "")


GENERIC_BY_KIND = {
    "timeout": "Чаще всего программа ждёт того, что никогда не случится: join() потока или процесса, который "
    "сам не завершится; get() из очереди или recv() из канала, куда больше ничего не придёт (не забыта ли "
    "метка конца?); блокировку, которую держит другой поток.",
    "leftovers": "Дождитесь своих процессов (join(), wait()) или завершите их (terminate(), kill()), прежде "
    "чем программа выйдет: иначе они продолжают работать без хозяина.",
    "overflow": "Похоже на бесконечный цикл с print().",
}


def run_problem(res: runner.RunResult, timeout: float) -> Failure | None:
    """What went wrong with the run itself (runner's errors), in Russian; None if nothing."""
    if not res.errors:
        return None
    text = "\n".join(res.errors)
    tail = last_lines(res.stdout, 8)
    printed = f"Последнее, что она напечатала:\n{tail}" if tail else "Она ничего не напечатала."
    if "printing more than" in text:
        mib = runner.MAX_OUTPUT / 2**20
        return Failure(
            "overflow", f"программа напечатала больше {mib:g} МиБ и была остановлена", printed, res
        )
    if res.exit_code is None:
        said = f"программа не завершилась за {seconds(timeout)}, и проверка её остановила"
        return Failure("timeout", said, printed, res)
    if m := re.search(r"left (\d+) process.*?\): (.*)", text):
        said = (
            f"после выхода программы продолжали работать запущенные ею процессы ({m[1]}); проверка их убила"
        )
        return Failure("leftovers", said, f"Эти процессы (PID и команда): {m[2]}", res)
    if "not valid UTF-8" in text:
        return Failure("output", "программа напечатала байты, которые не являются текстом в UTF-8", text, res)
    return Failure("limit", "запуск прервался", text, res)


def output_problem(res: runner.RunResult, exp: expect.Expectation) -> Failure | None:
    verdict = expect.check(exp, stdout=res.stdout, stderr=res.stderr, exit_code=res.exit_code, label="run")
    if verdict:
        return None
    crashed = res.exit_code != exp.options.exit
    raised = re.findall(r"^[\w.]*(?:Error|Exception|Exit|Interrupt)\b.*$", res.stderr, re.MULTILINE)
    error = (raised or res.stderr.strip().splitlines() or [""])[-1]
    headline = "вывод не совпал с ожидаемым"
    if crashed and res.exit_code and error:
        headline = f"программа завершилась с ошибкой (код возврата {res.exit_code}): {error}"
    elif crashed:
        headline = f"программа завершилась с кодом возврата {res.exit_code}, а должна с {exp.options.exit}"
    return Failure("output", headline, diff(exp, res) or verdict.report, res)


def diff(exp: expect.Expectation, res: runner.RunResult) -> str:
    """The site's diff (the expectation against this run normalized), in the learner's words."""

    def body(text: str) -> list[str]:
        lines = text.splitlines()
        while (
            lines and lines[0].startswith(expect.PREFIX) and lines[0][3:].split(" ")[0] in (*HEADER_KEYS, "#")
        ):
            lines.pop(0)
        return lines

    new = expect.normalize(exp, stdout=res.stdout, stderr=res.stderr, exit_code=res.exit_code)
    old = expect.render(exp)
    lines = [
        line
        for line in difflib.unified_diff(body(old), body(new), lineterm="", n=2)
        if not line.startswith(("---", "+++"))
    ]
    if not lines:
        return ""
    more = f"\n  … и ещё {plural(len(lines) - 40, 'строка', 'строки', 'строк')}" if len(lines) > 40 else ""
    shown = "\n".join("  …" if line.startswith("@@") else "  " + line for line in lines[:40]) + more
    legend = [
        f"{{{{{kind}}}}} — {PLACEHOLDERS[kind]}"
        for kind in PLACEHOLDERS
        if re.search(r"\{\{\s*" + kind + r"\b", old)
    ]
    legend += ["{{вид:имя}} — одно имя везде одно и то же значение, разные имена — разные"] * bool(
        re.search(r"\{\{\s*\w+\s*:", old)
    )
    legend += [
        text
        for key, text in DIRECTIVES.items()
        if re.search(rf"^#: {re.escape(key)}\b", old + new, re.MULTILINE)
    ]
    head = "Строки с «-» — ожидаемый вывод, с «+» — вывод вашей программы:"
    return f"{head}\n{shown}" + (
        "\nВ ожидаемом выводе:\n" + "\n".join(f"  {x}" for x in legend) if legend else ""
    )


def last_lines(text: str, n: int) -> str:
    return "\n".join(f"  {line}" for line in text.rstrip("\n").splitlines()[-n:]) if text.strip() else ""


def split_check(word: str) -> tuple[str, str, int]:  # "threads>=8" -> ("threads", ">=", 8)
    name, op, n = re.fullmatch(r"([a-z-]+)(?:([<=>]+)(\d+))?", word).groups()
    return name, op or "", int(n or 0)


def rule(word: str) -> str:
    """A check of a traced run as the starter and the checker say it."""
    name, op, n = split_check(word)
    if name in ("threads", "processes"):
        forms = ("поток", "потока", "потоков") if name == "threads" else ("процесс", "процесса", "процессов")
        count = f"ровно {plural(n, *forms)}" if op == "=" else f"не меньше {genitive(n, *forms[1:])}"
        return f"программа запускает {count}" + (" с кодом из вашего файла" if name == "threads" else "")
    return {
        "sleeps": f"хотя бы в один момент идут одновременно не меньше {genitive(n, 'вызова', 'вызовов')} "
        "time.sleep()",
        "lock": "общие данные меняются под threading.Lock, и два потока никогда не держат её одновременно",
        "inside": f"внутри семафора одновременно не больше {genitive(n, 'потока', 'потоков')}",
        "pool": f"все {plural(n, 'задача', 'задачи', 'задач')} выполняются в рабочих процессах пула, а не в "
        "главном процессе",
    }.get(name, f"выполняется условие {word}")


def seen(word: str, tl: timeline.Timeline, events: list[dict]) -> tuple[bool, str]:
    """Whether a check of a traced run held, and what the run showed, in Russian."""
    name, op, n = split_check(word)
    if name == "threads":  # threads whose code is the program's own (their target, or their class)
        got = sum(1 for e in events if e["k"] == "thread-start" and e.get("u"))
        said = f"программа запустила {plural(got, 'поток', 'потока', 'потоков')} с кодом из вашего файла"
    elif name == "processes":  # processes multiprocessing started (pool workers too)
        got = sum(1 for e in events if e["k"] == "proc-start" and not e.get("boot"))
        said = f"программа запустила {plural(got, 'процесс', 'процесса', 'процессов')}"
    if name in ("threads", "processes"):
        return (got >= n if op == ">=" else got == n), said
    ok = not timeline.check(tl, word)
    if name == "sleeps":
        peak = genitive(timeline.sleep_peak(tl), "вызова", "вызовов")
        said = f"одновременно шло не больше {peak} time.sleep()"
    elif name == "inside" and (peaks := timeline.semaphore_peak(tl)):
        said = (
            f"внутри семафора одновременно было {plural(max(peaks.values()), 'поток', 'потока', 'потоков')}"
        )
    elif name == "inside":
        said = "семафор (threading.Semaphore, BoundedSemaphore) не захватывался ни разу"
    elif name == "lock":
        held = tl.spans("lock-hold")
        said = (
            "два потока держали одну Lock одновременно" if held else "threading.Lock не захватывалась ни разу"
        )
    elif name == "pool":
        tasks = [lane.is_main_process for lane, _ in tl.spans("task")]
        said = f"в рабочих процессах пула выполнено {plural(tasks.count(False), 'задача', 'задачи', 'задач')}"
        said += f", в главном процессе — {tasks.count(True)}" if any(tasks) else ""
    else:
        said = "; ".join(timeline.check(tl, word))
    return ok, said


def what_is_checked(ex: Exercise, tag: str) -> list[str]:
    """What the checker checks for this exercise (the starter says it too)."""
    exp = ex.expectation(tag)
    runs = plural(exp.options.runs, "запуск", "запуска", "запусков")
    methods = (
        " под каждым методом запуска процессов, какой есть на вашей платформе" if ex.every_method else ""
    )
    timeout = seconds(ex.timeout or exp.options.timeout)
    output = f"вывод совпадает с выводом решения на сайте ({runs}{methods}; то, что может меняться, — PID, "
    items = [output + "время, порядок строк — сравнивается по образцам)"]
    items += [f"программа завершается за {timeout}, и после неё не остаётся запущенных ею процессов"]
    items += [f"программа укладывается в {seconds(ex.seconds)}"] if ex.seconds else []
    items += [
        f"{rule(word)} (в запуске, где записывается работа потоков и процессов)" for word in ex.trace.split()
    ]
    items += [v["about"] for v in ex.variants]
    return items


# --- the command -------------------------------------------------------------------------------------------


def say(text: str = "") -> None:
    print(text, flush=True)


USAGE = """Проверка решения упражнения: python check.py ГЛАВА/НОМЕР [ФАЙЛ] [--runs N]

  ГЛАВА/НОМЕР  упражнение: глава (имя страницы) и номер упражнения на ней, например threads/1
  ФАЙЛ         ваше решение (по умолчанию — заготовка exercises/ГЛАВА/НОМЕР.py рядом с check.py)
  --runs N     сколько раз запускать программу под каждым методом запуска (по умолчанию — как на сайте)

Код возврата 0 — решение прошло проверку, 1 — ещё нет, 2 — ошибка в команде или файле."""


def parse_args(argv: list[str], data: dict) -> tuple[Exercise, Path, int | None]:
    args, runs = list(argv), None
    if "--runs" in args:
        k = args.index("--runs")
        try:
            runs = int(args[k + 1])
            assert runs >= 1
        except (IndexError, ValueError, AssertionError):
            raise Stop("После --runs нужно целое число не меньше 1, например --runs 20.", 2) from None
        del args[k : k + 2]
    if not args or args[0] in ("-h", "--help") or len(args) > 2 or any(a.startswith("-") for a in args):
        raise Stop(f"{USAGE}\n\n{listing(data)}", 2)
    ex = exercise(data, args[0])
    return ex, Path(args[1]) if len(args) > 1 else STARTERS / f"{ex.key}.py", runs


def check(ex: Exercise, path: Path, runs: int | None = None) -> int:
    source = read_source(path)
    if missing := gaps(source):
        raise Stop(
            f"Решение ещё не дописано: в файле остались места «...» для вашего кода — {'; '.join(missing)}. "
            "Замените каждое «...» своим кодом и запустите проверку снова (если «...» стоит у вас нарочно, "
            "напишите вместо него pass)."
        )
    checker = Checker(ex, path.resolve(), source, runs)
    free = " без GIL" if sysconfig.get_config_var("Py_GIL_DISABLED") else ""
    say(f"Проверяю {ex.key} «{ex.title}»: {path} (Python {sys.version.split()[0]}{free}, {sys.platform})")
    steps = checker.plan()
    for k, step in enumerate(steps, 1):
        failure = checker.execute(step)
        if failure is not None:
            say(f"  [{k}/{len(steps)}] {checker.label(step)}: не прошёл")
            say(f"\nЕЩЁ НЕ ПРОШЛО: {failure.headline} ({checker.label(step)}).")
            if hint := checker.hint(failure, step):
                say(f"Подсказка: {hint}")
            if failure.details:
                say(f"\n{failure.details}")
            say(f"\nУпражнение и решение на сайте: {ex.url}")
            return 1
        say(f"  [{k}/{len(steps)}] {checker.label(step)}: ок")
    methods = ", ".join(checker.methods) if ex.every_method else ""
    say(
        f"\nПРОШЛО: {plural(len(steps), 'запуск', 'запуска', 'запусков')}"
        + (f" (методы запуска: {methods})" if methods else "")
        + ". Проверено:"
    )
    for item in what_is_checked(ex, checker.tag):
        say(f"  - {item}")
    return 0


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a console without a character shows «?», not a traceback
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        data = load_data()
        ex, path, runs = parse_args(sys.argv[1:] if argv is None else argv, data)
        return check(ex, path, runs)
    except Stop as stop:
        say(f"{stop}")
        return stop.code
    except KeyboardInterrupt:
        say("\nПроверка прервана (Ctrl+C); запущенные ею процессы остановлены.")
        return 130
    except Exception as exc:  # noqa: BLE001 -- never the checker's own traceback: what happened, in words
        say(
            f"check.py не смог выполнить проверку из-за собственной ошибки ({type(exc).__name__}: {exc}). "
            "Это не ошибка вашего решения; сообщите о ней, приложив эту строку и команду, которой запускали."
        )
        return 3
