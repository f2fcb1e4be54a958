"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "timeout": 10,
    "trace": "processes=1",
    "hints": [
        {
            "on": "timeout",
            "text": "Сервер ждёт следующую пару вечно, а родитель — его в join(): когда пары кончились, "
            "клиент должен послать метку конца None, а сервер — выйти из цикла, получив её.",
        },
        {
            "on": "output",
            "stderr": "AuthenticationError",
            "text": "Сервер и клиент не узнали друг друга: у Listener и Client должен быть один и тот же "
            "authkey (KEY).",
        },
    ],
}
