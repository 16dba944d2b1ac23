"""What the contact point's services refuse, with a message safe to show."""

from django.utils.translation import gettext_lazy as _

from acoge.accounts.models import User
from acoge.core.errors import ServiceError


class ContactError(ServiceError):
    """A change that cannot be made; `message` is safe to show."""


class AlreadyTaken(ContactError):
    def __init__(self, holder: User | None) -> None:
        if holder is None:
            text = str(_("This request is closed: nobody can take it."))
        else:
            text = str(_("%(name)s took this request first.")) % {"name": holder}
        super().__init__(text)
        self.holder = holder


class Paused(ContactError):
    pass


class ReasonNeeded(ContactError):
    """An attempt by a way she did not choose, or outside her safe times, was recorded without
    a reason; `field` names the answer that needs one."""

    def __init__(self, field: str, message) -> None:
        super().__init__(message)
        self.field = field
