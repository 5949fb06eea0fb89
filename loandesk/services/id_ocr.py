"""Offline OCR of the front of a resident ID card, to propose form fields for the clerk to confirm.

Why offline and optional: branches are often without network and ID images must not leave the
PC (PIPL art. 28), so recognition runs locally with rapidocr-onnxruntime, whose models ship in
the wheel. It is the optional extra `ocr`; without it `ocr_available()` is False and the UI
disables the button with `OCR_MISSING_HINT` as tooltip.

Nothing here is trusted blindly: every value is a *proposal* with a confidence; the ID number is
offered only when it passes the GB 11643 check digit; birth date and gender are cross-checked
against it. No database access, so the GUI runs this on its worker pool, never on the DB thread.
"""

from __future__ import annotations

import importlib.util
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PIL import Image

from loandesk.domain.idcard import InvalidIdNumber, parse_id_number
from loandesk.services.context import ServiceError

ProgressFn = Callable[[int, int, str], None]

OCR_MISSING_HINT = "未安装离线识别组件（rapidocr-onnxruntime）。请安装 LoanDesk 的 OCR 扩展（pip install loandesk[ocr]）后重启。"

ETHNIC_GROUPS: tuple[str, ...] = (
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
    "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
    "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
    "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
)
_ETHNIC_BY_LEN = sorted(ETHNIC_GROUPS, key=len, reverse=True)

OCR_LONG_SIDE = 1600  # card text is legible well below this; larger only costs seconds


class OcrUnavailable(ServiceError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(OCR_MISSING_HINT)
        self.detail = detail


@dataclass(frozen=True)
class FieldProposal:
    """One proposed value. ``confidence`` is 0–1 (the OCR score, lowered when checks disagree)."""

    value: Any
    confidence: float
    note: str = ""


@dataclass(frozen=True)
class IdCardProposals:
    name: FieldProposal | None = None
    gender: FieldProposal | None = None  # value "male" | "female" (same words as domain.idcard)
    ethnicity: FieldProposal | None = None  # e.g. "汉", "蒙古"
    birth_date: FieldProposal | None = None  # datetime.date
    address: FieldProposal | None = None
    id_number: FieldProposal | None = None  # only ever a number that passed the check digit
    warnings: tuple[str, ...] = ()
    lines: tuple[str, ...] = field(default=(), repr=False)  # recognised text, for the clerk only

    @property
    def found_anything(self) -> bool:
        return any((self.name, self.gender, self.ethnicity, self.birth_date, self.address, self.id_number))


# --- availability and engine -------------------------------------------------------------------

_engine: Any = None
_engine_lock = threading.Lock()
_import_error: str | None = None


def ocr_available() -> bool:
    """Cheap check (no import of the models) the UI can call to enable its button."""
    if _import_error is not None:
        return False
    return all(importlib.util.find_spec(m) is not None for m in ("rapidocr_onnxruntime", "onnxruntime"))


def _get_engine() -> Any:
    global _engine, _import_error
    with _engine_lock:
        if _engine is None:
            if not ocr_available():
                raise OcrUnavailable(_import_error or "module not installed")
            try:
                from rapidocr_onnxruntime import RapidOCR
            except Exception as exc:  # broken install (missing DLL, wrong numpy …)
                _import_error = f"{type(exc).__name__}"
                raise OcrUnavailable(_import_error) from None
            _engine = RapidOCR()
        return _engine


# --- recognition -------------------------------------------------------------------------------

@dataclass(frozen=True)
class OcrBox:
    """One recognised text box: left/top/right/bottom in pixels, text and score."""

    left: float
    top: float
    right: float
    bottom: float
    text: str
    score: float

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return self.bottom - self.top


def _notify(progress: ProgressFn | None, done: int, total: int, text: str) -> None:
    if progress is not None:
        progress(done, total, text)  # may raise to cancel (ui.tasks.TaskState does)


def recognise_id_front(data: bytes | Image.Image, *, progress: ProgressFn | None = None,
                       today: date | None = None) -> IdCardProposals:
    """OCR an ID-card front (JPEG/PNG/TIFF bytes or a PIL image) and propose the form fields.

    If the first pass finds no card, the image is tried turned by 90°, 270° and 180° (phone
    photos are often sideways). Raises OcrUnavailable without the extra, DocumentRejected for a
    file that is not an acceptable image. ``progress(done, total, text)`` may raise to cancel.
    """
    _notify(progress, 0, 6, "正在读取图片")
    image = _load(data)
    _notify(progress, 1, 6, "正在加载识别模型")
    engine = _get_engine()
    best: IdCardProposals | None = None
    best_rank = -1
    order: list[int] = [0]
    step = 0
    while step < len(order):
        angle = order[step]
        _notify(progress, 2 + step, 6, "正在识别文字" if angle == 0 else f"正在识别文字（旋转 {angle}°）")
        img = image if angle == 0 else image.rotate(angle, expand=True)
        boxes = _run(engine, img)
        boxes += _recover_missing_values(engine, img, boxes)
        proposals, upright = _parse(boxes, today)
        upright = upright and not _mostly_vertical(boxes)
        rank = _score(proposals) + (10 if upright else 0)
        if rank > best_rank:
            best, best_rank = proposals, rank
        if upright and _score(proposals) >= 6:  # the number at the bottom plus three fields
            break
        if step == 0:
            # Sideways photos give tall boxes; otherwise the only turn left is upside down.
            order += [90, 270, 180] if _mostly_vertical(boxes) else [180]
        step += 1
    _notify(progress, 6, 6, "识别完成")
    assert best is not None
    if not best.found_anything:
        return IdCardProposals(warnings=("未能识别出身份证信息：请确认上传的是身份证正面（人像面），图片清晰、无反光。",),
                               lines=best.lines)
    return best


def _mostly_vertical(boxes: Sequence[OcrBox]) -> bool:
    """Sideways photos give tall, narrow text boxes."""
    long_boxes = [b for b in boxes if len(b.text) >= 3]
    tall = sum(1 for b in long_boxes if b.height > (b.right - b.left))
    return bool(long_boxes) and tall * 2 > len(long_boxes)


def _recover_missing_values(engine: Any, img: Image.Image, boxes: Sequence[OcrBox]) -> list[OcrBox]:
    """Single-character values (男, 汉) are the detector's usual misses: read the strip to the
    right of a bare "性别"/"民族" label with recognition only (a few ms)."""
    extra: list[OcrBox] = []
    for label in ("性别", "民族"):
        for b in boxes:
            if not _norm(b.text).endswith(label):
                continue
            h = max(1.0, b.height)
            right_limit = min([o.left for o in boxes
                               if o is not b and o.left > b.right - 1 and abs(o.cy - b.cy) < h / 2] or [img.width])
            if right_limit - b.right < 3 * h:
                continue  # the value box is there already
            x0, x1 = b.right + 0.4 * h, min(b.right + 5 * h, right_limit - 0.1 * h)
            if x1 <= x0 + h or x0 >= img.width:
                continue
            crop = img.crop((int(x0), int(max(0, b.top - 0.2 * h)), int(min(img.width, x1)),
                             int(min(img.height, b.bottom + 0.2 * h))))
            with _engine_lock:
                result, _ = engine(crop, use_det=False, use_cls=False)
            for text, score in result or []:
                t = _norm(str(text))
                if t and float(score) >= 0.5:
                    extra.append(OcrBox(x0, b.top, min(float(img.width), x1), b.bottom, t, float(score)))
    return extra


def _score(p: IdCardProposals) -> int:
    return sum(1 for f in (p.name, p.gender, p.ethnicity, p.birth_date, p.address) if f) + 3 * (p.id_number is not None)


def _load(data: bytes | Image.Image) -> Image.Image:
    if isinstance(data, Image.Image):
        img = data.copy()
    else:
        from loandesk.services.documents import PDF, DocumentRejected, decode_image, sniff

        if sniff(bytes(data[:16])) == PDF:
            raise DocumentRejected("请上传身份证正面的图片（JPG/PNG），PDF 不能识别。")
        img = decode_image(bytes(data), "身份证正面")
    img = img.convert("RGB")
    if max(img.size) > OCR_LONG_SIDE:
        img.thumbnail((OCR_LONG_SIDE, OCR_LONG_SIDE), Image.Resampling.LANCZOS)
    return img


def _run(engine: Any, img: Image.Image) -> list[OcrBox]:
    with _engine_lock:  # RapidOCR keeps per-call state on the instance
        result, _elapsed = engine(img)
    boxes: list[OcrBox] = []
    for quad, text, score in result or []:
        xs = [float(p[0]) for p in quad]
        ys = [float(p[1]) for p in quad]
        boxes.append(OcrBox(min(xs), min(ys), max(xs), max(ys), str(text), float(score)))
    return boxes


# --- parsing (pure; unit-tested without the OCR engine) ----------------------------------------

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text.translate(_FULLWIDTH))


@dataclass(frozen=True)
class _Row:
    text: str
    score: float
    boxes: tuple[OcrBox, ...]


def group_rows(boxes: Sequence[OcrBox]) -> list[_Row]:
    """Reading order: boxes whose vertical centres are close form one row, left to right."""
    rows: list[list[OcrBox]] = []
    for b in sorted(boxes, key=lambda b: (b.cy, b.left)):
        for row in rows:
            ref = row[0]
            if abs(b.cy - ref.cy) < 0.5 * max(1.0, min(b.height, ref.height)):
                row.append(b)
                break
        else:
            rows.append([b])
    out = []
    for row in sorted(rows, key=lambda r: min(b.cy for b in r)):
        row.sort(key=lambda b: b.left)
        out.append(_Row(_norm("".join(b.text for b in row)), min(b.score for b in row), tuple(row)))
    return out


_LABEL_NAME = re.compile(r"^[姓娃]名")
_LABEL_GENDER = re.compile(r"^性[别剔]")
_LABEL_ETHNIC = re.compile(r"民[族旅]")
_LABEL_BIRTH = re.compile(r"^出[生牛]")
_LABEL_ADDRESS = re.compile(r"^[住往]?[址扯]|^住")
_LABEL_ID = re.compile(r"公民身份[号証证]?[码吗玛]?|身份[号証证][码吗玛]|^公民")
_ID_CANDIDATE = re.compile(r"[0-9OoDIl|SB]{17}[0-9Xx×OoDIl|SB]")
_DIGIT_FIX = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1", "S": "5", "B": "8",
                            "x": "X", "×": "X"})
_NAME_OK = re.compile(r"^[\u3400-\u9fff\U00020000-\U0003134f·•]{1,20}$")
_BIRTH = re.compile(r"(\d{4})年?(\d{1,2})月?(\d{1,2})日?")


def _find_id(rows: Sequence[_Row], today: date | None) -> tuple[FieldProposal | None, int | None, list[str]]:
    """The first 18-character run that passes the check digit; also which row it was in."""
    warnings: list[str] = []
    seen_candidate = False
    for i in range(len(rows) - 1, -1, -1):  # the number sits at the bottom of the card
        row = rows[i]
        text = _LABEL_ID.sub("", row.text)
        for m in _ID_CANDIDATE.finditer(text):
            seen_candidate = True
            cand = m.group(0).translate(_DIGIT_FIX)
            try:
                parsed = parse_id_number(cand, today=today)
            except InvalidIdNumber:
                continue
            note = "号码已通过校验位检查"
            if cand != m.group(0):
                note += "（识别时已纠正形近字符，请核对）"
            return FieldProposal(parsed.number, row.score, note), i, warnings
    if seen_candidate:
        warnings.append("识别到的身份证号码未通过校验位检查，未自动填入，请手工录入并核对。")
    return None, None, warnings


def _ethnic_in(text: str) -> str | None:
    """The ethnic group named earliest in ``text`` (longest name wins at the same position)."""
    hits = [(text.find(g), -len(g), g) for g in ETHNIC_GROUPS if g in text]
    return min(hits)[2] if hits else None


def parse_id_front(boxes: Sequence[OcrBox], *, today: date | None = None) -> IdCardProposals:
    """Turn OCR boxes of an ID-card front into field proposals (see `_parse`)."""
    return _parse(boxes, today)[0]


def _parse(boxes: Sequence[OcrBox], today: date | None) -> tuple[IdCardProposals, bool]:
    """Proposals, and whether the card looks upright (the ID number in the lower half).

    Turn OCR boxes of an ID-card front into field proposals.

    Works whether the OCR kept label and value in one box ("姓名张三") or split them, and with the
    address spread over several lines. Birth date and gender from the printed fields are checked
    against the ID number; where they disagree the number wins (it passed its check digit).
    """
    rows = group_rows(boxes)
    lines = tuple(r.text for r in rows)
    warnings: list[str] = []
    id_prop, id_row, w = _find_id(rows, today)
    warnings += w
    parsed_id = parse_id_number(id_prop.value, today=today) if id_prop else None

    name = gender = ethnic = birth = address = None
    addr_parts: list[str] = []
    addr_scores: list[float] = []
    in_address = False
    for i, row in enumerate(rows):
        t = row.text
        if id_row is not None and i >= id_row or _LABEL_ID.search(t):
            in_address = False
            continue
        if _LABEL_NAME.match(t):
            value = _LABEL_NAME.sub("", t)
            if _NAME_OK.match(value):
                name = FieldProposal(value, row.score)
            in_address = False
            continue
        if _LABEL_GENDER.match(t) or _LABEL_ETHNIC.search(t):
            gm = re.search(r"性[别剔]([男女])", t) or re.match(r"^([男女])", t)
            if gm:
                gender = FieldProposal("male" if gm.group(1) == "男" else "female", row.score)
            em = _LABEL_ETHNIC.search(t)
            if em:
                rest = t[em.end():]
                group = _ethnic_in(rest)
                if group:
                    note = "" if rest.startswith(group) else f"识别原文“{rest[:8]}”，请核对"
                    ethnic = FieldProposal(group, row.score if not note else row.score * 0.8, note)
                elif rest:
                    warnings.append(f"民族“{rest[:8]}”不在 56 个民族名称中，请手工选择。")
            in_address = False
            continue
        if _LABEL_BIRTH.match(t):
            bm = _BIRTH.search(t)
            if bm:
                try:
                    birth = FieldProposal(date(int(bm.group(1)), int(bm.group(2)), int(bm.group(3))), row.score)
                except ValueError:
                    warnings.append("出生日期识别结果不是有效日期，请核对。")
            in_address = False
            continue
        if _LABEL_ADDRESS.match(t):
            in_address = True
            value = _LABEL_ADDRESS.sub("", t, count=1)
            if value:
                addr_parts.append(value)
                addr_scores.append(row.score)
            continue
        if in_address and t:
            addr_parts.append(t)
            addr_scores.append(row.score)

    if addr_parts:
        address = FieldProposal("".join(addr_parts), min(addr_scores))

    if parsed_id is not None:
        id_gender = parsed_id.gender
        if gender is None:
            gender = FieldProposal(id_gender, id_prop.confidence if id_prop else 0.0, "由身份证号码推出")
        elif gender.value != id_gender:
            warnings.append("识别的性别与身份证号码不一致，已按号码填写，请核对。")
            gender = FieldProposal(id_gender, min(gender.confidence, 0.5), "与号码不一致，已按号码填写")
        if birth is None:
            birth = FieldProposal(parsed_id.birth_date, id_prop.confidence if id_prop else 0.0, "由身份证号码推出")
        elif birth.value != parsed_id.birth_date:
            warnings.append("识别的出生日期与身份证号码不一致，已按号码填写，请核对。")
            birth = FieldProposal(parsed_id.birth_date, min(birth.confidence, 0.5), "与号码不一致，已按号码填写")
        else:
            birth = FieldProposal(birth.value, max(birth.confidence, id_prop.confidence if id_prop else 0.0),
                                  "与身份证号码一致")

    if name is None and rows:
        # No "姓名" label recognised: the first row of a card front is the name.
        first = rows[0].text
        if _NAME_OK.match(first) and not _LABEL_GENDER.match(first):
            name = FieldProposal(first, rows[0].score * 0.6, "未识别到“姓名”标签，请核对")
    upright = id_row is not None and id_row >= len(rows) / 2
    return IdCardProposals(name, gender, ethnic, birth, address, id_prop, tuple(warnings), lines), upright
