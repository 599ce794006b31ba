"""The narrow interface between a laptop and the central store, and the values it carries.

:class:`Central` is everything the sync engine may ask of the central store. The one
implementation today talks to PostgreSQL directly (:mod:`vipcrm.sync.pg`); an HTTP
gateway could implement the same methods without touching the engine. Rows travel in
*storage form* (see :mod:`vipcrm.sync.tables`), pushed changes as outbox entries.

Result of one pushed operation (``OpResult.status``):

``applied``    done exactly as sent
``merged``     done, but the server's row differs from what the laptop sent (fields
               already equal, values the server keeps for itself); the row comes back
``conflict``   other fields done; these fields were changed on the server too, its value
               was kept and the conflict is recorded on the laptop to resolve
``overruled``  accepted, but the server decided otherwise (a gift request waits for the
               lead: over the cap or the budget); the server's row comes back
``refused``    not applied (not your member any more, an invalid card step, the reserve
               cannot cover an approval ...); the laptop's row is replaced by the server's
``server``     a value the server keeps itself (budget accounting); answered, not applied
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from vipcrm.domain.errors import VipcrmError

#: The sync protocol this code speaks (the server lists the oldest it still serves).
CLIENT_VERSION = 1
#: The oldest central schema this code will write to (2: it pushes audit_log rows; 3: the
#: source of a contact, typed or from the phone bill; 4: the audit rows carry the server's
#: stamps, and the change log shows each login its own; 5: who recorded a benefit use, and
#: a lead's exception, checked against the allowance; 6: a saved plan item's reason;
#: 7: campaigns, their targets and outcomes; 8: a campaign's code unique per team, so two
#: teams' campaigns of one code are accepted, and a campaign's per-tier steps).
NEEDS_SCHEMA = 8

VISIBLE_RESULTS = ("refused", "overruled", "conflict")
#: OpResult.why: a campaign's step outside its period (two laptops edited it at once)
STEP_OUTSIDE_PERIOD = "campaign_step_outside_period"

Row = tuple[Any, ...]


class VersionSkew(VipcrmError):
    """Client and central store are too far apart to sync safely; nothing was sent."""


@dataclass(frozen=True, order=True)
class Cursor:
    """A position in the change log: everything up to (xid, seq) has been pulled."""

    xid: int
    seq: int

    def to_text(self) -> str:
        return f"{self.xid}:{self.seq}"

    @classmethod
    def from_text(cls, text: str) -> Cursor:
        xid, seq = text.split(":")
        return cls(int(xid), int(seq))


@dataclass(frozen=True)
class ServerInfo:
    schema_version: int
    min_client_version: int
    log_horizon: int  # changes before this transaction id were pruned
    login: str
    manager_id: uuid.UUID | None
    user_code: str | None
    role: str | None
    team_id: uuid.UUID | None
    #: the id the central store hands out next (0: not told); a laptop's cursor above it
    #: comes from before the store was restored to an earlier point
    next_xid: int = 0


@dataclass(frozen=True)
class PushOp:
    """One outbox entry on its way up."""

    op_id: uuid.UUID
    txn_id: uuid.UUID | None
    table: str
    row_id: uuid.UUID
    op: str  # insert | update | delete
    base_version: int | None
    payload: Mapping[str, Any]


@dataclass(frozen=True)
class OpResult:
    status: str
    reason: str = ""
    conflicts: tuple[Mapping[str, Any], ...] = ()
    fields: Mapping[str, Any] = field(default_factory=dict)
    #: refused only because another operation of the same local transaction was
    #: (``because`` is that operation's id); listed under it, not on its own
    because: str | None = None
    #: why, as a code the laptop turns into a sentence in the user's language (with
    #: ``params``, plain JSON values), where the central store's refusal is one it knows:
    #: ``campaign_step_outside_period`` (params ``tier``, ``step``)
    why: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status}
        if self.reason:
            out["reason"] = self.reason
        if self.conflicts:
            out["conflicts"] = [dict(c) for c in self.conflicts]
        if self.fields:
            out["fields"] = dict(self.fields)
        if self.because:
            out["because"] = self.because
        if self.why:
            out["why"] = self.why
            out["params"] = dict(self.params)
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> OpResult:
        return cls(
            status=data["status"],
            reason=data.get("reason", ""),
            conflicts=tuple(data.get("conflicts", ())),
            fields=data.get("fields", {}),
            because=data.get("because"),
            why=data.get("why"),
            params=data.get("params", {}),
        )


@dataclass(frozen=True)
class PushReply:
    results: Mapping[uuid.UUID, OpResult]
    #: the server's current row (storage form) for every op not simply applied; None when
    #: the row does not exist or is not visible to this user
    rows: Mapping[str, Mapping[uuid.UUID, Row | None]]


@dataclass(frozen=True)
class PullPage:
    rows: Mapping[str, Sequence[Row]]  # visible changed rows, storage form
    gone: Mapping[str, Sequence[uuid.UUID]]  # changed, but not visible to this user
    cursor: Cursor  # where the next page starts
    changes: int  # change-log entries read
    more: bool


@dataclass(frozen=True)
class Digest:
    """Rows of one id range: how many, and the sum of their :func:`row_hash` (mod 2^64).

    The sum does not depend on order, so both sides compute it their own way (the central
    store in SQL, the laptop in Python) and sub-ranges add up to their range.
    """

    count: int = 0
    total: int = 0

    def __add__(self, other: Digest) -> Digest:
        return Digest(self.count + other.count, (self.total + other.total) % 2**64)

    @property
    def hex(self) -> str:
        return f"{self.total % 2**64:016x}"


def row_hash(id_hex: str, version: int) -> int:
    """The first 8 bytes of md5("<32 hex digits of the id>:<version>"), as a signed integer:
    what ``('x' || left(md5(...), 16))::bit(64)::bigint`` gives on PostgreSQL."""
    digest = hashlib.md5(f"{id_hex}:{version}".encode(), usedforsecurity=False).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def id_range(prefix: str) -> tuple[str, str]:
    """The lowest and highest 32-hex-digit id starting with ``prefix`` (both included)."""
    return prefix.ljust(32, "0"), prefix.ljust(32, "f")


class Central(Protocol):
    """What the sync engine (and verification, :mod:`vipcrm.sync.verify`) may ask of the
    central store."""

    def hello(self) -> ServerInfo: ...

    def push(self, ops: Sequence[PushOp]) -> PushReply:
        """Apply ``ops`` in one transaction (each local transaction all or none)."""
        ...

    def pull(self, cursor: Cursor, limit: int) -> PullPage: ...

    def begin_snapshot(self) -> Cursor:
        """Where the change log takes over once a snapshot started now is complete."""
        ...

    def snapshot(self, table: str, after: uuid.UUID | None, limit: int) -> Sequence[Row]:
        """Visible rows of ``table`` with id > ``after``, in id order (initial sync pages)."""
        ...

    def owned(self, table: str, ids: Collection[uuid.UUID]) -> Mapping[str, Sequence[Row]]:
        """The rows that belong to these rows (a member's contacts, cards, gifts ...)."""
        ...

    def digest(self, table: str, prefixes: Sequence[str], width: int) -> Mapping[str, Digest]:
        """Visible rows of ``table`` whose id (32 hex digits) starts with one of
        ``prefixes`` (all of one length; none: every row), grouped by their first ``width``
        digits (0: one group, ``""``); empty groups are left out (verification)."""
        ...

    def rows(self, table: str, ids: Collection[uuid.UUID]) -> Sequence[Row]:
        """The visible rows of ``table`` with these ids (repair)."""
        ...

    def close(self) -> None: ...
