"""The central store's own objects on PostgreSQL: change log, idempotency, roles, guards, RLS.

Installed by the PostgreSQL-only Alembic revision (and re-applied by ``vipcrm central
init``; every statement is idempotent). The tables themselves come from the ordinary
migrations; this adds what makes PostgreSQL the authority:

- ``sync_changes``: one row per inserted/updated row (statement triggers), stamped with
  the writing transaction's id (``xid8``). Pulls read ``(xid, seq)`` order and only
  transactions older than the snapshot's xmin, so a transaction that took a lower number
  but commits late is never skipped.
- ``sync_applied_ops``: operation ids applied, with their result (replays are answered).
- ``central_meta``: schema version and the oldest client allowed to sync.
- ``central_logins``: which PostgreSQL login is which ``managers`` row.
- triggers: server-side ``version``/``updated_at``; guards (ownership and tier only by a
  lead/admin, gift status only through the decision functions, budget counters kept by
  the server, card paths valid); accounting in SECURITY DEFINER trigger functions (never
  callable directly) and two self-authorising functions, ``vipcrm_decide_gift`` and
  ``vipcrm_close_gift``.
- row-level security, enabled and forced on every synchronised table, by role scope.

Guards run with the caller's rights, so ``current_user`` tells them who is acting: a login
role, or the owner role inside our own SECURITY DEFINER code ("trusted"). Superusers and
members of the owner role (the operator's tools) are "system" and are not second-guessed.
"""

from __future__ import annotations

from vipcrm.domain.cards import TRANSITIONS, initial_state
from vipcrm.domain.values import CardKind, CardState
from vipcrm.services.cards import START_STEPS
from vipcrm.sync.tables import OWNED_CHILDREN, SYNC_TABLES

OWNER = "vipcrm_owner"
GROUPS = {"manager": "vipcrm_manager", "lead": "vipcrm_lead", "admin": "vipcrm_admin"}
ALL_GROUPS = ", ".join(GROUPS.values())

#: The central schema this code installs; clients check it (see vipcrm.sync.protocol).
#: 2: audit_log synchronised; 3: contact_attempts.sent_confirmed_at, .source;
#: 4: plan_items.carried_from, .reason (saved plans keep codes)
CENTRAL_SCHEMA_VERSION = 4
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

ME = "(SELECT vipcrm_my_id())"
TEAM = "(SELECT vipcrm_my_team())"
TEAM_MANAGERS = "(SELECT vipcrm_team_managers())::uuid[]"
ROLES = ("manager", "lead", "admin")

Scope = tuple[str, str | None, str | None]  # read, insert check, update check (None: not allowed)


def _same(expr: str) -> Scope:
    return (expr, expr, expr)


def _scopes() -> dict[str, dict[str, Scope]]:
    """table → role → (read, insert, update)."""
    read_only: Scope = ("true", None, None)
    writable: Scope = ("true", "true", "true")
    everything = {"admin": writable}
    scopes: dict[str, dict[str, Scope]] = {
        "teams": {"manager": read_only, "lead": read_only, **everything},
        "managers": {"manager": read_only, "lead": read_only, **everything},
        "group_customers": {"manager": ("true", "true", None), "lead": writable, **everything},
        "rules": {"manager": read_only, "lead": writable, **everything},
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
            "lead": _same(f"team_id = {TEAM}"),
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
    # the audit trail: append-only; about members one sees, or one's own (and for a lead
    # the team's) entries on other rows; the server stamps who really wrote it
    about = "member_id IN (SELECT id FROM members)"
    scopes["audit_log"] = {
        "manager": (f"{about} OR actor_code = (SELECT vipcrm_my_code())", "true", None),
        "lead": (
            f"{about} OR actor_code = ANY ((SELECT vipcrm_team_codes())::text[])",
            "true",
            None,
        ),
        "admin": ("true", "true", None),
    }
    return scopes


SCOPES = _scopes()


def missing_scopes() -> list[str]:
    """Synchronised tables (or roles) nobody has decided the visibility of (a test keeps
    this empty): every role must be able to read every table, if only to see nothing."""
    return [t for t in SYNC_TABLES if t not in SCOPES or set(SCOPES[t]) != set(ROLES)]


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


def card_functions() -> list[str]:
    next_cases = "\n".join(
        f"    WHEN p_state = {_lit(src.value)} AND p_step = {_lit(step.value)} THEN {_lit(dst.value)}"
        for src, steps in TRANSITIONS.items()
        for step, dst in steps.items()
    )
    depth_cases = "\n".join(
        f"    WHEN {_lit(s.value)} THEN {d}"
        for s, d in sorted(_depths().items(), key=lambda x: x[1])
    )
    start_cases = "\n".join(
        f"    WHEN {_lit(k.value)} THEN {_lit(v)}" for k, v in START_STEPS.items()
    )
    initial_cases = "\n".join(
        f"    WHEN {_lit(k.value)} THEN {_lit(v.value)}" for k, v in INITIAL_STATES.items()
    )
    return [
        f"""CREATE OR REPLACE FUNCTION vipcrm_card_next(p_state text, p_step text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
{next_cases}
  END
$$""",
        f"""CREATE OR REPLACE FUNCTION vipcrm_card_depth(p_state text) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE p_state
{depth_cases}
  END
$$""",
        f"""CREATE OR REPLACE FUNCTION vipcrm_card_start_step(p_kind text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE p_kind
{start_cases}
  END
$$""",
        f"""CREATE OR REPLACE FUNCTION vipcrm_card_initial(p_kind text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE p_kind
{initial_cases}
  END
$$""",
        """CREATE OR REPLACE FUNCTION vipcrm_card_problem(p_card uuid) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  c record;
  s record;
  prev text := NULL;
BEGIN
  SELECT kind, state INTO c FROM cards WHERE id = p_card;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  FOR s IN
    SELECT step, state FROM card_steps WHERE card_id = p_card AND NOT deleted
    ORDER BY vipcrm_card_depth(state), step
  LOOP
    IF prev IS NULL THEN
      IF s.step <> vipcrm_card_start_step(c.kind) OR s.state <> vipcrm_card_initial(c.kind) THEN
        RETURN format('a %s card starts with the step %s, not %s', c.kind,
                      vipcrm_card_start_step(c.kind), s.step);
      END IF;
    ELSIF vipcrm_card_next(prev, s.step) IS DISTINCT FROM s.state THEN
      RETURN format('card step ''%s'' is not possible from ''%s''', s.step, prev);
    END IF;
    prev := s.state;
  END LOOP;
  prev := coalesce(prev, vipcrm_card_initial(c.kind));
  IF c.state <> prev THEN
    RETURN format('the card is %s but its steps lead to %s', c.state, prev);
  END IF;
  RETURN NULL;
END $$""",
        """CREATE OR REPLACE FUNCTION vipcrm_check_card_path() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  problem text;
BEGIN
  IF vipcrm_trusted() THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'cards' THEN
    problem := vipcrm_card_problem(NEW.id);
  ELSE
    problem := vipcrm_card_problem(NEW.card_id);
  END IF;
  IF problem IS NOT NULL THEN
    RAISE EXCEPTION '%', problem USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$""",
    ]


# --- the SQL ---------------------------------------------------------------------------


def _definer(schema: str) -> str:
    return f"SECURITY DEFINER SET search_path = {schema}, pg_temp"


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


def table_statements() -> list[str]:
    return [
        """CREATE TABLE IF NOT EXISTS sync_changes (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  table_name text NOT NULL,
  row_id uuid NOT NULL,
  op text NOT NULL
)""",
        "CREATE INDEX IF NOT EXISTS ix_sync_changes_xid_seq ON sync_changes (xid, seq)",
        # when the writing transaction started: what `vipcrm central prune --older-than` goes by
        # (entries logged before this column existed get the time it was added)
        "ALTER TABLE sync_changes ADD COLUMN IF NOT EXISTS logged_at timestamptz NOT NULL "
        "DEFAULT now()",
        """CREATE TABLE IF NOT EXISTS sync_applied_ops (
  op_id uuid PRIMARY KEY,
  login name NOT NULL DEFAULT session_user,
  applied_at timestamptz NOT NULL DEFAULT now(),
  table_name text,
  row_id uuid,
  result jsonb
)""",
        """CREATE TABLE IF NOT EXISTS central_meta (
  id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  schema_version integer NOT NULL,
  min_client_version integer NOT NULL,
  log_horizon xid8 NOT NULL DEFAULT '0'
)""",
        """CREATE TABLE IF NOT EXISTS central_logins (
  role_name name PRIMARY KEY,
  manager_id uuid NOT NULL UNIQUE REFERENCES managers (id),
  created_at timestamptz NOT NULL DEFAULT now()
)""",
        f"""INSERT INTO central_meta (id, schema_version, min_client_version)
VALUES (1, {CENTRAL_SCHEMA_VERSION}, {MIN_CLIENT_VERSION})
ON CONFLICT (id) DO UPDATE SET
  schema_version = greatest(central_meta.schema_version, EXCLUDED.schema_version),
  min_client_version = greatest(central_meta.min_client_version, EXCLUDED.min_client_version)""",
    ]


def identity_functions(schema: str) -> list[str]:
    d = _definer(schema)
    return [
        f"""CREATE OR REPLACE FUNCTION vipcrm_is_system() RETURNS boolean
LANGUAGE sql STABLE {d} AS $$
  SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
      OR pg_has_role(session_user, '{OWNER}', 'MEMBER')
$$""",
        f"""CREATE OR REPLACE FUNCTION vipcrm_trusted() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT current_user = '{OWNER}' OR vipcrm_is_system()
$$""",
        # The role is the login's group role (what the policies go by), not a column.
        f"""CREATE OR REPLACE FUNCTION vipcrm_me(OUT manager_id uuid, OUT role text, OUT team_id uuid,
                                     OUT code text)
LANGUAGE sql STABLE {d} AS $$
  SELECT m.id,
         CASE WHEN pg_has_role(session_user, '{GROUPS["admin"]}', 'MEMBER') THEN 'admin'
              WHEN pg_has_role(session_user, '{GROUPS["lead"]}', 'MEMBER') THEN 'lead'
              WHEN pg_has_role(session_user, '{GROUPS["manager"]}', 'MEMBER') THEN 'manager'
         END,
         m.team_id, m.code
  FROM central_logins l JOIN managers m ON m.id = l.manager_id
  WHERE l.role_name = session_user AND m.active AND NOT m.deleted
$$""",
        f"""CREATE OR REPLACE FUNCTION vipcrm_my_id() RETURNS uuid
LANGUAGE sql STABLE {d} AS $$ SELECT manager_id FROM vipcrm_me() $$""",
        f"""CREATE OR REPLACE FUNCTION vipcrm_my_role() RETURNS text
LANGUAGE sql STABLE {d} AS $$ SELECT role FROM vipcrm_me() $$""",
        f"""CREATE OR REPLACE FUNCTION vipcrm_my_team() RETURNS uuid
LANGUAGE sql STABLE {d} AS $$ SELECT team_id FROM vipcrm_me() $$""",
        f"""CREATE OR REPLACE FUNCTION vipcrm_team_managers() RETURNS uuid[]
LANGUAGE sql STABLE {d} AS $$
  SELECT coalesce(array_agg(m.id), '{{}}')
  FROM managers m
  WHERE m.team_id = (SELECT team_id FROM vipcrm_me()) AND NOT m.deleted
$$""",
        f"""CREATE OR REPLACE FUNCTION vipcrm_my_code() RETURNS text
LANGUAGE sql STABLE {d} AS $$ SELECT code FROM vipcrm_me() $$""",
        f"""CREATE OR REPLACE FUNCTION vipcrm_team_codes() RETURNS text[]
LANGUAGE sql STABLE {d} AS $$
  SELECT coalesce(array_agg(m.code), '{{}}')
  FROM managers m
  WHERE m.team_id = (SELECT team_id FROM vipcrm_me()) AND NOT m.deleted
$$""",
        """CREATE OR REPLACE FUNCTION vipcrm_yuan(p_fen bigint) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT '¥' || to_char(p_fen / 100.0, 'FM999999999990.00') $$""",
    ]


def bookkeeping_functions(schema: str) -> list[str]:
    d = _definer(schema)
    return [
        """CREATE OR REPLACE FUNCTION vipcrm_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.version := 1;
  ELSE
    NEW.version := OLD.version + 1;
  END IF;
  NEW.updated_at := now();
  RETURN NEW;
END $$""",
        f"""CREATE OR REPLACE FUNCTION vipcrm_log_changes() RETURNS trigger
LANGUAGE plpgsql {d} AS $$
BEGIN
  INSERT INTO sync_changes (table_name, row_id, op)
  SELECT TG_TABLE_NAME, n.id, lower(TG_OP) FROM vipcrm_new_rows n;
  RETURN NULL;
END $$""",
        # A manager moving team (or changing role) changes who may see their members:
        # every laptop re-checks those rows at its next pull.
        f"""CREATE OR REPLACE FUNCTION vipcrm_scope_moved() RETURNS trigger
LANGUAGE plpgsql {d} AS $$
BEGIN
  IF NEW.team_id IS DISTINCT FROM OLD.team_id OR NEW.role IS DISTINCT FROM OLD.role
     OR NEW.active IS DISTINCT FROM OLD.active THEN
    INSERT INTO sync_changes (table_name, row_id, op)
    SELECT 'members', m.id, 'scope' FROM members m
    WHERE m.manager_id = NEW.id
       OR m.manager_id IN (SELECT id FROM managers WHERE team_id IN (OLD.team_id, NEW.team_id))
       OR (m.manager_id IS NULL AND NEW.role IS DISTINCT FROM OLD.role);
    INSERT INTO sync_changes (table_name, row_id, op)
    SELECT 'service_plans', p.id, 'scope' FROM service_plans p
    WHERE p.manager_id = NEW.id
       OR p.manager_id IN (SELECT id FROM managers WHERE team_id IN (OLD.team_id, NEW.team_id));
    INSERT INTO sync_changes (table_name, row_id, op)
    SELECT 'budgets', b.id, 'scope' FROM budgets b
    WHERE b.manager_id = NEW.id OR b.team_id IN (OLD.team_id, NEW.team_id);
  END IF;
  RETURN NULL;
END $$""",
    ]


def guard_functions(schema: str) -> list[str]:
    d = _definer(schema)
    return [
        # audit_log: the central store records who really pushed an entry
        """CREATE OR REPLACE FUNCTION vipcrm_guard_audit() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT vipcrm_trusted() THEN
    NEW.actor_code := coalesce(vipcrm_my_code(), NEW.actor_code);
  END IF;
  RETURN NEW;
END $$""",
        # members: ownership and tier only by a lead (within the team) or an admin
        """CREATE OR REPLACE FUNCTION vipcrm_guard_members() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  me record;
BEGIN
  IF vipcrm_trusted() THEN
    RETURN NEW;
  END IF;
  SELECT * INTO me FROM vipcrm_me();
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
       AND NOT (NEW.manager_id = ANY (vipcrm_team_managers())) THEN
      RAISE EXCEPTION 'a team lead assigns members only to the managers of their own team'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  RETURN NEW;
END $$""",
        # budgets: committed and spent are the server's; allocations move from the reserve
        """CREATE OR REPLACE FUNCTION vipcrm_guard_budgets() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF vipcrm_trusted() THEN
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
  END IF;
  RETURN NEW;
END $$""",
        f"""CREATE OR REPLACE FUNCTION vipcrm_budget_allocated() RETURNS trigger
LANGUAGE plpgsql {d} AS $$
DECLARE
  delta bigint;
  team_line record;
BEGIN
  IF NEW.manager_id IS NULL OR vipcrm_is_system() THEN
    RETURN NULL;
  END IF;
  delta := NEW.allocated_fen - (CASE WHEN TG_OP = 'INSERT' THEN 0 ELSE OLD.allocated_fen END);
  IF delta = 0 THEN
    RETURN NULL;
  END IF;
  SELECT * INTO team_line FROM budgets
  WHERE team_id = NEW.team_id AND manager_id IS NULL AND period = NEW.period AND NOT deleted
  FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'the team has no budget for %; set it first', NEW.period
      USING ERRCODE = 'check_violation';
  END IF;
  IF team_line.allocated_fen - team_line.committed_fen - team_line.spent_fen < delta THEN
    RAISE EXCEPTION 'the team reserve for % is %; allocating needs %', NEW.period,
      vipcrm_yuan(team_line.allocated_fen - team_line.committed_fen - team_line.spent_fen),
      vipcrm_yuan(delta)
      USING ERRCODE = 'check_violation';
  END IF;
  UPDATE budgets SET committed_fen = committed_fen + delta WHERE id = team_line.id;
  RETURN NULL;
END $$""",
        # gifts: a request is pending until the server accepts it
        """CREATE OR REPLACE FUNCTION vipcrm_guard_gifts() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  me record;
  member_manager uuid;
BEGIN
  IF vipcrm_trusted() THEN
    RETURN NEW;
  END IF;
  SELECT * INTO me FROM vipcrm_me();
  IF TG_OP = 'INSERT' THEN
    SELECT manager_id INTO member_manager FROM members WHERE id = NEW.member_id;
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
        f"""CREATE OR REPLACE FUNCTION vipcrm_cap_in_force(p_occasion text, p_tier text, p_day date)
RETURNS integer LANGUAGE sql STABLE {d} AS $$
  SELECT coalesce(
    (SELECT cap_fen FROM gift_caps
     WHERE occasion = p_occasion AND tier = p_tier AND effective_from <= p_day AND NOT deleted
     ORDER BY effective_from DESC LIMIT 1),
    (SELECT cap_fen FROM gift_caps
     WHERE p_occasion = 'key_person_birthday' AND occasion = 'birthday' AND tier = p_tier
       AND effective_from <= p_day AND NOT deleted
     ORDER BY effective_from DESC LIMIT 1),
    0)
$$""",
        # The manager's line for the narrowest period holding the day; an empty line is
        # opened when only the team has a budget (so the reserve can be drawn on).
        f"""CREATE OR REPLACE FUNCTION vipcrm_budget_line(p_manager uuid, p_day date) RETURNS uuid
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
    SELECT id INTO line FROM budgets WHERE manager_id = p_manager AND period = k AND NOT deleted;
    IF FOUND THEN
      RETURN line;
    END IF;
  END LOOP;
  SELECT team_id INTO team FROM managers WHERE id = p_manager;
  IF team IS NULL THEN
    RETURN NULL;
  END IF;
  FOREACH k IN ARRAY keys LOOP
    IF EXISTS (SELECT FROM budgets WHERE team_id = team AND manager_id IS NULL AND period = k
               AND NOT deleted) THEN
      INSERT INTO budgets (id, team_id, manager_id, period, allocated_fen, committed_fen, spent_fen,
                           version, updated_at, deleted)
      VALUES (gen_random_uuid(), team, p_manager, k, 0, 0, 0, 1, now(), false)
      ON CONFLICT (team_id, manager_id, period) DO NOTHING
      RETURNING id INTO line;
      IF line IS NULL THEN
        SELECT id INTO line FROM budgets WHERE manager_id = p_manager AND period = k AND NOT deleted;
      END IF;
      RETURN line;
    END IF;
  END LOOP;
  RETURN NULL;
END $$""",
        # After a login inserted a (pending) request: approve it at once when it is within
        # the cap in force and the manager's budget (a guarded update: never below zero).
        f"""CREATE OR REPLACE FUNCTION vipcrm_try_auto_approve() RETURNS trigger
LANGUAGE plpgsql {d} AS $$
DECLARE
  tier text;
  day date;
  cap integer;
  line uuid;
  over_cap integer;
  left_fen bigint;
BEGIN
  IF vipcrm_is_system() OR NEW.status <> 'pending' THEN
    RETURN NULL;
  END IF;
  SELECT m.tier INTO tier FROM members m WHERE m.id = NEW.member_id;
  day := coalesce(NEW.planned_on, (now() AT TIME ZONE 'Asia/Shanghai')::date);
  cap := vipcrm_cap_in_force(NEW.occasion, tier, day);
  line := vipcrm_budget_line(NEW.manager_id, day);
  over_cap := greatest(0, NEW.amount_fen - cap);
  IF line IS NOT NULL AND over_cap = 0 THEN
    UPDATE budgets SET committed_fen = committed_fen + NEW.amount_fen
    WHERE id = line AND allocated_fen - committed_fen - spent_fen >= NEW.amount_fen;
    IF FOUND THEN
      UPDATE gifts SET status = 'approved', cap_fen = cap, budget_id = line, pending_reason = '',
        decided_at = now(), decision_comment = 'auto: within cap and budget'
      WHERE id = NEW.id;
      RETURN NULL;
    END IF;
  END IF;
  SELECT allocated_fen - committed_fen - spent_fen INTO left_fen FROM budgets WHERE id = line;
  UPDATE gifts SET cap_fen = cap, budget_id = line,
    pending_reason = format('over_cap=%s;over_budget=%s', over_cap,
                            greatest(0, NEW.amount_fen - coalesce(left_fen, 0)))
  WHERE id = NEW.id;
  RETURN NULL;
END $$""",
        # A lead's (or admin's) decision on a pending request; approval beyond the
        # manager's budget moves the shortfall from the team reserve, or is refused.
        f"""CREATE OR REPLACE FUNCTION vipcrm_decide_gift(p_gift uuid, p_decision text, p_comment text)
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
  SELECT * INTO me FROM vipcrm_me();
  SELECT * INTO g FROM gifts WHERE id = p_gift AND NOT deleted FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no gift %', p_gift USING ERRCODE = 'no_data_found';
  END IF;
  SELECT team_id, code INTO gift_team, manager_code FROM managers WHERE id = g.manager_id;
  IF NOT vipcrm_is_system() AND (me.role IS NULL OR NOT (me.role = 'admin'
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
    UPDATE gifts SET status = 'rejected', decided_by_id = me.manager_id, decided_at = now(),
      decision_comment = btrim(p_comment)
    WHERE id = p_gift;
    RETURN 'rejected';
  ELSIF p_decision <> 'approved' THEN
    RAISE EXCEPTION 'a decision is approved or rejected, not %', p_decision
      USING ERRCODE = 'check_violation';
  END IF;
  line := coalesce(g.budget_id, vipcrm_budget_line(g.manager_id,
                   coalesce(g.planned_on, (now() AT TIME ZONE 'Asia/Shanghai')::date)));
  IF line IS NULL THEN
    RAISE EXCEPTION 'there is no gift budget for %''s team covering %; set the team budget first',
      manager_code, g.planned_on USING ERRCODE = 'check_violation';
  END IF;
  SELECT * INTO b FROM budgets WHERE id = line FOR UPDATE;
  shortfall := g.amount_fen - (b.allocated_fen - b.committed_fen - b.spent_fen);
  IF shortfall > 0 THEN
    SELECT * INTO t FROM budgets
    WHERE team_id = b.team_id AND manager_id IS NULL AND period = b.period AND NOT deleted
    FOR UPDATE;
    reserve := coalesce(t.allocated_fen - t.committed_fen - t.spent_fen, 0);
    IF t.id IS NULL OR reserve < shortfall THEN
      RAISE EXCEPTION 'the team reserve for % is % and cannot cover the shortfall of %; approval refused',
        b.period, vipcrm_yuan(reserve), vipcrm_yuan(shortfall) USING ERRCODE = 'check_violation';
    END IF;
    UPDATE budgets SET allocated_fen = allocated_fen + shortfall WHERE id = line;
    INSERT INTO budget_adjustments (id, from_budget_id, to_budget_id, amount_fen, reason, gift_id,
                                    by_id, at, version, updated_at, deleted)
    VALUES (gen_random_uuid(), t.id, line, shortfall, 'gift approval', g.id, me.manager_id, now(),
            1, now(), false);
  END IF;
  UPDATE budgets SET committed_fen = committed_fen + g.amount_fen WHERE id = line;
  UPDATE gifts SET status = 'approved', budget_id = line, decided_by_id = me.manager_id,
    decided_at = now(), decision_comment = coalesce(btrim(p_comment), '')
  WHERE id = p_gift;
  RETURN 'approved';
END $$""",
        # Delivery (committed → spent) or cancellation (commitment released).
        f"""CREATE OR REPLACE FUNCTION vipcrm_close_gift(p_gift uuid, p_outcome text)
RETURNS text LANGUAGE plpgsql {d} AS $$
DECLARE
  me record;
  g record;
  gift_team uuid;
BEGIN
  SELECT * INTO me FROM vipcrm_me();
  SELECT * INTO g FROM gifts WHERE id = p_gift AND NOT deleted FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no gift %', p_gift USING ERRCODE = 'no_data_found';
  END IF;
  SELECT team_id INTO gift_team FROM managers WHERE id = g.manager_id;
  IF NOT vipcrm_is_system() AND (me.role IS NULL OR NOT (me.role = 'admin'
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
    UPDATE budgets SET committed_fen = committed_fen - g.amount_fen,
                       spent_fen = spent_fen + g.amount_fen
    WHERE id = g.budget_id;
  ELSIF p_outcome = 'cancelled' THEN
    IF g.status NOT IN ('pending', 'approved') THEN
      RAISE EXCEPTION 'a % gift cannot be cancelled (only pending or approved ones)', g.status
        USING ERRCODE = 'check_violation';
    END IF;
    IF g.status = 'approved' THEN
      UPDATE budgets SET committed_fen = committed_fen - g.amount_fen WHERE id = g.budget_id;
    END IF;
  ELSE
    RAISE EXCEPTION 'a gift is closed as delivered or cancelled, not %', p_outcome
      USING ERRCODE = 'check_violation';
  END IF;
  UPDATE gifts SET status = p_outcome, closed_by_id = me.manager_id, closed_at = now()
  WHERE id = p_gift;
  RETURN p_outcome;
END $$""",
        # plans: approval binds to the version submitted (and seen)
        """CREATE OR REPLACE FUNCTION vipcrm_guard_plans() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  me record;
  plan_team uuid;
BEGIN
  IF vipcrm_trusted() OR NEW.status IS NOT DISTINCT FROM OLD.status THEN
    RETURN NEW;
  END IF;
  SELECT * INTO me FROM vipcrm_me();
  SELECT team_id INTO plan_team FROM managers WHERE id = OLD.manager_id;
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
    ]


def _trigger(name: str, table: str, body: str) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name} ON {table}", f"CREATE {body}"]


def trigger_statements(present: frozenset[str] | None = None) -> list[str]:
    out: list[str] = []
    for t in SYNC_TABLES:
        if present is not None and t not in present:
            continue
        out += _trigger(
            "vipcrm_90_stamp",
            t,
            f"TRIGGER vipcrm_90_stamp BEFORE INSERT OR UPDATE ON {t} "
            "FOR EACH ROW EXECUTE FUNCTION vipcrm_stamp()",
        )
        for event in ("INSERT", "UPDATE"):
            name = f"vipcrm_log_{event.lower()}"
            out += _trigger(
                name,
                t,
                f"TRIGGER {name} AFTER {event} ON {t} REFERENCING NEW TABLE AS vipcrm_new_rows "
                "FOR EACH STATEMENT EXECUTE FUNCTION vipcrm_log_changes()",
            )
    out += _trigger(
        "vipcrm_10_guard",
        "members",
        "TRIGGER vipcrm_10_guard BEFORE INSERT OR UPDATE ON members "
        "FOR EACH ROW EXECUTE FUNCTION vipcrm_guard_members()",
    )
    if present is None or "audit_log" in present:
        out += _trigger(
            "vipcrm_10_guard",
            "audit_log",
            "TRIGGER vipcrm_10_guard BEFORE INSERT ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION vipcrm_guard_audit()",
        )
    out += _trigger(
        "vipcrm_scope",
        "managers",
        "TRIGGER vipcrm_scope AFTER UPDATE ON managers "
        "FOR EACH ROW EXECUTE FUNCTION vipcrm_scope_moved()",
    )
    out += _trigger(
        "vipcrm_10_guard",
        "budgets",
        "TRIGGER vipcrm_10_guard BEFORE INSERT OR UPDATE ON budgets "
        "FOR EACH ROW EXECUTE FUNCTION vipcrm_guard_budgets()",
    )
    out += _trigger(
        "vipcrm_allocated",
        "budgets",
        "TRIGGER vipcrm_allocated AFTER INSERT OR UPDATE OF allocated_fen ON budgets "
        "FOR EACH ROW EXECUTE FUNCTION vipcrm_budget_allocated()",
    )
    out += _trigger(
        "vipcrm_10_guard",
        "gifts",
        "TRIGGER vipcrm_10_guard BEFORE INSERT OR UPDATE ON gifts "
        "FOR EACH ROW EXECUTE FUNCTION vipcrm_guard_gifts()",
    )
    out += _trigger(
        "vipcrm_auto_approve",
        "gifts",
        "TRIGGER vipcrm_auto_approve AFTER INSERT ON gifts "
        "FOR EACH ROW EXECUTE FUNCTION vipcrm_try_auto_approve()",
    )
    out += _trigger(
        "vipcrm_10_guard",
        "service_plans",
        "TRIGGER vipcrm_10_guard BEFORE UPDATE ON service_plans "
        "FOR EACH ROW EXECUTE FUNCTION vipcrm_guard_plans()",
    )
    for t in ("cards", "card_steps"):
        out += _trigger(
            "vipcrm_card_path",
            t,
            f"CONSTRAINT TRIGGER vipcrm_card_path AFTER INSERT OR UPDATE ON {t} "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION vipcrm_check_card_path()",
        )
    return out


def security_statements(present: frozenset[str] | None = None) -> list[str]:
    """Grants and row-level security (enabled and forced) on every synchronised table."""
    tables = [t for t in SYNC_TABLES if present is None or t in present]
    out = [f"REVOKE ALL ON {t} FROM PUBLIC, {ALL_GROUPS}" for t in tables]
    for t in tables:
        out += [
            f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY",
            f"ALTER TABLE {t} FORCE ROW LEVEL SECURITY",
            *(f"DROP POLICY IF EXISTS {name} ON {t}" for name in _policy_names()),
            f"CREATE POLICY vipcrm_owner_all ON {t} TO {OWNER} USING (true) WITH CHECK (true)",
        ]
        for role, (read, insert, update) in SCOPES[t].items():
            group = GROUPS[role]
            out += [
                f"GRANT SELECT ON {t} TO {group}",
                f"CREATE POLICY vipcrm_{role}_read ON {t} FOR SELECT TO {group} USING ({read})",
            ]
            if insert is not None:
                out += [
                    f"GRANT INSERT ON {t} TO {group}",
                    f"CREATE POLICY vipcrm_{role}_insert ON {t} FOR INSERT TO {group} "
                    f"WITH CHECK ({insert})",
                ]
            if update is not None:
                out += [
                    f"GRANT UPDATE ON {t} TO {group}",
                    f"CREATE POLICY vipcrm_{role}_update ON {t} FOR UPDATE TO {group} "
                    f"USING ({read}) WITH CHECK ({update})",
                ]
    out += [
        # the change log holds ids only; every login reads it (rows come through RLS)
        "REVOKE ALL ON sync_changes, sync_applied_ops, central_meta, central_logins FROM PUBLIC",
        f"GRANT SELECT ON sync_changes, central_meta TO {ALL_GROUPS}",
        f"GRANT SELECT, INSERT, UPDATE ON sync_applied_ops TO {ALL_GROUPS}",
        "ALTER TABLE sync_applied_ops ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE sync_applied_ops FORCE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS vipcrm_owner_all ON sync_applied_ops",
        f"CREATE POLICY vipcrm_owner_all ON sync_applied_ops TO {OWNER} USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS vipcrm_own_ops ON sync_applied_ops",
        f"CREATE POLICY vipcrm_own_ops ON sync_applied_ops TO {ALL_GROUPS} "
        "USING (login = session_user) WITH CHECK (login = session_user)",
        # functions: nothing for PUBLIC; the groups get what they need
        """DO $$
DECLARE
  f regprocedure;
BEGIN
  FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
           WHERE p.proname LIKE 'vipcrm\\_%' AND p.pronamespace = current_schema()::regnamespace
  LOOP
    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
  END LOOP;
END $$""",
        f"GRANT EXECUTE ON FUNCTION vipcrm_is_system(), vipcrm_trusted(), vipcrm_me(), "
        f"vipcrm_my_id(), vipcrm_my_role(), vipcrm_my_team(), vipcrm_team_managers(), "
        f"vipcrm_my_code(), vipcrm_team_codes(), "
        f"vipcrm_yuan(bigint), vipcrm_card_next(text, text), vipcrm_card_depth(text), "
        f"vipcrm_card_start_step(text), vipcrm_card_initial(text), vipcrm_card_problem(uuid), "
        f"vipcrm_cap_in_force(text, text, date), vipcrm_decide_gift(uuid, text, text), "
        f"vipcrm_close_gift(uuid, text) TO {ALL_GROUPS}",
    ]
    return out


def _policy_names() -> list[str]:
    return ["vipcrm_owner_all", "vipcrm_read", "vipcrm_insert", "vipcrm_update"] + [
        f"vipcrm_{role}_{what}" for role in ROLES for what in ("read", "insert", "update")
    ]


def install_statements(schema: str = "public", present: frozenset[str] | None = None) -> list[str]:
    """Everything, in order (roles first: they need CREATEROLE and are skipped if present).

    ``present``: the tables that exist now. A later revision that adds a synchronised table
    runs :func:`install_central` again (``vipcrm central init`` always does).
    """
    if missing_scopes():
        raise CentralSchemaError(
            "no row-level security scope for: "
            + ", ".join(missing_scopes())
            + " (add them to vipcrm.sync.central_schema.SCOPES)"
        )
    return [
        *role_statements(),
        *table_statements(),
        *identity_functions(schema),
        *bookkeeping_functions(schema),
        *card_functions(),
        *guard_functions(schema),
        *trigger_statements(present),
        *security_statements(present),
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
    present = frozenset(
        conn.execute(  # type: ignore[attr-defined]
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    for statement in install_statements(schema, present):
        conn.exec_driver_sql(statement.replace("%", "%%"))  # type: ignore[attr-defined]


def uninstall_statements() -> list[str]:
    """The reverse of :func:`install_statements` (roles stay: they are cluster-wide)."""
    out = []
    for t in SYNC_TABLES:
        for name in (
            "vipcrm_90_stamp",
            "vipcrm_log_insert",
            "vipcrm_log_update",
            "vipcrm_10_guard",
            "vipcrm_scope",
            "vipcrm_allocated",
            "vipcrm_auto_approve",
            "vipcrm_card_path",
        ):
            out.append(f"DROP TRIGGER IF EXISTS {name} ON {t}")
        for name in _policy_names():
            out.append(f"DROP POLICY IF EXISTS {name} ON {t}")
        out += [
            f"ALTER TABLE {t} NO FORCE ROW LEVEL SECURITY",
            f"ALTER TABLE {t} DISABLE ROW LEVEL SECURITY",
        ]
    out.append("DROP TABLE IF EXISTS sync_changes, sync_applied_ops, central_meta, central_logins")
    out.append(
        """DO $$
DECLARE
  f regprocedure;
BEGIN
  FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
           WHERE p.proname LIKE 'vipcrm\\\\_%' AND p.pronamespace = current_schema()::regnamespace
  LOOP
    EXECUTE format('DROP FUNCTION %s', f);
  END LOOP;
END $$"""
    )
    return out
