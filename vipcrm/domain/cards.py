"""The membership-card lifecycle as a table (SERVICE_RULES.md section 5).

::

    data_collected --data_sent--> data_sent --arrived--> arrived --notified--> notified
    notified --mailed--> mailed --received--> received
    notified --pickup_chosen--> awaiting_pickup --delivered--> delivered
    notified --door_agreed--> door_agreed --delivered--> delivered
    delivered --received--> received

A new card starts at ``data_collected``; a re-made card (补卡, :attr:`CardKind.REMAKE`)
starts at ``arrived``. ``received`` is final. The step names are the command-line
vocabulary (``vipcrm card step CARD STEP``).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from vipcrm.domain.errors import VipcrmError, msg
from vipcrm.domain.values import CardKind, CardState, DeliveryMethod


class CardStep(StrEnum):
    DATA_SENT = "data_sent"  # 制卡数据已送制卡
    ARRIVED = "arrived"  # 卡已到
    NOTIFIED = "notified"  # 已通知会员
    MAILED = "mailed"  # 已邮寄
    PICKUP_CHOSEN = "pickup_chosen"  # 会员选择自取
    DOOR_AGREED = "door_agreed"  # 约定上门送卡
    DELIVERED = "delivered"  # 已领取 / 已送达
    RECEIVED = "received"  # 会员确认收到


_S, _T = CardState, CardStep
TRANSITIONS: Mapping[CardState, Mapping[CardStep, CardState]] = MappingProxyType(
    {
        _S.DATA_COLLECTED: {_T.DATA_SENT: _S.DATA_SENT},
        _S.DATA_SENT: {_T.ARRIVED: _S.ARRIVED},
        _S.ARRIVED: {_T.NOTIFIED: _S.NOTIFIED},
        _S.NOTIFIED: {
            _T.MAILED: _S.MAILED,
            _T.PICKUP_CHOSEN: _S.AWAITING_PICKUP,
            _T.DOOR_AGREED: _S.DOOR_AGREED,
        },
        _S.MAILED: {_T.RECEIVED: _S.RECEIVED},
        _S.AWAITING_PICKUP: {_T.DELIVERED: _S.DELIVERED},
        _S.DOOR_AGREED: {_T.DELIVERED: _S.DELIVERED},
        _S.DELIVERED: {_T.RECEIVED: _S.RECEIVED},
        _S.RECEIVED: {},
    }
)

_DELIVERY_BY_STEP = {
    CardStep.MAILED: DeliveryMethod.MAIL,
    CardStep.PICKUP_CHOSEN: DeliveryMethod.PICKUP,
    CardStep.DOOR_AGREED: DeliveryMethod.DOOR,
}


class InvalidCardStep(VipcrmError, ValueError):
    """A step that the card's current state does not allow; names the allowed ones."""

    def __init__(self, state: CardState, step: str) -> None:
        allowed = allowed_steps(state)
        try:
            named: CardStep | str = CardStep(step)
        except ValueError:
            named = step  # not a step at all: shown as typed
        if allowed:
            text = msg(
                "card step '{step}' is not possible from '{state}'; allowed next steps: {allowed}",
                step=named,
                state=state,
                allowed=list(allowed),
            )
        else:
            text = msg(
                "card step '{step}' is not possible from '{state}'; "
                "the card is confirmed received; no further steps",
                step=named,
                state=state,
                allowed=[],
            )
        super().__init__(text)
        self.state = state
        self.step = step
        self.allowed = allowed


def initial_state(kind: CardKind) -> CardState:
    """Where a card of ``kind`` starts: new cards at data_collected, re-made at arrived."""
    return CardState.ARRIVED if kind is CardKind.REMAKE else CardState.DATA_COLLECTED


def allowed_steps(state: CardState) -> tuple[CardStep, ...]:
    """The steps possible from ``state``, in table order (empty when final)."""
    return tuple(TRANSITIONS[state])


def is_final(state: CardState) -> bool:
    return not TRANSITIONS[state]


def apply_step(state: CardState, step: CardStep | str) -> CardState:
    """The state after ``step``; raises InvalidCardStep for a step the state does not allow
    (including a step name that does not exist)."""
    try:
        parsed = CardStep(str(step).strip().lower())
    except ValueError:
        raise InvalidCardStep(state, str(step)) from None
    target = TRANSITIONS[state].get(parsed)
    if target is None:
        raise InvalidCardStep(state, parsed.value)
    return target


def delivery_method_for(step: CardStep | str) -> DeliveryMethod | None:
    """The delivery method a step chooses (mailed, pickup_chosen, door_agreed), else None."""
    try:
        return _DELIVERY_BY_STEP.get(CardStep(str(step)))
    except ValueError:
        return None
