"""The Members section: the list, and the member page over it (Enter opens, Esc closes);
Add member (Ctrl+N). An empty list says why: no member yet (and what to do next), or
none matches the search (what was searched) or the filters."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout

from vipcrm.domain.phone import looks_like_phone
from vipcrm.domain.pinyin import pinyin_key, pinyin_loaded
from vipcrm.domain.values import Channel, Role
from vipcrm.services.context import Changes
from vipcrm.services.directory import ManagerInfo
from vipcrm.ui.backends.base import BookState
from vipcrm.ui.backends.members import MemberForm, MembersBackend
from vipcrm.ui.empty_book import no_members_text
from vipcrm.ui.errors import show_error
from vipcrm.ui.labels import fill
from vipcrm.ui.members_model import MembersModel
from vipcrm.ui.screens.base import Screen, UiContext
from vipcrm.ui.screens.members.add_dialog import AddMemberDialog
from vipcrm.ui.screens.members.list_page import MemberListPage
from vipcrm.ui.screens.members.member_page import MemberPage


class MembersScreen(Screen):
    ctx: UiContext[MembersBackend]

    def __init__(self, ctx: UiContext[MembersBackend], model: MembersModel) -> None:
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
        self.list_page.add_button.clicked.connect(self.add_member)
        self.list_page.empty.linkActivated.connect(self.command.emit)
        self.page.close_requested.connect(self.close_page)
        self.add_dialog: AddMemberDialog | None = None
        model.count_changed.connect(self._count_changed)
        ctx.hub.changed.connect(self.on_changes)
        # Loading until the list has answered, and when it is empty until the book has:
        # never a bare table nor "no members" before the answer.
        self.list_page.show_loading()
        if model.loaded:
            self._count_changed(model.count)

    def refresh(self) -> None:
        if self.model.rowCount() == 0 and not self.model.pending:
            self.model.reload()

    def on_changes(self, changes: Changes) -> None:
        page_member = self.page.member_id
        if self.stack.currentWidget() is self.page and page_member is not None:
            if changes.everything or page_member in changes.members:
                self.page.reload()

    # --- an empty list, the search's example ----------------------------------------

    def _count_changed(self, count: int) -> None:
        page = self.list_page
        if count:
            page.show_empty(None)
            first = self.model.row_at(0)
            if first is not None and not self.model.query.text:
                self._find_example(first.name)
            return
        text = self.model.query.text
        if text:
            page.show_empty(no_match_text(text, page.filtered()))
        elif page.filtered():
            page.show_empty(self.tr("No member fits these filters."))
        else:
            page.set_example(None)
            page.show_loading()  # why the list is empty comes with the book's state
            self.ctx.ops.read(self.ctx.backend.book_state, self._book_read)

    def _find_example(self, name: str) -> None:
        """The search box's hint from the first name listed, worked out on the runner: the
        pinyin dictionaries load on first use (~0.2 s of CPU, issue 22 point 5), never on
        the UI thread; once loaded, a name's key is a lookup."""
        if pinyin_loaded():
            self._example_found(search_example(name))
        else:
            self.ctx.ops.read(lambda: search_example(name), self._example_found)

    def _example_found(self, example: tuple[str, str] | None) -> None:
        if not self.model.query.text and self.model.rowCount():
            self.list_page.set_example(example)

    def _book_read(self, state: BookState) -> None:
        if self.model.rowCount():
            return  # members came meanwhile
        if state.members:  # all of them have left the club
            text = fill(
                self.tr("No member in the club: choose “%1” to see those who left."),
                self.list_page.status_combo.itemText(self.list_page.status_combo.count() - 1),
            )
        else:
            text = no_members_text(state, self.ctx.backend.is_lead)
        self.list_page.show_empty(text)

    # --- add a member ------------------------------------------------------------------

    def new_item_text(self) -> str:
        return self.list_page.add_button.text()

    def new_item(self) -> bool:
        self.add_member()
        return True

    def add_member(self) -> None:
        self.ctx.ops.read(
            self.ctx.backend.log_keepers, self._ask_member, on_error=lambda e: show_error(self, e)
        )

    def _ask_member(self, keepers: list[ManagerInfo]) -> None:
        actor = self.ctx.backend.actor
        if actor.role is Role.MANAGER:
            choices: list[tuple[str, str | None]] = [(actor.name or actor.code, None)]
        else:  # a lead or an admin: any manager they may see, or nobody yet
            choices = [(self.tr("Nobody yet (assign later)"), None)]
            choices += [(fill(self.tr("%1 (%2)"), m.name, m.code), m.code) for m in keepers]
        self.add_dialog = AddMemberDialog(choices, self._submit_member, self)
        self.add_dialog.open()

    def _submit_member(self, form: MemberForm) -> None:
        dialog = self.add_dialog
        assert dialog is not None

        def done(member_id: uuid.UUID) -> None:
            dialog.added()
            self.message.emit(fill(self.tr("%1 added."), form.name.strip()))
            self.open_member_page(member_id)

        self.ctx.ops.write(lambda: self.ctx.backend.add_member(form), done, dialog.refused)

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


def search_example(name: str) -> tuple[str, str] | None:
    """(initials, name) for the search box's hint from a name in the book: ``zw`` finds
    张伟. None for a name without Chinese characters (its initials are the name)."""
    key = pinyin_key(name)
    full, _, initials = key.partition(" ")
    return (initials, name) if initials and initials != full else None


def no_match_text(text: str, filtered: bool) -> str:
    """Why the search found nobody, naming what was searched."""
    if looks_like_phone(text):
        said = fill(
            QCoreApplication.translate(
                "MembersScreen",
                "No member matches “%1”: no mobile number contains these digits "
                "(letters and characters search the names).",
            ),
            text,
        )
    else:
        said = fill(
            QCoreApplication.translate(
                "MembersScreen",
                "No member matches “%1”: searched every name, its full pinyin and its "
                "initials (digits search the mobile numbers).",
            ),
            text,
        )
    if filtered:
        said += " " + QCoreApplication.translate(
            "MembersScreen", "Only members that fit the filters were searched."
        )
    return said
