"""The loan-application state machine: which action moves an application where, and who may do it.

Why one table: every transition is a service call (permission + audit + outbox), the UI only
offers the buttons this table allows, and the approval/contract/disbursement module (issue 5)
plugs into the same states instead of inventing its own. States are stored by their English
code; the Chinese label is what people see.

    录入 ─submit→ 待审核 ─pass_review→ 待评估 ─complete_assessment→ 待审批 ─approve→ 已批准 ─sign→ 已签约 ─disburse→ 已放款
                    │  ↑                                              ├─decline→ 已拒绝
      return_for_supplement│resubmit                                  └─request_investigation→ 需进一步调查
                    ↓  │                                                   └─complete_investigation→ 待审批
                   补件中           reject_review (待审核) → 已拒绝;  withdraw (any open state before 已签约) → 已撤回
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "ACTIONS",
    "ACTIVE_STATES",
    "STATE_LABELS",
    "TERMINAL_STATES",
    "TRANSITIONS",
    "AppAction",
    "AppState",
    "IllegalTransition",
    "Transition",
    "allowed_transitions",
    "state_label",
    "transition_for",
]


class AppState(StrEnum):
    DRAFT = "draft"  # 录入
    PENDING_REVIEW = "pending_review"  # 待审核
    SUPPLEMENT = "supplement"  # 补件中
    PENDING_ASSESSMENT = "pending_assessment"  # 待评估
    PENDING_APPROVAL = "pending_approval"  # 待审批
    APPROVED = "approved"  # 已批准
    REJECTED = "rejected"  # 已拒绝
    INVESTIGATION = "investigation"  # 需进一步调查
    SIGNED = "signed"  # 已签约
    DISBURSED = "disbursed"  # 已放款
    WITHDRAWN = "withdrawn"  # 已撤回 (the customer withdrew, or the clerk cancelled an entry)


STATE_LABELS: dict[AppState, str] = {
    AppState.DRAFT: "录入",
    AppState.PENDING_REVIEW: "待审核",
    AppState.SUPPLEMENT: "补件中",
    AppState.PENDING_ASSESSMENT: "待评估",
    AppState.PENDING_APPROVAL: "待审批",
    AppState.APPROVED: "已批准",
    AppState.REJECTED: "已拒绝",
    AppState.INVESTIGATION: "需进一步调查",
    AppState.SIGNED: "已签约",
    AppState.DISBURSED: "已放款",
    AppState.WITHDRAWN: "已撤回",
}

# No action leaves these (a disbursed loan lives on as a loan account in the post-loan module).
TERMINAL_STATES: frozenset[AppState] = frozenset({AppState.REJECTED, AppState.WITHDRAWN, AppState.DISBURSED})
ACTIVE_STATES: frozenset[AppState] = frozenset(set(AppState) - TERMINAL_STATES)


class AppAction(StrEnum):
    SUBMIT = "submit"
    RESUBMIT = "resubmit"
    PASS_REVIEW = "pass_review"
    RETURN_FOR_SUPPLEMENT = "return_for_supplement"
    REJECT_REVIEW = "reject_review"
    COMPLETE_ASSESSMENT = "complete_assessment"
    APPROVE = "approve"
    DECLINE = "decline"
    REQUEST_INVESTIGATION = "request_investigation"
    COMPLETE_INVESTIGATION = "complete_investigation"
    SIGN = "sign"
    DISBURSE = "disburse"
    WITHDRAW = "withdraw"


@dataclass(frozen=True)
class Transition:
    """One allowed move. ``comment_required``: the service refuses an empty comment."""

    action: AppAction
    sources: frozenset[AppState]
    target: AppState
    permission: str
    label: str
    comment_required: bool = False


TRANSITIONS: tuple[Transition, ...] = (
    Transition(AppAction.SUBMIT, frozenset({AppState.DRAFT}), AppState.PENDING_REVIEW, "application.submit",
               "提交审核"),
    Transition(AppAction.RESUBMIT, frozenset({AppState.SUPPLEMENT}), AppState.PENDING_REVIEW,
               "application.submit", "补件后重新提交"),
    Transition(AppAction.PASS_REVIEW, frozenset({AppState.PENDING_REVIEW}), AppState.PENDING_ASSESSMENT,
               "review.work", "审核通过，转风险评估"),
    Transition(AppAction.RETURN_FOR_SUPPLEMENT, frozenset({AppState.PENDING_REVIEW}), AppState.SUPPLEMENT,
               "review.work", "退回补件", comment_required=False),
    Transition(AppAction.REJECT_REVIEW, frozenset({AppState.PENDING_REVIEW}), AppState.REJECTED, "review.work",
               "审核拒绝", comment_required=True),
    Transition(AppAction.COMPLETE_ASSESSMENT, frozenset({AppState.PENDING_ASSESSMENT}), AppState.PENDING_APPROVAL,
               "risk.assess", "评估完成，提交审批"),
    Transition(AppAction.APPROVE, frozenset({AppState.PENDING_APPROVAL}), AppState.APPROVED, "loan.approve",
               "批准", comment_required=True),
    Transition(AppAction.DECLINE, frozenset({AppState.PENDING_APPROVAL}), AppState.REJECTED, "loan.approve",
               "拒绝", comment_required=True),
    Transition(AppAction.REQUEST_INVESTIGATION, frozenset({AppState.PENDING_APPROVAL}), AppState.INVESTIGATION,
               "loan.approve", "需进一步调查", comment_required=True),
    Transition(AppAction.COMPLETE_INVESTIGATION, frozenset({AppState.INVESTIGATION}), AppState.PENDING_APPROVAL,
               "application.submit", "调查完成，重新提交审批", comment_required=True),
    Transition(AppAction.SIGN, frozenset({AppState.APPROVED}), AppState.SIGNED, "contract.sign", "登记签约"),
    Transition(AppAction.DISBURSE, frozenset({AppState.SIGNED}), AppState.DISBURSED, "loan.disburse", "登记放款"),
    Transition(
        AppAction.WITHDRAW,
        frozenset({AppState.DRAFT, AppState.PENDING_REVIEW, AppState.SUPPLEMENT, AppState.PENDING_ASSESSMENT,
                   AppState.PENDING_APPROVAL, AppState.INVESTIGATION, AppState.APPROVED}),
        AppState.WITHDRAWN,
        "application.create",
        "撤回申请",
        comment_required=True,
    ),
)

ACTIONS: dict[AppAction, Transition] = {t.action: t for t in TRANSITIONS}
assert len(ACTIONS) == len(TRANSITIONS), "one transition per action"


class IllegalTransition(ValueError):
    """The action is not possible from the current state; ``str()`` is a Chinese message."""


def state_label(state: str) -> str:
    try:
        return STATE_LABELS[AppState(state)]
    except ValueError:
        return state


def transition_for(state: str, action: str) -> Transition:
    """The transition ``action`` makes from ``state``; IllegalTransition with a reason otherwise."""
    try:
        act = AppAction(action)
    except ValueError:
        raise IllegalTransition(f"未知的操作：{action}") from None
    try:
        current = AppState(state)
    except ValueError:
        raise IllegalTransition(f"申请状态“{state}”无法识别，请联系系统管理员。") from None
    t = ACTIONS[act]
    if current not in t.sources:
        allowed = "、".join(STATE_LABELS[s] for s in AppState if s in t.sources)
        raise IllegalTransition(
            f"申请当前状态为“{STATE_LABELS[current]}”，不能执行“{t.label}”（仅在“{allowed}”状态下可以）。"
            "可能已被他人处理，请刷新后再试。"
        )
    return t


def allowed_transitions(state: str) -> list[Transition]:
    """Every action possible from ``state`` (before the permission check), in table order."""
    try:
        current = AppState(state)
    except ValueError:
        return []
    return [t for t in TRANSITIONS if current in t.sources]
