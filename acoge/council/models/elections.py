"""COSOC elections: a call with its dates, one candidate per accepted organisation, one ballot
per organisation (cast by its representative, for up to `votes_per_organisation` candidates),
the count, the tie rule, an optional gender-balance rule, and the seats filled.

The ballot is secret: a `Ballot` row says that an organisation voted, and each candidate's
`votes` is a counter added to in the same transaction; no row says whom an organisation chose.
"""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from acoge.stats.demographics import GenderIdentity

from .council import Term
from .registry import Organisation


def default_votes() -> int:
    return settings.ACOGE_COSOC_VOTES_PER_ORGANISATION


def default_gender_percent() -> int:
    return settings.ACOGE_COSOC_GENDER_MAX_PERCENT


def new_seed() -> str:
    """Fixed when the election is called and shown from then on, so a draw cannot be chosen
    after the votes are known."""
    return secrets.token_hex(16)


class TieRule(models.TextChoices):
    DRAW = "draw", _("A draw, reproducible from the election's published seed")
    NOMINATION = "nomination", _("The candidate nominated first")


class Election(models.Model):
    term = models.OneToOneField(
        Term,
        verbose_name=_("term it fills"),
        on_delete=models.PROTECT,
        related_name="election",
    )
    nominations_open = models.DateTimeField(_("nominations open"))
    nominations_close = models.DateTimeField(_("nominations close"))
    voting_opens = models.DateTimeField(_("voting opens"))
    voting_closes = models.DateTimeField(_("voting closes"))
    votes_per_organisation = models.PositiveSmallIntegerField(
        _("candidates each organisation may vote for"), default=default_votes
    )
    tie_rule = models.CharField(
        _("tie rule"), max_length=12, choices=TieRule.choices, default=TieRule.DRAW
    )
    seed = models.CharField(_("draw seed"), max_length=32, default=new_seed, editable=False)
    gender_balance = models.BooleanField(_("apply the gender-balance rule"), default=True)
    gender_max_percent = models.PositiveSmallIntegerField(
        _("no gender above this percentage of the seats"), default=default_gender_percent
    )
    counted_at = models.DateTimeField(_("counted"), null=True, blank=True)
    results_published_at = models.DateTimeField(_("results published"), null=True, blank=True)

    class Meta:
        ordering = ["-voting_closes"]
        verbose_name = _("council election")
        verbose_name_plural = _("council elections")
        constraints = [
            models.CheckConstraint(
                condition=Q(nominations_close__gt=models.F("nominations_open"))
                & Q(voting_opens__gte=models.F("nominations_close"))
                & Q(voting_closes__gt=models.F("voting_opens")),
                name="election_dates_in_order",
            )
        ]

    def __str__(self) -> str:
        return _("Election of the council %(term)s") % {"term": self.term}

    def get_absolute_url(self) -> str:
        return reverse("council:election", kwargs={"pk": self.pk})

    def stage(self, now: datetime.datetime | None = None) -> str:
        """upcoming, nominations, waiting (between), voting, counting, published."""
        now = now or timezone.now()
        if self.results_published_at:
            return "published"
        if now < self.nominations_open:
            return "upcoming"
        if now < self.nominations_close:
            return "nominations"
        if now < self.voting_opens:
            return "waiting"
        if now < self.voting_closes:
            return "voting"
        return "counting"


class Candidate(models.Model):
    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="candidates")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="+"
    )
    name = models.CharField(_("candidate's name"), max_length=200)
    gender = models.CharField(
        _("gender"), max_length=20, choices=GenderIdentity.choices, blank=True
    )
    statement = models.TextField(_("what the candidate proposes"), max_length=1500, blank=True)
    nominated_at = models.DateTimeField(_("nominated"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    ineligible_reason = models.CharField(_("why not eligible"), max_length=300, blank=True)
    votes = models.PositiveIntegerField(_("votes"), default=0)
    elected = models.BooleanField(_("elected"), default=False)
    passed_over = models.BooleanField(_("passed over by the gender-balance rule"), default=False)
    won_tie = models.BooleanField(_("seat decided by the tie rule"), default=False)

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("candidate")
        verbose_name_plural = _("candidates")
        constraints = [
            models.UniqueConstraint(
                fields=["election", "organisation"],
                condition=Q(withdrawn_at__isnull=True),
                name="candidate_one_per_organisation",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def standing(self) -> bool:
        return self.withdrawn_at is None and not self.ineligible_reason


class Ballot(models.Model):
    """That an organisation voted, and when; never for whom."""

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="ballots")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    cast_on = models.DateField(_("voted on"))

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")
        constraints = [
            models.UniqueConstraint(
                fields=["election", "organisation"], name="ballot_one_per_organisation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} · {self.election}"
