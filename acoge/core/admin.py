from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from . import search
from .models import AuditEntry, Helpline, Institution, Region, ReviewedContent
from .page_cache import public_pages_changed


class PublicContentAdmin:
    """What public pages show (helplines in every footer, institutions, regions): stored pages
    are stale once it changes, and the site search's `search_source` is rebuilt. New reviewed
    content is kept by whoever creates it unless another owner is chosen."""

    search_source: str | None = None

    def save_model(self, request, obj, form, change) -> None:
        if isinstance(obj, ReviewedContent) and not change and obj.owner_id is None:
            obj.owner = request.user
        super().save_model(request, obj, form, change)
        self._changed()

    def delete_model(self, request, obj) -> None:
        super().delete_model(request, obj)
        self._changed()

    def delete_queryset(self, request, queryset) -> None:
        super().delete_queryset(request, queryset)
        self._changed()

    def _changed(self) -> None:
        public_pages_changed()
        if self.search_source:
            search.source_changed(self.search_source)


@admin.register(Region)
class RegionAdmin(PublicContentAdmin, admin.ModelAdmin):
    list_display = ["order", "name", "cut_code", "legacy_numeral", "time_zone"]


@admin.register(Institution)
class InstitutionAdmin(PublicContentAdmin, TranslationAdmin):
    list_display = ["short_name", "name", "order"]


@admin.register(Helpline)
class HelplineAdmin(PublicContentAdmin, TranslationAdmin):
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
