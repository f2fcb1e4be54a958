"""Вопрос: что окажется в списке, который лежит в словаре менеджера, после append()?"""

from multiprocessing import Manager

if __name__ == "__main__":
    with Manager() as manager:
        d = manager.dict()
        d["журнал"] = []
        d["журнал"].append("запись")
        print(d["журнал"])
