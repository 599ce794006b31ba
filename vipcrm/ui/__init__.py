"""The PySide6 user interface. Only this package (and vipcrm.app) imports Qt.

House rules for this package:
- widgets get their collaborators passed in (built in vipcrm.app); no globals;
- widgets never start threads: work goes through the one ``Runner`` (ui/runner.py);
- widgets never touch ORM objects: they see plain values from a Qt-free source class;
- every user-visible string goes through ``tr()`` / ``QCoreApplication.translate``;
- settings are read and written through ``ui.settings.AppSettings`` only.
"""
