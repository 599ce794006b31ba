"""The headless sub-commands of ``vipcrm`` (the parser lives in :mod:`vipcrm.cli`)."""
