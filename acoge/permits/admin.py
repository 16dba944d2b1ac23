"""Staff edit the guide and the checker in the admin (national admins with a second factor).
A checker that would leave a path without a result cannot be saved; the list of questions says
what is wrong with the checker as it stands."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from acoge.core.admin import PublicContentAdmin

from . import checker
from .models import Case, CaseFact, CheckerOption, CheckerQuestion


class CaseFactInline(TranslationTabularInline):
    model = CaseFact
    extra = 0
    fields = ["topic", "order", "text", "source_url", "source_title", "confirmed"]


@admin.register(Case)
class CaseAdmin(PublicContentAdmin, TranslationAdmin):
    search_source = "permits.cases"
    list_display = ["title", "order", "published", "last_reviewed", "review_by", "legal_check"]
    list_filter = ["published"]
    inlines = [CaseFactInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("facts")  # for legal_check

    @admin.display(boolean=True, description="needs legal check")
    def legal_check(self, case: Case) -> bool:
        return case.needs_legal_check


class OptionFormSet(forms.BaseInlineFormSet):
    """Checks the whole checker as it would be with this question saved."""

    def clean(self) -> None:
        super().clean()
        if any(self.errors):
            return
        question = self.instance  # the question's form is applied to it, not yet saved
        options = []
        for index, form in enumerate(self.forms):
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE"):
                continue
            options.append(
                checker.Option(
                    pk=form.instance.pk or -(index + 1),  # a new answer has no id yet
                    label=form.instance.label or "",
                    cases=frozenset(case.pk for case in data.get("cases", [])),
                    none_applies=bool(data.get("none_applies")),
                )
            )
        edited = checker.Question(
            pk=question.pk,
            slug=question.slug,
            order=question.order,
            text=question.text or "",
            multiple=question.multiple,
            asked_after=question.asked_after_id,
            options=tuple(options),
        )
        others = [q for q in checker.load() if question.pk is None or q.pk != question.pk]
        problems = checker.problems(sorted([*others, edited], key=lambda q: q.order))
        if problems:
            raise ValidationError(problems)


class CheckerOptionInline(TranslationTabularInline):
    model = CheckerOption
    formset = OptionFormSet
    extra = 0
    fields = ["order", "label", "cases", "none_applies"]


@admin.register(CheckerQuestion)
class CheckerQuestionAdmin(PublicContentAdmin, TranslationAdmin):
    list_display = ["order", "text", "multiple", "asked_after"]
    inlines = [CheckerOptionInline]

    def changelist_view(self, request, extra_context=None):
        for problem in checker.problems(checker.load()):
            messages.warning(request, problem)
        return super().changelist_view(request, extra_context)
