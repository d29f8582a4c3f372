from django.contrib import admin
from django.db.models import Count

from newsroom.models import Actor, ActorAlias
from newsroom.references import can_change_reference


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    extra = 1
    verbose_name_plural = "Other names and spellings"


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    ordering = ("name",)
    list_display = ("name", "kind", "role", "affiliation", "country", "statement_count")
    list_filter = ("kind", "country")
    search_fields = ("name", "role", "country", "aliases__name")
    autocomplete_fields = ("affiliation",)
    prepopulated_fields = {"slug": ("name",)}
    list_select_related = ("affiliation",)
    inlines = (ActorAliasInline,)

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return can_change_reference(user=request.user, obj=obj)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(statement_count=Count("statements", distinct=True))

    @admin.display(description="Statements", ordering="statement_count")
    def statement_count(self, obj):
        return obj.statement_count
