"""The Qt binding must not under-count references to None.

PySide6 6.12.0 took one reference to None too few in every QStandardItem/QTableWidgetItem/
QListWidgetItem setData, QStandardItem.data, QComboBox.addItem(text, data) and setItemData,
QBuffer.setData: Python frees None once its count reaches zero, and the app crashed (a segfault in
whatever ran next) after a few thousand customer rows had been listed — first seen as a segfault
in CI. pyproject.toml pins PySide6 below 6.12; this test fails on a binding with that bug.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QBuffer, QByteArray, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QComboBox, QListWidgetItem, QTableWidgetItem

USER = Qt.ItemDataRole.UserRole
CALLS = 300


def _none_refs_lost(fn) -> int:
    keep = [None] * (4 * CALLS)  # a cushion: a buggy binding must fail this test, not crash the run
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        fn()
    gc.collect()
    lost = before - sys.getrefcount(None)
    del keep
    return lost


def test_item_data_calls_keep_none_alive(qapp) -> None:
    combo = QComboBox()
    item = QStandardItem("客户")
    item.setData("id", USER)
    buffer = QBuffer()

    def combo_round() -> None:
        combo.addItem("农户", "farmer")
        combo.setItemData(0, "individual")
        combo.clear()

    calls = {
        "QStandardItem.setData": lambda: QStandardItem("a").setData("x", USER),
        "QStandardItem.data": lambda: item.data(USER),
        "QTableWidgetItem.setData": lambda: QTableWidgetItem("a").setData(USER, "x"),
        "QListWidgetItem.setData": lambda: QListWidgetItem("a").setData(USER, "x"),
        "QComboBox.addItem/setItemData": combo_round,
        "QBuffer.setData": lambda: buffer.setData(QByteArray(b"%PDF")),
    }
    lost = {name: _none_refs_lost(fn) for name, fn in calls.items()}
    assert all(n < CALLS // 10 for n in lost.values()), f"references to None lost per {CALLS} calls: {lost}"
