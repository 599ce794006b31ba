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
    # plans
    "plan_month": "月度服务计划",
    "plan_week": "周服务计划",
    "plan_year": "年度服务计划",
    "month_by_month": "逐月安排",
    "summary": "概要",
    "book": "在册会员",
    "members_n": "会员数",
    "below_min": "未达最低联系",
    "due_month": "本月应办",
    "due_week": "本周应办",
    "kind": "事项",
    "count": "数量",
    "carried_in": "其中上期结转",
    "cards_in_flight": "在途会员卡",
    "state": "状态",
    "gifts_budget": "礼品与预算",
    "budget_period": "预算期间",
    "pending_sum": "待审批礼品",
    "expected_sum": "待申请生日礼品（按上限）",
    "left_after": "计划后剩余",
    "no_budget": "本期未设礼品预算",
    "calendar": "月历",
    "calendar_week": "本周日历",
    "calendar_legend": "数字为当日计划事项数；休＝法定节假日，班＝调休上班日；暂定＝尚无官方放假安排，按法定节假日推算。",
    "capacity_legend": "每日容量：电话 {calls} 个、短信 {sms} 条；红色“超出容量”的日子需调整。",
    "over_capacity": "超出容量",
    "provisional_mark": "暂定",
    "provisional_title": "暂定日历",
    "day_by_day": "逐日安排",
    "date": "日期",
    "action": "事项",
    "phone": "电话",
    "note": "备注",
    "tick": "完成",
    "result": "结果记录",
    "carried": "结转",
    "late": "逾期",
    "was_due": "原定 {d} 到期",
    "due_by": "截止 {d}",
    "off": "休",
    "makeup": "班",
    "birthdays_holidays": "生日与节日",
    "birthdays": "会员生日",
    "holidays": "节假日与问候",
    "birthday": "生日",
    "lunar_bd": "农历{label}",
    "solar_bd": "公历",
    "holiday_name": "名称",
    "remark": "说明",
    "gift_cap": "礼品上限",
    "sms_only": "短信祝福",
    "holiday_days_off": "放假",
    "makeup_day": "调休上班",
    "greeting_day": "关键人问候（{n} 位）",
    "card_followups": "会员卡跟进",
    "since": "起始日",
    "planned_on": "计划日",
    "gift_list": "礼品清单",
    "estimated": "待申请（按上限估算）",
    "running": "累计",
    "none": "无",
    "no_items": "本期没有应办事项。",
    "overdue_note": "逾期",
    "weekday_names": "一二三四五六日",
    "plan_note_month": "本计划列出 {start} 至 {through} 到期的全部事项（与“vipcrm due --on {start} --horizon {h}”一致，共 {n} 项），每项一行，只排在工作日；无法按时安排的事项标为“逾期”。",
    "plan_note_tail": "{end} 之后至 {through} 均为休息日，这几天到期的事项在本月最后的工作日办理。",
    "plan_note_week": "本周（{start} 至 {end}）各工作日的事项，与月计划的安排一致。",
    "signature_manager_plan": "客户经理（签字）：",
    "signature_lead_plan": "团队长审核（签字）：",
    # yearly plan
    "month": "月份",
    "workdays": "工作日",
    "holiday_names": "节假日",
    "routine_sms": "每周短信",
    "routine_call": "每月电话",
    "greetings": "节日问候",
    "birthday_gifts": "生日礼品",
    "expected_contacts": "应联系合计",
    "gifts_requested": "已申请礼品",
    "key_persons": "关键人",
    "year_note": "按当前在册会员与现行服务规范推算（不含新增、离网会员）。应联系合计＝每周短信＋每月电话＋生日祝福＋节日问候。",
    "other_budgets": "季度与年度预算",
    # review
    "review_title": "工作日志检查",
    "team_summary": "团队汇总",
    "due": "应办",
    "done": "已办",
    "open": "未到期",
    "missed": "未办",
    "rate": "完成率",
    "by_kind": "按事项",
    "by_tier": "按级别",
    "first_contact_sla": "首次联系时效（{n}个工作日内）",
    "card_sla": "会员卡跟进时效",
    "sla_hit": "按时",
    "sla_late": "超时",
    "sla_pending": "进行中",
    "overdue_list": "逾期未办（截至 {d}）",
    "overdue_days": "逾期天数",
    "below_min_list": "未达最低联系（截至 {d}）",
    "last_reached": "最近联系上",
    "gifts_use": "礼品与预算使用",
    "use_rate": "使用率",
    "churn": "离网率",
    "churn_month": "本月",
    "churn_ytd": "年初至今",
    "base": "期初会员",
    "left_members": "离网",
    "target": "目标",
    "met": "达标",
    "not_met": "未达标",
    "all_members": "全部会员",
    "diamond_gold": "钻卡＋金卡",
    "manager_page": "客户经理明细",
    "assigned": "分配日",
    "deadline": "时限",
    "first_reached": "首次联系上",
    "step": "环节",
    "card_data_sla": "制卡数据送出",
    "card_notify_sla": "到卡通知",
    "review_note": "应办按服务规范由工作日志核对：每周短信按周日所在月份计，每月电话、最低联系、生日与节日问候按当月计；新分会员以首次联系时效考核。",
    "ytd_target_note": "年目标 {t}，按月折算至今 {p}",
    "signature_lead_review": "团队长（签字）：",
    "first_contact_short": "首次联系按时",
    "card_sla_short": "卡跟进按时",
    "overdue_short": "逾期",
    "gifts_used": "礼品金额",
    "below_min_short": "未达最低",
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
    # plans
    "plan_month": "Monthly service plan",
    "plan_week": "Weekly service plan",
    "plan_year": "Yearly service plan",
    "month_by_month": "Month by month",
    "summary": "Summary",
    "book": "Book",
    "members_n": "Members",
    "below_min": "Below minimum",
    "due_month": "Due this month",
    "due_week": "Due this week",
    "kind": "Action",
    "count": "Count",
    "carried_in": "of which carried over",
    "cards_in_flight": "Cards on their way",
    "state": "State",
    "gifts_budget": "Gifts and budget",
    "budget_period": "Budget period",
    "pending_sum": "Gifts awaiting approval",
    "expected_sum": "Birthday gifts to request (at cap)",
    "left_after": "Left after the plan",
    "no_budget": "No gift budget set for this period",
    "calendar": "Calendar",
    "calendar_week": "The week",
    "calendar_legend": "Numbers are the items planned for the day; Off = public holiday, Work = make-up working day; prov. = no official schedule yet, from the law.",
    "capacity_legend": "Daily capacity: {calls} calls, {sms} SMS; days marked “over capacity” in red need changes.",
    "over_capacity": "over capacity",
    "provisional_mark": "prov.",
    "provisional_title": "Provisional calendar",
    "day_by_day": "Day by day",
    "date": "Date",
    "action": "Action",
    "phone": "Phone",
    "note": "Note",
    "tick": "Done",
    "result": "Result",
    "carried": "carried over",
    "late": "late",
    "was_due": "was due {d}",
    "due_by": "due {d}",
    "off": "Off",
    "makeup": "Work",
    "birthdays_holidays": "Birthdays and holidays",
    "birthdays": "Members' birthdays",
    "holidays": "Holidays and greetings",
    "birthday": "Birthday",
    "lunar_bd": "lunar {label}",
    "solar_bd": "solar",
    "holiday_name": "Name",
    "remark": "Remark",
    "gift_cap": "Gift cap",
    "sms_only": "SMS greeting",
    "holiday_days_off": "days off",
    "makeup_day": "make-up working day",
    "greeting_day": "key-person greeting ({n})",
    "card_followups": "Card follow-ups",
    "since": "Since",
    "planned_on": "Planned",
    "gift_list": "Gifts",
    "estimated": "to request (at cap)",
    "running": "Running total",
    "none": "None",
    "no_items": "Nothing is due in this period.",
    "overdue_note": "overdue",
    "weekday_names": "Mon Tue Wed Thu Fri Sat Sun",
    "plan_note_month": "Every item due from {start} to {through} (as vipcrm due --on {start} --horizon {h}: {n} items), one row each, on working days only; an item that cannot be done on time is marked late.",
    "plan_note_tail": "The days after {end} up to {through} are days off: what falls due then is done on this month's last working days.",
    "plan_note_week": "The items of each working day of the week {start} to {end}, as the monthly plan puts them.",
    "signature_manager_plan": "Manager (signature):",
    "signature_lead_plan": "Team lead (reviewed, signature):",
    # yearly plan
    "month": "Month",
    "workdays": "Working days",
    "holiday_names": "Holidays",
    "routine_sms": "Weekly SMS",
    "routine_call": "Monthly calls",
    "greetings": "Holiday greetings",
    "birthday_gifts": "Birthday gifts",
    "expected_contacts": "Expected contacts",
    "gifts_requested": "Gifts requested",
    "key_persons": "Key persons",
    "year_note": "Forecast from the current book and the rules in force (no joiners or leavers). Expected contacts = weekly SMS + monthly calls + birthday greetings + holiday greetings.",
    "other_budgets": "Quarter and year budgets",
    # review
    "review_title": "Work-log review",
    "team_summary": "Team summary",
    "due": "Due",
    "done": "Done",
    "open": "Not due yet",
    "missed": "Missed",
    "rate": "Rate",
    "by_kind": "By action",
    "by_tier": "By tier",
    "first_contact_sla": "First contact within {n} working days",
    "card_sla": "Card follow-up on time",
    "sla_hit": "On time",
    "sla_late": "Late",
    "sla_pending": "In progress",
    "overdue_list": "Overdue and still open (as of {d})",
    "overdue_days": "Days overdue",
    "below_min_list": "Below the minimum contact (as of {d})",
    "last_reached": "Last reached",
    "gifts_use": "Gifts and budget use",
    "use_rate": "Used",
    "churn": "Churn",
    "churn_month": "This month",
    "churn_ytd": "Year to date",
    "base": "Members at start",
    "left_members": "Left",
    "target": "Target",
    "met": "met",
    "not_met": "MISSED",
    "all_members": "All members",
    "diamond_gold": "Diamond + gold",
    "manager_page": "Manager detail",
    "assigned": "Assigned",
    "deadline": "Deadline",
    "first_reached": "First reached",
    "step": "Step",
    "card_data_sla": "Card data sent",
    "card_notify_sla": "Arrival notice",
    "review_note": "Due is checked against the work log by the rules: weekly SMS by the month of the week's Sunday; monthly call, minimum contact, birthday and holiday greetings by the month; new members by the first-contact deadline.",
    "ytd_target_note": "Yearly target {t}, pro rata to date {p}",
    "signature_lead_review": "Team lead (signature):",
    "first_contact_short": "First contact on time",
    "card_sla_short": "Cards on time",
    "overdue_short": "Overdue",
    "gifts_used": "Gifts",
    "below_min_short": "Below min.",
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


_KINDS = {
    "zh": {
        "first_contact": "首次联系",
        "first_call": "首次电话",
        "explain_sms": "说明短信",
        "unreachable_retry": "未联系上再联系",
        "group_sms_check": "12580核实",
        "routine_sms": "每周短信",
        "routine_call": "每月电话",
        "minimum_contact": "最低联系",
        "card_data": "送制卡数据",
        "card_notify": "到卡通知",
        "card_receipt_check": "邮寄回访",
        "card_pickup_reminder": "自取提醒",
        "card_delivery": "上门送卡",
        "birthday_gift": "生日礼品",
        "birthday_greeting": "生日祝福",
        "holiday_greeting": "节日问候",
        "retention_call": "客户挽留",
    },
    "en": {
        "first_contact": "First contact",
        "first_call": "First call",
        "explain_sms": "Explaining SMS",
        "unreachable_retry": "Retry unreachable",
        "group_sms_check": "12580 check",
        "routine_sms": "Weekly SMS",
        "routine_call": "Monthly call",
        "minimum_contact": "Minimum contact",
        "card_data": "Send card data",
        "card_notify": "Card arrival notice",
        "card_receipt_check": "Mailed card check",
        "card_pickup_reminder": "Pick-up reminder",
        "card_delivery": "Card hand delivery",
        "birthday_gift": "Birthday gift",
        "birthday_greeting": "Birthday greeting",
        "holiday_greeting": "Holiday greeting",
        "retention_call": "Retention call",
    },
}
_CARD_STATES = {
    "zh": {
        "data_collected": "资料已收集",
        "data_sent": "已送制卡",
        "arrived": "卡已到",
        "notified": "已通知会员",
        "mailed": "已邮寄",
        "awaiting_pickup": "待自取",
        "door_agreed": "约定上门",
        "delivered": "已送达",
        "received": "已确认收到",
    },
    "en": {
        "data_collected": "Data collected",
        "data_sent": "Sent to maker",
        "arrived": "Arrived",
        "notified": "Member notified",
        "mailed": "Mailed",
        "awaiting_pickup": "Awaiting pick-up",
        "door_agreed": "Delivery agreed",
        "delivered": "Delivered",
        "received": "Received",
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

    def items(self, n: int) -> str:
        """``3 项`` / ``3 items`` (``1 item``)."""
        if self.zh:
            return f"{n} 项"
        return f"{n} item" if n == 1 else f"{n} items"

    def kind(self, value: str) -> str:
        """A due-item kind (first_contact ...) as printed."""
        return _KINDS["zh" if self.zh else "en"].get(value, value)

    def card_state(self, value: str) -> str:
        return _CARD_STATES["zh" if self.zh else "en"].get(value, value)

    def weekday(self, d: date) -> str:
        names = self("weekday_names")
        return names[d.weekday()] if self.zh else names.split()[d.weekday()]

    def short_day(self, d: date) -> str:
        """``12-07 一`` / ``Mon 12-07``: a day in a table row."""
        return f"{d:%m-%d} {self.weekday(d)}" if self.zh else f"{self.weekday(d)} {d:%m-%d}"

    def label(self, key: str) -> str:
        """A label followed by the language's colon (``团队：`` / ``Team: ``)."""
        return f"{self(key)}：" if self.zh else f"{self(key)}: "

    def who(self, name: str, code: str | None) -> str:
        """``李欣（M001）`` / ``李欣 (M001)``."""
        if not code:
            return name
        return f"{name}（{code}）" if self.zh else f"{name} ({code})"

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
