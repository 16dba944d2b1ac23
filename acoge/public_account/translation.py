from modeltranslation.translator import TranslationOptions, register

from .models import Cycle, Event, Theme


@register(Cycle)
class CycleTranslation(TranslationOptions):
    fields = ("title", "summary", "cosoc_observations")


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title",)


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name",)
