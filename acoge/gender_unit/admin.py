"""What the Unidad de Género writes in the admin: the regional desks and their role e-mails,
appointments of delegates and alternates, the Roundtable's sessions (agenda, minutes) with
their agreements, and the policies and measures monitored in every region. Plans, activities,
monitoring and agenda commitments are staff pages (each region writes its own); the Ley Karin
channel is never in the admin."""

from django.contrib import admin

from acoge.core.admin import PublicContentAdmin

from .models import Agreement, Appointment, Desk, Measure, Session


@admin.register(Desk)
class DeskAdmin(PublicContentAdmin, admin.ModelAdmin):
    list_display = ["region", "email"]


@admin.register(Appointment)
class AppointmentAdmin(PublicContentAdmin, admin.ModelAdmin):
    list_display = ["person", "kind", "region", "starts_on", "ends_on"]
    list_filter = ["kind", "region"]
    autocomplete_fields = ["person"]


class AgreementInline(admin.TabularInline):
    model = Agreement
    extra = 0
    fields = ["number", "text", "owner", "due_on", "status", "done_on", "progress"]


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "starts_at", "status"]
    list_filter = ["status"]
    readonly_fields = ["status"]
    inlines = [AgreementInline]


@admin.register(Measure)
class MeasureAdmin(admin.ModelAdmin):
    list_display = ["title", "area", "owner", "active"]
    list_filter = ["area", "active"]
