"""ID-card OCR: the parser on synthetic OCR output, and the real engine on a card the test renders."""

from __future__ import annotations

import importlib.util
import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from loandesk.services import id_ocr
from loandesk.services.documents import DocumentRejected
from loandesk.services.id_ocr import OcrBox, parse_id_front
from tests.services._fixtures_documents import pdf_bytes, valid_id

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
ID_A = valid_id("330106", "19900307", "123")  # male (odd 17th digit)
ID_F = valid_id("433101", "19851231", "042")  # female


def box(row: int, x: int, text: str, score: float = 0.99, w: int | None = None) -> OcrBox:
    y = 60 * row
    return OcrBox(x, y, x + (w or 30 * len(text)), y + 28, text, score)


# --- parser (no engine needed) ----------------------------------------------------------------------

def test_parse_split_labels_and_values():
    boxes = [
        box(1, 57, "姓名"), box(1, 147, "张三丰"),
        box(2, 58, "性别"), box(2, 147, "男"), box(2, 247, "民族"), box(2, 331, "汉"),
        box(3, 57, "出生"), box(3, 149, "1990"), box(3, 237, "年3月7日"),
        box(4, 58, "住址"), box(4, 150, "浙江省杭州市西湖区文三路", 0.95),
        box(5, 150, "100号3幢201室"),
        box(8, 60, "公民身份号码"), box(8, 249, ID_A, 0.97),
    ]
    p = parse_id_front(boxes)
    assert p.name.value == "张三丰"
    assert p.gender.value == "male"
    assert p.ethnicity.value == "汉"
    assert p.birth_date.value == date(1990, 3, 7) and "一致" in p.birth_date.note
    assert p.address.value == "浙江省杭州市西湖区文三路100号3幢201室"
    assert p.address.confidence == pytest.approx(0.95)
    assert p.id_number.value == ID_A and p.id_number.confidence == pytest.approx(0.97)
    assert p.warnings == ()


def test_parse_merged_boxes_fullwidth_and_long_ethnic_name():
    boxes = [
        box(0, 50, "姓名欧阳娜娜"),
        box(1, 50, "性别女　民族土家"),
        box(2, 50, "出生１９８５年１２月３１日"),
        box(3, 50, "住址湖南省湘西土家族苗族自治州"),
        box(4, 120, "吉首市人民路8号"),
        box(6, 50, f"公民身份号码{ID_F}"),
    ]
    p = parse_id_front(boxes)
    assert (p.name.value, p.gender.value, p.ethnicity.value) == ("欧阳娜娜", "female", "土家")
    assert p.birth_date.value == date(1985, 12, 31)
    assert p.address.value == "湖南省湘西土家族苗族自治州吉首市人民路8号"
    assert p.id_number.value == ID_F


def test_id_number_only_offered_when_the_check_digit_passes():
    bad = ID_A[:-1] + ("0" if ID_A[-1] != "0" else "1")
    p = parse_id_front([box(0, 50, "姓名张三"), box(5, 50, f"公民身份号码{bad}")])
    assert p.id_number is None
    assert any("校验位" in w for w in p.warnings)
    assert p.name.value == "张三"


def test_lookalike_characters_are_corrected_only_if_the_check_passes():
    garbled = ID_A.replace("0", "O", 1).replace("1", "l", 1)
    p = parse_id_front([box(5, 50, "公民身份号码"), box(5, 240, garbled)])
    assert p.id_number.value == ID_A
    assert "纠正" in p.id_number.note


def test_number_wins_over_misread_gender_and_birth():
    boxes = [
        box(0, 50, "姓名张三"), box(1, 50, "性别女民族汉"), box(2, 50, "出生1990年8月7日"),
        box(5, 50, f"公民身份号码{ID_A}"),
    ]
    p = parse_id_front(boxes)
    assert p.gender.value == "male" and p.gender.confidence <= 0.5
    assert p.birth_date.value == date(1990, 3, 7)
    assert len(p.warnings) == 2


def test_fields_derived_from_number_when_not_printed_legibly():
    p = parse_id_front([box(0, 50, "姓名王五"), box(4, 50, f"公民身份号码{ID_F}")])
    assert p.gender.value == "female" and "号码" in p.gender.note
    assert p.birth_date.value == date(1985, 12, 31)
    assert p.ethnicity is None and p.address is None


def test_unknown_ethnicity_is_a_warning_not_a_guess():
    p = parse_id_front([box(1, 50, "性别男民族火星")])
    assert p.ethnicity is None and any("56 个民族" in w for w in p.warnings)


def test_nothing_recognised():
    p = parse_id_front([])
    assert not p.found_anything


# --- the real engine ----------------------------------------------------------------------------------

def render_card(name: str, gender: str, nation: str, birth: date, address: tuple[str, ...], number: str,
                scale: float = 1.0) -> Image.Image:
    """A card front in the real layout (85.6 × 54 mm at 10 px/mm): blue labels, black values."""

    def s(v: float) -> int:
        return round(v * scale)

    im = Image.new("RGB", (s(856), s(540)), (236, 240, 236))
    d = ImageDraw.Draw(im)
    lab = ImageFont.truetype(str(FONT), s(22), index=0)
    val = ImageFont.truetype(str(FONT), s(28), index=0)
    num = ImageFont.truetype(str(FONT), s(32), index=0)
    blue, black = (40, 90, 160), (20, 20, 20)
    d.text((s(60), s(60)), "姓 名", font=lab, fill=blue)
    d.text((s(150), s(56)), name, font=val, fill=black)
    d.text((s(60), s(120)), "性 别", font=lab, fill=blue)
    d.text((s(150), s(116)), gender, font=val, fill=black)
    d.text((s(250), s(120)), "民 族", font=lab, fill=blue)
    d.text((s(340), s(116)), nation, font=val, fill=black)
    d.text((s(60), s(180)), "出 生", font=lab, fill=blue)
    d.text((s(150), s(176)), str(birth.year), font=val, fill=black)
    d.text((s(240), s(180)), "年", font=lab, fill=blue)
    d.text((s(285), s(176)), str(birth.month), font=val, fill=black)
    d.text((s(320), s(180)), "月", font=lab, fill=blue)
    d.text((s(365), s(176)), str(birth.day), font=val, fill=black)
    d.text((s(400), s(180)), "日", font=lab, fill=blue)
    d.text((s(60), s(240)), "住 址", font=lab, fill=blue)
    for i, line in enumerate(address):
        d.text((s(150), s(236 + 42 * i)), line, font=val, fill=black)
    d.text((s(60), s(440)), "公民身份号码", font=lab, fill=blue)
    d.text((s(250), s(434)), number, font=num, fill=black)
    d.rectangle((s(600), s(80), s(800), s(330)), fill=(200, 205, 215))  # photo area
    return im


def _jpeg(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90)
    return buf.getvalue()


needs_engine = pytest.mark.skipif(
    importlib.util.find_spec("rapidocr_onnxruntime") is None,
    reason="rapidocr-onnxruntime (extra 'ocr') is not installed: the offline OCR engine cannot run",
)
needs_font = pytest.mark.skipif(not FONT.exists(), reason="fonts-wqy-microhei is needed to render the test card")


@needs_engine
@needs_font
def test_ocr_reads_a_rendered_card():
    assert id_ocr.ocr_available()
    card = render_card("张三丰", "男", "汉", date(1990, 3, 7), ("浙江省杭州市西湖区文三路", "100号3幢201室"), ID_A)
    steps: list[tuple[int, int, str]] = []
    p = id_ocr.recognise_id_front(_jpeg(card), progress=lambda d, n, t: steps.append((d, n, t)))
    assert p.name.value == "张三丰"
    assert p.gender.value == "male"
    assert p.ethnicity.value == "汉"
    assert p.birth_date.value == date(1990, 3, 7)
    assert p.address.value == "浙江省杭州市西湖区文三路100号3幢201室"
    assert p.id_number.value == ID_A
    assert all(0.5 < f.confidence <= 1.0 for f in (p.name, p.gender, p.birth_date, p.address, p.id_number))
    assert steps[0][0] == 0 and steps[-1][0] == steps[-1][1]  # progress runs from start to done


@needs_engine
@needs_font
def test_ocr_sideways_photo_and_female_card():
    card = render_card("欧阳娜娜", "女", "土家", date(1985, 12, 31), ("湖南省湘西土家族苗族自治州", "吉首市人民路8号"), ID_F)
    p = id_ocr.recognise_id_front(_jpeg(card.rotate(90, expand=True)))
    assert p.id_number.value == ID_F
    assert p.name.value == "欧阳娜娜"
    assert p.gender.value == "female" and p.ethnicity.value == "土家"


@needs_engine
def test_ocr_progress_can_cancel():
    class Stop(Exception):
        pass

    def progress(done: int, total: int, text: str) -> None:
        if done >= 2:
            raise Stop

    with pytest.raises(Stop):
        id_ocr.recognise_id_front(_jpeg(Image.new("RGB", (400, 250), "white")), progress=progress)


def test_ocr_refuses_pdf_and_garbage():
    with pytest.raises(DocumentRejected, match="PDF"):
        id_ocr.recognise_id_front(pdf_bytes(1))
    with pytest.raises(DocumentRejected):
        id_ocr.recognise_id_front(b"not an image at all")


def test_unavailable_engine_gives_a_chinese_reason(monkeypatch):
    monkeypatch.setattr(id_ocr, "_engine", None)
    monkeypatch.setattr(id_ocr.importlib.util, "find_spec", lambda name: None)
    assert not id_ocr.ocr_available()
    with pytest.raises(id_ocr.OcrUnavailable, match="离线识别组件"):
        id_ocr.recognise_id_front(_jpeg(Image.new("RGB", (100, 60), "white")))
