"""The one exception the stack raises: its message is the one line the user sees."""


class StackError(Exception):
    """Something the user can fix; ``str()`` says what and how."""
