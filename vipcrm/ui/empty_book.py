"""What a user with no members yet is told to do next (Today and Members say it): add a
member, import the month's re-grading file (leads), load demo data (an empty database),
or connect the laptop to the central store. The links are window commands
(``MainWindow.run_command``)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from vipcrm.ui.backends.base import BookState
from vipcrm.ui.labels import fill

ADD_MEMBER = "add-member"
IMPORT_GRADING = "import-grading"
LOAD_DEMO = "load-demo"


def _step(template: str, command: str, link_text: str) -> str:
    """``template`` (``%1`` is the link), escaped, with the link in it."""
    link = f'<a href="{command}">{html.escape(link_text)}</a>'
    return fill(html.escape(template), link)


def no_members_text(state: BookState, lead: bool) -> str:
    """Rich text: the next steps, each a link where the window can do it."""
    steps = [
        _step(
            QCoreApplication.translate("EmptyBook", "%1 (Members, Ctrl+N)"),
            ADD_MEMBER,
            QCoreApplication.translate("EmptyBook", "Add a member"),
        )
    ]
    if lead:
        steps.append(
            _step(
                QCoreApplication.translate("EmptyBook", "%1 (Team → Re-grading and assignment)"),
                IMPORT_GRADING,
                QCoreApplication.translate("EmptyBook", "Import the month's re-grading file"),
            )
        )
    if state.database_empty:
        steps.append(
            _step(
                QCoreApplication.translate("EmptyBook", "%1 to try vipcrm"),
                LOAD_DEMO,
                QCoreApplication.translate("EmptyBook", "Load demo data"),
            )
        )
    steps.append(
        html.escape(
            QCoreApplication.translate(
                "EmptyBook",
                "Connect this laptop to the central store to receive your book "
                "(vipcrm connect; the user guide says how)",
            )
        )
    )
    items = "".join(f"<li>{s}</li>" for s in steps)
    title = html.escape(QCoreApplication.translate("EmptyBook", "No members yet. To start:"))
    return f"<p><b>{title}</b></p><ul>{items}</ul>"
