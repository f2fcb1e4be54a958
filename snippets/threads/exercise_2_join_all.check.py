"""Что check.py проверяет в этом упражнении сверх вывода (поля learner.Exercise, см. exercises.py)."""

CHECK = {
    "timeout": 10,
    "variants": [
        {
            "name": "три зависших потока",
            "about": "с тремя зависшими потоками и одним, который успевает за 0,15 с, join_all(threads, "
            "0.4) ждёт весь тайм-аут, но не дольше, и называет только зависшие",
            "main": """
if __name__ == "__main__":
    import threading
    import time

    stop = threading.Event()
    threads = [threading.Thread(target=stop.wait, name=f"ждёт-{i}") for i in (1, 2)]
    threads.append(threading.Thread(target=time.sleep, args=(0.15,), name="успевает"))
    threads.append(threading.Thread(target=stop.wait, name="ждёт-3"))
    for t in threads:
        t.start()
    started = time.monotonic()
    late = join_all(threads, timeout=0.4)
    took = time.monotonic() - started
    stop.set()
    for t in threads:
        t.join()
    print(f"не завершились: {late}")
    print(f"ждала весь тайм-аут: {took >= 0.35}")
    print(f"и не дольше: {took < 0.9}")
""",
            "expected": "не завершились: ['ждёт-1', 'ждёт-2', 'ждёт-3']\nждала весь тайм-аут: True\n"
            "и не дольше: True\n",
            "hint": "Тайм-аут общий на все потоки: вычислите один крайний срок (time.monotonic() + timeout) "
            "и каждому join() передавайте остаток времени до него. Весь timeout каждому потоку — это "
            "ожидание дольше срока; join() без ожидания — это «опоздавшие», которые на самом деле успели.",
        },
    ],
    "hints": [
        {
            "on": "timeout",
            "text": "join() без тайм-аута ждёт поток «ждёт сигнала» вечно: сигнал придёт только после "
            "join_all(). Передавайте каждому join() остаток времени до общего срока.",
        },
        {
            "on": "output",
            "stdout": r"не завершились за 0.3 с: \[\]",
            "text": "join() ничего не возвращает и не говорит, дождался ли он потока: после ожидания "
            "спросите каждый поток is_alive().",
        },
    ],
}
