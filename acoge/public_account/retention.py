"""Her e-mail on an observation is erased ACOGE_ACCOUNT_CONTACT_RETENTION_DAYS after the answer
was sent to her (or after a hidden observation's window closed: it gets no answer)."""

import datetime

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.core.retention import RetentionRule, register

from .models import Observation
from .services import erase_contacts


def erase_sent(cutoff: datetime.datetime) -> int:
    done = Q(answer_sent_at__lt=cutoff) | Q(
        status=Observation.Status.HIDDEN, cycle__questions_close__lt=cutoff
    )
    return erase_contacts(Observation.objects.filter(done), timezone.now())


def register_rules() -> None:
    register(
        RetentionRule(
            name="public_account.contacts",
            description=_(
                "E-mail address given to receive the answer to a question on the public "
                "account, after the answer was sent"
            ),
            days=lambda: settings.ACOGE_ACCOUNT_CONTACT_RETENTION_DAYS,
            apply=erase_sent,
            action="anonymise",
        )
    )
