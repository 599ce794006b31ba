"""The user guide and its pictures, installed as ``vipcrm.docs`` for Help → User guide
(setup.py); the other documents here are for developers and are not installed."""
