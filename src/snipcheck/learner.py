"""The learner's checker, ``python check.py threads/1 my_solution.py``. downloads/exercises.zip holds it
beside verbatim copies of expect.py, runner.py, timeline.py and _boot/, and the data that
snipcheck.exercises writes (``exercises.json``). It runs the file as the site runs a snippet (runner: own
process, timeout, ``#: runs N`` times under every start method where the exercise uses multiprocessing, no
process left behind), judges each run with the site's matcher, adds the exercise's extra checks (a traced
run's threads, processes and timeline invariants; variants of the program with other delays or data; a time
bound) and says in Russian what failed, with a hint for the known mistakes. Standard library only, Python
3.10+, any platform and working directory; never its own traceback. Exit 0: passed, 1: not yet, 2: a bad
command line or file, 3: its own failure."""

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
from .timeline import plural

HERE = Path(__file__).resolve().parent
DATA, STARTERS = HERE.parent / "exercises.json", HERE.parents[1] / "exercises"  # in the unpacked archive
PLACEHOLDERS = {  # what the expectation's placeholders stand for, said to the learner
    "pid": "любой PID (номер процесса)", "ident": "любой идентификатор потока", "native_id": "любой номер "
    "потока в ОС", "addr": "любой адрес вида 0x…", "int": "любое целое число", "float": "любое число",
    "time": "любое время в секундах", "port": "любой номер порта", "word": "любое слово без пробелов",
    "path": "любой путь к файлу", "any": "любой текст",
}  # fmt: skip
DIRECTIVES = {
    ":": "{{вид:имя}} — под одним именем везде одно и то же значение, под разными — разные",
    "unordered": "#: unordered … #: end — строки между ними могут идти в любом порядке",
    "re": "#: re ВЫРАЖЕНИЕ — строка целиком подходит под регулярное выражение",
    "optional": "#: optional СТРОКА — этой строки может не быть",
    "...": "#: ... — здесь может быть сколько угодно строк",
    "stderr": "#: stderr — дальше то, что программа пишет в поток ошибок (stderr)",
}
# Mistakes any exercise can show, told by the failed run's stderr (after the exercise's own hints).
GENERIC = {
    r"An attempt has been made to start a new process before the\s+current process has finished": (
        "При методе запуска {method} дочерний процесс заново импортирует ваш файл, и код, который запускает "
        'процессы, выполнился ещё раз. Всё, что запускает процессы, должно стоять внутри if __name__ == '
        '"__main__":.'
    ),
    r"[Pp]ickl|Can't get (?:local object|attribute)": (
        "Объект не удалось передать в другой процесс (pickle): лямбду, вложенную функцию и функцию, "
        'объявленную внутри if __name__ == "__main__":, передать нельзя — процесс находит функцию по имени '
        "в модуле. Объявите функцию на верхнем уровне файла и передавайте её по имени."
    ),
    r"ModuleNotFoundError: No module named '([\w.]+)'": (
        "Модуля {0} нет: упражнения решаются только стандартной библиотекой Python."
    ),
}  # fmt: skip
BY_KIND = {  # the hint for a kind of failure when nothing more precise is known
    "timeout": "Чаще всего программа ждёт того, что никогда не случится: join() потока или процесса, который "
    "сам не завершится; get() из очереди или recv() из канала, куда больше ничего не придёт (не забыта ли "
    "метка конца?); блокировку, которую держит другой поток.",
    "leftovers": "Дождитесь своих процессов (join(), wait()) или завершите их (terminate(), kill()), прежде "
    "чем программа выйдет: иначе они продолжают работать без хозяина.",
    "overflow": "Похоже на бесконечный цикл с print().",
}


def genitive(n: int, one: str, many: str) -> str:  # «не меньше 1 потока», «не меньше 8 потоков»
    return f"{n} {one if n % 10 == 1 and n % 100 != 11 else many}"


def seconds(x: float) -> str:
    return f"{x:g} с".replace(".", ",")


class Stop(Exception):  # a message for the learner, and the exit code
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Exercise:
    key: str  # "threads/1"
    title: str
    url: str  # of the exercise on the site
    expected: list  # [[tags], expectation text]: the site's expectation for each Python version
    every_method: bool  # runs under every start method (it uses multiprocessing), as in the site's tests
    timeout: float | None = None  # seconds, instead of the expectation's
    seconds: float | None = None  # a bound on each plain run's wall time
    trace: str = ""  # checks of a traced run: threads>=N, threads=N, processes... and timeline.CHECKS
    variants: list[dict] = field(
        default_factory=list
    )  # name, about, replace or main; expected, seconds, hint
    hints: list[dict] = field(default_factory=list)  # text when on (a failure kind) and regexes stdout...

    def expectation(self, tag: str) -> expect.Expectation:
        """For Python `tag`: its own, else the newest one of an older version (3.16 gets 3.15's)."""
        minor = int(tag.split(".")[1].rstrip("t"))
        known = [(int(t.split(".")[1]), text) for tags, text in self.expected for t in tags]
        return expect.parse(max((k for k in known if k[0] <= minor), default=min(known))[1], Path(self.key))


def listing(data: dict) -> str:
    return (
        f"Упражнение называют главой и номером на её странице: {', '.join(data['exercises'])}. "
        "Например: python check.py threads/1 my_solution.py"
    )


# --- the learner's file ------------------------------------------------------------------------------------


def read_source(path: Path) -> str:
    if not path.is_file():
        where = "не файл (папка?). Укажите файл .py с вашим решением" if path.exists() else "нет"
        raise Stop(f"{path} {where}. Путь считается от текущей папки ({Path.cwd()}) или полный.", 2)
    data = path.read_bytes()
    try:
        text = data.decode(tokenize.detect_encoding(io.BytesIO(data).readline)[0])
    except (SyntaxError, LookupError, UnicodeDecodeError) as exc:
        line = data[: getattr(exc, "start", 0)].count(b"\n") + 1
        where = f" (строка {line})" if isinstance(exc, UnicodeDecodeError) else ""
        raise Stop(
            f"Файл {path} не в кодировке UTF-8{where}. Python читает программы в UTF-8: сохраните файл в "
            "этой кодировке (в редакторе: «Сохранить как» → UTF-8) и запустите проверку снова."
        ) from None
    try:
        compile(text, str(path), "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:  # ValueError: a null byte (before 3.12)
        line, code = getattr(exc, "lineno", None), (getattr(exc, "text", None) or "").strip()
        where = f" в строке {line}" + (f" ({code})" if code else "") if line else ""
        raise Stop(
            f"В файле {path.name} синтаксическая ошибка{where}: {getattr(exc, 'msg', exc)}. Python не может "
            "запустить такую программу; исправьте эту строку и запустите проверку снова."
        ) from None
    if path.stem in sys.stdlib_module_names:
        raise Stop(
            f"Файл называется {path.name}, как модуль стандартной библиотеки {path.stem}: тогда import "
            f"{path.stem} (в том числе внутри threading и multiprocessing) найдёт ваш файл вместо настоящего "
            "модуля. Переименуйте файл, например в my_solution.py."
        )
    return text


def gaps(source: str) -> list[str]:
    """The starter's places for the learner's code still there: each ``...`` outside a type hint, with the
    comment on its line or the comment lines just above it."""
    tree, lines = ast.parse(source), source.splitlines()
    hints = {id(n) for s in ast.walk(tree) if isinstance(s, ast.Subscript) for n in ast.walk(s.slice)}
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and node.value is Ellipsis and id(node) not in hints:
            k, said = node.lineno - 1, lines[node.lineno - 1].partition("#")[2].strip()
            while not said and k > 0 and lines[k - 1].strip().startswith("#"):
                k -= 1
            said = said or " ".join(line.strip().lstrip("#").strip() for line in lines[k : node.lineno - 1])
            found.add((node.lineno, said))
    return [f"строка {n}" + (f" ({said})" if said else "") for n, said in sorted(found)]


def reads_stdin(source: str) -> int | None:  # the line of an input() call or of a use of sys.stdin
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "input") or (
            isinstance(node, ast.Attribute)
            and node.attr == "stdin"
            and getattr(node.value, "id", "") == "sys"
        ):
            return node.lineno
    return None


def defined(node: ast.stmt) -> set[str]:  # the names a top-level statement defines
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}
    targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
    return {t.id for t in targets if isinstance(t, ast.Name)}


def variant_source(source: str, v: dict) -> str:
    """The learner's program with the variant's definitions put in after the learner's own (``replace``), or
    with the variant's main block instead of theirs (``main``)."""
    tree, lines = ast.parse(source), source.splitlines()
    if "replace" in v:
        names = {name for node in ast.parse(v["replace"]).body for name in defined(node)}
        if not (ends := [node.end_lineno for node in tree.body if defined(node) & names]):
            raise Stop(
                f"Проверка подменяет {', '.join(sorted(names))} своим вариантом, но в вашей программе такого "
                "имени на верхнем уровне файла нет. Оставьте имена из заготовки: проверка опирается на них."
            )
        return "\n".join([*lines[: max(ends)], v["replace"], *lines[max(ends) :]]) + "\n"
    guard = [n for n in tree.body if isinstance(n, ast.If) and "__main__" in ast.unparse(n.test)]
    if not guard:
        raise Stop(
            'В программе нет блока if __name__ == "__main__": из заготовки, а проверка заменяет его своим '
            "(вызывает ваши функции с другими данными). Верните этот блок."
        )
    return "\n".join([*lines[: guard[0].lineno - 1], *lines[guard[0].end_lineno :], v["main"]]) + "\n"


# --- runs --------------------------------------------------------------------------------------------------


@dataclass
class Step:  # one run of the plan
    kind: str  # "main", "variant" or "trace"
    method: str  # the start method
    n: int = 0  # repetition (main runs)
    variant: int = -1


@dataclass
class Failure:
    kind: str  # timeout, overflow, leftovers, limit, output, seconds, or the name of a traced check
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
        """Cheap and telling first, so that a wrong solution stops early: one plain run, the variants, the
        traced run, then the other repetitions under every start method."""
        steps = [Step("main", self.default)]
        steps += [Step("variant", self.default, variant=k) for k in range(len(self.ex.variants))]
        steps += [Step("trace", self.default)] * bool(self.ex.trace)
        again = [(m, n) for m in self.methods for n in range(self.runs) if (m, n) != (self.default, 0)]
        return steps + [Step("main", m, n) for m, n in again]

    def label(self, step: Step) -> str:
        text = {
            "main": f"запуск {step.n + 1} из {self.runs}",
            "trace": "запуск с записью потоков и процессов",
        }
        said = text.get(step.kind) or f"вариант «{self.ex.variants[step.variant]['name']}»"
        return said + (f", метод запуска процессов {step.method}" if self.ex.every_method else "")

    def execute(self, step: Step) -> Failure | None:
        method = None if step.method == self.default else step.method
        if step.kind != "variant":
            res = runner.run(self.path, timeout=self.timeout, start_method=method, trace=step.kind == "trace")
            return self.judge(res, self.exp, step, self.ex.seconds if step.kind == "main" else None)
        v = self.ex.variants[step.variant]
        exp = (
            expect.parse(v["expected"], Path(f"{self.ex.key} ({v['name']})")) if "expected" in v else self.exp
        )
        with tempfile.TemporaryDirectory(prefix="check-variant-") as folder:
            (copy := Path(folder) / self.path.name).write_text(
                variant_source(self.source, v), encoding="utf-8"
            )
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
            if not (held := seen(word, tl, res.events))[0]:
                return Failure(
                    split_check(word)[0], f"не выполнено условие «{rule(word)}»: {held[1]}", res=res
                )
        return None

    def hint(self, failure: Failure, step: Step) -> str:
        """A neighbour hiding a standard module; else the exercise's first hint whose pattern matches what the
        failed run printed (the most precise: a variant's run can show an older mistake); else the variant's
        hint; else the exercise's first hint whose conditions all hold; else one for reading stdin, one the
        stderr tells, one for the kind of failure."""
        out, err = (failure.res.stdout, failure.res.stderr) if failure.res else ("", "")
        for p in sorted(self.path.parent.glob("*.py")):
            if p.stem in sys.stdlib_module_names and re.search(rf"\b{p.stem}\b", err):
                return (
                    f"Рядом с решением лежит {p.name}, и import {p.stem} (в том числе внутри стандартной "
                    "библиотеки) нашёл его вместо настоящего модуля: Python ищет модули сначала в папке "
                    "программы. Переименуйте этот файл или перенесите решение в другую папку."
                )
        holding = [
            h
            for h in self.ex.hints
            if failure.kind in h.get("on", failure.kind).split()
            and all(
                re.search(h.get(key, ""), text, re.MULTILINE)
                for key, text in (("stdout", out), ("stderr", err), ("source", self.source))
            )
        ]
        printed = [h for h in holding if "stdout" in h or "stderr" in h]
        if printed:
            return printed[0]["text"]
        if step.kind == "variant" and "hint" in self.ex.variants[step.variant]:
            return self.ex.variants[step.variant]["hint"]
        if holding:
            return holding[0]["text"]
        if "EOFError" in err and (line := reads_stdin(self.source)):
            return (
                f"Программа читает стандартный ввод (строка {line}), а при проверке ввода нет: input() сразу "
                "получает конец файла. Уберите чтение ввода — данные упражнения заданы в самой программе."
            )
        for pattern, text in GENERIC.items():
            if m := re.search(pattern, err):
                return text.format(*m.groups(), method=step.method)
        return BY_KIND.get(failure.kind, "")


def run_problem(res: runner.RunResult, timeout: float) -> Failure | None:
    """What went wrong with the run itself (the runner's errors), in Russian; None if nothing."""
    if not res.errors:
        return None
    text, tail = "\n".join(res.errors), last_lines(res.stdout, 8)
    printed = f"Последнее, что она напечатала:\n{tail}" if tail else "Она ничего не напечатала."
    if "printing more than" in text:
        said = f"программа напечатала больше {runner.MAX_OUTPUT / 2**20:g} МиБ и была остановлена"
        return Failure("overflow", said, printed, res)
    if res.exit_code is None:
        return Failure("timeout", f"программа не завершилась за {seconds(timeout)}, и проверка её остановила",
                       printed, res)  # fmt: skip
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
    raised = re.findall(r"^[\w.]*(?:Error|Exception|Exit|Interrupt)\b.*$", res.stderr, re.MULTILINE)
    error, headline = (raised or res.stderr.strip().splitlines() or [""])[-1], "вывод не совпал с ожидаемым"
    if res.exit_code != exp.options.exit:
        headline = f"программа завершилась с кодом возврата {res.exit_code}, а должна с {exp.options.exit}"
        headline = (
            f"программа завершилась с ошибкой (код возврата {res.exit_code}): {error}" if error else headline
        )
    return Failure("output", headline, diff(exp, res) or verdict.report, res)


def diff(exp: expect.Expectation, res: runner.RunResult) -> str:
    """The site's diff (the expectation against this run normalized), without the header, in Russian."""

    def body(text: str) -> list[str]:
        lines = text.splitlines()
        while lines and re.match(r"#: (#|exit|runs|timeout|exclusive|cpu-bound|start-methods)\b", lines[0]):
            lines.pop(0)
        return lines

    old, new = (
        expect.render(exp),
        expect.normalize(exp, stdout=res.stdout, stderr=res.stderr, exit_code=res.exit_code),
    )
    lines = [
        x for x in difflib.unified_diff(body(old), body(new), lineterm="", n=2) if x[:3] not in ("---", "+++")
    ]
    if not lines:
        return ""
    shown = "\n".join("  …" if x.startswith("@@") else f"  {x}" for x in lines[:40])
    shown += f"\n  … и ещё {plural(len(lines) - 40, 'строка', 'строки', 'строк')}" if len(lines) > 40 else ""
    used = set(re.findall(r"\{\{\s*(\w+)", old))
    legend = [f"{{{{{kind}}}}} — {said}" for kind, said in PLACEHOLDERS.items() if kind in used]
    used = {":"} if re.search(r"\{\{\s*\w+\s*:", old) else set()
    used |= set(re.findall(r"^#: (unordered|re|optional|\.\.\.|stderr)\b", f"{old}\n{new}", re.MULTILINE))
    legend += [said for key, said in DIRECTIVES.items() if key in used]
    head = "Строки с «-» — ожидаемый вывод, с «+» — вывод вашей программы:"
    return f"{head}\n{shown}" + ("\nВ ожидаемом выводе:" + "".join(f"\n  {x}" for x in legend)) * bool(legend)


def last_lines(text: str, n: int) -> str:
    return "\n".join(f"  {line}" for line in text.rstrip("\n").splitlines()[-n:]) if text.strip() else ""


# --- checks of a traced run --------------------------------------------------------------------------------


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
    if name in ("threads", "processes"):  # threads running the file's code; processes multiprocessing started
        thread = name == "threads"
        got = sum(e["k"] == "thread-start" and bool(e.get("u")) if thread else e["k"] == "proc-start" and
                  not e.get("boot") for e in events)  # fmt: skip
        forms = ("поток", "потока", "потоков") if thread else ("процесс", "процесса", "процессов")
        said = f"программа запустила {plural(got, *forms)}" + " с кодом из вашего файла" * thread
        return (got >= n if op == ">=" else got == n), said
    peaks, tasks = timeline.semaphore_peak(tl), [lane.is_main_process for lane, _ in tl.spans("task")]
    if name == "sleeps":
        peak = genitive(timeline.sleep_peak(tl), "вызова", "вызовов")
        said = f"одновременно шло не больше {peak} time.sleep()"
    elif name == "inside" and peaks:
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
        said = f"в рабочих процессах пула выполнено {plural(tasks.count(False), 'задача', 'задачи', 'задач')}"
        said += f", в главном процессе — {tasks.count(True)}" if any(tasks) else ""
    else:
        said = "; ".join(timeline.check(tl, word))
    return not timeline.check(tl, word), said


def what_is_checked(ex: Exercise, tag: str) -> list[str]:
    """What the checker checks for this exercise (the starter says it too)."""
    exp = ex.expectation(tag)
    runs = plural(exp.options.runs, "запуск", "запуска", "запусков")
    methods = " под каждым методом запуска процессов, какой есть на вашей платформе" * ex.every_method
    timeout = seconds(ex.timeout or exp.options.timeout)
    return [
        f"вывод совпадает с выводом решения на сайте ({runs}{methods}; то, что может меняться, — PID, "
        + "время, порядок строк — сравнивается по образцам)",
        f"программа завершается за {timeout}, и после неё не остаётся запущенных ею процессов",
        *([f"программа укладывается в {seconds(ex.seconds)}"] if ex.seconds else []),
        *(
            f"{rule(word)} (в запуске, где записывается работа потоков и процессов)"
            for word in ex.trace.split()
        ),
        *(v["about"] for v in ex.variants),
    ]


# --- the command -------------------------------------------------------------------------------------------

USAGE = """Проверка решения упражнения: python check.py ГЛАВА/НОМЕР [ФАЙЛ] [--runs N]

  ГЛАВА/НОМЕР  упражнение: глава (имя страницы) и номер упражнения на ней, например threads/1
  ФАЙЛ         ваше решение (по умолчанию — заготовка exercises/ГЛАВА/НОМЕР.py рядом с check.py)
  --runs N     сколько раз запускать программу под каждым методом запуска (по умолчанию — как на сайте)

Код возврата 0 — решение прошло проверку, 1 — ещё нет, 2 — ошибка в команде или файле."""


def say(text: str = "") -> None:
    print(text, flush=True)


def parse_args(argv: list[str], data: dict) -> tuple[Exercise, Path, int | None]:
    args, runs = list(argv), None
    if "--runs" in args:
        k = args.index("--runs")
        runs = int(args[k + 1]) if args[k + 1 : k + 2] and args[k + 1].isdigit() else 0
        if runs < 1:
            raise Stop("После --runs нужно целое число не меньше 1, например --runs 20.", 2)
        del args[k : k + 2]
    if not args or len(args) > 2 or any(a.startswith("-") for a in args):
        raise Stop(f"{USAGE}\n\n{listing(data)}", 2)
    key = args[0].replace("\\", "/").removeprefix("exercises/").removesuffix(".py").strip("/")
    if key not in data["exercises"]:
        raise Stop(f"Упражнения «{args[0]}» нет. {listing(data)}", 2)
    return (
        Exercise(key, **data["exercises"][key]),
        Path(args[1] if len(args) > 1 else STARTERS / f"{key}.py"),
        runs,
    )


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
        if (failure := checker.execute(step)) is not None:
            hint = checker.hint(failure, step)
            say(f"  [{k}/{len(steps)}] {checker.label(step)}: не прошёл\n")
            say(
                f"ЕЩЁ НЕ ПРОШЛО: {failure.headline} ({checker.label(step)})."
                + f"\nПодсказка: {hint}" * bool(hint)
            )
            say(
                f"\n{failure.details}" * bool(failure.details)
                + f"\n\nУпражнение и решение на сайте: {ex.url}"
            )
            return 1
        say(f"  [{k}/{len(steps)}] {checker.label(step)}: ок")
    methods = f" (методы запуска: {', '.join(checker.methods)})" * ex.every_method
    say(f"\nПРОШЛО: {plural(len(steps), 'запуск', 'запуска', 'запусков')}{methods}. Проверено:")
    for item in what_is_checked(ex, checker.tag):
        say(f"  - {item}")
    return 0


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a console without a character shows «?», not a traceback
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        try:
            data = json.loads(DATA.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise Stop(
                f"Не удалось прочитать данные упражнений ({DATA}: {exc}). Скачайте архив exercises.zip "
                "заново и распакуйте его целиком: check.py работает только рядом с папкой _check.",
                3,
            ) from None
        return check(*parse_args(sys.argv[1:] if argv is None else argv, data))
    except Stop as stop:
        say(str(stop))
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
