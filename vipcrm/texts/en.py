"""The words vipcrm prints and shows, in English.

One catalogue per language, with the same names and keys (``vipcrm/texts/zh_CN.py``;
tests/test_texts.py compares them, placeholders included). Read it through
:class:`vipcrm.texts.Texts`; the window's own words (menus, buttons) are Qt translations.
"""

#: Printed documents: plans, the review, the ledger.
WORDS = {
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

#: The printed plan's saved-plan parts.
PLAN_WORDS = {
    "visit": "Visit",
    "meeting": "Meeting",
    "note": "Note",
    "own_items": "Own items",
    "planned_month": "Planned this month",
    "planned_week": "Planned this week",
    "saved": "Saved plan",
    "proposal": "Not saved (proposal)",
    "month_plans": "Monthly plan {months}",
    "month_plans_line": "No weekly plan saved: these are the days of this week in the saved monthly plan ({months}); generate the week's plan in Plans (week view) to save it on its own.",
    "status_line": "Plan status: {status} (version {version})",
    "submitted_on": "submitted {d}, waiting for the lead",
    "decided_on": "{what} by {who} on {d}",
    "changed_after_approval": "changed after version {v} was approved: submit it again",
    "not_submitted": "not submitted yet",
    "proposal_line": "NOT SAVED: a proposal generated from the service rules; the manager has not saved a plan for this period (once it is generated and saved in Plans, the saved plan is printed).",
    "plan_note_saved": "The manager's saved plan: {n} items ({own} of the manager's own), by planned day; items moved to another day are listed on the day they were moved to.",
    "draft": "Draft",
    "submitted": "Submitted",
    "approved": "Approved",
    "rejected": "Rejected",
    "benefits": "Member benefits: allowances renewing or running low",
    "benefit": "Benefit",
    "used_of": "Used / allowance",
    "benefit_left": "Left",
    "benefit_when": "Why listed",
    "renews_on": "renews {d}",
    "runs_low": "running low (to {d})",
}

#: The dashboard workbook's sheets and columns (the tiers' columns are named by TIERS).
DASHBOARD_XLSX = {
    "sheet": "Team",
    "campaigns_sheet": "Campaigns",
    "campaigns_title": "Team {team} campaigns (as of {today})",
    "campaign_code": "Campaign",
    "campaign_name": "Name",
    "campaign_kind": "Kind",
    "campaign_from": "From",
    "campaign_to": "To",
    "campaign_group": "Manager / tier",
    "targeted": "Targeted",
    "contacted": "Contacted",
    "reached": "Reached",
    "flagged": "Not contacted, end near",
    "average_score": "Average score",
    "churn_sheet": "Churn",
    "code": "Code",
    "name": "Manager",
    "book": "Members",
    "standard_done": "Standard done",
    "standard_judged": "Standard judged",
    "standard_rate": "Standard %",
    "below_minimum": "Below minimum",
    "minimum_rate": "Minimum %",
    "overdue": "Overdue",
    "sla_hit": "First contact on time",
    "sla_judged": "First contacts judged",
    "sla_rate": "First-contact SLA %",
    "cards_stuck": "Cards stuck",
    "gifts_pending": "Gifts pending",
    "budget_period": "Budget period",
    "budget_allocated": "Budget (yuan)",
    "budget_used": "Used (yuan)",
    "budget_rate": "Budget use %",
    "at_risk": "Retention calls open",
    "benefit_uses": "Benefit uses",
    "group": "Group",
    "base": "Members at start",
    "left": "Left",
    "rate": "Churn",
    "target": "Target",
    "met": "Met",
    "all": "All",
    "diamond_gold": "Diamond + gold",
    "yes": "yes",
    "no": "no",
    "title": "Team {team} dashboard {month} (as of {today})",
    "churn_title": "Churn {year} (through {through})",
}

#: Tiers (vipcrm.domain.values.Tier): the one place their names are written.
TIERS = {
    "diamond": "Diamond",
    "gold": "Gold",
    "silver": "Silver",
}

#: Gift statuses.
GIFT_STATUS = {
    "pending": "Pending",
    "approved": "Approved",
    "rejected": "Rejected",
    "delivered": "Delivered",
    "cancelled": "Cancelled",
}

#: Gift occasions.
OCCASIONS = {
    "birthday": "Birthday",
    "family_hospitalised": "Family in hospital",
    "business_opening": "Business opening",
    "childbirth": "Childbirth",
    "funeral": "Funeral",
    "key_person_birthday": "Key-person birthday",
    "holiday": "Holiday",
    "other": "Other",
}

#: What is due (vipcrm.domain.due.DueKind), as a short label.
DUE_KINDS = {
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
    "campaign_contact": "Campaign contact",
}

#: Campaign kinds and results (vipcrm.domain.values.CampaignKind, CampaignResult).
CAMPAIGN_KINDS = {
    "marketing": "Marketing",
    "survey": "Satisfaction survey",
}
CAMPAIGN_RESULTS = {
    "interested": "Interested",
    "accepted": "Accepted",
    "declined": "Declined",
    "answered": "Answered",
    "unreachable": "Unreachable",
}

#: Card states.
CARD_STATES = {
    "data_collected": "Data collected",
    "data_sent": "Sent to maker",
    "arrived": "Arrived",
    "notified": "Member notified",
    "mailed": "Mailed",
    "awaiting_pickup": "Awaiting pick-up",
    "door_agreed": "Delivery agreed",
    "delivered": "Delivered",
    "received": "Received",
}

#: Holidays on which key persons are greeted (vipcrm.domain.lunar.GreetingHoliday).
HOLIDAYS = {
    "new_year": "New Year's Day",
    "spring_festival": "Spring Festival",
    "dragon_boat": "Dragon Boat Festival",
    "mid_autumn": "Mid-Autumn Festival",
}

#: Why an item is due (vipcrm.domain.due.Reason): (head, body) by kind; the
#: sentence is head, SEPARATOR, body (the printed plan's rows show the body).
REASONS = {
    "first_contact": ("First contact", "assigned {assigned}, within {n} working days"),
    "first_call": ("First call", "reached by SMS {sms}, call within {n} working days"),
    "explain_sms": (
        "Explaining SMS",
        "assigned {assigned}, not reached by phone by {deadline}; send an SMS explaining the matter",
    ),
    "unreachable_retry": (
        "Unreachable",
        "assigned {assigned}; from {start} a call or SMS every week until reached",
    ),
    "group_sms_check": (
        "",
        "12580 check: SMS of {sms} sent through the 12580 group platform; confirm it was really sent",
    ),
    "routine_sms": ("Weekly SMS", "one in the week {start} to {end}"),
    "routine_call": ("Monthly call", "one in {month}"),
    "minimum_contact": ("Minimum contact", "{tier} member, at least once from {start} to {end}"),
    "card_data": ("Card data", "collected {since}, send to the card maker within {n} working days"),
    "card_notify": (
        "",
        "Card arrived {since}: notify the member within {n} days and agree delivery",
    ),
    "card_receipt_check": ("", "Card mailed {since}: confirm receipt after {n} days"),
    "card_pickup_reminder": ("Card pick-up", "notified {since}, not collected yet; phone reminder"),
    "card_delivery": ("Card hand delivery", "agreed for {agreed}"),
    "birthday_gift": ("Birthday gift", "birthday {birthday}, prepare {n} days ahead, cap {cap}"),
    "birthday_greeting": ("Birthday greeting", "birthday {birthday}"),
    "holiday_greeting": ("Holiday greeting", "{holiday} {day} (key person)"),
    "retention_call": (
        "Retention call",
        "at risk after the {month} re-grading ({causes}); call within {n} days",
    ),
    "campaign_contact": (
        "Campaign",
        "{campaign} {title}: contact from {start} to {end} and record the outcome",
    ),
}

#: Why a member is at risk after a re-grading (vipcrm.domain.churn).
RETENTION_CAUSES = {
    "tier_down": "tier dropped",
    "below_minimum": "below the minimum contact",
}

SEPARATOR = ": "  # between a reason's head and body
LIST_SEPARATOR = "; "
LUNAR = " (lunar {label})"  # after a lunar birthday's date
IMPORTANT = "; important VIP: face to face where suitable"  # after the minimum-contact reason of an important VIP
CARRIED = "carried over (due {due}): {reason}"
#: What a date worked out from a provisional year (no official schedule yet) says.
PROVISIONAL = (
    "Provisional calendar (no official schedule for {year} yet): the statutory "
    "holidays and their days given back (补假) from the law; the State Council's "
    "make-up working days are not known yet. A team lead or an administrator imports "
    "the official schedule in Team → Calendar (or vipcrm calendar import); everything "
    "is then worked out again."
)
#: A gift waiting for the lead: why (vipcrm.services.gifts.parse_reason).
OVER_CAP = "over cap by {amount}"
OVER_BUDGET = "over budget by {amount}"
