"""系统设置: branch info (read-only), idle-lock minutes, masking, backup locations and schedule.

Saving is one transaction: every changed setting goes through its service (settings.put /
backup.set_backup_settings, both check settings.manage and audit the change) or none does.
Unchanged values are not written, so the audit log records what really changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QWidget

from loandesk.domain.masking import MaskPolicy
from loandesk.services import backup as backup_svc
from loandesk.services import settings, setup
from loandesk.ui.admin import common
from loandesk.ui.admin.common import Panel
from loandesk.ui.context import AppContext
from loandesk.ui.forms.ui_admin_settings_panel import Ui_AdminSettingsPanel

MASK_KEYS = ("mask.id_keep", "mask.phone_keep", "mask.card_keep")
SAMPLES = {"mask.id_keep": "110105199003072316", "mask.phone_keep": "13812345678",
           "mask.card_keep": "6222021234567890123"}


@dataclass(frozen=True)
class SettingsSnapshot:
    """Everything the panel shows, read in one go on the DB thread (plain values, no ORM rows)."""

    branch: dict[str, str]
    idle_minutes: int
    masks: dict[str, list[int]]
    locations: list[str]
    schedule: str
    keep: dict[str, int]
    at_exit: bool
    extra: dict[str, Any] = field(default_factory=dict)


def load_snapshot(ctx: AppContext) -> SettingsSnapshot:
    with ctx.db.read() as s:
        b = setup.branch(s)
        branch = {"code": b.code, "name": b.name, "address": b.address, "manager": b.manager_name} if b else {}
        idle = settings.get(s, "idle_lock_minutes")
        masks = {}
        for key in MASK_KEYS:
            value = settings.get(s, key)
            masks[key] = [int(v) for v in value] if isinstance(value, list) and len(value) == 2 else \
                list(settings.DEFAULTS[key])
        conf = backup_svc.get_backup_settings(s)
    return SettingsSnapshot(branch, int(idle) if isinstance(idle, int) else 10, masks, list(conf.locations),
                            conf.schedule, dict(conf.keep), conf.at_exit)


class SettingsPanel(Panel):
    title = "系统设置"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = Ui_AdminSettingsPanel()
        self.form.setupUi(self)
        self.loaded: SettingsSnapshot | None = None
        f = self.form
        for code, label in backup_svc.SCHEDULES.items():
            f.scheduleCombo.addItem(label, code)
        self._mask_spins = {
            "mask.id_keep": (f.idPrefixSpin, f.idSuffixSpin, f.idExample),
            "mask.phone_keep": (f.phonePrefixSpin, f.phoneSuffixSpin, f.phoneExample),
            "mask.card_keep": (f.cardPrefixSpin, f.cardSuffixSpin, f.cardExample),
        }
        for pre, suf, _ex in self._mask_spins.values():
            pre.valueChanged.connect(self._examples)
            suf.valueChanged.connect(self._examples)
        f.addLocationButton.clicked.connect(self.add_location)
        f.removeLocationButton.clicked.connect(self.remove_location)
        f.saveButton.clicked.connect(self.save)
        f.revertButton.clicked.connect(self.refresh)
        f.databaseIdValue.setText(ctx.db.database_id)
        self.setEnabled(False)  # until the values are loaded

    def refresh(self) -> None:
        ctx = self.ctx
        self.db_call(lambda: load_snapshot(ctx), self._show, busy=False)

    def _show(self, snap: SettingsSnapshot) -> None:
        self.loaded = snap
        f = self.form
        f.branchCodeValue.setText(snap.branch.get("code", self.ctx.branch_code))
        f.branchNameValue.setText(snap.branch.get("name", self.ctx.branch_name))
        f.addressValue.setText(snap.branch.get("address") or "—")
        f.managerValue.setText(snap.branch.get("manager") or "—")
        f.idleSpin.setValue(snap.idle_minutes)
        for key, (pre, suf, _ex) in self._mask_spins.items():
            pre.setValue(snap.masks[key][0])
            suf.setValue(snap.masks[key][1])
        f.locationsList.clear()
        f.locationsList.addItems(snap.locations)
        f.scheduleCombo.setCurrentIndex(max(0, f.scheduleCombo.findData(snap.schedule)))
        f.keepDailySpin.setValue(snap.keep.get("daily", 7))
        f.keepWeeklySpin.setValue(snap.keep.get("weekly", 4))
        f.keepMonthlySpin.setValue(snap.keep.get("monthly", 12))
        f.atExitCheck.setChecked(snap.at_exit)
        self._examples()
        self.setEnabled(True)

    def _examples(self, *_args: object) -> None:
        for key, (pre, suf, example) in self._mask_spins.items():
            example.setText(MaskPolicy(keep_prefix=pre.value(), keep_suffix=suf.value()).apply(SAMPLES[key]))

    # --- editing ---------------------------------------------------------------------------------
    def locations(self) -> list[str]:
        lst = self.form.locationsList
        return [lst.item(i).text() for i in range(lst.count())]

    def add_location(self) -> None:
        folder = common.choose_folder(self, "选择备份位置（U 盘或网络共享上的文件夹）")
        if folder and folder not in self.locations():
            self.form.locationsList.addItem(folder)

    def remove_location(self) -> None:
        for item in self.form.locationsList.selectedItems():
            self.form.locationsList.takeItem(self.form.locationsList.row(item))

    def current(self) -> SettingsSnapshot:
        f = self.form
        return SettingsSnapshot(
            self.loaded.branch if self.loaded else {},
            f.idleSpin.value(),
            {key: [pre.value(), suf.value()] for key, (pre, suf, _ex) in self._mask_spins.items()},
            self.locations(),
            str(f.scheduleCombo.currentData()),
            {"daily": f.keepDailySpin.value(), "weekly": f.keepWeeklySpin.value(),
             "monthly": f.keepMonthlySpin.value()},
            f.atExitCheck.isChecked(),
        )

    def save(self) -> None:
        if self.busy or self.loaded is None:
            return
        old, new = self.loaded, self.current()
        ctx = self.ctx

        def work() -> list[str]:
            changed: list[str] = []
            with ctx.db.write() as s:
                if new.idle_minutes != old.idle_minutes:
                    settings.put(s, ctx.actor, "idle_lock_minutes", new.idle_minutes)
                    changed.append("自动锁屏")
                for key in MASK_KEYS:
                    if new.masks[key] != old.masks[key]:
                        settings.put(s, ctx.actor, key, new.masks[key])
                        if "屏蔽规则" not in changed:
                            changed.append("屏蔽规则")
                kw: dict[str, Any] = {}
                if new.locations != old.locations:
                    kw["locations"] = new.locations
                if new.schedule != old.schedule:
                    kw["schedule"] = new.schedule
                if new.keep != old.keep:
                    kw["keep"] = new.keep
                if new.at_exit != old.at_exit:
                    kw["at_exit"] = new.at_exit
                if kw:
                    backup_svc.set_backup_settings(s, ctx.actor, **kw)
                    changed.append("自动备份")
            return changed

        def done(changed: list[str]) -> None:
            if not changed:
                self.say("没有需要保存的修改。")
                return
            self._apply_idle(new.idle_minutes)
            self.say(f"已保存：{'、'.join(changed)}。修改已记入审计日志。", "ok")
            self.refresh()

        self.db_call(work, done)

    def _apply_idle(self, minutes: int) -> None:
        """The running window's idle lock follows at once; a restart is not needed."""
        idle = getattr(self.window(), "idle", None)
        setter = getattr(idle, "set_minutes", None)
        if callable(setter):
            setter(minutes)
