"""The authorization matrix: every role against every action on partner A's material.

Roles: anonymous, a teacher (registered, no groups), partner A, partner B, methodologist,
editor, administrator («Администраторы», not a superuser). Objects (tests/security/conftest.py):
A's draft publication carrying ``MARKER`` in its title, summary and two revisions (submitted to
the workflow where a row says so), A's attachment and image in A's collection, A's private
document in a restricted sub-collection, B's own draft in review, a live network page.

Each cell is one request (or a POST then a GET for preview) through the real views. Outcomes:

- ``OK``      allowed: 2xx/3xx; a read shows the object (the marker), a write has its effect;
- ``HIDDEN``  the endpoint answers, but without A's data (filtered chooser, listing, search);
- ``REFUSED`` the request is accepted (form re-shown, draft saved instead) but the privileged
              effect does not happen;
- ``DENY``    403, 404, 400, or a redirect to the login page, the dashboard (Wagtail's
              "permission denied") or the user's own section; no effect;
- ``LOGIN``   a redirect to a login page (anonymous users, users without admin access).

Whatever the outcome, a role that has no business seeing A's material (everybody except A and
the three network roles) must not find the marker in the response nor in any page a redirect
leads to (Wagtail puts page titles into flash messages). Denied responses never contain it.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import quote, urlencode, urlparse

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escapejs
from wagtail.models import Locale, Page, Task, TaskState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import CustomDocument
from home.roles import EDITORIAL_TASK, EXPERTISE_TASK
from home.translation import SUBMIT_ACTION
from publications.models import ExperiencePublicationPage

from .conftest import (
    DRAFT,
    DRAFT_SLUG,
    DRAFT_TITLE,
    EDITORIAL,
    EXPERTISE,
    LOCKED,
    MARKER,
    ROLES,
    SEARCH_WORD,
    TRANSLATED,
)

pytestmark = pytest.mark.django_db

OK, HIDDEN, REFUSED, DENY, LOGIN = "ok", "hidden", "refused", "deny", "login"

# Roles whose work includes A's unpublished material: for them the marker is not a leak.
ENTITLED = {"partner_a", "methodologist", "editor", "admin"}

UPLOAD_TITLE = "Загрузка для проверки прав"
EDITED_TITLE = f"{DRAFT_TITLE} (правка)"
COPY_SLUG = "kopiya-chernovika"


# --- Requests -----------------------------------------------------------------------------


def draft_form(world, **overrides):
    """The edit form of A's draft, complete enough to pass the review checks."""
    terms = world.terms
    data = {
        "title": DRAFT_TITLE,
        "slug": DRAFT_SLUG,
        "summary": f"Вторая версия: {MARKER}, с маршрутом.",
        "licence": "cc-by-4.0",
        "material_type": terms["material_type"].pk,
        "publication_date": timezone.localdate().isoformat(),
        "authors": inline_formset([{"name": "Иванова Мария Петровна", "position": "учитель"}]),
        "body": streamfield([("paragraph", rich_text(f"<p>Ход экспедиции {MARKER}.</p>"))]),
        "attachments": streamfield([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    form = nested_form_data(data)
    form["subject_areas"] = [terms["subject"].pk]
    form["education_levels"] = [terms["level"].pk]
    return form


def network_form(world, **overrides):
    page = world.network_page
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def current_task_state_id(world):
    return world.task_state().pk


def workflow_action_url(world, action="approve"):
    return reverse(
        "wagtailadmin_pages:workflow_action",
        args=[world.draft.pk, action, current_task_state_id(world)],
    )


def upload(client, collection):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": UPLOAD_TITLE,
            "collection": collection.pk,
            "file": SimpleUploadedFile("zagruzka.txt", b"proverka prav", "text/plain"),
        },
    )


def preview(client, world):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[world.draft.pk])
    posted = client.post(url, draft_form(world))
    if posted.status_code != 200:
        return posted
    return client.get(url)


def api_post(client, world, action, data=None):
    return client.post(
        reverse("wagtailadmin_api:pages:action", args=[world.draft.pk, action]),
        json.dumps(data or {}),
        content_type="application/json",
    )


def bulk_url(action, **params):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    return url + "?" + urlencode(params)


# --- Effects of write actions (read from the database after the request) ---------------------


def draft_live(world):
    page = world.refresh()
    return page is not None and page.live


def draft_edited(world):
    page = world.refresh()
    return page.get_latest_revision().content["title"] == EDITED_TITLE


def draft_submitted(world):
    page = world.refresh()
    return page.workflow_in_progress


def task_approved(name):
    def effect(world):
        return TaskState.objects.filter(
            workflow_state__object_id=str(world.draft.pk),
            task__name=name,
            status=TaskState.STATUS_APPROVED,
        ).exists()

    return effect


def draft_deleted(world):
    return not Page.objects.filter(pk=world.draft.pk).exists()


def document_uploaded(collection_of):
    def effect(world):
        return CustomDocument.objects.filter(
            title=UPLOAD_TITLE, collection=collection_of(world)
        ).exists()

    return effect


def copy_made(world):
    return ExperiencePublicationPage.objects.filter(slug=COPY_SLUG).exists()


def draft_moved(world):
    return world.refresh().get_parent().pk == world.publications.pk


def draft_locked(world):
    return world.refresh().locked


def translated(world):
    return world.refresh().get_translations().exists()


def source_id(world):
    from wagtail_localize.models import TranslationSource

    return TranslationSource.objects.get(object_id=world.draft.translation_key).pk


def translation_synced(world):
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.get(object_id=world.draft.translation_key)
    # conftest.translate dates the last sync a day back.
    return source.last_updated_at > timezone.now() - timedelta(hours=1)


def translation_submitted(world):
    return Page.objects.get(pk=world.english.pk).workflow_in_progress


def b_task_touched(world):
    return world.task_state(world.b_draft) is None


def network_page_changed(world):
    page = world.network_page.specific_class.objects.get(pk=world.network_page.pk)
    return page.live and page.title.endswith("(изменено)")


def teacher_became_superuser(world):
    teacher = world.users["teacher"]
    teacher.refresh_from_db()
    return teacher.is_superuser


# --- The actions --------------------------------------------------------------------------


@dataclass(frozen=True)
class Action:
    state: str
    run: Callable  # (client, world) -> response
    effect: Callable | None = None  # write: (world) -> bool, did it happen?
    shown: Callable | None = None  # read: (world, body) -> bool, default: marker in body
    secrets: tuple = (MARKER,)

    @property
    def is_write(self):
        return self.effect is not None


def get(url_of):
    return lambda client, world: client.get(url_of(world))


def post(url_of, data_of=lambda world: {}):
    return lambda client, world: client.post(url_of(world), data_of(world))


ACTIONS = {
    # Public site
    "site: A's draft by URL": Action(DRAFT, get(lambda w: w.draft.url)),
    "site: live network page": Action(
        DRAFT, get(lambda w: w.network_page.url), shown=lambda w, body: w.network_page.title in body
    ),
    "site: search": Action(DRAFT, lambda c, w: c.get("/search/", {"q": SEARCH_WORD})),
    "site: A's private document": Action(DRAFT, get(lambda w: w.document.url)),
    # Editing A's draft
    "edit: GET": Action(DRAFT, get(lambda w: edit_url(w.draft))),
    "edit: POST save draft": Action(
        DRAFT,
        post(lambda w: edit_url(w.draft), lambda w: draft_form(w, title=EDITED_TITLE)),
        effect=draft_edited,
    ),
    "edit: POST publish": Action(
        DRAFT,
        post(lambda w: edit_url(w.draft), lambda w: {**draft_form(w), "action-publish": "1"}),
        effect=draft_live,
    ),
    "edit: POST submit for review": Action(
        DRAFT,
        post(lambda w: edit_url(w.draft), lambda w: {**draft_form(w), "action-submit": "1"}),
        effect=draft_submitted,
    ),
    "add page in A's section: GET": Action(
        DRAFT,
        get(
            lambda w: reverse(
                "wagtailadmin_pages:add",
                args=["publications", "experiencepublicationpage", w.a.partner.pk],
            )
        ),
        shown=lambda w, body: 'name="title"' in body,
    ),
    "preview: POST then GET": Action(DRAFT, preview),
    "view_draft": Action(
        DRAFT, get(lambda w: reverse("wagtailadmin_pages:view_draft", args=[w.draft.pk]))
    ),
    "history": Action(
        DRAFT, get(lambda w: reverse("wagtailadmin_pages:history", args=[w.draft.pk]))
    ),
    "revisions: view": Action(
        DRAFT,
        get(
            lambda w: reverse(
                "wagtailadmin_pages:revisions_view", args=[w.draft.pk, w.revisions[0].pk]
            )
        ),
    ),
    "revisions: compare": Action(
        DRAFT,
        get(
            lambda w: reverse(
                "wagtailadmin_pages:revisions_compare",
                args=[w.draft.pk, w.revisions[0].pk, w.revisions[1].pk],
            )
        ),
    ),
    "revisions: compare A's revisions through B's page": Action(
        DRAFT,
        get(
            lambda w: reverse(
                "wagtailadmin_pages:revisions_compare",
                args=[w.b_draft.pk, w.revisions[0].pk, w.revisions[1].pk],
            )
        ),
    ),
    "revisions: view A's revision through B's page": Action(
        DRAFT,
        get(
            lambda w: reverse(
                "wagtailadmin_pages:revisions_view", args=[w.b_draft.pk, w.revisions[0].pk]
            )
        ),
    ),
    "revisions: revert form": Action(
        DRAFT,
        get(
            lambda w: reverse(
                "wagtailadmin_pages:revisions_revert", args=[w.draft.pk, w.revisions[0].pk]
            )
        ),
    ),
    "usage": Action(DRAFT, get(lambda w: reverse("wagtailadmin_pages:usage", args=[w.draft.pk]))),
    "delete: GET": Action(
        DRAFT, get(lambda w: reverse("wagtailadmin_pages:delete", args=[w.draft.pk]))
    ),
    "delete: POST": Action(
        DRAFT,
        post(lambda w: reverse("wagtailadmin_pages:delete", args=[w.draft.pk])),
        effect=draft_deleted,
    ),
    "copy: GET": Action(
        DRAFT, get(lambda w: reverse("wagtailadmin_pages:copy", args=[w.draft.pk]))
    ),
    "copy: POST into A's section": Action(
        DRAFT,
        post(
            lambda w: reverse("wagtailadmin_pages:copy", args=[w.draft.pk]),
            lambda w: {
                "new_title": "Копия черновика",
                "new_slug": COPY_SLUG,
                "new_parent_page": w.a.partner.pk,
            },
        ),
        effect=copy_made,
    ),
    "copy: POST into B's section": Action(
        DRAFT,
        post(
            lambda w: reverse("wagtailadmin_pages:copy", args=[w.draft.pk]),
            lambda w: {
                "new_title": "Копия черновика",
                "new_slug": COPY_SLUG,
                "new_parent_page": w.b.partner.pk,
            },
        ),
        effect=copy_made,
    ),
    "move: choose destination": Action(
        DRAFT, get(lambda w: reverse("wagtailadmin_pages:move", args=[w.draft.pk]))
    ),
    "move: confirm GET (to the network's index)": Action(
        DRAFT,
        get(
            lambda w: reverse(
                "wagtailadmin_pages:move_confirm", args=[w.draft.pk, w.publications.pk]
            )
        ),
    ),
    "move: confirm POST (to the network's index)": Action(
        DRAFT,
        post(
            lambda w: reverse(
                "wagtailadmin_pages:move_confirm", args=[w.draft.pk, w.publications.pk]
            )
        ),
        effect=draft_moved,
    ),
    "lock: POST": Action(
        DRAFT,
        post(lambda w: reverse("wagtailadmin_pages:lock", args=[w.draft.pk])),
        effect=draft_locked,
    ),
    "privacy: GET": Action(
        DRAFT,
        get(lambda w: reverse("wagtailadmin_pages:set_privacy", args=[w.draft.pk])),
        shown=lambda w, body: "restriction_type" in body,
    ),
    "bulk publish: confirmation GET": Action(
        DRAFT, get(lambda w: bulk_url("publish", id=w.draft.pk))
    ),
    "bulk publish: POST": Action(
        DRAFT, post(lambda w: bulk_url("publish", id=w.draft.pk)), effect=draft_live
    ),
    "bulk delete: confirmation GET, all children of A's section": Action(
        DRAFT, get(lambda w: bulk_url("delete", id="all", childOf=w.a.partner.pk))
    ),
    "translate (wagtail_localize): GET": Action(
        DRAFT,
        get(lambda w: reverse("wagtail_localize:submit_page_translation", args=[w.draft.pk])),
    ),
    "translate (wagtail_localize): POST": Action(
        DRAFT,
        post(
            lambda w: reverse("wagtail_localize:submit_page_translation", args=[w.draft.pk]),
            lambda w: {"locales": [Locale.objects.get(language_code="en").pk]},
        ),
        effect=translated,
    ),
    "translation: sync (wagtail_localize update) GET": Action(
        TRANSLATED,
        get(lambda w: reverse("wagtail_localize:update_translations", args=[source_id(w)])),
    ),
    "translation: sync (wagtail_localize update) POST": Action(
        TRANSLATED,
        post(lambda w: reverse("wagtail_localize:update_translations", args=[source_id(w)])),
        effect=translation_synced,
    ),
    "translation: edit GET": Action(TRANSLATED, get(lambda w: edit_url(w.english))),
    "translation: send for review POST": Action(
        TRANSLATED,
        post(lambda w: edit_url(w.english), lambda w: {SUBMIT_ACTION: "1"}),
        effect=translation_submitted,
    ),
    # Workflow
    "review: edit GET at the expertise step": Action(EXPERTISE, get(lambda w: edit_url(w.draft))),
    "review: edit POST at the expertise step": Action(
        EXPERTISE,
        post(lambda w: edit_url(w.draft), lambda w: draft_form(w, title=EDITED_TITLE)),
        effect=draft_edited,
    ),
    "review: publish POST at the expertise step": Action(
        EXPERTISE,
        post(lambda w: edit_url(w.draft), lambda w: {**draft_form(w), "action-publish": "1"}),
        effect=draft_live,
    ),
    "review: bulk publish at the expertise step": Action(
        EXPERTISE, post(lambda w: bulk_url("publish", id=w.draft.pk)), effect=draft_live
    ),
    "review: admin API publish at the expertise step": Action(
        EXPERTISE, lambda c, w: api_post(c, w, "publish"), effect=draft_live
    ),
    "review: approve the expertise step": Action(
        EXPERTISE,
        post(lambda w: workflow_action_url(w), lambda w: {"comment": ""}),
        effect=task_approved(EXPERTISE_TASK),
    ),
    "review: approve the editorial step": Action(
        EDITORIAL,
        post(lambda w: workflow_action_url(w), lambda w: {"comment": ""}),
        effect=lambda w: task_approved(EDITORIAL_TASK)(w) and draft_live(w),
    ),
    "review: approve A's draft with B's task state (not in review)": Action(
        DRAFT,
        post(
            lambda w: reverse(
                "wagtailadmin_pages:workflow_action",
                args=[w.draft.pk, "approve", w.task_state(w.b_draft).pk],
            ),
            lambda w: {"comment": ""},
        ),
        effect=b_task_touched,
    ),
    "review: workflow preview of the current step": Action(
        EXPERTISE,
        get(
            lambda w: reverse(
                "wagtailadmin_pages:workflow_preview", args=[w.draft.pk, w.task_state().task_id]
            )
        ),
    ),
    "review: workflow preview of another step": Action(
        EXPERTISE,
        get(
            lambda w: reverse(
                "wagtailadmin_pages:workflow_preview",
                args=[w.draft.pk, Task.objects.get(name=EDITORIAL_TASK).pk],
            )
        ),
    ),
    "review: workflow history": Action(
        EXPERTISE,
        get(lambda w: reverse("wagtailadmin_pages:workflow_history", args=[w.draft.pk])),
    ),
    "review: confirm workflow cancellation": Action(
        EXPERTISE,
        get(
            lambda w: reverse("wagtailadmin_pages:confirm_workflow_cancellation", args=[w.draft.pk])
        ),
        shown=lambda w, body: EXPERTISE_TASK in body,
        # Not the step name itself: B's own pages in review name the same step on B's dashboard.
        secrets=(MARKER,),
    ),
    # Explorer, search and choosers
    "explorer: A's section": Action(
        DRAFT, get(lambda w: reverse("wagtailadmin_explore", args=[w.a.partner.pk]))
    ),
    "explorer: pages of this type": Action(
        DRAFT,
        get(
            lambda w: reverse(
                "wagtailadmin_pages:type_use", args=["publications", "experiencepublicationpage"]
            )
        ),
    ),
    "admin page search": Action(
        DRAFT, lambda c, w: c.get(reverse("wagtailadmin_pages:search"), {"q": SEARCH_WORD})
    ),
    "page chooser: browse A's section": Action(
        DRAFT, get(lambda w: reverse("wagtailadmin_choose_page_child", args=[w.a.partner.pk]))
    ),
    "page chooser: browse with A's draft as parent": Action(
        DRAFT, get(lambda w: reverse("wagtailadmin_choose_page_child", args=[w.draft.pk]))
    ),
    "page chooser: search": Action(
        DRAFT, lambda c, w: c.get(reverse("wagtailadmin_choose_page_search"), {"q": SEARCH_WORD})
    ),
    "page chooser: chosen-multiple by id": Action(
        DRAFT,
        lambda c, w: c.get(reverse("wagtailadmin_choose_page_chosen_multiple"), {"id": w.draft.pk}),
    ),
    "tag autocomplete": Action(
        DRAFT, lambda c, w: c.get(reverse("wagtailadmin_tag_autocomplete"), {"term": MARKER[:6]})
    ),
    "document chooser": Action(DRAFT, get(lambda w: reverse("wagtaildocs_chooser:choose"))),
    "document chooser: chosen by id": Action(
        DRAFT, get(lambda w: reverse("wagtaildocs_chooser:chosen", args=[w.attachment.pk]))
    ),
    "image chooser": Action(DRAFT, get(lambda w: reverse("wagtailimages_chooser:choose"))),
    "image chooser: chosen by id": Action(
        DRAFT, get(lambda w: reverse("wagtailimages_chooser:chosen", args=[w.image.pk]))
    ),
    # Documents and images
    "documents: listing": Action(DRAFT, get(lambda w: reverse("wagtaildocs:index"))),
    "documents: edit A's private document": Action(
        DRAFT, get(lambda w: reverse("wagtaildocs:edit", args=[w.document.pk]))
    ),
    "documents: upload into A's collection": Action(
        DRAFT,
        lambda c, w: upload(c, w.a.collection),
        effect=document_uploaded(lambda w: w.a.collection),
    ),
    "documents: upload into B's collection": Action(
        DRAFT,
        lambda c, w: upload(c, w.b.collection),
        effect=document_uploaded(lambda w: w.b.collection),
    ),
    "images: listing": Action(DRAFT, get(lambda w: reverse("wagtailimages:index"))),
    # Admin API
    "admin API: pages, child_of A's section": Action(
        DRAFT,
        lambda c, w: c.get(reverse("wagtailadmin_api:pages:listing"), {"child_of": w.a.partner.pk}),
    ),
    "admin API: pages, search": Action(
        DRAFT,
        lambda c, w: c.get(reverse("wagtailadmin_api:pages:listing"), {"search": SEARCH_WORD}),
    ),
    "admin API: A's draft": Action(
        DRAFT, get(lambda w: reverse("wagtailadmin_api:pages:detail", args=[w.draft.pk]))
    ),
    "admin API: publish action": Action(
        DRAFT, lambda c, w: api_post(c, w, "publish"), effect=draft_live
    ),
    "admin API: copy_for_translation action": Action(
        DRAFT,
        lambda c, w: api_post(c, w, "copy_for_translation", {"locale": "en", "copy_parents": True}),
        effect=translated,
    ),
    "admin API: documents": Action(
        DRAFT, get(lambda w: reverse("wagtailadmin_api:documents:listing"))
    ),
    "admin API: images": Action(DRAFT, get(lambda w: reverse("wagtailadmin_api:images:listing"))),
    # Dashboard and reports
    "dashboard": Action(EXPERTISE, get(lambda w: reverse("wagtailadmin_home"))),
    "report: site history": Action(
        DRAFT, get(lambda w: reverse("wagtailadmin_reports:site_history"))
    ),
    "report: locked pages": Action(
        LOCKED, get(lambda w: reverse("wagtailadmin_reports:locked_pages"))
    ),
    "report: aging pages": Action(
        DRAFT, get(lambda w: reverse("wagtailadmin_reports:aging_pages"))
    ),
    "report: workflows": Action(EXPERTISE, get(lambda w: reverse("wagtailadmin_reports:workflow"))),
    "report: workflow tasks": Action(
        EXPERTISE, get(lambda w: reverse("wagtailadmin_reports:workflow_tasks"))
    ),
    # Network-level content and accounts
    "network page: edit GET": Action(
        DRAFT,
        get(lambda w: edit_url(w.network_page)),
        shown=lambda w, body: w.network_page.title in body,
    ),
    "network page: publish a change": Action(
        DRAFT,
        post(
            lambda w: edit_url(w.network_page),
            lambda w: {
                **network_form(w, title=f"{w.network_page.title} (изменено)"),
                "action-publish": "1",
            },
        ),
        effect=network_page_changed,
    ),
    "users: make the teacher a superuser": Action(
        DRAFT,
        post(
            lambda w: reverse("wagtailusers_users:edit", args=[w.users["teacher"].pk]),
            lambda w: {
                "username": w.users["teacher"].username,
                "email": w.users["teacher"].email,
                "first_name": "Иван",
                "last_name": "Иванов",
                "is_active": "on",
                "is_superuser": "on",
                "password1": "",
                "password2": "",
            },
        ),
        effect=teacher_became_superuser,
    ),
}


# --- The matrix ---------------------------------------------------------------------------
# Columns: anonymous, teacher, partner A, partner B, methodologist, editor, administrator.
# Y = OK, H = HIDDEN, R = REFUSED, D = DENY, L = LOGIN. A cell marked "Wagtail as shipped:" failed
# on stock Wagtail 8.0.1 (a leak or a wrong permission); home.admin_hardening closes it.
Y, H, R, D, L = OK, HIDDEN, REFUSED, DENY, LOGIN

GRID = {
    # Public site: a draft has no public URL; the private document is for A and reviewers.
    "site: A's draft by URL": (D, D, D, D, D, D, D),
    "site: live network page": (Y, Y, Y, Y, Y, Y, Y),
    "site: search": (H, H, H, H, H, H, H),
    "site: A's private document": (L, L, Y, L, Y, Y, Y),
    # A edits, previews and submits its own draft; never publishes.
    "edit: GET": (L, L, Y, D, D, Y, Y),
    "edit: POST save draft": (L, L, Y, D, D, Y, Y),
    "edit: POST publish": (L, L, R, D, D, Y, Y),
    "edit: POST submit for review": (L, L, Y, D, D, Y, Y),
    "add page in A's section: GET": (L, L, Y, D, D, Y, Y),
    "preview: POST then GET": (L, L, Y, D, D, Y, Y),
    "view_draft": (L, L, Y, D, D, Y, Y),
    "history": (L, L, Y, D, D, Y, Y),
    "revisions: view": (L, L, Y, D, D, Y, Y),
    "revisions: compare": (L, L, Y, D, D, Y, Y),
    "revisions: compare A's revisions through B's page": (L, L, D, D, D, D, D),
    "revisions: view A's revision through B's page": (L, L, D, D, D, D, D),
    "revisions: revert form": (L, L, Y, D, D, Y, Y),
    "usage": (L, L, Y, D, D, Y, Y),
    # A may delete its own unpublished draft (change permission, nothing live below it).
    "delete: GET": (L, L, Y, D, D, Y, Y),
    "delete: POST": (L, L, Y, D, D, Y, Y),
    # Copy inside A's section only; moving out of it needs add permission at the destination.
    "copy: GET": (L, L, Y, D, D, Y, Y),
    "copy: POST into A's section": (L, L, Y, D, D, Y, Y),
    "copy: POST into B's section": (L, L, R, D, D, Y, Y),
    "move: choose destination": (L, L, Y, D, D, Y, Y),
    # The confirmation asks for move rights before it shows anything (home.admin_hardening):
    # A may move within its section, so it sees it; B and the methodologist may not.
    "move: confirm GET (to the network's index)": (L, L, Y, D, D, Y, Y),
    "move: confirm POST (to the network's index)": (L, L, D, D, D, Y, Y),
    "lock: POST": (L, L, D, D, D, Y, Y),
    "privacy: GET": (L, L, D, D, D, Y, Y),
    # Wagtail as shipped, for B: bulk-action confirmations list the titles of pages the user may not touch,
    # for any ids, and for id=all&childOf=<any page>.
    "bulk publish: confirmation GET": (L, L, Y, H, H, Y, Y),
    "bulk publish: POST": (L, L, R, R, R, Y, Y),
    "bulk delete: confirmation GET, all children of A's section": (L, L, Y, H, H, Y, Y),
    # Editors and administrators start and sync translations (wagtail_localize.submit_translation,
    # limited by home.translation to what they may edit); a partner edits its own translations
    # and sends them for review like its Russian pages.
    "translate (wagtail_localize): GET": (L, L, D, D, D, Y, Y),
    "translate (wagtail_localize): POST": (L, L, D, D, D, Y, Y),
    "translation: sync (wagtail_localize update) GET": (L, L, D, D, D, Y, Y),
    "translation: sync (wagtail_localize update) POST": (L, L, D, D, D, Y, Y),
    "translation: edit GET": (L, L, Y, D, D, Y, Y),
    "translation: send for review POST": (L, L, Y, D, D, Y, Y),
    # Workflow: methodologists approve the expertise step, editors the editorial step; while a
    # step is in progress the page is locked for everybody outside that step's group.
    "review: edit GET at the expertise step": (L, L, Y, D, Y, Y, Y),
    "review: edit POST at the expertise step": (L, L, R, D, Y, R, R),
    "review: publish POST at the expertise step": (L, L, R, D, R, R, R),
    # FAIL for editor and administrator: the edit view refuses to publish a page locked at the
    # methodologists' step, but bulk publish and the admin API publish it (skipping expertise).
    "review: bulk publish at the expertise step": (L, L, R, R, R, R, R),
    "review: admin API publish at the expertise step": (L, L, D, D, D, D, D),
    "review: approve the expertise step": (L, L, D, D, Y, D, D),
    "review: approve the editorial step": (L, L, D, D, D, Y, D),
    # Wagtail as shipped, for B: "page '<title>' is not awaiting moderation" is flashed before any check.
    "review: approve A's draft with B's task state (not in review)": (L, L, R, R, R, R, R),
    "review: workflow preview of the current step": (L, L, D, D, Y, D, D),
    # Wagtail as shipped, for B: the same flash message, from the workflow preview view.
    "review: workflow preview of another step": (L, L, D, D, D, D, D),
    "review: workflow history": (L, L, Y, D, Y, Y, Y),
    # Needs edit rights first (home.admin_hardening); a reviewer of the current step has them.
    "review: confirm workflow cancellation": (L, L, Y, D, Y, Y, Y),
    # Explorer, search, choosers: B's views are filtered, never showing A's draft or files.
    "explorer: A's section": (L, L, Y, D, D, Y, Y),
    "explorer: pages of this type": (L, L, Y, H, D, Y, Y),
    "admin page search": (L, L, Y, H, D, Y, Y),
    "page chooser: browse A's section": (L, L, Y, H, Y, Y, Y),
    # Wagtail as shipped, for B: the chooser hook filters the children, not the parent being browsed.
    "page chooser: browse with A's draft as parent": (L, L, Y, H, Y, Y, Y),
    "page chooser: search": (L, L, Y, H, Y, Y, Y),
    # Wagtail as shipped, for B: returns title and edit URL of any page id, no hook, no check.
    "page chooser: chosen-multiple by id": (L, L, Y, H, Y, Y, Y),
    # Wagtail as shipped, for B: every tag name in the database, including those only on A's drafts.
    "tag autocomplete": (L, L, Y, H, H, Y, Y),
    "document chooser": (L, L, Y, H, Y, Y, Y),
    "document chooser: chosen by id": (L, L, Y, D, Y, Y, Y),
    "image chooser": (L, L, Y, H, Y, Y, Y),
    "image chooser: chosen by id": (L, L, Y, D, Y, Y, Y),
    # Documents: each partner uploads into its own collection only; methodologists only choose.
    "documents: listing": (L, L, Y, H, D, Y, Y),
    "documents: edit A's private document": (L, L, Y, D, D, Y, Y),
    "documents: upload into A's collection": (L, L, Y, R, D, Y, Y),
    "documents: upload into B's collection": (L, L, R, Y, D, Y, Y),
    "images: listing": (L, L, Y, H, D, Y, Y),
    # Admin API: the same limits as the explorer and the choosers.
    "admin API: pages, child_of A's section": (L, L, Y, H, H, Y, Y),
    "admin API: pages, search": (L, L, Y, H, H, Y, Y),
    "admin API: A's draft": (L, L, Y, D, D, Y, Y),
    "admin API: publish action": (L, L, D, D, D, Y, Y),
    "admin API: copy_for_translation action": (L, L, D, D, D, D, D),
    # Wagtail as shipped, for B: the admin API lists every document and image outside view-restricted
    # collections (titles and download URLs), ignoring collection permissions.
    "admin API: documents": (L, L, Y, H, Y, Y, Y),
    "admin API: images": (L, L, Y, H, Y, Y, Y),
    # Dashboard and reports.
    "dashboard": (L, L, Y, H, Y, H, H),
    "report: site history": (L, L, Y, H, H, Y, Y),
    "report: locked pages": (L, L, D, D, D, Y, Y),
    "report: aging pages": (L, L, H, H, D, H, H),
    "report: workflows": (L, L, Y, H, D, Y, Y),
    "report: workflow tasks": (L, L, Y, H, D, Y, Y),
    # Network pages are the editors'; administrators manage accounts but do not mint
    # superusers (that would lift them above every other cell of this matrix).
    "network page: edit GET": (L, L, D, D, D, Y, Y),
    "network page: publish a change": (L, L, D, D, D, Y, Y),
    # Wagtail as shipped, for the administrator: Wagtail's user form offers is_superuser to anyone holding
    # auth.change_user.
    "users: make the teacher a superuser": (L, L, D, D, D, D, R),
}

assert set(GRID) == set(ACTIONS), set(GRID) ^ set(ACTIONS)

MATRIX = [
    (role, action, expected)
    for action, row in GRID.items()
    for role, expected in zip(ROLES, row, strict=True)
]


# --- Checking one cell --------------------------------------------------------------------


def body_of(response):
    """The response as text; JSON (modal choosers, the API) with its escapes undone."""
    if getattr(response, "streaming", False):
        content = b"".join(response.streaming_content)
    else:
        content = response.content
    text = content.decode("utf-8", "replace")
    if response.get("Content-Type", "").startswith("application/json"):
        try:
            text = json.dumps(json.loads(text), ensure_ascii=False)
        except ValueError:
            pass
    return text


def encodings(secret):
    return {secret, json.dumps(secret)[1:-1], escapejs(secret), quote(secret)}


def leaks(secret, text):
    """Whether ``secret`` is in ``text`` in any of the encodings a page may use for it."""
    return any(form in text for form in encodings(secret))


def excerpt(secret, text, width=200):
    for form in encodings(secret):
        at = text.find(form)
        if at >= 0:
            return " ".join(text[max(0, at - width) : at + len(form) + width].split())
    return ""


def location_path(response):
    return urlparse(response["Location"]).path if response.status_code in (301, 302) else None


def login_paths():
    return {reverse("wagtailadmin_login"), reverse("wagtailcore_login")}


def is_login_redirect(response):
    return location_path(response) in login_paths()


def is_denied(response, world, role):
    if response.status_code in (400, 403, 404):
        return True
    path = location_path(response)
    if path is None:
        return False
    allowed = login_paths() | {reverse("wagtailadmin_home")}
    if role == "partner_b":
        # The explorer sends a user who asks for someone else's section back to their own.
        allowed.add(reverse("wagtailadmin_explore", args=[world.b.partner.pk]))
    return path in allowed


def followed_bodies(client, response, hops=4):
    """Bodies of the pages the redirects lead to (flash messages land there)."""
    bodies = []
    while response.status_code in (301, 302) and hops:
        response = client.get(response["Location"])
        bodies.append(body_of(response))
        hops -= 1
    return bodies


def describe(response, body):
    where = response.get("Location", "")
    return f"HTTP {response.status_code} {where}\n{body[:800]}"


@pytest.mark.parametrize(
    ("role", "action", "expected"),
    MATRIX,
    ids=[f"{action} | {role}" for role, action, _ in MATRIX],
)
def test_authorization_matrix(role, action, expected, make_world, client):
    spec = ACTIONS[action]
    world = make_world(spec.state)
    if world.users[role] is not None:
        client.force_login(world.users[role])

    response = spec.run(client, world)
    body = body_of(response)
    happened = spec.effect(world) if spec.is_write else None
    trace = describe(response, body)

    if role not in ENTITLED:
        for hop, page in enumerate([body, *followed_bodies(client, response)]):
            for secret in spec.secrets:
                assert not leaks(secret, page), (
                    f"{role} sees {secret!r} (HTTP {response.status_code}"
                    f" {response.get('Location', '')}, after {hop} redirects): "
                    f"...{excerpt(secret, page)}..."
                )

    if expected == LOGIN:
        assert is_login_redirect(response), trace
    elif expected == DENY:
        assert is_denied(response, world, role), trace
    elif expected == HIDDEN:
        assert response.status_code == 200 or is_denied(response, world, role), trace
    elif expected == REFUSED:
        assert response.status_code in (200, 302), trace
        assert not is_denied(response, world, role), trace
    else:
        assert response.status_code in (200, 201, 302), trace
        assert not is_denied(response, world, role), trace

    if expected in (LOGIN, DENY, HIDDEN):
        for secret in spec.secrets:
            assert not leaks(secret, body), trace
    if spec.is_write:
        assert happened is (expected == OK), f"effect={happened}: {trace}"
    elif expected == OK:
        shown = spec.shown(world, body) if spec.shown else leaks(MARKER, body)
        assert response.status_code == 200 and shown, trace


# --- The matrix means what it says ----------------------------------------------------------


def test_roles_are_what_the_matrix_says(make_world):
    users = make_world().users
    assert users["anonymous"] is None
    assert not users["teacher"].groups.exists()
    assert not users["teacher"].has_perm("wagtailadmin.access_admin")
    for role in ROLES[2:]:
        assert users[role].has_perm("wagtailadmin.access_admin"), role
        assert not users[role].is_superuser, role
    assert list(users["admin"].groups.values_list("name", flat=True)) == ["Администраторы"]


def test_hidden_means_filtered_not_unfindable(make_world, client):
    """Once published, the draft is found by the public search: the "site: search" cells hide
    it because it is a draft, not because the query cannot match it."""
    world = make_world()
    world.draft.get_latest_revision().publish(user=world.users["editor"])
    world.refresh()
    world.a.partner.save_revision(user=world.users["editor"]).publish()
    response = client.get("/search/", {"q": SEARCH_WORD})
    assert response.status_code == 200
    assert leaks(MARKER, body_of(response))
