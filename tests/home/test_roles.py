"""Roles are data: after `migrate` on an empty database the network groups exist."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, Page, Workflow

from home.roles import (
    ADMINISTRATORS,
    EDITORIAL_TASK,
    EDITORS,
    EXPERTISE_TASK,
    METHODOLOGISTS,
    NETWORK_WORKFLOW,
    PARTNER_WORKFLOW,
    provision_roles,
)

pytestmark = pytest.mark.django_db


def page_codenames(group):
    return set(group.page_permissions.values_list("permission__codename", flat=True))


def test_network_groups_exist_after_migrate():
    names = set(Group.objects.values_list("name", flat=True))
    assert {ADMINISTRATORS, EDITORS, METHODOLOGISTS} <= names
    # Wagtail's stock groups are replaced by ours.
    assert not names & {"Moderators", "Editors"}


def test_editors_publish_anywhere_methodologists_do_not():
    root = Page.get_first_root_node()
    editors = Group.objects.get(name=EDITORS)
    methodologists = Group.objects.get(name=METHODOLOGISTS)
    assert {"add_page", "change_page", "publish_page"} <= page_codenames(editors)
    assert editors.page_permissions.filter(page=root).exists()
    assert page_codenames(methodologists) == set()
    for group in (editors, methodologists):
        assert group.permissions.filter(codename="access_admin").exists()
    collection_perms = set(
        methodologists.collection_permissions.filter(
            collection=Collection.get_first_root_node()
        ).values_list("permission__codename", flat=True)
    )
    assert collection_perms == {"choose_document", "choose_image"}


def test_administrators_manage_users_and_groups():
    administrators = Group.objects.get(name=ADMINISTRATORS)
    codenames = set(administrators.permissions.values_list("codename", flat=True))
    assert {"add_user", "change_user", "add_group", "change_group"} <= codenames


def test_review_workflows_exist_after_migrate():
    root = Page.get_first_root_node()
    network = Workflow.objects.get(name=NETWORK_WORKFLOW)
    partner = Workflow.objects.get(name=PARTNER_WORKFLOW)
    steps = [
        (task.name, [group.name for group in task.specific.groups.all()]) for task in partner.tasks
    ]
    assert steps == [(EXPERTISE_TASK, [METHODOLOGISTS]), (EDITORIAL_TASK, [EDITORS])]
    assert [task.name for task in network.tasks] == [EDITORIAL_TASK]
    # Network pages are reviewed by editors; Wagtail's stock workflow is switched off.
    assert root.get_workflow() == network
    assert set(Workflow.objects.filter(active=True)) == {network, partner}


def test_partner_directory_gets_the_partner_workflow(home_page):
    from tests.factories import PartnerIndexPageFactory, PartnerPageFactory

    index = PartnerIndexPageFactory(parent=home_page)
    section = PartnerPageFactory(parent=index)
    assert section.get_workflow().name == PARTNER_WORKFLOW
    assert home_page.get_workflow().name == NETWORK_WORKFLOW


def test_provisioning_twice_changes_nothing():
    def snapshot():
        return {
            group.name: (
                sorted(group.permissions.values_list("pk", flat=True)),
                sorted(group.page_permissions.values_list("pk", flat=True)),
                sorted(group.collection_permissions.values_list("pk", flat=True)),
            )
            for group in Group.objects.all()
        }

    before = snapshot()
    provision_roles()
    assert snapshot() == before
