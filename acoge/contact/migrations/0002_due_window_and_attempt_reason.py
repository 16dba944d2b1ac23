"""The first contact is due in her first safe window on or after the business-day deadline
(safety.first_contact_due): due_at is when that window opens, overdue_at when it closes, on her
region's clocks. Existing requests get them from their old due date (the business-day
deadline). Attempts outside her preferences keep which rule they broke and the reason given."""

from django.conf import settings
from django.db import migrations, models

import acoge.core.crypto


def backfill(apps, schema_editor) -> None:
    from acoge.contact.safety import due_window
    from acoge.core.zones import zone_named

    ContactRequest = apps.get_model("contact", "ContactRequest")
    rows = ContactRequest.objects.values_list("pk", "due_on", "region__time_zone")
    for pk, deadline, zone_name in rows.iterator():
        try:
            preferences = (
                ContactRequest.objects.filter(pk=pk).values_list("preferences", flat=True).get()
            )
        except Exception:  # a value no key decrypts: her default windows (weekdays, 9 to 18)
            preferences = {}
        window = due_window(
            preferences or {}, deadline=deadline, zone=zone_named(zone_name or settings.TIME_ZONE)
        )
        ContactRequest.objects.filter(pk=pk).update(due_at=window.start, overdue_at=window.end)


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0001_initial"),
        ("core", "0004_region_time_zone"),
    ]

    operations = [
        migrations.AddField(
            model_name="contactrequest",
            name="due_at",
            field=models.DateTimeField(null=True, verbose_name="first contact due"),
        ),
        migrations.AddField(
            model_name="contactrequest",
            name="overdue_at",
            field=models.DateTimeField(null=True, verbose_name="overdue from"),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="contactrequest",
            name="due_at",
            field=models.DateTimeField(verbose_name="first contact due"),
        ),
        migrations.AlterField(
            model_name="contactrequest",
            name="overdue_at",
            field=models.DateTimeField(verbose_name="overdue from"),
        ),
        migrations.RemoveIndex(
            model_name="contactrequest",
            name="contact_con_status_1304b0_idx",
        ),
        migrations.RemoveField(
            model_name="contactrequest",
            name="due_on",
        ),
        migrations.AlterModelOptions(
            name="contactrequest",
            options={
                "ordering": ["due_at", "created_at", "id"],
                "verbose_name": "contact request",
                "verbose_name_plural": "contact requests",
            },
        ),
        migrations.AddIndex(
            model_name="contactrequest",
            index=models.Index(fields=["status", "overdue_at"], name="contact_con_status_53357f_idx"),
        ),
        migrations.AddField(
            model_name="attempt",
            name="way_not_chosen",
            field=models.BooleanField(default=False, verbose_name="by a way she did not choose"),
        ),
        migrations.AddField(
            model_name="attempt",
            name="outside_safe_times",
            field=models.BooleanField(default=False, verbose_name="outside her safe times"),
        ),
        migrations.AddField(
            model_name="attempt",
            name="reason",
            field=acoge.core.crypto.EncryptedTextField(blank=True, verbose_name="reason"),
        ),
    ]
