"""CJK font discovery: override, fallbacks, CFF rejection and the FontNotFound message."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from loandesk.documents import fonts
from loandesk.documents.fonts import ENV_FONT, FontCandidate, FontNotFound, clear_font_cache, get_fonts

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test searches anew; afterwards the normal fonts are found again."""
    clear_font_cache()
    yield
    clear_font_cache()


def _no_system_fonts(monkeypatch, tmp_path: Path) -> None:
    ghost = (FontCandidate(str(tmp_path / "simsun.ttc")), FontCandidate(str(tmp_path / "wqy-microhei.ttc")))
    monkeypatch.setattr(fonts, "_platform_lists", lambda: (ghost, (), ()))
    monkeypatch.setattr(fonts, "_fc_list_candidates", lambda: [])


def test_missing_override_and_no_fonts_raises_clear_chinese_message(monkeypatch, tmp_path):
    _no_system_fonts(monkeypatch, tmp_path)
    monkeypatch.setenv(ENV_FONT, str(tmp_path / "missing.ttf"))
    with pytest.raises(FontNotFound) as info:
        get_fonts()
    msg = str(info.value)
    assert "未找到可嵌入 PDF 的中文字体" in msg
    assert "missing.ttf" in msg and "simsun.ttc" in msg and "wqy-microhei.ttc" in msg
    assert "apt-get install fonts-wqy-microhei" in msg
    assert "C:\\Windows\\Fonts" in msg and ENV_FONT in msg


def test_cff_opentype_font_is_skipped_with_reason(monkeypatch, tmp_path):
    _no_system_fonts(monkeypatch, tmp_path)
    otf = tmp_path / "NotoSansCJK-Regular.otf"
    otf.write_bytes(b"OTTO" + b"\0" * 64)
    monkeypatch.setenv(ENV_FONT, str(otf))
    with pytest.raises(FontNotFound, match="CFF"):
        get_fonts()


def test_render_raises_font_not_found_too(monkeypatch, tmp_path):
    from loandesk.documents.recovery_sheet import render_recovery_sheet

    _no_system_fonts(monkeypatch, tmp_path)
    monkeypatch.delenv(ENV_FONT, raising=False)
    with pytest.raises(FontNotFound):
        render_recovery_sheet("网点", "0001", "db", "ABCDEFGH", datetime(2025, 1, 1))


@pytest.mark.skipif(not WQY.is_file(), reason="WenQuanYi Micro Hei not installed")
def test_override_selects_ttc_subfont(monkeypatch):
    monkeypatch.setenv(ENV_FONT, f"{WQY}#1")
    fs = get_fonts()
    assert fs.regular_path == str(WQY)
    from reportlab.pdfbase import pdfmetrics

    assert pdfmetrics.getFont(fs.regular).face.name == b"WenQuanYiMicroHeiMono"
    assert fs.fake_bold  # an override has no separate bold face


@pytest.mark.skipif(not DEJAVU.is_file() or not WQY.is_file(), reason="test fonts not installed")
def test_latin_only_override_falls_back_to_a_cjk_font(monkeypatch):
    monkeypatch.setenv(ENV_FONT, str(DEJAVU))
    fs = get_fonts()
    assert fs.regular_path != str(DEJAVU)
    from reportlab.pdfbase import pdfmetrics

    assert ord("借") in pdfmetrics.getFont(fs.regular).face.charToGlyph


def test_registration_is_cached(monkeypatch):
    monkeypatch.delenv(ENV_FONT, raising=False)
    first = get_fonts()
    monkeypatch.setattr(fonts, "_first", lambda *a, **k: pytest.fail("searched again"))
    assert get_fonts() is first
