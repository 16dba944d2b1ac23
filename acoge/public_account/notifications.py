"""The answer to her observation, by e-mail, in her language, when she gave an address for it.
The task gets only the observation's id; it reads the rest when it runs."""

from django.conf import settings
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from acoge.core.notify import send_email

from .models import Observation


def send_answer(observation: Observation) -> None:
    pk = observation.pk
    transaction.on_commit(lambda: send_answer_task.enqueue(pk))


def render_answer(observation: Observation) -> tuple[str, str]:
    answered = observation.merged_into if observation.merged_into_id else observation
    language = observation.language if observation.language in {"es", "en", "ht"} else "es"
    with translation.override(language):
        subject = _("The answer to your question on the public account (%(reference)s)") % {
            "reference": observation.reference
        }
        body = render_to_string(
            "public_account/messages/answer.txt",
            {
                "observation": observation,
                "answered": answered,
                "url": settings.SITE_URL + observation.cycle.get_absolute_url() + "preguntas/",
                "days": settings.ACOGE_ACCOUNT_CONTACT_RETENTION_DAYS,
            },
        ).strip()
    return subject, body


@task()
def send_answer_task(observation_id: int) -> bool:
    observation = (
        Observation.objects.select_related("cycle", "merged_into").filter(pk=observation_id).first()
    )
    if observation is None or not observation.email:
        return False
    subject, body = render_answer(observation)
    send_email(to=observation.email, subject=subject, body=body, sender_name="Acoge")
    Observation.objects.filter(pk=observation.pk).update(answer_sent_at=timezone.now())
    return True
