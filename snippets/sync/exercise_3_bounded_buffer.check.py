"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "timeout": 10,
    "hints": [
        {
            "on": "output",
            "stdout": "не бывало больше 3: False",
            "text": "В буфере оказалось больше capacity элементов: put() должен ждать, пока освободится "
            "место (not_full.wait_for(lambda: len(self.items) < self.capacity)).",
        },
        {
            "on": "timeout",
            "text": "Производитель или потребитель уснул навсегда: после put() разбудите ждущих данных "
            "(not_empty.notify()), после get() — ждущих места (not_full.notify()); ждите в wait_for() или в "
            "цикле while, а не один раз.",
        },
        {
            "on": "output",
            "stderr": "IndexError",
            "text": "get() забрал элемент из пустого буфера: он должен ждать данных "
            "(not_empty.wait_for(lambda: self.items)).",
        },
    ],
}
