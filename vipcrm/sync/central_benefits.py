"""The central store's guard on member benefit uses (installed with vipcrm.sync.central_schema).

A laptop checks a use against the member's yearly allowance before recording it, but two
laptops (a manager's and the lead's, or one manager's two) can each record the last allowed
use while offline. The central store is the authority: a use arriving beyond the allowance
of the member's tier, or of a benefit the tier does not have, is refused with a sentence
naming the allowance and what is used, unless a team lead or an administrator recorded it as
an exception (with a reason). The laptop then shows it among the refused changes and takes
the central store's rows at the next pull: never both counted silently.

The rules are :mod:`vipcrm.domain.benefits` (the benefit in force on the day, the tier in
force on the day, the calendar or membership year), written here once more in SQL; tests
in tests/pg hold the two to the same answers. Uses of one member's benefit are serialised
by a transaction-level advisory lock, so two pushes arriving at the same moment are counted
one after the other (READ COMMITTED: the second sees the first once it has committed).
"""

from __future__ import annotations

TRIGGER = "vipcrm_15_allowance"
FUNCTION = "vipcrm_guard_benefit_use"


def benefit_functions(s: str, path: str) -> list[str]:
    """The guard's function in schema ``s``, with the fixed ``search_path`` clause every
    central function has (``central_schema._path``)."""
    return [
        f"""CREATE OR REPLACE FUNCTION {s}.{FUNCTION}() RETURNS trigger
LANGUAGE plpgsql {path} AS $$
DECLARE
  me record;
  m record;
  b record;
  day_month text := pg_catalog.to_char(NEW.used_on, 'YYYY-MM');
  latest text;
  held text;
  allowance integer;
  first_day date;
  last_day date;
  used integer;
BEGIN
  IF {s}.vipcrm_trusted() THEN
    RETURN NEW;
  END IF;
  NEW.exception_reason := pg_catalog.btrim(coalesce(NEW.exception_reason, ''));
  IF NEW.exception_reason <> '' THEN
    SELECT * INTO me FROM {s}.vipcrm_me();
    IF me.role IS NULL OR me.role NOT IN ('lead', 'admin') THEN
      RAISE EXCEPTION 'only a team lead or an administrator records a benefit use as an exception'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END IF;
  SELECT x.id, x.name, x.tier, x.status, x.joined_month INTO m
  FROM {s}.members x WHERE x.id = NEW.member_id AND NOT x.deleted;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'the member of this benefit use is not one you may see'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- one member's uses of one benefit are counted one push at a time
  PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(
    'vipcrm_benefit_use/' || NEW.member_id::text || '/' || NEW.benefit, 0));
  SELECT * INTO b FROM {s}.benefits x
  WHERE x.code = NEW.benefit AND x.effective_from <= NEW.used_on AND NOT x.deleted
  ORDER BY x.effective_from DESC LIMIT 1;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'there is no benefit % on %', NEW.benefit, NEW.used_on
      USING ERRCODE = 'check_violation';
  END IF;
  -- the tier in force on the day (vipcrm.domain.benefits.tier_on)
  SELECT max(h.month) INTO latest FROM {s}.tier_history h
  WHERE h.member_id = NEW.member_id AND NOT h.deleted;
  IF latest IS NULL OR day_month >= latest THEN
    held := CASE WHEN m.status = 'active' THEN m.tier END;
  ELSE
    SELECT h.tier INTO held FROM {s}.tier_history h
    WHERE h.member_id = NEW.member_id AND NOT h.deleted AND h.month <= day_month
    ORDER BY h.month DESC LIMIT 1;
    IF NOT FOUND THEN
      SELECT h.tier INTO held FROM {s}.tier_history h
      WHERE h.member_id = NEW.member_id AND NOT h.deleted ORDER BY h.month LIMIT 1;
    END IF;
  END IF;
  IF held IS NULL OR NOT coalesce(b.tiers::jsonb ? held, false) THEN
    RAISE EXCEPTION '% (%): % is not entitled to it on % as a % member (it is for: %); '
      'a team lead can record it as an exception, with a reason',
      b.name_en, b.code, m.name, NEW.used_on, coalesce(held, 'no tier'),
      coalesce((SELECT pg_catalog.string_agg(t, ', ') FROM pg_catalog.jsonb_array_elements_text(b.tiers::jsonb) t),
               'no tier')
      USING ERRCODE = 'check_violation';
  END IF;
  allowance := (b.allowances::jsonb ->> held)::integer;
  IF allowance IS NULL THEN
    RETURN NEW;  -- no yearly limit set
  END IF;
  -- the year holding the day (vipcrm.domain.benefits.benefit_year)
  IF b.period = 'membership_year' AND m.joined_month ~ '^[0-9]{{4}}-(0[1-9]|1[0-2])$' THEN
    first_day := pg_catalog.make_date(extract(year FROM NEW.used_on)::integer,
                                      pg_catalog.substr(m.joined_month, 6, 2)::integer, 1);
    IF first_day > NEW.used_on THEN
      first_day := (first_day - interval '1 year')::date;
    END IF;
  ELSE
    first_day := pg_catalog.date_trunc('year', NEW.used_on)::date;
  END IF;
  last_day := (first_day + interval '1 year' - interval '1 day')::date;
  SELECT count(*) INTO used FROM {s}.benefit_uses u
  WHERE u.member_id = NEW.member_id AND u.benefit = NEW.benefit AND NOT u.deleted
    AND u.used_on BETWEEN first_day AND last_day AND u.id <> NEW.id;
  IF used >= allowance THEN
    RAISE EXCEPTION '% (%): % has used % of the % a % member has from % to %; '
      'a team lead can record one more as an exception, with a reason',
      b.name_en, b.code, m.name, used, allowance, held, first_day, last_day
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$""",
    ]


def benefit_triggers(s: str, present: frozenset[str] | None = None) -> list[str]:
    if present is not None and "benefit_uses" not in present:
        return []
    return [
        f"DROP TRIGGER IF EXISTS {TRIGGER} ON {s}.benefit_uses",
        f"CREATE TRIGGER {TRIGGER} BEFORE INSERT ON {s}.benefit_uses "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.{FUNCTION}()",
    ]
