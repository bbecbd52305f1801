"""A new partner directory gets the partner review workflow, so every section under it is
reviewed by methodologists and editors without anyone remembering to assign it."""

from django.db.models.signals import post_save

from home.roles import PARTNER_WORKFLOW


def assign_partner_workflow(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    from wagtail.models import Workflow, WorkflowPage

    workflow = Workflow.objects.filter(name=PARTNER_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})


def connect():
    from .models import PartnerIndexPage

    post_save.connect(
        assign_partner_workflow, sender=PartnerIndexPage, dispatch_uid="partner-workflow"
    )
