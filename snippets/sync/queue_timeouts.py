"""Тайм-ауты очереди: get(timeout=...), *_nowait(), исключения Empty и Full."""

import queue
import threading
import time

if __name__ == "__main__":
    q: queue.Queue[str] = queue.Queue(maxsize=2)  # не больше двух элементов

    try:
        q.get_nowait()  # то же, что get(block=False): не ждёт ни секунды
    except queue.Empty:
        print("get_nowait() из пустой очереди: queue.Empty")

    started = time.monotonic()
    try:
        q.get(timeout=0.2)  # ждёт элемент не дольше 0,2 с
    except queue.Empty:
        waited = time.monotonic() - started >= 0.2
        print(f"get(timeout=0.2): queue.Empty, ждали не меньше 0,2 с: {waited}")

    q.put("первый")
    q.put("второй")
    print(f"full() = {q.full()}, qsize() = {q.qsize()}")
    try:
        q.put_nowait("третий")  # места нет, ждать нельзя
    except queue.Full:
        print("put_nowait() в полную очередь: queue.Full")
    try:
        q.put("третий", timeout=0.1)
    except queue.Full:
        print("put(timeout=0.1) в полную очередь: queue.Full")

    # Когда место освобождается, ждущий put() продолжает работу.
    producer = threading.Thread(target=q.put, args=("третий",))
    producer.start()  # ждёт места внутри put()
    print(f"get(): {q.get()}")  # освобождает место
    producer.join()
    print(f"в очереди: {[q.get(timeout=1) for _ in range(q.qsize())]}")
