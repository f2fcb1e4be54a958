"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "trace": "threads>=1 processes=1",
    "hints": [
        {
            "on": "output",
            "stdout": "result\\(\\) выбросил NoneType",
            "text": "Исключение из пула приходит только через future.result(): вызовите его и поймайте "
            "ValueError (except ValueError as exc).",
        },
        {
            "on": "threads processes",
            "text": "Каждый случай должен выполняться по-настоящему: fail() — в своём потоке "
            "(threading.Thread) и в своём процессе (multiprocessing.Process), а не в главном.",
        },
    ],
}
