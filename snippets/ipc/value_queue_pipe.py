"""Value нельзя передать через Pipe или Queue: Pipe.send() выбрасывает ошибку сразу, Queue — нет."""

import queue
from multiprocessing import Pipe, Queue, Value

if __name__ == "__main__":
    counter = Value("i", 0)

    ours, theirs = Pipe()
    try:
        ours.send(counter)  # pickle выполняется прямо в send()
    except RuntimeError as exc:
        print(f"Pipe.send(): RuntimeError: {exc}")

    q = Queue()
    q.put(counter)  # put() только кладёт ссылку в буфер: pickle выполнит фоновый поток
    print("Queue.put(): вернулся без исключения")
    try:
        q.get(timeout=1)
    except queue.Empty:
        print("Queue.get(timeout=1): queue.Empty — объект до канала не дошёл")
