"""First run on an empty database: offer demo data and load it in the background."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from vipcrm.services.demo import DemoOptions, DemoSummary, generate_demo
from vipcrm.store.db import Database
from vipcrm.ui.errors import show_error
from vipcrm.ui.runner import Progress, Runner


def ask_for_demo(parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DemoFlow", "Empty database"),
        QCoreApplication.translate(
            "DemoFlow",
            "This database has no members yet.\n\nLoad demo data (a team with its account managers and members) to try vipcrm?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def load_demo(
    parent: QWidget | None,
    db: Database,
    runner: Runner,
    on_loaded: Callable[[DemoSummary], None],
    options: DemoOptions = DemoOptions(),  # noqa: B008
) -> QProgressDialog:
    """Run ``generate_demo`` through the runner with a progress dialog."""
    dialog = QProgressDialog(
        QCoreApplication.translate("DemoFlow", "Creating demo data…"), "", 0, 0, parent
    )
    dialog.setWindowTitle(QCoreApplication.translate("DemoFlow", "Demo data"))
    dialog.setCancelButton(None)  # generating cannot be interrupted half-way
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.show()

    def job(progress: Progress) -> DemoSummary:
        return generate_demo(db, options, progress=progress)

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    def on_done(summary: DemoSummary) -> None:
        dialog.close()
        on_loaded(summary)

    def on_error(exc: BaseException) -> None:
        dialog.close()
        show_error(parent, exc)

    runner.run(job, on_done=on_done, on_error=on_error, on_progress=on_progress)
    return dialog


def offer_demo(
    parent: QWidget | None,
    db: Database,
    runner: Runner,
    on_loaded: Callable[[DemoSummary], None],
    ask: Callable[[QWidget | None], bool] = ask_for_demo,
) -> bool:
    """Ask, and load demo data if the user agrees; returns whether loading started."""
    if not ask(parent):
        return False
    load_demo(parent, db, runner, on_loaded)
    return True
