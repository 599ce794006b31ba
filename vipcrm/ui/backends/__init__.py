"""One backend per section of the window, each over the small shared base
(:mod:`vipcrm.ui.backends.base`): ``today``, ``members``, ``cards``, ``gifts``, ``plans``,
``worklog`` and ``team`` (leads and admins). A screen is given only its section's backend
(``UiContext[TodayBackend]`` ...); the window builds them all (:mod:`.window`).

Nothing is imported here, so a screen importing its own backend loads no other section's.
"""
