"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "hints": [
        {
            "on": "output",
            "stdout": "ProcessPoolExecutor: .*родителя: True",
            "text": "В ProcessPoolExecutor функция должна выполняться в рабочих процессах пула: передайте "
            "ему саму count_primes (pool.map(count_primes, LIMITS)), а не результат её вызова.",
        },
    ],
}
