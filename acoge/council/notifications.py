"""Messages to an organisation's representative: the registry's decision, in her language. No
personal data is written to the task queue: the task reads the organisation when it runs."""

from django.conf import settings
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from acoge.core.notify import send_email

from .models import Organisation


def send_decision(organisation: Organisation) -> None:
    """Queue the decision e-mail after the transaction commits."""
    pk = organisation.pk
    transaction.on_commit(lambda: send_decision_task.enqueue(pk))


def render_decision(organisation: Organisation) -> tuple[str, str]:
    language = organisation.language if organisation.language in {"es", "en", "ht"} else "es"
    with translation.override(language):
        subject = _("Registry of organisations: a decision on %(name)s") % {
            "name": organisation.name
        }
        body = render_to_string(
            "council/messages/decision.txt",
            {
                "organisation": organisation,
                "sign_in_url": settings.SITE_URL + reverse("council:sign-in"),
            },
        ).strip()
    return subject, body


@task()
def send_decision_task(organisation_id: int) -> bool:
    organisation = Organisation.objects.filter(pk=organisation_id).first()
    if organisation is None or not organisation.email:
        return False
    subject, body = render_decision(organisation)
    send_email(to=organisation.email, subject=subject, body=body, sender_name="Acoge")
    return True
