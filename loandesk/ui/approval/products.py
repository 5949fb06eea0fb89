"""贷款产品 maintenance: the catalogue, each product's immutable versions, new versions.

``ProductsWidget(ctx)`` is self-contained so the 系统管理 tab can embed it; it is also a page of
the 贷款审批 tab for anyone who may view products. Editing needs ``product.manage`` (admins):
saving writes a *new version* through ``services.products.new_version``; applications already
made keep the version they were made under.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from html import escape
from typing import Any

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QWidget

from loandesk.domain.documents import DEFAULT_CHECKLISTS, Checklist
from loandesk.domain.money import format_yuan, parse_amount
from loandesk.domain.schedule import METHOD_LABELS
from loandesk.services import products
from loandesk.services.products import ProductTerms, ProductVersionView, ProductView
from loandesk.ui.approval import common
from loandesk.ui.approval.dialogs import pydate, qdate
from loandesk.ui.approval.models import Column, RowsModel, day, local
from loandesk.ui.context import AppContext
from loandesk.ui.errors import user_message
from loandesk.ui.forms.ui_product_panel import Ui_ProductPanel
from loandesk.ui.forms.ui_product_version_dialog import Ui_ProductVersionDialog

KEEP_CHECKLIST = "__keep__"


def _pct(rate: Decimal | None) -> str:
    if rate is None:
        return ""
    return f"{(rate * 100).normalize():f}%"


def terms_html(v: ProductVersionView) -> str:
    t = v.terms
    rows = [
        ("版本", f"第 {v.version_no} 版{'（当前）' if v.is_current else ''}，{day(v.effective_from)} 起生效"),
        ("修改说明", escape(v.change_note)), ("创建", f"{escape(v.created_by_name)} · {local(v.created_at)}"),
        ("产品类型", escape(t.product_type)),
        ("金额范围", f"{format_yuan(t.min_amount)} – {format_yuan(t.max_amount)}"),
        ("期限范围", f"{t.min_term_months} – {t.max_term_months} 个月"),
        ("还款方式", "、".join(METHOD_LABELS.get(m, m) for m in t.repayment_methods)),
        ("担保方式", "、".join(products.GUARANTEE_TYPES.get(g, g) for g in t.guarantee_types)),
        ("利率", escape(v.rate_label())),
        ("罚息上浮", f"逾期 {_pct(t.penalty_uplift)}，挪用 {_pct(t.misuse_uplift)}"),
        ("计息基准", escape(t.day_count)),
        ("年龄", f"{t.min_age}–{t.max_age} 岁，到期不超过 {t.max_age_at_maturity} 岁"),
        ("负债收入比上限", _pct(t.dti_limit)),
        ("资料清单", escape(t.checklist.name) + "：" + "、".join(
            escape(i.label) + ("" if i.required else "（可选）") for i in t.checklist.items)),
        ("审核规则集 / 评分卡", f"{escape(t.rule_set_id)} / {escape(t.scorecard_pack_id)}"),
        ("说明", escape(t.description) or "—"),
    ]
    cells = "".join(f"<tr><td style='color:#555; padding:2px 10px 2px 0'>{k}</td><td>{val}</td></tr>"
                    for k, val in rows)
    return f"<table>{cells}</table>"


PRODUCT_COLUMNS: list[Column[ProductView]] = [
    Column("代码", lambda p: p.code),
    Column("名称", lambda p: p.name),
    Column("类型", lambda p: p.product_type),
    Column("版本", lambda p: f"第{p.current.version_no}版", right=True),
    Column("利率", lambda p: p.current.rate_label()),
    Column("金额范围（元）", lambda p: f"{p.current.terms.min_amount:,.0f}–{p.current.terms.max_amount:,.0f}"),
    Column("期限（月）", lambda p: f"{p.current.terms.min_term_months}–{p.current.terms.max_term_months}"),
    Column("状态", lambda p: "在办" if p.status == "active" else "已停办",
           color=lambda p: None if p.status == "active" else "#9e9e9e"),
]
VERSION_COLUMNS: list[Column[ProductVersionView]] = [
    Column("版本", lambda v: f"第{v.version_no}版" + ("（当前）" if v.is_current else "")),
    Column("生效日期", lambda v: day(v.effective_from)),
    Column("修改人", lambda v: v.created_by_name),
    Column("修改说明", lambda v: v.change_note),
]


class ProductVersionDialog(QDialog):
    """Create a product (``product`` None) or write its next version from the current terms."""

    def __init__(self, ctx: AppContext, product: ProductView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.product = product
        self.result_value: Any = None
        self.form = Ui_ProductVersionDialog()
        self.form.setupUi(self)
        f = self.form
        self.method_boxes: dict[str, QCheckBox] = {
            "equal_installment": f.methodEqualInstallment, "equal_principal": f.methodEqualPrincipal,
            "interest_only": f.methodInterestOnly, "bullet": f.methodBullet}
        self.guarantee_boxes: dict[str, QCheckBox] = {
            "credit": f.guaranteeCredit, "guarantor": f.guaranteeGuarantor, "mortgage": f.guaranteeMortgage,
            "pledge": f.guaranteePledge, "group": f.guaranteeGroup}
        f.typeCombo.addItems(list(products.PRODUCT_TYPES))
        for code, label in products.RATE_TYPES.items():
            f.rateTypeCombo.addItem(label, code)
        for code, label in products.LPR_TENORS.items():
            f.tenorCombo.addItem(label, code)
        f.dayCountCombo.addItem("30/360（按月计息）", "30/360")
        f.dayCountCombo.addItem("实际天数/360", "actual/360")
        if product is not None:
            f.checklistCombo.addItem(f"沿用当前清单（{product.current.terms.checklist.name}）", KEEP_CHECKLIST)
        for code, checklist in DEFAULT_CHECKLISTS.items():
            f.checklistCombo.addItem(f"标准清单：{checklist.name}", code)
        f.rateTypeCombo.currentIndexChanged.connect(self._rate_type_changed)
        f.effectiveDate.setDate(qdate(date.today()))
        f.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("保存为新版本" if product else "新建产品")
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        f.buttonBox.accepted.connect(self._try)
        f.buttonBox.rejected.connect(self.reject)
        if product is None:
            self.setWindowTitle("新建贷款产品")
            self.fill(products.default_catalogue()[0][1], code="")
            f.nameEdit.clear()
            f.noteEdit.setText("新建产品")
        else:
            self.setWindowTitle(f"修改产品条款：{product.name}（当前第 {product.current.version_no} 版）")
            self.fill(product.current.terms, code=product.code)
            f.codeEdit.setReadOnly(True)
        self._rate_type_changed()

    def fill(self, t: ProductTerms, *, code: str) -> None:
        f = self.form
        f.codeEdit.setText(code)
        f.nameEdit.setText(t.name)
        f.typeCombo.setCurrentText(t.product_type)
        f.minAmountEdit.setText(f"{t.min_amount:f}")
        f.maxAmountEdit.setText(f"{t.max_amount:f}")
        f.minTermSpin.setValue(t.min_term_months)
        f.maxTermSpin.setValue(t.max_term_months)
        for key, box in self.method_boxes.items():
            box.setChecked(key in t.repayment_methods)
        for key, box in self.guarantee_boxes.items():
            box.setChecked(key in t.guarantee_types)
        f.rateTypeCombo.setCurrentIndex(max(0, f.rateTypeCombo.findData(t.rate_type)))
        f.rateEdit.setText("" if t.annual_rate is None else f"{(t.annual_rate * 100).normalize():f}")
        f.tenorCombo.setCurrentIndex(max(0, f.tenorCombo.findData(t.lpr_tenor)))
        f.spreadSpin.setValue(t.spread_bp)
        f.penaltySpin.setValue(int(t.penalty_uplift * 100))
        f.misuseSpin.setValue(int(t.misuse_uplift * 100))
        f.dayCountCombo.setCurrentIndex(max(0, f.dayCountCombo.findData(t.day_count)))
        f.dtiSpin.setValue(int(t.dti_limit * 100))
        f.minAgeSpin.setValue(t.min_age)
        f.maxAgeSpin.setValue(t.max_age)
        f.maturityAgeSpin.setValue(t.max_age_at_maturity)
        f.ruleSetEdit.setText(t.rule_set_id)
        f.packEdit.setText(t.scorecard_pack_id)
        f.descriptionEdit.setPlainText(t.description)

    def _rate_type_changed(self, _i: int = 0) -> None:
        f = self.form
        fixed = f.rateTypeCombo.currentData() == "fixed"
        for w in (f.rateEdit, f.rateLabel):
            w.setEnabled(fixed)
        for w in (f.tenorCombo, f.tenorLabel, f.spreadSpin, f.spreadLabel):
            w.setEnabled(not fixed)

    def collect(self) -> ProductTerms:
        """The terms typed; ValueError (Chinese) on what cannot even be parsed."""
        f = self.form
        try:
            min_amount = parse_amount(f.minAmountEdit.text())
            max_amount = parse_amount(f.maxAmountEdit.text())
        except ValueError as exc:
            raise ValueError(f"金额范围：{exc}") from None
        rate: Decimal | None = None
        if f.rateTypeCombo.currentData() == "fixed":
            try:
                rate = (Decimal(f.rateEdit.text().strip().rstrip("%")) / 100).normalize()
            except InvalidOperation:
                raise ValueError("固定年利率请填写百分数，如 5.8") from None
        choice = f.checklistCombo.currentData()
        checklist: Checklist = (self.product.current.terms.checklist if choice == KEEP_CHECKLIST and self.product
                                else DEFAULT_CHECKLISTS[choice])
        base = self.product.current.terms if self.product else products.default_catalogue()[0][1]
        return replace(
            base, name=f.nameEdit.text().strip(), product_type=f.typeCombo.currentText().strip(),
            min_amount=min_amount, max_amount=max_amount, min_term_months=f.minTermSpin.value(),
            max_term_months=f.maxTermSpin.value(),
            repayment_methods=tuple(k for k, b in self.method_boxes.items() if b.isChecked()),
            guarantee_types=tuple(k for k, b in self.guarantee_boxes.items() if b.isChecked()),
            checklist=checklist, rate_type=str(f.rateTypeCombo.currentData()), annual_rate=rate,
            lpr_tenor=str(f.tenorCombo.currentData()), spread_bp=f.spreadSpin.value(),
            penalty_uplift=Decimal(f.penaltySpin.value()) / 100, misuse_uplift=Decimal(f.misuseSpin.value()) / 100,
            day_count=str(f.dayCountCombo.currentData()), min_age=f.minAgeSpin.value(), max_age=f.maxAgeSpin.value(),
            max_age_at_maturity=f.maturityAgeSpin.value(), dti_limit=Decimal(f.dtiSpin.value()) / 100,
            rule_set_id=f.ruleSetEdit.text().strip(), scorecard_pack_id=f.packEdit.text().strip(),
            description=f.descriptionEdit.toPlainText().strip(),
        )

    def _try(self) -> None:
        f = self.form
        try:
            terms = self.collect()
        except ValueError as exc:
            common.show_message(f.messageLabel, str(exc), "error")
            return
        note, effective, actor = f.noteEdit.text().strip(), pydate(f.effectiveDate.date()), self.ctx.actor
        if self.product is None:
            code = f.codeEdit.text()

            def work(s):  # noqa: ANN001
                return products.create_product(s, actor, code, terms, change_note=note, effective_from=effective)
        else:
            pid = self.product.id

            def work(s):  # noqa: ANN001
                return products.new_version(s, actor, pid, terms, change_note=note, effective_from=effective)
        f.buttonBox.setEnabled(False)

        def done(result: Any) -> None:
            f.buttonBox.setEnabled(True)
            self.result_value = result
            self.accept()

        def failed(exc: BaseException) -> None:
            f.buttonBox.setEnabled(True)
            common.show_message(f.messageLabel, user_message(exc), "error")

        common.call(self.ctx, self, work, done, write=True, on_error=failed)


class ProductsWidget(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, rights: set[str] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_ProductPanel()
        self.form.setupUi(self)
        f = self.form
        granted = rights if rights is not None else common.rights(ctx, ("product.manage",))
        self.can_manage = "product.manage" in granted
        self.products: RowsModel[ProductView] = RowsModel(PRODUCT_COLUMNS, self)
        self.versions: RowsModel[ProductVersionView] = RowsModel(VERSION_COLUMNS, self)
        f.productsView.setModel(self.products)
        f.versionsView.setModel(self.versions)
        common.setup_table(f.productsView)
        common.setup_table(f.versionsView)
        for w in (f.newProductButton, f.newVersionButton, f.statusButton):
            w.setVisible(self.can_manage)
        f.refreshButton.clicked.connect(self.refresh)
        f.retiredCheck.toggled.connect(lambda _c: self.refresh())
        f.productsView.selectionModel().currentRowChanged.connect(lambda *_: self._product_selected())
        f.versionsView.selectionModel().currentRowChanged.connect(lambda *_: self._version_selected())
        f.newProductButton.clicked.connect(self.new_product)
        f.newVersionButton.clicked.connect(self.new_version)
        f.statusButton.clicked.connect(self.toggle_status)
        self._loaded = False
        self._product_selected()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def current(self) -> ProductView | None:
        index = self.form.productsView.currentIndex()
        return self.products.row(index.row()) if index.isValid() else None

    def refresh(self, keep: str | None = None) -> None:
        keep = keep or (self.current().id if self.current() else None)
        retired = self.form.retiredCheck.isChecked()

        def done(rows: list[ProductView]) -> None:
            self.products.set_rows(rows)
            common.fit_columns(self.form.productsView)
            for i, p in enumerate(rows):
                if p.id == keep or keep is None:
                    self.form.productsView.selectRow(i)
                    break
            self._product_selected()

        common.call(self.ctx, self, lambda s: products.list_products(s, self.ctx.actor, include_retired=retired), done,
                    label=self.form.messageLabel)

    def _product_selected(self) -> None:
        p = self.current()
        f = self.form
        f.newVersionButton.setEnabled(p is not None)
        f.statusButton.setEnabled(p is not None)
        if p is None:
            self.versions.set_rows([])
            f.termsBrowser.clear()
            return
        f.statusButton.setText("停办" if p.status == "active" else "恢复办理")

        def done(rows: list[ProductVersionView]) -> None:
            now = self.current()
            if now is None or now.id != p.id:
                return  # a later selection's answer will come
            self.versions.set_rows(list(reversed(rows)))
            common.fit_columns(self.form.versionsView)
            if rows:
                self.form.versionsView.selectRow(0)
            self._version_selected()

        common.call(self.ctx, self, lambda s: products.list_versions(s, self.ctx.actor, p.id), done,
                    label=self.form.messageLabel)

    def _version_selected(self) -> None:
        index = self.form.versionsView.currentIndex()
        v = self.versions.row(index.row()) if index.isValid() else None
        self.form.termsBrowser.setHtml(terms_html(v) if v else "")

    def new_product(self) -> None:
        dlg = ProductVersionDialog(self.ctx, None, self)
        if common.run_dialog(dlg) and dlg.result_value is not None:
            common.show_message(self.form.messageLabel, f"已新建产品“{dlg.result_value.name}”。", "ok")
            self.refresh(dlg.result_value.id)

    def new_version(self) -> None:
        p = self.current()
        if p is None:
            return
        dlg = ProductVersionDialog(self.ctx, p, self)
        if common.run_dialog(dlg) and dlg.result_value is not None:
            v: ProductVersionView = dlg.result_value
            common.show_message(self.form.messageLabel,
                                f"已保存“{p.name}”第 {v.version_no} 版；已受理的申请仍按原版本执行。", "ok")
            self.refresh(p.id)

    def toggle_status(self) -> None:
        p = self.current()
        if p is None:
            return
        active = p.status != "active"
        if not active and not common.confirm(self, "停办产品", f"停办“{p.name}”后不能再受理新申请，已受理的不受影响。确认停办？"):
            return
        common.call(self.ctx, self, lambda s: products.set_product_status(s, self.ctx.actor, p.id, active),
                    lambda view: self.refresh(view.id), write=True, label=self.form.messageLabel)
