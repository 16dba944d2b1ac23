"""What the data-subject request services refuse, with a message safe to show. The one-time
code's own refusals are core's (`acoge.core.one_time_codes`), shared with every app that
proves a contact."""

from acoge.core.errors import ServiceError
from acoge.core.one_time_codes import CodeUnusable, WrongCode

__all__ = ["CodeUnusable", "RightsError", "WrongCode"]


class RightsError(ServiceError):
    """A request or a change that cannot be made; `message` is safe to show."""
