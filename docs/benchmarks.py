# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Замеры
#
# Сколько на деле дают потоки и процессы? На этой странице одна и та же работа выполняется
# последовательно, в потоках, в процессах и в пуле процессов — для 1, 2, 3 и 4 рабочих, — и
# время каждого способа измеряется. Страница — блокнот Jupyter: он выполнен при сборке сайта,
# все числа и графики ниже получены этим выполнением. Блокнот можно [скачать](benchmarks.py):
# это файл в формате [jupytext](https://jupytext.readthedocs.io/) «percent», его открывает
# Jupyter с установленным jupytext (или `jupytext --to notebook benchmarks.py` делает из него
# `.ipynb`). Выполняйте его внутри репозитория: ваши числа будут другими, а соотношения — похожими.
#
# Замеры идут не в самом блокноте, а в отдельной программе (она ниже, в `MEASURE`) под
# интерпретатором `PYTHON`: при сборке сайта это тот же CPython, под которым выполнены примеры на
# всех остальных страницах, у вас — тот, в котором работает блокнот. Работу программа не пишет сама,
# а берёт из примеров сайта — тех же файлов, что запускаются и проверяются на странице
# [«Во времени»](../timelines/):
#
# | Функция | Файл | Что делает |
# | --- | --- | --- |
# | `cpu_task(n)` | `snippets/benchmarks/cpu_threads.py` | счёт на чистом Python без ожиданий (CPU-bound) |
# | `io_task(delay)` | `snippets/benchmarks/io_threads.py` | ожидание ввода-вывода (`time.sleep`) |
# | `in_threads(func, args)` | `snippets/benchmarks/cpu_threads.py` | по потоку на аргумент |
# | `in_processes(func, args)` | `snippets/benchmarks/cpu_processes.py` | по процессу на аргумент |
# | `in_pool(func, args, workers)` | `snippets/benchmarks/cpu_pool.py` | пул из `workers` процессов |

# %%
import json
import os
import subprocess
import sys
from pathlib import Path


def find_snippets() -> Path:
    """Папка snippets/benchmarks: из корня репозитория, из docs/ или откуда угодно внутри."""
    start = Path(os.environ.get("SNIPCHECK_ROOT", Path.cwd())).resolve()
    for folder in (start, *start.parents):
        if (folder / "snippets" / "benchmarks").is_dir():
            return folder / "snippets" / "benchmarks"
    raise FileNotFoundError("запустите блокнот внутри репозитория: не найдена папка snippets/benchmarks")


# Сборка сайта передаёт в SNIPCHECK_PYTHON путь к CPython, чей вывод показывают страницы.
PYTHON = os.environ.get("SNIPCHECK_PYTHON") or sys.executable
SNIPPETS = find_snippets()

# %% [markdown]
# ## Как меряем
#
# Для каждого способа и числа рабочих `w` общий объём работы один и тот же:
#
# - **Счёт:** `cpu_task` на 4 000 000 шагов. Последовательно — один вызов; потокам и процессам
#   работа делится на `w` равных частей; пул получает 8 равных задач и `w` рабочих процессов.
# - **Ожидание:** 8 ожиданий по 0,05 с (всего 0,4 с). Последовательно они идут одно за другим;
#   у `w` потоков или процессов каждый ждёт 0,4 / `w` с; пул получает 8 задач по 0,05 с.
#
# Время — по часам [`time.perf_counter()`](https://docs.python.org/3/library/time.html#time.perf_counter)
# от начала до получения всех результатов, включая запуск и завершение потоков и процессов.
# Каждый замер повторяется три раза (повторы идут кругами по всему списку замеров), в таблицу и
# на график идёт лучший, наименее потревоженный посторонней нагрузкой результат. При сборке сайта
# блокнот выполняется, когда все примеры уже отработали: сборка запускает их заранее, до
# отрисовки страниц.

# %%
CPU_TOTAL = 4_000_000
IO_WAITS, IO_DELAY = 8, 0.05
WORKERS = [1, 2, 3, 4]
REPEATS = 3
KINDS = ("потоки", "процессы", "пул процессов")

# Программа замеров. Аргументы: папка с примерами и параметры выше; результат она печатает как JSON.
MEASURE = """
import json, multiprocessing, os, platform, sys, time

sys.path.insert(0, sys.argv[1])
from cpu_pool import in_pool
from cpu_processes import in_processes
from cpu_threads import cpu_task, in_threads
from io_threads import io_task

CPU_TOTAL, IO_WAITS, IO_DELAY, WORKERS, REPEATS = json.loads(sys.argv[2])

if __name__ == "__main__":
    # forkserver: процессы ответвляются от заранее запущенного чистого сервера (в Linux метод
    # по умолчанию с Python 3.14).
    multiprocessing.set_start_method("forkserver")
    in_processes(cpu_task, [1])  # запустить сервер заранее: его старт не входит в замеры
    load_before = os.getloadavg()

    # Что измерить: (вид работы, способ, рабочих) -> действие.
    plan = {
        ("счёт", "последовательно", 1): lambda: cpu_task(CPU_TOTAL),
        ("ожидание", "последовательно", 1): lambda: [io_task(IO_DELAY) for _ in range(IO_WAITS)],
    }
    for w in WORKERS:
        plan[("счёт", "потоки", w)] = lambda w=w: in_threads(cpu_task, [CPU_TOTAL // w] * w)
        plan[("счёт", "процессы", w)] = lambda w=w: in_processes(cpu_task, [CPU_TOTAL // w] * w)
        plan[("счёт", "пул процессов", w)] = lambda w=w: in_pool(cpu_task, [CPU_TOTAL // 8] * 8, w)
        plan[("ожидание", "потоки", w)] = lambda w=w: in_threads(io_task, [IO_WAITS * IO_DELAY / w] * w)
        plan[("ожидание", "процессы", w)] = lambda w=w: in_processes(io_task, [IO_WAITS * IO_DELAY / w] * w)
        plan[("ожидание", "пул процессов", w)] = lambda w=w: in_pool(io_task, [IO_DELAY] * IO_WAITS, w)

    # Повторы идут кругами по всему плану: если машину на время займёт что-то постороннее,
    # это заденет один повтор каждого замера, а не все повторы одного.
    best = {key: float("inf") for key in plan}
    for _ in range(REPEATS):
        for key, action in plan.items():
            started = time.perf_counter()
            action()
            best[key] = min(best[key], time.perf_counter() - started)

    print(json.dumps({
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "system": platform.system(),
        "platform": platform.platform(),
        "cores": os.cpu_count(),
        "method": multiprocessing.get_start_method(),
        "load": [load_before, os.getloadavg()],
        "best": [[*key, seconds] for key, seconds in best.items()],
    }))
"""

# -I: программе не нужны ни переменные окружения PYTHON*, ни пакеты из папки пользователя.
params = json.dumps([CPU_TOTAL, IO_WAITS, IO_DELAY, WORKERS, REPEATS])
measured = subprocess.run(
    [PYTHON, "-I", "-c", MEASURE, str(SNIPPETS), params], capture_output=True, text=True, check=True
)
report = json.loads(measured.stdout)
best = {(work, kind, w): seconds for work, kind, w, seconds in report["best"]}
load_before, load_after = report["load"]

print(f"Ядер: {report['cores']}")
print(f"Python: {report['python']}")
print(f"Система: {report['platform']}")
print(f"Метод запуска процессов: {report['method']}")
print(f"Загрузка машины перед замерами (loadavg за 1, 5, 15 мин): {[round(x, 1) for x in load_before]}")
print()


def series(work: str, kind: str) -> list[float]:
    return [best[(work, kind, w)] for w in WORKERS]


def table(work: str) -> None:
    print(f"{work}, секунды (лучший из {REPEATS} повторов):")
    print(f"{'рабочих':>16}" + "".join(f"{w:>8}" for w in WORKERS))
    print(f"{'последовательно':>16}{best[(work, 'последовательно', 1)]:>8.3f}")
    for kind in KINDS:
        print(f"{kind:>16}" + "".join(f"{t:>8.3f}" for t in series(work, kind)))
    print()


table("счёт")
table("ожидание")
print(f"Загрузка машины после замеров (loadavg): {[round(x, 1) for x in load_after]}")

# %%
import io  # noqa: E402
import re  # noqa: E402

import matplotlib  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from IPython.display import HTML, display  # noqa: E402

# График — SVG прямо в странице: прозрачный фон, а подписи, оси и сетка нарисованы цветом
# текста страницы (currentColor), так что он читается и в светлой, и в тёмной теме сайта.
INK = "#010101"  # условный цвет: в SVG он заменяется на currentColor
matplotlib.rcParams.update(
    {
        "svg.fonttype": "none",  # текст остаётся текстом (шрифт страницы, поиск по странице)
        "font.size": 11,
        "text.color": INK,
        "axes.edgecolor": INK,
        "axes.labelcolor": INK,
        "xtick.color": INK,
        "ytick.color": INK,
        "grid.color": INK,
        "legend.frameon": False,
    }
)
COLORS = {"потоки": "#3b82f6", "процессы": "#f97316", "пул процессов": "#22a06b"}

fig, axes = plt.subplots(1, 2, figsize=(10, 4), sharex=True)
for ax, work, title in ((axes[0], "счёт", "Счёт (CPU-bound)"), (axes[1], "ожидание", "Ожидание (I/O-bound)")):
    ax.axhline(best[(work, "последовательно", 1)], color="#8a8a8a", linestyle="--", label="последовательно")
    for kind, marker in zip(KINDS, "os^", strict=True):
        ax.plot(WORKERS, series(work, kind), marker=marker, color=COLORS[kind], label=kind)
    ax.set_title(title)
    ax.set_xlabel("рабочих (потоков или процессов)")
    ax.set_xticks(WORKERS)
    ax.set_ylim(bottom=0)
    ax.grid(alpha=0.25)
axes[0].set_ylabel("время, с (меньше — лучше)")
# Легенда под графиками: внутри осей она закрывала бы линии.
handles, labels = axes[0].get_legend_handles_labels()
fig.legend(handles, labels, loc="lower center", ncol=4)
n = report["cores"]
cores_word = (
    "ядро" if n % 10 == 1 and n % 100 != 11 else "ядра" if 2 <= n % 10 <= 4 and n % 100 // 10 != 1 else "ядер"
)
fig.suptitle(f"{n} {cores_word}, {report['python']}, {report['system']}")
fig.tight_layout(rect=(0, 0.08, 1, 1))

buffer = io.StringIO()
fig.savefig(buffer, format="svg", transparent=True)
plt.close(fig)
svg = buffer.getvalue()
svg = svg[svg.index("<svg") :].replace(INK, "currentColor")
svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.DOTALL)  # RDF-метаданные странице не нужны
svg = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r"<svg\1", svg, count=1)  # размер задаёт страница
description = (
    "График времени счёта и ожидания для 1–4 потоков, процессов и пула процессов; "
    "пунктир — последовательное выполнение. Числа — в таблицах выше."
)
svg = svg.replace("<svg", f'<svg role="img" aria-label="{description}"', 1)
display(
    HTML(
        f'<figure class="bench-plot">{svg}<figcaption>Время каждого способа, лучший из {REPEATS} повторов '
        "(меньше — лучше).</figcaption></figure>"
    )
)

# %% [markdown]
# ## Что видно
#
# Сравнения ниже посчитаны из этих же замеров, а не написаны заранее.

# %%
cores = report["cores"] or 1


def speedup(work: str, kind: str, w: int) -> float:
    return best[(work, "последовательно", 1)] / best[(work, kind, w)]


print("Счёт: во сколько раз быстрее последовательного")
for kind in KINDS:
    print(f"  {kind:>14}: " + ", ".join(f"{w} раб. — {speedup('счёт', kind, w):.2f}" for w in WORKERS))
print("Ожидание: во сколько раз быстрее последовательного")
for kind in KINDS:
    print(f"  {kind:>14}: " + ", ".join(f"{w} раб. — {speedup('ожидание', kind, w):.2f}" for w in WORKERS))
print()
load = max(load_after[0], 0.0)
if load > cores / 2:
    print(
        f"Машина во время замеров была занята посторонней работой (loadavg {load:.1f} при {cores} ядрах):\n"
        "процессам и потокам доставалась лишь часть процессора, числа выше этим искажены."
    )
else:
    print(f"Машина во время замеров была почти свободна (loadavg {load:.1f} при {cores} ядрах).")

# %% [markdown]
# Чего стоит ждать по устройству CPython и что проверять в числах выше:
#
# - **Счёт в потоках** не быстрее последовательного ни при каком числе рабочих: байт-код Python в
#   процессе выполняет только поток, который держит [GIL](../gil/). Шкала на странице
#   [«Во времени»](../timelines/#cpu-threads) показывает, как счётные потоки работают по очереди.
# - **Счёт в процессах и в пуле** ускоряется, пока рабочих не больше, чем свободных ядер: у каждого
#   процесса свой интерпретатор и свой GIL. Дальше прибавки нет — ядер больше не становится, а
#   запуск и передача данных процессам стоят времени.
# - **Ожидание в потоках** ускоряется почти во столько раз, сколько потоков: ожидающий поток
#   отпускает GIL, и ожидания идут одновременно. Процессы дают то же, но каждый дороже потока при
#   запуске, и на такой короткой работе это заметно.
#
# Если машина сборки была занята другими программами (загрузка выведена выше, до и после
# замеров), числа могут отступать от этих ожиданий: замер показывает то, что было на самом деле.
# В сборке CPython без GIL (3.13t, 3.14t) счётные потоки могут идти параллельно; на машине сборки
# такой сборки нет, и это не выполнялось при сборке — см.
# [документацию](https://docs.python.org/3/howto/free-threading-python.html).
