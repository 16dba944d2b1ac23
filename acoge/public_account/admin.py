"""The citizen engagement team writes each year's public account in the admin: the report and
its summary, the presentations, the COSOC's observations, the window for questions, the themes.
Observations are handled on the staff pages, never edited here."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from acoge.core.admin import PublicContentAdmin

from .models import Cycle, Event, Theme


class EventInline(TranslationTabularInline):
    model = Event
    extra = 0
    fields = ["title", "region", "modality", "starts_at", "place", "online_url"]


@admin.register(Cycle)
class CycleAdmin(PublicContentAdmin, TranslationAdmin):
    list_display = ["year", "title", "questions_open", "questions_close", "published"]
    readonly_fields = ["answers_published_at"]
    inlines = [EventInline]


@admin.register(Theme)
class ThemeAdmin(PublicContentAdmin, TranslationAdmin):
    list_display = ["order", "name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
