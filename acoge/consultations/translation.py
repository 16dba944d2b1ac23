from modeltranslation.translator import TranslationOptions, register

from .models import Consultation, Option, Question


@register(Consultation)
class ConsultationTranslation(TranslationOptions):
    fields = ("title", "summary", "description", "topic", "response")


@register(Question)
class QuestionTranslation(TranslationOptions):
    fields = ("text", "hint")


@register(Option)
class OptionTranslation(TranslationOptions):
    fields = ("label",)
