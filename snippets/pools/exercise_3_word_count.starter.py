"""Частоты слов."""

# Задача. Разбейте слова текста TEXT на четыре куска, посчитайте слова каждого куска в пуле
# (Counter в рабочем, imap_unordered()) и сложите счётчики в родителе. Напечатайте три самых
# частых слова строками «слово: число» (при равном числе — по алфавиту) и строку
# «Всего слов: 29 | совпадает с подсчётом без пула: True».

from collections import Counter
from multiprocessing import Pool

TEXT = """
пул раздаёт задачи процессам процесс берёт задачу из очереди пул ждёт процесс считает
и кладёт результат в очередь пул собирает результаты из очереди процесс ждёт новую задачу пул закрывается
"""
PARTS = 4


def count_words(words: list[str]) -> Counter:
    # Верните Counter слов этого куска.
    ...
    return Counter()


if __name__ == "__main__":
    words = TEXT.split()
    size = -(-len(words) // PARTS)  # деление с округлением вверх: ни одно слово не потеряется
    chunks = [words[i : i + size] for i in range(0, len(words), size)]
    total = Counter()
    # Посчитайте слова каждого куска в пуле Pool(2) через imap_unordered() и сложите счётчики в total.
    ...
    for word, count in sorted(total.items(), key=lambda item: (-item[1], item[0]))[:3]:
        print(f"{word}: {count}")
    print("Всего слов:", total.total(), "| совпадает с подсчётом без пула:", total == Counter(words))
