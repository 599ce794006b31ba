"""The Members section: the list, and the member page over it (Enter opens, Esc closes)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout

from vipcrm.domain.values import Channel
from vipcrm.services.context import Changes
from vipcrm.ui.members_model import MembersModel
from vipcrm.ui.screens.base import Screen, UiContext
from vipcrm.ui.screens.members.list_page import MemberListPage
from vipcrm.ui.screens.members.member_page import MemberPage


class MembersScreen(Screen):
    def __init__(self, ctx: UiContext, model: MembersModel) -> None:
        super().__init__(ctx)
        self.model = model
        self.list_page = MemberListPage(model, ctx.settings)
        self.page = MemberPage(ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.list_page.open_requested.connect(self.open_member_page)
        self.page.close_requested.connect(self.close_page)
        ctx.hub.changed.connect(self.on_changes)

    def refresh(self) -> None:
        if self.model.rowCount() == 0:
            self.model.reload()

    def on_changes(self, changes: Changes) -> None:
        page_member = self.page.member_id
        if self.stack.currentWidget() is self.page and page_member is not None:
            if changes.everything or page_member in changes.members:
                self.page.reload()

    def open_member_page(self, member_id: uuid.UUID) -> None:
        self.stack.setCurrentWidget(self.page)
        self.page.show_member(member_id)
        self.page.call_button.setFocus()

    def close_page(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def showing_page(self) -> bool:
        return self.stack.currentWidget() is self.page

    # --- window-wide shortcuts ---------------------------------------------------------

    def escape(self) -> bool:
        if self.showing_page():
            self.close_page()
            return True
        return False

    def focus_search(self) -> bool:
        self.close_page()
        self.list_page.focus_search()
        return True

    def log_contact_shortcut(self) -> bool:
        if self.showing_page():
            self.page.log(Channel.PHONE)
            return True
        index = self.list_page.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            return False
        self.page.log_for(row.id, row.name, Channel.PHONE)
        return True

    def save_state(self) -> None:
        self.list_page.save_state()
