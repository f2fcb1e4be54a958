"""Ошибка: куски считает главный процесс (встроенный map), пул создан, но не работает."""

# check.py: Куски должен считать пул

from collections import Counter
from multiprocessing import Pool

TEXT = """
пул раздаёт задачи процессам процесс берёт задачу из очереди пул ждёт процесс считает
и кладёт результат в очередь пул собирает результаты из очереди процесс ждёт новую задачу пул закрывается
"""
PARTS = 4


def count_words(words: list[str]) -> Counter:
    return Counter(words)


if __name__ == "__main__":
    words = TEXT.split()
    size = -(-len(words) // PARTS)  # деление с округлением вверх: ни одно слово не потеряется
    chunks = [words[i : i + size] for i in range(0, len(words), size)]
    total = Counter()
    with Pool(2) as pool:
        for part in map(count_words, chunks):  # порядок кусков не важен: сумма та же
            total += part
    for word, count in sorted(total.items(), key=lambda item: (-item[1], item[0]))[:3]:
        print(f"{word}: {count}")
    print("Всего слов:", total.total(), "| совпадает с подсчётом без пула:", total == Counter(words))
