"""Care gifts (亲情服务): request → approved (automatically or by the lead) or pending →
delivered or cancelled; rejected by the lead. Every step keeps who and when.

A request within its cap and the manager's budget is approved at once and committed to
the budget. Otherwise it waits for the lead with the reason kept (over cap by how much,
over budget by how much). Approving a request the manager's budget cannot carry moves the
shortfall from the team reserve (recorded as an adjustment) or is refused.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from vipcrm.domain.actor import Actor
from vipcrm.domain.dates import utcnow
from vipcrm.domain.errors import (
    Message,
    NotFound,
    PermissionDenied,
    ValidationError,
    VipcrmError,
    msg,
)
from vipcrm.domain.money import Fen
from vipcrm.domain.values import GiftStatus, MemberStatus, Occasion, Tier
from vipcrm.services.budgets import (
    budget_for_day,
    budget_line,
    cover_from_reserve,
    left_of,
    require_lead_of,
)
from vipcrm.services.context import Changes
from vipcrm.services.members import find_visible_member, visible_manager_ids
from vipcrm.store.models import Budget, Gift, GiftCapRule, Manager, Member
from vipcrm.store.queries import referenced


class GiftStateError(VipcrmError):
    """A step that does not fit where the gift is (e.g. delivering a rejected gift)."""


@dataclass(frozen=True)
class CapInForce:
    cap_fen: int
    gift_zh: str
    gift_en: str


@dataclass(frozen=True)
class GiftRow:
    id: uuid.UUID
    member_name: str
    member_phone: str
    tier: Tier
    manager_code: str
    occasion: Occasion
    items: str
    amount_fen: int
    cap_fen: int
    planned_on: date | None
    status: GiftStatus
    over_cap_fen: int
    over_budget_fen: int
    decision_comment: str
    delivered_on: date | None
    note: str = ""  # the request's note, then delivery proof and the reason of a cancel
    manager_name: str = ""


def cap_in_force(session: Session, occasion: Occasion, tier: Tier, on: date) -> CapInForce:
    """The cap for ``occasion`` and ``tier`` effective on ``on`` (later edits never rewrite past gifts)."""
    look_up = Occasion.BIRTHDAY if occasion is Occasion.KEY_PERSON_BIRTHDAY else occasion
    for occ in (occasion, look_up):
        rule = session.scalar(
            select(GiftCapRule)
            .where(
                GiftCapRule.occasion == occ,
                GiftCapRule.tier == tier,
                GiftCapRule.effective_from <= on,
                GiftCapRule.deleted.is_(False),
            )
            .order_by(GiftCapRule.effective_from.desc())
            .limit(1)
        )
        if rule is not None:
            return CapInForce(rule.cap_fen, rule.gift_zh, rule.gift_en)
    return CapInForce(0, "", "")


@dataclass(frozen=True)
class GiftTerms:
    """What a gift for a member on a day is measured against: its cap, and what is left of
    the manager's budget line (0 without one). The request dialog shows them as the amount
    is typed; ``request_gift`` decides with them."""

    cap: CapInForce
    budget_period: str | None  # the budget line's period, None without a line
    budget_left_fen: int

    def over(self, amount_fen: int) -> tuple[int, int]:
        """(over the cap, over the budget) in fen; both 0: approved at once."""
        return max(0, amount_fen - self.cap.cap_fen), max(0, amount_fen - self.budget_left_fen)


def check_amount(amount_fen: int) -> None:
    if amount_fen <= 0:
        raise ValidationError(
            "amount",
            msg(
                "a gift costs more than {zero} (a greeting alone is logged as a contact)",
                zero=Fen(0),
            ),
        )


def _gift_member(session: Session, actor: Actor, member_ref: str) -> Member:
    """The member a gift may be requested for: visible, in the club, with a manager."""
    member = find_visible_member(session, actor, member_ref)
    if member.status is not MemberStatus.ACTIVE:
        raise ValidationError("member", msg("{phone} has left the club", phone=member.phone))
    if member.manager_id is None:
        raise ValidationError(
            "member",
            msg("{phone} has no account manager to carry the gift", phone=member.phone),
        )
    return member


def gift_terms(
    session: Session, actor: Actor, *, member_ref: str, occasion: Occasion, day: date
) -> GiftTerms:
    """The cap and the budget left for a gift to ``member_ref`` planned on ``day`` (read only)."""
    member = _gift_member(session, actor, member_ref)
    line = budget_line(session, referenced(session, Manager, member.manager_id), day)
    return GiftTerms(
        cap_in_force(session, occasion, member.tier, day),
        line.period if line is not None else None,
        left_of(line) if line is not None else 0,
    )


def _reason(over_cap: int, over_budget: int) -> str:
    return f"over_cap={over_cap};over_budget={over_budget}"


def parse_reason(text: str) -> tuple[int, int]:
    """(over cap, over budget) in fen from a stored pending reason."""
    values = dict(part.split("=", 1) for part in text.split(";") if "=" in part)
    return int(values.get("over_cap", 0)), int(values.get("over_budget", 0))


def request_gift(
    session: Session,
    actor: Actor,
    *,
    member_ref: str,
    occasion: Occasion,
    amount_fen: int,
    today: date,
    items: str = "",
    planned_on: date | None = None,
    note: str = "",
) -> tuple[Gift, Changes]:
    member = _gift_member(session, actor, member_ref)
    check_amount(amount_fen)
    day = planned_on or today
    cap = cap_in_force(session, occasion, member.tier, day)
    manager = referenced(session, Manager, member.manager_id)
    budget = budget_for_day(session, manager, day)
    left = left_of(budget) if budget is not None else 0
    over_cap, over_budget = GiftTerms(cap, None, left).over(amount_fen)
    gift = Gift(
        member_id=member.id,
        manager_id=member.manager_id,
        budget_id=budget.id if budget else None,
        occasion=occasion,
        items=items.strip() or (cap.gift_zh if cap.cap_fen else ""),
        amount_fen=amount_fen,
        cap_fen=cap.cap_fen,
        planned_on=day,
        note=note.strip(),
        requested_by_id=actor.manager_id,
        requested_at=utcnow(),
    )
    if over_cap == 0 and over_budget == 0:
        assert budget is not None  # no budget: nothing left, so over it
        budget.committed_fen += amount_fen
        gift.status = GiftStatus.APPROVED
        gift.decided_at = gift.requested_at
        gift.decision_comment = "auto: within cap and budget"
    else:
        gift.status = GiftStatus.PENDING
        gift.pending_reason = _reason(over_cap, over_budget)
    session.add(gift)
    session.flush()
    return gift, Changes(members=frozenset({member.id}), gifts=True)


def find_gift(session: Session, ref: str) -> Gift:
    """A gift by id or by an unambiguous prefix of at least 6 hex digits."""
    text = (ref or "").strip().lower().replace("-", "")
    if len(text) < 6 or any(c not in "0123456789abcdef" for c in text):
        raise ValidationError(
            "id", msg("'{ref}' is not a gift id (give at least its first 6 hex digits)", ref=ref)
        )
    if len(text) == 32:
        gift = session.get(Gift, uuid.UUID(text))
        matches = [gift] if gift is not None else []
    else:
        # SQLite stores UUIDs as 32 hex digits, PostgreSQL renders them with dashes.
        column = func.replace(cast(Gift.id, String), "-", "")
        matches = list(session.scalars(select(Gift).where(column.like(f"{text}%")).limit(2)))
    if not matches:
        raise NotFound(msg("{field}: no gift {ref}", field="id", ref=ref))
    if len(matches) > 1:
        raise ValidationError(
            "id", msg("'{ref}' matches more than one gift; give more digits", ref=ref)
        )
    return matches[0]


def _team_of(session: Session, gift: Gift) -> uuid.UUID | None:
    return referenced(session, Manager, gift.manager_id).team_id


def _may_handle(session: Session, actor: Actor, gift: Gift, action: Message) -> None:
    """The gift's own manager, a lead of that team, or an admin."""
    if actor.manager_id == gift.manager_id:
        return
    require_lead_of(actor, _team_of(session, gift), action)


def approve_gift(
    session: Session, actor: Actor, gift_ref: str, *, comment: str
) -> tuple[Gift, Changes]:
    gift = find_gift(session, gift_ref)
    require_lead_of(actor, _team_of(session, gift), msg("approve a gift"))
    _expect(gift, GiftStatus.PENDING, "approve")
    if not comment.strip():
        raise ValidationError("comment", msg("say why the gift is approved (the comment is kept)"))
    manager = referenced(session, Manager, gift.manager_id)
    budget = session.get(Budget, gift.budget_id) if gift.budget_id else None
    if budget is None:
        day = gift.planned_on or utcnow().date()
        budget = budget_for_day(session, manager, day)
        if budget is None:
            raise GiftStateError(
                msg(
                    "there is no gift budget for {manager}'s team covering {day}; "
                    "set the team budget first (budget set --team)",
                    manager=manager.code,
                    day=day,
                )
            )
        gift.budget_id = budget.id
    shortfall = gift.amount_fen - left_of(budget)
    if shortfall > 0:
        cover_from_reserve(
            session, actor, budget, shortfall, gift_id=gift.id, reason="gift approval"
        )
    budget.committed_fen += gift.amount_fen
    gift.status = GiftStatus.APPROVED
    _decide(gift, actor, comment)
    session.flush()
    return gift, Changes(members=frozenset({gift.member_id}), gifts=True)


def reject_gift(
    session: Session, actor: Actor, gift_ref: str, *, comment: str
) -> tuple[Gift, Changes]:
    gift = find_gift(session, gift_ref)
    require_lead_of(actor, _team_of(session, gift), msg("reject a gift"))
    _expect(gift, GiftStatus.PENDING, "reject")
    if not comment.strip():
        raise ValidationError("comment", msg("say why the gift is rejected"))
    gift.status = GiftStatus.REJECTED
    _decide(gift, actor, comment)
    session.flush()
    return gift, Changes(members=frozenset({gift.member_id}), gifts=True)


def deliver_gift(
    session: Session, actor: Actor, gift_ref: str, *, on: date, how: str = "", proof: str = ""
) -> tuple[Gift, Changes]:
    gift = find_gift(session, gift_ref)
    _may_handle(session, actor, gift, msg("deliver a gift"))
    _expect(gift, GiftStatus.APPROVED, "deliver")
    budget = referenced(session, Budget, gift.budget_id)  # an approved gift has one
    budget.committed_fen -= gift.amount_fen
    budget.spent_fen += gift.amount_fen
    gift.status = GiftStatus.DELIVERED
    gift.delivered_on = on
    gift.delivered_how = how.strip()
    gift.proof_note = proof.strip()
    gift.closed_by_id = actor.manager_id
    gift.closed_at = utcnow()
    session.flush()
    return gift, Changes(members=frozenset({gift.member_id}), gifts=True)


def cancel_gift(
    session: Session, actor: Actor, gift_ref: str, *, note: str = ""
) -> tuple[Gift, Changes]:
    gift = find_gift(session, gift_ref)
    _may_handle(session, actor, gift, msg("cancel a gift"))
    if gift.status not in (GiftStatus.PENDING, GiftStatus.APPROVED):
        raise GiftStateError(
            msg(
                "a {status} gift cannot be cancelled (only {pending} or {approved} ones)",
                status=gift.status,
                pending=GiftStatus.PENDING,
                approved=GiftStatus.APPROVED,
            )
        )
    if gift.status is GiftStatus.APPROVED:
        referenced(session, Budget, gift.budget_id).committed_fen -= gift.amount_fen  # released
    gift.status = GiftStatus.CANCELLED
    gift.closed_by_id = actor.manager_id
    gift.closed_at = utcnow()
    if note.strip():
        gift.note = (gift.note + "\n" if gift.note else "") + note.strip()
    session.flush()
    return gift, Changes(members=frozenset({gift.member_id}), gifts=True)


def list_gifts(
    session: Session, actor: Actor, *, manager: str | None = None, status: GiftStatus | None = None
) -> list[GiftRow]:
    stmt = (
        select(Gift, Member, Manager)
        .join(Member, Gift.member_id == Member.id)
        .join(Manager, Gift.manager_id == Manager.id)
        .where(Gift.deleted.is_(False))
    )
    visible = visible_manager_ids(session, actor)
    if visible is not None:
        stmt = stmt.where(Gift.manager_id.in_(visible))
    if manager:
        stmt = stmt.where(Manager.code == manager)
        if visible is not None and not session.scalar(
            select(Manager.id).where(Manager.code == manager, Manager.id.in_(visible))
        ):
            raise PermissionDenied(
                msg(
                    "{field}: {manager}'s gifts are not visible to {user}",
                    field="manager",
                    manager=manager,
                    user=actor.code,
                )
            )
    if status:
        stmt = stmt.where(Gift.status == status)
    rows = []
    for g, m, mgr in session.execute(stmt.order_by(Gift.planned_on, Gift.requested_at)):
        over_cap, over_budget = parse_reason(g.pending_reason)
        rows.append(
            GiftRow(
                id=g.id,
                member_name=m.name,
                member_phone=m.phone,
                tier=m.tier,
                manager_code=mgr.code,
                occasion=g.occasion,
                items=g.items,
                amount_fen=g.amount_fen,
                cap_fen=g.cap_fen,
                planned_on=g.planned_on,
                status=g.status,
                over_cap_fen=over_cap,
                over_budget_fen=over_budget,
                decision_comment=g.decision_comment,
                delivered_on=g.delivered_on,
                note=g.note or "",
                manager_name=mgr.name,
            )
        )
    return rows


def _expect(gift: Gift, status: GiftStatus, verb: str) -> None:
    """Refuse to ``verb`` (approve, reject, deliver) a gift that is not in ``status``."""
    if gift.status is status:
        return
    values = {"status": status, "current": gift.status}
    if verb == "approve":
        text = msg("only a gift that is {status} can be approved; this one is {current}", **values)
    elif verb == "reject":
        text = msg("only a gift that is {status} can be rejected; this one is {current}", **values)
    elif verb == "deliver":
        text = msg("only a gift that is {status} can be delivered; this one is {current}", **values)
    else:
        raise AssertionError(f"no sentence for {verb!r}")
    raise GiftStateError(text)


def _decide(gift: Gift, actor: Actor, comment: str) -> None:
    gift.decided_by_id = actor.manager_id
    gift.decided_at = utcnow()
    gift.decision_comment = comment.strip()
