import pytest
from django.core.management import call_command

from home.models import EducationLevel, MaterialType, SubjectArea
from partners.provisioning import provision_partner
from tests import factories
from tests.conftest import make_user

PASSWORD = "test-password-123"


@pytest.fixture
def network(home_page):
    index = factories.PartnerIndexPageFactory(parent=home_page)
    publications = factories.PublicationIndexPageFactory(parent=home_page)
    a = provision_partner(title="Школа № 9", email="school9@example.org", invite=False)
    b = provision_partner(title="Музей ремёсел", email="museum@example.org", invite=False)
    for provisioned in (a, b):
        provisioned.user.set_password(PASSWORD)
        provisioned.user.save()
    return {
        "index": index,
        "publications": publications,
        "a": a,
        "b": b,
        "methodologist": make_user("methodologist-1", "Методисты", email="m@example.org"),
        "editor": make_user("editor-1", "Редакторы", email="e@example.org"),
        "administrator": make_user("admin-1", "Администраторы", email="a@example.org"),
    }


@pytest.fixture
def terms(db):
    return {
        "subject": SubjectArea.objects.get(slug="local-history", locale__language_code="ru"),
        "level": EducationLevel.objects.get(slug="basic", locale__language_code="ru"),
        "material_type": MaterialType.objects.get(slug="lesson-plan", locale__language_code="ru"),
    }


@pytest.fixture
def reindex():
    def run():
        call_command("update_index", stdout=open("/dev/null", "w"))

    return run
