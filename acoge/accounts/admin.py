from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import StaffRole, User


class StaffRoleInline(admin.TabularInline):
    model = StaffRole
    extra = 0
    filter_horizontal = ["regions"]


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    inlines = [StaffRoleInline]
