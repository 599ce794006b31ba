"""Member profile edits (validated, all-or-nothing), the timeline, and the work log."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from vipcrm.domain.birthday import Birthday
from vipcrm.domain.errors import Message, NotFound, PermissionDenied, ValidationError
from vipcrm.domain.values import Channel, GiftStatus, Occasion, Outcome, Role, Tier
from vipcrm.services import budgets, gifts
from vipcrm.services.contacts import log_contact
from vipcrm.services.context import Changes, resolve_actor
from vipcrm.services.directory import add_manager
from vipcrm.services.members import NewMember, add_member, find_member
from vipcrm.services.profile import (
    ADDRESS_LIMIT,
    ProfileEdit,
    ProfileErrors,
    add_note,
    check_landline,
    check_profile,
    load_profile,
    member_events,
    update_profile,
)
from vipcrm.services.worklog import MAX_DAYS, week_of, work_log
from vipcrm.store.models import Member
from vipcrm.store.timeline import EventKind

TODAY = date(2026, 11, 22)
PHONE = "13800138000"


@pytest.fixture
def book(db):
    with db.transaction() as s:
        boot = resolve_actor(s, "setup")
        add_manager(s, boot, code="L1", name="陈静", team="T1", role=Role.LEAD)
        lead = resolve_actor(s, "L1")
        add_manager(s, lead, code="M1", name="赵磊", team="T1", role=Role.MANAGER)
        add_manager(s, lead, code="M2", name="孙丽", team="T1", role=Role.MANAGER)
        add_member(
            s, lead, NewMember(phone=PHONE, name="张伟", tier=Tier.GOLD, manager="M1"), TODAY
        )
        add_member(
            s,
            lead,
            NewMember(phone="13900139001", name="李娜", tier=Tier.SILVER, manager="M2"),
            TODAY,
        )
    return db


def member_id(db):
    with db.reading() as s:
        return s.scalar(select(Member.id).where(Member.phone == PHONE))


def test_profile_edit_saves_only_what_changed_and_updates_pinyin(book):
    mid = member_id(book)
    with book.transaction() as s:
        m1 = resolve_actor(s, "M1")
        changes = update_profile(
            s,
            m1,
            mid,
            ProfileEdit(
                name="张伟明",
                landline="010-12345678",
                address=" 北京市朝阳区 ",
                birthday="04-12L",
                birthday_lunar=True,
                important=True,
                notes="喜欢短信",
            ),
        )
    assert changes == Changes(members=frozenset({mid}))
    with book.reading() as s:
        p = load_profile(s, resolve_actor(s, "M1"), mid)
        assert (p.name, p.landline, p.address, p.notes, p.important) == (
            "张伟明",
            "010-12345678",
            "北京市朝阳区",
            "喜欢短信",
            True,
        )
        assert p.birthday == Birthday(month=4, day=12, lunar=True, leap=True)
        assert p.manager_code == "M1" and p.tier_history[0].tier is Tier.GOLD
        assert "zwm" in s.get(Member, mid).name_pinyin
    with book.transaction() as s:
        same = ProfileEdit(
            name="张伟明",
            landline="010-12345678",
            address="北京市朝阳区",
            birthday="04-12L",
            birthday_lunar=True,
            important=True,
            notes="喜欢短信",
        )
        assert update_profile(s, resolve_actor(s, "M1"), mid, same) == Changes()


def test_invalid_fields_are_all_reported_and_nothing_is_saved(book):
    mid = member_id(book)
    with pytest.raises(ProfileErrors) as caught, book.transaction() as s:
        update_profile(
            s,
            resolve_actor(s, "M1"),
            mid,
            ProfileEdit(name="  ", landline="12ab", birthday="02-30", address="好"),
        )
    assert set(caught.value.errors) == {"name", "landline", "birthday"}
    assert "real date" in caught.value.errors["birthday"]
    # each message keeps its template and values, for the desktop app to translate
    assert all(isinstance(m, Message) for m in caught.value.errors.values())
    landline = caught.value.errors["landline"]
    assert landline.template.startswith("'{text}' is not a landline number")
    assert landline.params == {"text": "12ab"} and landline.startswith("'12ab' is not")
    with book.reading() as s:
        m = s.get(Member, mid)
        assert (m.name, m.landline, m.address) == ("张伟", None, None)


def test_landline_forms():
    assert check_landline("") is None
    assert check_landline("0571 8888 6666-123") == "057188886666-123"
    assert check_landline("８８８８６６６６") == "88886666"
    with pytest.raises(ValidationError):
        check_landline("138001380001234")


def test_another_managers_member_is_refused(book):
    with pytest.raises(PermissionDenied) as caught, book.transaction() as s:
        update_profile(s, resolve_actor(s, "M2"), member_id(book), ProfileEdit(name="x"))
    assert str(caught.value) == f"member: {PHONE} is not one of M2's members"
    assert caught.value.text.params == {"field": "member", "phone": PHONE, "manager": "M2"}


def test_an_overlong_address_names_the_limit():
    with pytest.raises(ProfileErrors) as caught:
        check_profile(ProfileEdit(name="张伟", address="好" * (ADDRESS_LIMIT + 1)))
    message = caught.value.errors["address"]
    assert message == f"is longer than {ADDRESS_LIMIT} characters"
    assert message.template == "is longer than {limit} characters"


def test_timeline_has_every_kind_newest_first_and_filters(book):
    mid = member_id(book)
    with book.transaction() as s:
        m1 = resolve_actor(s, "M1")
        log_contact(
            s,
            m1,
            member_ref=PHONE,
            channel=Channel.PHONE,
            outcome=Outcome.NO_ANSWER,
            at=datetime(2026, 11, 20, 2, 0, tzinfo=UTC),
            note="无人接听",
        )
        log_contact(
            s,
            m1,
            member_ref=PHONE,
            channel=Channel.SMS,
            outcome=Outcome.REACHED,
            at=datetime(2026, 11, 21, 2, 0, tzinfo=UTC),
        )
        add_note(s, m1, mid, "客户下月出国")
        lead = resolve_actor(s, "L1")
        budgets.set_team_budget(s, lead, team="T1", period="2026-11", amount_fen=50000)
        budgets.set_manager_budget(s, lead, manager="M1", period="2026-11", amount_fen=30000)
        gifts.request_gift(
            s, m1, member_ref=PHONE, occasion=Occasion.BIRTHDAY, amount_fen=15000, today=TODAY
        )
    with book.reading() as s:
        events = member_events(s, resolve_actor(s, "M1"), mid)
        kinds = [e.kind for e in events]
        assert set(kinds) == {EventKind.CONTACT, EventKind.NOTE, EventKind.GIFT, EventKind.TIER}
        assert [e.at for e in events] == sorted((e.at for e in events), reverse=True)
        contacts = [e for e in events if e.kind is EventKind.CONTACT]
        assert contacts[0].channel is Channel.SMS and contacts[1].text == "无人接听"
        assert contacts[1].by == "赵磊"
        gift = next(e for e in events if e.kind is EventKind.GIFT)
        assert gift.gift_status is GiftStatus.PENDING and gift.amount_fen == 15000
        only = member_events(s, resolve_actor(s, "M1"), mid, frozenset({EventKind.NOTE}))
        assert [e.text for e in only] == ["客户下月出国"]


def test_empty_note_is_refused(book):
    with pytest.raises(ValidationError), book.transaction() as s:
        add_note(s, resolve_actor(s, "M1"), member_id(book), "   ")


def test_work_log_by_local_day_with_counts(book):
    with book.transaction() as s:
        m1 = resolve_actor(s, "M1")
        for at, channel, outcome in [
            (
                datetime(2026, 11, 16, 16, 30, tzinfo=UTC),
                Channel.PHONE,
                Outcome.REACHED,
            ),  # 17th local
            (datetime(2026, 11, 17, 3, 0, tzinfo=UTC), Channel.SMS, Outcome.REACHED),
            (datetime(2026, 11, 18, 3, 0, tzinfo=UTC), Channel.PHONE, Outcome.PHONE_OFF),
            (datetime(2026, 11, 15, 3, 0, tzinfo=UTC), Channel.PHONE, Outcome.REACHED),  # last week
        ]:
            log_contact(s, m1, member_ref=PHONE, channel=channel, outcome=outcome, at=at)
    start, end = week_of(date(2026, 11, 18))
    assert (start, end) == (date(2026, 11, 16), date(2026, 11, 22))
    with book.reading() as s:
        log = work_log(s, resolve_actor(s, "M1"), start=start, end=end)
        assert log.total == 3 and log.manager_code == "M1"
        assert log.by_channel == {Channel.PHONE: 2, Channel.SMS: 1}
        assert log.by_outcome == {Outcome.REACHED: 2, Outcome.PHONE_OFF: 1}
        assert log.by_day == {date(2026, 11, 17): 2, date(2026, 11, 18): 1}
        assert [e.day for e in log.entries] == [
            date(2026, 11, 18),
            date(2026, 11, 17),
            date(2026, 11, 17),
        ]
        phone_only = work_log(
            s, resolve_actor(s, "M1"), start=start, end=end, channel=Channel.PHONE
        )
        assert len(phone_only.entries) == 2 and phone_only.total == 3
        # the lead may review a manager of the team; another manager may not
        assert (
            work_log(s, resolve_actor(s, "L1"), start=start, end=end, manager_code="M1").total == 3
        )
        with pytest.raises(PermissionDenied) as denied:
            work_log(s, resolve_actor(s, "M2"), start=start, end=end, manager_code="M1")
        assert str(denied.value) == "manager: M2 may not read M1's work log"
        assert denied.value.text.template == "{field}: {actor} may not read {manager}'s work log"
        with pytest.raises(ValidationError):
            work_log(s, resolve_actor(s, "M1"), start=end, end=start)
        with pytest.raises(ValidationError) as too_long:
            work_log(s, resolve_actor(s, "M1"), start=start, end=start + timedelta(days=400))
        assert too_long.value.text.params == {"days": MAX_DAYS}
        assert str(too_long.value) == f"end: a work log covers at most {MAX_DAYS} days"


def test_finding_and_adding_members_refuses_in_sentences_with_their_values(book):
    with book.transaction() as s:
        m1 = resolve_actor(s, "M1")
        with pytest.raises(NotFound) as missing:
            find_member(s, "13700137000", "member")
        assert str(missing.value) == "member: no member with mobile number 13700137000"
        assert missing.value.text.params == {"field": "member", "phone": "13700137000"}
        with pytest.raises(ValidationError) as neither:
            find_member(s, "hello", "member")
        assert neither.value.text.template == "'{ref}' is neither a mobile number nor a member id"
        with pytest.raises(ValidationError) as taken:
            add_member(s, m1, NewMember(phone=PHONE, name="重复", tier=Tier.GOLD), TODAY)
        assert str(taken.value) == f"phone: {PHONE} already belongs to an active member"
        with pytest.raises(PermissionDenied) as elsewhere:
            add_member(
                s,
                m1,
                NewMember(phone="13700137000", name="新", tier=Tier.GOLD, manager="M2"),
                TODAY,
            )
        assert str(elsewhere.value) == "manager: M1 may not assign members to M2"
        assert elsewhere.value.text.params["field"] == "manager"
