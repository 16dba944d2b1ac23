from modeltranslation.translator import TranslationOptions, register

from .models import Category, Meeting


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Meeting)
class MeetingTranslation(TranslationOptions):
    fields = ("agenda", "minutes")
