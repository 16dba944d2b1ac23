"""What every body that meets has in common — the COSOC, the Roundtable on Gender: attendance per
member (present, absent, excused), and agreements with who answers for them and by when,
followed until done or dropped. Each app keeps its own meetings and members; they share these
choices, the agreement's fields and rules, the two staff forms and the agreement's page."""

import datetime
from collections.abc import Iterable

from django import forms
from django.contrib import messages
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from .errors import ServiceError


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", gettext_lazy("Present")
    ABSENT = "absent", gettext_lazy("Absent")
    EXCUSED = "excused", gettext_lazy("Excused")


class AgreementStatus(models.TextChoices):
    PENDING = "pending", gettext_lazy("Pending")
    IN_PROGRESS = "in_progress", gettext_lazy("In progress")
    DONE = "done", pgettext_lazy("an agreement", "Done")
    DROPPED = "dropped", gettext_lazy("Dropped")


OPEN_AGREEMENT = (AgreementStatus.PENDING, AgreementStatus.IN_PROGRESS)


class AgreementBase(models.Model):
    """What a session agreed, with who answers for it and by when. The app adds the session."""

    Status = AgreementStatus

    number = models.PositiveSmallIntegerField(gettext_lazy("number"))
    text = models.TextField(gettext_lazy("agreement"))
    owner = models.CharField(
        gettext_lazy("who answers for it"),
        max_length=200,
        help_text=gettext_lazy("A unit or a role, not a person."),
    )
    due_on = models.DateField(gettext_lazy("due"), null=True, blank=True)
    status = models.CharField(
        gettext_lazy("status"),
        max_length=12,
        choices=AgreementStatus.choices,
        default=AgreementStatus.PENDING,
    )
    done_on = models.DateField(gettext_lazy("done on"), null=True, blank=True)
    progress = models.TextField(gettext_lazy("progress"), blank=True)

    class Meta:
        abstract = True

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_AGREEMENT

    def is_late(self, today: datetime.date | None = None) -> bool:
        return (
            self.is_open
            and self.due_on is not None
            and self.due_on < (today or timezone.localdate())
        )

    def follow(self, *, status: str, progress: str, today: datetime.date | None = None) -> None:
        """Record where the agreement stands (the caller saves, logs and tells)."""
        if status not in AgreementStatus.values:
            raise ServiceError(_("Choose a status."))
        self.status = status
        self.progress = progress.strip()
        if status == AgreementStatus.DONE:
            self.done_on = self.done_on or today or timezone.localdate()
        else:
            self.done_on = None
        self.save(update_fields=["status", "progress", "done_on"])


def attendance_complete(statuses: dict[int, str], expected: Iterable[int]) -> bool:
    """Every expected member has one of the attendance statuses, and no one else has any."""
    return set(statuses) == set(expected) and set(statuses.values()) <= set(AttendanceStatus.values)


def save_attendance(attendance, *, member: str, statuses: dict[int, str]) -> None:
    """Write each member's status on a meeting's attendance (its related manager, whose rows
    name the member in the foreign key `member`) and drop the rows of anyone else."""
    for pk, status in statuses.items():
        attendance.update_or_create(**{f"{member}_id": pk}, defaults={"status": status})
    attendance.exclude(**{f"{member}_id__in": list(statuses)}).delete()


class AttendanceForm(forms.Form):
    """One radio group per member expected (the field is named by the member's id)."""

    def __init__(
        self, *args, members: Iterable[tuple[int, str]], initial_statuses: dict[int, str], **kwargs
    ) -> None:
        super().__init__(*args, **kwargs)
        for pk, label in members:
            self.fields[f"m{pk}"] = forms.ChoiceField(
                label=label,
                choices=AttendanceStatus.choices,
                initial=initial_statuses.get(pk),
                widget=forms.RadioSelect,
                error_messages={
                    "required": gettext_lazy("Say whether %(name)s was present") % {"name": label}
                },
            )

    def statuses(self) -> dict[int, str]:
        return {int(name[1:]): value for name, value in self.cleaned_data.items()}


class AgreementForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"), choices=AgreementStatus.choices, widget=forms.RadioSelect
    )
    progress = forms.CharField(
        label=gettext_lazy("Progress"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class AgreementFollowing:
    """The staff page that follows one agreement: its text, owner and due date, and a form for
    its status and progress. A view combines it with the app's record mixin (which finds
    `self.record` among what the user may reach) and names where to go back and the service
    that records the change (`follow`, which raises ServiceError when its rules refuse)."""

    form_class: type[AgreementForm] = AgreementForm
    back_url_name: str = ""

    def follow(self, *, agreement, status: str, progress: str, actor) -> None:
        raise NotImplementedError

    def caption(self) -> str:
        return ""

    def show(self, form: AgreementForm) -> HttpResponse:
        return render(
            self.request,
            "core/meetings/agreement.html",
            {
                "agreement": self.record,
                "form": form,
                "back": reverse(self.back_url_name),
                "caption": self.caption(),
            },
            status=400 if form.errors else 200,
        )

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        agreement = self.record
        return self.show(
            self.form_class(initial={"status": agreement.status, "progress": agreement.progress})
        )

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        form = self.form_class(request.POST)
        if form.is_valid():
            try:
                self.follow(agreement=self.record, actor=request.user, **form.cleaned_data)
            except ServiceError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("The agreement is updated."))
                return redirect(self.back_url_name)
        return self.show(form)
