"""vipcrm — a desktop CRM for the account managers of a mobile operator's VIP club."""

__version__ = "0.1.0"
