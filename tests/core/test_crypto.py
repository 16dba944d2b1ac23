import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from acoge.core import crypto
from acoge.core.crypto import blind_index
from acoge.core.scoping import scopes_disabled
from tests.testapp.models import SensitiveNote


def raw_row(note_id: int) -> tuple:
    with connection.cursor() as cursor:
        cursor.execute("SELECT body, contact FROM testapp_sensitivenote WHERE id = %s", [note_id])
        return cursor.fetchone()


@pytest.mark.django_db
def test_the_database_holds_no_plaintext_for_an_encrypted_field():
    with scopes_disabled():
        note = SensitiveNote.objects.create(
            body="Llamar después de las 19:00", contact="+56911112222"
        )
    body, contact = raw_row(note.pk)
    assert "19:00" not in body and "Llamar" not in body
    assert "11112222" not in contact
    assert body.startswith(crypto.TOKEN_PREFIX)
    with scopes_disabled():
        assert SensitiveNote.objects.get(pk=note.pk).body == "Llamar después de las 19:00"


@pytest.mark.django_db
def test_two_encryptions_of_the_same_text_differ():
    with scopes_disabled():
        a = SensitiveNote.objects.create(body="same")
        b = SensitiveNote.objects.create(body="same")
    assert raw_row(a.pk)[0] != raw_row(b.pk)[0]


@pytest.mark.django_db
def test_rotation_reencrypts_under_the_new_key_and_old_key_can_then_go(settings):
    old_key = settings.ACOGE_FIELD_KEYS[0]
    with scopes_disabled():
        note = SensitiveNote.objects.create(body="secreto")
    new_key = Fernet.generate_key().decode()
    with override_settings(ACOGE_FIELD_KEYS=[new_key, old_key]):
        call_command("rotate_field_keys", verbosity=0)
    with override_settings(ACOGE_FIELD_KEYS=[new_key]), scopes_disabled():
        assert SensitiveNote.objects.get(pk=note.pk).body == "secreto"


@pytest.mark.django_db
def test_a_missing_key_fails_loudly_instead_of_returning_garbage():
    with scopes_disabled():
        note = SensitiveNote.objects.create(body="secreto")
    with (
        override_settings(ACOGE_FIELD_KEYS=[Fernet.generate_key().decode()]),
        scopes_disabled(),
        pytest.raises(Exception, match="cannot be decrypted"),
    ):
        SensitiveNote.objects.get(pk=note.pk)


def test_blind_index_matches_regardless_of_case_accents_and_spaces():
    assert blind_index(" Ana.Pérez@Correo.cl", purpose="email") == blind_index(
        "ana.perez@correo.cl", purpose="email"
    )
    assert blind_index("ana@correo.cl", purpose="email") != blind_index(
        "ana@correo.cl", purpose="phone"
    )
    assert blind_index("ana@correo.cl", purpose="email") != blind_index(
        "ane@correo.cl", purpose="email"
    )


@pytest.mark.django_db
def test_equality_search_goes_through_the_blind_index():
    with scopes_disabled():
        SensitiveNote.objects.create(
            body="x",
            contact="ana@correo.cl",
            contact_index=blind_index("ana@correo.cl", purpose="email"),
        )
        found = SensitiveNote.objects.filter(
            contact_index=blind_index("ANA@correo.cl ", purpose="email")
        )
        assert [n.contact for n in found] == ["ana@correo.cl"]
        with pytest.raises(Exception):  # noqa: B017 - ciphertext cannot be searched by content
            list(SensitiveNote.objects.filter(contact__icontains="ana"))
