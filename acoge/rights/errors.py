"""What the data-subject request services refuse, with a message safe to show."""

from acoge.core.errors import ServiceError


class RightsError(ServiceError):
    """A request or a change that cannot be made; `message` is safe to show."""


class WrongCode(RightsError):
    """The code typed is not the one sent; `remaining` tries are left (0: ask for a new code)."""

    def __init__(self, message, remaining: int) -> None:
        super().__init__(message)
        self.remaining = remaining


class CodeUnusable(RightsError):
    """The code expired, was used, or had too many wrong tries: a new one is needed."""
