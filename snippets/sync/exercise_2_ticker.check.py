"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "trace": "threads>=2",
    "hints": [
        {
            "on": "output",
            "stdout": "не дожидаясь 10 секунд: False",
            "text": "stop() не прервал ожидание: time.sleep(interval) не прервать. Ждите "
            "Event.wait(interval): по тайм-ауту он возвращает False (пора вызывать функцию), а как только "
            "stop() установил событие — сразу True.",
        },
        {
            "on": "output",
            "stdout": "не меньше трёх: False",
            "text": "Таймер не вызвал функцию трижды: run() должен вызывать function в цикле каждые interval "
            "секунд, пока не вызван stop().",
        },
        {
            "on": "threads",
            "text": "Ticker — это поток: function вызывается из его метода run(), который запускает start(), "
            "а не из главного потока.",
        },
    ],
}
