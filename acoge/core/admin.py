from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import AuditEntry, Helpline, Institution, Region


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["order", "name", "cut_code", "legacy_numeral"]


@admin.register(Institution)
class InstitutionAdmin(TranslationAdmin):
    list_display = ["short_name", "name", "order"]


@admin.register(Helpline)
class HelplineAdmin(TranslationAdmin):
    list_display = ["display_number", "name", "channel", "last_reviewed", "in_footer"]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor_label", "action", "object_label", "region"]
    list_filter = ["action", "region"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
