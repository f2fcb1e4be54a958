"""Timer с daemon=True: программа выходит, не дождавшись, и вызова нет."""

import sys
import threading


def greet(name: str) -> None:
    sys.stdout.write(f"Привет, {name}!\n")


if __name__ == "__main__":
    timer = threading.Timer(5.0, greet, args=("Алиса",))
    timer.daemon = True  # до start()
    print("главный поток: запускаю таймер-демон и заканчиваюсь")
    timer.start()
    # Интерпретатор не ждёт демонов: через 5 секунд процесса уже не будет.
