"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "trace": "processes=6",
    "hints": [
        {
            "on": "output",
            "stdout": "exitcode=None",
            "text": "exitcode равен None, пока процесс работает: дождитесь его (join()), прежде чем читать "
            "exitcode.",
        },
        {
            "on": "processes",
            "text": "Каждый случай должен выполняться в своём процессе: multiprocessing.Process("
            "target=run_case, args=(name,)), затем start() и join().",
        },
    ],
}
