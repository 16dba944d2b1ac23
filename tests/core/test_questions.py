"""The question-page journey both public flows run on: order, answers in the session, checks."""

from types import SimpleNamespace

from django import forms
from django.http import QueryDict

from acoge.core.questions import REVIEW, Journey, as_sent


class NameForm(forms.Form):
    name = forms.CharField()


class AgeForm(forms.Form):
    age = forms.IntegerField(min_value=0)


class ColourForm(forms.Form):
    colour = forms.ChoiceField(choices=[("red", "red"), ("blue", "blue")])


JOURNEY = Journey(
    session_key="test.answers",
    steps=("name", "age", "colour", REVIEW),
    forms={"name": NameForm, "age": AgeForm, "colour": ColourForm},
    optional=frozenset({"age"}),
)


def a_request() -> SimpleNamespace:
    return SimpleNamespace(session={})


def test_she_is_sent_to_the_first_required_question_she_has_not_answered():
    assert JOURNEY.first_missing({}, before="colour") == "name"
    # the optional question may be left unanswered
    assert JOURNEY.first_missing({"name": {"name": ["Ana"]}}, before=REVIEW) == "colour"
    assert JOURNEY.first_missing({"name": {}, "colour": {}}, before=REVIEW) is None


def test_the_next_question_is_the_check_answers_page_when_she_came_from_it():
    assert JOURNEY.next_step("name") == "age"
    assert JOURNEY.next_step("name", back_to_review=True) == REVIEW
    assert JOURNEY.previous_step("name") is None
    assert JOURNEY.previous_step("colour") == "age"


def test_answers_are_kept_as_sent_and_bind_the_form_again():
    request = a_request()
    sent = NameForm(data=QueryDict("name=Ana&website="))
    assert sent.is_valid()
    JOURNEY.save(request, "name", as_sent(sent))
    answers = JOURNEY.answers(request)
    assert answers == {"name": {"name": ["Ana"]}}, "only the form's own fields"
    again = JOURNEY.form("name", answers)
    assert again.is_bound and again.is_valid() and again.cleaned_data["name"] == "Ana"
    assert not JOURNEY.form("colour", answers).is_bound


def test_each_scope_keeps_its_own_answers_and_forgetting_one_keeps_the_other():
    request = a_request()
    JOURNEY.save(request, "name", {"name": ["Ana"]}, "7")
    JOURNEY.save(request, "name", {"name": ["Rosa"]}, "8")
    JOURNEY.drop(request, "name", "8")
    assert JOURNEY.answers(request, "8") == {}
    JOURNEY.forget(request, "8")
    assert JOURNEY.answers(request, "7") == {"name": {"name": ["Ana"]}}
    JOURNEY.forget(request)
    assert "test.answers" not in request.session


def test_checking_again_names_the_first_required_answer_no_longer_valid():
    answers = {"name": {"name": ["Ana"]}, "age": {"age": ["-3"]}, "colour": {"colour": ["red"]}}
    valid, invalid = JOURNEY.checked(answers)
    assert invalid is None
    assert set(valid) == {"name", "colour"}, "a bad optional answer is left out"
    answers["colour"] = {"colour": ["green"]}
    assert JOURNEY.checked(answers) == ({}, "colour")
