"""What the workshop services refuse, with a message safe to show to whoever asked."""

from acoge.core.errors import ServiceError


class RegistrationError(ServiceError):
    """A registration that cannot be made; `message` is safe to show to the person."""


class InvalidRegistration(RegistrationError):
    """What she gave does not make a registration; `field` names the answer at fault."""

    def __init__(self, field: str, message) -> None:
        super().__init__(message)
        self.field = field


class WorkshopFull(RegistrationError):
    pass


class RegistrationClosed(RegistrationError):
    pass


class WorkshopNotFound(RegistrationClosed):
    """No such workshop, or not published: callers answer as if it did not exist."""


class TooManyAttempts(RegistrationError):
    """This contact, or this workshop, took more registrations in the hour than a person or a
    group could: a script, most likely. The message says what to do instead."""
