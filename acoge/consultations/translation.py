from modeltranslation.translator import TranslationOptions, register

from .models import BackgroundDocument, Consultation, Option, Question


@register(Consultation)
class ConsultationTranslation(TranslationOptions):
    fields = ("title", "summary", "description", "topic", "response")


@register(Question)
class QuestionTranslation(TranslationOptions):
    fields = ("text", "hint")


@register(Option)
class OptionTranslation(TranslationOptions):
    fields = ("label",)


@register(BackgroundDocument)
class BackgroundDocumentTranslation(TranslationOptions):
    fields = ("title", "summary")
