"""What the COSOC secretary and the citizen engagement team write in the admin: the registry's
categories, the council's terms and councillors, its sessions (agenda, minutes, the signed PDF)
with their agreements, and the calls to elections. Decisions with rules (reviewing an
application, attendance, publishing minutes, counting votes) are staff pages, not here."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from acoge.core.admin import PublicContentAdmin

from .models import Agreement, Category, Councillor, Election, Meeting, Organisation, Term


@admin.register(Category)
class CategoryAdmin(PublicContentAdmin, TranslationAdmin):
    list_display = ["order", "name", "slug", "active"]
    list_editable = ["active"]
    prepopulated_fields = {"slug": ["name"]}


class CouncillorInline(admin.TabularInline):
    model = Councillor
    extra = 0
    fields = [
        "name",
        "organisation",
        "position",
        "gender",
        "starts_on",
        "ends_on",
        "replaces",
        "left_reason",
    ]
    autocomplete_fields = ["organisation"]


@admin.register(Term)
class TermAdmin(PublicContentAdmin, admin.ModelAdmin):
    list_display = ["__str__", "starts_on", "ends_on", "seats", "quorum_percent"]
    inlines = [CouncillorInline]


class AgreementInline(admin.TabularInline):
    model = Agreement
    extra = 0
    fields = ["number", "text", "owner", "due_on", "status", "done_on", "progress"]


@admin.register(Meeting)
class MeetingAdmin(PublicContentAdmin, TranslationAdmin):
    list_display = ["__str__", "starts_at", "kind", "status", "public", "minutes_published_at"]
    list_filter = ["term", "status", "kind"]
    readonly_fields = ["status", "minutes_published_at"]
    inlines = [AgreementInline]


@admin.register(Election)
class ElectionAdmin(PublicContentAdmin, admin.ModelAdmin):
    list_display = ["__str__", "nominations_open", "voting_opens", "voting_closes"]
    readonly_fields = ["seed", "counted_at", "results_published_at"]

    def get_readonly_fields(self, request, obj=None):
        """Once voting opens, the rules of the election no longer change."""
        if obj is not None and obj.stage() in {"voting", "counting", "published"}:
            return [field.name for field in obj._meta.fields]
        return self.readonly_fields


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    """Only to find an organisation when seating a councillor: read-only, no personal data."""

    search_fields = ["name", "rut"]
    fields = ["name", "rut", "region", "category", "status", "valid_until"]
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
