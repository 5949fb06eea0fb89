"""Loading the clause texts of printed documents from ``resources/contract``.

Why data, not code: head office revises clause wording more often than the program; keeping the
texts in a JSON file lets legal staff review one file and lets a branch receive a revised
template without a new build.  Lookup order: ``LOANDESK_CONTRACT_TEMPLATES`` (a folder), the
PyInstaller bundle (``sys._MEIPASS/resources/contract``), then the source tree.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ENV_TEMPLATES = "LOANDESK_CONTRACT_TEMPLATES"
CONTRACT_TEMPLATE = "loan_contract.json"
SUPPORTED_SCHEMA = "loandesk.contract-template.v1"

_lock = threading.Lock()
_cache: dict[Path, tuple[float, dict[str, Any]]] = {}


class TemplateError(RuntimeError):
    """A template is missing or malformed; the message is for the administrator (Chinese)."""


def template_dirs() -> list[Path]:
    """Candidate folders, most specific first."""
    dirs: list[Path] = []
    env = os.environ.get(ENV_TEMPLATES, "").strip()
    if env:
        dirs.append(Path(env))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "resources" / "contract")
    dirs.append(Path(__file__).resolve().parents[2] / "resources" / "contract")
    return dirs


def find_template(name: str) -> Path:
    for folder in template_dirs():
        path = folder / name
        if path.is_file():
            return path
    looked = "；".join(str(d) for d in template_dirs())
    raise TemplateError(f"找不到合同模板 {name}（已查找：{looked}）。请重新安装程序或设置 {ENV_TEMPLATES}。")


def load_template(name: str = CONTRACT_TEMPLATE) -> Mapping[str, Any]:
    """Parse and validate a template; cached, re-read when the file changes."""
    path = find_template(name)
    mtime = path.stat().st_mtime
    with _lock:
        hit = _cache.get(path)
        if hit and hit[0] == mtime:
            return hit[1]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TemplateError(f"合同模板 {path} 无法读取或格式错误：{exc}") from exc
    _validate(data, path)
    with _lock:
        _cache[path] = (mtime, data)
    return data


def _validate(data: Any, path: Path) -> None:
    if not isinstance(data, dict) or data.get("schema") != SUPPORTED_SCHEMA:
        raise TemplateError(f"合同模板 {path} 版本不受支持（需要 {SUPPORTED_SCHEMA}）。")
    articles = data.get("articles")
    if not isinstance(articles, list) or not articles:
        raise TemplateError(f"合同模板 {path} 缺少条款（articles）。")
    for i, art in enumerate(articles, start=1):
        if not isinstance(art, dict) or not art.get("title") or not isinstance(art.get("items"), list):
            raise TemplateError(f"合同模板 {path} 第 {i} 条格式错误（需要 title 和 items）。")
        for item in art["items"]:
            if not isinstance(item, dict) or not ({"text", "block"} & item.keys()):
                raise TemplateError(f"合同模板 {path} 第 {i} 条「{art['title']}」含无效条目。")


def clear_template_cache() -> None:
    with _lock:
        _cache.clear()
