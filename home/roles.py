"""Network-wide roles as data: groups and their permissions, provisioned after every migrate.

Partner groups (one per organisation) are provisioned by the partners app; this module owns
the three network roles. Running it twice changes nothing.
"""

import logging

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

logger = logging.getLogger(__name__)

ADMINISTRATORS = "Администраторы"
EDITORS = "Редакторы"
METHODOLOGISTS = "Методисты"
NETWORK_ROLES = (ADMINISTRATORS, EDITORS, METHODOLOGISTS)

# Groups created by Wagtail's own initial migration; ours replace them.
STOCK_GROUPS = ("Moderators", "Editors")

# Review steps and the workflows made of them.
EXPERTISE_TASK = "Методическая экспертиза"
EDITORIAL_TASK = "Редакционное утверждение"
PARTNER_WORKFLOW = "Материалы партнёров"
NETWORK_WORKFLOW = "Страницы сети"

PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
# Collection permissions. Wagtail checks custom image and document models against the
# permissions of its own wagtailimages.Image and wagtaildocs.Document.
COLLECTION_ACTIONS = ("add", "change", "delete")

# Models editors manage outside the page tree (taxonomies, collections of settings...), as
# "app_label.model"; models that do not exist yet are skipped, so later apps just add here.
EDITOR_MODEL_PERMISSIONS = {
    "wagtailcore.collection": ("add", "change"),
    # Promoted search results and the report of what teachers search for.
    "wagtailsearchpromotions.searchpromotion": ("add", "change", "delete"),
    "search.queryday": ("view",),
}
ADMINISTRATOR_MODEL_PERMISSIONS = {
    "auth.user": ("add", "change", "delete"),
    "auth.group": ("add", "change", "delete"),
    "wagtailcore.site": ("add", "change"),
    "home.networksettings": ("change",),
    "partners.partnerapplication": ("view", "change", "delete"),
}


def _model_permissions(spec):
    perms = []
    for label, actions in spec.items():
        app_label, model_name = label.split(".")
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            continue
        ct = ContentType.objects.get_for_model(model, for_concrete_model=False)
        codenames = [f"{action}_{model._meta.model_name}" for action in actions]
        perms.extend(Permission.objects.filter(content_type=ct, codename__in=codenames))
    return perms


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def collection_permissions(actions=COLLECTION_ACTIONS):
    """Permissions that make a collection usable: upload, edit, delete and choose files."""
    perms = []
    for app_label, model_name in (("wagtaildocs", "document"), ("wagtailimages", "image")):
        codenames = [f"{action}_{model_name}" for action in (*actions, "choose")]
        perms.extend(
            Permission.objects.filter(
                content_type__app_label=app_label,
                content_type__model=model_name,
                codename__in=codenames,
            )
        )
    return perms


def editor_model_permissions():
    return _model_permissions(EDITOR_MODEL_PERMISSIONS)


def grant_tree_permissions(group, page, collection, page_permissions=PAGE_PERMISSIONS):
    """Give ``group`` exactly ``page_permissions`` on ``page``'s subtree and full use of
    ``collection`` for documents and images."""
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    page_perms = [_permission("wagtailcore", codename) for codename in page_permissions]
    GroupPagePermission.objects.filter(group=group, page=page).exclude(
        permission__in=page_perms
    ).delete()
    for perm in page_perms:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=perm)

    for perm in collection_permissions():
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=perm
        )


@transaction.atomic
def provision_roles():
    """Create or update the network roles; return the groups by name."""
    from wagtail.models import Collection, Page

    access_admin = _permission("wagtailadmin", "access_admin")
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in NETWORK_ROLES}
    for group in groups.values():
        group.permissions.add(access_admin)

    # Starting and syncing translations (wagtail-localize); home.translation limits it to
    # what the user may edit.
    translate = _permission("wagtail_localize", "submit_translation")

    editors = groups[EDITORS]
    editors.permissions.add(*editor_model_permissions(), translate)
    grant_tree_permissions(editors, root_page, root_collection)

    administrators = groups[ADMINISTRATORS]
    administrators.permissions.add(
        *editor_model_permissions(),
        *_model_permissions(ADMINISTRATOR_MODEL_PERMISSIONS),
        translate,
    )
    grant_tree_permissions(administrators, root_page, root_collection)

    # Methodologists review through workflow tasks; they only need to see attachments.
    from wagtail.models import GroupCollectionPermission

    methodologists = groups[METHODOLOGISTS]
    for perm in collection_permissions(actions=()):
        GroupCollectionPermission.objects.get_or_create(
            group=methodologists, collection=root_collection, permission=perm
        )

    provision_workflows(groups)

    for stock in Group.objects.filter(name__in=STOCK_GROUPS):
        if stock.user_set.exists():
            logger.warning("Stock group %r still has users; left in place.", stock.name)
        else:
            stock.delete()
    return groups


def _approval_task(name, group):
    from wagtail.models import GroupApprovalTask

    task = GroupApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=name)
    task.groups.set([group])
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
    return task


def _workflow(name, tasks):
    from wagtail.models import Workflow, WorkflowTask

    workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    if [wt.task_id for wt in workflow.workflow_tasks.order_by("sort_order")] != [
        t.pk for t in tasks
    ]:
        workflow.workflow_tasks.all().delete()
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    return workflow


def provision_workflows(groups=None):
    """Partner sections: methodologists, then editors. Network pages: editors only.

    Wagtail's stock "Moderators approval" workflow on the tree root is replaced by the
    network workflow there, so nothing is published without one of our review steps.
    """
    from django.apps import apps
    from wagtail.models import Page, Workflow, WorkflowPage

    groups = groups or {name: Group.objects.get(name=name) for name in NETWORK_ROLES}
    expertise = _approval_task(EXPERTISE_TASK, groups[METHODOLOGISTS])
    editorial = _approval_task(EDITORIAL_TASK, groups[EDITORS])
    partner_workflow = _workflow(PARTNER_WORKFLOW, [expertise, editorial])
    network_workflow = _workflow(NETWORK_WORKFLOW, [editorial])

    root = Page.get_first_root_node()
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": network_workflow})
    Workflow.objects.exclude(pk__in=[partner_workflow.pk, network_workflow.pk]).filter(
        active=True
    ).update(active=False)

    try:
        PartnerIndexPage = apps.get_model("partners", "PartnerIndexPage")
    except LookupError:
        PartnerIndexPage = None
    if PartnerIndexPage is not None:
        for index in PartnerIndexPage.objects.all():
            WorkflowPage.objects.update_or_create(
                page=index, defaults={"workflow": partner_workflow}
            )
    return {"partner": partner_workflow, "network": network_workflow}


def provision_roles_after_migrate(using="default", **kwargs):
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes
    from wagtail.models import Page

    if Page.get_first_root_node() is None:
        return
    # This app is listed first, so its handler runs before Django has created the permissions
    # of the apps listed after it: create them now (both calls are idempotent).
    for app_config in apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0, using=using)
        create_permissions(app_config, verbosity=0, using=using)
    provision_roles()
