"""The council's sessions: attendance taken per councillor in office, the quorum it gives (the
term's rule), the minutes published with it, and agreements followed until done. Sessions,
their agenda and agreements are written by the COSOC secretary in the admin; these are the
changes with rules."""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from acoge.accounts.models import User
from acoge.core.audit import log_action, register_action
from acoge.core.meetings import attendance_complete, save_attendance
from acoge.core.page_cache import public_pages_changed

from ..errors import CouncilError
from ..models import Agreement, Attendance, Councillor, Meeting

register_action("council.meeting.attendance", gettext_lazy("took the attendance of %(object)s"))
register_action("council.meeting.published", gettext_lazy("published the minutes of %(object)s"))
register_action("council.agreement.updated", gettext_lazy("updated agreement %(object)s"))


@dataclass(frozen=True)
class Quorum:
    in_office: int
    needed: int
    present: int
    percent: int

    @property
    def reached(self) -> bool:
        return self.in_office > 0 and self.present >= self.needed


def expected(meeting: Meeting) -> list[Councillor]:
    """The councillors in office on the session's day: whose attendance is taken."""
    return list(meeting.term.in_office(meeting.day).select_related("organisation").order_by("name"))


def quorum(meeting: Meeting) -> Quorum:
    in_office = len(expected(meeting))
    present = meeting.attendance.filter(status=Attendance.Status.PRESENT).count()
    return Quorum(
        in_office=in_office,
        needed=meeting.term.quorum_needed(in_office),
        present=present,
        percent=meeting.term.quorum_percent,
    )


@transaction.atomic
def attendance_record(*, meeting: Meeting, statuses: dict[int, str], actor: User) -> Quorum:
    """Each councillor in office: present, absent or excused; the session is then held."""
    if meeting.status == Meeting.Status.CANCELLED:
        raise CouncilError(_("The session was cancelled."))
    if timezone.now() < meeting.starts_at:
        raise CouncilError(_("Attendance is taken once the session has started."))
    councillors = {c.pk: c for c in expected(meeting)}
    if not attendance_complete(statuses, councillors):
        raise CouncilError(_("Say for every councillor whether they were present."))
    save_attendance(meeting.attendance, member="councillor", statuses=statuses)
    meeting.status = Meeting.Status.HELD
    meeting.save(update_fields=["status"])
    log_action("council.meeting.attendance", actor=actor, obj=meeting)
    public_pages_changed()
    return quorum(meeting)


@transaction.atomic
def minutes_publish(
    *, meeting: Meeting, actor: User, now: datetime.datetime | None = None
) -> Meeting:
    if meeting.status != Meeting.Status.HELD:
        raise CouncilError(_("Take the attendance first."))
    if not (meeting.minutes.strip() or meeting.minutes_pdf):
        raise CouncilError(_("Write the minutes or upload the signed PDF first."))
    meeting.minutes_published_at = now or timezone.now()
    meeting.save(update_fields=["minutes_published_at"])
    log_action("council.meeting.published", actor=actor, obj=meeting)
    public_pages_changed()
    return meeting


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
    log_action("council.agreement.updated", actor=actor, obj=agreement, data={"status": status})
    public_pages_changed()
    return agreement


__all__ = [
    "Quorum",
    "agreement_update",
    "attendance_record",
    "expected",
    "minutes_publish",
    "quorum",
]
