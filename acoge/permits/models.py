"""The humanitarian Residencia Temporal guide and its checker, as content staff keep.

Nothing legal is written in code or templates: each case of the humanitarian subcategory (Decree
177 of 2022, paragraph eight) is a `Case`, and each thing the guide says about it (who it is for,
who files, what she needs, the cost, how long it lasts, the steps) is a `CaseFact` with its own
source and whether it is confirmed. A fact not confirmed shows publicly as "to be confirmed" and
flags its case for a legal check. The checker ("what applies to me?") is `CheckerQuestion`s and
their `CheckerOption`s: an option points at the cases it suggests, is followed by the questions
asked after it, or says that none applies; `checker.problems()` refuses data with a path that
leads nowhere.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from acoge.core.models import ReviewedContent

RESERVED_SLUGS = {"verificar"}  # /residencia-humanitaria/verificar/ is the checker


class Case(ReviewedContent):
    """One case of the humanitarian subcategory: children and adolescents, pregnancy,
    trafficking, smuggling, domestic or gender violence."""

    slug = models.SlugField(
        _("address"), max_length=60, unique=True, help_text=_("Part of a public URL: keep it.")
    )
    order = models.PositiveSmallIntegerField(_("display order"), default=0)
    title = models.CharField(_("title"), max_length=120)
    summary = models.TextField(_("summary"), max_length=600)
    official_url = models.URLField(_("official procedure"), blank=True)
    published = models.BooleanField(_("published"), default=True)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("humanitarian case")
        verbose_name_plural = _("humanitarian cases")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is taken by another page.")})

    def get_absolute_url(self) -> str:
        return reverse("permits:case", kwargs={"slug": self.slug})

    def checklist(self) -> list["CaseFact"]:
        """What her checker result lists for the case: who it is for, who files, what she
        needs and the steps, in that order."""
        return [
            fact
            for _topic, facts in self.facts_by_topic()
            for fact in facts
            if fact.topic in CaseFact.CHECKLIST
        ]

    def facts_by_topic(self) -> list[tuple[str, list["CaseFact"]]]:
        """Its facts under each topic, in the guide's order (topics without facts left out)."""
        facts = list(self.facts.all())
        return [
            (label, [fact for fact in facts if fact.topic == topic])
            for topic, label in CaseFact.Topic.choices
            if any(fact.topic == topic for fact in facts)
        ]

    @property
    def needs_legal_check(self) -> bool:
        """A fact of it is not confirmed by a source: legal staff must check it."""
        return any(not fact.confirmed for fact in self.facts.all())


class CaseFact(models.Model):
    """One thing the guide says about a case, with where it comes from."""

    class Topic(models.TextChoices):
        WHO = "who", _("Who it is for")
        FILES = "files", _("Who files the application")
        NEEDS = "needs", _("What you need")
        COST = "cost", _("What it costs")
        DURATION = "duration", _("How long the permit lasts")
        STEPS = "steps", _("Steps")

    CHECKLIST = (Topic.WHO, Topic.FILES, Topic.NEEDS, Topic.STEPS)

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="facts")
    topic = models.CharField(_("topic"), max_length=10, choices=Topic.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    text = models.TextField(_("text"), max_length=1000)
    source_url = models.URLField(_("source"), blank=True)
    source_title = models.CharField(_("source title"), max_length=200, blank=True)
    confirmed = models.BooleanField(
        _("confirmed by the source"),
        default=False,
        help_text=_(
            "Leave unticked until legal staff have checked it: it shows as to be confirmed."
        ),
    )

    class Meta:
        ordering = ["case", "topic", "order", "pk"]
        verbose_name = _("fact")
        verbose_name_plural = _("facts")

    def __str__(self) -> str:
        return f"{self.case}: {self.get_topic_display()}"


class CheckerQuestion(models.Model):
    """One page of the checker. Asked always, or only after she chose `asked_after`."""

    slug = models.SlugField(_("address"), max_length=40, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), unique=True)
    text = models.CharField(_("question"), max_length=200)
    hint = models.CharField(_("hint"), max_length=300, blank=True)
    multiple = models.BooleanField(_("she may choose several answers"), default=False)
    asked_after = models.ForeignKey(
        "CheckerOption",
        verbose_name=_("asked only after this answer"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="follow_ups",
        help_text=_("An answer to an earlier question. Empty: everyone is asked."),
    )

    class Meta:
        ordering = ["order"]
        verbose_name = _("checker question")
        verbose_name_plural = _("checker questions")

    def __str__(self) -> str:
        return self.text


class CheckerOption(models.Model):
    """One answer to a checker question."""

    question = models.ForeignKey(CheckerQuestion, on_delete=models.CASCADE, related_name="options")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    label = models.CharField(_("answer"), max_length=200)
    cases = models.ManyToManyField(
        Case, verbose_name=_("cases it points to"), blank=True, related_name="options"
    )
    none_applies = models.BooleanField(
        _("means none of the cases applies"),
        default=False,
        help_text=_("The result then says what she can do instead."),
    )

    class Meta:
        ordering = ["question__order", "order", "pk"]
        verbose_name = _("checker answer")
        verbose_name_plural = _("checker answers")

    def __str__(self) -> str:
        return f"{self.question.order}. {self.label}"
