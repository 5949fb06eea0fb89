"""从身份证识别: the button in the real customer form, the confirm dialog, cancel, the disabled path.

One test runs the real offline engine (rapidocr-onnxruntime) on a card the test renders itself
with a CJK font; it is slow on a loaded machine, so the others replace the recogniser.
"""

from __future__ import annotations

import importlib.util
import io
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from loandesk.domain.documents import DocType
from loandesk.services import documents as docs
from loandesk.services import id_ocr
from loandesk.services.id_ocr import FieldProposal, IdCardProposals
from loandesk.store.attachments import BlobStore
from loandesk.ui.context import AppContext
from loandesk.ui.customers import ocr
from loandesk.ui.customers.ocr import OcrConfirmDialog, OcrFillAction, OcrOutcome, OcrProposal
from loandesk.ui.tasks import wait_db_idle
from tests.gui.customer_helpers import CONSENTS, create, id_number, open_tab

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
CARD_ID = id_number("19900307", 123)


def render_card(name: str, gender: str, nation: str, birth: date, address: tuple[str, ...], number: str) -> bytes:
    """A card front in the real layout (85.6 × 54 mm at 10 px/mm): blue labels, black values; JPEG."""
    im = Image.new("RGB", (856, 540), (236, 240, 236))
    d = ImageDraw.Draw(im)
    lab = ImageFont.truetype(str(FONT), 22, index=0)
    val = ImageFont.truetype(str(FONT), 28, index=0)
    num = ImageFont.truetype(str(FONT), 32, index=0)
    blue, black = (40, 90, 160), (20, 20, 20)
    d.text((60, 60), "姓 名", font=lab, fill=blue)
    d.text((150, 56), name, font=val, fill=black)
    d.text((60, 120), "性 别", font=lab, fill=blue)
    d.text((150, 116), gender, font=val, fill=black)
    d.text((250, 120), "民 族", font=lab, fill=blue)
    d.text((340, 116), nation, font=val, fill=black)
    d.text((60, 180), "出 生", font=lab, fill=blue)
    for x, text, font in ((150, str(birth.year), val), (240, "年", lab), (285, str(birth.month), val),
                          (320, "月", lab), (365, str(birth.day), val), (400, "日", lab)):
        d.text((x, 176 if font is val else 180), text, font=font, fill=black if font is val else blue)
    d.text((60, 240), "住 址", font=lab, fill=blue)
    for i, line in enumerate(address):
        d.text((150, 236 + 42 * i), line, font=val, fill=black)
    d.text((60, 440), "公民身份号码", font=lab, fill=blue)
    d.text((250, 434), number, font=num, fill=black)
    d.rectangle((600, 80, 800, 330), fill=(200, 205, 215))  # photo area
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def new_form(qtbot, db, actor, tmp_path):
    tab = open_tab(qtbot, db, actor, tmp_path)
    tab.new_customer()
    form = tab.form
    qtbot.waitUntil(lambda: form._clerks is not None, timeout=5000)
    return tab, form


def proposals(**over) -> IdCardProposals:
    base = dict(
        name=FieldProposal("张三丰", 0.98), gender=FieldProposal("male", 0.97), ethnicity=FieldProposal("汉", 0.95),
        birth_date=FieldProposal(date(1990, 3, 7), 0.99, "与身份证号码一致"),
        address=FieldProposal("浙江省杭州市西湖区文三路100号3幢201室", 0.7),
        id_number=FieldProposal(CARD_ID, 0.99, "号码已通过校验位检查"), lines=("姓名张三丰", "性别男民族汉"),
    )
    base.update(over)
    return IdCardProposals(**base)  # type: ignore[arg-type]


def outcome(p: IdCardProposals) -> OcrOutcome:
    from PySide6.QtGui import QImage

    image = QImage(856, 540, QImage.Format.Format_RGB32)
    image.fill(0xFFECF0EC)
    return OcrOutcome(p, image)


@pytest.fixture
def host(qtbot, db, actors):
    w = QWidget()
    qtbot.addWidget(w)
    ctx = AppContext(db=db, actor=actors["clerk"], branch_name="测试支行", branch_code="3301")
    return ctx, w


@pytest.fixture
def no_modals(monkeypatch):
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(ocr, "inform", lambda _p, title, text: said.append((title, text)))
    monkeypatch.setattr(ocr, "warn", lambda _p, title, text: said.append((title, text)))
    monkeypatch.setattr(ocr, "ask_source", lambda *_a: pytest.fail("unexpected source question"))
    return said


# --- the real engine, once ------------------------------------------------------------------------

@pytest.mark.skipif(importlib.util.find_spec("rapidocr_onnxruntime") is None or not FONT.exists(),
                    reason="needs rapidocr-onnxruntime (extra 'ocr') and fonts-wqy-microhei")
def test_ocr_fills_the_real_form_from_a_rendered_card(qtbot, db, actors, tmp_path, monkeypatch, no_modals):
    card = tmp_path / "身份证正面.jpg"
    card.write_bytes(render_card("张三丰", "男", "汉", date(1990, 3, 7), ("浙江省杭州市西湖区文三路", "100号3幢201室"),
                                 CARD_ID))
    monkeypatch.setattr(ocr, "choose_image", lambda _p: str(card))
    seen: dict[str, object] = {}

    def confirm(parent, result):
        dlg = OcrConfirmDialog(parent, result)
        qtbot.addWidget(dlg)
        t = dlg.form.fieldTable
        seen["rows"] = {t.item(r, 1).text(): t.item(r, 2).text() for r in range(t.rowCount())}
        seen["image"] = dlg.form.imageLabel.pixmap().isNull()
        return dlg.proposal()

    monkeypatch.setattr(ocr, "confirm", confirm)
    _tab, form = new_form(qtbot, db, actors["clerk"], tmp_path)
    button = form.ocr_control
    assert isinstance(button, OcrFillAction) and button.button is button
    assert button.text() == "从身份证识别" and button.isEnabled()
    button.click()
    assert button.running and not button.isEnabled()  # the work is off the GUI thread
    qtbot.waitUntil(lambda: "rows" in seen, timeout=240_000)
    rows = seen["rows"]
    assert rows["姓名"] == "张三丰" and rows["性别"] == "男" and rows["民族"] == "汉"
    assert rows["出生日期"] == "1990年3月7日" and rows["公民身份号码"] == CARD_ID
    assert rows["住址"] == "浙江省杭州市西湖区文三路100号3幢201室"
    assert seen["image"] is False  # the card is shown beside the values
    f = form.form
    qtbot.waitUntil(lambda: f.idNumberEdit.text() == CARD_ID, timeout=5000)
    assert f.nameEdit.text() == "张三丰" and f.ethnicityCombo.currentText() == "汉"
    assert f.hukouAddressEdit.text() == "浙江省杭州市西湖区文三路100号3幢201室"
    assert f.genderEdit.text() == "男"  # derived from the number the OCR proposed
    assert "核对" in form.message()
    assert button.isEnabled() and not button.running and no_modals == []
    wait_db_idle()


# --- without the engine ---------------------------------------------------------------------------

def test_without_the_extra_the_button_is_disabled_with_a_tooltip(qtbot, db, actors, tmp_path, monkeypatch):
    monkeypatch.setattr(id_ocr, "ocr_available", lambda: False)
    _tab, form = new_form(qtbot, db, actors["clerk"], tmp_path)
    button = form.ocr_control
    assert isinstance(button, OcrFillAction)
    assert not button.isHidden() and not button.isEnabled()
    assert button.toolTip() == id_ocr.OCR_MISSING_HINT and "pip install" in button.toolTip()
    button.setEnabled(True)  # e.g. the form re-enabling its controls: stays off
    assert not button.isEnabled()
    button.start()
    assert not button.running
    wait_db_idle()


def test_confirm_dialog_offers_only_checked_values_and_valid_numbers(qtbot):
    bad = CARD_ID[:-1] + ("0" if CARD_ID[-1] != "0" else "1")
    p = proposals(id_number=FieldProposal(bad, 0.99), ethnicity=FieldProposal("汉", 0.3, "识别原文“汊”，请核对"),
                  warnings=("识别的性别与身份证号码不一致，已按号码填写，请核对。",))
    dlg = OcrConfirmDialog(None, outcome(p))
    qtbot.addWidget(dlg)
    dlg.show()
    t = dlg.form.fieldTable
    rows = {t.item(r, 1).text(): r for r in range(t.rowCount())}
    # A number failing its check digit is never offered, even if the service had let it through.
    assert t.item(rows["公民身份号码"], 2).text() == "—" and not dlg.checks["id_number"].isEnabled()
    assert "校验位" in t.item(rows["公民身份号码"], 4).text()
    # Low confidence: shown, not ticked; the clerk decides.
    assert not dlg.checks["ethnicity"].isChecked() and t.item(rows["民族"], 3).text() == "30%"
    assert dlg.checks["address"].isChecked() and t.item(rows["住址"], 3).toolTip()  # 70 %: ticked, flagged
    assert "性别与身份证号码不一致" in dlg.form.warningsLabel.text()
    assert "校验位" in dlg.form.warningsLabel.text()
    dlg.set_checked("name", False)
    accepted = dlg.proposal()
    assert accepted == OcrProposal(None, "male", None, date(1990, 3, 7), "浙江省杭州市西湖区文三路100号3幢201室", None)
    assert accepted.filled() == ["性别", "出生日期", "住址"]


def test_cancel_stops_the_work_and_nothing_is_filled(qtbot, host, tmp_path, monkeypatch, no_modals):
    ctx, w = host
    started = threading.Event()

    def slow(data, *, progress=None, today=None):
        started.set()
        for i in range(200):
            progress(i, 200, "正在识别文字")  # raises TaskCancelled once 取消 was pressed
            time.sleep(0.02)
        return proposals()

    monkeypatch.setattr(id_ocr, "recognise_id_front", slow)
    monkeypatch.setattr(ocr, "confirm", lambda *_a: pytest.fail("no confirm after cancel"))
    got: list[OcrProposal] = []
    action = OcrFillAction(ctx, w, got.append)
    action.recognise_bytes(b"\xff\xd8\xff fake jpeg")
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert action.running and action.busy is not None
    cancel = next(b for b in action.busy.dialog.findChildren(QPushButton) if b.text() == "取消")
    cancel.click()  # the 取消 button of the progress dialog
    qtbot.waitUntil(lambda: not action.running, timeout=10000)
    assert got == [] and no_modals == [] and action.isEnabled()


def test_unreadable_image_gets_a_chinese_message(qtbot, host, tmp_path, monkeypatch, no_modals):
    ctx, w = host
    path = tmp_path / "scan.jpg"
    path.write_bytes(b"%PDF-1.4 this is not an image")
    monkeypatch.setattr(ocr, "choose_image", lambda _p: str(path))
    action = OcrFillAction(ctx, w, lambda _p: pytest.fail("nothing to fill"))
    action.click()
    qtbot.waitUntil(lambda: bool(no_modals), timeout=10000)
    title, text = no_modals[0]
    assert title == "无法识别" and "PDF" in text
    qtbot.waitUntil(lambda: action.isEnabled(), timeout=5000)


def test_uses_the_id_scan_already_on_file(qtbot, db, actors, host, monkeypatch, no_modals):
    ctx, w = host
    customer = create(db, actors["clerk"], consents=CONSENTS)
    scan = render_card("张三丰", "男", "汉", date(1990, 3, 7), ("浙江省杭州市",), CARD_ID) if FONT.exists() else \
        _plain_jpeg()
    with db.write() as s:
        stored = docs.attach_document(s, actors["clerk"], customer.id, DocType.ID_FRONT, "front.jpg", scan,
                                      blobs=BlobStore.of(db))
    with db.read() as s:
        expected = BlobStore.of(db).get(s.get(docs.Document, stored.id).blob_id)
    w.customer_id = customer.id  # the form's attribute
    asked: list[str] = []
    monkeypatch.setattr(ocr, "ask_source", lambda _p, label: asked.append(label) or "stored")
    received: list[bytes] = []

    def fake(data, *, progress=None, today=None):
        received.append(data)
        return proposals()

    monkeypatch.setattr(id_ocr, "recognise_id_front", fake)
    monkeypatch.setattr(ocr, "confirm", lambda _p, result: OcrConfirmDialog(None, result).proposal())
    got: list[OcrProposal] = []
    action = OcrFillAction(ctx, w, got.append)
    action.click()
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    assert asked == ["身份证正面"] and received == [expected]
    assert got[0].id_number == CARD_ID and got[0].name == "张三丰"
    wait_db_idle()


def test_nothing_recognised_says_so(qtbot, host, monkeypatch, no_modals):
    ctx, w = host
    monkeypatch.setattr(id_ocr, "recognise_id_front",
                        lambda data, **_k: IdCardProposals(warnings=("未能识别出身份证信息：请确认上传的是身份证正面。",)))
    monkeypatch.setattr(ocr, "confirm", lambda *_a: pytest.fail("nothing to confirm"))
    action = OcrFillAction(ctx, w, lambda _p: pytest.fail("nothing to fill"))
    action.recognise_bytes(_plain_jpeg())
    qtbot.waitUntil(lambda: bool(no_modals), timeout=10000)
    assert no_modals[0][0] == "未能识别" and "身份证正面" in no_modals[0][1]


def _plain_jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (856, 540), (236, 240, 236)).save(buf, "JPEG")
    return buf.getvalue()


def test_confirm_dialog_accept_and_cancel(qtbot):
    dlg = OcrConfirmDialog(None, outcome(proposals()))
    qtbot.addWidget(dlg)
    box = dlg.form.buttonBox
    assert box.button(box.StandardButton.Ok).text() == "填入表单"
    assert box.button(box.StandardButton.Cancel).text() == "取消"
    dlg.show()
    dlg.form.buttonBox.accepted.emit()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.proposal().filled() == ["姓名", "性别", "民族", "出生日期", "住址", "公民身份号码"]
