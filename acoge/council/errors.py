"""What the council's services refuse."""

from acoge.core.errors import ServiceError
from acoge.core.one_time_codes import CodeUnusable, WrongCode


class CouncilError(ServiceError):
    """A change to the registry or the council that its rules do not allow."""


__all__ = ["CodeUnusable", "CouncilError", "WrongCode"]
