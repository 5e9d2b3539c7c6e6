"""Errors a user can cause and fix: their message is shown as is, never a traceback."""


class StoreError(Exception):
    """The store cannot do what was asked; the message says what and where."""


class NotFound(StoreError):
    pass


class InvalidEdit(StoreError):
    """A person's edit does not make a valid fact (the message names the field)."""
