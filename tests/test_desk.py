"""The editor's desk in the admin: transitions that save first, publishing with cited
statements, history that says what happened, comments, assignments, autosave, the preview, the
searching filters and tag suggestions."""

import datetime
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from newsroom.content.models import Actor, Article, Statement
from newsroom.content.states import Status
from newsroom.desk import activity, assignments, autosave, comments
from newsroom.desk.models import AutosavedDraft, Comment
from newsroom.editorial import workflow
from tests import factories
from tests.test_admin import article_form, change_url, management_data

pytestmark = pytest.mark.django_db


def admin_url(item, name):
    return reverse(f"admin:newsroom_{item._meta.model_name}_{name}", args=[item.pk])


def messages_of(response):
    return [str(m) for m in response.context["messages"]] if response.context else []


# Finding 2: a workflow button on the change page saves the form first.


def test_submit_from_the_change_page_saves_the_edit_first(client, reporter):
    article = factories.article(created_by=reporter, body="Old body.")
    client.force_login(reporter)
    form = article_form(client, change_url(article), headline=article.headline, slug=article.slug, body="New body.")
    response = client.post(change_url(article), {**form, "_transition": "submit"}, follow=True)
    article.refresh_from_db()
    assert (article.body, article.status) == ("New body.", Status.IN_REVIEW)
    assert any("is now in review" in m for m in messages_of(response))
    # The step names the version just saved: the edit's revision, then the step's.
    assert list(article.history.order_by("history_date").values_list("version", flat=True))[-2:] == [2, 3]


def test_a_transition_with_a_form_that_does_not_validate_saves_nothing_and_takes_no_step(client, reporter):
    article = factories.article(created_by=reporter, body="Old body.")
    client.force_login(reporter)
    form = article_form(client, change_url(article), headline="", slug=article.slug, body="New body.")
    response = client.post(change_url(article), {**form, "_transition": "submit"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "This field is required." in page
    assert "no workflow step was taken" in page
    assert "New body.</textarea>" in page  # the text stays in the form
    article.refresh_from_db()
    assert (article.body, article.status) == ("Old body.", Status.DRAFT)
    assert not article.log.exists()


def test_a_transition_refused_by_the_workflow_keeps_the_saved_edit_and_says_so(client, editor):
    article = factories.article()
    client.force_login(editor)
    form = article_form(client, change_url(article), headline=article.headline, slug=article.slug, body="Edited.")
    response = client.post(change_url(article), {**form, "_transition": "return"}, follow=True)
    article.refresh_from_db()
    assert article.body == "Edited." and article.status == Status.DRAFT
    assert any("saved; “Return to reporter” was not taken" in m for m in messages_of(response))


def test_an_edit_conflict_still_refuses_the_save_and_the_step(client, editor):
    article = factories.article(body="Original.")
    client.force_login(editor)
    form = article_form(client, change_url(article), headline=article.headline, slug=article.slug, body="Mine.")
    Article.objects.filter(pk=article.pk).update(version=2, body="Theirs.")
    response = client.post(change_url(article), {**form, "_transition": "publish"})
    assert response.status_code == 200 and "Someone saved this article" in response.content.decode()
    article.refresh_from_db()
    assert (article.body, article.status) == ("Theirs.", Status.DRAFT)


def test_a_publish_from_the_change_page_takes_the_schedule_fields(client, editor):
    article = factories.article()
    client.force_login(editor)
    form = article_form(client, change_url(article), headline=article.headline, slug=article.slug, body="Text.")
    client.post(
        change_url(article),
        {**form, "_transition": "publish", "transition-publish-go_live_at": "2099-01-02T10:00"},
    )
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED
    assert timezone.localtime(article.go_live_at).strftime("%Y-%m-%d %H:%M") == "2099-01-02 10:00"


def test_enter_in_a_text_box_saves_rather_than_taking_a_step(client, editor):
    """The form's first submit button (what Enter presses) is a save."""
    page = client.get(change_url(factories.article())) if client.force_login(editor) is None else None
    html = page.content.decode()
    form_start = html.index('id="article_form"')
    first_button = html.index("<button", form_start)
    assert 'name="_continue"' in html[first_button : html.index(">", first_button)]


# Finding 1, in the admin.


def citation_fields(citation):
    """The rendered citation inline row, as the browser sends it back."""
    prefix = "citations-0-"
    return {
        f"{prefix}id": citation.pk,
        f"{prefix}article": citation.article_id,
        f"{prefix}order": citation.order,
        f"{prefix}statement": citation.statement_id,
        f"{prefix}wording": citation.wording,
    }


def test_an_editor_publishes_with_the_cited_statements_from_the_change_page(client, reporter, editor):
    article = factories.article(created_by=reporter)
    quoted = factories.statement(created_by=reporter, text="We call for restraint.")
    cited = factories.citation(article, quoted)
    client.force_login(reporter)
    form = article_form(client, change_url(article), headline=article.headline, slug=article.slug, body="Text.")
    form.update(citation_fields(cited))
    client.post(change_url(article), {**form, "_transition": "submit"})
    assert Article.objects.get(pk=article.pk).status == Status.IN_REVIEW

    client.force_login(editor)
    page = client.get(change_url(article)).content.decode()
    assert "We call for restraint." in page and 'value="publish_with_statements"' in page
    form = article_form(client, change_url(article), headline=article.headline, slug=article.slug, body="Text.")
    form.update(citation_fields(cited))
    form["transition-publish-statement_versions"] = f"{quoted.pk}:{Statement.objects.get(pk=quoted.pk).version}"
    response = client.post(change_url(article), {**form, "_transition": "publish_with_statements"}, follow=True)
    assert any("with 1 cited statement" in m for m in messages_of(response))
    assert Statement.objects.live().filter(pk=quoted.pk).exists()
    assert Article.objects.live().filter(pk=article.pk).exists()
    assert quoted.log.get().user == editor


# Finding 3: history.


def test_revisions_say_what_happened_and_by_whom(client, reporter, editor):
    article = factories.article(created_by=reporter)
    client.force_login(reporter)
    form = article_form(client, change_url(article), headline=article.headline, slug=article.slug, body="Better.")
    client.post(change_url(article), form)
    workflow.transition(item=article, user=reporter, name="submit")
    workflow.transition(item=article, user=editor, note="Name the source.", name="return")
    client.force_login(editor)
    page = client.get(admin_url(article, "history")).content.decode()
    assert "Return to reporter: Name the source." in page
    assert "Submit for review" in page and "Edited" in page
    assert ">None<" not in page and "Changed" not in page
    versions = list(article.history.values_list("version", flat=True))
    assert len(versions) == len(set(versions))  # no two revisions share a label


def test_the_default_comparison_is_the_last_content_change(client, reporter, editor):
    article = factories.article(created_by=reporter, body="First draft.")
    client.force_login(reporter)
    form = article_form(client, change_url(article), headline=article.headline, slug=article.slug, body="Second draft.")
    client.post(change_url(article), form)
    workflow.transition(item=article, user=reporter, name="submit")
    workflow.transition(item=article, user=editor, name="publish")
    client.force_login(editor)
    page = client.get(admin_url(article, "compare")).content.decode()
    assert "<del>First</del><ins>Second</ins> draft." in page
    assert "No content differs" not in page


# Findings 4 and 5.


def test_the_workflow_log_label_shows_local_time(editor, settings):
    settings.TIME_ZONE = "Asia/Yerevan"
    article = factories.article()
    workflow.transition(item=article, user=editor, name="publish")
    entry = article.log.get()
    entry.created_at = datetime.datetime(2026, 1, 1, 8, 0, tzinfo=datetime.UTC)
    with timezone.override("Asia/Yerevan"):
        assert str(entry).endswith("at 2026-01-01 12:00")


def test_created_by_and_the_log_name_people_without_linking_to_the_user_admin(client, reporter):
    reporter.first_name, reporter.last_name = "Rita", "Reporter"
    reporter.save()
    article = factories.article(created_by=reporter)
    workflow.transition(item=article, user=reporter, name="submit")
    client.force_login(reporter)
    page = client.get(change_url(article)).content.decode()
    assert page.count("Rita Reporter") >= 2  # created by, and who submitted it
    assert "/admin/auth/user/" not in page


# Comments.


def test_comments_are_kept_beside_the_item_and_shown_in_its_history(client, reporter, editor):
    article = factories.article(created_by=reporter)
    client.force_login(editor)
    client.post(admin_url(article, "comment"), {"text": "Can we get a second source?"})
    client.force_login(reporter)
    client.post(admin_url(article, "comment"), {"text": "Calling Interfax now."})
    assert list(article.comments.values_list("author__username", "text")) == [
        (editor.username, "Can we get a second source?"),
        (reporter.username, "Calling Interfax now."),
    ]
    assert "Calling Interfax now." in client.get(change_url(article)).content.decode()
    assert "Can we get a second source?" in client.get(admin_url(article, "history")).content.decode()
    assert article.version == Article.objects.get(pk=article.pk).version  # not part of the text


def test_an_empty_comment_is_a_clear_error(client, reporter):
    article = factories.article(created_by=reporter)
    client.force_login(reporter)
    response = client.post(admin_url(article, "comment"), {"text": "   "}, follow=True)
    assert any("The comment was not added" in m for m in messages_of(response))
    assert not Comment.objects.exists()
    with pytest.raises(ValidationError):
        comments.comment_add(item=article, user=reporter, text="")


def test_staff_without_a_role_cannot_comment():
    article = factories.article()
    with pytest.raises(PermissionDenied):
        comments.comment_add(item=article, user=factories.user(None), text="Hello")


# Assignments and the desk.


def test_an_editor_assigns_an_item_in_review_with_a_due_time(client, reporter, editor):
    article = factories.article(created_by=reporter)
    workflow.transition(item=article, user=reporter, name="submit")
    client.force_login(editor)
    response = client.post(
        admin_url(article, "assign"), {"assigned_to": editor.pk, "due_at": "2026-12-01T18:00"}, follow=True
    )
    assert any("Assigned" in m for m in messages_of(response))
    assignment = Article.objects.get(pk=article.pk).assignment
    assert assignment.assigned_to == editor and assignment.assigned_by == editor
    assert timezone.localtime(assignment.due_at).strftime("%Y-%m-%d %H:%M") == "2026-12-01 18:00"


def test_only_editors_assign_and_only_to_editors(reporter, other_reporter, editor):
    article = factories.article(created_by=reporter)
    with pytest.raises(PermissionDenied):
        assignments.assignment_set(item=article, user=reporter, assigned_to=editor)
    with pytest.raises(ValidationError, match="not an editor"):
        assignments.assignment_set(item=article, user=editor, assigned_to=other_reporter)
    workflow.transition(item=article, user=editor, name="publish")
    with pytest.raises(ValidationError, match="nothing left to assign"):
        assignments.assignment_set(item=article, user=editor, assigned_to=editor)


def test_the_desk_shows_my_assignments_overdue_first_and_what_changed_since_i_looked(client, reporter, editor):
    now = timezone.now()
    later, overdue, undated = (
        factories.article(created_by=reporter, headline=h) for h in ("Later", "Overdue", "Undated")
    )
    for article, due in (
        (later, now + datetime.timedelta(hours=5)),
        (overdue, now - datetime.timedelta(hours=1)),
        (undated, None),
    ):
        workflow.transition(item=article, user=reporter, name="submit")
        assignments.assignment_set(item=article, user=editor, assigned_to=editor, due_at=due)
    assert [a.item.headline for a in assignments.assigned_to(user=editor, now=now)] == ["Overdue", "Later", "Undated"]

    client.force_login(editor)
    page = client.get(reverse("admin:index")).content.decode()
    assert page.index("Overdue") < page.index("Later") < page.index("Undated")
    assert "nr-overdue" in page
    assert "Submit for review by" in page  # news since the editor last looked

    client.post(reverse("admin:index"), {"desk_seen": "1"})
    assert activity.changes_since(user=editor)[1] == []
    comments.comment_add(item=later, user=reporter, text="Photo on its way.")
    since, changes = activity.changes_since(user=editor)
    assert since is not None and [(c.what, c.text) for c in changes] == [("Comment", "Photo on its way.")]


def test_a_reporter_hears_only_about_their_own_items(reporter, other_reporter, editor):
    mine, theirs = factories.article(created_by=reporter), factories.article(created_by=other_reporter)
    workflow.transition(item=mine, user=editor, name="publish")
    workflow.transition(item=theirs, user=editor, name="publish")
    assert [c.item for c in activity.changes_since(user=reporter)[1]] == [mine]


# Autosave.


def post_autosave(client, url, **payload):
    return client.post(url, json.dumps(payload), content_type="application/json")


def test_autosave_keeps_a_copy_without_touching_the_item_and_offers_it_back(client, reporter):
    article = factories.article(created_by=reporter, body="Saved body.")
    client.force_login(reporter)
    response = post_autosave(
        client, admin_url(article, "autosave"), opened_version=1, data={"body": "Typed, not saved."}
    )
    assert response.status_code == 200
    article.refresh_from_db()
    assert (article.body, article.version) == ("Saved body.", 1)
    page = client.get(change_url(article)).content.decode()
    assert "You have changes that were not saved" in page and "Typed, not saved." in page

    form = article_form(client, change_url(article), headline=article.headline, slug=article.slug, body="Final.")
    client.post(change_url(article), form)
    assert not AutosavedDraft.objects.exists()  # a save forgets the copy


def test_autosave_of_a_new_article(client, reporter):
    client.force_login(reporter)
    url = reverse("admin:newsroom_article_add_autosave")
    assert post_autosave(client, url, data={"headline": "Half a headline"}).status_code == 200
    assert "Half a headline" in client.get(reverse("admin:newsroom_article_add")).content.decode()


def test_a_restored_autosave_cannot_overwrite_a_later_save(client, reporter, editor):
    """The copy keeps the version it was typed on; the conflict check refuses it as any stale edit."""
    article = factories.article(created_by=reporter, body="Original.")
    client.force_login(reporter)
    post_autosave(client, admin_url(article, "autosave"), opened_version=1, data={"body": "Reporter's copy."})
    workflow.transition(item=article, user=reporter, name="submit")
    workflow.transition(item=article, user=editor, note="Fix the date", name="return")  # now version 3
    form = article_form(client, change_url(article), headline=article.headline, slug=article.slug)
    draft = AutosavedDraft.objects.get()
    response = client.post(change_url(article), {**form, **draft.data, "opened_version": draft.opened_version})
    assert "Someone saved this article" in response.content.decode()
    assert Article.objects.get(pk=article.pk).body == "Original."


def test_autosave_refuses_bad_input_and_other_peoples_items(client, reporter, other_reporter):
    article = factories.article(created_by=reporter)
    client.force_login(other_reporter)
    assert post_autosave(client, admin_url(article, "autosave"), data={"body": "x"}).status_code == 403
    client.force_login(reporter)
    url = admin_url(article, "autosave")
    assert client.post(url, "not json", content_type="application/json").status_code == 400
    assert post_autosave(client, url, data=["body"]).status_code == 400
    assert post_autosave(client, url, data={"body": {"nested": 1}}).status_code == 400
    assert post_autosave(client, url, data={"body": "x" * (autosave.AUTOSAVE_MAX_BYTES + 1)}).status_code == 400
    assert not AutosavedDraft.objects.exists()


# Preview of the unsaved form.


def test_the_preview_shows_the_unsaved_form_as_readers_would_and_saves_nothing(client, reporter):
    article = factories.article(created_by=reporter, headline="Saved headline", body="Saved body.")
    client.force_login(reporter)
    form = article_form(
        client,
        change_url(article),
        headline="Unsaved headline",
        slug=article.slug,
        body="## Reactions\n\nUnsaved body.",
        tags="ceasefire",
    )
    response = client.post(admin_url(article, "preview"), form)
    page = response.content.decode()
    assert response.status_code == 200 and "Unsaved headline" in page and "Unsaved body." in page
    assert "<h2>Reactions</h2>" in page
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    article.refresh_from_db()
    assert (article.headline, article.body, article.version) == ("Saved headline", "Saved body.", 1)
    assert not article.tags.exists() and not Tag.objects.filter(name="ceasefire").exists()
    assert article.history.count() == 1


def test_the_preview_of_a_new_article_leaves_no_article(client, reporter):
    client.force_login(reporter)
    add = reverse("admin:newsroom_article_add")
    form = article_form(client, add, headline="Brand new", slug="brand-new", body="Fresh text.")
    response = client.post(reverse("admin:newsroom_article_add_preview"), form)
    assert "Fresh text." in response.content.decode()
    assert not Article.objects.filter(slug="brand-new").exists()


def test_the_preview_lists_what_is_missing(client, reporter):
    article = factories.article(created_by=reporter)
    client.force_login(reporter)
    form = article_form(client, change_url(article), headline="", slug=article.slug, body="Text.")
    page = client.post(admin_url(article, "preview"), form).content.decode()
    assert "The preview needs a few things first" in page and "Headline" in page


def test_the_preview_of_someone_elses_draft_is_refused(client, reporter, other_reporter):
    article = factories.article(created_by=reporter)
    client.force_login(other_reporter)
    assert client.post(admin_url(article, "preview"), {}).status_code == 403


# Searching filters and tag suggestions.


def test_list_filters_hold_one_value_not_every_actor_and_tag(client, editor):
    Actor.objects.bulk_create(Actor(name=f"Actor {n:04}", slug=f"actor-{n:04}") for n in range(5000))
    Tag.objects.bulk_create(Tag(name=f"tag {n:04}", slug=f"tag-{n:04}") for n in range(2000))
    chosen = Actor.objects.get(slug="actor-4321")
    quoted = factories.article(headline="Quotes actor 4321")
    quoted.actors.add(chosen)
    other = factories.article(headline="Quotes nobody")
    client.force_login(editor)
    page = client.get(reverse("admin:newsroom_article_changelist")).content.decode()
    assert "Actor 0001" not in page and "tag 0001" not in page
    assert len(page) < 200_000
    filtered = client.get(reverse("admin:newsroom_article_changelist"), {"actors__pk__exact": chosen.pk})
    html = filtered.content.decode()
    assert "Quotes actor 4321" in html and other.headline not in html
    assert f'<option value="{chosen.pk}" selected>Actor 4321</option>' in html
    assert client.get(reverse("admin:newsroom_article_changelist"), {"actors__pk__exact": "x"}).status_code != 500


def test_the_tag_box_suggests_existing_tags_starting_with_what_is_typed_first(client, reporter):
    for name in ("Lachin corridor", "Closing of Lachin", "NATO"):
        Tag.objects.create(name=name, slug=name.lower().replace(" ", "-"))
    client.force_login(reporter)
    data = client.get(reverse("admin:newsroom_article_tags"), {"term": "lach"}).json()
    assert data["names"] == ["Lachin corridor", "Closing of Lachin"]
    assert data["results"][0]["text"] == "Lachin corridor"
    page = client.get(reverse("admin:newsroom_article_add")).content.decode()
    assert 'list="id_tags-suggestions"' in page and 'data-suggestions-url="/admin/newsroom/article/tags/"' in page


def test_the_tag_filter_narrows_the_statement_list(client, editor):
    tagged, untagged = (
        factories.statement(text="Tagged words here.", tags=["Ceasefire"]),
        factories.statement(text="Other words here."),
    )
    client.force_login(editor)
    tag = Tag.objects.get(name="Ceasefire")
    html = client.get(reverse("admin:newsroom_statement_changelist"), {"tags__pk__exact": tag.pk}).content.decode()
    assert "Tagged words here." in html and "Other words here." not in html
    assert untagged.pk != tagged.pk


def test_staff_without_a_role_gets_no_tag_suggestions(client):
    client.force_login(factories.user(None))
    assert client.get(reverse("admin:newsroom_article_tags"), {"term": "a"}).status_code == 403


def test_the_preview_of_a_statement_shows_its_unsaved_words(client, reporter):
    statement = factories.statement(created_by=reporter, text="Saved words.")
    client.force_login(reporter)
    url = change_url(statement)
    page = client.get(url).content.decode()
    form = {
        **management_data(page),
        "actor": statement.actor_id,
        "text": "Unsaved words of the minister.",
        "medium": statement.medium,
        "tags": "",
    }
    response = client.post(admin_url(statement, "preview"), form)
    assert "Unsaved words of the minister." in response.content.decode()
    assert Statement.objects.get(pk=statement.pk).text == "Saved words."


def test_a_read_only_page_offers_no_preview_or_autosave(client, reporter):
    article = factories.article(created_by=reporter)
    workflow.transition(item=article, user=reporter, name="submit")
    client.force_login(reporter)
    page = client.get(change_url(article)).content.decode()
    assert "data-preview-open" not in page and "data-autosave-url" not in page
