from django.contrib import admin

from acoge.core.admin import PublicContentAdmin

from .models import PopulationFigure, PopulationSource


class FigureInline(admin.TabularInline):
    model = PopulationFigure
    extra = 0
    fields = ["dimension", "category", "share"]


@admin.register(PopulationSource)
class PopulationSourceAdmin(PublicContentAdmin, admin.ModelAdmin):
    list_display = ["title", "year", "used_for_comparison", "last_reviewed", "review_by"]
    inlines = [FigureInline]
