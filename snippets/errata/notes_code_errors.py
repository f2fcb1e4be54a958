"""Блоки кода из исходного конспекта, как они там написаны: Python отказывается их выполнять.

Табуляции конспекта заменены четырьмя пробелами; уровни отступов те же, что в оригинале.
"""

import subprocess
import sys

BLOCKS = {
    "Пул процессов": """
from multiprocessing import Pool
def square(n):
    return n * n

if __name__ == '__main__':
    with Pool(4) as pool:
    results = pool.map(square, [1, 2, 3, 4, 5])
    print(results) # [1, 4, 9, 16, 25]
""",
    "Обмен через Queue": """
from multiprocessing import Process, Queue
def sender(q):
    for i in range(5):
    print(f"Отправляем: {i}")
    q.put(i) # помещаем данные в очередь
""",
    "Value и Lock": """
from multiprocessing import Process, Value, Lock
import time

def increment(counter, lock):
    for _ in range(100):
    time.sleep(0.01) # имитируем работу
    with lock:
        counter.value += 1 # изменяем общую переменную с блокировкой
""",
    "Manager": """
from multiprocessing import Process, Manager
def worker(shared_list, idx):
    shared_list.append(f"данные из процесса {idx}")

if __name__ == '__main__':
    manager = Manager()
    shared_list = manager.list() # создаём разделяемый список
    processes = []
    for i in range(3):
        p = Process(target=worker, args=(shared_list, i))
        p.start()
        processes.append(p)

    for p in processes:
        p.join()
    print(f"Общий список: {shared_list}")
    >>> Общий список: ['данные из процесса 0', 'данные из процесса 1', 'данные из процесса 2']
""",
    "Поток-демон": """
t = threading.Thread(target=worker, daemon=True)
t.start()
""",
}

if __name__ == "__main__":
    for title, source in BLOCKS.items():
        # Каждый блок — отдельная программа, как если бы его сохранили в файл и запустили.
        result = subprocess.run(
            [sys.executable, "-c", source.lstrip("\n")], capture_output=True, text=True, check=False
        )
        # Последняя строка трассировки — само исключение; номер строки блока — в строке 'File "<string>"'.
        lines = result.stderr.strip().splitlines()
        where = [line for line in lines if line.strip().startswith('File "<string>"')][-1]
        lineno = where.rsplit("line ", 1)[1].split(",")[0]
        print(f"{title} (код возврата {result.returncode}), строка {lineno}:")
        print(f"  {lines[-1]}")
