"""The Python side of the import benchmark: reads the products workbook with openpyxl (read-only,
streaming) and inserts every row into a SQLite table in one transaction, as `quotedoc product
import` does into a fresh database. Numbers are stored as their text, as quotedoc stores exact
decimals.

    python import_openpyxl.py PRODUCTS.xlsx DATABASE.sqlite
"""
import sqlite3
import sys
import time

from openpyxl import load_workbook


def main(workbook_path, database_path):
    started = time.perf_counter()
    workbook = load_workbook(workbook_path, read_only=True, data_only=True)
    rows = workbook.active.iter_rows(values_only=True)
    headers = [str(header) for header in next(rows)]
    columns = ", ".join(f'"{header}"' for header in headers)
    database = sqlite3.connect(database_path)
    database.execute(f"CREATE TABLE product (id INTEGER PRIMARY KEY, {columns}, UNIQUE (\"Code\"))")
    placeholders = ", ".join("?" for _ in headers)
    count = 0
    with database:
        insert = f"INSERT INTO product ({columns}) VALUES ({placeholders})"
        for row in rows:
            values = ["" if value is None else str(value) for value in row]
            database.execute(insert, values + [""] * (len(headers) - len(values)))
            count += 1
    database.close()
    workbook.close()
    print(f"openpyxl + sqlite3: {count} rows in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
