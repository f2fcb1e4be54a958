"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "hints": [
        {
            "on": "output",
            "stdout": "по порядку: False",
            "text": "Результаты должны идти в порядке аргументов: pool.map() возвращает их так, а "
            "as_completed() — в порядке готовности.",
        },
        {
            "on": "output",
            "stdout": "не бывает: False",
            "text": "Оценка снизу: одновременно ждут не больше WORKERS запросов, а всего ожидания TASKS × "
            "WAIT, значит, быстрее TASKS × WAIT / WORKERS не выйдет. Если замер меньше, в пуле больше "
            "WORKERS потоков.",
        },
        {
            "on": "output",
            "stdout": "вдвое: False",
            "text": "Запросы шли по очереди, а не в пуле: отдайте их "
            "ThreadPoolExecutor(max_workers=WORKERS), например через pool.map(fetch, range(TASKS)).",
        },
    ],
}
