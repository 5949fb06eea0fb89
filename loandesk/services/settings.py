"""Branch settings stored in the database (so they travel with backups)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from loandesk.services import audit
from loandesk.services.context import Actor, ServiceError, require
from loandesk.store.models.auth import Setting

DEFAULTS: dict[str, Any] = {
    "idle_lock_minutes": 10,
    "mask.id_keep": [1, 1],
    "mask.phone_keep": [3, 4],
    "mask.card_keep": [6, 4],
    "backup.locations": [],
    "backup.schedule": "daily",
    "backup.keep": {"daily": 7, "weekly": 4, "monthly": 12},
}


def get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key)
    try:
        return json.loads(row.value)
    except ValueError:
        return DEFAULTS.get(key)


def put(session: Session, actor: Actor, key: str, value: Any) -> None:
    require(session, actor, "settings.manage", entity_type="setting", entity_id=key)
    _validate(key, value)
    row = session.get(Setting, key)
    before = None if row is None else row.value
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
    audit.record(session, actor, "settings.changed", entity_type="setting", entity_id=key,
                 summary={"before": before, "after": text})


# Most characters a masking rule may leave visible (front, end): an ID number keeps its birth date
# (digits 7–14) hidden (JR/T 0171-2020), a phone its digits 4–7, a bank card at most the first 6
# and last 4 (PCI DSS 3.3). The settings form caps its spin boxes here; the service must too, or
# any other caller could store [18, 0] and lists, printouts and exports would show whole numbers.
MASK_LIMITS = {"mask.id_keep": ((6, 4), "身份证号"), "mask.phone_keep": ((3, 4), "手机号"),
               "mask.card_keep": ((6, 4), "银行卡号")}


def _validate(key: str, value: Any) -> None:
    if key == "idle_lock_minutes" and (not isinstance(value, int) or not 1 <= value <= 240):
        raise ServiceError("自动锁屏时间应为 1–240 分钟。", field=key)
    if key in MASK_LIMITS:
        (front, end), label = MASK_LIMITS[key]
        ok = (isinstance(value, list) and len(value) == 2
              and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value)
              and value[0] <= front and value[1] <= end)
        if not ok:
            raise ServiceError(f"{label}最多显示前 {front} 位、后 {end} 位（其余必须屏蔽）。", field=key)
