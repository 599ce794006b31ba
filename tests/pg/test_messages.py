"""Sync's error sentences are msg() templates the desktop app can translate."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from vipcrm.domain.errors import Message, NotFound, ValidationError, VipcrmError
from vipcrm.domain.values import Role
from vipcrm.sync import admin, pgconn
from vipcrm.sync.conflicts import resolve_conflict
from vipcrm.sync.engine import check_versions
from vipcrm.sync.protocol import CLIENT_VERSION, NEEDS_SCHEMA, ServerInfo, VersionSkew


def _info(**changes: object) -> ServerInfo:
    values: dict[str, object] = {
        "schema_version": NEEDS_SCHEMA,
        "min_client_version": CLIENT_VERSION,
        "log_horizon": 0,
        "login": "a_login",
        "manager_id": uuid.uuid4(),
        "user_code": "A",
        "role": "manager",
        "team_id": None,
    }
    values.update(changes)
    return ServerInfo(**values)  # type: ignore[arg-type]


def test_version_skew_nests_what_is_kept_as_its_own_sentence():
    check_versions(_info(), pending=3)  # in step: nothing raised
    with pytest.raises(VersionSkew) as skew:
        check_versions(_info(min_client_version=CLIENT_VERSION + 1), pending=2)
    text = skew.value.text
    assert isinstance(text, Message)
    assert text.params["needed"] == CLIENT_VERSION + 1
    kept = text.params["kept"]
    assert isinstance(kept, Message) and kept.params == {"count": 2}
    assert str(skew.value).endswith(
        "update vipcrm; your 2 change(s) stay in the outbox on this laptop"
    )
    with pytest.raises(VersionSkew) as unlinked:
        check_versions(_info(user_code=None), pending=0)
    assert str(unlinked.value) == (
        "the login a_login is not linked to a vipcrm user; nothing on this laptop is lost"
    )
    assert unlinked.value.text.params["kept"].template == "nothing on this laptop is lost"


def test_a_connection_string_that_is_not_one_names_the_dsn_field():
    with pytest.raises(VipcrmError) as refused:
        pgconn.dsn_parts("not a dsn")
    assert isinstance(refused.value.text, Message)
    assert refused.value.text.params["field"] == "dsn"
    assert str(refused.value).startswith("dsn: not a PostgreSQL connection string (missing")
    assert str(refused.value).endswith(")")


def test_an_unknown_keep_choice_is_refused_before_anything_is_read():
    with pytest.raises(ValidationError) as refused:
        resolve_conflict(None, 1, "both")  # type: ignore[arg-type]
    assert str(refused.value) == "keep: 'both' is not one of mine, theirs"
    assert isinstance(refused.value.message, Message)


def test_central_admin_refusals_are_messages(central):
    with pytest.raises(NotFound) as no_lead:
        central.add_team("T9", lead="NOBODY")
    assert str(no_lead.value) == "lead: no user 'NOBODY' (add it with 'central user add')"
    assert no_lead.value.text.params == {"field": "lead", "code": "NOBODY"}
    central.add_team("T1")
    with pytest.raises(ValidationError) as twice:
        central.add_team("T1")
    assert str(twice.value) == "code: team 'T1' already exists"
    assert isinstance(twice.value.message, Message)
    with pytest.raises(ValidationError) as teamless:
        admin.add_user(central.admin_dsn, code="M1", name="经理", role=Role.MANAGER)
    assert str(teamless.value) == "team: a manager belongs to a team (--team T)"
    assert teamless.value.message.params["role"] is Role.MANAGER
    with pytest.raises(NotFound) as no_team:
        admin.add_user(
            central.admin_dsn,
            code="M1",
            name="经理",
            role=Role.MANAGER,
            team="T404",
            password="long-enough",
            login=f"m1_{central.dbname}",
        )
    assert no_team.value.text.params == {"field": "team", "code": "T404"}


def test_a_wrong_password_is_a_message_naming_the_store(central):
    central.add_team("T1")
    central.add_user("A", "manager", "T1")
    with pytest.raises(pgconn.CentralLoginFailed) as refused:
        pgconn.connect(central.dsn("A"), password="wrong-password")
    text = refused.value.text
    assert isinstance(text, Message)
    assert text.template == "the central store {target} refused the login: {reason}"
    assert central.logins["A"] in text.params["target"]
    assert not isinstance(refused.value, psycopg.Error)
