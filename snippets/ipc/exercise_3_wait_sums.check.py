"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "timeout": 10,
    "trace": "processes=3",
    "hints": [
        {
            "on": "timeout",
            "text": "Родитель ждёт вечно: пока жива хоть одна копия передающего конца канала, recv() не "
            "выбросит EOFError. Закройте свою копию в родителе сразу после start() (send_end.close()), а "
            "дочерний процесс пусть закроет свою, отправив числа.",
        },
        {
            "on": "processes",
            "text": "Числа должны присылать три процесса — по одному на номер: Process(target=sender, "
            "args=(n, send_end)).",
        },
    ],
}
