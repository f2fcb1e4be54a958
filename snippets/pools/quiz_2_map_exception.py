"""Вопрос: что напечатает цикл по map(), если задача выбросит исключение?"""

from concurrent.futures import ProcessPoolExecutor


def divide(x: int) -> int:
    return 12 // x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        try:
            for result in executor.map(divide, [1, 2, 0, 3]):
                print("Результат:", result)
        except ZeroDivisionError as exc:
            print("Исключение:", type(exc).__name__)
