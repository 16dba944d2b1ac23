from modeltranslation.translator import TranslationOptions, register

from .models import Channel, Document, Initiative, LegalText, News, Page


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "summary", "body")


@register(News)
class NewsTranslation(TranslationOptions):
    fields = ("title", "summary", "body")


@register(Document)
class DocumentTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(Initiative)
class InitiativeTranslation(TranslationOptions):
    fields = ("title", "objective", "description", "responsible_unit")


@register(LegalText)
class LegalTextTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(Channel)
class ChannelTranslation(TranslationOptions):
    fields = ("label", "description")
