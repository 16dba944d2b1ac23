"""The citizen engagement team writes consultations in the admin. Once a consultation opens its
questionnaire is frozen: questions and answer options can no longer be added, changed or
removed, so every answer answers the same questions."""

from django.contrib import admin
from django.utils import timezone
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from acoge.core.admin import PublicContentAdmin

from .models import BackgroundDocument, Consultation, Option, Question


class FrozenOnceOpen:
    """Read-only once the consultation opened."""

    def _consultation(self, obj):
        return obj if isinstance(obj, Consultation) else getattr(obj, "consultation", None)

    def _frozen(self, obj) -> bool:
        consultation = self._consultation(obj)
        return consultation is not None and consultation.frozen(timezone.now())

    def has_add_permission(self, request, *obj) -> bool:  # an inline is also given the parent
        return not (obj and self._frozen(obj[0])) and super().has_add_permission(request, *obj)

    def has_change_permission(self, request, obj=None) -> bool:
        return not self._frozen(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        return not self._frozen(obj) and super().has_delete_permission(request, obj)


class QuestionInline(FrozenOnceOpen, TranslationTabularInline):
    model = Question
    extra = 0
    fields = ["order", "slug", "kind", "text", "hint", "required", "max_choices", "allow_other"]
    show_change_link = True


class DocumentInline(TranslationTabularInline):
    """What to read before answering; it may be added to while the consultation is open."""

    model = BackgroundDocument
    extra = 0
    fields = ["order", "title", "summary", "file"]


@admin.register(Consultation)
class ConsultationAdmin(PublicContentAdmin, TranslationAdmin):
    search_source = "consultations"
    list_display = ["title", "opens_at", "closes_at", "modality", "participation", "published"]
    list_filter = ["published", "modality", "participation"]
    filter_horizontal = ["regions"]
    inlines = [DocumentInline, QuestionInline]
    # Once open, what shaped the answers stays as it was (closing may still be moved).
    FROZEN = ["slug", "opens_at", "modality", "participation", "stats_block"]

    def get_readonly_fields(self, request, obj=None):
        frozen = obj is not None and obj.frozen(timezone.now())
        return [*super().get_readonly_fields(request, obj), *(self.FROZEN if frozen else [])]


class OptionInline(FrozenOnceOpen, TranslationTabularInline):
    model = Option
    extra = 2
    fields = ["order", "label"]

    def _consultation(self, obj):
        return obj.consultation if isinstance(obj, Question) else None


@admin.register(Question)
class QuestionAdmin(FrozenOnceOpen, PublicContentAdmin, TranslationAdmin):
    list_display = ["text", "consultation", "order", "kind"]
    list_filter = ["consultation"]
    inlines = [OptionInline]
