"""Процесс-вычислитель на Pipe."""

# Задача. Родитель по одному присылает дочернему процессу числа от 1 до 5 через двунаправленный
# Pipe, дочерний процесс отвечает квадратом каждого. Когда числа кончились, родитель посылает
# метку конца, и дочерний процесс завершается.

from multiprocessing import Pipe, Process

STOP = None  # метка конца


def squarer(conn) -> None:
    # Принимайте числа из conn и отвечайте их квадратами, пока не придёт метка конца STOP.
    ...
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = Pipe()
    p = Process(target=squarer, args=(child_end,))
    p.start()
    child_end.close()

    results: list[int] = []
    # Пошлите числа от 1 до 5 по одному, собирая ответы в results; затем пошлите метку конца и
    # дождитесь дочернего процесса.
    ...
    parent_end.close()
    print("Квадраты:", results)
    print("exitcode:", p.exitcode)
