"""Every change to a public account's observations goes through these functions.

A citizen sends an observation while the window is open (`observation_submit`: no account; an
e-mail only if she wants the answer sent); staff enter what was said at a presentation
(`observation_enter`, its channel recorded). Staff classify it (theme, unit that answers), hide
abusive text with a recorded reason, or merge a duplicate into the observation whose answer
covers it; the unit's answer is recorded (`observation_answer`) and sent to her, and to whoever
sent a merged duplicate, once the transaction commits. Every answer is due the cycle's business
days after the window closes. Each step is audit-logged; public pages are renewed.
"""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from acoge.accounts.models import User
from acoge.core.audit import log_action, register_action
from acoge.core.crypto import blind_index
from acoge.core.models import Region
from acoge.core.page_cache import public_pages_changed
from acoge.core.tokens import new_reference
from acoge.stats import demographics

from .errors import AccountError
from .models import Channel, Cycle, Event, Observation, StatsAnswer, Theme
from .notifications import send_answer

TEXT_LIMIT = 3000
ANSWER_LIMIT = 6000

register_action(
    "public_account.observation.received", gettext_lazy("observation %(object)s received")
)
register_action(
    "public_account.observation.entered", gettext_lazy("entered observation %(object)s")
)
register_action("public_account.observation.classified", gettext_lazy("classified %(object)s"))
register_action("public_account.observation.answered", gettext_lazy("answered %(object)s"))
register_action("public_account.observation.hidden", gettext_lazy("hid %(object)s"))
register_action("public_account.observation.merged", gettext_lazy("merged %(object)s"))
register_action("public_account.observation.read", gettext_lazy("read observation %(object)s"))
register_action(
    "public_account.answers.published", gettext_lazy("published the answers of %(object)s")
)


def email_index(email: str) -> str:
    return blind_index(email, purpose="public_account.email")


def _clean_text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise AccountError(_("Write your question or observation."))
    if len(text) > TEXT_LIMIT:
        raise AccountError(_("Write at most %(limit)s characters.") % {"limit": TEXT_LIMIT})
    return text


def _create(**values) -> Observation:
    """The observation with a fresh reference code, drawn again if one is already taken."""
    for _attempt in range(3):
        try:
            with transaction.atomic():
                return Observation.objects.create(reference=new_reference(), **values)
        except IntegrityError:
            continue
    raise AccountError(_("Something went wrong. Send it again."))


@transaction.atomic
def observation_submit(
    *,
    cycle: Cycle,
    text: str,
    theme: Theme | None = None,
    region: Region | None = None,
    email: str = "",
    stats: dict[str, str] | None = None,
    language: str = "es",
    now: datetime.datetime | None = None,
) -> Observation:
    """Her observation, sent online while the window is open."""
    now = now or timezone.now()
    if not cycle.published or cycle.status(now) != "open":
        raise AccountError(_("Questions for this public account are not open."))
    email = (email or "").strip()
    observation = _create(
        cycle=cycle,
        text=_clean_text(text),
        theme=theme,
        region=region,
        channel=Channel.ONLINE,
        received_at=now,
        language=language,
        email=email,
        email_index=email_index(email) if email else None,
        due_on=cycle.answers_due(),
    )
    demographics.record(
        StatsAnswer, answers=stats or {}, cycle=cycle, channel=Channel.ONLINE, region=region
    )
    log_action("public_account.observation.received", obj=observation)
    return observation


@transaction.atomic
def observation_enter(
    *,
    cycle: Cycle,
    text: str,
    actor: User,
    channel: str = Channel.EVENT,
    event: Event | None = None,
    theme: Theme | None = None,
    region: Region | None = None,
) -> Observation:
    """What was said at a presentation (or sent by the COSOC), entered by staff."""
    if channel not in {Channel.EVENT, Channel.COSOC}:
        raise AccountError(_("Choose where it was said."))
    if event is not None and event.cycle_id != cycle.pk:
        raise AccountError(_("Choose a presentation of this public account."))
    if cycle.answers_published_at:
        raise AccountError(_("The answers of this public account are already published."))
    observation = _create(
        cycle=cycle,
        text=_clean_text(text),
        theme=theme,
        region=region or (event.region if event else None),
        channel=channel,
        event=event,
        entered_by=actor,
        due_on=cycle.answers_due(),
    )
    log_action("public_account.observation.entered", actor=actor, obj=observation)
    return observation


@transaction.atomic
def observation_classify(
    *, observation: Observation, actor: User, theme: Theme | None, responsible_unit: str
) -> Observation:
    observation.theme = theme
    observation.responsible_unit = responsible_unit.strip()[:200]
    observation.save(update_fields=["theme", "responsible_unit"])
    log_action("public_account.observation.classified", actor=actor, obj=observation)
    public_pages_changed()
    return observation


def _lock(observation: Observation) -> Observation:
    return Observation.objects.select_for_update().select_related("cycle").get(pk=observation.pk)


@transaction.atomic
def observation_answer(
    *,
    observation: Observation,
    actor: User,
    answer: str,
    responsible_unit: str = "",
    now: datetime.datetime | None = None,
) -> Observation:
    """The unit's public answer; sent to her (and to whoever sent a merged duplicate)."""
    now = now or timezone.now()
    observation = _lock(observation)
    if observation.status in {Observation.Status.HIDDEN, Observation.Status.MERGED}:
        raise AccountError(_("A hidden or merged observation is not answered on its own."))
    answer = (answer or "").strip()
    if not answer:
        raise AccountError(_("Write the answer."))
    if len(answer) > ANSWER_LIMIT:
        raise AccountError(_("Write at most %(limit)s characters.") % {"limit": ANSWER_LIMIT})
    unit = (responsible_unit or observation.responsible_unit).strip()
    if not unit:
        raise AccountError(_("Say which unit answers."))
    observation.answer, observation.responsible_unit = answer, unit[:200]
    observation.status = Observation.Status.ANSWERED
    observation.answered_at, observation.answered_by = now, actor
    observation.save()
    log_action("public_account.observation.answered", actor=actor, obj=observation)
    for recipient in [observation, *observation.merged.all()]:
        if recipient.email:
            send_answer(recipient)
    public_pages_changed()
    return observation


@transaction.atomic
def observation_hide(*, observation: Observation, actor: User, reason: str) -> Observation:
    """Abusive text, or text that names a person, is hidden from the public with a reason."""
    observation = _lock(observation)
    reason = (reason or "").strip()
    if not reason:
        raise AccountError(_("Say why it is hidden."))
    observation.status = Observation.Status.HIDDEN
    observation.hidden_reason = reason[:300]
    observation.save(update_fields=["status", "hidden_reason"])
    log_action("public_account.observation.hidden", actor=actor, obj=observation)
    public_pages_changed()
    return observation


@transaction.atomic
def observation_merge(*, observation: Observation, into: Observation, actor: User) -> Observation:
    """A duplicate is answered by the observation it is merged into."""
    observation = _lock(observation)
    into = _lock(into)
    if into.pk == observation.pk or into.cycle_id != observation.cycle_id:
        raise AccountError(_("Choose another observation of the same public account."))
    if into.status in {Observation.Status.HIDDEN, Observation.Status.MERGED}:
        raise AccountError(_("Merge it into an observation that is shown and not merged itself."))
    if observation.merged.exists():
        raise AccountError(_("Other observations are merged into this one: merge those first."))
    observation.status = Observation.Status.MERGED
    observation.merged_into = into
    observation.save(update_fields=["status", "merged_into"])
    log_action(
        "public_account.observation.merged",
        actor=actor,
        obj=observation,
        data={"into": into.reference},
    )
    if into.status == Observation.Status.ANSWERED and observation.email:
        send_answer(observation)
    public_pages_changed()
    return observation


@transaction.atomic
def answers_publish(*, cycle: Cycle, actor: User, now: datetime.datetime | None = None) -> Cycle:
    """The full answers document, once every shown observation is answered."""
    now = now or timezone.now()
    if cycle.status(now) != "closed":
        raise AccountError(_("The answers are published once the window has closed."))
    waiting = cycle.observations.filter(status=Observation.Status.RECEIVED).count()
    if waiting:
        raise AccountError(
            _("%(count)s observations still wait for their answer.") % {"count": waiting}
        )
    cycle.answers_published_at = now
    cycle.save(update_fields=["answers_published_at"])
    log_action("public_account.answers.published", actor=actor, obj=cycle)
    public_pages_changed()
    return cycle


def erase_contacts(queryset: QuerySet[Observation], now: datetime.datetime) -> int:
    return (
        queryset.filter(contact_erased_at__isnull=True)
        .exclude(email="")
        .update(email="", email_index=None, contact_erased_at=now)
    )
