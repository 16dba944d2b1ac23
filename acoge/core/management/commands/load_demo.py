from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from acoge.core import demo


class Command(BaseCommand):
    help = "Load demo data (idempotent: running it again changes nothing) and print demo logins."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--allow-without-debug",
            action="store_true",
            help="Load demo accounts even though DEBUG is off (a staging site, never production).",
        )

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG and not options["allow_without_debug"]:
            raise CommandError(
                "Demo data creates accounts with a published password: only with DEBUG on, "
                "or pass --allow-without-debug on a staging site."
            )
        for loader in demo.loaders():
            with transaction.atomic():
                loader.load(self.stdout.write)
