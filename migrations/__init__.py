"""The Alembic environment and revisions, installed as the package ``vipcrm.migrations``
(see setup.py); :mod:`vipcrm.paths` gives Alembic their folder."""
