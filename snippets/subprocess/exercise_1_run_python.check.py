"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "timeout": 15,
    "hints": [
        {
            "on": "timeout",
            "text": "evaluate() ждала зависший дочерний процесс без срока: передайте timeout= в "
            "subprocess.run() и поймайте subprocess.TimeoutExpired.",
        },
        {
            "on": "leftovers",
            "text": "Зависший дочерний процесс остался работать: после TimeoutExpired от communicate() его "
            "нужно убить (kill()) и дождаться. subprocess.run(timeout=...) делает это сам.",
        },
        {
            "on": "output",
            "stdout": "ошибка: код возврата 1: (?!ZeroDivisionError)",
            "text": "В сообщении об ошибке нужна только последняя строка stderr дочернего процесса "
            "(exc.stderr.strip().splitlines()[-1]), а не весь его вывод.",
        },
    ],
}
