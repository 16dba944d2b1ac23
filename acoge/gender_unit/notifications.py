"""E-mails of the Ley Karin channel. They say only that something needs attention and where to
sign in: no reference, no kind of conduct, no name, nothing of what was reported (a mailbox is
read on shared screens, forwarded, kept). The task reads the report when it runs; only its id
goes into the queue."""

from django.conf import settings
from django.db import transaction
from django.tasks import task
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from acoge.core.notify import send_email

from .models.karin import Report

STAFF_LANGUAGE = "es"


def _send(addresses: list[str], *, subject: str, lines: list[str]) -> int:
    for address in addresses:
        send_email(to=address, subject=subject, body="\n".join(lines), sender_name="Acoge")
    return len(addresses)


def tell_receivers(report: Report) -> None:
    transaction.on_commit(lambda: tell_receivers_task.enqueue(report.pk))


def tell_investigator(report: Report) -> None:
    transaction.on_commit(lambda: tell_investigator_task.enqueue(report.pk))


def tell_reporter(report: Report) -> None:
    transaction.on_commit(lambda: tell_reporter_task.enqueue(report.pk))


def _inbox_url() -> str:
    return settings.SITE_URL + reverse("gender_staff:karin-inbox")


@task
def tell_receivers_task(report_id: int) -> int:
    from .permissions import RECEIVERS

    report = Report.objects.filter(pk=report_id).first()
    if report is None:
        return 0
    addresses = [user.email for user in RECEIVERS.holders(report) if user.email]
    with translation.override(STAFF_LANGUAGE):
        subject = _("Ley Karin channel: something needs your attention")
        lines = [subject, "", _("Sign in to see it:"), _inbox_url()]
    return _send(addresses, subject=subject, lines=lines)


@task
def tell_investigator_task(report_id: int) -> int:
    report = Report.objects.select_related("investigator").filter(pk=report_id).first()
    if report is None or report.investigator is None or not report.investigator.email:
        return 0
    with translation.override(STAFF_LANGUAGE):
        subject = _("Ley Karin channel: something needs your attention")
        lines = [subject, "", _("Sign in to see it:"), _inbox_url()]
    return _send([report.investigator.email], subject=subject, lines=lines)


@task
def tell_reporter_task(report_id: int) -> int:
    report = Report.objects.select_related("reporter").filter(pk=report_id).first()
    if report is None or report.reporter is None or not report.reporter.email:
        return 0
    with translation.override(STAFF_LANGUAGE):
        subject = _("Ley Karin channel: there is news on something you reported")
        lines = [
            subject,
            "",
            _("Sign in to see it:"),
            settings.SITE_URL + reverse("gender_staff:karin"),
        ]
    return _send([report.reporter.email], subject=subject, lines=lines)
