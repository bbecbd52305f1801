"""Translations (wagtail-localize) under the network's own rules.

* A page created as a translation inherits its source's review workflow and the group
  permissions set on the source, so a partner's English section is theirs to edit and is
  reviewed the same way as the Russian one.
* Someone who cannot publish sends a synced translation for review: the translated strings
  become a draft revision of the page and the page's workflow starts, exactly as for a page
  edited in the ordinary editor (wagtail-localize's editor only offers "Publish").
* A translation is *outdated* when its source was published after the translation was last
  synced; editors see it on the dashboard and on the translation itself, with the link to
  wagtail-localize's "Sync translated pages".
"""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.db.models import F, OuterRef, Subquery
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.ui.components import Component
from wagtail.models import GroupPagePermission, Page, WorkflowPage
from wagtail.signals import copy_for_translation_done
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

SUBMIT_ACTION = "sodruzhestvo-submit-translation"
TRANSLATE_PERMISSION = "wagtail_localize.submit_translation"


@receiver(copy_for_translation_done)
def carry_rules_to_translation(sender, source_obj, target_obj, **kwargs):
    """The new translation gets the source's workflow and page permissions (partner groups
    edit their own sections in every language)."""
    if not isinstance(source_obj, Page) or not isinstance(target_obj, Page):
        return
    assignment = WorkflowPage.objects.filter(page_id=source_obj.pk).first()
    if assignment is not None:
        WorkflowPage.objects.update_or_create(
            page_id=target_obj.pk, defaults={"workflow_id": assignment.workflow_id}
        )
    for group_id, permission_id in GroupPagePermission.objects.filter(
        page_id=source_obj.pk
    ).values_list("group_id", "permission_id"):
        GroupPagePermission.objects.get_or_create(
            group_id=group_id, page_id=target_obj.pk, permission_id=permission_id
        )


def enabled_translation(page):
    """The synced wagtail-localize translation whose target is ``page``, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def outdated_translations():
    """Enabled page translations whose source page was published after its last sync."""
    source_page = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("source__locale_id")
    )
    return (
        Translation.objects.filter(enabled=True)
        .annotate(source_published_at=Subquery(source_page.values("last_published_at")[:1]))
        .filter(source_published_at__gt=F("source__last_updated_at"))
        .annotate(
            target_page_id=Subquery(
                Page.objects.filter(
                    translation_key=OuterRef("source__object_id"),
                    locale_id=OuterRef("target_locale_id"),
                ).values("pk")[:1]
            )
        )
        .select_related("source", "target_locale")
        .order_by("-source_published_at")
    )


def is_outdated(translation):
    return outdated_translations().filter(pk=translation.pk).exists()


def missing_strings(translation):
    """How many source strings have no translation in the target language yet."""
    return (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .count()
    )


def sync_url(translation, next_url=None):
    url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def review_state(page, user):
    """What the «send for review» block of the translation editor shows to ``user``."""
    perms = page.permissions_for_user(user)
    workflow = page.get_workflow()
    return {
        "can_submit": perms.can_edit() and workflow is not None,
        "workflow": workflow,
        "in_progress": page.workflow_in_progress,
        "action": SUBMIT_ACTION,
    }


def submit_for_review(request, page):
    """POST from the translation editor: save the translated strings as a draft revision of
    ``page`` and start its workflow. Nothing is saved when strings are missing or the page is
    already on review."""
    translation = enabled_translation(page)
    if translation is None:
        return None
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    workflow = page.get_workflow()
    if workflow is None:
        messages.error(request, _("Для этой страницы не настроена проверка."))
        return redirect(edit_url)
    if page.workflow_in_progress:
        messages.warning(request, _("Перевод уже на проверке. Дождитесь решения проверяющего."))
        return redirect(edit_url)
    missing = missing_strings(translation)
    if missing:
        messages.error(
            request,
            ngettext(
                "Не переведена %(count)d строка. Переведите её и отправьте снова.",
                "Не переведено строк: %(count)d. Переведите их и отправьте снова.",
                missing,
            )
            % {"count": missing},
        )
        return redirect(edit_url)
    with transaction.atomic():
        translation.save_target(user=request.user, publish=False)
        page = Page.objects.get(pk=page.pk).specific
        workflow.start(page, request.user)
    messages.success(
        request,
        _("Перевод «%(title)s» отправлен на проверку: %(workflow)s.")
        % {"title": page.get_admin_display_title(), "workflow": workflow.name},
    )
    return redirect(edit_url)


def warn_if_outdated(request, page):
    translation = enabled_translation(page)
    if translation is None or not is_outdated(translation):
        return
    if not request.user.has_perm(TRANSLATE_PERMISSION):
        messages.warning(
            request,
            _(
                "Исходная страница изменилась после последней синхронизации перевода. "
                "Попросите редактора обновить перевод."
            ),
        )
        return
    messages.warning(
        request,
        format_html(
            '{} <a href="{}">{}</a>',
            _("Исходная страница изменилась после последней синхронизации перевода."),
            sync_url(translation, request.get_full_path()),
            _("Обновить перевод"),
        ),
    )


def can_edit_instance(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user.has_perm(get_permission_name("change", type(instance)))


# wagtail-localize lets anyone holding the global «submit_translation» permission translate or
# re-sync *any* page or snippet. These views add the object-level check: only what the user
# may edit (cms/urls.py mounts them over wagtail-localize's own URLs).
class GuardedSubmitPageTranslationView(SubmitPageTranslationView):
    def get_object(self):
        page = super().get_object()
        if not can_edit_instance(self.request.user, page):
            raise PermissionDenied
        return page


class GuardedSubmitSnippetTranslationView(SubmitSnippetTranslationView):
    def get_object(self):
        snippet = super().get_object()
        if not can_edit_instance(self.request.user, snippet):
            raise PermissionDenied
        return snippet


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    def get_object(self):
        source = super().get_object()
        try:
            instance = source.get_source_instance()
        except ObjectDoesNotExist as error:  # the source object was deleted
            raise PermissionDenied from error
        if not can_edit_instance(self.request.user, instance):
            raise PermissionDenied
        return source


class OutdatedTranslationsPanel(Component):
    """Dashboard: translations whose source changed since they were last synced."""

    name = "outdated_translations"
    order = 160
    template_name = "home/admin/panel_outdated_translations.html"
    limit = 20

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        request = parent_context["request"]
        rows = list(outdated_translations()[: self.limit])
        targets = Page.objects.in_bulk([row.target_page_id for row in rows if row.target_page_id])
        context["rows"] = [
            {
                "page": targets.get(row.target_page_id),
                "locale": row.target_locale.get_display_name(),
                "changed_at": row.source_published_at,
                "sync_url": sync_url(row, request.get_full_path()),
            }
            for row in rows
        ]
        return context


def own_section(user):
    """For a user whose page rights all lie on translations of one page (a partner's section
    in each language): that page in the user's admin language, or the default language's;
    otherwise None. Wagtail would start such a user's explorer at the tree root, the common
    ancestor of the translations."""
    from django.utils import translation as language
    from wagtail.models import Locale

    if not user.is_authenticated or user.is_superuser:
        return None
    pages = list(
        Page.objects.filter(
            pk__in=GroupPagePermission.objects.filter(group__user=user).values("page_id")
        ).values_list("pk", "translation_key", "locale__language_code", "depth")
    )
    if not pages or len({key for _pk, key, _code, _depth in pages}) != 1:
        return None
    if min(depth for *_rest, depth in pages) <= 2:
        return None
    by_language = {code: pk for pk, _key, code, _depth in pages}
    return by_language.get(language.get_language() or "") or by_language.get(
        Locale.get_default().language_code
    )


def explorer_root(request):
    """``/admin/pages/`` opens on the user's own section (see ``own_section``)."""
    from wagtail.admin.views.pages.listing import ExplorableIndexView

    section = own_section(request.user)
    if section is not None:
        return redirect("wagtailadmin_explore", section)
    return ExplorableIndexView.as_view()(request)


def own_section_explorer_item(item, request):
    """The sidebar's «Страницы» explorer, starting on the user's own section."""
    from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent

    section = own_section(request.user)
    if section is None:
        return item

    class OwnSectionExplorerItem(type(item)):
        def render_component(self, request):
            return PageExplorerMenuItemComponent(
                self.name,
                self.label,
                self.url,
                section,
                icon_name=self.icon_name,
                classname=self.classname,
            )

    copy = OwnSectionExplorerItem.__new__(OwnSectionExplorerItem)
    copy.__dict__.update(item.__dict__)
    return copy
