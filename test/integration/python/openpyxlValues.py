"""Prints every cell value of an .xlsx as openpyxl reads it, as JSON: {sheet: {A1: value}}.

A third, independent reader for the fidelity tests (test/integration/workbookKept.test.ts).
Dates are printed as Excel serials in the workbook's date system (openpyxl turns date-formatted
numbers into datetimes), errors as {"error": "#N/A"}, formulas without a cached value skipped.
Usage: python3 openpyxlValues.py BOOK.xlsx
"""
import datetime
import json
import sys

import openpyxl
from openpyxl.utils.datetime import to_excel


def value_of(cell, epoch):
    v = cell.value
    if v is None or v == "":
        return None
    if cell.data_type == "e":
        return {"error": v}
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
        return to_excel(v, epoch)
    return v


def main(path):
    book = openpyxl.load_workbook(path, data_only=True)
    out = {}
    for sheet in book.worksheets:
        values = {}
        for row in sheet.iter_rows():
            for cell in row:
                v = value_of(cell, book.epoch)
                if v is not None:
                    values[cell.coordinate] = v
        out[sheet.title] = values
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
