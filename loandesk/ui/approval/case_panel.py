"""The approval screen for one application: what the approver must see, and the decision.

Everything shown comes from ``services.approval.approval_case`` (masked names and numbers); the
decision goes to ``approval.decide``, which re-checks authority, maker-checker and the opinion.
The panel only pre-checks the obvious (an opinion is typed, an amount parses, is positive and not above
the request) to answer at once; the confirmation names the amount and term being approved.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidgetItem, QWidget

from loandesk.domain.money import format_yuan, parse_amount
from loandesk.services import approval
from loandesk.services.approval import ApprovalCase, DecisionResult
from loandesk.ui.approval import common
from loandesk.ui.approval.models import day, local, percent, yuan
from loandesk.ui.context import AppContext
from loandesk.ui.forms.ui_approval_case_panel import Ui_ApprovalCasePanel

_GRADE_COLORS = {"A": "#1b5e20", "B": "#558b2f", "C": "#f9a825", "D": "#ef6c00", "E": "#b71c1c"}


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td style='color:#555; padding:3px 12px 3px 0'>{escape(k)}</td>"
                    f"<td style='padding:3px 0'>{v}</td></tr>" for k, v in pairs)
    return f"<table cellspacing='0'>{cells}</table>"


def application_html(case: ApprovalCase) -> str:
    a = case.application
    parties = "<br>".join(f"{escape(role)}：{escape(name)}" + (f"（{escape(rel)}）" if rel else "")
                          for role, name, rel in a.parties) or "无"
    return _rows([
        ("申请编号", escape(a.application_no)),
        ("借款人", f"{escape(a.customer_name)}（客户号 {escape(a.customer_no)}，证件 {escape(a.customer_id_number)}）"),
        ("贷款产品", f"{escape(a.product_name)}（{escape(a.product_type)}，第 {a.product_version_no} 版）"),
        ("申请金额", f"<b>{format_yuan(a.amount)}</b>"),
        ("申请期限", f"{a.term_months} 个月"),
        ("还款方式", escape(a.method_label)),
        ("担保方式", escape(a.guarantee_label)),
        ("执行年利率", percent(a.annual_rate)),
        ("贷款用途", escape(a.purpose)),
        ("担保人/共同借款人", parties),
        ("录入人", escape(a.entered_by)),
        ("提交时间", local(a.submitted_at)),
        ("当前状态", escape(a.state_label)),
    ])


def review_html(case: ApprovalCase) -> str:
    r = case.review
    if r is None:
        return "<p style='color:#8a5300'>没有审核记录。</p>"
    head = _rows([
        ("审核结论", f"<b>{escape(r.decision_label)}</b>（第 {r.round} 轮）"),
        ("审核员", escape(r.reviewer_name)),
        ("审核时间", local(r.at)),
        ("审核意见", escape(r.comment) or "—"),
        ("规则检查", f"阻断 {r.blocking} 项，提示 {r.warnings} 项"),
    ])
    if not r.findings:
        return head + "<p style='color:#1b5e20'>全部规则通过。</p>"
    items = "".join(f"<tr><td style='padding:2px 8px; color:{'#b00020' if sev == '阻断' else '#8a5300'}'>"
                    f"{escape(sev)}</td><td style='padding:2px 8px'>{escape(title)}</td>"
                    f"<td style='padding:2px 8px'>{escape(msg)}</td></tr>" for sev, title, msg in r.findings)
    return head + f"<p><b>需关注的规则结果</b></p><table border='0' cellspacing='0'>{items}</table>"


def _bar(points: float, scale: float) -> str:
    width = max(1, int(abs(points) / scale * 100)) if scale else 1
    color = "#2e7d32" if points >= 0 else "#c62828"
    return (f"<table cellspacing='0' cellpadding='0' width='100%'><tr><td width='{width}%' bgcolor='{color}'>"
            f"&nbsp;</td><td width='{100 - width}%'></td></tr></table>")


def risk_html(case: ApprovalCase) -> str:
    r = case.risk
    if r is None:
        return "<p style='color:#8a5300'>尚无风险评估结果。</p>"
    grade_color = _GRADE_COLORS.get(r.grade, "#37474f")
    head = (f"<p style='font-size:15pt'>评分 <b>{r.score}</b> &nbsp; 等级 "
            f"<b style='color:{grade_color}'>{escape(r.grade)}</b> &nbsp; 违约概率 {r.pd * 100:.1f}%</p>")
    hard = ("<p style='color:#b00020'><b>硬规则未通过：</b>" + "；".join(
        f"{escape(t)}（{escape(m)}）" for t, m in r.hard_rules) + "</p>") if r.hard_rules else (
        "<p style='color:#1b5e20'>硬规则（黑名单、当前逾期、多头借贷、负债收入比、年龄）均通过。</p>")
    info = _rows([
        ("模型建议", f"<b>{escape(r.suggestion_label)}</b>" + (f"：{escape(r.suggestion_text)}" if r.suggestion_text
                                                             else "")),
        ("负债收入比", percent(r.dti, 1) if r.dti is not None else "未知"),
        ("主要原因", "；".join(escape(x) for x in r.reasons) or "—"),
        ("评估人/时间", f"{escape(r.assessed_by)} · {local(r.assessed_at)}"),
        ("评分卡版本", escape(r.pack_id)),
    ])
    scale = max((abs(p) for _, p in r.contributions), default=0.0)
    bars = "".join(f"<tr><td style='padding:1px 8px 1px 0'>{escape(label)}</td>"
                   f"<td align='right' style='padding:1px 8px'>{points:+.1f}</td>"
                   f"<td width='260'>{_bar(points, scale)}</td></tr>" for label, points in r.contributions[:12])
    chart = (f"<p><b>各项特征得分贡献</b>（绿色加分，红色扣分）</p><table cellspacing='0'>{bars}</table>"
             if bars else "")
    return head + hard + info + chart


def _hard_block_text(case: ApprovalCase) -> str:
    """The risk assessment's failed hard rules, said where the approver decides (they sit on the
    风险评估 tab otherwise, and an approval could be given without ever opening it)."""
    r = case.risk
    if r is None or not r.hard_block:
        return ""
    titles = "；".join(title for title, _msg in r.hard_rules) or "见风险评估"
    return f"风险评估未通过硬规则（{titles}），系统建议拒绝。"


class ApprovalCasePanel(QWidget):
    sig_decided = Signal(str, str)  # application id, Chinese message

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_ApprovalCasePanel()
        self.form.setupUi(self)
        self.case: ApprovalCase | None = None
        self._wanted = ""
        f = self.form
        f.approveRadio.toggled.connect(self._choice_changed)
        f.rejectRadio.toggled.connect(self._choice_changed)
        f.investigateRadio.toggled.connect(self._choice_changed)
        f.submitButton.clicked.connect(self.submit)
        f.viewDocumentButton.clicked.connect(self._view_document)
        for table, headers in ((f.documentsTable, ["资料类型", "文件", "页数", "上传时间", "有效期至"]),
                               (f.historyTable, ["轮次", "级别", "结论", "金额", "期限", "审批人", "授权额度",
                                                 "时间", "意见"])):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clear()

    # --- loading ---------------------------------------------------------------------------------
    def clear(self) -> None:
        self.case = None
        self._wanted = ""
        f = self.form
        f.headerLabel.setText("请在左侧队列中选择一笔申请")
        for browser in (f.applicationBrowser, f.reviewBrowser, f.riskBrowser):
            browser.clear()
        f.documentsTable.setRowCount(0)
        f.historyTable.setRowCount(0)
        f.decisionBox.setEnabled(False)
        f.opinionEdit.clear()
        f.amountEdit.clear()
        f.authorityLabel.clear()
        common.show_message(f.messageLabel, "")

    def load(self, application_id: str) -> None:
        self._wanted = application_id

        def done(case: ApprovalCase) -> None:
            if case.application.id == self._wanted:  # ignore an answer for an earlier selection
                self.show_case(case)

        common.call(self.ctx, self, lambda s: approval.approval_case(s, self.ctx.actor, application_id), done,
                    label=self.form.messageLabel)

    def reload_keeping(self, application_id: str, message: str, kind: str, *, keep_inputs: bool) -> None:
        """Reload the case (authority, history) but keep the outcome message on screen and, after
        a refused decision, what the approver typed: a refusal must not wipe a long opinion."""
        f = self.form
        inputs = (self.choice(), f.amountEdit.text(), f.termSpin.value(), f.opinionEdit.toPlainText())
        self._wanted = application_id

        def done(case: ApprovalCase) -> None:
            if case.application.id != self._wanted:
                return
            self.show_case(case)
            if keep_inputs and case.authority.may_decide:
                choice, amount, term, opinion = inputs
                radio = {"approve": f.approveRadio, "reject": f.rejectRadio,
                         "investigate": f.investigateRadio}.get(choice or "")
                if radio is not None:
                    radio.setChecked(True)
                f.amountEdit.setText(amount)
                f.termSpin.setValue(term)
                f.opinionEdit.setPlainText(opinion)
                self._choice_changed()
            common.show_message(f.messageLabel, message, kind)

        common.call(self.ctx, self, lambda s: approval.approval_case(s, self.ctx.actor, application_id), done,
                    label=f.messageLabel)

    def show_case(self, case: ApprovalCase) -> None:
        self.case = case
        f = self.form
        a = case.application
        f.headerLabel.setText(f"<b>{escape(a.application_no)}</b> · {escape(a.customer_name)} · "
                              f"{escape(a.product_name)} · {format_yuan(a.amount)} / {a.term_months} 个月 · "
                              f"<span style='color:#555'>{escape(a.state_label)}</span>")
        f.applicationBrowser.setHtml(application_html(case))
        f.reviewBrowser.setHtml(review_html(case))
        f.riskBrowser.setHtml(risk_html(case))
        self._fill_documents(case)
        self._fill_history(case)
        auth = case.authority
        f.decisionBox.setEnabled(auth.may_decide)
        f.amountEdit.setText(f"{a.amount:f}")
        f.termSpin.setMaximum(a.term_months)
        f.termSpin.setMinimum(max(1, min(a.min_term_months, a.term_months)))
        f.termSpin.setValue(a.term_months)
        f.opinionEdit.clear()
        for radio in (f.approveRadio, f.rejectRadio, f.investigateRadio):
            radio.setAutoExclusive(False)
            radio.setChecked(False)
            radio.setAutoExclusive(True)
        self._choice_changed()
        common.show_message(f.messageLabel, "")

    def _fill_documents(self, case: ApprovalCase) -> None:
        t = self.form.documentsTable
        t.setRowCount(len(case.documents))
        for i, d in enumerate(case.documents):
            for j, text in enumerate((d.label, d.original_name, str(d.pages), local(d.uploaded_at), day(d.valid_until))):
                item = QTableWidgetItem(text)
                if j == 0:
                    item.setData(256, d.id)
                t.setItem(i, j, item)
        t.resizeColumnsToContents()

    def _fill_history(self, case: ApprovalCase) -> None:
        t = self.form.historyTable
        t.setRowCount(len(case.history))
        for i, h in enumerate(case.history):
            values = (str(h.round), str(h.level), h.decision_label, yuan(h.amount), f"{h.term_months}个月",
                      h.approver_name, yuan(h.approver_limit), local(h.decided_at), h.opinion)
            for j, text in enumerate(values):
                t.setItem(i, j, QTableWidgetItem(text))
        t.resizeColumnsToContents()
        # The opinion column takes the room, also while there is no decision yet (stretching the
        # first column then squeezed every header to a few pixels).
        t.horizontalHeader().setSectionResizeMode(t.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        t.resizeRowsToContents()
        if case.history:
            self.form.caseTabs.setTabText(4, f"审批记录（{len(case.history)}）")
        else:
            self.form.caseTabs.setTabText(4, "审批记录")

    # --- deciding --------------------------------------------------------------------------------
    def choice(self) -> str | None:
        f = self.form
        if f.approveRadio.isChecked():
            return "approve"
        if f.rejectRadio.isChecked():
            return "reject"
        if f.investigateRadio.isChecked():
            return "investigate"
        return None

    def _choice_changed(self, _checked: bool = False) -> None:
        f = self.form
        approving = self.choice() == "approve"
        for w in (f.amountEdit, f.termSpin, f.amountLabel, f.termLabel):
            w.setEnabled(approving)
        case = self.case
        if case is None:
            return
        auth = case.authority
        lines = [f"您的授权额度：<b>{format_yuan(auth.limit)}</b>；本笔为第 {auth.level} 级审批"
                 + (f"（第 {case.round} 轮）" if case.round > 1 else "") + "。"]
        if not auth.may_decide:
            lines.append(f"<span style='color:#b00020'>不能审批：{escape(auth.reason_text)}。</span>")
        elif approving and _hard_block_text(case):
            lines.append(f"<span style='color:#b00020'>{escape(_hard_block_text(case))}"
                         "批准即为人工否决系统建议，请在审批意见中写明理由。</span>")
        if auth.may_decide and approving:
            amount = self._amount_or_none()
            if amount is not None and amount > auth.limit:
                lines.append("<span style='color:#8a5300'>批准金额超出您的授权额度：提交后将作为审批建议"
                             "报上一级（授权额度更高的审批人）审批，您的意见将保留。</span>")
        self.form.authorityLabel.setText("<br>".join(lines))

    def _amount_or_none(self) -> Decimal | None:
        try:
            return parse_amount(self.form.amountEdit.text())
        except ValueError:
            return None

    def submit(self) -> None:
        case = self.case
        f = self.form
        if case is None:
            return
        decision = self.choice()
        if decision is None:
            common.show_message(f.messageLabel, "请选择审批结论：批准、拒绝或需进一步调查。", "error")
            return
        opinion = f.opinionEdit.toPlainText().strip()
        if len(opinion) < approval.MIN_OPINION:
            common.show_message(f.messageLabel, f"请填写审批意见（至少 {approval.MIN_OPINION} 个字）。", "error")
            f.opinionEdit.setFocus()
            return
        amount: Decimal | None = None
        term: int | None = None
        label = approval.DECISION_LABELS[decision]
        what = f"“{label}”决定"
        notes = ""
        if decision == "approve":
            requested = case.application.amount
            try:
                amount = parse_amount(f.amountEdit.text())
            except ValueError as exc:
                common.show_message(f.messageLabel, f"批准金额：{exc}", "error")
                f.amountEdit.setFocus()
                return
            if amount <= 0:
                common.show_message(f.messageLabel, "批准金额必须大于零。", "error")
                f.amountEdit.setFocus()
                return
            if amount > requested:
                common.show_message(f.messageLabel, f"批准金额不能高于申请金额 {format_yuan(requested)}。", "error")
                f.amountEdit.setFocus()
                return
            term = f.termSpin.value()
            what = f"“{label}”决定：批准金额 {format_yuan(amount)}，期限 {term} 个月"
            if amount < requested or term < case.application.term_months:
                what += f"（申请 {format_yuan(requested)} / {case.application.term_months} 个月）"
            if amount > case.authority.limit:
                notes += (f"\n该金额超出您的授权额度 {format_yuan(case.authority.limit)}，"
                          "将作为审批建议报上级审批。")
            if _hard_block_text(case):
                notes += "\n注意：" + _hard_block_text(case)
        if not common.confirm(self, "提交审批意见",
                              f"确认对 {case.application.application_no} 作出{what}？{notes}\n"
                              "审批意见提交后不可修改或撤回。"):
            return
        f.submitButton.setEnabled(False)
        app_id = case.application.id

        def done(result: DecisionResult) -> None:
            f.submitButton.setEnabled(True)
            kind = "warn" if result.escalated else "ok"
            common.show_message(f.messageLabel, result.message, kind)
            self.ctx.signals.sig_application_changed.emit(app_id)
            self.ctx.signals.sig_status.emit(result.message)
            self.sig_decided.emit(app_id, result.message)
            self.reload_keeping(app_id, result.message, kind, keep_inputs=False)

        def failed(exc: BaseException) -> None:
            f.submitButton.setEnabled(True)
            from loandesk.ui.errors import user_message

            message = user_message(exc)
            common.show_message(f.messageLabel, message, "error")
            # The authority may have changed meanwhile: reload, but keep the message and the inputs.
            self.reload_keeping(app_id, message, "error", keep_inputs=True)

        common.call(self.ctx, self, lambda s: approval.decide(s, self.ctx.actor, app_id, decision, opinion,
                                                              amount=amount, term_months=term),
                    done, write=True, on_error=failed)

    def _view_document(self) -> None:
        t = self.form.documentsTable
        row = t.currentRow()
        if row < 0 or t.item(row, 0) is None:
            common.show_message(self.form.messageLabel, "请先选择一份资料。", "info")
            return
        doc_id = t.item(row, 0).data(256)
        from loandesk.services import documents

        def show(data: bytes) -> None:
            from loandesk.ui.approval.dialogs import show_document

            show_document(self, data, t.item(row, 0).text())

        common.call(self.ctx, self, lambda s: documents.document_content(s, self.ctx.actor, doc_id,
                                                                         blobs=common.blobs(self.ctx)),
                    show, write=True, label=self.form.messageLabel)
