"""Timer из главного потока — не демон: программа дождётся его вызова."""

import sys
import threading


def greet(name: str, greeting: str = "Привет") -> None:
    sys.stdout.write(f"{greeting}, {name}!\n")


if __name__ == "__main__":
    hello = {"greeting": "Здравствуй"}
    timer = threading.Timer(0.2, greet, args=("Алиса",), kwargs=hello)
    print(f"таймер — демон: {timer.daemon}")
    print("главный поток: запускаю таймер и заканчиваюсь")
    timer.start()
    # Дальше кода нет: перед выходом интерпретатор дожидается всех потоков,
    # кроме демонов.
