"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "hints": [
        {
            "on": "output",
            "stdout": "после terminate\\(\\) жив: True",
            "text": "Процесс остался жив: остановите его снаружи (p.terminate()) и дождитесь (p.join()), "
            "прежде чем спрашивать is_alive() и exitcode.",
        },
        {
            "on": "output",
            "stdout": "поток: через 0,5 с жив: False",
            "text": "Поток надо запустить (t.start()) и только потом ждать его join(timeout=0.5): "
            "незапущенный поток «не жив».",
        },
    ],
}
