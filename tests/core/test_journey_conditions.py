"""A step asked only after an earlier answer: skipped otherwise, in the order, the missing step,
Back and the final checks; its answer forgotten when the earlier answer changes."""

from django import forms
from django.test import RequestFactory

from acoge.core.forms import QuestionForm
from acoge.core.journeys import POSTED_FIELD, REVIEW, Journey, Step


class Kind(QuestionForm):
    kind = forms.ChoiceField(choices=[("a", "A"), ("b", "B")])


class Detail(QuestionForm):
    detail = forms.CharField()


class Last(QuestionForm):
    last = forms.CharField()


def chose_b(answers: dict) -> bool:
    return answers.get("kind", {}).get("kind") == ["b"]


def journey(posted: bool = False) -> Journey:
    return Journey.of(
        "test.conditions",
        [Step("kind", Kind), Step("detail", Detail, when=chose_b), Step("last", Last)],
        posted=posted,
    )


def request(data: dict | None = None):
    built = RequestFactory().post("/", data or {})
    built.session = {}
    return built


def test_a_step_not_asked_is_skipped_everywhere():
    steps = journey()
    a = {"kind": {"kind": ["a"]}}
    assert not steps.asked("detail", a)
    assert steps.next_step("kind", answers=a) == "last"
    assert steps.previous_step("last", a) == "kind"
    assert steps.first_missing(a, before=REVIEW) == "last"
    checked, invalid = steps.checked({**a, "last": {"last": ["x"]}})
    assert invalid is None and set(checked) == {"kind", "last"}


def test_a_step_asked_after_an_answer_is_required_then():
    steps = journey()
    b = {"kind": {"kind": ["b"]}}
    assert steps.next_step("kind", answers=b) == "detail"
    assert steps.first_missing({**b, "last": {"last": ["x"]}}, before=REVIEW) == "detail"


def test_changing_the_answer_forgets_the_step_it_no_longer_leads_to():
    steps, req = journey(), request()
    steps.save(req, "kind", {"kind": ["b"]})
    steps.save(req, "detail", {"detail": ["about b"]})
    steps.save(req, "kind", {"kind": ["a"]})
    assert "detail" not in steps.answers(req)


def test_a_posted_journey_reads_and_writes_only_the_request_body():
    steps = journey(posted=True)
    req = request({POSTED_FIELD: '{"kind": {"kind": ["b"]}}'})
    assert steps.answers(req) == {"kind": {"kind": ["b"]}}
    steps.save(req, "detail", {"detail": ["x"]})
    assert req.session == {}, "no session touched"
    assert '"detail":{"detail":["x"]}' in steps.posted_value(req)
    assert journey(posted=True).answers(request({POSTED_FIELD: '{"kind": 3}'})) == {}
