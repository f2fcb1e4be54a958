"""Упражнение 3: частоты слов по кускам текста в пуле, затем сумма счётчиков."""

from collections import Counter
from multiprocessing import Pool

TEXT = """
пул раздаёт задачи процессам процесс берёт задачу из очереди
пул ждёт процесс считает и кладёт результат в очередь
пул собирает результаты из очереди процесс ждёт новую задачу
пул закрывается
"""
PARTS = 4


def count_words(words: list[str]) -> Counter:
    return Counter(words)


if __name__ == "__main__":
    words = TEXT.split()
    size = -(-len(words) // PARTS)  # округление вверх: все слова в кусках
    chunks = [words[i : i + size] for i in range(0, len(words), size)]
    total = Counter()
    with Pool(2) as pool:
        # Порядок кусков не важен: сумма от него не зависит.
        for part in pool.imap_unordered(count_words, chunks):
            total += part
    by_count = sorted(total.items(), key=lambda item: (-item[1], item[0]))
    for word, count in by_count[:3]:
        print(f"{word}: {count}")
    same = total == Counter(words)
    print(f"Всего слов: {total.total()}", end=" | ")
    print(f"совпадает с подсчётом без пула: {same}")
