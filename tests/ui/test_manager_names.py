"""Managers are shown by name in the gift tables (the code in a tooltip), as everywhere
else (issue 20, point 7; the assignment table: tests/ui/test_lead_screen.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_gift_card_actions import gift_setup
from vipcrm.ui.screens.base import Section
from vipcrm.ui.screens.gifts.gifts_model import GCol


def test_gifts_and_approvals_name_the_manager(make_gui, team_db):
    gift_setup(team_db)  # M001 赵磊's gifts, one waiting for the lead
    gui = make_gui("L001")
    gifts = gui.window.show_section(Section.GIFTS)
    cells = {gifts.model.index(r, GCol.MANAGER) for r in range(gifts.model.rowCount())}
    assert {c.data() for c in cells} == {"赵磊"}
    assert {c.data(Qt.ItemDataRole.ToolTipRole) for c in cells} == {"M001"}
    lead = gui.window.show_section(Section.TEAM)
    lead.show_tab(lead.tabs.indexOf(lead.approvals))
    model = lead.approvals.model
    assert model.rowCount() == 1 and model.index(0, GCol.MANAGER).data() == "赵磊"
