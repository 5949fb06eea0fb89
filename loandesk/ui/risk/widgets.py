"""Painted widgets of the risk panel: the score gauge and the per-feature points chart.

Sizes come from font metrics so the charts stay legible at 125–150 % Windows scaling.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from loandesk.services.risk_assessment import AssessmentView, Contribution
from loandesk.ui.review.common import GRADE_COLORS


class ScoreGauge(QWidget):
    """The score on a horizontal scale coloured by grade band, with grade and PD beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: AssessmentView | None = None
        self.setObjectName("scoreGauge")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(480, int(h * 7.2))

    def set_view(self, view: AssessmentView | None) -> None:
        self.view = view
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        line = fm.height()
        w = self.width()
        v = self.view
        if v is None:
            p.setPen(QColor("#888888"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "尚未评估：点击“执行评估”")
            return
        grade_color = QColor(GRADE_COLORS.get(v.grade, "#333333"))
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 2.6)
        big.setBold(True)
        p.setFont(big)
        p.setPen(grade_color)
        big_h = int(line * 2.6)
        score_text = str(v.score)
        p.drawText(QRectF(0, 0, w * 0.3, big_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, score_text)
        mid = QFont(self.font())
        mid.setPointSizeF(self.font().pointSizeF() * 1.35)
        mid.setBold(True)
        p.setFont(mid)
        p.drawText(QRectF(w * 0.3, 0, w * 0.7, big_h / 2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                   f"等级 {v.grade_label}")
        p.setFont(self.font())
        p.setPen(QColor("#333333"))
        dti = "—" if v.dti is None else f"{v.dti * 100:.1f}%"
        p.drawText(QRectF(w * 0.3, big_h / 2, w * 0.7, big_h / 2), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   f"违约概率 PD {v.pd * 100:.2f}%　负债收入比 {dti}（上限 {v.dti_limit * 100:.0f}%）")
        # The scale.
        lo, hi = v.score_min, max(v.score_max, v.score_min + 1)
        left, right = line * 0.5, w - line * 0.5
        top = big_h + line * 1.3
        bar_h = line * 0.9

        def x(score: float) -> float:
            return left + (min(max(score, lo), hi) - lo) / (hi - lo) * (right - left)

        edges = sorted((m, g) for g, m in v.grade_bounds)
        start, grade = float(lo), "E"
        for m, g in [*edges, (hi, "")]:
            p.fillRect(QRectF(x(start), top, x(m) - x(start), bar_h), QColor(GRADE_COLORS.get(grade, "#999999")))
            if grade:
                p.setPen(QColor("#ffffff"))
                p.drawText(QRectF(x(start), top, x(m) - x(start), bar_h), Qt.AlignmentFlag.AlignCenter, grade)
            start, grade = float(m), g
        p.setPen(QColor("#555555"))
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        p.setFont(small)
        sfm = p.fontMetrics()
        below = top + bar_h + sfm.ascent() + 2
        p.drawText(int(left), int(below), str(lo))
        p.drawText(int(right - sfm.horizontalAdvance(str(hi))), int(below), str(hi))
        for m, _g in edges:
            t = str(m)
            p.drawText(int(x(m) - sfm.horizontalAdvance(t) / 2), int(below), t)
        # Marker: a triangle above the bar at the score.
        mx = x(v.score)
        p.setPen(QPen(QColor("#000000"), 2))
        p.drawLine(int(mx), int(top - line * 0.35), int(mx), int(top + bar_h + 2))
        p.setBrush(QColor("#000000"))
        tri = QPolygonF([QPointF(mx - line * 0.35, top - line * 0.7), QPointF(mx + line * 0.35, top - line * 0.7),
                         QPointF(mx, top - line * 0.2)])
        p.drawPolygon(tri)
        p.end()


class PointsChart(QWidget):
    """One bar per scorecard feature: points earned (solid) against the feature's best (light)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pointsChart")
        self.items: list[Contribution] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.45)

    def set_items(self, items: Sequence[Contribution]) -> None:
        self.items = list(items)
        self.setFixedHeight(max(self.row_height(), self.row_height() * len(self.items) + 4))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, max(self.row_height(), self.row_height() * len(self.items) + 4))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.items:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        rh = self.row_height()
        w = self.width()
        label_w = min(int(w * 0.5), max(fm.horizontalAdvance(f"{c.label}：{c.bin_label}") for c in self.items) + 12)
        value_w = fm.horizontalAdvance("99 / 99") + 12
        bar_left = label_w
        bar_w = max(40, w - label_w - value_w)
        scale = max((c.max_points for c in self.items), default=1) or 1
        for i, c in enumerate(self.items):
            y = i * rh
            p.setPen(QColor("#333333"))
            text = fm.elidedText(f"{c.label}：{c.bin_label}", Qt.TextElideMode.ElideRight, label_w - 8)
            p.drawText(QRectF(0, y, label_w - 8, rh), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            bh = rh * 0.56
            by = y + (rh - bh) / 2
            full = c.max_points / scale * bar_w
            got = max(c.points, 0) / scale * bar_w
            p.fillRect(QRectF(bar_left, by, full, bh), QColor("#e3e7ec"))
            lost = c.points < c.max_points
            p.fillRect(QRectF(bar_left, by, got, bh), QColor("#64b5f6" if lost else "#1565c0"))
            p.setPen(QColor("#b00020") if lost and c.points <= c.min_points else QColor("#333333"))
            p.drawText(QRectF(bar_left + bar_w + 6, y, value_w, rh), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       f"{c.points} / {c.max_points}")
        p.end()
