"""What the Unidad de Género's services refuse."""

from acoge.core.errors import ServiceError


class GenderUnitError(ServiceError):
    """A change the Unit's rules do not allow; the message is for the person who asked."""
