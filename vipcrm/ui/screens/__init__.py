"""The sections of the main window, one module (or package, when large) per screen."""
