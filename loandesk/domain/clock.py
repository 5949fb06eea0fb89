"""Business dates are China dates (UTC+8), whatever time zone the PC or CI machine is set to.

Around midnight UTC the two calendars differ; mixing `date.today()` with China dates refused a
scan "issued tomorrow". Services use `china_today()` for every business date.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

CHINA_TZ = timezone(timedelta(hours=8))


def china_today() -> date:
    return datetime.now(CHINA_TZ).date()
