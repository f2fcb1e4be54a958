"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "hints": [
        {
            "on": "sleeps",
            "text": "Подготовка (time.sleep(0.2)) шла под блокировкой, и потоки ждали друг друга. Под lock "
            "должно остаться только log.append(...), а sleep — до with lock:.",
        },
        {
            "on": "output",
            "stdout": r"одновременно \(меньше 0,8 с\): False",
            "text": "Подготовка (time.sleep(0.2)) шла под блокировкой, и потоки ждали друг друга. Под lock "
            "должно остаться только log.append(...), а sleep — до with lock:.",
        },
        {
            "on": "lock",
            "text": "Общий журнал меняйте под блокировкой: with lock: log.append(...). Что append в CPython "
            "сейчас не теряет записей, — деталь реализации, а не обещание.",
        },
    ],
}
