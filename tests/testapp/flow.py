"""A third question-page journey, for tests only, declared as data: what a consultation will do
with its questionnaire. Its one "service" records what it was sent."""

from django import forms
from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path

from acoge.core.errors import ServiceError
from acoge.core.forms import QuestionForm
from acoge.core.questions import Journey, QuestionFlow, Step, SummaryRow
from config.urls import urlpatterns as site_urls


class PlaceForm(QuestionForm):
    place = forms.CharField(label="Where do you live?", max_length=40)


class OpinionForm(QuestionForm):
    opinion = forms.ChoiceField(
        label="Do you agree?",
        choices=[("yes", "Yes"), ("no", "No")],
        widget=forms.RadioSelect,
    )


class AgeForm(QuestionForm):
    age = forms.IntegerField(label="How old are you?", min_value=0, max_value=120)


class SendForm(QuestionForm):
    pass


def steps_from(questions: list[tuple[str, type[forms.Form], bool]]) -> list[Step]:
    """Steps built from a questionnaire: (slug, form, optional) each."""
    return [
        Step(slug, form, title=slug.title(), optional=optional)
        for slug, form, optional in questions
    ]


JOURNEY = Journey.of(
    "test.flow",
    steps_from(
        [("lugar", PlaceForm, False), ("edad", AgeForm, True), ("opinion", OpinionForm, False)]
    ),
)
SENT: list[dict] = []  # what the service received, in order


def receive(*, place: str, opinion: str, age: int | None) -> None:
    if place == "nowhere":
        raise ServiceError("We cannot take answers from nowhere.")
    SENT.append({"place": place, "opinion": opinion, "age": age})


class TestFlow(QuestionFlow):
    journey = JOURNEY
    url_name = "test-flow"
    review_template = "portal/components/summary.html#answers"

    def start_url(self) -> str:
        return "/es/"

    def review_form(self, data=None) -> SendForm:
        return SendForm(data)

    def summary(self, checked: dict) -> list[SummaryRow]:
        return [
            SummaryRow(step, form.cleaned_data, self.step_url(step, returning=True), step)
            for step, form in checked.items()
        ]

    def submit(self, checked: dict) -> HttpResponse:
        receive(
            place=checked["lugar"].cleaned_data["place"],
            opinion=checked["opinion"].cleaned_data["opinion"],
            age=checked["edad"].cleaned_data["age"] if "edad" in checked else None,
        )
        return redirect("/es/")


urlpatterns = [
    *site_urls,
    *i18n_patterns(path("prueba/<slug:step>/", TestFlow.as_view(), name="test-flow")),
]
