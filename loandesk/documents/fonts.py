"""CJK font discovery and registration for reportlab.

Why this module exists: reportlab's built-in fonts have no Chinese glyphs, and the standard-14
fonts are never embedded, so a contract printed on another PC could come out as boxes.  We look
for a TrueType (glyf-outline) CJK font on the machine, register it once per process and let
reportlab subset and embed it into every PDF.  OpenType/CFF fonts (e.g. Noto Sans CJK ``.otf``)
are skipped because reportlab cannot embed PostScript outlines.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

ENV_FONT = "LOANDESK_CJK_FONT"
"""Environment override: ``path`` or ``path#index`` (index = TTC subfont, default 0)."""

ENV_MONO_FONT = "LOANDESK_MONO_FONT"
"""Optional override for the monospace font used for recovery keys (same syntax)."""


class FontNotFound(RuntimeError):
    """No embeddable CJK TrueType font was found; the message tells the clerk how to fix it."""


@dataclass(frozen=True)
class FontCandidate:
    """One font file to try; ``index`` selects the face inside a ``.ttc`` collection."""

    path: str
    index: int = 0


@dataclass(frozen=True)
class FontSet:
    """Registered reportlab font names for one process.

    ``fake_bold`` is True when no separate bold face exists (e.g. only WenQuanYi Micro Hei is
    installed); renderers then emphasise key clauses with fill+stroke text instead.
    """

    regular: str
    bold: str
    mono: str
    fake_bold: bool
    regular_path: str
    bold_path: str
    mono_path: str


# Regular (body) faces in order of preference.  SimSun (宋体) is the customary contract face.
_WINDOWS_REGULAR: tuple[FontCandidate, ...] = (
    FontCandidate("simsun.ttc", 0),
    FontCandidate("simsun.ttf", 0),
    FontCandidate("msyh.ttc", 0),
    FontCandidate("msyh.ttf", 0),
    FontCandidate("simhei.ttf", 0),
    FontCandidate("simkai.ttf", 0),
)
# Bold faces on Windows: 黑体 / 微软雅黑 Bold read as bold next to 宋体 in Chinese typesetting.
_WINDOWS_BOLD: tuple[FontCandidate, ...] = (
    FontCandidate("simhei.ttf", 0),
    FontCandidate("msyhbd.ttc", 0),
    FontCandidate("msyhbd.ttf", 0),
)
_WINDOWS_MONO: tuple[FontCandidate, ...] = (
    FontCandidate("consola.ttf", 0),
    FontCandidate("cour.ttf", 0),
    FontCandidate("lucon.ttf", 0),
    FontCandidate("simsun.ttc", 1),  # NSimSun (新宋体) is monospaced
)

_LINUX_REGULAR: tuple[FontCandidate, ...] = (
    FontCandidate("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    FontCandidate("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", 0),
    FontCandidate("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    FontCandidate("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", 0),
    FontCandidate("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    FontCandidate("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    FontCandidate("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
    FontCandidate("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf", 0),
    FontCandidate("/usr/share/fonts/google-droid/DroidSansFallback.ttf", 0),
)
_LINUX_MONO: tuple[FontCandidate, ...] = (
    FontCandidate("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0),
    FontCandidate("/usr/share/fonts/dejavu/DejaVuSansMono.ttf", 0),
    FontCandidate("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf", 0),
    FontCandidate("/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf", 0),
    FontCandidate("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 1),  # Micro Hei Mono
    FontCandidate("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 1),
)

_MAC_REGULAR: tuple[FontCandidate, ...] = (
    FontCandidate("/System/Library/Fonts/Supplemental/Songti.ttc", 0),
    FontCandidate("/System/Library/Fonts/STHeiti Light.ttc", 0),
    FontCandidate("/System/Library/Fonts/STHeiti Medium.ttc", 0),
    FontCandidate("/Library/Fonts/Arial Unicode.ttf", 0),
    FontCandidate("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
)
_MAC_BOLD: tuple[FontCandidate, ...] = (FontCandidate("/System/Library/Fonts/STHeiti Medium.ttc", 0),)
_MAC_MONO: tuple[FontCandidate, ...] = (
    FontCandidate("/System/Library/Fonts/Menlo.ttc", 0),
    FontCandidate("/Library/Fonts/Courier New.ttf", 0),
    FontCandidate("/System/Library/Fonts/Supplemental/Courier New.ttf", 0),
)

INSTALL_HINT = (
    "Windows：请确认 C:\\Windows\\Fonts 下存在 宋体(simsun.ttc)、黑体(simhei.ttf) 或 微软雅黑(msyh.ttc)；"
    "Linux：sudo apt-get install fonts-wqy-microhei（或 fonts-wqy-zenhei）；"
    "也可设置环境变量 LOANDESK_CJK_FONT=字体文件路径（TrueType .ttf/.ttc，不支持 .otf）。"
)

_lock = threading.Lock()
_cache: dict[tuple[str, str, str], FontSet] = {}
_WIDTH_CACHE_LIMIT = 50_000


class _MeasuredTTFont(TTFont):
    """TTFont that memoises string widths.

    Why: reportlab's CJK line breaker measures every character of every paragraph on its own,
    in pure Python; a contract asks for the same few hundred characters thousands of times.
    Widths depend only on (text, size), so a bounded dict makes the lookups nearly free.
    """

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        key = (text, size)
        cache: dict[tuple[str | bytes, float], float] = self.__dict__.setdefault("_ld_widths", {})
        width = cache.get(key)
        if width is None:
            width = super().stringWidth(text, size, encoding)
            if len(cache) < _WIDTH_CACHE_LIMIT:
                cache[key] = width
        return width


def _windows_font_dir() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def _platform_lists() -> tuple[
    tuple[FontCandidate, ...], tuple[FontCandidate, ...], tuple[FontCandidate, ...]
]:
    """(regular, bold, mono) candidate lists for the running OS, with absolute paths."""
    if sys.platform.startswith("win"):
        # System fonts, then per-user fonts (a clerk without admin rights installs fonts there).
        bases = [_windows_font_dir()]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            bases.append(Path(local) / "Microsoft" / "Windows" / "Fonts")

        def mk(cs: tuple[FontCandidate, ...]) -> tuple[FontCandidate, ...]:
            return tuple(FontCandidate(str(b / c.path), c.index) for b in bases for c in cs)

        return mk(_WINDOWS_REGULAR), mk(_WINDOWS_BOLD), mk(_WINDOWS_MONO)
    if sys.platform == "darwin":
        return _MAC_REGULAR, _MAC_BOLD, _MAC_MONO
    return _LINUX_REGULAR, (), _LINUX_MONO


def _fc_list_candidates() -> list[FontCandidate]:
    """Ask fontconfig for Chinese TrueType faces the fixed path list does not know about."""
    exe = shutil.which("fc-list")
    if not exe:
        return []
    try:
        out = subprocess.run(
            [exe, "-f", "%{file}|%{index}|%{fontformat}\n", ":lang=zh-cn"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found: list[FontCandidate] = []
    for line in out.splitlines():
        parts = line.split("|")
        if len(parts) != 3 or parts[2].strip() != "TrueType":
            continue  # CFF/OpenType outlines cannot be embedded by reportlab
        try:
            found.append(FontCandidate(parts[0], int(parts[1] or 0)))
        except ValueError:
            continue
    return sorted(set(found), key=lambda c: (c.path, c.index))


def _parse_override(value: str) -> FontCandidate:
    path, sep, idx = value.rpartition("#")
    if sep and idx.isdigit():
        return FontCandidate(path, int(idx))
    return FontCandidate(value, 0)


def _is_cff(path: str) -> bool:
    """True for OpenType files with PostScript outlines ('OTTO'), which reportlab rejects."""
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"OTTO"
    except OSError:
        return False


def _font_name(prefix: str, cand: FontCandidate) -> str:
    # Names are derived from the file so that re-registration under another file never reuses a
    # stale name (reportlab's registry is process-global).
    import hashlib

    digest = hashlib.sha1(f"{cand.path}#{cand.index}".encode()).hexdigest()[:8]
    return f"{prefix}-{digest}"


def _try_register(prefix: str, cand: FontCandidate, errors: list[str]) -> str | None:
    """Register ``cand`` under a stable name; return the name or None if unusable."""
    if not os.path.isfile(cand.path):
        return None
    if _is_cff(cand.path):
        errors.append(f"{cand.path}: CFF/OpenType 轮廓无法嵌入")
        return None
    name = _font_name(prefix, cand)
    try:
        pdfmetrics.getFont(name)
        return name
    except KeyError:
        pass
    try:
        font = _MeasuredTTFont(name, cand.path, subfontIndex=cand.index)
    except (TTFError, OSError, ValueError, IndexError) as exc:  # corrupt, CFF, not embeddable
        errors.append(f"{cand.path}#{cand.index}: {exc}")
        return None
    pdfmetrics.registerFont(font)
    return name


def _has_cjk(name: str) -> bool:
    """The face must carry common Han glyphs, else the override is a Latin-only font."""
    font = pdfmetrics.getFont(name)
    cmap = getattr(getattr(font, "face", None), "charToGlyph", {})
    return all(ord(ch) in cmap for ch in "借款合同壹贰")


def _first(prefix: str, cands: Iterable[FontCandidate], errors: list[str]) -> tuple[str, str] | None:
    for cand in cands:
        name = _try_register(prefix, cand, errors)
        if name and (prefix != "LDCJK" or _has_cjk(name)):
            return name, cand.path
        if name:
            errors.append(f"{cand.path}: 不含中文字形")
    return None


def _not_found(looked: Sequence[FontCandidate], errors: list[str], override: str) -> FontNotFound:
    names = "、".join(sorted({Path(c.path).name for c in looked})) or "（无）"
    msg = f"未找到可嵌入 PDF 的中文字体，无法生成合同/单据。已查找：{names}。"
    if override:
        msg += f"环境变量 {ENV_FONT}={override} 指向的字体不存在或不可用。"
    msg += "解决方法：" + INSTALL_HINT
    if errors:
        msg += "（详细原因：" + "；".join(errors[:5]) + "）"
    return FontNotFound(msg)


def get_fonts() -> FontSet:
    """Find, register (once) and return the fonts every renderer uses.

    Raises FontNotFound with a Chinese message listing what was looked for and how to install.
    Thread-safe; the result is cached per (override, mono override) so tests can switch fonts.
    """
    override = os.environ.get(ENV_FONT, "").strip()
    mono_override = os.environ.get(ENV_MONO_FONT, "").strip()
    regular_list, bold_list, mono_list = _platform_lists()
    key = (override, mono_override, "|".join(c.path for c in regular_list))
    with _lock:
        cached = _cache.get(key)
        if cached is not None:
            return cached
        errors: list[str] = []
        looked: list[FontCandidate] = []
        regular: tuple[str, str] | None = None
        if override:
            cand = _parse_override(override)
            looked.append(cand)
            regular = _first("LDCJK", [cand], errors)
            # A broken override falls through to the system fonts but is reported if all fail.
        if regular is None:
            looked.extend(regular_list)
            regular = _first("LDCJK", regular_list, errors)
        if regular is None:
            fc = _fc_list_candidates()
            looked.extend(fc)
            regular = _first("LDCJK", fc, errors)
        if regular is None:
            raise _not_found(looked, errors, override)

        bold = (
            _first("LDCJKB", [c for c in bold_list if c.path != regular[1]], errors) if not override else None
        )
        fake_bold = bold is None
        if bold is None:
            bold = regular
        mono_cands = ([_parse_override(mono_override)] if mono_override else []) + list(mono_list)
        mono = _first("LDMONO", mono_cands, errors) or regular

        family = regular[0]
        addMapping(family, 0, 0, regular[0])
        addMapping(family, 1, 0, bold[0])
        addMapping(family, 0, 1, regular[0])
        addMapping(family, 1, 1, bold[0])
        fs = FontSet(
            regular=regular[0],
            bold=bold[0],
            mono=mono[0],
            fake_bold=fake_bold,
            regular_path=regular[1],
            bold_path=bold[1],
            mono_path=mono[1],
        )
        _cache[key] = fs
        return fs


def clear_font_cache() -> None:
    """Forget the cached FontSet (tests); registered reportlab fonts stay, which is harmless."""
    with _lock:
        _cache.clear()
