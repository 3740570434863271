"""Describes xlsx files as openpyxl, an independent reader, sees them: JSON on stdout.

One file: {"sheets": [...]}. Several (--many): {"workbooks": [{"sheets": [...]}, ...]} in the
order given, one Python start-up and one openpyxl import for them all.
"""
import json
import sys
import warnings

import openpyxl
from openpyxl.utils import get_column_letter

warnings.simplefilter("ignore")


def describe(path):
    """The sheets of one workbook: visibility, protection, validations, print setup, columns."""
    workbook = openpyxl.load_workbook(path)
    sheets = []
    for sheet in workbook.worksheets:
        # Read before any cell is looked at: openpyxl creates the cells it is asked for.
        max_row = sheet.max_row
        columns = []
        for index in range(1, sheet.max_column + 1):
            letter = get_column_letter(index)
            header = sheet.cell(row=1, column=index)
            first = sheet.cell(row=2, column=index)
            dimension = sheet.column_dimensions[letter]
            columns.append(
                {
                    "header": header.value,
                    "headerLocked": header.protection.locked,
                    "firstRowLocked": first.protection.locked if first.has_style else None,
                    "columnLocked": dimension.protection.locked,
                }
            )
        sheets.append(
            {
                "name": sheet.title,
                "state": sheet.sheet_state,
                "protected": bool(sheet.protection.sheet),
                "hasPassword": bool(sheet.protection.password),
                "maxRow": max_row,
                "validations": [
                    {
                        "type": validation.type,
                        "ranges": str(validation.sqref),
                        "prompt": validation.prompt,
                    }
                    for validation in sheet.data_validations.dataValidation
                ],
                "orientation": sheet.page_setup.orientation,
                "fitToPage": bool(sheet.sheet_properties.pageSetUpPr and sheet.sheet_properties.pageSetUpPr.fitToPage),
                "fitToWidth": sheet.page_setup.fitToWidth,
                "fitToHeight": sheet.page_setup.fitToHeight,
                "printTitleRows": sheet.print_title_rows,
                "columns": columns,
            }
        )
    return {"sheets": sheets}


if sys.argv[1] == "--many":
    print(json.dumps({"workbooks": [describe(path) for path in sys.argv[2:]]}))
else:
    print(json.dumps(describe(sys.argv[1])))
