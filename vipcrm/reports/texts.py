"""The words on printed documents, in Chinese and English (printed plans follow --lang)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

_ZH: dict[str, str] = {
    "ledger_title": "礼品台账",
    "team": "团队",
    "period": "期间",
    "manager": "客户经理",
    "member": "会员",
    "tier": "级别",
    "occasion": "事由",
    "items": "礼品",
    "amount": "金额",
    "cap": "上限",
    "planned": "计划日期",
    "status": "状态",
    "requested": "申请",
    "decided": "审批",
    "delivered": "送达",
    "comment": "意见",
    "allocated": "分配",
    "committed": "已承诺",
    "spent": "已支出",
    "left": "剩余",
    "reserve": "团队预留",
    "total": "合计",
    "team_total": "团队总额",
    "budget": "预算",
    "gifts": "礼品明细",
    "reconcile": "核对",
    "reconciled": "一致",
    "not_reconciled": "不一致",
    "approved_open": "已批准未送达",
    "delivered_sum": "已送达",
    "no_gifts": "本期无礼品记录。",
    "auto": "系统自动批准",
    "signature_lead": "团队长签字：",
    "signature_manager": "客户经理签字：",
    "date_label": "日期：",
}
_EN: dict[str, str] = {
    "ledger_title": "Gift ledger",
    "team": "Team",
    "period": "Period",
    "manager": "Manager",
    "member": "Member",
    "tier": "Tier",
    "occasion": "Occasion",
    "items": "Gift",
    "amount": "Amount",
    "cap": "Cap",
    "planned": "Planned",
    "status": "Status",
    "requested": "Requested",
    "decided": "Decision",
    "delivered": "Delivered",
    "comment": "Comment",
    "allocated": "Allocated",
    "committed": "Committed",
    "spent": "Spent",
    "left": "Left",
    "reserve": "Team reserve",
    "total": "Total",
    "team_total": "Team total",
    "budget": "Budget",
    "gifts": "Gifts",
    "reconcile": "Reconciliation",
    "reconciled": "reconciled",
    "not_reconciled": "DOES NOT RECONCILE",
    "approved_open": "Approved, not delivered",
    "delivered_sum": "Delivered",
    "no_gifts": "No gifts in this period.",
    "auto": "approved automatically",
    "signature_lead": "Team lead signature:",
    "signature_manager": "Manager signature:",
    "date_label": "Date:",
}
_STATUS = {
    "zh": {
        "pending": "待审批",
        "approved": "已批准",
        "rejected": "已驳回",
        "delivered": "已送达",
        "cancelled": "已取消",
    },
    "en": {
        "pending": "Pending",
        "approved": "Approved",
        "rejected": "Rejected",
        "delivered": "Delivered",
        "cancelled": "Cancelled",
    },
}
_TIERS = {
    "zh": {"diamond": "钻卡", "gold": "金卡", "silver": "银卡"},
    "en": {"diamond": "Diamond", "gold": "Gold", "silver": "Silver"},
}
_OCCASIONS = {
    "zh": {
        "birthday": "生日祝福",
        "family_hospitalised": "直系亲属住院",
        "business_opening": "开业",
        "childbirth": "生育",
        "funeral": "丧事",
        "key_person_birthday": "关键人生日",
        "holiday": "节日",
        "other": "其他",
    },
    "en": {
        "birthday": "Birthday",
        "family_hospitalised": "Family in hospital",
        "business_opening": "Business opening",
        "childbirth": "Childbirth",
        "funeral": "Funeral",
        "key_person_birthday": "Key-person birthday",
        "holiday": "Holiday",
        "other": "Other",
    },
}


@dataclass(frozen=True)
class Texts:
    lang: str = "zh_CN"

    @property
    def zh(self) -> bool:
        return self.lang.startswith("zh")

    def __call__(self, key: str) -> str:
        return (_ZH if self.zh else _EN)[key]

    def tier(self, value: str) -> str:
        return _TIERS["zh" if self.zh else "en"].get(value, value)

    def status(self, value: str) -> str:
        return _STATUS["zh" if self.zh else "en"].get(value, value)

    def occasion(self, value: str) -> str:
        return _OCCASIONS["zh" if self.zh else "en"].get(value, value)

    def page_of(self, page: int, total: int) -> str:
        return f"第 {page} 页，共 {total} 页" if self.zh else f"Page {page} of {total}"

    @property
    def printed_by(self) -> str:
        return "vipcrm 打印" if self.zh else "Printed by vipcrm"

    def day(self, d: date | None) -> str:
        if d is None:
            return ""
        return f"{d.month}月{d.day}日" if self.zh else d.strftime("%d %b")

    def month(self, year: int, month: int) -> str:
        return f"{year}年{month}月" if self.zh else date(year, month, 1).strftime("%B %Y")
