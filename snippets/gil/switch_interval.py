"""Интервал переключения: когда ждущий GIL поток просит владельца отдать его."""

import sys

if __name__ == "__main__":
    print(f"sys.getswitchinterval() = {sys.getswitchinterval()} с")
    sys.setswitchinterval(0.001)  # настройка на весь интерпретатор
    print(f"после setswitchinterval(0.001): {sys.getswitchinterval()} с")
