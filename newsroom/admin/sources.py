from django.contrib import admin
from django.db.models import Count

from newsroom.content.models import Source
from newsroom.edge import purge_on_commit
from newsroom.editorial.references import can_change_reference


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    ordering = ("name",)
    list_display = ("name", "kind", "url", "article_count", "statement_count")
    list_filter = ("kind",)
    search_fields = ("name", "url", "description")
    prepopulated_fields = {"slug": ("name",)}

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
                article_count=Count("articles", distinct=True), statement_count=Count("statements", distinct=True)
            )
        )

    @admin.display(description="Articles drawing on it", ordering="article_count")
    def article_count(self, obj):
        return obj.article_count

    @admin.display(description="Statements", ordering="statement_count")
    def statement_count(self, obj):
        return obj.statement_count
