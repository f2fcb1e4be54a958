"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "timeout": 15,
    "trace": "pool=4",
    "hints": [
        {
            "on": "pool",
            "text": "Куски считал не пул: передайте функцию и куски в pool.map(count_primes, chunks) пула "
            "multiprocessing.Pool — тогда каждый кусок считается в рабочем процессе.",
        },
    ],
}
