"""The profile form shows each field's problem translated, the service's sentence as a tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from vipcrm.services.profile import ProfileEdit, ProfileErrors, check_profile
from vipcrm.ui.screens.members.profile_form import ProfileForm

LANDLINE = "'{text}' is not a landline number (e.g. 010-12345678, extension -123)"


class OneSentence(QTranslator):
    """Translates one service template, as the Chinese .ts file will."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "ServiceErrors" and source == LANDLINE:
            return "“{text}”不是固定电话号码（例如 010-12345678，分机 -123）"
        return ""

    def isEmpty(self):
        return False


def errors_for(edit: ProfileEdit) -> dict[str, str]:
    with pytest.raises(ProfileErrors) as caught:
        check_profile(edit)
    return caught.value.errors


def test_the_tooltip_is_the_services_sentence_in_the_window_language(qtbot, qapp):
    form = ProfileForm()
    qtbot.addWidget(form)
    errors = errors_for(ProfileEdit(name="张伟", landline="12ab"))
    form.show_errors(errors)
    assert form.errors["landline"].toolTip() == errors["landline"]  # English: as the CLI says
    translator = OneSentence()
    qapp.installTranslator(translator)
    try:
        form.show_errors(errors)
        assert form.errors["landline"].toolTip() == (
            "“12ab”不是固定电话号码（例如 010-12345678，分机 -123）"
        )
    finally:
        qapp.removeTranslator(translator)
    form.show_errors({})
    assert form.errors["landline"].toolTip() == ""
