from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import totp

from acoge.accounts.models import StaffTOTPDevice


class Command(BaseCommand):
    help = "Print the current TOTP code of a demo user's device (development only)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")

    def handle(self, *args, **options) -> None:
        from django.conf import settings

        if not settings.DEBUG:
            raise CommandError("Only in development (DEBUG on).")
        device = StaffTOTPDevice.objects.filter(
            user__username=options["username"], confirmed=True
        ).first()
        if device is None:
            raise CommandError("That user has no confirmed device.")
        self.stdout.write(
            f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
        )
