from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from acoge.core.crypto import EncryptedTextField


class Command(BaseCommand):
    help = "Re-encrypt every encrypted field under the first key in ACOGE_FIELD_KEYS."

    def handle(self, *args, **options) -> None:
        total = 0
        for model in apps.get_models():
            names = [
                f.name for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)
            ]
            if not names:
                continue
            # Loading decrypts with any configured key; saving encrypts with the first one.
            with transaction.atomic():
                for obj in model._base_manager.iterator():
                    obj.save(update_fields=names)
                    total += 1
        self.stdout.write(f"Re-encrypted {total} records under the newest key.")
