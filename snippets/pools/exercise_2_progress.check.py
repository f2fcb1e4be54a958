"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "trace": "pool=10",
    "hints": [
        {
            "on": "output",
            "stdout": "Готово",
            "text": "Номера «Готово k» должны идти по порядку: колбэки вызывают разные потоки родителя, "
            "поэтому увеличение счётчика и печать стоят вместе под одной блокировкой (with lock:).",
        },
        {
            "on": "output",
            "text": "Каждой задаче нужен колбэк: future.add_done_callback(progress) для каждого Future из "
            "pool.submit(square, n); сумму считайте после выхода из with, когда все задачи готовы.",
        },
        {
            "on": "pool",
            "text": "Квадраты должны считать рабочие процессы пула: отдайте их ProcessPoolExecutor через "
            "pool.submit(square, n), а не вызывайте square в главном процессе.",
        },
    ],
}
