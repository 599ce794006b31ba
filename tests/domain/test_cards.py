"""The card lifecycle table (SERVICE_RULES.md §5)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipcrm.domain.cards import (
    TRANSITIONS,
    CardStep,
    InvalidCardStep,
    allowed_steps,
    apply_step,
    delivery_method_for,
    initial_state,
    is_final,
)
from vipcrm.domain.errors import VipcrmError
from vipcrm.domain.values import CardKind, CardState, DeliveryMethod

S = CardState


@pytest.mark.parametrize(
    ("steps", "end"),
    [
        (["data_sent", "arrived", "notified", "mailed", "received"], S.RECEIVED),
        (["data_sent", "arrived", "notified", "pickup_chosen", "delivered"], S.DELIVERED),
        (["data_sent", "arrived", "notified", "door_agreed", "delivered", "received"], S.RECEIVED),
    ],
)
def test_the_three_delivery_paths(steps, end):
    state = initial_state(CardKind.NEW)
    assert state is S.DATA_COLLECTED
    for step in steps:
        state = apply_step(state, step)
    assert state is end


def test_pickup_and_door_lead_to_their_own_states():
    assert apply_step(S.NOTIFIED, CardStep.PICKUP_CHOSEN) is S.AWAITING_PICKUP
    assert apply_step(S.NOTIFIED, "door_agreed") is S.DOOR_AGREED


def test_a_remade_card_starts_at_arrived():
    assert initial_state(CardKind.REMAKE) is S.ARRIVED
    assert allowed_steps(initial_state(CardKind.REMAKE)) == (CardStep.NOTIFIED,)


def test_an_invalid_step_names_the_allowed_ones():
    with pytest.raises(InvalidCardStep) as err:
        apply_step(S.NOTIFIED, "received")
    message = str(err.value)
    assert "mailed" in message and "pickup_chosen" in message and "door_agreed" in message
    assert isinstance(err.value, VipcrmError)
    assert err.value.allowed == (CardStep.MAILED, CardStep.PICKUP_CHOSEN, CardStep.DOOR_AGREED)


def test_an_unknown_step_is_refused_the_same_way():
    with pytest.raises(InvalidCardStep, match="allowed next steps: data_sent"):
        apply_step(S.DATA_COLLECTED, "teleported")


def test_a_step_cannot_be_skipped():
    with pytest.raises(InvalidCardStep, match="arrived"):
        apply_step(S.DATA_SENT, "notified")


def test_received_is_final():
    assert is_final(S.RECEIVED)
    assert allowed_steps(S.RECEIVED) == ()
    with pytest.raises(InvalidCardStep, match="no further steps"):
        apply_step(S.RECEIVED, "received")


def test_step_text_is_forgiving_about_case_and_spaces():
    assert apply_step(S.MAILED, " Received ") is S.RECEIVED


def test_delivery_method_of_a_step():
    assert delivery_method_for("mailed") is DeliveryMethod.MAIL
    assert delivery_method_for(CardStep.PICKUP_CHOSEN) is DeliveryMethod.PICKUP
    assert delivery_method_for("door_agreed") is DeliveryMethod.DOOR
    assert delivery_method_for("arrived") is None
    assert delivery_method_for("nonsense") is None


def test_the_table_covers_every_state_and_everything_reaches_received():
    assert set(TRANSITIONS) == set(CardState)
    for state in CardState:
        seen, todo = {state}, [state]
        while todo:
            for nxt in TRANSITIONS[todo.pop()].values():
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        assert S.RECEIVED in seen


@given(st.lists(st.sampled_from(list(CardStep)), max_size=12))
def test_any_sequence_of_steps_either_follows_the_table_or_is_refused(steps):
    state = S.DATA_COLLECTED
    for step in steps:
        if step in allowed_steps(state):
            state = apply_step(state, step)
        else:
            with pytest.raises(InvalidCardStep):
                apply_step(state, step)
    assert state in CardState
