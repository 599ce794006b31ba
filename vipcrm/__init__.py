"""vipcrm — a desktop CRM for the account managers of a mobile operator's VIP club."""

from importlib.metadata import version

# The one version: pyproject.toml's, read from the installed package's metadata (the
# wheel, an editable install, the frozen app's copy of it).
__version__ = version("vipcrm")
