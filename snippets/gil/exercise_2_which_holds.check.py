"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "timeout": 60,  # two calls of about a second each, on a slow or busy machine
    "hints": [
        {
            "on": "timeout",
            "stderr": "object is not callable",
            "text": "В longest_pause() нужно передать функцию, а не результат её вызова: lambda: "
            "json.loads(document). Поток с work() упал, событие «готово» не наступило, и главный цикл "
            "ждал вечно.",
        },
        {
            "on": "output",
            "text": "Главный поток должен всё время крутиться в цикле и замерять паузы, пока work() идёт в "
            "другом потоке; вызов держит GIL, если самая долгая пауза длиннее половины вызова.",
        },
    ],
}
