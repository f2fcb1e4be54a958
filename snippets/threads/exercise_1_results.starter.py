"""Результаты потоков."""

# Задача. Функция slow_square(x) ждёт 0,05 с и возвращает x * x. Напишите run_all(numbers):
# она вызывает slow_square() для каждого числа в отдельном потоке и возвращает список
# результатов в исходном порядке, независимо от того, какой поток закончил первым.

import threading
import time


def slow_square(x: int) -> int:
    time.sleep(0.05)  # «медленный сервис»
    return x * x


def run_all(numbers: list[int]) -> list[int]:
    results: list[int] = []
    # Запустите по потоку на каждое число, дождитесь всех и верните результаты в исходном порядке.
    ...
    return results


if __name__ == "__main__":
    print(run_all([3, 1, 4, 1, 5, 9, 2, 6]))
