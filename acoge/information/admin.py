"""Staff keep the information content in the admin: national administrators, the Gender Unit
and the citizen engagement team (permissions.EDITORS). Saving any of it refreshes the public
pages and the site search."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from acoge.core.admin import PublicContentAdmin

from .models import Budget, Channel, Document, Initiative, LegalText, News, Page


class ContentAdmin(PublicContentAdmin, TranslationAdmin):
    list_filter = ["published"]

    @admin.display(boolean=True, description=_("Under review"))
    def under_review(self, obj) -> bool:
        return obj.under_review()


@admin.register(Page)
class PageAdmin(ContentAdmin):
    search_source = "information.pages"
    list_display = ["title", "section", "published", "review_by", "under_review", "owner"]
    list_filter = ["section", "published"]
    search_fields = ["title", "slug"]


@admin.register(News)
class NewsAdmin(ContentAdmin):
    search_source = "information.news"
    list_display = ["title", "published_on", "published", "review_by", "under_review", "owner"]
    search_fields = ["title", "slug"]
    date_hierarchy = "published_on"


@admin.register(Document)
class DocumentAdmin(ContentAdmin):
    search_source = "information.documents"
    list_display = ["title", "kind", "language", "published_on", "published", "review_by"]
    readonly_fields = ["kind", "size"]
    search_fields = ["title", "slug"]

    def delete_queryset(self, request, queryset) -> None:
        for document in queryset:  # each removes its file
            document.delete()
        self._changed()


class BudgetInline(admin.TabularInline):
    model = Budget
    extra = 1
    fields = ["year", "planned", "executed", "source_url"]


@admin.register(Initiative)
class InitiativeAdmin(ContentAdmin):
    search_source = "information.initiatives"
    list_display = ["title", "kind", "start_year", "end_year", "published", "review_by"]
    list_filter = ["kind", "published"]
    filter_horizontal = ["regions", "pages", "documents"]
    inlines = [BudgetInline]
    search_fields = ["title", "slug"]


@admin.register(LegalText)
class LegalTextAdmin(ContentAdmin):
    list_display = ["__str__", "title", "year", "published", "review_by", "under_review"]


@admin.register(Channel)
class ChannelAdmin(PublicContentAdmin, TranslationAdmin):
    list_display = ["label", "kind", "url", "order", "shown"]
