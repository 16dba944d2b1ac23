"""What the consultation services refuse, for the person to read."""

from acoge.core.errors import ServiceError


class ConsultationError(ServiceError):
    pass


class CodeRefused(ConsultationError):
    """The participation code is unknown, already used, or of another consultation."""


class ContactUsed(ConsultationError):
    """This e-mail or phone has already answered the consultation."""
