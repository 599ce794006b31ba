"""vipcrm's data files, installed as the package ``vipcrm.resources`` (see setup.py).

Read them through :mod:`vipcrm.paths`, never by a path beside the source tree.
"""
