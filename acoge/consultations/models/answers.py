"""What people answered: responses and their answers, the statistics answers, the codes and
verified contacts each answers once with, and the counts and themes the results are read from."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from acoge.core.models import Region
from acoge.core.one_time_codes import OneTimeCode
from acoge.stats.demographics import DemographicAnswers

from .questionnaires import Channel, Consultation, Option, Participation, Question


class Response(models.Model):
    """One person's answers, with nothing that identifies her: a random id, the day, the
    channel and the hash of her receipt code."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="responses"
    )
    channel = models.CharField(max_length=10, choices=Channel.choices)
    integrity = models.CharField(max_length=10, choices=Participation.choices)
    submitted_on = models.DateField()
    receipt_hash = models.CharField(max_length=64, unique=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # A paper questionnaire: the dialogue it was filled in at, and the number written on it
    # (so that a second entry of the same sheet can be compared with the first).
    dialogue = models.ForeignKey(
        "Dialogue", null=True, blank=True, on_delete=models.PROTECT, related_name="responses"
    )
    sheet = models.CharField(max_length=20, blank=True)

    class Meta:
        indexes = [models.Index(fields=["consultation", "channel"])]
        constraints = [
            models.UniqueConstraint(
                fields=["dialogue", "sheet"],
                condition=~Q(sheet=""),
                name="response_sheet_unique_in_dialogue",
            )
        ]

    def __str__(self) -> str:
        return f"response to {self.consultation_id}"


class Moderation(models.TextChoices):
    """An open text is read by the team before any of it is quoted in public."""

    PENDING = "pending", _("To read")
    PUBLISHED = "published", _("May be quoted")
    HIDDEN = "hidden", _("Not to be quoted")


class AnswerQuerySet(models.QuerySet):
    def written(self, question: Question) -> "AnswerQuerySet":
        """A question's open texts (and what "other" says): what the team reads."""
        return self.filter(question=question).exclude(text="")

    def quotable(self, question: Question, *, public: bool) -> "AnswerQuerySet":
        """The open texts its themes are made of: for the public, those that may be quoted;
        for the team, every one not hidden."""
        found = self.written(question)
        if public:
            return found.filter(moderation=Moderation.PUBLISHED)
        return found.exclude(moderation=Moderation.HIDDEN)


class Answer(models.Model):
    """One chosen option (with its place, in a ranking), one scale point, or one open text, of
    a response."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    # RESTRICT: an answered question or option cannot be deleted on its own (only with its
    # whole consultation), so no answer is ever lost silently.
    question = models.ForeignKey(Question, on_delete=models.RESTRICT, related_name="answers")
    option = models.ForeignKey(Option, null=True, blank=True, on_delete=models.RESTRICT)
    # The scale's 1 to 5, or the option's place in a ranking (1: first).
    value = models.PositiveSmallIntegerField(null=True, blank=True)
    text = models.TextField(blank=True)  # open text, or what "other" says
    moderation = models.CharField(
        max_length=10, choices=Moderation.choices, default=Moderation.PENDING
    )

    objects = AnswerQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(fields=["question", "option"]),
            models.Index(fields=["question", "moderation"]),
        ]

    def __str__(self) -> str:
        return f"answer to {self.question_id}"


class StatsAnswer(DemographicAnswers):
    """The optional statistics answers of one response (which is itself anonymous)."""

    response = models.OneToOneField(Response, on_delete=models.CASCADE, related_name="stats")
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT)

    def __str__(self) -> str:
        return f"statistics of {self.response_id}"


class ParticipationCode(models.Model):
    """A single-use code (its hash) printed on a card: it answers the consultation once."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="codes")
    batch = models.CharField(_("batch"), max_length=80)
    code_hash = models.CharField(max_length=64, unique=True)
    used_on = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = _("participation code")
        verbose_name_plural = _("participation codes")

    def __str__(self) -> str:
        return f"{self.batch} ({'used' if self.used_on else 'unused'})"


class ContactCheck(OneTimeCode):
    """A one-time code sent to the e-mail or phone she gave, to answer a verified
    consultation; its contact is emptied once the code is right (retention: a day)."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="+")

    def __str__(self) -> str:
        return f"contact check {self.pk}"


class VerifiedContact(models.Model):
    """A contact that has answered a verified consultation: only its blind index (keyed with
    the consultation, so two consultations' lists cannot be matched), never linked to the
    answer, which is stored in another transaction and carries no trace of it."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="verified_contacts"
    )
    contact_index = models.CharField(max_length=64)
    used_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "contact_index"], name="one_answer_per_contact"
            )
        ]

    def __str__(self) -> str:
        return f"verified contact of {self.consultation_id}"


class Tally(models.Model):
    """The results' counts, kept up to date in the transaction that stores each response
    (`tally.py`), so a results page reads a few hundred rows however many answered. One row
    counts the responses with one answer to one question (`question`, `answer`) and one
    category of one dimension of who answered (`dimension`, `category`): `question` 0 counts
    the participants themselves. Nothing in it is about one person that a results table does
    not already publish suppressed; it is never shown unsuppressed."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="+")
    question = models.PositiveIntegerField()  # a Question's pk, or 0: who took part
    answer = models.IntegerField()  # an option's pk, a scale point, -1 "other", 0 none
    dimension = models.CharField(max_length=24)
    category = models.CharField(max_length=16, blank=True)  # "" not given
    n = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "question", "answer", "dimension", "category"],
                name="tally_one_row_a_cell",
            )
        ]

    def __str__(self) -> str:
        return f"{self.question}/{self.answer} {self.dimension}={self.category}: {self.n}"


class Grouping(models.Model):
    """The themes a question's open answers fall into (`themes.group`), made in the background
    when the team has read answers or asks for it (grouping thousands of answers takes
    seconds), and read by the results pages as made. `public`: made of the answers that may be
    quoted, for the published results; else of every answer not hidden, for the team. A quote
    is kept as its answer's id, so an answer hidden later is never quoted again."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="groupings")
    public = models.BooleanField()
    answers = models.PositiveIntegerField()  # how many answers were grouped
    made_at = models.DateTimeField()
    themes = models.JSONField(default=list)  # [{"terms": [...], "size": n, "quotes": [ids]}]

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["question", "public"], name="grouping_one_a_kind")
        ]

    def __str__(self) -> str:
        return f"themes of {self.question_id} ({'public' if self.public else 'staff'})"
