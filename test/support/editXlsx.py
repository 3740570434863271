"""Edits an xlsx file as a partner's program would, with openpyxl: argv = file, then JSON edits."""
import json
import sys
import warnings

import openpyxl

warnings.simplefilter("ignore")
path = sys.argv[1]
workbook = openpyxl.load_workbook(path)
for edit in json.loads(sys.argv[2]):
    workbook[edit["sheet"]][edit["cell"]] = edit["value"]
workbook.save(path)
