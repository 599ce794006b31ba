"""Campaigns and satisfaction call-backs (活动推广 · 满意度回访): the team's campaigns with
their progress and steps, and for the selected one the progress per manager and per tier
(each tier due by its step, else the end) and the members still not contacted when their
due date is near (flagged); a new campaign (every field of ``vipcrm campaign add``, the
steps included) and closing one. Managers are shown by name, as elsewhere in the Team
section.

An administrator's tab shows one team at a time (what its lead sees: the team's campaigns
and those for every team, with the team's members' progress), the Team section's chosen
team first, with a picker for another team or all teams; a new campaign is the chosen
team's (with all teams: one for every team)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QItemSelection, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipcrm.domain.campaigns import TEMPLATE_FIELDS
from vipcrm.domain.errors import Message
from vipcrm.domain.values import (
    CAMPAIGN_RESULTS,
    CampaignChannel,
    CampaignKind,
    CampaignStatus,
    GroupClass,
    Role,
    Tier,
)
from vipcrm.services.campaigns import (
    CampaignEdit,
    CampaignRow,
    NewCampaign,
    Progress,
    Tally,
    TargetRow,
)
from vipcrm.services.directory import TeamRow
from vipcrm.ui.backends.team import LeadBackend
from vipcrm.ui.errors import error_text, message_text, show_error
from vipcrm.ui.labels import (
    campaign_kind_label,
    campaign_result_label,
    fill,
    format_date,
    format_mobile,
    pydate,
    qdate,
    tier_label,
)
from vipcrm.ui.ops import Ops
from vipcrm.ui.screens.lead.table import ROW_ROLE, Column, RowsModel, sorted_proxy
from vipcrm.ui.tiers import OVERDUE_COLOUR, TIER_BACKGROUND, TIER_FOREGROUND
from vipcrm.ui.widgets import Heading, InlineError, tidy_table


def _table(model: RowsModel, parent: QWidget) -> QTableView:
    view = tidy_table(QTableView())
    view.setModel(sorted_proxy(model, parent))
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the header's default is descending
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def results_text(kind: CampaignKind, tally: Tally) -> str:
    """Each result the kind counts with its count: "Accepted 3 · Declined 1 · …"."""
    return " · ".join(
        fill("%1 %2", campaign_result_label(r), tally.results.get(r.value, 0))
        for r in CAMPAIGN_RESULTS[kind]
    )


def manager_text(name: str | None, code: str | None, none: str) -> str:
    """A manager as the Team section shows one: "name (code)"; ``none`` when there is none."""
    if not code:
        return none
    return fill(QCoreApplication.translate("CampaignsPanel", "%1 (%2)"), name or code, code)


def score_text(tally: Tally) -> str:
    score = tally.average_score
    return "—" if score is None else f"{score:.2f}"


def steps_text(campaign: CampaignRow) -> str:
    """The lead's steps: "Diamond by 2027/02/05 · Gold by 2027/02/08", or "—"."""
    if not campaign.steps:
        return "—"
    return " · ".join(
        fill(
            QCoreApplication.translate("CampaignsPanel", "%1 by %2"), tier_label(t), format_date(d)
        )
        for t, d in campaign.steps.items()
    )


class CampaignsPanel(QWidget):
    def __init__(self, lead: LeadBackend, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead, self.ops = lead, ops
        self.progress: list[Progress] = []
        self.heading = Heading(self.tr("Campaigns and satisfaction call-backs"))
        # An administrator's: the team whose campaigns the tab shows, or all of them. It
        # opens on the Team section's chosen team (else the first), as the Plans do.
        self.team_caption = QLabel(self.tr("T&eam:"))
        self.team_combo = QComboBox()
        self.team_caption.setBuddy(self.team_combo)
        self.team_caption.hide()
        self.team_combo.hide()
        self.team_combo.currentIndexChanged.connect(lambda _i: self._team_chosen())
        self._teams_loaded = False
        self._followed: str | None = None  # the section's team the picker last followed
        self.new_button = QPushButton(self.tr("&New campaign…"))
        self.new_button.clicked.connect(self.new_campaign)
        self.edit_button = QPushButton(self.tr("Edit step&s…"))
        self.edit_tip = self.tr(
            "Change the open campaign's steps or its end; the members' due dates follow"
        )
        self.edit_button.setToolTip(self.edit_tip)
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_selected)
        self.close_button = QPushButton(self.tr("C&lose campaign"))
        self.close_tip = self.tr("Close the open campaign: its members leave the managers' Today")
        self.close_button.setToolTip(self.close_tip)
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.close_selected)

        flagged_tip = self.tr(
            "Members not contacted yet with two working days or fewer left before their due "
            "date (their tier's step, or the end)"
        )

        def status(p: Progress) -> str:
            if p.campaign.status is CampaignStatus.CLOSED:
                return self.tr("Closed")
            if p.today < p.campaign.starts_on:
                return self.tr("Not started")
            if p.today > p.campaign.ends_on:
                return self.tr("Ended")
            return fill(self.tr("Open, %1 working days left"), p.working_days_left)

        def count(attr: str, number: bool = True) -> Column:
            header = {
                "targeted": self.tr("Targeted"),
                "contacted": self.tr("Contacted"),
                "reached": self.tr("Reached"),
                "flagged": self.tr("Flagged"),
            }[attr]
            return Column(
                header,
                lambda p: str(getattr(p.overall, attr)),
                lambda p: getattr(p.overall, attr),
                number,
                (lambda p: OVERDUE_COLOUR if p.overall.flagged else None)
                if attr == "flagged"
                else None,
                tip=flagged_tip if attr == "flagged" else "",
            )

        self.model = RowsModel(
            [
                Column(self.tr("Code"), lambda p: p.campaign.code),
                Column(self.tr("Team"), lambda p: p.campaign.team_code or self.tr("Every team")),
                Column(self.tr("Name"), lambda p: p.campaign.name),
                Column(self.tr("Kind"), lambda p: campaign_kind_label(p.campaign.kind)),
                Column(
                    self.tr("Period"),
                    lambda p: fill(
                        self.tr("%1 – %2"),
                        format_date(p.campaign.starts_on),
                        format_date(p.campaign.ends_on),
                    ),
                    lambda p: p.campaign.starts_on.isoformat(),
                ),
                Column(self.tr("Status"), status),
                Column(
                    self.tr("Steps"),
                    lambda p: steps_text(p.campaign),
                    tip=self.tr("The day a tier's members are due by, when earlier than the end"),
                ),
                count("targeted"),
                count("contacted"),
                count("reached"),
                count("flagged"),
                Column(
                    self.tr("Average score"),
                    lambda p: score_text(p.overall),
                    lambda p: p.overall.average_score or 0.0,
                    True,
                ),
                Column(self.tr("Results"), lambda p: results_text(p.campaign.kind, p.overall)),
            ],
            self,
        )
        self.table = _table(self.model, self)
        headers = [c.header for c in self.model.columns]
        self.team_column = headers.index(self.tr("Team"))  # an administrator's only
        self.table.setColumnHidden(self.team_column, not self.is_admin())
        # the newest period first
        self.table.sortByColumn(headers.index(self.tr("Period")), Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        def group_columns(first: str, due: bool = False) -> list[Column]:
            def kind() -> CampaignKind:
                current = self.current()
                return current.campaign.kind if current else CampaignKind.MARKETING

            due_by = Column(
                self.tr("Due by"),
                lambda g: format_date(g[3]),
                lambda g: g[3].isoformat(),
                tip=self.tr("The tier's step, or the campaign's end"),
            )
            return [
                Column(first, lambda g: g[0], lambda g: g[1]),
                *([due_by] if due else []),
                Column(
                    self.tr("Targeted"), lambda g: str(g[2].targeted), lambda g: g[2].targeted, True
                ),
                Column(
                    self.tr("Contacted"),
                    lambda g: str(g[2].contacted),
                    lambda g: g[2].contacted,
                    True,
                ),
                Column(
                    self.tr("Reached"), lambda g: str(g[2].reached), lambda g: g[2].reached, True
                ),
                Column(
                    self.tr("Flagged"),
                    lambda g: str(g[2].flagged),
                    lambda g: g[2].flagged,
                    True,
                    lambda g: OVERDUE_COLOUR if g[2].flagged else None,
                    tip=flagged_tip,
                ),
                Column(
                    self.tr("Average score"),
                    lambda g: score_text(g[2]),
                    lambda g: g[2].average_score or 0.0,
                    True,
                ),
                Column(self.tr("Results"), lambda g: results_text(kind(), g[2])),
            ]

        self.managers = RowsModel(group_columns(self.tr("Manager")), self)
        self.managers_table = _table(self.managers, self)
        self.tiers = RowsModel(group_columns(self.tr("Tier"), due=True), self)
        self.tiers_table = _table(self.tiers, self)
        self.flagged = RowsModel(
            [
                Column(self.tr("Member"), lambda t: t.name),
                Column(
                    self.tr("Tier"),
                    lambda t: tier_label(t.tier),
                    lambda t: t.tier.rank,
                    background=lambda t: TIER_BACKGROUND[t.tier],
                    foreground=lambda t: TIER_FOREGROUND[t.tier],
                ),
                Column(self.tr("Mobile"), lambda t: format_mobile(t.phone)),
                Column(
                    self.tr("Manager"),
                    lambda t: manager_text(t.manager_name, t.manager_code, "—"),
                    lambda t: t.manager_name or "",
                ),
                Column(
                    self.tr("Due by"),
                    lambda t: format_date(t.due_on),
                    lambda t: t.due_on.isoformat(),
                ),
            ],
            self,
        )
        self.flagged_table = _table(self.flagged, self)
        self.flagged_box: QWidget | None = None  # the flagged list with its caption
        self.detail_label = QLabel(self.tr("Choose a campaign above to see its progress."))
        self.detail_label.setWordWrap(True)
        self.flagged_label = QLabel()
        self.flagged_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.team_caption)
        top.addWidget(self.team_combo)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.close_button)

        def boxed(label: QLabel | None, view: QTableView) -> QWidget:
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            if label is not None:
                lay.addWidget(label)
            lay.addWidget(view)
            return box

        groups = QSplitter(Qt.Orientation.Vertical)
        groups.addWidget(boxed(self.detail_label, self.managers_table))
        groups.addWidget(self.tiers_table)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(groups)
        self.flagged_box = boxed(self.flagged_label, self.flagged_table)
        lower.addWidget(self.flagged_box)
        lower.setStretchFactor(0, 2)  # the progress tables take the room left; the flagged
        lower.setStretchFactor(1, 1)  # list is at least as wide as its columns (_fit_flagged)
        lower.setCollapsible(1, False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # --- loading ---------------------------------------------------------------------------

    def is_admin(self) -> bool:
        return self.lead.actor.role is Role.ADMIN

    def viewed_team(self) -> str | None:
        """The team an administrator's tab shows (None: every team, or not an admin)."""
        data = self.team_combo.currentData() if self.team_combo.count() else None
        return data if isinstance(data, str) else None

    def refresh(self) -> None:
        if self.is_admin() and not self._teams_loaded:
            self._teams_loaded = True  # the teams first: the tab opens on one of them
            self.ops.read(self.lead.teams, self._teams, lambda e: show_error(self, e))
            return
        if self.is_admin() and self.lead.team != self._followed:
            self._follow_section()  # the Team section's picker moved: show that team
        team = self.viewed_team()
        self.ops.read(
            lambda: self.lead.campaigns(team), self.show_campaigns, lambda e: show_error(self, e)
        )

    def _teams(self, teams: list[TeamRow]) -> None:
        self.team_combo.blockSignals(True)
        self.team_combo.clear()
        self.team_combo.addItem(self.tr("All teams (the whole region)"), None)
        for team in teams:
            named = team.name and team.name != team.code
            label = fill(self.tr("%1 (%2)"), team.name, team.code) if named else team.code
            self.team_combo.addItem(label, team.code)
        self.team_combo.setCurrentIndex(1 if teams else 0)
        self.team_combo.blockSignals(False)
        self.team_combo.setVisible(bool(teams))
        self.team_caption.setVisible(bool(teams))
        self._follow_section()
        self.refresh()

    def _follow_section(self) -> None:
        self._followed = self.lead.team
        index = self.team_combo.findData(self.lead.team) if self.lead.team else -1
        if index >= 0:
            self.team_combo.blockSignals(True)
            self.team_combo.setCurrentIndex(index)
            self.team_combo.blockSignals(False)

    def _team_chosen(self) -> None:
        self.refresh()

    def show_campaigns(self, progress: list[Progress]) -> None:
        chosen = self.current()
        campaign_id = chosen.campaign.id if chosen else None
        self.progress = progress
        self.model.set_rows(progress)
        row = next((i for i, p in enumerate(progress) if p.campaign.id == campaign_id), 0)
        if progress:
            proxy = self.table.model()
            source = self.model.index(row, 0)
            self.table.selectRow(proxy.mapFromSource(source).row())  # type: ignore[attr-defined]
        self._show_detail(self.current())

    def current(self) -> Progress | None:
        index = self.table.currentIndex()
        value = index.data(ROW_ROLE) if index.isValid() else None
        return value if isinstance(value, Progress) else None

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_detail(self.current())

    def _show_detail(self, p: Progress | None) -> None:
        is_open = p is not None and p.campaign.status is CampaignStatus.OPEN
        # a closed campaign is not changed, nor by a lead the administrator's for every team
        # (the service would refuse): the buttons say so instead of failing on a click
        mine = self.may_edit(p)
        self.close_button.setEnabled(is_open and mine)
        self.edit_button.setEnabled(is_open and mine)
        if is_open and not mine:
            self.close_button.setToolTip(
                self.tr(
                    "This campaign is the administrator's, for every team: only an "
                    "administrator closes it"
                )
            )
            self.edit_button.setToolTip(
                self.tr(
                    "This campaign is the administrator's, for every team: only an "
                    "administrator changes its steps"
                )
            )
        else:
            self.close_button.setToolTip(self.close_tip)
            self.edit_button.setToolTip(self.edit_tip)
        if p is None:
            self.managers.set_rows([])
            self.tiers.set_rows([])
            self.flagged.set_rows([])
            self.flagged_label.setText("")
            return
        # Only a satisfaction call-back scores: a marketing campaign's tables leave the
        # score out, which leaves the flagged list its room.
        for view, model in ((self.managers_table, self.managers), (self.tiers_table, self.tiers)):
            score = [c.header for c in model.columns].index(self.tr("Average score"))
            view.setColumnHidden(score, p.campaign.kind is not CampaignKind.SURVEY)
        text = fill(
            self.tr("%1 %2: progress per manager and per tier"), p.campaign.code, p.campaign.name
        )
        if p.campaign.steps:
            text += "\n" + fill(
                self.tr("Steps: %1; the other tiers by the end, %2"),
                steps_text(p.campaign),
                format_date(p.campaign.ends_on),
            )
        self.detail_label.setText(text)
        names = p.manager_names
        self.managers.set_rows(
            sorted(
                (
                    (
                        manager_text(names.get(code), code, self.tr("(no manager)")),
                        code,
                        t,
                        p.campaign.ends_on,
                    )
                    for code, t in p.by_manager.items()
                ),
                key=lambda g: (not g[1], g[0]),  # by name; the unassigned last
            )
        )
        self.tiers.set_rows(
            [
                # the campaign's whole results, in view
                (self.tr("All tiers"), -1, p.overall, p.campaign.ends_on),
                *(
                    (tier_label(tier), tier.rank, t, p.campaign.due_on(tier))
                    for tier, t in sorted(p.by_tier.items(), key=lambda kv: kv[0].rank)
                ),
            ]
        )
        flagged: list[TargetRow] = [t for t in p.targets if t.flagged]
        self.flagged.set_rows(flagged)
        self._fit_flagged()
        self.flagged_label.setText(
            fill(
                self.tr(
                    "Not contacted with two working days or fewer left before their due date: %1"
                ),
                len(flagged),
            )
        )

    def flagged_width(self) -> int:
        """The width the flagged list needs to show every column whole, its due date
        included, with room for a vertical scroll bar."""
        view = self.flagged_table
        header = view.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        widths = [
            max(header.sectionSizeFromContents(c).width(), view.sizeHintForColumn(c)) for c in shown
        ]
        if widths:  # Qt keeps a stretched last column at least the default section size
            widths[-1] = max(widths[-1], header.defaultSectionSize())
        return sum(widths) + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()

    def _fit_flagged(self) -> None:
        """The flagged list never narrower than its columns (at the default window size
        its due date showed only by scrolling sideways): the progress tables on the left
        give way, their results elided with a tooltip."""
        if self.flagged_box is not None:
            self.flagged_box.setMinimumWidth(self.flagged_width())

    # --- actions ---------------------------------------------------------------------------

    def new_campaign(self) -> None:
        """A lead's is the team's; an administrator's the chosen team's (or every team's)."""
        if self.is_admin():
            team = self.viewed_team()
            label = self.team_combo.currentText() if team else self.tr("Every team")
            dialog = NewCampaignDialog(self.lead, self.ops, self, team=team, team_label=label)
        else:
            dialog = NewCampaignDialog(self.lead, self.ops, self)
        dialog.open()

    def may_edit(self, p: Progress | None) -> bool:
        """A lead changes and closes their team's campaigns; an administrator any."""
        return p is not None and (self.is_admin() or p.campaign.team_code is not None)

    def edit_selected(self) -> EditStepsDialog | None:
        """The selected open campaign's steps and end, in a dialog (what it saves, the
        hub refreshes the tab with)."""
        p = self.current()
        if p is None or p.campaign.status is not CampaignStatus.OPEN or not self.may_edit(p):
            return None
        dialog = EditStepsDialog(self.lead, self.ops, p.campaign, self)
        dialog.open()
        return dialog

    def close_selected(self) -> None:
        p = self.current()
        if p is None or p.campaign.status is not CampaignStatus.OPEN or not self.may_edit(p):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Close campaign"),
            fill(
                self.tr("Close %1 %2? Its members leave the managers' Today."),
                p.campaign.code,
                p.campaign.name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        campaign_id = p.campaign.id
        self.ops.write(
            lambda: self.lead.close_campaign(campaign_id), None, lambda e: show_error(self, e)
        )


class StepsRow(QWidget):
    """The steps, a tick and a day per tier: a ticked tier's members are due by its day
    (an earlier day within the period), an unticked one's by the end, which its day shows.
    The New campaign dialog's and the Edit steps dialog's."""

    def __init__(self, end: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.end = qdate(end)
        self.boxes = {t: QCheckBox(tier_label(t)) for t in Tier}
        self.dates = {t: QDateEdit(self.end) for t in Tier}
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for tier, box in self.boxes.items():
            edit = self.dates[tier]
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            box.setToolTip(self.tr("Tick to have this tier's members contacted by an earlier day"))
            box.toggled.connect(lambda on, t=tier: self._ticked(t, on))
            lay.addWidget(box)
            lay.addWidget(edit)
        lay.addStretch(1)

    def set_end(self, end: QDate) -> None:
        self.end = end
        for tier, box in self.boxes.items():  # an unticked step shows the end
            if not box.isChecked():
                self.dates[tier].setDate(end)

    def _ticked(self, tier: Tier, on: bool) -> None:
        edit = self.dates[tier]
        edit.setEnabled(on)
        edit.setDate(self.end)  # ticked: from the end, which the lead moves earlier

    def set_steps(self, steps: dict[Tier, date]) -> None:
        for tier, day in steps.items():
            self.boxes[tier].setChecked(True)
            self.dates[tier].setDate(qdate(day))

    def steps(self) -> tuple[tuple[Tier, date], ...]:
        """The ticked tiers with their days, diamond first."""
        return tuple(
            (t, pydate(self.dates[t].date())) for t, box in self.boxes.items() if box.isChecked()
        )


class NewCampaignDialog(QDialog):
    """Every field of ``vipcrm campaign add``; the service's error shown as one line."""

    def __init__(
        self,
        lead: LeadBackend,
        ops: Ops,
        parent: QWidget | None = None,
        *,
        team: str | None = None,
        team_label: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.lead, self.ops = lead, ops
        self.team = team  # an administrator's: the chosen team's campaign (None: every team)
        self.setWindowTitle(self.tr("New campaign"))
        today = lead.today()
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in CampaignKind:
            self.kind.addItem(campaign_kind_label(kind), kind)
        self.starts = QDateEdit(qdate(today))
        self.ends = QDateEdit(qdate(today + timedelta(days=14)))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
        self.tier_boxes = {t: QCheckBox(tier_label(t)) for t in Tier}
        # The steps: per tier, an earlier day within the period its members are due by.
        self.steps_row = StepsRow(today + timedelta(days=14))
        self.step_boxes, self.step_dates = self.steps_row.boxes, self.steps_row.dates
        self.ends.dateChanged.connect(self.steps_row.set_end)
        self.class_boxes = {g: QCheckBox(g.value) for g in GroupClass}
        self.key_persons = QCheckBox(self.tr("Key persons only"))
        self.important = QCheckBox(self.tr("Important members only"))
        self.members_file = QLineEdit()
        self.members_file.setPlaceholderText(
            self.tr("optional: a CSV or XLSX file of mobile numbers")
        )
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.channel = QComboBox()
        for channel, text in (
            (CampaignChannel.CALL, self.tr("Call")),
            (CampaignChannel.SMS, self.tr("SMS")),
            (CampaignChannel.BOTH, self.tr("Call and SMS")),
        ):
            self.channel.addItem(text, channel)
        self.sms = QPlainTextEdit()
        self.sms.setTabChangesFocus(True)
        self.sms.setFixedHeight(self.sms.fontMetrics().lineSpacing() * 4)
        self.fields = QLineEdit(" ".join("{" + f + "}" for f in TEMPLATE_FIELDS))
        self.fields.setReadOnly(True)
        self.fields.setToolTip(
            self.tr(
                "The fields an SMS template may name: the member's name, their manager, "
                "their tier. Select and copy."
            )
        )
        self.script = QPlainTextEdit()
        self.script.setTabChangesFocus(True)
        self.script.setFixedHeight(self.script.fontMetrics().lineSpacing() * 4)
        self.error = InlineError()

        def row(*widgets: QWidget) -> QWidget:
            box = QWidget()
            lay = QHBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            for w in widgets:
                lay.addWidget(w)
            lay.addStretch(1)
            return box

        file_row = QWidget()
        file_lay = QHBoxLayout(file_row)
        file_lay.setContentsMargins(0, 0, 0, 0)
        file_lay.addWidget(self.members_file, 1)
        file_lay.addWidget(browse)

        form = QFormLayout()
        self.team_label: QLabel | None = None
        if team_label is not None:  # an administrator's: whose campaign it is
            self.team_label = QLabel(team_label)
            form.addRow(self.tr("For team:"), self.team_label)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&From:"), self.starts)
        form.addRow(self.tr("&To:"), self.ends)
        form.addRow(self.tr("Tiers:"), row(*self.tier_boxes.values()))
        form.addRow(self.tr("Steps (due by):"), self.steps_row)
        form.addRow(self.tr("Group classes:"), row(*self.class_boxes.values()))
        form.addRow("", row(self.key_persons, self.important))
        form.addRow(self.tr("&Member file:"), file_row)
        form.addRow(self.tr("C&hannel:"), self.channel)
        form.addRow(self.tr("&SMS template:"), self.sms)
        form.addRow(self.tr("Fields to copy:"), self.fields)
        form.addRow(self.tr("Call scri&pt:"), self.script)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add campaign"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "No tier, class or file chosen: every active member of the team is targeted. "
                "A tier without a step is due by the end."
            )
        )
        note.setWordWrap(True)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.added: str | None = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Member file"), "", self.tr("Member lists (*.csv *.xlsx)")
        )
        if path:
            self.members_file.setText(path)

    def new(self) -> NewCampaign:
        file = self.members_file.text().strip()
        return NewCampaign(
            code=self.code.text(),
            name=self.name.text(),
            kind=CampaignKind(self.kind.currentData()),
            starts_on=pydate(self.starts.date()),
            ends_on=pydate(self.ends.date()),
            tiers=tuple(t for t, box in self.tier_boxes.items() if box.isChecked()),
            group_classes=tuple(g for g, box in self.class_boxes.items() if box.isChecked()),
            key_persons=self.key_persons.isChecked(),
            important=self.important.isChecked(),
            members_file=Path(file) if file else None,
            channel=CampaignChannel(self.channel.currentData()),
            sms_template=self.sms.toPlainText(),
            call_script=self.script.toPlainText(),
            steps=self.steps_row.steps(),
        )

    def submit(self) -> None:
        new = self.new()
        self.error.show_error(None)
        self.buttons.setEnabled(False)
        team = self.team
        self.ops.write(lambda: self.lead.add_campaign(new, team), self._added, self._failed)

    def _added(self, code: object) -> None:
        self.buttons.setEnabled(True)
        self.added = str(code)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.show_error(error_text(exc).replace("\n", " "))


class EditStepsDialog(QDialog):
    """An open campaign's steps and its end, changed (``vipcrm campaign edit``): the
    tiers the campaign targets may have a step; the service's error shown as one line."""

    def __init__(
        self, lead: LeadBackend, ops: Ops, campaign: CampaignRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lead, self.ops, self.campaign = lead, ops, campaign
        self.setWindowTitle(fill(self.tr("Edit steps: %1 %2"), campaign.code, campaign.name))
        self.starts = QLabel(format_date(campaign.starts_on))
        self.ends = QDateEdit(qdate(campaign.ends_on))
        self.ends.setCalendarPopup(True)
        self.steps_row = StepsRow(campaign.ends_on)
        self.steps_row.set_steps(campaign.steps)
        self.ends.dateChanged.connect(self.steps_row.set_end)
        targeted = {Tier(t) for t in campaign.target.get("tiers", ()) or ()}
        for tier, box in self.steps_row.boxes.items():
            if targeted and tier not in targeted:  # the service would refuse it
                box.setEnabled(False)
                box.setToolTip(self.tr("The campaign does not target this tier"))
        self.error = InlineError()
        form = QFormLayout()
        form.addRow(self.tr("From:"), self.starts)
        form.addRow(self.tr("&To:"), self.ends)
        form.addRow(self.tr("Steps (due by):"), self.steps_row)
        note = QLabel(
            self.tr(
                "A tier without a step is due by the end. A step is a day of the period; a "
                "new end is not before the start or today. The members' due dates follow."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save changes"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def edit(self) -> CampaignEdit:
        """The end as shown, the ticked steps, and the steps the lead unticked cleared."""
        steps = self.steps_row.steps()
        ticked = {t for t, _day in steps}
        return CampaignEdit(
            ends_on=pydate(self.ends.date()),
            steps=steps,
            clear_steps=tuple(t for t in self.campaign.steps if t not in ticked),
        )

    def submit(self) -> None:
        edit = self.edit()
        self.error.show_error(None)
        self.buttons.setEnabled(False)
        campaign_id = self.campaign.id
        self.ops.write(
            lambda: self.lead.edit_campaign(campaign_id, edit), self._saved, self._failed
        )

    def _saved(self, notice: object) -> None:
        self.buttons.setEnabled(True)
        self.accept()
        if isinstance(notice, Message):  # saved plans that keep the old days: say so once
            QMessageBox.information(
                self.parentWidget(), self.tr("Steps changed"), message_text(notice)
            )

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.show_error(error_text(exc).replace("\n", " "))
