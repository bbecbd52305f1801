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

PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
# Collection permissions on the custom image and document models: add/change/delete are
# named after the model, "choose" keeps Wagtail's generic codename.
COLLECTION_ACTIONS = ("add", "change", "delete")

# Models editors manage outside the page tree (taxonomies, collections of settings...), as
# "app_label.model"; models that do not exist yet are skipped, so later apps just add here.
EDITOR_MODEL_PERMISSIONS = {
    "wagtailcore.collection": ("add", "change"),
}
ADMINISTRATOR_MODEL_PERMISSIONS = {
    "auth.user": ("add", "change", "delete"),
    "auth.group": ("add", "change", "delete"),
    "wagtailcore.site": ("add", "change"),
    "home.networksettings": ("change",),
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
    for model_name, choose in (
        ("customdocument", "choose_document"),
        ("customimage", "choose_image"),
    ):
        ct = ContentType.objects.get_for_model(apps.get_model("home", model_name))
        codenames = [f"{action}_{model_name}" for action in actions] + [choose]
        perms.extend(Permission.objects.filter(content_type=ct, codename__in=codenames))
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
    from wagtail.models import Collection, GroupApprovalTask, Page

    access_admin = _permission("wagtailadmin", "access_admin")
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in NETWORK_ROLES}
    for group in groups.values():
        group.permissions.add(access_admin)

    editors = groups[EDITORS]
    editors.permissions.add(*editor_model_permissions())
    grant_tree_permissions(editors, root_page, root_collection)

    administrators = groups[ADMINISTRATORS]
    administrators.permissions.add(
        *editor_model_permissions(), *_model_permissions(ADMINISTRATOR_MODEL_PERMISSIONS)
    )
    grant_tree_permissions(administrators, root_page, root_collection)

    # Methodologists review through workflow tasks; they only need to see attachments.
    from wagtail.models import GroupCollectionPermission

    methodologists = groups[METHODOLOGISTS]
    for perm in collection_permissions(actions=()):
        GroupCollectionPermission.objects.get_or_create(
            group=methodologists, collection=root_collection, permission=perm
        )

    # Wagtail's stock approval task points at its stock "Moderators" group: hand it to editors
    # before the stock groups go, so publishing never depends on a group nobody sees.
    for task in GroupApprovalTask.objects.filter(groups__name__in=STOCK_GROUPS).distinct():
        task.groups.add(editors)
    for stock in Group.objects.filter(name__in=STOCK_GROUPS):
        if stock.user_set.exists():
            logger.warning("Stock group %r still has users; left in place.", stock.name)
        else:
            stock.delete()
    return groups


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
