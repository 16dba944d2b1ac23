from django.db import models

from acoge.core.crypto import EncryptedTextField
from acoge.core.models import Region
from acoge.core.scoping import RegionScopedManager


class SensitiveNote(models.Model):
    """A region-bound record with an encrypted field and a blind index, as domain apps will have."""

    region = models.ForeignKey(Region, on_delete=models.CASCADE, null=True)
    body = EncryptedTextField()
    contact = EncryptedTextField(blank=True)
    contact_index = models.CharField(max_length=64, blank=True, db_index=True)

    objects = RegionScopedManager()

    def __str__(self) -> str:
        return f"note {self.pk}"
