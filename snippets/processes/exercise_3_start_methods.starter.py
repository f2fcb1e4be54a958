"""Что видит дочерний процесс."""

# Задача. На верхнем уровне модуля — список ITEMS = ["из файла"]. Под защитой __main__ родитель
# добавляет в него "из родителя", а потом для каждого доступного метода по порядку fork, spawn,
# forkserver печатает строку «метод:» и запускает процесс, который добавляет "из дочернего" и
# печатает «  дочерний: <список>». В конце родитель печатает «Родитель: <список>».

import multiprocessing

ITEMS = ["из файла"]


def show() -> None:
    # Добавьте в ITEMS "из дочернего" и напечатайте f"  дочерний: {ITEMS}".
    ...


if __name__ == "__main__":
    ITEMS.append("из родителя")  # это видит только копия родителя, то есть fork
    for method in ("fork", "spawn", "forkserver"):
        if method not in multiprocessing.get_all_start_methods():
            continue
        print(f"{method}:")
        # Запустите show в процессе с этим методом запуска (multiprocessing.get_context(method)) и
        # дождитесь его.
        ...
    print(f"Родитель: {ITEMS}")
