"""The one kind of error a service raises for a person to read."""


class ServiceError(Exception):
    """A change a service refuses; `message` is translated and safe to show to whoever asked."""

    def __init__(self, message) -> None:
        super().__init__(message)
        self.message = message
