"""Event помнит сигнал, а notify() без ждущих пропадает."""

import threading

if __name__ == "__main__":
    event = threading.Event()
    event.set()  # сигнал подан раньше, чем кто-то начал ждать
    # Флаг остался установленным.
    print(f"Event: wait() после set() вернул {event.wait(timeout=0.1)}")

    cond = threading.Condition()
    with cond:
        cond.notify()  # никто не ждёт — уведомление никуда не сохраняется
    with cond:
        got = cond.wait(timeout=0.1)  # истечёт тайм-аут
        print(f"Condition: wait() после notify() вернул {got}")

    # Поэтому с Condition ждут не уведомления, а условия на общих данных.
    items: list[str] = []
    with cond:
        items.append("товар")
        cond.notify()
    with cond:
        got = cond.wait_for(lambda: len(items) > 0, timeout=0.1)
        print(f"Condition: wait_for(условие) вернул {got}")
