"""The consultation's question pages, built from its questionnaire: one form a question (the
field named `answer`, with "other" in `other`), the participation code, and the optional
questions about her (statistics and region)."""

import contextlib

from django import forms
from django.core import validators
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from acoge.core import ratelimit
from acoge.core.forms import PublicForm, QuestionForm, normalise_phone
from acoge.core.models import Region
from acoge.core.one_time_codes import ContactKind
from acoge.core.tokens import clean_reference

from .models import Question
from .services import CODE_LENGTH, Given, code_usable

WRONG_CODES = 10  # an hour, per connection: a typo or two, never a search

ANSWER = "answer"
OTHER = "other"
RANK = "rank_"  # a ranking's fields: one select a option, rank_<option id>
OTHER_CHOICE = "other"
SCALE = [
    ("1", gettext_lazy("Strongly disagree")),
    ("2", gettext_lazy("Disagree")),
    ("3", gettext_lazy("Neither agree nor disagree")),
    ("4", gettext_lazy("Agree")),
    ("5", gettext_lazy("Strongly agree")),
]


class AnswerForm(QuestionForm):
    """The base of every question's form: what it gives the service."""

    question: Question
    blank_allowed = False  # a paper questionnaire: what was left blank stays blank

    def given(self) -> Given:
        value = self.cleaned_data.get(ANSWER)
        other = (self.cleaned_data.get(OTHER) or "").strip()
        kind = self.question.kind
        if kind in Question.CHOICE_KINDS:
            chosen = value if isinstance(value, list) else ([value] if value else [])
            return Given(
                options=tuple(int(pk) for pk in chosen if pk != OTHER_CHOICE),
                text=other if OTHER_CHOICE in chosen else "",
            )
        if kind == Question.Kind.SCALE:
            return Given(value=int(value) if value else None)
        if kind == Question.Kind.RANKING:
            return Given(options=tuple(pk for pk, _label in self.ranked()))
        return Given(text=value or "")

    def ranked(self) -> list[tuple[int, str]]:
        """A ranking's options in the order she gave them (unranked ones left out)."""
        places = []
        for option in self.question.options.all():
            place = self.cleaned_data.get(f"{RANK}{option.pk}")
            if place:
                places.append((int(place), option.pk, option.label))
        return [(pk, label) for _place, pk, label in sorted(places)]

    def shown(self) -> str:
        """Her answer in words, for the check-answers page."""
        if self.question.kind == Question.Kind.RANKING:
            ranked = self.ranked()
            return "\n".join(
                f"{place}. {label}" for place, (_pk, label) in enumerate(ranked, start=1)
            ) or _("Not answered")
        value = self.cleaned_data.get(ANSWER)
        field = self.fields[ANSWER]
        if isinstance(field, forms.ChoiceField):
            labels = dict(field.choices)
            chosen = value if isinstance(value, list) else ([value] if value else [])
            words = [str(labels.get(item, "")) for item in chosen if item != OTHER_CHOICE]
            if OTHER_CHOICE in chosen:
                words.append(self.cleaned_data.get(OTHER) or "")
            return ", ".join(words) or _("Not answered")
        return value or _("Not answered")

    def clean(self):
        data = super().clean()
        if self.question.kind == Question.Kind.RANKING:
            return self._clean_ranking(data)
        value = data.get(ANSWER)
        chosen = value if isinstance(value, list) else [value]
        if OTHER_CHOICE in chosen and not (data.get(OTHER) or "").strip():
            self.add_error(OTHER, _("Say what your other answer is"))
        limit = self.question.max_choices
        if limit and isinstance(value, list) and len(value) > limit:
            self.add_error(ANSWER, _("Choose at most %(count)s answers") % {"count": limit})
        return data

    def _clean_ranking(self, data):
        places = [data.get(name) for name in self.fields if name.startswith(RANK)]
        given = [place for place in places if place]
        first = next(iter(self.fields))
        if len(given) != len(set(given)):
            self.add_error(first, _("Give each place to one answer only"))
        elif self.question.required and not given and not self.blank_allowed:
            self.add_error(first, _("Put at least one answer in first place"))
        elif given and sorted(int(p) for p in given) != list(range(1, len(given) + 1)):
            self.add_error(first, _("Use the places in order, starting with 1, with no gaps"))
        return data


def question_form(question: Question) -> type[AnswerForm]:
    """The form of one question's page."""
    required = question.required
    attrs: dict = {"question": question}
    choices = [(str(option.pk), option.label) for option in question.options.all()]
    if question.allow_other:
        choices.append((OTHER_CHOICE, _("Other — please say")))
    if question.kind == Question.Kind.SINGLE:
        attrs[ANSWER] = forms.ChoiceField(
            label=question.text, help_text=question.hint, choices=choices,
            widget=forms.RadioSelect, required=required,
            error_messages={"required": gettext_lazy("Choose an answer")},
        )  # fmt: skip
    elif question.kind == Question.Kind.MULTIPLE:
        hint = question.hint or (
            _("Choose up to %(count)s.") % {"count": question.max_choices}
            if question.max_choices
            else _("Choose all that apply.")
        )
        attrs[ANSWER] = forms.MultipleChoiceField(
            label=question.text, help_text=hint, choices=choices,
            widget=forms.CheckboxSelectMultiple, required=required,
            error_messages={"required": gettext_lazy("Choose at least one answer")},
        )  # fmt: skip
    elif question.kind == Question.Kind.SCALE:
        attrs[ANSWER] = forms.ChoiceField(
            label=question.text, help_text=question.hint, choices=SCALE,
            widget=forms.RadioSelect, required=required,
            error_messages={"required": gettext_lazy("Choose a point of the scale")},
        )  # fmt: skip
    elif question.kind == Question.Kind.RANKING:
        options = list(question.options.all())
        top = min(question.max_choices or len(options), len(options))
        places = [("", _("Not ranked"))] + [(str(n), str(n)) for n in range(1, top + 1)]
        attrs["legend"] = question.text
        attrs["hint"] = question.hint or (
            _("Give your first choice the number 1, the next 2, and so on, up to %(count)s.")
            % {"count": top}
        )
        if not question.required:  # the places are optional together, not one by one
            attrs["hint"] = " ".join([attrs["hint"], _("You need not rank every answer.")])
        for option in options:
            attrs[f"{RANK}{option.pk}"] = forms.ChoiceField(
                label=option.label, choices=places, required=False
            )
    else:
        long = question.kind == Question.Kind.LONG
        attrs[ANSWER] = forms.CharField(
            label=question.text, help_text=question.hint, required=required,
            max_length=5000 if long else 300,
            widget=forms.Textarea(attrs={"rows": 6}) if long else forms.TextInput,
            error_messages={"required": gettext_lazy("Write your answer")},
        )  # fmt: skip
    if question.allow_other and question.kind in Question.CHOICE_KINDS:
        attrs[OTHER] = forms.CharField(label=_("Your other answer"), required=False, max_length=300)
    return type(f"Question_{question.pk}", (AnswerForm,), attrs)


class CodeForm(QuestionForm):
    """Her card's code, checked at once (read only; it is used when she sends). Wrong codes
    are counted per connection: guessing is stopped after a few."""

    def __init__(self, *args, consultation=None, request=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.consultation, self.request = consultation, request

    code = forms.CharField(
        label=gettext_lazy("Your participation code"),
        help_text=gettext_lazy("It is printed on the card you were given, for example K7P-4QXA."),
        max_length=20,
        error_messages={"required": gettext_lazy("Enter the code on your card")},
    )

    def clean_code(self) -> str:
        code = clean_reference(self.cleaned_data["code"])
        if self.consultation is None:
            return code
        key = ratelimit.client_key(self.request, "consultations.code")
        try:  # past the limit, no code is tried at all: the right one is not told apart
            ratelimit.over(key, limit=WRONG_CODES, scope="consultations.code")
        except ratelimit.RateLimited as limited:
            raise forms.ValidationError(
                _("Too many codes that were not valid. Try again in %(minutes)s minutes.")
                % {"minutes": max(1, limited.retry_after // 60)}
            ) from limited
        if len(code) != CODE_LENGTH or not code_usable(consultation=self.consultation, code=code):
            with contextlib.suppress(ratelimit.RateLimited):  # refused anyway; the next is stopped
                ratelimit.count(key, limit=WRONG_CODES, scope="consultations.code")
            raise forms.ValidationError(
                _("This code is not valid for this consultation, or it was used.")
            )
        return code


class RegionForm(QuestionForm):
    region = forms.ModelChoiceField(
        label=gettext_lazy("Which region do you live in?"),
        help_text=gettext_lazy("Optional. It shows whether every region was heard."),
        queryset=Region.objects.all(),
        required=False,
        empty_label=gettext_lazy("I prefer not to say"),
    )


class SendForm(QuestionForm):
    """The check-answers page: nothing to type; the honeypot still guards the final POST."""


class ReceiptForm(PublicForm):
    receipt = forms.CharField(
        label=gettext_lazy("Your receipt code"),
        help_text=gettext_lazy("The code you were shown after sending your answers."),
        max_length=20,
        error_messages={"required": gettext_lazy("Enter your receipt code")},
    )


class VerifyContactForm(QuestionForm):
    """The e-mail or mobile phone she answers with: a code is sent there; only its blind index
    is kept once she types it back."""

    contact = forms.CharField(
        label=gettext_lazy("Your email address or mobile phone number"),
        help_text=gettext_lazy(
            "We send you a code to type on the next page. Each email or phone answers once; "
            "it is never linked to your answers."
        ),
        max_length=254,
        error_messages={"required": gettext_lazy("Enter your email address or mobile number")},
        widget=forms.TextInput(attrs={"spellcheck": "false", "autocomplete": "email"}),
    )

    def clean_contact(self) -> str:
        contact = self.cleaned_data["contact"].strip()
        if "@" in contact:
            try:
                validators.validate_email(contact)
            except forms.ValidationError as invalid:
                raise forms.ValidationError(
                    _("Enter an email address like name@example.com, or a phone number")
                ) from invalid
            return contact.lower()
        return normalise_phone(contact)

    def kind(self) -> str:
        return ContactKind.EMAIL if "@" in self.cleaned_data["contact"] else ContactKind.PHONE
