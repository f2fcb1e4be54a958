"""Value и Array — в общей памяти: изменения дочернего процесса видны родителю, а обычного списка — нет."""

from multiprocessing import Array, Process, Value


def task(n, arr, plain: list) -> None:
    n.value = 42
    arr[0] = 100
    plain[0] = 100  # меняется копия списка в памяти дочернего процесса


if __name__ == "__main__":
    num = Value("i", 0)  # "i" — код типа C int, как в модуле array
    arr = Array("i", [1, 2, 3])
    plain = [1, 2, 3]

    p = Process(target=task, args=(num, arr, plain))
    p.start()
    p.join()

    print("Value:", num.value)
    print("Array:", arr[:])  # срез копирует элементы в обычный список
    print("Обычный список:", plain)
    print("Тип num:", type(num).__name__, "| внутри:", type(num.get_obj()).__name__)
    print("Тип Value(..., lock=False):", type(Value("d", 0.5, lock=False)).__name__)
    print("Размер Array задан при создании:", len(arr))
