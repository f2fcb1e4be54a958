"""Event помнит сигнал, а notify() без ждущих пропадает: Condition ждёт состояния данных."""

import threading

if __name__ == "__main__":
    event = threading.Event()
    event.set()  # сигнал подан раньше, чем кто-то начал ждать
    print(f"Event: wait() после set() вернул {event.wait(timeout=0.1)}")  # флаг остался установленным

    cond = threading.Condition()
    with cond:
        cond.notify()  # никто не ждёт — уведомление никуда не сохраняется
    with cond:
        print(f"Condition: wait() после notify() вернул {cond.wait(timeout=0.1)}")  # тайм-аут

    # Поэтому с Condition ждут не уведомления, а условия на общих данных.
    items: list[str] = []
    with cond:
        items.append("товар")
        cond.notify()
    with cond:
        print(f"Condition: wait_for(условие) вернул {cond.wait_for(lambda: len(items) > 0, timeout=0.1)}")
