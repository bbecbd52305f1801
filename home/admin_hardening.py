"""Admin endpoints that, as Wagtail ships them, show or do more than a limited user may.

Partners are semi-trusted admin users. The authorization matrix (tests/security) found
these gaps in Wagtail 8.0.1 as configured here; each class or hook below closes one:

- workflow views flash the page title before checking who asks;
- the move confirmation and bulk-action confirmations render titles of pages the user may
  not see; the page chooser's browse (by parent id) and "chosen" views skip the chooser
  queryset hooks; tag autocomplete lists every tag;
- the admin API lists documents and images of every unrestricted collection, and its publish
  action — like bulk publish — ignores the workflow lock, so a page could skip a review step;
- a non-superuser administrator could make someone a superuser.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.api.actions.publish import PublishPageAPIAction
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.auth import permission_denied
from wagtail.admin.views import chooser
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.admin.views.pages.move import MoveConfirmView
from wagtail.admin.views.pages.workflow import (
    CollectWorkflowActionDataView,
    ConfirmWorkflowCancellationView,
    PreviewRevisionForTaskView,
    WorkflowActionView,
)
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.api.v2.utils import BadRequestError
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page
from wagtail.permissions import policy_registry

NOT_IN_REVIEW = _("Эта страница сейчас не ожидает проверки.")


def locked_by_workflow(page, user):
    lock = page.get_lock()
    return bool(lock and lock.for_user(user))


# Workflow views: a message without the title, and the cancellation modal needs edit rights.


class QuietWorkflowMessagesMixin:
    def add_not_in_moderation_error(self):
        messages.error(self.request, NOT_IN_REVIEW)


class HardenedWorkflowActionView(QuietWorkflowMessagesMixin, WorkflowActionView):
    pass


class HardenedCollectWorkflowActionDataView(
    QuietWorkflowMessagesMixin, CollectWorkflowActionDataView
):
    pass


class HardenedPreviewRevisionForTaskView(PreviewRevisionForTaskView):
    def add_error_message(self):
        messages.error(self.request, gettext("Эта страница сейчас не на этом шаге проверки."))


class HardenedConfirmWorkflowCancellationView(ConfirmWorkflowCancellationView):
    def dispatch(self, request, *args, **kwargs):
        if not self.object.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class HardenedMoveConfirmView(MoveConfirmView):
    def dispatch(self, request, page_to_move_id, destination_id, *args, **kwargs):
        page = Page.objects.filter(pk=page_to_move_id).first()
        if page is None or not page.permissions_for_user(request.user).can_move():
            return permission_denied(request)
        return super().dispatch(request, page_to_move_id, destination_id, *args, **kwargs)


class HardenedPageViewSet(PageViewSet):
    """Replaces Wagtail's fallback viewset for every page type (same URLs, same names)."""

    model = Page
    workflow_action_view_class = HardenedWorkflowActionView
    collect_workflow_action_data_view_class = HardenedCollectWorkflowActionDataView
    workflow_preview_view_class = HardenedPreviewRevisionForTaskView
    confirm_workflow_cancellation_view_class = HardenedConfirmWorkflowCancellationView
    move_confirm_view_class = HardenedMoveConfirmView


@hooks.register("register_admin_viewset")
def register_hardened_page_viewset():
    return HardenedPageViewSet()


# Bulk actions: list only pages the user may see; publishing respects the review workflow.


def visible_to(user, page):
    return page.live or page.permissions_for_user(user).can_edit()


class VisibleItemsMixin:
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["items_with_no_access"] = [
            item
            for item in context["items_with_no_access"]
            if visible_to(self.request.user, item["item"])
        ]
        return context


@hooks.register("register_bulk_action", order=1)
class HardenedPublishBulkAction(VisibleItemsMixin, PublishBulkAction):
    def check_perm(self, page):
        return super().check_perm(page) and not locked_by_workflow(page, self.request.user)


@hooks.register("register_bulk_action", order=1)
class HardenedUnpublishBulkAction(VisibleItemsMixin, UnpublishBulkAction):
    pass


@hooks.register("register_bulk_action", order=1)
class HardenedDeleteBulkAction(VisibleItemsMixin, DeleteBulkAction):
    def check_perm(self, page):
        from partners.wagtail_hooks import may_delete_section

        return super().check_perm(page) and may_delete_section(self.request.user, page)


@hooks.register("register_bulk_action", order=1)
class HardenedMoveBulkAction(VisibleItemsMixin, MoveBulkAction):
    pass


# Page chooser views that skip the chooser hooks, and tag autocomplete.


def chooser_pages(request, pages):
    for hook in hooks.get_hooks("construct_page_chooser_queryset"):
        pages = hook(pages, request)
    return pages


class HardenedBrowseView(chooser.BrowseView):
    def get(self, request, parent_page_id=None):
        if (
            parent_page_id is not None
            and not chooser_pages(request, Page.objects.filter(pk=parent_page_id)).exists()
        ):
            raise Http404
        return super().get(request, parent_page_id)


class HardenedChosenMultipleView(chooser.ChosenMultipleView):
    def get(self, request):
        pages = chooser_pages(request, Page.objects.filter(pk__in=request.GET.getlist("id")))
        result = [
            {
                "id": page.pk,
                "parentId": page.get_parent().pk,
                "adminTitle": page.get_admin_display_title(),
                "editUrl": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                "url": page.url,
            }
            for page in pages.specific()
        ]
        return self.render_chosen_response(result)


def tag_autocomplete(request, app_name=None, model_name=None):
    """Wagtail's autocomplete, limited to tags on published pages or pages the user edits."""
    from taggit.models import Tag, TagBase

    tag_model = Tag
    if app_name and model_name:
        try:
            tag_model = ContentType.objects.get_by_natural_key(app_name, model_name).model_class()
        except ContentType.DoesNotExist as error:
            raise Http404 from error
        if tag_model is None or not issubclass(tag_model, TagBase):
            raise Http404
    term = request.GET.get("term", "")[:100]
    if not term:
        return JsonResponse([], safe=False)
    tags = tag_model.objects.filter(name__istartswith=term)
    if not request.user.is_superuser:
        from publications.models import ExperiencePublicationPage

        editable = policy_registry.get_by_type(Page).instances_user_has_permission_for(
            request.user, "change"
        )
        pages = ExperiencePublicationPage.objects.filter(
            Q(live=True) | Q(pk__in=editable.values("pk"))
        )
        tags = tags.filter(
            publications_experiencepublicationtag_items__content_object__in=pages
        ).distinct()
    return JsonResponse(list(tags.order_by("name").values_list("name", flat=True)[:10]), safe=False)


# Admin API: files only from collections the user may choose from; publish respects review.


class ChoosableMixin:
    def get_queryset(self):
        queryset = super().get_queryset()
        policy = policy_registry.get_by_type(queryset.model)
        choosable = policy.instances_user_has_any_permission_for(
            self.request.user, ["choose", "change"]
        )
        return queryset.filter(pk__in=choosable.values("pk"))


class HardenedDocumentsAdminAPIViewSet(ChoosableMixin, DocumentsAdminAPIViewSet):
    pass


class HardenedImagesAdminAPIViewSet(ChoosableMixin, ImagesAdminAPIViewSet):
    pass


class ReviewRespectingPublishAction(PublishPageAPIAction):
    def _action_from_data(self, instance, data):
        if locked_by_workflow(instance, self.request.user):
            raise BadRequestError(
                gettext("Страница на проверке: публиковать её может только последний шаг проверки.")
            )
        return super()._action_from_data(instance, data)


class HardenedPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    actions = {**PagesAdminAPIViewSet.actions, "publish": ReviewRespectingPublishAction}


@hooks.register("construct_admin_api", order=1)
def harden_admin_api(router):
    router.register_endpoint("pages", HardenedPagesAdminAPIViewSet)
    if get_document_model():
        router.register_endpoint("documents", HardenedDocumentsAdminAPIViewSet)
    if get_image_model():
        router.register_endpoint("images", HardenedImagesAdminAPIViewSet)


# Superusers are made by superusers only.


def _keep_superuser_flag(request, current):
    if request.method == "POST" and "is_superuser" in request.POST:
        data = request.POST.copy()
        if current:
            data["is_superuser"] = "on"
        else:
            data.pop("is_superuser")
        request.POST = data


@hooks.register("before_create_user")
def only_superusers_create_superusers(request):
    if not request.user.is_superuser:
        _keep_superuser_flag(request, current=False)


@hooks.register("before_edit_user")
def only_superusers_grant_superuser(request, user):
    if request.user.is_superuser:
        return None
    if user.is_superuser:
        return permission_denied(request)
    _keep_superuser_flag(request, current=False)
    return None
