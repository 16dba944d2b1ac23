from modeltranslation.translator import TranslationOptions, register

from .models import Session, Workshop


@register(Workshop)
class WorkshopTranslation(TranslationOptions):
    fields = ("title", "description", "directions", "accessibility")


@register(Session)
class SessionTranslation(TranslationOptions):
    fields = ("speaker_role",)
