"""The central store's own objects on PostgreSQL: change log, idempotency, roles, guards, RLS.

Installed by the PostgreSQL-only Alembic revisions (and re-applied by ``vipcrm central
init``; every statement is idempotent). The tables themselves come from the ordinary
migrations; this adds what makes PostgreSQL the authority:

- ``sync_changes``: one row per inserted/updated row (statement triggers), stamped with
  the writing transaction's id (``xid8``) and its *audience*: who could see the row before
  and after the change (see "Who sees a change" below). Pulls read ``(xid, seq)`` order and
  only transactions older than the snapshot's xmin, so a transaction that took a lower
  number but commits late is never skipped.
- ``sync_applied_ops``: operation ids applied, with their result (replays are answered).
- ``central_meta``: schema version and the oldest client allowed to sync.
- ``central_logins``: which PostgreSQL login is which ``managers`` row.
- triggers: server-side ``version``/``updated_at``; guards (ownership and tier only by a
  lead/admin, gift status only through the decision functions, budget counters kept by
  the server, card paths valid, a gift holding budget never deleted, contacts, notes,
  card steps and benefit uses kept as they were written); who wrote a row
  (authors, the audit trail's who/when/from where) stamped by the server; accounting in
  SECURITY DEFINER trigger functions (never callable directly) and two self-authorising
  functions, ``vipcrm_decide_gift`` and ``vipcrm_close_gift``.
- row-level security, enabled and forced on every synchronised table and the change log,
  by role scope; every row written is checked for the visibility of what it points at.
- CHECK constraints keeping control and direction-override characters out of names and
  notes (the sets of :mod:`vipcrm.domain.text`).

The attacker this is built against is a legitimate manager or lead with ``psql`` and their
own password (docs/security.md). So every function runs with a fixed ``search_path``
(``pg_catalog``, our schema, ``pg_temp`` last: a temporary table can never stand in for one
of ours) and names every object with its schema; PUBLIC may create nothing (no TEMP on the
database, no CREATE on it or the schema: ``vipcrm central init`` revokes them).

Guards run with the caller's rights, so ``current_user`` tells them who is acting: a login
role, or the owner role inside our own SECURITY DEFINER code ("trusted"). Superusers and
members of the owner role (the operator's tools) are "system" and are not second-guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sqlalchemy import String, Text

from vipcrm.domain.cards import TRANSITIONS, initial_state
from vipcrm.domain.text import NAME_REFUSED, NOTE_REFUSED, Ranges
from vipcrm.domain.values import (
    CAMPAIGN_RESULTS,
    CampaignKind,
    CampaignResult,
    CardKind,
    CardState,
    TierChange,
)
from vipcrm.services.cards import START_STEPS
from vipcrm.sync.central_benefits import benefit_functions, benefit_triggers
from vipcrm.sync.tables import (
    APPEND_ONLY,
    DIRECTORY_TABLES,
    OWNED_CHILDREN,
    SERVER_FIELDS,
    SYNC_TABLES,
    table,
)

OWNER = "vipcrm_owner"
GROUPS = {"manager": "vipcrm_manager", "lead": "vipcrm_lead", "admin": "vipcrm_admin"}
ALL_GROUPS = ", ".join(GROUPS.values())

#: The central schema this code installs; clients check it (see vipcrm.sync.protocol).
#: 2: audit_log synchronised; 3: contact_attempts.sent_confirmed_at, .source;
#: 4: change log by audience, audit rows stamped by the server.
#: 5: the benefits table, benefit_uses.manager_id and .exception_reason, the allowance
#: guard (vipcrm.sync.central_benefits).
#: 6: plan_items.carried_from, .reason (saved plans keep codes)
#: 7: campaigns (team-level, written by leads), campaign_targets, campaign_outcomes
#: 8: a campaign's code unique per team (and among the team-less ones), not store-wide;
#: a campaign's per-tier steps (campaigns.diamond_due_on, gold_due_on, silver_due_on,
#: each CHECKed to lie in the period: revisions c8e0a2b4d6f8, e7a9c1d3f5b7)
CENTRAL_SCHEMA_VERSION = 8
#: The oldest client protocol this schema serves.
MIN_CLIENT_VERSION = 1

#: Where each kind of card starts (its first step is START_STEPS[kind]).
INITIAL_STATES = {kind: initial_state(kind) for kind in CardKind}


class CentralSchemaError(RuntimeError):
    """The central schema cannot be installed (missing roles, privileges)."""


# --- who is acting: one set of policies per group role -----------------------------
#
# Policies name the group role they are for (``TO vipcrm_manager`` ...), so PostgreSQL
# combines only the ones that apply to the login: a manager's member check is a plain
# ``manager_id = $me`` (an index lookup), never an OR it cannot use an index for.
# (Names in a policy are resolved once, when it is created: no search_path applies later.)

ME = "(SELECT vipcrm_my_id())"
TEAM = "(SELECT vipcrm_my_team())"
TEAM_MANAGERS = "(SELECT vipcrm_team_managers())::uuid[]"
ROLES = ("manager", "lead", "admin")

Scope = tuple[str, str | None, str | None]  # read, insert check, update check (None: not allowed)


def _same(expr: str) -> Scope:
    return (expr, expr, expr)


def _visible(column: str, parent: str) -> str:
    return f"({column} IS NULL OR {column} IN (SELECT id FROM {parent}))"


def _base_scopes() -> dict[str, dict[str, Scope]]:
    """table → role → (read, insert, update), before the reference checks."""
    read_only: Scope = ("true", None, None)
    writable: Scope = ("true", "true", "true")
    everything = {"admin": writable}
    scopes: dict[str, dict[str, Scope]] = {
        "teams": {"manager": read_only, "lead": read_only, **everything},
        "managers": {"manager": read_only, "lead": read_only, **everything},
        "group_customers": {"manager": ("true", "true", None), "lead": writable, **everything},
        "rules": {"manager": read_only, "lead": writable, **everything},
        "benefits": {"manager": read_only, "lead": writable, **everything},
        "gift_caps": {"manager": read_only, "lead": writable, **everything},
        "calendar_days": {"manager": read_only, "lead": writable, **everything},
        # every role reads every table (a laptop copies them all); here managers see none
        "grading_imports": {"manager": ("false", None, None), "lead": writable, **everything},
        "members": {
            "manager": _same(f"manager_id = {ME}"),
            "lead": _same(f"manager_id IS NULL OR manager_id = ANY ({TEAM_MANAGERS})"),
            **everything,
        },
        "service_plans": {
            "manager": _same(f"manager_id = {ME}"),
            "lead": _same(f"manager_id = ANY ({TEAM_MANAGERS})"),
            **everything,
        },
        "budgets": {
            "manager": (
                f"team_id = {TEAM} AND (manager_id = {ME} OR manager_id IS NULL)",
                None,
                None,
            ),
            # a lead's lines are the team's, for the team's managers only
            "lead": (
                f"team_id = {TEAM}",
                f"team_id = {TEAM} AND (manager_id IS NULL OR manager_id = ANY ({TEAM_MANAGERS}))",
                f"team_id = {TEAM} AND (manager_id IS NULL OR manager_id = ANY ({TEAM_MANAGERS}))",
            ),
            **everything,
        },
        # team-level data: the team reads its campaigns (and the administrator's, team_id
        # NULL); only the team's lead (or an administrator) writes them
        "campaigns": {
            "manager": (f"team_id IS NULL OR team_id = {TEAM}", None, None),
            "lead": (
                f"team_id IS NULL OR team_id = {TEAM}",
                f"team_id = {TEAM}",
                f"team_id = {TEAM}",
            ),
            **everything,
        },
        "budget_adjustments": {
            role: (
                "from_budget_id IN (SELECT id FROM budgets) "
                "OR to_budget_id IN (SELECT id FROM budgets)"
                if role != "admin"
                else "true",
                None,
                None,
            )
            for role in ROLES
        },
    }
    for parent, children in OWNED_CHILDREN.items():
        for child, column in children:
            below = _same(f"{column} IN (SELECT id FROM {parent})")
            scopes[child] = {"manager": below, "lead": below, **everything}
    # the tier history is the re-grading's record (a lead's import; churn is counted from
    # it): a manager writes only the first row of a member they add, and changes none
    read, insert, _update = scopes["tier_history"]["manager"]
    scopes["tier_history"]["manager"] = (read, f"{insert} AND change = '{TierChange.NEW}'", None)
    # who a campaign targets is the lead's choice: a manager reads their members' rows only;
    # a lead adds targets to the team's own campaigns (an administrator's are the admin's)
    read, _insert, _update = scopes["campaign_targets"]["manager"]
    scopes["campaign_targets"]["manager"] = (read, None, None)
    read, insert, update = scopes["campaign_targets"]["lead"]
    own = f"campaign_id IN (SELECT id FROM campaigns WHERE team_id = {TEAM})"
    scopes["campaign_targets"]["lead"] = (read, f"{insert} AND {own}", f"{update} AND {own}")
    # targets and outcomes travel with their member, but a campaign is the team's: a member
    # moved to another team keeps its target and outcomes of the old team's campaign, and
    # they are read only with the campaign (a laptop never holds a target whose campaign it
    # cannot see; the change log still names them, and the laptop finds them gone)
    for child in ("campaign_targets", "campaign_outcomes"):
        for role in ("manager", "lead"):
            read, insert, update = scopes[child][role]
            scopes[child][role] = (
                f"({read}) AND campaign_id IN (SELECT id FROM campaigns)",
                insert,
                update,
            )
    # the audit trail: append-only; about members one sees, or one's own (and for a lead
    # the team's) entries on other rows; written only about members one sees; the server
    # stamps who really wrote it, when and from where
    about = "member_id IN (SELECT id FROM members)"
    scopes["audit_log"] = {
        "manager": (
            f"{about} OR actor_code = (SELECT vipcrm_my_code())",
            _visible("member_id", "members"),
            None,
        ),
        "lead": (
            f"{about} OR actor_code = ANY ((SELECT vipcrm_team_codes())::text[])",
            _visible("member_id", "members"),
            None,
        ),
        "admin": ("true", "true", None),
    }
    return scopes


#: Rows a role may change, where narrower than what it reads (an UPDATE policy's USING;
#: otherwise the read scope): a lead reads the administrator's campaigns (team_id NULL) but
#: changes only the team's own, so it cannot move an administrator's campaign into the team.
UPDATE_USING: dict[tuple[str, str], str] = {("campaigns", "lead"): f"team_id = {TEAM}"}


def _outcome_fits(kind: str, result: str, score: str) -> str:
    """SQL: the rule of vipcrm.domain.campaigns.check_outcome (a survey answers with a
    score, or is unreachable; a marketing campaign's results carry no score)."""
    answered = CampaignResult.ANSWERED.value
    parts = []
    for k in CampaignKind:
        allowed = ", ".join(f"'{r.value}'" for r in CAMPAIGN_RESULTS[k])
        parts.append(f"({kind} = '{k.value}' AND {result} IN ({allowed}))")
    return f"({' OR '.join(parts)}) AND (({result} = '{answered}') = ({score} IS NOT NULL))"


def _with_references(scopes: dict[str, dict[str, Scope]]) -> dict[str, dict[str, Scope]]:
    """Every written row must point only at rows its writer may see: each foreign key to a
    table the role does not see whole is checked (the server's own fields excepted)."""
    out: dict[str, dict[str, Scope]] = {}
    for name, by_role in scopes.items():
        out[name] = {}
        server = SERVER_FIELDS.get(name, frozenset())
        for role, (read, insert, update) in by_role.items():
            checks = []
            for fk in sorted(table(name).foreign_keys, key=lambda k: k.parent.name):
                parent = fk.column.table.name
                column = fk.parent.name
                if column in server or parent not in scopes:
                    continue
                if scopes[parent][role][0] == "true":
                    continue
                if f"{column} IN (SELECT id FROM {parent})" in (insert or ""):
                    continue  # the scope itself is this check
                checks.append(_visible(column, parent))
            extra = " AND ".join(checks)

            def both(expr: str | None, extra: str = extra) -> str | None:
                if expr is None or not extra:
                    return expr
                return f"({expr}) AND {extra}"

            out[name][role] = (read, both(insert), both(update))
    return out


SCOPES = _with_references(_base_scopes())


def missing_scopes() -> list[str]:
    """Synchronised tables (or roles) nobody has decided the visibility of (a test keeps
    this empty): every role must be able to read every table, if only to see nothing."""
    return [t for t in SYNC_TABLES if t not in SCOPES or set(SCOPES[t]) != set(ROLES)]


# --- who sees a change: the change log's audience -----------------------------------------
#
# Each change-log entry carries the *audience* of its row: tokens naming who could see the
# row before the change and who can see it after, so a reassignment reaches both the old
# owner's laptop (which removes the row) and the new one's (which fetches it):
#
#   'all'      every login (the directory)        'leads'   every lead (unassigned members)
#   'm:<id>'   that manager (the row's owner)      'l:<id>'  the lead of that team
#   't:<id>'   everyone in that team (the team's budget line)
#
# A login sees an entry whose audience shares a token with ``vipcrm_my_audience()``, and
# also one whose *parent* (the member, or the plan, the row belongs to) it can see now: a
# member reassigned while a change to its contacts was being written still brings that
# change to the new owner.


def _owner_audience(manager: str, team: str) -> str:
    return (
        f"CASE WHEN {manager} IS NULL THEN ARRAY['leads'] "
        f"ELSE array_remove(ARRAY['m:' || {manager}, 'l:' || {team}], NULL) END"
    )


def _budget_audience(manager: str, team: str) -> str:
    return (
        f"CASE WHEN {manager} IS NULL THEN ARRAY['t:' || {team}] "
        f"ELSE ARRAY['m:' || {manager}, 'l:' || {team}] END"
    )


def _member_joins(s: str, member: str) -> str:
    return (
        f"LEFT JOIN {s}.members m ON m.id = {member} "
        f"LEFT JOIN {s}.managers o ON o.id = m.manager_id"
    )


def _member_audience() -> str:
    return f"CASE WHEN m.id IS NULL THEN '{{}}'::text[] ELSE {_owner_audience('m.manager_id', 'o.team_id')} END"


def audience_sql(name: str, s: str) -> tuple[str, str, str]:
    """How a row ``r`` of ``name`` finds its audience: (joins, audience, parent)."""
    if name in DIRECTORY_TABLES:
        return "", "ARRAY['all']", "NULL::uuid"
    if name == "grading_imports":
        return "", "ARRAY['leads']", "NULL::uuid"
    if name in ("members", "service_plans"):
        return (
            f"LEFT JOIN {s}.managers o ON o.id = r.manager_id",
            _owner_audience("r.manager_id", "o.team_id"),
            "r.id",
        )
    if name == "audit_log":
        return (
            f"{_member_joins(s, 'r.member_id')} LEFT JOIN {s}.managers a ON a.code = r.actor_code",
            f"{_member_audience()} || array_remove(ARRAY['m:' || a.id, 'l:' || a.team_id], NULL)",
            "r.member_id",
        )
    if name in {child for child, _ in OWNED_CHILDREN["members"]}:
        return _member_joins(s, "r.member_id"), _member_audience(), "r.member_id"
    if name == "card_steps":
        return (
            f"LEFT JOIN {s}.cards c ON c.id = r.card_id {_member_joins(s, 'c.member_id')}",
            _member_audience(),
            "c.member_id",
        )
    if name == "plan_items":
        return (
            f"LEFT JOIN {s}.service_plans p ON p.id = r.plan_id "
            f"LEFT JOIN {s}.managers o ON o.id = p.manager_id",
            f"CASE WHEN p.id IS NULL THEN '{{}}'::text[] "
            f"ELSE {_owner_audience('p.manager_id', 'o.team_id')} END",
            "r.plan_id",
        )
    if name == "budgets":
        return "", _budget_audience("r.manager_id", "r.team_id"), "NULL::uuid"
    if name == "campaigns":
        return (
            "",
            "CASE WHEN r.team_id IS NULL THEN ARRAY['all'] ELSE ARRAY['t:' || r.team_id] END",
            "NULL::uuid",
        )
    if name == "budget_adjustments":
        return (
            f"LEFT JOIN {s}.budgets f ON f.id = r.from_budget_id "
            f"LEFT JOIN {s}.budgets b ON b.id = r.to_budget_id",
            f"CASE WHEN f.id IS NULL THEN '{{}}'::text[] "
            f"ELSE {_budget_audience('f.manager_id', 'f.team_id')} END || "
            f"CASE WHEN b.id IS NULL THEN '{{}}'::text[] "
            f"ELSE {_budget_audience('b.manager_id', 'b.team_id')} END",
            "NULL::uuid",
        )
    raise CentralSchemaError(
        f"no change-log audience for {name} (add it to vipcrm.sync.central_schema.audience_sql)"
    )


def missing_audiences() -> list[str]:
    out = []
    for name in SYNC_TABLES:
        try:
            audience_sql(name, "public")
        except CentralSchemaError:
            out.append(name)
    return out


# --- card paths, generated from vipcrm.domain.cards.TRANSITIONS ------------------------


def _depths() -> dict[CardState, int]:
    """Longest-path depth of each state: any valid path strictly increases it."""
    depth = {s: 0 for s in CardState}
    for _ in range(len(CardState)):
        for src, steps in TRANSITIONS.items():
            for dst in steps.values():
                depth[dst] = max(depth[dst], depth[src] + 1)
    return depth


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _ident(name: str) -> str:
    """``name`` as an SQL identifier (quoted when it has to be)."""
    if re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        return name
    return '"' + name.replace('"', '""') + '"'


def _path(s: str) -> str:
    """Every function's search_path: the catalog, our schema, temporary objects last."""
    return f"SET search_path = pg_catalog, {s}, pg_temp"


def _definer(s: str) -> str:
    return f"SECURITY DEFINER {_path(s)}"


def card_functions(s: str) -> list[str]:
    p = _path(s)
    next_cases = "\n".join(
        f"    WHEN p_state = {_lit(src.value)} AND p_step = {_lit(step.value)} THEN {_lit(dst.value)}"
        for src, steps in TRANSITIONS.items()
        for step, dst in steps.items()
    )
    depth_cases = "\n".join(
        f"    WHEN {_lit(st.value)} THEN {d}"
        for st, d in sorted(_depths().items(), key=lambda x: x[1])
    )
    start_cases = "\n".join(
        f"    WHEN {_lit(k.value)} THEN {_lit(v)}" for k, v in START_STEPS.items()
    )
    initial_cases = "\n".join(
        f"    WHEN {_lit(k.value)} THEN {_lit(v.value)}" for k, v in INITIAL_STATES.items()
    )
    return [
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_card_next(p_state text, p_step text) RETURNS text
LANGUAGE sql IMMUTABLE {p} AS $$
  SELECT CASE
{next_cases}
  END
$$""",
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_card_depth(p_state text) RETURNS integer
LANGUAGE sql IMMUTABLE {p} AS $$
  SELECT CASE p_state
{depth_cases}
  END
$$""",
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_card_start_step(p_kind text) RETURNS text
LANGUAGE sql IMMUTABLE {p} AS $$
  SELECT CASE p_kind
{start_cases}
  END
$$""",
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_card_initial(p_kind text) RETURNS text
LANGUAGE sql IMMUTABLE {p} AS $$
  SELECT CASE p_kind
{initial_cases}
  END
$$""",
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_card_problem(p_card uuid) RETURNS text
LANGUAGE plpgsql STABLE {p} AS $$
DECLARE
  c record;
  st record;
  prev text := NULL;
BEGIN
  SELECT kind, state INTO c FROM {s}.cards WHERE id = p_card;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  FOR st IN
    SELECT step, state FROM {s}.card_steps WHERE card_id = p_card AND NOT deleted
    ORDER BY {s}.vipcrm_card_depth(state), step
  LOOP
    IF prev IS NULL THEN
      IF st.step <> {s}.vipcrm_card_start_step(c.kind)
         OR st.state <> {s}.vipcrm_card_initial(c.kind) THEN
        RETURN format('a %s card starts with the step %s, not %s', c.kind,
                      {s}.vipcrm_card_start_step(c.kind), st.step);
      END IF;
    ELSIF {s}.vipcrm_card_next(prev, st.step) IS DISTINCT FROM st.state THEN
      RETURN format('card step ''%s'' is not possible from ''%s''', st.step, prev);
    END IF;
    prev := st.state;
  END LOOP;
  prev := coalesce(prev, {s}.vipcrm_card_initial(c.kind));
  IF c.state <> prev THEN
    RETURN format('the card is %s but its steps lead to %s', c.state, prev);
  END IF;
  RETURN NULL;
END $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_check_card_path() RETURNS trigger
LANGUAGE plpgsql {p} AS $$
DECLARE
  problem text;
BEGIN
  IF {s}.vipcrm_trusted() THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'cards' THEN
    problem := {s}.vipcrm_card_problem(NEW.id);
  ELSE
    problem := {s}.vipcrm_card_problem(NEW.card_id);
  END IF;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION '%', problem USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$""",
    ]


# --- the SQL ---------------------------------------------------------------------------


def role_statements() -> list[str]:
    """Group and owner roles (need CREATEROLE; ``central init`` runs them first)."""
    out = []
    for role in (OWNER, *GROUPS.values()):
        out.append(
            f"""DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN
    CREATE ROLE {role} NOLOGIN NOBYPASSRLS;
  END IF;
END $$"""
        )
    return out


def table_statements(s: str) -> list[str]:
    return [
        f"""CREATE TABLE IF NOT EXISTS {s}.sync_changes (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  table_name text NOT NULL,
  row_id uuid NOT NULL,
  op text NOT NULL
)""",
        f"CREATE INDEX IF NOT EXISTS ix_sync_changes_xid_seq ON {s}.sync_changes (xid, seq)",
        # when the writing transaction started: what `vipcrm central prune --older-than` goes by
        # (entries logged before this column existed get the time it was added)
        f"ALTER TABLE {s}.sync_changes ADD COLUMN IF NOT EXISTS logged_at timestamptz NOT NULL "
        "DEFAULT now()",
        # who may see the entry (tokens, see audience_sql) and the member or plan it is about
        f"ALTER TABLE {s}.sync_changes ADD COLUMN IF NOT EXISTS audience text[] NOT NULL "
        "DEFAULT '{}'",
        f"ALTER TABLE {s}.sync_changes ADD COLUMN IF NOT EXISTS parent uuid",
        f"""CREATE TABLE IF NOT EXISTS {s}.sync_applied_ops (
  op_id uuid PRIMARY KEY,
  login name NOT NULL DEFAULT session_user,
  applied_at timestamptz NOT NULL DEFAULT now(),
  table_name text,
  row_id uuid,
  result jsonb
)""",
        f"""CREATE TABLE IF NOT EXISTS {s}.central_meta (
  id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  schema_version integer NOT NULL,
  min_client_version integer NOT NULL,
  log_horizon xid8 NOT NULL DEFAULT '0'
)""",
        f"""CREATE TABLE IF NOT EXISTS {s}.central_logins (
  role_name name PRIMARY KEY,
  manager_id uuid NOT NULL UNIQUE REFERENCES {s}.managers (id),
  created_at timestamptz NOT NULL DEFAULT now()
)""",
        f"""INSERT INTO {s}.central_meta (id, schema_version, min_client_version)
VALUES (1, {CENTRAL_SCHEMA_VERSION}, {MIN_CLIENT_VERSION})
ON CONFLICT (id) DO UPDATE SET
  schema_version = greatest(central_meta.schema_version, EXCLUDED.schema_version),
  min_client_version = greatest(central_meta.min_client_version, EXCLUDED.min_client_version)""",
    ]


def identity_functions(s: str) -> list[str]:
    d = _definer(s)
    p = _path(s)
    return [
        # The identity functions run for every row a guard looks at: PL/pgSQL keeps their
        # plans for the session (an SQL function with a SET clause is planned at each call).
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_is_system() RETURNS boolean
LANGUAGE plpgsql STABLE {d} AS $$
BEGIN
  RETURN coalesce((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user), false)
      OR pg_catalog.pg_has_role(session_user, '{OWNER}', 'MEMBER');
END $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_trusted() RETURNS boolean
LANGUAGE plpgsql STABLE {p} AS $$
BEGIN
  RETURN current_user = '{OWNER}' OR {s}.vipcrm_is_system();
END $$""",
        # The role is the login's group role (what the policies go by), not a column.
        # (A login linked to no user gets one row of NULLs.)
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_me(OUT manager_id uuid, OUT role text,
                                     OUT team_id uuid, OUT code text)
LANGUAGE plpgsql STABLE {d} AS $$
#variable_conflict use_column
BEGIN
  SELECT m.id,
         CASE WHEN pg_catalog.pg_has_role(session_user, '{GROUPS["admin"]}', 'MEMBER') THEN 'admin'
              WHEN pg_catalog.pg_has_role(session_user, '{GROUPS["lead"]}', 'MEMBER') THEN 'lead'
              WHEN pg_catalog.pg_has_role(session_user, '{GROUPS["manager"]}', 'MEMBER')
                THEN 'manager'
         END,
         m.team_id, m.code
  INTO manager_id, role, team_id, code
  FROM {s}.central_logins l JOIN {s}.managers m ON m.id = l.manager_id
  WHERE l.role_name = session_user AND m.active AND NOT m.deleted;
END $$""",
        *(
            f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_my_{name}() RETURNS {kind}
LANGUAGE plpgsql STABLE {d} AS $$
BEGIN
  RETURN (SELECT me.{column} FROM {s}.vipcrm_me() me);
END $$"""
            for name, kind, column in (
                ("id", "uuid", "manager_id"),
                ("role", "text", "role"),
                ("team", "uuid", "team_id"),
                ("code", "text", "code"),
            )
        ),
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_team_managers() RETURNS uuid[]
LANGUAGE sql STABLE {d} AS $$
  SELECT coalesce(array_agg(m.id), '{{}}')
  FROM {s}.managers m
  WHERE m.team_id = (SELECT team_id FROM {s}.vipcrm_me()) AND NOT m.deleted
$$""",
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_team_codes() RETURNS text[]
LANGUAGE sql STABLE {d} AS $$
  SELECT coalesce(array_agg(m.code), '{{}}')
  FROM {s}.managers m
  WHERE m.team_id = (SELECT team_id FROM {s}.vipcrm_me()) AND NOT m.deleted
$$""",
        # the change-log tokens this login answers to (see audience_sql)
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_my_audience() RETURNS text[]
LANGUAGE sql STABLE {d} AS $$
  SELECT array_remove(CASE me.role
           WHEN 'lead' THEN ARRAY['all', 'leads', 'm:' || me.manager_id, 'l:' || me.team_id,
                                  't:' || me.team_id]
           ELSE ARRAY['all', 'm:' || me.manager_id, 't:' || me.team_id]
         END, NULL)
  FROM {s}.vipcrm_me() me
$$""",
        # Whether the login may see a member (or plan) owned by p_owner: the members
        # policies' rule, for our own SECURITY DEFINER code (never granted to logins).
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_sees_owner(p_owner uuid) RETURNS boolean
LANGUAGE sql STABLE {d} AS $$
  SELECT {s}.vipcrm_is_system() OR coalesce((
    SELECT CASE me.role
             WHEN 'admin' THEN true
             WHEN 'lead' THEN p_owner IS NULL OR p_owner = ANY ({s}.vipcrm_team_managers())
             WHEN 'manager' THEN p_owner = me.manager_id
           END
    FROM {s}.vipcrm_me() me), false)
$$""",
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_yuan(p_fen bigint) RETURNS text
LANGUAGE sql IMMUTABLE {p} AS $$ SELECT '¥' || to_char(p_fen / 100.0, 'FM999999999990.00') $$""",
        # The newest change-log position below a snapshot's xmin. A pull that found no more
        # entries it may see moves its cursor there, so it does not read again the entries
        # of others (which it cannot see) at every sync. (The log's length is no secret:
        # pg_stat_user_tables counts its rows for everyone.)
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_log_position(p_below xid8, OUT xid xid8,
                                               OUT seq bigint)
LANGUAGE sql STABLE {d} AS $$
  SELECT c.xid, c.seq FROM {s}.sync_changes c WHERE c.xid < p_below
  ORDER BY c.xid DESC, c.seq DESC LIMIT 1
$$""",
    ]


def _log_function(name: str, s: str) -> str:
    joins, audience, parent = audience_sql(name, s)
    return f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_log_{name}() RETURNS trigger
LANGUAGE plpgsql {_definer(s)} AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO {s}.sync_changes (table_name, row_id, op, audience, parent)
    SELECT '{name}', r.id, 'insert', {audience}, {parent}
    FROM vipcrm_new_rows r {joins};
  ELSE
    INSERT INTO {s}.sync_changes (table_name, row_id, op, audience, parent)
    SELECT '{name}', r.id, 'update', ({audience}) || w.audience, {parent}
    FROM vipcrm_new_rows r {joins}
    JOIN (SELECT r.id, {audience} AS audience FROM vipcrm_old_rows r {joins}) w ON w.id = r.id;
  END IF;
  RETURN NULL;
END $$"""


def bookkeeping_functions(s: str) -> list[str]:
    d = _definer(s)
    p = _path(s)
    return [
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_stamp() RETURNS trigger
LANGUAGE plpgsql {p} AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.version := 1;
  ELSE
    NEW.version := OLD.version + 1;
  END IF;
  NEW.updated_at := now();
  RETURN NEW;
END $$""",
        *(_log_function(name, s) for name in SYNC_TABLES),
        # A manager moving team (or changing role) changes who may see their members:
        # every laptop re-checks those rows at its next pull. The entries reach the moved
        # user, the owners, and the leads of the teams before and after.
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_scope_moved() RETURNS trigger
LANGUAGE plpgsql {d} AS $$
DECLARE
  lead_ish boolean := OLD.role IN ('lead', 'admin') OR NEW.role IN ('lead', 'admin');
  moved text[] := array_remove(ARRAY['l:' || OLD.team_id, 'l:' || NEW.team_id], NULL);
  mover text[] := ARRAY['m:' || NEW.id];
BEGIN
  IF NEW.team_id IS DISTINCT FROM OLD.team_id OR NEW.role IS DISTINCT FROM OLD.role
     OR NEW.active IS DISTINCT FROM OLD.active THEN
    INSERT INTO {s}.sync_changes (table_name, row_id, op, audience, parent)
    SELECT 'members', m.id, 'scope',
           {_owner_audience("m.manager_id", "o.team_id")}
           || CASE WHEN m.manager_id = NEW.id THEN moved || mover ELSE '{{}}' END
           || CASE WHEN lead_ish THEN mover ELSE '{{}}' END,
           m.id
    FROM {s}.members m LEFT JOIN {s}.managers o ON o.id = m.manager_id
    WHERE m.manager_id = NEW.id
       OR m.manager_id IN (SELECT id FROM {s}.managers WHERE team_id IN (OLD.team_id, NEW.team_id))
       OR (m.manager_id IS NULL AND NEW.role IS DISTINCT FROM OLD.role);
    INSERT INTO {s}.sync_changes (table_name, row_id, op, audience, parent)
    SELECT 'service_plans', sp.id, 'scope',
           {_owner_audience("sp.manager_id", "o.team_id")}
           || CASE WHEN sp.manager_id = NEW.id THEN moved || mover ELSE '{{}}' END
           || CASE WHEN lead_ish THEN mover ELSE '{{}}' END,
           sp.id
    FROM {s}.service_plans sp LEFT JOIN {s}.managers o ON o.id = sp.manager_id
    WHERE sp.manager_id = NEW.id
       OR sp.manager_id IN (SELECT id FROM {s}.managers WHERE team_id IN (OLD.team_id, NEW.team_id));
    INSERT INTO {s}.sync_changes (table_name, row_id, op, audience, parent)
    SELECT 'budgets', b.id, 'scope',
           {_budget_audience("b.manager_id", "b.team_id")}
           || CASE WHEN b.manager_id = NEW.id THEN moved ELSE '{{}}' END
           || CASE WHEN lead_ish OR b.manager_id IS NULL OR b.manager_id = NEW.id
                   THEN mover ELSE '{{}}' END,
           NULL
    FROM {s}.budgets b
    WHERE b.manager_id = NEW.id OR b.team_id IN (OLD.team_id, NEW.team_id);
  END IF;
  RETURN NULL;
END $$""",
    ]


def guard_functions(s: str) -> list[str]:
    d = _definer(s)
    p = _path(s)
    return [
        # audit_log: the central store records who really pushed an entry, when it arrived
        # and from where; the laptop's time and device name stay beside them as its claim
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_guard_audit() RETURNS trigger
LANGUAGE plpgsql {p} AS $$
BEGIN
  IF NOT {s}.vipcrm_trusted() THEN
    NEW.actor_code := coalesce({s}.vipcrm_my_code(), session_user);
  END IF;
  NEW.received_at := now();
  NEW.received_from := left(session_user || '@' || coalesce(host(inet_client_addr()), 'local'), 120);
  RETURN NEW;
END $$""",
        # Who wrote a contact, a note, a card step, a grading import: the login, whatever
        # the row says (TG_ARGV: the column; 'first' keeps the first author on updates).
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_stamp_author() RETURNS trigger
LANGUAGE plpgsql {p} AS $$
BEGIN
  IF {s}.vipcrm_trusted() THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND TG_ARGV[1] = 'first' THEN
    NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], to_jsonb(OLD) -> TG_ARGV[0]));
  ELSE
    NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], {s}.vipcrm_my_id()));
  END IF;
  RETURN NEW;
END $$""",
        # A campaign outcome is what a targeted member said on a contact logged with them:
        # the campaign targets the member, and the contact is the member's (issue 25). The
        # campaign is open (or the outcome was recorded before it closed: a laptop offline
        # at the close still hands in what it recorded; its clock is its own, so this only
        # admits a backdated outcome on a closed campaign the writer could already see), not
        # deleted, and the result fits its kind (vipcrm.domain.campaigns.check_outcome).
        # The target is checked first: a campaign one cannot see answers like a member
        # not in it (the guard reads through RLS, so it is no oracle).
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_guard_campaign_outcome() RETURNS trigger
LANGUAGE plpgsql {p} AS $$
DECLARE
  k record;
BEGIN
  IF {s}.vipcrm_trusted() THEN
    RETURN NEW;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM {s}.campaign_targets t WHERE t.campaign_id = NEW.campaign_id
                 AND t.member_id = NEW.member_id AND NOT t.deleted) THEN
    RAISE EXCEPTION 'the member is not in the campaign' USING ERRCODE = 'check_violation';
  END IF;
  SELECT c.kind, c.status, c.closed_at, c.deleted INTO k FROM {s}.campaigns c
    WHERE c.id = NEW.campaign_id;
  IF NOT FOUND OR k.deleted THEN
    RAISE EXCEPTION 'the member is not in the campaign' USING ERRCODE = 'check_violation';
  END IF;
  IF k.status <> 'open' AND (k.closed_at IS NULL OR NEW.at IS NULL OR NEW.at > k.closed_at) THEN
    RAISE EXCEPTION 'the campaign is closed' USING ERRCODE = 'check_violation';
  END IF;
  IF NOT ({_outcome_fits("k.kind", "NEW.result", "NEW.score")}) THEN
    RAISE EXCEPTION 'the result does not fit the campaign''s kind'
      USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM {s}.contact_attempts c WHERE c.id = NEW.contact_id
                 AND c.member_id = NEW.member_id) THEN
    RAISE EXCEPTION 'an outcome belongs to a contact logged with its member'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$""",
        # Contacts, notes, card steps, benefit uses record what happened: a login adds them
        # and never changes them afterwards (the author is stamped by the server, so the
        # record would say someone wrote what they did not). TG_ARGV: the columns set later,
        # once (a 12580 confirmation), from empty to a value.
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_guard_facts() RETURNS trigger
LANGUAGE plpgsql {p} AS $$
DECLARE
  was jsonb := to_jsonb(OLD) - 'version' - 'updated_at';
  now_is jsonb := to_jsonb(NEW) - 'version' - 'updated_at';
  i integer;
BEGIN
  IF {s}.vipcrm_trusted() THEN
    RETURN NEW;
  END IF;
  FOR i IN 0 .. TG_NARGS - 1 LOOP
    IF was -> TG_ARGV[i] = 'null'::jsonb THEN
      was := was - TG_ARGV[i];
      now_is := now_is - TG_ARGV[i];
    ELSIF was -> TG_ARGV[i] IS DISTINCT FROM now_is -> TG_ARGV[i] THEN
      RAISE EXCEPTION '%.% is set once, and it is set already', TG_TABLE_NAME, TG_ARGV[i]
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END LOOP;
  IF was IS DISTINCT FROM now_is THEN
    RAISE EXCEPTION 'a row of % records what happened: it is kept as it was written', TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$""",
        # members: ownership and tier only by a lead (within the team) or an admin
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_guard_members() RETURNS trigger
LANGUAGE plpgsql {p} AS $$
DECLARE
  me record;
BEGIN
  IF {s}.vipcrm_trusted() THEN
    RETURN NEW;
  END IF;
  SELECT * INTO me FROM {s}.vipcrm_me();
  IF TG_OP = 'INSERT' THEN
    IF me.role = 'manager' AND NEW.manager_id IS DISTINCT FROM me.manager_id THEN
      RAISE EXCEPTION 'a manager adds members to their own book only' USING ERRCODE = 'insufficient_privilege';
    END IF;
  ELSIF NEW.manager_id IS DISTINCT FROM OLD.manager_id OR NEW.tier IS DISTINCT FROM OLD.tier THEN
    IF me.role IS NULL OR me.role NOT IN ('lead', 'admin') THEN
      RAISE EXCEPTION 'only a team lead or an administrator may reassign a member or change its tier'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF me.role = 'lead' AND NEW.manager_id IS NOT NULL
       AND NOT (NEW.manager_id = ANY ({s}.vipcrm_team_managers())) THEN
      RAISE EXCEPTION 'a team lead assigns members only to the managers of their own team'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  RETURN NEW;
END $$""",
        # A mobile number is unique among active members, across teams. A clash with a
        # member the writer cannot see answers exactly as row-level security does: the
        # writer learns that this row is not theirs to write, not whose number it is.
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_member_phone() RETURNS trigger
LANGUAGE plpgsql {d} AS $$
DECLARE
  holder uuid;
BEGIN
  IF NEW.status <> 'active' OR NEW.deleted OR {s}.vipcrm_is_system() THEN
    RETURN NEW;
  END IF;
  SELECT m.manager_id INTO holder FROM {s}.members m
  WHERE m.phone = NEW.phone AND m.status = 'active' AND NOT m.deleted AND m.id <> NEW.id;
  IF FOUND AND NOT {s}.vipcrm_sees_owner(holder) THEN
    RAISE EXCEPTION 'new row violates row-level security policy for table "members"'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$""",
        # budgets: committed and spent are the server's; allocations move from the reserve
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_guard_budgets() RETURNS trigger
LANGUAGE plpgsql {p} AS $$
BEGIN
  IF {s}.vipcrm_trusted() THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    NEW.committed_fen := 0;
    NEW.spent_fen := 0;
  ELSE
    IF NEW.committed_fen <> OLD.committed_fen OR NEW.spent_fen <> OLD.spent_fen THEN
      RAISE EXCEPTION 'committed and spent amounts are kept by the server (they follow the gifts)'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.team_id <> OLD.team_id OR NEW.manager_id IS DISTINCT FROM OLD.manager_id
       OR NEW.period <> OLD.period THEN
      RAISE EXCEPTION 'a budget line keeps its team, manager and period'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.deleted AND NOT OLD.deleted AND (OLD.committed_fen > 0 OR OLD.spent_fen > 0) THEN
      RAISE EXCEPTION 'a budget line holding committed or spent money cannot be deleted'
        USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_budget_allocated() RETURNS trigger
LANGUAGE plpgsql {d} AS $$
DECLARE
  delta bigint;
  team_line record;
BEGIN
  IF NEW.manager_id IS NULL OR {s}.vipcrm_is_system() THEN
    RETURN NULL;
  END IF;
  delta := NEW.allocated_fen - (CASE WHEN TG_OP = 'INSERT' THEN 0 ELSE OLD.allocated_fen END);
  IF delta = 0 THEN
    RETURN NULL;
  END IF;
  SELECT * INTO team_line FROM {s}.budgets
  WHERE team_id = NEW.team_id AND manager_id IS NULL AND period = NEW.period AND NOT deleted
  FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'the team has no budget for %; set it first', NEW.period
      USING ERRCODE = 'check_violation';
  END IF;
  IF team_line.allocated_fen - team_line.committed_fen - team_line.spent_fen < delta THEN
    RAISE EXCEPTION 'the team reserve for % is %; allocating needs %', NEW.period,
      {s}.vipcrm_yuan(team_line.allocated_fen - team_line.committed_fen - team_line.spent_fen),
      {s}.vipcrm_yuan(delta)
      USING ERRCODE = 'check_violation';
  END IF;
  UPDATE {s}.budgets SET committed_fen = committed_fen + delta WHERE id = team_line.id;
  RETURN NULL;
END $$""",
        # gifts: a request is pending until the server accepts it; a gift holding budget
        # is cancelled (which releases it), never deleted
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_guard_gifts() RETURNS trigger
LANGUAGE plpgsql {p} AS $$
DECLARE
  me record;
  member_manager uuid;
BEGIN
  IF {s}.vipcrm_trusted() THEN
    RETURN NEW;
  END IF;
  SELECT * INTO me FROM {s}.vipcrm_me();
  IF TG_OP = 'INSERT' THEN
    SELECT manager_id INTO member_manager FROM {s}.members WHERE id = NEW.member_id;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'the member of this gift is not one you may see' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF member_manager IS NULL THEN
      RAISE EXCEPTION 'the member has no account manager to carry the gift' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.amount_fen <= 0 THEN
      RAISE EXCEPTION 'a gift costs more than ¥0.00' USING ERRCODE = 'check_violation';
    END IF;
    NEW.manager_id := member_manager;
    NEW.requested_by_id := me.manager_id;
    NEW.status := 'pending';
    NEW.cap_fen := 0;
    NEW.budget_id := NULL;
    NEW.pending_reason := '';
    NEW.decided_by_id := NULL;
    NEW.decided_at := NULL;
    NEW.decision_comment := '';
    NEW.closed_by_id := NULL;
    NEW.closed_at := NULL;
    NEW.delivered_on := NULL;
    RETURN NEW;
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    RAISE EXCEPTION 'a gift''s status changes only through vipcrm_decide_gift or vipcrm_close_gift'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.member_id <> OLD.member_id OR NEW.amount_fen <> OLD.amount_fen
     OR NEW.occasion <> OLD.occasion THEN
    RAISE EXCEPTION 'a gift request keeps its member, occasion and amount; cancel it and request anew'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.deleted AND NOT OLD.deleted THEN
    IF OLD.status = 'approved' THEN
      RAISE EXCEPTION 'an approved gift holds budget and cannot be deleted; cancel it (that releases the budget)'
        USING ERRCODE = 'check_violation';
    ELSIF OLD.status = 'delivered' THEN
      RAISE EXCEPTION 'a delivered gift has spent its budget and cannot be deleted'
        USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  NEW.manager_id := OLD.manager_id;
  NEW.budget_id := OLD.budget_id;
  NEW.cap_fen := OLD.cap_fen;
  NEW.pending_reason := OLD.pending_reason;
  NEW.requested_by_id := OLD.requested_by_id;
  NEW.decided_by_id := OLD.decided_by_id;
  NEW.decided_at := OLD.decided_at;
  NEW.closed_by_id := OLD.closed_by_id;
  NEW.closed_at := OLD.closed_at;
  RETURN NEW;
END $$""",
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_cap_in_force(p_occasion text, p_tier text, p_day date)
RETURNS integer LANGUAGE sql STABLE {d} AS $$
  SELECT coalesce(
    (SELECT cap_fen FROM {s}.gift_caps
     WHERE occasion = p_occasion AND tier = p_tier AND effective_from <= p_day AND NOT deleted
     ORDER BY effective_from DESC LIMIT 1),
    (SELECT cap_fen FROM {s}.gift_caps
     WHERE p_occasion = 'key_person_birthday' AND occasion = 'birthday' AND tier = p_tier
       AND effective_from <= p_day AND NOT deleted
     ORDER BY effective_from DESC LIMIT 1),
    0)
$$""",
        # The manager's line for the narrowest period holding the day; an empty line is
        # opened when only the team has a budget (so the reserve can be drawn on).
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_budget_line(p_manager uuid, p_day date) RETURNS uuid
LANGUAGE plpgsql {d} AS $$
DECLARE
  keys text[] := ARRAY[to_char(p_day, 'YYYY-MM'),
                       to_char(p_day, 'YYYY') || '-Q' || extract(quarter FROM p_day)::int,
                       to_char(p_day, 'YYYY')];
  k text;
  line uuid;
  team uuid;
BEGIN
  FOREACH k IN ARRAY keys LOOP
    SELECT id INTO line FROM {s}.budgets WHERE manager_id = p_manager AND period = k AND NOT deleted;
    IF FOUND THEN
      RETURN line;
    END IF;
  END LOOP;
  SELECT team_id INTO team FROM {s}.managers WHERE id = p_manager;
  IF team IS NULL THEN
    RETURN NULL;
  END IF;
  FOREACH k IN ARRAY keys LOOP
    IF EXISTS (SELECT FROM {s}.budgets WHERE team_id = team AND manager_id IS NULL AND period = k
               AND NOT deleted) THEN
      INSERT INTO {s}.budgets (id, team_id, manager_id, period, allocated_fen, committed_fen,
                               spent_fen, version, updated_at, deleted)
      VALUES (gen_random_uuid(), team, p_manager, k, 0, 0, 0, 1, now(), false)
      ON CONFLICT (team_id, manager_id, period) DO NOTHING
      RETURNING id INTO line;
      IF line IS NULL THEN
        SELECT id INTO line FROM {s}.budgets WHERE manager_id = p_manager AND period = k AND NOT deleted;
      END IF;
      RETURN line;
    END IF;
  END LOOP;
  RETURN NULL;
END $$""",
        # After a login inserted a (pending) request: approve it at once when it is within
        # the cap in force and the manager's budget (a guarded update: never below zero).
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_try_auto_approve() RETURNS trigger
LANGUAGE plpgsql {d} AS $$
DECLARE
  tier text;
  day date;
  cap integer;
  line uuid;
  over_cap integer;
  left_fen bigint;
BEGIN
  IF {s}.vipcrm_is_system() OR NEW.status <> 'pending' THEN
    RETURN NULL;
  END IF;
  SELECT m.tier INTO tier FROM {s}.members m WHERE m.id = NEW.member_id;
  day := coalesce(NEW.planned_on, (now() AT TIME ZONE 'Asia/Shanghai')::date);
  cap := {s}.vipcrm_cap_in_force(NEW.occasion, tier, day);
  line := {s}.vipcrm_budget_line(NEW.manager_id, day);
  over_cap := greatest(0, NEW.amount_fen - cap);
  IF line IS NOT NULL AND over_cap = 0 THEN
    UPDATE {s}.budgets SET committed_fen = committed_fen + NEW.amount_fen
    WHERE id = line AND allocated_fen - committed_fen - spent_fen >= NEW.amount_fen;
    IF FOUND THEN
      UPDATE {s}.gifts SET status = 'approved', cap_fen = cap, budget_id = line,
        pending_reason = '', decided_at = now(), decision_comment = 'auto: within cap and budget'
      WHERE id = NEW.id;
      RETURN NULL;
    END IF;
  END IF;
  SELECT allocated_fen - committed_fen - spent_fen INTO left_fen FROM {s}.budgets WHERE id = line;
  UPDATE {s}.gifts SET cap_fen = cap, budget_id = line,
    pending_reason = format('over_cap=%s;over_budget=%s', over_cap,
                            greatest(0, NEW.amount_fen - coalesce(left_fen, 0)))
  WHERE id = NEW.id;
  RETURN NULL;
END $$""",
        # A lead's (or admin's) decision on a pending request; approval beyond the
        # manager's budget moves the shortfall from the team reserve, or is refused.
        # A gift the caller cannot see answers as one that does not exist.
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_decide_gift(p_gift uuid, p_decision text, p_comment text)
RETURNS text LANGUAGE plpgsql {d} AS $$
DECLARE
  me record;
  g record;
  gift_team uuid;
  manager_code text;
  line uuid;
  b record;
  t record;
  shortfall bigint;
  reserve bigint;
BEGIN
  SELECT * INTO me FROM {s}.vipcrm_me();
  SELECT * INTO g FROM {s}.gifts WHERE id = p_gift AND NOT deleted FOR UPDATE;
  IF NOT FOUND OR NOT {s}.vipcrm_sees_owner(
       (SELECT manager_id FROM {s}.members WHERE id = g.member_id)) THEN
    RAISE EXCEPTION 'no gift %', p_gift USING ERRCODE = 'no_data_found';
  END IF;
  SELECT team_id, code INTO gift_team, manager_code FROM {s}.managers WHERE id = g.manager_id;
  IF NOT {s}.vipcrm_is_system() AND (me.role IS NULL OR NOT (me.role = 'admin'
     OR (me.role = 'lead' AND me.team_id IS NOT DISTINCT FROM gift_team))) THEN
    RAISE EXCEPTION 'deciding on a gift needs the lead of its team or an administrator'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF g.status <> 'pending' THEN
    RAISE EXCEPTION 'only a pending gift can be decided on; this one is %', g.status
      USING ERRCODE = 'check_violation';
  END IF;
  IF p_decision = 'rejected' THEN
    IF coalesce(btrim(p_comment), '') = '' THEN
      RAISE EXCEPTION 'say why the gift is rejected' USING ERRCODE = 'check_violation';
    END IF;
    UPDATE {s}.gifts SET status = 'rejected', decided_by_id = me.manager_id, decided_at = now(),
      decision_comment = btrim(p_comment)
    WHERE id = p_gift;
    RETURN 'rejected';
  ELSIF p_decision <> 'approved' THEN
    RAISE EXCEPTION 'a decision is approved or rejected, not %', p_decision
      USING ERRCODE = 'check_violation';
  END IF;
  line := coalesce(g.budget_id, {s}.vipcrm_budget_line(g.manager_id,
                   coalesce(g.planned_on, (now() AT TIME ZONE 'Asia/Shanghai')::date)));
  IF line IS NULL THEN
    RAISE EXCEPTION 'there is no gift budget for %''s team covering %; set the team budget first',
      manager_code, g.planned_on USING ERRCODE = 'check_violation';
  END IF;
  SELECT * INTO b FROM {s}.budgets WHERE id = line FOR UPDATE;
  shortfall := g.amount_fen - (b.allocated_fen - b.committed_fen - b.spent_fen);
  IF shortfall > 0 THEN
    SELECT * INTO t FROM {s}.budgets
    WHERE team_id = b.team_id AND manager_id IS NULL AND period = b.period AND NOT deleted
    FOR UPDATE;
    reserve := coalesce(t.allocated_fen - t.committed_fen - t.spent_fen, 0);
    IF t.id IS NULL OR reserve < shortfall THEN
      RAISE EXCEPTION 'the team reserve for % is % and cannot cover the shortfall of %; approval refused',
        b.period, {s}.vipcrm_yuan(reserve), {s}.vipcrm_yuan(shortfall) USING ERRCODE = 'check_violation';
    END IF;
    UPDATE {s}.budgets SET allocated_fen = allocated_fen + shortfall WHERE id = line;
    INSERT INTO {s}.budget_adjustments (id, from_budget_id, to_budget_id, amount_fen, reason,
                                        gift_id, by_id, at, version, updated_at, deleted)
    VALUES (gen_random_uuid(), t.id, line, shortfall, 'gift approval', g.id, me.manager_id, now(),
            1, now(), false);
  END IF;
  UPDATE {s}.budgets SET committed_fen = committed_fen + g.amount_fen WHERE id = line;
  UPDATE {s}.gifts SET status = 'approved', budget_id = line, decided_by_id = me.manager_id,
    decided_at = now(), decision_comment = coalesce(btrim(p_comment), '')
  WHERE id = p_gift;
  RETURN 'approved';
END $$""",
        # Delivery (committed → spent) or cancellation (commitment released).
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_close_gift(p_gift uuid, p_outcome text)
RETURNS text LANGUAGE plpgsql {d} AS $$
DECLARE
  me record;
  g record;
  gift_team uuid;
BEGIN
  SELECT * INTO me FROM {s}.vipcrm_me();
  SELECT * INTO g FROM {s}.gifts WHERE id = p_gift AND NOT deleted FOR UPDATE;
  IF NOT FOUND OR NOT {s}.vipcrm_sees_owner(
       (SELECT manager_id FROM {s}.members WHERE id = g.member_id)) THEN
    RAISE EXCEPTION 'no gift %', p_gift USING ERRCODE = 'no_data_found';
  END IF;
  SELECT team_id INTO gift_team FROM {s}.managers WHERE id = g.manager_id;
  IF NOT {s}.vipcrm_is_system() AND (me.role IS NULL OR NOT (me.role = 'admin'
     OR me.manager_id = g.manager_id
     OR (me.role = 'lead' AND me.team_id IS NOT DISTINCT FROM gift_team))) THEN
    RAISE EXCEPTION 'only the gift''s manager, the team lead or an administrator may close it'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_outcome = 'delivered' THEN
    IF g.status <> 'approved' THEN
      RAISE EXCEPTION 'only an approved gift can be delivered; this one is %', g.status
        USING ERRCODE = 'check_violation';
    END IF;
    UPDATE {s}.budgets SET committed_fen = committed_fen - g.amount_fen,
                           spent_fen = spent_fen + g.amount_fen
    WHERE id = g.budget_id;
  ELSIF p_outcome = 'cancelled' THEN
    IF g.status NOT IN ('pending', 'approved') THEN
      RAISE EXCEPTION 'a % gift cannot be cancelled (only pending or approved ones)', g.status
        USING ERRCODE = 'check_violation';
    END IF;
    IF g.status = 'approved' THEN
      UPDATE {s}.budgets SET committed_fen = committed_fen - g.amount_fen WHERE id = g.budget_id;
    END IF;
  ELSE
    RAISE EXCEPTION 'a gift is closed as delivered or cancelled, not %', p_outcome
      USING ERRCODE = 'check_violation';
  END IF;
  UPDATE {s}.gifts SET status = p_outcome, closed_by_id = me.manager_id, closed_at = now()
  WHERE id = p_gift;
  RETURN p_outcome;
END $$""",
        # plans: start undecided; approval binds to the version submitted (and seen); the
        # decision (who, when, comment, version) is written only with one
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_guard_plans() RETURNS trigger
LANGUAGE plpgsql {p} AS $$
DECLARE
  me record;
  plan_team uuid;
BEGIN
  IF {s}.vipcrm_trusted() THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN  -- a plan starts undecided: decisions are updates by the lead
    IF NEW.status NOT IN ('draft', 'submitted') THEN
      RAISE EXCEPTION 'a new plan is a draft or submitted, not %', NEW.status
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.decided_by_id := NULL;
    NEW.decided_at := NULL;
    NEW.approved_version := NULL;
    RETURN NEW;
  END IF;
  IF NEW.status IS NOT DISTINCT FROM OLD.status OR NEW.status NOT IN ('approved', 'rejected') THEN
    -- the last decision is the lead's record: it changes only with a decision
    NEW.decided_by_id := OLD.decided_by_id;
    NEW.decided_at := OLD.decided_at;
    NEW.decision_comment := OLD.decision_comment;
    NEW.approved_version := OLD.approved_version;
  END IF;
  IF NEW.status IS NOT DISTINCT FROM OLD.status THEN
    RETURN NEW;
  END IF;
  SELECT * INTO me FROM {s}.vipcrm_me();
  SELECT team_id INTO plan_team FROM {s}.managers WHERE id = OLD.manager_id;
  IF NEW.status IN ('approved', 'rejected') THEN
    IF me.role IS NULL OR NOT (me.role = 'admin'
       OR (me.role = 'lead' AND me.team_id IS NOT DISTINCT FROM plan_team)) THEN
      RAISE EXCEPTION 'deciding on a plan needs the lead of its team or an administrator'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.status <> 'submitted' THEN
      RAISE EXCEPTION 'only a submitted plan can be decided on; this one is %', OLD.status
        USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status = 'approved' AND NEW.approved_version IS DISTINCT FROM OLD.submitted_version THEN
      RAISE EXCEPTION 'the approval is for plan version %, but version % was submitted',
        NEW.approved_version, OLD.submitted_version USING ERRCODE = 'check_violation';
    END IF;
    NEW.decided_by_id := me.manager_id;
    NEW.decided_at := now();
  ELSIF me.manager_id IS DISTINCT FROM OLD.manager_id AND me.role <> 'admin' THEN
    RAISE EXCEPTION 'only the plan''s manager submits or reopens it'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$""",
        # A change to a submitted or decided plan's items (not ticking one done: that is the
        # work) returns the plan to draft, as the laptop does: an approval stands for the
        # items the lead was shown. (The owner's rights: whoever changed the items, the
        # plan reopens; the plans guard lets only its manager reopen it by hand.)
        f"""CREATE OR REPLACE FUNCTION {s}.vipcrm_plan_item_changed() RETURNS trigger
LANGUAGE plpgsql {d} AS $$
BEGIN
  IF {s}.vipcrm_is_system() OR (TG_OP = 'UPDATE'
     AND to_jsonb(NEW) - 'done' - 'version' - 'updated_at'
       = to_jsonb(OLD) - 'done' - 'version' - 'updated_at') THEN
    RETURN NULL;
  END IF;
  UPDATE {s}.service_plans SET status = 'draft'
  WHERE status <> 'draft'
    AND (id = NEW.plan_id OR (TG_OP = 'UPDATE' AND id = OLD.plan_id));
  RETURN NULL;
END $$""",
    ]


#: Who wrote a row, stamped by the server: table → (column, 'first' author or 'latest').
AUTHOR_COLUMNS: Mapping[str, tuple[str, str]] = {
    "contact_attempts": ("manager_id", "first"),
    "member_notes": ("manager_id", "first"),
    "card_steps": ("manager_id", "first"),
    "benefit_uses": ("manager_id", "first"),
    "campaign_outcomes": ("manager_id", "first"),
    "campaigns": ("created_by_id", "first"),
    "grading_imports": ("imported_by_id", "latest"),
}


#: Recorded facts a login never changes (all of vipcrm.sync.tables.APPEND_ONLY but the
#: audit trail, which its own trigger keeps append-only for everyone), with the columns
#: set later, once.
FACTS: Mapping[str, tuple[str, ...]] = {
    t: {"contact_attempts": ("sent_confirmed_at",)}.get(t, ())
    for t in APPEND_ONLY
    if t != "audit_log"
}


def _trigger(name: str, on: str, body: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name} ON {on}", f"CREATE {body}"]


def trigger_statements(s: str, present: frozenset[str] | None = None) -> list[str]:
    def here(t: str) -> bool:
        return present is None or t in present

    out: list[str] = []
    for t in SYNC_TABLES:
        if not here(t):
            continue
        q = f"{s}.{t}"
        out += _trigger(
            "vipcrm_90_stamp",
            q,
            f"TRIGGER vipcrm_90_stamp BEFORE INSERT OR UPDATE ON {q} "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.vipcrm_stamp()",
        )
        out += _trigger(
            "vipcrm_log_insert",
            q,
            f"TRIGGER vipcrm_log_insert AFTER INSERT ON {q} REFERENCING NEW TABLE AS "
            f"vipcrm_new_rows FOR EACH STATEMENT EXECUTE FUNCTION {s}.vipcrm_log_{t}()",
        )
        out += _trigger(
            "vipcrm_log_update",
            q,
            f"TRIGGER vipcrm_log_update AFTER UPDATE ON {q} REFERENCING OLD TABLE AS "
            f"vipcrm_old_rows NEW TABLE AS vipcrm_new_rows FOR EACH STATEMENT "
            f"EXECUTE FUNCTION {s}.vipcrm_log_{t}()",
        )
    # the one trigger function for every table that the per-table ones replace
    out.append(f"DROP FUNCTION IF EXISTS {s}.vipcrm_log_changes()")
    for t, (column, keep) in AUTHOR_COLUMNS.items():
        if here(t):
            out += _trigger(
                "vipcrm_20_author",
                f"{s}.{t}",
                f"TRIGGER vipcrm_20_author BEFORE INSERT OR UPDATE ON {s}.{t} FOR EACH ROW "
                f"EXECUTE FUNCTION {s}.vipcrm_stamp_author('{column}', '{keep}')",
            )
    for t, once in FACTS.items():
        if here(t):
            args = ", ".join(f"'{c}'" for c in once)
            out += _trigger(
                "vipcrm_10_guard",
                f"{s}.{t}",
                f"TRIGGER vipcrm_10_guard BEFORE UPDATE ON {s}.{t} FOR EACH ROW "
                f"EXECUTE FUNCTION {s}.vipcrm_guard_facts({args})",
            )
    out += _trigger(
        "vipcrm_10_guard",
        f"{s}.members",
        f"TRIGGER vipcrm_10_guard BEFORE INSERT OR UPDATE ON {s}.members "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.vipcrm_guard_members()",
    )
    out += _trigger(
        "vipcrm_20_phone",
        f"{s}.members",
        f"TRIGGER vipcrm_20_phone BEFORE INSERT OR UPDATE OF phone, status, deleted "
        f"ON {s}.members FOR EACH ROW EXECUTE FUNCTION {s}.vipcrm_member_phone()",
    )
    if here("audit_log"):
        out += _trigger(
            "vipcrm_10_guard",
            f"{s}.audit_log",
            f"TRIGGER vipcrm_10_guard BEFORE INSERT ON {s}.audit_log "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.vipcrm_guard_audit()",
        )
    out += _trigger(
        "vipcrm_scope",
        f"{s}.managers",
        f"TRIGGER vipcrm_scope AFTER UPDATE ON {s}.managers "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.vipcrm_scope_moved()",
    )
    out += _trigger(
        "vipcrm_10_guard",
        f"{s}.budgets",
        f"TRIGGER vipcrm_10_guard BEFORE INSERT OR UPDATE ON {s}.budgets "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.vipcrm_guard_budgets()",
    )
    out += _trigger(
        "vipcrm_allocated",
        f"{s}.budgets",
        f"TRIGGER vipcrm_allocated AFTER INSERT OR UPDATE OF allocated_fen ON {s}.budgets "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.vipcrm_budget_allocated()",
    )
    if here("campaign_outcomes"):
        out += _trigger(
            "vipcrm_20_campaign",
            f"{s}.campaign_outcomes",
            f"TRIGGER vipcrm_20_campaign BEFORE INSERT ON {s}.campaign_outcomes "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.vipcrm_guard_campaign_outcome()",
        )
    out += _trigger(
        "vipcrm_10_guard",
        f"{s}.gifts",
        f"TRIGGER vipcrm_10_guard BEFORE INSERT OR UPDATE ON {s}.gifts "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.vipcrm_guard_gifts()",
    )
    out += _trigger(
        "vipcrm_auto_approve",
        f"{s}.gifts",
        f"TRIGGER vipcrm_auto_approve AFTER INSERT ON {s}.gifts "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.vipcrm_try_auto_approve()",
    )
    out += _trigger(
        "vipcrm_10_guard",
        f"{s}.service_plans",
        f"TRIGGER vipcrm_10_guard BEFORE INSERT OR UPDATE ON {s}.service_plans "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.vipcrm_guard_plans()",
    )
    out += _trigger(
        "vipcrm_plan_changed",
        f"{s}.plan_items",
        f"TRIGGER vipcrm_plan_changed AFTER INSERT OR UPDATE ON {s}.plan_items "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.vipcrm_plan_item_changed()",
    )
    for t in ("cards", "card_steps"):
        out += _trigger(
            "vipcrm_card_path",
            f"{s}.{t}",
            f"CONSTRAINT TRIGGER vipcrm_card_path AFTER INSERT OR UPDATE ON {s}.{t} "
            f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
            f"{s}.vipcrm_check_card_path()",
        )
    return out


# --- clean text: the sets of vipcrm.domain.text, as CHECK constraints ------------------------


def _regex_char(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def regex_class(ranges: Ranges) -> str:
    """A PostgreSQL regular-expression bracket matching any character in ``ranges``
    (NUL left out: PostgreSQL text cannot hold it at all)."""
    parts = []
    for low, high in ranges:
        low = max(low, 1)
        parts.append(_regex_char(low) + ("-" + _regex_char(high) if high > low else ""))
    return "[" + "".join(parts) + "]"


def text_columns(name: str) -> list[tuple[str, Ranges]]:
    """Each text column of ``name`` with the characters it refuses: a note (Text) keeps
    newlines and tabs; any other string is a name."""
    out: list[tuple[str, Ranges]] = []
    for col in table(name).columns:
        if isinstance(col.type, Text):
            out.append((col.name, NOTE_REFUSED))
        elif isinstance(col.type, String):
            out.append((col.name, NAME_REFUSED))
    return out


def clean_text_statements(s: str, columns: Mapping[str, frozenset[str]] | None = None) -> list[str]:
    out = []
    for t in SYNC_TABLES:
        if columns is not None and t not in columns:
            continue
        for column, ranges in text_columns(t):
            if columns is not None and column not in columns[t]:
                continue
            name = f"vipcrm_clean_{column}"
            out += [
                f"ALTER TABLE {s}.{t} DROP CONSTRAINT IF EXISTS {name}",
                f"ALTER TABLE {s}.{t} ADD CONSTRAINT {name} "
                f"CHECK (\"{column}\" !~ '{regex_class(ranges)}') NOT VALID",
            ]
    return out


# --- no statistics of what a login may not see -----------------------------------------------
#
# The planner estimates with column statistics even under row-level security (for operators
# marked leakproof, such as text comparison), and EXPLAIN shows the estimates: from the
# histogram of ``members.phone`` a manager could binary-search other teams' numbers, from a
# most-common-values list count another manager's book. So the columns of tables that hold
# member or team data keep no statistics (only ids, and the change log's position, which
# the planner needs and which say nothing).

#: Columns that keep their statistics.
KEEP_STATISTICS = {"id", "xid", "seq", "op_id"}


def statistics_statements(s: str, columns: Mapping[str, frozenset[str]] | None = None) -> list[str]:
    own = {  # created by table_statements, so always there by now
        "sync_changes": ("table_name", "row_id", "op", "logged_at", "audience", "parent"),
        "sync_applied_ops": ("login", "applied_at", "table_name", "row_id", "result"),
    }
    out = []
    for t in SYNC_TABLES:
        if t in DIRECTORY_TABLES or (columns is not None and t not in columns):
            continue
        names = {c.name for c in table(t).columns}
        if columns is not None:
            names &= columns[t]
        own[t] = tuple(sorted(names - KEEP_STATISTICS))
    for t, kept in own.items():
        out += [f'ALTER TABLE {s}.{t} ALTER COLUMN "{c}" SET STATISTICS 0' for c in kept]
    return out


def security_statements(s: str, present: frozenset[str] | None = None) -> list[str]:
    """Grants and row-level security (enabled and forced) on every synchronised table."""
    tables = [t for t in SYNC_TABLES if present is None or t in present]
    out = [f"REVOKE ALL ON {s}.{t} FROM PUBLIC, {ALL_GROUPS}" for t in tables]
    for t in tables:
        q = f"{s}.{t}"
        out += [
            f"ALTER TABLE {q} ENABLE ROW LEVEL SECURITY",
            f"ALTER TABLE {q} FORCE ROW LEVEL SECURITY",
            *(f"DROP POLICY IF EXISTS {name} ON {q}" for name in _policy_names()),
            f"CREATE POLICY vipcrm_owner_all ON {q} TO {OWNER} USING (true) WITH CHECK (true)",
        ]
        for role, (read, insert, update) in SCOPES[t].items():
            group = GROUPS[role]
            out += [
                f"GRANT SELECT ON {q} TO {group}",
                f"CREATE POLICY vipcrm_{role}_read ON {q} FOR SELECT TO {group} USING ({read})",
            ]
            if insert is not None:
                out += [
                    f"GRANT INSERT ON {q} TO {group}",
                    f"CREATE POLICY vipcrm_{role}_insert ON {q} FOR INSERT TO {group} "
                    f"WITH CHECK ({insert})",
                ]
            if update is not None:
                out += [
                    f"GRANT UPDATE ON {q} TO {group}",
                    f"CREATE POLICY vipcrm_{role}_update ON {q} FOR UPDATE TO {group} "
                    f"USING ({UPDATE_USING.get((t, role), read)}) WITH CHECK ({update})",
                ]
    sync_changes = f"{s}.sync_changes"
    out += [
        f"REVOKE ALL ON {sync_changes}, {s}.sync_applied_ops, {s}.central_meta, "
        f"{s}.central_logins FROM PUBLIC, {ALL_GROUPS}",
        f"GRANT SELECT ON {sync_changes}, {s}.central_meta TO {ALL_GROUPS}",
        f"GRANT SELECT, INSERT, UPDATE ON {s}.sync_applied_ops TO {ALL_GROUPS}",
        # the change log: each login sees the changes to rows it may see (or could, before)
        f"ALTER TABLE {sync_changes} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {sync_changes} FORCE ROW LEVEL SECURITY",
        *(
            f"DROP POLICY IF EXISTS {name} ON {sync_changes}"
            for name in ("vipcrm_owner_all", "vipcrm_admin_read", "vipcrm_read")
        ),
        f"CREATE POLICY vipcrm_owner_all ON {sync_changes} TO {OWNER} USING (true) "
        "WITH CHECK (true)",
        f"CREATE POLICY vipcrm_admin_read ON {sync_changes} FOR SELECT TO {GROUPS['admin']} "
        "USING (true)",
        f"CREATE POLICY vipcrm_read ON {sync_changes} FOR SELECT "
        f"TO {GROUPS['manager']}, {GROUPS['lead']} USING ("
        "audience && (SELECT vipcrm_my_audience()) "
        "OR parent IN (SELECT id FROM members) OR parent IN (SELECT id FROM service_plans))",
        f"ALTER TABLE {s}.sync_applied_ops ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {s}.sync_applied_ops FORCE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS vipcrm_owner_all ON {s}.sync_applied_ops",
        f"CREATE POLICY vipcrm_owner_all ON {s}.sync_applied_ops TO {OWNER} USING (true) "
        "WITH CHECK (true)",
        f"DROP POLICY IF EXISTS vipcrm_own_ops ON {s}.sync_applied_ops",
        f"CREATE POLICY vipcrm_own_ops ON {s}.sync_applied_ops TO {ALL_GROUPS} "
        "USING (login = session_user) WITH CHECK (login = session_user)",
        # a function the migrations created (the append-only guard) gets a fixed path too
        f"""DO $$ BEGIN
  IF to_regprocedure('{s}.audit_log_append_only()') IS NOT NULL THEN
    ALTER FUNCTION {s}.audit_log_append_only() SET search_path = pg_catalog, {s}, pg_temp;
  END IF;
END $$""",
        # functions: nothing for PUBLIC; the groups get what they need
        f"""DO $$
DECLARE
  f regprocedure;
BEGIN
  FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
           WHERE p.pronamespace = '{s}'::regnamespace
  LOOP
    EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
  END LOOP;
END $$""",
        "GRANT EXECUTE ON FUNCTION "
        + ", ".join(f"{s}.{f}" for f in GRANTED_FUNCTIONS)
        + f" TO {ALL_GROUPS}",
    ]
    return out


#: What a login may call: who it is (the policies and guards ask), the card-path rules the
#: invoker guards use, the cap in force, the two self-authorising gift functions, and the
#: change-log position. Everything else is the server's own (and refused to logins).
GRANTED_FUNCTIONS = (
    "vipcrm_is_system()",
    "vipcrm_trusted()",
    "vipcrm_me()",
    "vipcrm_my_id()",
    "vipcrm_my_role()",
    "vipcrm_my_team()",
    "vipcrm_team_managers()",
    "vipcrm_my_code()",
    "vipcrm_team_codes()",
    "vipcrm_my_audience()",
    "vipcrm_yuan(bigint)",
    "vipcrm_card_next(text, text)",
    "vipcrm_card_depth(text)",
    "vipcrm_card_start_step(text)",
    "vipcrm_card_initial(text)",
    "vipcrm_card_problem(uuid)",
    "vipcrm_cap_in_force(text, text, date)",
    "vipcrm_decide_gift(uuid, text, text)",
    "vipcrm_close_gift(uuid, text)",
    "vipcrm_log_position(xid8)",
)


def backfill_statements(s: str, present: frozenset[str] | None = None) -> list[str]:
    """Audiences for change-log entries written before the log had them (upgrading to
    central schema 4): each gets its row's audience as it is now."""
    out = []
    for t in SYNC_TABLES:
        if present is not None and t not in present:
            continue
        joins, audience, parent = audience_sql(t, s)
        out.append(
            f"UPDATE {s}.sync_changes c SET audience = x.audience, parent = x.parent "
            f"FROM (SELECT r.id, {audience} AS audience, {parent} AS parent "
            f"FROM {s}.{t} r {joins}) x "
            f"WHERE c.table_name = '{t}' AND c.row_id = x.id AND c.audience = '{{}}'"
        )
    return out


def _policy_names() -> list[str]:
    return ["vipcrm_owner_all", "vipcrm_read", "vipcrm_insert", "vipcrm_update"] + [
        f"vipcrm_{role}_{what}" for role in ROLES for what in ("read", "insert", "update")
    ]


def install_statements(
    schema: str = "public",
    present: frozenset[str] | None = None,
    columns: Mapping[str, frozenset[str]] | None = None,
) -> list[str]:
    """Everything, in order (roles first: they need CREATEROLE and are skipped if present).

    ``present``: the tables that exist now; ``columns``: their columns. A later revision
    that adds a synchronised table or column runs :func:`install_central` again
    (``vipcrm central init`` always does).
    """
    problems = missing_scopes() + missing_audiences()
    if problems:
        raise CentralSchemaError(
            "no row-level security scope or change-log audience for: "
            + ", ".join(problems)
            + " (add them to vipcrm.sync.central_schema)"
        )
    s = _ident(schema)
    return [
        *role_statements(),
        *table_statements(s),
        *identity_functions(s),
        *bookkeeping_functions(s),
        *card_functions(s),
        *guard_functions(s),
        *benefit_functions(s, _path(s)),
        *trigger_statements(s, present),
        *benefit_triggers(s, present),
        *clean_text_statements(s, columns),
        *statistics_statements(s, columns),
        *security_statements(s, present),
        *backfill_statements(s, present),
    ]


def install_central(connection: object) -> None:
    """Install (or re-install) the central objects through an SQLAlchemy connection."""
    from sqlalchemy import text

    conn = connection  # sqlalchemy.engine.Connection
    schema = conn.execute(text("SELECT current_schema()")).scalar()  # type: ignore[attr-defined]
    missing = [
        r
        for r in (OWNER, *GROUPS.values())
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": r}).scalar()  # type: ignore[attr-defined]
        is None
    ]
    can_create = conn.execute(  # type: ignore[attr-defined]
        text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    if missing and not can_create:
        raise CentralSchemaError(
            "the roles "
            + ", ".join(missing)
            + " do not exist; run 'vipcrm central init --dsn ...' "
            "with an administrator's connection"
        )
    columns: dict[str, set[str]] = {}
    for table_name, column in conn.execute(  # type: ignore[attr-defined]
        text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema()"
        )
    ):
        columns.setdefault(table_name, set()).add(column)
    present = frozenset(columns)
    for statement in install_statements(
        schema, present, {t: frozenset(c) for t, c in columns.items()}
    ):
        conn.exec_driver_sql(statement.replace("%", "%%"))  # type: ignore[attr-defined]


def uninstall_statements(schema: str = "public") -> list[str]:
    """The reverse of :func:`install_statements` (roles stay: they are cluster-wide)."""
    s = _ident(schema)
    out = []
    for t in SYNC_TABLES:
        q = f"{s}.{t}"
        for name in (
            "vipcrm_90_stamp",
            "vipcrm_log_insert",
            "vipcrm_log_update",
            "vipcrm_10_guard",
            "vipcrm_20_author",
            "vipcrm_20_phone",
            "vipcrm_scope",
            "vipcrm_allocated",
            "vipcrm_auto_approve",
            "vipcrm_plan_changed",
            "vipcrm_card_path",
            "vipcrm_15_allowance",
            "vipcrm_20_campaign",
        ):
            out.append(f"DROP TRIGGER IF EXISTS {name} ON {q}")
        for name in _policy_names():
            out.append(f"DROP POLICY IF EXISTS {name} ON {q}")
        for column, _ in text_columns(t):
            out.append(f"ALTER TABLE {q} DROP CONSTRAINT IF EXISTS vipcrm_clean_{column}")
        out += [
            f"ALTER TABLE {q} NO FORCE ROW LEVEL SECURITY",
            f"ALTER TABLE {q} DISABLE ROW LEVEL SECURITY",
        ]
    out.append(
        f"DROP TABLE IF EXISTS {s}.sync_changes, {s}.sync_applied_ops, {s}.central_meta, "
        f"{s}.central_logins"
    )
    out.append(
        f"""DO $$
DECLARE
  f regprocedure;
BEGIN
  FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
           WHERE p.proname LIKE 'vipcrm\\\\_%' AND p.pronamespace = '{s}'::regnamespace
  LOOP
    EXECUTE format('DROP FUNCTION %s', f);
  END LOOP;
END $$"""
    )
    return out
