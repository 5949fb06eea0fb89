"""客户资料 tab: the customer list with one search box, the detail pane and the customer form.

``tab.py`` wires the tab, ``models.py`` holds the lazy list model, ``form.py`` the profile form.
Documents, OCR fill and import/export live beside them (documents.py, ocr.py, import_dialog.py,
export.py) and are optional at import time: the tab works, with those controls disabled, before
they exist.
"""
