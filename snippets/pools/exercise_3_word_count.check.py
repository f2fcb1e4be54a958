"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "trace": "pool=4",
    "hints": [
        {
            "on": "pool",
            "text": "Куски должен считать пул: pool.imap_unordered(count_words, chunks) у "
            "multiprocessing.Pool, а не count_words в главном процессе.",
        },
    ],
}
