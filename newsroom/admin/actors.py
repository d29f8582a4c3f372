from django.contrib import admin
from django.db.models import Count

from newsroom.admin.inlines import TABULAR, BoundedRowsMixin, label_rows
from newsroom.admin.widgets import LabelledAutocompleteMixin
from newsroom.content.models import Actor, ActorAlias
from newsroom.edge import purge_on_commit
from newsroom.editorial.references import can_change_reference


class ActorAliasInline(BoundedRowsMixin, admin.TabularInline):
    model = ActorAlias
    template = TABULAR
    extra = 1
    verbose_name = "other name"
    verbose_name_plural = "Other names and spellings"

    def get_formset(self, request, obj=None, **kwargs):
        return label_rows(super().get_formset(request, obj, **kwargs), self.verbose_name)


class CountryFilter(admin.SimpleListFilter):
    """The countries actors are from, and the actors with none given (Django's own filter
    prints the empty country as a link with no text)."""

    title = "country"
    parameter_name = "country"
    NONE = "-"

    def lookups(self, request, model_admin):
        countries = Actor.objects.exclude(country="").order_by("country").values_list("country", flat=True).distinct()
        return [(c, c) for c in countries] + [(self.NONE, "None given")]

    def queryset(self, request, queryset):
        value = self.value()
        if value is None:
            return queryset
        return queryset.filter(country="" if value == self.NONE else value)


@admin.register(Actor)
class ActorAdmin(LabelledAutocompleteMixin, admin.ModelAdmin):
    ordering = ("name",)
    list_display = ("shown_name", "kind", "role", "affiliation", "country", "statement_count")
    list_filter = ("kind", "unnamed", CountryFilter)
    search_fields = ("name", "role", "country", "aliases__name")
    autocomplete_fields = ("affiliation",)
    prepopulated_fields = {"slug": ("name",)}
    list_select_related = ("affiliation",)
    inlines = (ActorAliasInline,)

    @admin.display(description="Name", ordering="name")
    def shown_name(self, actor):
        """The name, or an unnamed source as readers read it (“A senior official of …, unnamed”)."""
        return actor.display_name

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return can_change_reference(user=request.user, obj=obj)

    def save_model(self, request, obj, form, change):
        if change:
            purge_on_commit(obj)
        super().save_model(request, obj, form, change)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                # alone or as one of the speakers of a joint statement
                statement_count=Count("statements", distinct=True) + Count("joint_speaker_rows", distinct=True)
            )
        )

    @admin.display(description="Statements", ordering="statement_count")
    def statement_count(self, obj):
        return obj.statement_count
