"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "timeout": 10,
    "hints": [
        {
            "on": "timeout",
            "stdout": "висит",
            "text": "После close() производитель завершился бы, но close() не вызван или ожидание без "
            "тайм-аута стоит раньше него: закройте producer.stdout, потом ждите.",
        },
        {
            "on": "timeout",
            "text": "wait() без тайм-аута ждёт производителя вечно: пока у нас открыт читающий конец канала, "
            "его write() ждёт места в канале. Ждите с тайм-аутом (wait(timeout=0.3)) и ловите "
            "subprocess.TimeoutExpired.",
        },
        {
            "on": "output",
            "stdout": "returncode = None",
            "text": "Производитель ещё работал, когда вы напечатали returncode: после close() дождитесь его "
            "(wait(timeout=...)).",
        },
    ],
}
