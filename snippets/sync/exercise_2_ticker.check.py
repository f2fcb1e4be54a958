"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "trace": "threads>=2",
    "hints": [
        {
            "on": "output",
            "stdout": "быстрее 10 с: False",
            "text": "stop() не прервал ожидание: time.sleep(interval) не прервать. Ждите "
            "Event.wait(interval): по тайм-ауту он возвращает False (пора вызывать функцию), а как только "
            "stop() установил событие — сразу True.",
        },
        {
            "on": "output",
            "stdout": "вызовов: [0-2]$",
            "text": "Таймер не вызвал функцию трижды: run() должен вызывать function в цикле каждые interval "
            "секунд, пока не вызван stop().",
        },
        {
            "on": "output",
            "stdout": "вызовов: ([4-9]|[1-9][0-9]+)$",
            "text": "После stop() функция вызвана ещё раз: проверяйте, не остановлен ли таймер, сразу после "
            "ожидания — while not stopped.wait(interval): function().",
        },
        {
            "on": "threads",
            "text": "Ticker — это поток: function вызывается из его метода run(), который запускает start(), "
            "а не из главного потока.",
        },
    ],
}
