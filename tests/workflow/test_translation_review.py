"""Translations under the network's rules: an English translation of a partner's material is
reviewed like the Russian one, stays the partner's own, and is flagged when its source
changes after the last sync."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from home.roles import PARTNER_WORKFLOW
from home.translation import SUBMIT_ACTION, outdated_translations
from tests.workflow.test_editorial_path import TITLE, act, create_and_submit

pytestmark = pytest.mark.django_db

PASSWORD = "test-password-123"


def denied(response):
    """The admin answers a refused action with 403, or by sending the user back to the
    dashboard with «нет прав» (Wagtail's require_admin_access)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def english():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def published(client, network, terms):
    """A partner's publication, through the whole review, live in Russian."""
    page = create_and_submit(client, network, terms)
    act(client, network["methodologist"], page, "approve")
    act(client, network["editor"], page, "approve")
    page.refresh_from_db()
    assert page.live
    return page


@pytest.fixture
def translated(client, network, published):
    """The editor starts an English translation (wagtail-localize's own view)."""
    client.force_login(network["editor"])
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[published.pk]),
        {"locales": [english().pk]},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    return published.get_translation(english())


def translate_all_strings(translation, prefix="EN: "):
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": prefix + segment.string.data},
        )


def test_translation_inherits_workflow_and_partner_permissions(network, translated):
    a, b = network["a"], network["b"]
    assert not translated.live
    assert translated.get_workflow().name == PARTNER_WORKFLOW
    english_section = a.partner.get_translation(english())
    assert translated.get_parent().pk == english_section.pk
    assert english_section.get_workflow().name == PARTNER_WORKFLOW
    assert translated.permissions_for_user(a.user).can_edit()
    assert not translated.permissions_for_user(a.user).can_publish()
    assert not translated.permissions_for_user(b.user).can_edit()


def test_partner_translation_passes_the_same_review(client, network, translated):
    a = network["a"]
    translation = Translation.objects.get(
        source__object_id=translated.translation_key, target_locale=english()
    )
    edit_url = reverse("wagtailadmin_pages:edit", args=[translated.pk])
    client.force_login(a.user)

    page = client.get(edit_url).content.decode()
    assert "Отправить перевод на проверку" in page

    # Strings missing: nothing is saved, nothing starts, the partner is told what to do.
    response = client.post(edit_url, {SUBMIT_ACTION: "1"}, follow=True)
    assert "Переведите их и отправьте снова" in response.content.decode()
    assert not WorkflowState.objects.filter(object_id=str(translated.pk)).exists()

    translate_all_strings(translation)
    response = client.post(edit_url, {SUBMIT_ACTION: "1"}, follow=True)
    assert "отправлен на проверку" in response.content.decode()
    translated.refresh_from_db()
    assert not translated.live
    assert translated.current_workflow_task.name == "Методическая экспертиза"
    assert translated.get_latest_revision_as_object().title == "EN: " + TITLE

    # Sending twice does not start a second review.
    response = client.post(edit_url, {SUBMIT_ACTION: "1"}, follow=True)
    assert "уже на проверке" in response.content.decode()
    client.logout()

    act(client, network["methodologist"], translated, "approve", "Termin checked.")
    translated.refresh_from_db()
    assert not translated.live
    act(client, network["editor"], translated, "approve")
    translated.refresh_from_db()
    assert translated.live
    assert translated.title == "EN: " + TITLE

    # The English page is public under /en/, the Russian one is unchanged.
    response = client.get(translated.get_url())
    assert response.status_code == 200
    assert translated.get_url().startswith("/en/")
    assert "EN: " + TITLE in response.content.decode()


def test_another_partner_cannot_send_the_translation(client, network, translated):
    translation = Translation.objects.get(
        source__object_id=translated.translation_key, target_locale=english()
    )
    translate_all_strings(translation)
    client.force_login(network["b"].user)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[translated.pk]), {SUBMIT_ACTION: "1"}
    )
    assert denied(response)
    assert not WorkflowState.objects.filter(object_id=str(translated.pk)).exists()


def test_starting_a_translation_needs_edit_rights_on_the_page(client, network, published):
    """wagtail-localize only checks its global permission; ours also checks the page."""
    methodologist = network["methodologist"]
    methodologist.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        )
    )
    client.force_login(methodologist)
    url = reverse("wagtail_localize:submit_page_translation", args=[published.pk])
    assert denied(client.get(url))
    assert denied(client.post(url, {"locales": [english().pk]}))
    assert not Page.objects.filter(
        translation_key=published.translation_key, locale=english()
    ).exists()
    # Partners do not start translations at all.
    client.force_login(network["a"].user)
    assert denied(client.get(url))


def test_outdated_flag_appears_after_source_edit_and_clears_after_sync(client, network, translated):
    translation = Translation.objects.get(
        source__object_id=translated.translation_key, target_locale=english()
    )
    translate_all_strings(translation)
    translation.save_target(publish=True)
    assert not outdated_translations().filter(pk=translation.pk).exists()

    editor = network["editor"]
    client.force_login(editor)
    assert "Устаревшие переводы" not in client.get(reverse("wagtailadmin_home")).content.decode()

    source = translated.get_translation(Locale.objects.get(language_code="ru"))
    source.title = TITLE + " (дополнено)"
    source.save_revision(user=editor).publish(user=editor)
    assert outdated_translations().filter(pk=translation.pk).exists()

    sync_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Устаревшие переводы" in dashboard
    assert sync_url in dashboard
    editor_page = client.get(
        reverse("wagtailadmin_pages:edit", args=[translated.pk])
    ).content.decode()
    assert "изменилась после последней синхронизации" in editor_page
    assert sync_url in editor_page

    response = client.post(sync_url, {})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert not outdated_translations().filter(pk=translation.pk).exists()
    assert "Устаревшие переводы" not in client.get(reverse("wagtailadmin_home")).content.decode()
    # The new source string now waits for translation in the translation editor.
    new_string = StringSegment.objects.filter(
        source=translation.source, string__data=TITLE + " (дополнено)"
    )
    assert new_string.exists()
