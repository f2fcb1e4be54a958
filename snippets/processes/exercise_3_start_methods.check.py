"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "hints": [
        {
            "on": "output",
            "stdout": "spawn:\n  дочерний: \\['из файла', 'из родителя'",
            "text": "При spawn дочерний процесс не копия родителя: он заново импортирует модуль, и код под "
            'защитой __main__ (там добавляется "из родителя") не выполняется. Запускайте процесс через '
            "multiprocessing.get_context(method).Process(target=show).",
        },
    ],
}
