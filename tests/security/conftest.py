"""The world the authorization matrix runs against.

Two partners provisioned the real way, a draft publication of partner A that carries a secret
marker in its title, summary and both revisions, A's attachment and image in A's collection
(as provisioning leaves it: no view restriction), A's private document in a restricted
sub-collection, partner B's own draft in review, a live network page, one user per role.

Building it costs ~0.3 s and the matrix has hundreds of cells, so it is built once per module
inside a transaction that is rolled back when the module ends (Django's ``setUpTestData``
pattern). Each cell runs in its own savepoint (pytest-django's ``db``), reloads every object
from the database, then puts the draft into the state the cell needs; nothing a cell does
survives it.
"""

import io
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    Revision,
    Site,
    WorkflowState,
)

from home.models import (
    CustomDocument,
    CustomImage,
    EducationLevel,
    HomePage,
    MaterialType,
    SubjectArea,
)
from home.roles import ADMINISTRATORS, EDITORS, METHODOLOGISTS, provision_roles
from partners.provisioning import provision_partner
from publications.models import ExperiencePublicationPage
from tests import factories
from tests.conftest import make_user

# Everything of partner A's that partner B must never see carries this string.
MARKER = "СЕКРЕТ-А-7f3"
# A made-up word in the draft's title: search and chooser queries use it, so that "not found"
# for B means "filtered out", not "the search engine could not parse the query".
SEARCH_WORD = "криптоэкспедиция"
DRAFT_TITLE = f"{MARKER} {SEARCH_WORD} школы"
DRAFT_SLUG = "sekretnyj-chernovik"
DOCUMENT_FILENAME = "plan-a.txt"

ROLES = ("anonymous", "teacher", "partner_a", "partner_b", "methodologist", "editor", "admin")

# Draft states of A's publication a cell can ask for.
DRAFT = "draft"  # saved twice, never submitted
EXPERTISE = "expertise"  # submitted: at the methodologists' step
EDITORIAL = "editorial"  # methodologist approved: at the editors' step
LOCKED = "locked"  # draft, locked by the editor
TRANSLATED = "translated"  # draft with a synced English translation, every string translated


@dataclass
class Partner:
    partner: object
    group: object
    collection: object
    user: object


@dataclass
class World:
    home: object
    partner_index: object
    publications: object
    network_page: object
    a: Partner
    b: Partner
    draft: object
    revisions: list
    b_draft: object
    document: object
    attachment: object
    image: object
    terms: dict
    users: dict = field(default_factory=dict)
    english: object = None  # the English translation of the draft (state TRANSLATED)

    def refresh(self):
        self.draft = ExperiencePublicationPage.objects.filter(pk=self.draft.pk).first()
        return self.draft

    def task_state(self, page=None):
        page = page or self.draft
        state = WorkflowState.objects.filter(
            base_content_type__model="page",
            object_id=str(page.pk),
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).first()
        return state.current_task_state if state else None


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def terms():
    ru = {"locale__language_code": "ru"}
    return {
        "subject": SubjectArea.objects.get(slug="local-history", **ru),
        "level": EducationLevel.objects.get(slug="basic", **ru),
        "material_type": MaterialType.objects.get(slug="lesson-plan", **ru),
    }


def submit(page, user):
    page.get_workflow().start(page, user)


def approve_current_step(page, user):
    state = WorkflowState.objects.get(
        base_content_type__model="page",
        object_id=str(page.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    )
    state.current_task_state.approve(user=user)


def ensure_home_page():
    """The ru home page (made by a migration; rebuilt if a transactional test flushed it) and
    the network roles (provisioned after migrate; idempotent)."""
    home = HomePage.objects.filter(locale__language_code="ru").first()
    if home is None:
        ru, _ = Locale.objects.get_or_create(language_code="ru")
        Locale.objects.get_or_create(language_code="en")
        root = Page.get_first_root_node() or Page.add_root(title="Root", locale=ru)
        home = factories.HomePageFactory(parent=root, slug="home", locale=ru)
        Site.objects.update_or_create(
            is_default_site=True, defaults={"root_page": home, "hostname": "localhost"}
        )
    provision_roles()
    return home


def build(home_page):
    """Create the world; return the primary keys to reload it from."""
    partner_index = factories.PartnerIndexPageFactory(parent=home_page)
    publications = factories.PublicationIndexPageFactory(parent=home_page)
    network_page = factories.StandardPageFactory(
        parent=home_page, title="О сети «Содружество»", slug="o-seti"
    )
    a = provision_partner(title="Школа № 9", email="school9@example.org", invite=False)
    b = provision_partner(title="Музей ремёсел", email="museum@example.org", invite=False)

    users = {
        "teacher": make_user("teacher-sec"),
        "partner_a": a.user,
        "partner_b": b.user,
        "methodologist": make_user("methodologist-sec", METHODOLOGISTS),
        "editor": make_user("editor-sec", EDITORS),
        "admin": make_user("admin-sec", ADMINISTRATORS),
    }
    vocabulary = terms()

    # A's draft: created by A, saved twice (two revisions, both carrying the marker).
    draft = factories.ExperiencePublicationPageFactory(
        parent=a.partner,
        title=DRAFT_TITLE,
        slug=DRAFT_SLUG,
        summary=f"Первая версия: {MARKER}.",
        live=False,
        owner=a.user,
        material_type=vocabulary["material_type"],
    )
    draft.subject_areas.set([vocabulary["subject"]])
    draft.education_levels.set([vocabulary["level"]])
    draft.body = [("paragraph", f"<p>Ход экспедиции {MARKER}.</p>")]
    draft.tags.add(f"{MARKER} метка")
    draft.save()
    first = draft.save_revision(user=a.user, log_action=True)
    draft.summary = f"Вторая версия: {MARKER}, с маршрутом."
    draft.save()
    second = draft.save_revision(user=a.user, log_action=True)

    # B's own draft, in review: B legitimately holds a task state id of its own.
    b_draft = factories.ExperiencePublicationPageFactory(
        parent=b.partner, title="Ремёсла края: черновик музея", slug="remesla", live=False
    )
    b_draft.save_revision(user=b.user)
    submit(b_draft, b.user)

    # A's collection as provisioning leaves it (no view restriction): a draft's attachment and
    # an image. Below it, a private collection only A and the reviewing roles may read.
    attachment = CustomDocument(
        title=f"Приложение {MARKER}",
        collection=a.collection,
        uploaded_by_user=a.user,
        file=ContentFile(f"Приложение: {MARKER}".encode(), name="prilozhenie-a.txt"),
    )
    attachment.save()
    image = CustomImage(
        title=f"Фото {MARKER}",
        collection=a.collection,
        uploaded_by_user=a.user,
        file=ContentFile(png_bytes(), name="foto-a.png"),
    )
    image.save()
    private = a.collection.add_child(name=f"{a.partner.title}: закрытые файлы")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set(
        [a.group, *Group.objects.filter(name__in=[METHODOLOGISTS, EDITORS, ADMINISTRATORS])]
    )
    document = CustomDocument(
        title=f"План {MARKER}",
        collection=private,
        uploaded_by_user=a.user,
        file=ContentFile(f"Маршрут: {MARKER}".encode(), name=DOCUMENT_FILENAME),
    )
    document.save()

    return {
        "home": home_page.pk,
        "partner_index": partner_index.pk,
        "publications": publications.pk,
        "network_page": network_page.pk,
        "a": (a.partner.pk, a.group.pk, a.collection.pk, a.user.pk),
        "b": (b.partner.pk, b.group.pk, b.collection.pk, b.user.pk),
        "draft": draft.pk,
        "revisions": [first.pk, second.pk],
        "b_draft": b_draft.pk,
        "document": document.pk,
        "attachment": attachment.pk,
        "image": image.pk,
        "users": {role: user.pk for role, user in users.items()},
    }


def load(ids):
    """Fresh instances of everything in the world, nothing cached from an earlier cell."""
    User = get_user_model()

    def page(pk):
        return Page.objects.get(pk=pk).specific

    def partner(key):
        partner_pk, group_pk, collection_pk, user_pk = ids[key]
        return Partner(
            page(partner_pk),
            Group.objects.get(pk=group_pk),
            Collection.objects.get(pk=collection_pk),
            User.objects.get(pk=user_pk),
        )

    users = {role: User.objects.get(pk=pk) for role, pk in ids["users"].items()}
    return World(
        home=page(ids["home"]),
        partner_index=page(ids["partner_index"]),
        publications=page(ids["publications"]),
        network_page=page(ids["network_page"]),
        a=partner("a"),
        b=partner("b"),
        draft=page(ids["draft"]),
        revisions=[Revision.objects.get(pk=pk) for pk in ids["revisions"]],
        b_draft=page(ids["b_draft"]),
        document=CustomDocument.objects.get(pk=ids["document"]),
        attachment=CustomDocument.objects.get(pk=ids["attachment"]),
        image=CustomImage.objects.get(pk=ids["image"]),
        terms=terms(),
        users={"anonymous": None, **users},
    )


def put_in_state(world, state):
    draft = world.draft
    if state in (EXPERTISE, EDITORIAL):
        submit(draft, world.a.user)
    if state == EDITORIAL:
        approve_current_step(draft, world.users["methodologist"])
    if state == LOCKED:
        ExperiencePublicationPage.objects.filter(pk=draft.pk).update(
            locked=True, locked_by=world.users["editor"], locked_at=timezone.now()
        )
    if state == TRANSLATED:
        world.english = translate(draft)
    world.refresh()
    return world


def translate(page):
    """An English synced translation of ``page`` (wagtail-localize), strings all translated."""
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    english = Locale.objects.get(language_code="en")
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=english)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=english,
            context=segment.context,
            data="EN " + segment.string.data,
        )
    translation.save_target(publish=False)
    TranslationSource.objects.filter(pk=source.pk).update(
        last_updated_at=timezone.now() - timedelta(days=1)
    )
    return page.get_translation(english)


@pytest.fixture(scope="module")
def world_ids(django_db_setup, django_db_blocker):
    """Build the world once for the module, in a transaction rolled back at its end."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            ids = build(ensure_home_page())
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield ids
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
    cache.clear()


@pytest.fixture
def make_world(world_ids, db):
    def make(state=DRAFT):
        return put_in_state(load(world_ids), state)

    return make
