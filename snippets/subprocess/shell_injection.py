"""shell=True с чужой строкой — внедрение команд; список аргументов и shlex.quote его не допускают.

Только POSIX (Linux, macOS): shell=True здесь — это /bin/sh, а shlex.quote экранирует для него.
"""

import shlex
import subprocess
import sys

# Дочерний процесс показывает, какие аргументы он получил.
SHOW_ARGS = "import sys; print('аргументы дочернего процесса:', sys.argv[1:])"
# «Имя файла», пришедшее от пользователя. Вредная часть здесь безобидна: она только печатает.
USER_INPUT = "отчёт.txt; echo ВНЕДРЁННАЯ КОМАНДА ВЫПОЛНЕНА"


def show(title: str, result: subprocess.CompletedProcess) -> None:
    print(f"--- {title}")
    print(result.stdout, end="")


if __name__ == "__main__":
    if sys.platform == "win32":
        sys.exit("пример для POSIX: в Windows shell=True запускает cmd.exe с другими правилами")
    python = shlex.quote(sys.executable)

    # Опасно: строка склеена с вводом пользователя и отдана оболочке. Для sh «;» разделяет команды.
    command = f"{python} -c {shlex.quote(SHOW_ARGS)} {USER_INPUT}"
    show(
        "shell=True и f-строка",
        subprocess.run(command, shell=True, capture_output=True, text=True, check=True),
    )

    # Безопасно: список аргументов, оболочки нет. Вся строка — один аргумент, «;» — просто символ.
    argv = [sys.executable, "-c", SHOW_ARGS, USER_INPUT]
    show("список аргументов", subprocess.run(argv, capture_output=True, text=True, check=True))

    # Если без оболочки никак (нужны её возможности), каждый чужой кусок экранируют shlex.quote.
    quoted = f"{python} -c {shlex.quote(SHOW_ARGS)} {shlex.quote(USER_INPUT)}"
    show(
        "shell=True и shlex.quote",
        subprocess.run(quoted, shell=True, capture_output=True, text=True, check=True),
    )
    print(f"shlex.quote превратил ввод в: {shlex.quote(USER_INPUT)}")
