from modeltranslation.translator import TranslationOptions, register

from .models import Case, CaseFact, CheckerOption, CheckerQuestion


@register(Case)
class CaseTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(CaseFact)
class CaseFactTranslation(TranslationOptions):
    fields = ("text",)


@register(CheckerQuestion)
class CheckerQuestionTranslation(TranslationOptions):
    fields = ("text", "hint")


@register(CheckerOption)
class CheckerOptionTranslation(TranslationOptions):
    fields = ("label",)
