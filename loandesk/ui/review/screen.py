"""The review screen (审核界面): rule results, documents beside the data they prove, decisions.

Everything shown comes from ``applications.review_screen`` in one read; every button is one
service call on the DB thread, which re-checks permission, state, claim and four-eyes. The
screen only pre-checks what it can answer at once (a rejection needs a reason).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loandesk.domain.application_states import state_label
from loandesk.domain.money import parse_amount
from loandesk.services import applications as apps
from loandesk.services import documents
from loandesk.services.applications import ReviewDocument, ReviewScreen
from loandesk.ui.context import AppContext
from loandesk.ui.forms.ui_review_screen_panel import Ui_ReviewScreenPanel
from loandesk.ui.review import common
from loandesk.ui.review.dialogs import SupplementDialog
from loandesk.ui.tasks import run_cpu

OUTCOME_COLORS = {"pass": "#1b5e20", "n/a": "#9e9e9e", "fail": "#b00020", "missing": "#8a5300"}
STATUS_COLORS = {"已收": "#1b5e20", "过期": "#b00020", "缺失": "#b00020"}
THUMB_W, THUMB_H = 150, 112


class DocumentCard(QFrame):
    """One scan on the left, what it proves on the right, so the reviewer compares the two."""

    sig_open = Signal(str, str)  # document id, title

    def __init__(self, doc: ReviewDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName(f"doc_{doc.doc_type}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.thumb = QLabel("加载中…")
        self.thumb.setFixedSize(THUMB_W, THUMB_H)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("background: #f3f3f3; color: #888; border: 1px solid #ddd;")
        row.addWidget(self.thumb)
        info = QVBoxLayout()
        color = STATUS_COLORS.get(doc.status_label, "#555555")
        title = QLabel(f"<b>{escape(doc.doc_type_label)}</b> <span style='color:{color}'>【{escape(doc.status_label)}】"
                       f"</span>")
        title.setTextFormat(Qt.TextFormat.RichText)
        info.addWidget(title)
        dates = [f"上传 {common.local(doc.uploaded_at)}"]
        if doc.issued_on:
            dates.append(f"出具 {doc.issued_on.isoformat()}")
        if doc.valid_until:
            dates.append(f"有效期至 {doc.valid_until.isoformat()}")
        if doc.is_pdf:
            dates.append(f"PDF {doc.pages} 页")
        meta = QLabel("；".join(dates))
        meta.setStyleSheet("color: #666;")
        meta.setWordWrap(True)
        info.addWidget(meta)
        button = QPushButton("查看原件…")
        button.setToolTip("打开原始影像（查看将记入审计日志）")
        button.clicked.connect(lambda: self.sig_open.emit(doc.id, doc.doc_type_label))
        info.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
        info.addStretch(1)
        row.addLayout(info, 2)
        supports = QLabel(common.pairs_html([(f.label, f.value) for f in doc.supports])
                          if doc.supports else "<span style='color:#888'>（该资料无对应的录入数据）</span>")
        supports.setTextFormat(Qt.TextFormat.RichText)
        supports.setWordWrap(True)
        supports.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        supports.setObjectName("supports")
        row.addWidget(supports, 3)

    def set_thumbnail(self, data: bytes | None) -> None:
        if not data:
            self.thumb.setText("PDF" if self.doc.is_pdf else "无缩略图")
            return
        pix = QPixmap()
        if pix.loadFromData(data):
            self.thumb.setPixmap(pix.scaled(THUMB_W, THUMB_H, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
        else:
            self.thumb.setText("无法显示")


class ReviewScreenPanel(QWidget):
    sig_changed = Signal(str)  # application id whose state or assignment changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_ReviewScreenPanel()
        self.form.setupUi(self)
        self.screen: ReviewScreen | None = None
        self.cards: list[DocumentCard] = []
        self.loads = 0
        f = self.form
        f.rulesTable.setColumnCount(5)
        f.rulesTable.setHorizontalHeaderLabels(["代码", "类别", "检查项", "结果", "说明（请核对或向客户索要）"])
        f.rulesTable.verticalHeader().setVisible(False)
        header = f.rulesTable.horizontalHeader()
        for col, width in enumerate((52, 70, 180, 90)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        f.historyTable.setColumnCount(5)
        f.historyTable.setHorizontalHeaderLabels(["时间", "操作", "状态", "操作人", "意见"])
        f.historyTable.verticalHeader().setVisible(False)
        f.historyTable.horizontalHeader().setStretchLastSection(True)
        f.historyTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        f.claimButton.clicked.connect(lambda: self._act("claim"))
        f.releaseButton.clicked.connect(lambda: self._act("release"))
        f.passButton.clicked.connect(self.pass_review)
        f.supplementButton.clicked.connect(self.return_for_supplement)
        f.rejectButton.clicked.connect(self.reject)
        f.noticeButton.clicked.connect(self.print_notice)
        f.statementSaveButton.clicked.connect(self.save_statement)
        self.clear()

    # --- loading -----------------------------------------------------------------------------------

    def clear(self) -> None:
        self.screen = None
        f = self.form
        f.headerLabel.setText("请在左侧队列中选择一笔申请。")
        f.rulesTable.setRowCount(0)
        f.rulesSummaryLabel.clear()
        f.checklistLabel.clear()
        f.dataBrowser.clear()
        f.historyTable.setRowCount(0)
        self._clear_cards()
        for b in (f.claimButton, f.releaseButton, f.passButton, f.supplementButton, f.rejectButton, f.noticeButton,
                  f.statementSaveButton):
            b.setEnabled(False)
        f.statementEdit.clear()

    def load(self, app_id: str, *, message: str = "") -> None:
        def done(screen: ReviewScreen) -> None:
            self.show_screen(screen)
            if message:
                common.show_message(self.form.messageLabel, message, "ok")
            self._load_thumbnails(screen)
            self.loads += 1

        common.call(self.ctx, self, lambda s: apps.review_screen(s, self.ctx.actor, app_id), done,
                    label=self.form.messageLabel)

    def reload(self, message: str = "") -> None:
        if self.screen is not None:
            self.load(self.screen.application.id, message=message)

    def show_screen(self, screen: ReviewScreen) -> None:
        self.screen = screen
        a = screen.application
        f = self.form
        assigned = f"，领取人：{escape(a.row.assigned_to_name)}" if a.row.assigned_to_name else "，未领取"
        f.headerLabel.setText(
            f"<b>{escape(a.application_no)}</b>　{escape(screen.customer_name)}（{escape(screen.customer_no)}，"
            f"{escape(screen.customer_id_masked)}）<br>{escape(a.product_version_label)}　"
            f"<b>{common.yuan(a.amount)} 元</b> / {a.term_months} 个月　{escape(a.repayment_label)}　"
            f"担保：{escape(a.row.guarantee_label)}<br>状态：<b>{escape(a.row.state_label)}</b>{assigned}　"
            f"等待 {escape(a.row.age_label)}　录入人：{escape(a.row.created_by_name)}")
        self._show_actions(screen)
        self._show_rules(screen)
        self._show_documents(screen)
        self._show_data(screen)
        self._show_history(screen)
        f.statementEdit.setText("" if a.statement_monthly_income is None else f"{a.statement_monthly_income:.2f}")
        f.messageLabel.clear()

    def _show_actions(self, screen: ReviewScreen) -> None:
        f = self.form
        opts = {o.action: o for o in screen.actions}
        for key, button in (("claim", f.claimButton), ("release", f.releaseButton), ("pass_review", f.passButton),
                            ("return_for_supplement", f.supplementButton), ("reject_review", f.rejectButton)):
            o = opts.get(key)
            button.setEnabled(bool(o and o.enabled))
            button.setToolTip(o.reason if o and o.reason else button.toolTip() if o else "当前状态或权限不允许")
        blocking = screen.review_report.blocking
        if blocking and f.passButton.isEnabled():
            f.passButton.setEnabled(False)
            f.passButton.setToolTip(f"有 {len(blocking)} 项阻断问题（{'、'.join(r.code for r in blocking)}），"
                                    "请退回补件或拒绝")
        state = screen.application.state
        f.noticeButton.setEnabled(state == "supplement" and bool(screen.application.supplement_items))
        mine = opts.get("release") is not None and opts["release"].enabled  # claimed by this reviewer
        f.statementSaveButton.setEnabled(state == "pending_review" and mine)

    def _show_rules(self, screen: ReviewScreen) -> None:
        """Review rules first (they decide 通过/补件), then the hard risk rules as an early warning."""
        f = self.form
        review, risk = screen.review_report, screen.risk_report

        def order(results: tuple) -> list:
            return sorted(results, key=lambda x: (x.passed, not x.blocking, x.code))

        rows = [(r, False) for r in order(review.results)] + [(r, True) for r in order(risk.results)]
        f.rulesTable.setRowCount(len(rows))
        for row, (res, early) in enumerate(rows):
            outcome = res.outcome_label if res.passed else f"{res.outcome_label}·{res.severity_label}"
            category = "风险预检" if early else res.category_label
            for col, text in enumerate([res.code, category, res.title, outcome, res.message]):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setForeground(QColor(OUTCOME_COLORS.get(res.outcome.value, "#000000")))
                if early:
                    item.setBackground(QColor("#f7f7f2"))
                f.rulesTable.setItem(row, col, item)
        f.rulesTable.resizeRowsToContents()
        blocking, warnings = len(review.blocking), len(review.warnings)
        if blocking:
            head = f"<span style='color:#b00020'><b>{blocking} 项阻断</b></span>：须补件或拒绝，不能通过"
        else:
            head = "<span style='color:#1b5e20'><b>审核规则无阻断项</b></span>"
        if warnings:
            head += f"；<span style='color:#8a5300'><b>{warnings} 项提示</b></span>：核实后在审核意见中说明"
        risky = [r for r in risk.results if not r.passed]
        if risky:
            head += (f"<br><span style='color:#8a5300'>风险硬规则预检：{len(risky)} 项未通过（"
                     f"{escape('、'.join(r.code for r in risky))}），将在风险评估时处理，可提前向客户了解。</span>")
        f.rulesSummaryLabel.setText(f"{head}<br><span style='color:#777'>规则集：{escape(screen.rule_set_label)}</span>")

    def _clear_cards(self) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        layout = self.form.docsLayout
        while layout.count():
            item = layout.takeAt(0)
            w = item.widget()
            if w is not None:
                w.deleteLater()

    def _show_documents(self, screen: ReviewScreen) -> None:
        f = self.form
        parts = []
        for line in screen.checklist:
            color = STATUS_COLORS.get(line.status, "#555")
            need = "" if line.required else "（可选）"
            parts.append(f"{escape(line.label)}{need}<span style='color:{color}'>【{escape(line.status)}】</span>")
        f.checklistLabel.setText("<b>资料清单：</b>" + "　".join(parts))
        self._clear_cards()
        for doc in screen.documents:
            card = DocumentCard(doc)
            card.sig_open.connect(self.open_document)
            f.docsLayout.addWidget(card)
            self.cards.append(card)
        if not screen.documents:
            empty = QLabel("该客户尚未上传任何影像资料。")
            empty.setStyleSheet("color: #777;")
            f.docsLayout.addWidget(empty)
        f.docsLayout.addStretch(1)
        f.screenTabs.setTabText(1, f"资料对照（{len(screen.documents)}）")

    def _load_thumbnails(self, screen: ReviewScreen) -> None:
        ids = [d.id for d in screen.documents]
        if not ids:
            return
        store = common.blobs(self.ctx)

        def fetch(s: object) -> dict[str, bytes | None]:
            out = {}
            for i in ids:
                try:
                    out[i] = documents.thumbnail(s, self.ctx.actor, i, blobs=store)  # type: ignore[arg-type]
                except Exception:  # a missing blob shows as "no thumbnail", the rest still load
                    out[i] = None
            return out

        def done(thumbs: dict[str, bytes | None]) -> None:
            for card in self.cards:
                if card.doc.id in thumbs:
                    card.set_thumbnail(thumbs[card.doc.id])

        common.call(self.ctx, self, fetch, done, label=self.form.messageLabel)

    def _show_data(self, screen: ReviewScreen) -> None:
        a = screen.application
        html = "<h3>客户与申请</h3>" + common.pairs_html([(x.label, x.value) for x in screen.summary])
        html += "<h3>贷款申请</h3>" + common.pairs_html([
            ("用途", f"{a.purpose_label}：{a.purpose_detail}" if a.purpose_detail else a.purpose_label),
            ("执行年利率", f"{a.annual_rate * 100:.2f}%"), ("本笔月供（估算）", f"{common.yuan(a.est_monthly_payment)} 元"),
            ("提交时间", common.local(a.submitted_at)),
        ])
        if a.parties:
            rows = "".join(f"<tr><td>{escape(p.role_label)}</td><td>{escape(p.name)}</td><td>{escape(p.id_number_masked)}"
                           f"</td><td>{escape(p.relation)}</td><td>{'已签' if p.credit_auth else '未登记' if p.credit_auth is None else '未签'}"
                           f"</td></tr>" for p in a.parties)
            html += ("<h3>保证人/联保成员/共同借款人</h3><table cellspacing='0' cellpadding='3' border='1'>"
                     "<tr><th>角色</th><th>姓名</th><th>身份证号</th><th>关系</th><th>征信授权</th></tr>"
                     f"{rows}</table>")
        if a.supplement_items:
            items = "".join(f"<li>{escape(i.name)}：{escape(i.reason)}{('（' + escape(i.note) + '）') if i.note else ''}</li>"
                            for i in a.supplement_items)
            html += f"<h3>待补材料（期限 {common.day(a.supplement_deadline)}）</h3><ul>{items}</ul>"
        self.form.dataBrowser.setHtml(html)

    def _show_history(self, screen: ReviewScreen) -> None:
        t = self.form.historyTable
        events = screen.application.events
        t.setRowCount(len(events))
        for row, e in enumerate(events):
            move = state_label(e.to_state) if e.from_state == e.to_state or not e.from_state else \
                f"{state_label(e.from_state)} → {state_label(e.to_state)}"
            for col, text in enumerate((common.local(e.at), e.label, move, e.actor_name, e.comment)):
                t.setItem(row, col, QTableWidgetItem(text))
        t.resizeRowsToContents()

    # --- actions -----------------------------------------------------------------------------------

    def _after(self, message: str) -> None:
        assert self.screen is not None
        app_id = self.screen.application.id
        self.sig_changed.emit(app_id)
        self.ctx.signals.sig_application_changed.emit(app_id)
        self.form.commentEdit.clear()
        self.load(app_id, message=message)

    def _run(self, fn: object, message: str) -> None:
        assert self.screen is not None
        self._set_busy(True)

        def done(_result: object) -> None:
            self._set_busy(False)
            self._after(message)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            common.show_message(self.form.messageLabel, common.message_for(exc), "error")
            self.reload()

        common.call(self.ctx, self, fn, done, write=True, on_error=failed)  # type: ignore[arg-type]

    def _set_busy(self, busy: bool) -> None:
        f = self.form
        for b in (f.claimButton, f.releaseButton, f.passButton, f.supplementButton, f.rejectButton):
            if busy:
                b.setEnabled(False)

    def _act(self, what: str) -> None:
        if self.screen is None:
            return
        app_id, actor = self.screen.application.id, self.ctx.actor
        if what == "claim":
            self._run(lambda s: apps.claim(s, actor, app_id), "已领取，请开始审核。")
        else:
            self._run(lambda s: apps.release(s, actor, app_id), "已放回队列。")

    def claim(self, app_id: str) -> None:
        """Claim from the queue (double-click / Enter) and show the result here."""
        actor = self.ctx.actor

        def done(_v: object) -> None:
            self.sig_changed.emit(app_id)
            self.ctx.signals.sig_application_changed.emit(app_id)
            self.load(app_id, message="已领取，请开始审核。")

        def failed(exc: BaseException) -> None:
            common.show_message(self.form.messageLabel, common.message_for(exc), "error")

        common.call(self.ctx, self, lambda s: apps.claim(s, actor, app_id), done, write=True, on_error=failed)

    def pass_review(self) -> None:
        if self.screen is None:
            return
        app_id, actor = self.screen.application.id, self.ctx.actor
        comment = self.form.commentEdit.toPlainText().strip()
        warnings = self.screen.review_report.warnings
        if warnings and not comment:
            common.show_message(self.form.messageLabel,
                                f"有 {len(warnings)} 项提示，请在审核意见中说明核实情况后再通过。", "warn")
            self.form.commentEdit.setFocus()
            return
        self._run(lambda s: apps.pass_review(s, actor, app_id, comment=comment), "审核通过，已转风险评估。")

    def return_for_supplement(self) -> None:
        if self.screen is None:
            return
        screen = self.screen
        req = SupplementDialog.ask(self, screen.suggested_items, screen.application.application_no)
        if req is None:
            return
        app_id, actor = screen.application.id, self.ctx.actor
        self._run(lambda s: apps.return_for_supplement(s, actor, app_id, req.items, comment=req.comment,
                                                      deadline=req.deadline),
                  f"已退回补件（{len(req.items)} 项），可打印补件通知书交给客户。")

    def reject(self) -> None:
        if self.screen is None:
            return
        comment = self.form.commentEdit.toPlainText().strip()
        if not comment:
            common.show_message(self.form.messageLabel, "拒绝申请须在审核意见中写明原因。", "warn")
            self.form.commentEdit.setFocus()
            return
        a = self.screen.application
        if not common.confirm(self, "拒绝申请", f"确定拒绝申请 {a.application_no}？拒绝后不能恢复。"):
            return
        app_id, actor = a.id, self.ctx.actor
        self._run(lambda s: apps.reject_review(s, actor, app_id, comment=comment), "已拒绝该申请。")

    def save_statement(self) -> None:
        if self.screen is None:
            return
        text = self.form.statementEdit.text().strip()
        try:
            amount = parse_amount(text) if text else None
        except ValueError as exc:
            common.show_message(self.form.messageLabel, f"流水月均入账：{exc}", "error")
            return
        app_id, actor = self.screen.application.id, self.ctx.actor
        self._run(lambda s: apps.set_statement_income(s, actor, app_id, amount), "已保存流水月均入账，规则已重新检查。")

    def print_notice(self) -> None:
        """补件通知书: data on the DB thread, PDF on a worker, kept with the application, then preview."""
        if self.screen is None:
            return
        app_id, actor, ctx = self.screen.application.id, self.ctx.actor, self.ctx
        store = common.blobs(ctx)
        label = self.form.messageLabel
        common.show_message(label, "正在生成补件通知书…")

        def rendered(pdf: bytes, data: object) -> None:
            def stored(_f: object) -> None:
                common.show_message(label, "补件通知书已生成并存档。", "ok")
                common.show_pdf(self, pdf, title="补件通知书", name=f"补件通知书_{data.application_no}.pdf")  # type: ignore[attr-defined]

            common.call(ctx, self, lambda s: apps.record_notice_printed(s, actor, app_id, pdf, blobs=store), stored,
                        write=True, label=label)

        def got(data: object) -> None:
            run_cpu(lambda _st: apps.render_supplement_notice_pdf(data),
                    on_done=lambda pdf: rendered(pdf, data) if common.alive(self) else None,
                    on_error=lambda exc: common.show_message(label, common.message_for(exc), "error")
                    if common.alive(self) else None)

        common.call(ctx, self, lambda s: apps.supplement_notice_data(s, actor, app_id), got, label=label)

    def open_document(self, document_id: str, title: str) -> None:
        store = common.blobs(self.ctx)
        actor = self.ctx.actor
        common.call(self.ctx, self, lambda s: documents.document_content(s, actor, document_id, blobs=store),
                    lambda data: common.show_document(self, data, title), write=True, label=self.form.messageLabel)
