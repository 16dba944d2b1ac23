"""What the public account's services refuse."""

from acoge.core.errors import ServiceError


class AccountError(ServiceError):
    """A change to a public account or an observation that its rules do not allow."""
