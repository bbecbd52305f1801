"""The admin form behind every material page: drafts save freely, submission needs metadata."""

from django.utils.translation import gettext
from wagtail.admin.forms import WagtailAdminPageForm


class ReviewReadyPageForm(WagtailAdminPageForm):
    """Makes the page class's ``required_for_review`` fields required on submit and publish.

    Wagtail defers required fields when an author only saves a draft
    (``defer_required_fields``), so a half-filled draft is never lost, while «Отправить на
    проверку» and «Опубликовать» run the full validation. The page class may add cross-field
    rules in ``review_errors(cleaned_data)``, returning messages.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in getattr(self._meta.model, "required_for_review", ()):
            if name in self.fields:
                self.fields[name].required = True

    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation:
            return cleaned_data
        missing = [
            str(self.fields[name].label)
            for name in getattr(self._meta.model, "required_for_review", ())
            if name in self.fields and name in self.errors
        ]
        problems = list(getattr(self._meta.model, "review_errors", lambda data: [])(cleaned_data))
        if missing:
            problems.insert(
                0,
                gettext(
                    "Чтобы отправить материал на проверку или опубликовать его, заполните: "
                    "%(fields)s. Черновик можно сохранить и без этого."
                )
                % {"fields": ", ".join(missing)},
            )
        for problem in problems:
            self.add_error(None, problem)
        return cleaned_data
