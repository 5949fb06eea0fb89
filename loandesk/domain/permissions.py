"""Roles and named permissions: the one table that says who may do what.

Services check these names (never roles directly), so changing a role's rights is a data change
here, not a hunt through code. The UI only hides what a service would refuse anyway.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"
    REVIEWER = "reviewer"
    APPROVER = "approver"
    ADMIN = "admin"
    AUDITOR = "auditor"


ROLE_LABELS: dict[str, str] = {
    Role.CLERK: "客户经理",
    Role.REVIEWER: "审核员",
    Role.APPROVER: "审批人/行长",
    Role.ADMIN: "系统管理员",
    Role.AUDITOR: "稽核",
}

# Every permission the system knows, with a Chinese description for the admin screens.
PERMISSIONS: dict[str, str] = {
    "customer.view": "查看客户资料",
    "customer.create": "新建客户",
    "customer.edit": "修改客户资料",
    "customer.archive": "归档客户",
    "customer.view_unmasked": "查看完整证件号/手机号/卡号",
    "customer.import": "批量导入客户",
    "customer.export": "导出客户资料",
    "document.view": "查看影像资料",
    "document.attach": "上传影像资料",
    "document.print": "打印/导出证件复印件",
    "application.view": "查看贷款申请",
    "application.create": "录入贷款申请",
    "application.submit": "提交审核",
    "review.work": "资料审核（领取/通过/补件/拒绝）",
    "risk.view": "查看风险评估",
    "risk.assess": "执行风险评估",
    "loan.approve": "贷款审批",
    "product.view": "查看贷款产品",
    "product.manage": "维护贷款产品",
    "contract.view": "查看合同",
    "contract.generate": "生成合同",
    "contract.print": "打印合同",
    "contract.sign": "登记合同签署",
    "loan.disburse": "登记放款",
    "loan.view": "查看贷款账户",
    "backup.run": "备份数据库",
    "backup.restore": "从备份恢复",
    "key.manage": "密钥管理（修改恢复口令/更换密钥）",
    "user.manage": "用户管理",
    "settings.manage": "系统设置",
    "audit.view": "查看审计日志",
    "audit.export": "导出审计日志",
    "audit.verify": "校验审计日志",
}

_READ = {
    "customer.view",
    "document.view",
    "application.view",
    "risk.view",
    "product.view",
    "contract.view",
    "loan.view",
}

ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    Role.CLERK: frozenset(
        _READ
        | {
            "customer.create",
            "customer.edit",
            "customer.view_unmasked",
            "customer.import",
            "customer.export",
            "document.attach",
            "document.print",
            "application.create",
            "application.submit",
            "contract.print",
            "contract.sign",
            "loan.disburse",
        }
    ),
    Role.REVIEWER: frozenset(_READ | {"review.work", "risk.assess", "customer.view_unmasked", "document.print"}),
    # Archiving ends a customer relationship (records kept ≥10 years): the branch manager decides.
    Role.APPROVER: frozenset(
        _READ
        | {"loan.approve", "risk.assess", "contract.generate", "contract.print", "customer.view_unmasked",
           "customer.archive"}
    ),
    # Admins run the system but do not touch loans or read credit data by default (T30).
    Role.ADMIN: frozenset(
        {
            "backup.run",
            "backup.restore",
            "key.manage",
            "user.manage",
            "settings.manage",
            "product.view",
            "product.manage",
            "audit.view",
            "audit.verify",
        }
    ),
    Role.AUDITOR: frozenset(_READ | {"audit.view", "audit.export", "audit.verify", "customer.view_unmasked"}),
}


def allowed(role: str, permission: str) -> bool:
    if permission not in PERMISSIONS:
        raise KeyError(f"unknown permission {permission!r}")
    return permission in ROLE_PERMISSIONS.get(role, frozenset())
