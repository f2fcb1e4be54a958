"""Проверьте себя: три потребителя и одна метка конца на всех."""

import queue
import threading

END = None  # метка конца
tasks: queue.Queue[int | None] = queue.Queue()
finished: list[str] = []


def consumer(name: str) -> None:
    while True:
        item = tasks.get()
        if item is END:
            finished.append(name)  # до task_done(): к возврату join() записано
            tasks.task_done()
            return
        tasks.task_done()


if __name__ == "__main__":
    for k in (1, 2, 3):
        name = f"потребитель {k}"
        threading.Thread(target=consumer, args=(name,), daemon=True).start()
    for n in range(5):
        tasks.put(n)
    tasks.put(END)
    tasks.join()  # ждёт task_done() на каждый put(), метку конца тоже
    print(f"вышли из цикла: {len(finished)} из 3")
