from modeltranslation.translator import TranslationOptions, register

from .models import Helpline, Institution


@register(Institution)
class InstitutionTranslation(TranslationOptions):
    fields = ("name",)


@register(Helpline)
class HelplineTranslation(TranslationOptions):
    fields = ("name", "hours")
