"""The categories of the registry are data the citizen engagement team and the COSOC secretary
edit in the admin; organisations are reviewed on the staff pages, never edited here."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from acoge.core.admin import PublicContentAdmin

from .models import Category


@admin.register(Category)
class CategoryAdmin(PublicContentAdmin, TranslationAdmin):
    list_display = ["order", "name", "slug", "active"]
    list_editable = ["active"]
    prepopulated_fields = {"slug": ["name"]}
