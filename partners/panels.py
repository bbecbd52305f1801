"""Dashboard panel for partner contributors: their material and where each piece stands."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState


def submission_states(pages):
    """For each page: (page, state label, detail), one query for workflows, one for the
    reviewers' last comments."""
    page_type = ContentType.objects.get_for_model(Page)
    ids = [str(page.pk) for page in pages]
    workflows = {
        state.object_id: state
        for state in WorkflowState.objects.filter(base_content_type=page_type, object_id__in=ids)
        .exclude(status=WorkflowState.STATUS_CANCELLED)
        .select_related("current_task_state__task")
        .order_by("created_at")
    }
    rejections = {
        task_state.workflow_state.object_id: task_state
        for task_state in TaskState.objects.filter(
            workflow_state__base_content_type=page_type,
            workflow_state__object_id__in=ids,
            status=TaskState.STATUS_REJECTED,
        )
        .select_related("workflow_state", "finished_by")
        .order_by("finished_at")
    }
    rows = []
    for page in pages:
        workflow = workflows.get(str(page.pk))
        if workflow and workflow.status == WorkflowState.STATUS_IN_PROGRESS:
            task = workflow.current_task_state.task if workflow.current_task_state else None
            if task:
                label = gettext("На проверке: %(task)s") % {"task": task.name}
            else:
                label = gettext("На проверке")
            rows.append((page, "review", label, ""))
        elif workflow and workflow.status == WorkflowState.STATUS_NEEDS_CHANGES:
            rejection = rejections.get(str(page.pk))
            comment = rejection.comment if rejection else ""
            rows.append((page, "changes", gettext("Возвращено на доработку"), comment))
        elif page.live and not page.has_unpublished_changes:
            rows.append((page, "live", gettext("Опубликовано"), ""))
        elif page.live:
            rows.append(
                (page, "live-draft", gettext("Опубликовано, есть неотправленные правки"), "")
            )
        else:
            rows.append((page, "draft", gettext("Черновик"), ""))
    return rows


class MySubmissionsPanel(Component):
    name = "my_submissions"
    order = 50
    template_name = "partners/admin/panel_my_submissions.html"

    def __init__(self, sections):
        self.sections = sections

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        pages = []
        for section in self.sections:
            pages.extend(
                Page.objects.descendant_of(section, inclusive=True).order_by(
                    "-latest_revision_created_at"
                )[:30]
            )
        context["rows"] = submission_states(pages)
        return context
