"""The Roundtable on Gender's sessions: attendance taken per delegate in office on the day,
the minutes, and agreements followed until done. Sessions and their agenda and minutes are
written by the Unidad de Género in the admin; these are the changes with rules."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from acoge.accounts.models import User
from acoge.core.audit import log_action, register_action
from acoge.core.meetings import attendance_complete, save_attendance

from ..errors import GenderUnitError
from ..models import Agreement, Appointment, Attendance, Session
from .delegates import delegates_in_office

register_action("gender_unit.session.attendance", gettext_lazy("took the attendance of %(object)s"))
register_action("gender_unit.agreement.updated", gettext_lazy("updated agreement %(object)s"))


def expected(session: Session) -> list[Appointment]:
    return delegates_in_office(session.day)


@transaction.atomic
def attendance_record(*, session: Session, statuses: dict[int, str], actor: User) -> int:
    """Each delegate in office: present, absent or excused; the session is then held. Returns
    how many were present."""
    if session.status == Session.Status.CANCELLED:
        raise GenderUnitError(_("The session was cancelled."))
    if timezone.now() < session.starts_at:
        raise GenderUnitError(_("Attendance is taken once the session has started."))
    delegates = {appointment.pk: appointment for appointment in expected(session)}
    if not attendance_complete(statuses, delegates):
        raise GenderUnitError(_("Say for every delegate whether they were present."))
    save_attendance(session.attendance, member="appointment", statuses=statuses)
    session.status = Session.Status.HELD
    session.save(update_fields=["status"])
    log_action("gender_unit.session.attendance", actor=actor, obj=session)
    return sum(status == Attendance.Status.PRESENT for status in statuses.values())


@transaction.atomic
def agreement_update(
    *,
    agreement: Agreement,
    status: str,
    progress: str,
    actor: User,
    today: datetime.date | None = None,
) -> Agreement:
    agreement.follow(status=status, progress=progress, today=today)
    log_action("gender_unit.agreement.updated", actor=actor, obj=agreement, data={"status": status})
    return agreement
