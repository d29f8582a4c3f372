"""Finding published articles and statements by their words; the site's search page and the API's `q`.

Every word must appear in the item's text. On PostgreSQL an item also matches through the
full-text engine (English stemming, so “killing” finds “killed”); the literal match stays beside it
because the engine reads some runs as one token (“mistrust/doubts” is a file path to it).
"""

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Q

from newsroom.models import Article, Statement

FIELDS = {
    Article: ("headline", "dek", "body", "byline", "dateline"),
    Statement: ("text", "summary", "occasion", "actor__name"),
}


def search(queryset, words):
    """`queryset` narrowed to items whose text matches every word of `words`."""
    words = " ".join(words.split())
    if not words:
        return queryset
    fields = FIELDS[queryset.model]
    every_word = Q()
    for word in words.split():
        any_field = Q()
        for field in fields:
            any_field |= Q(**{f"{field}__icontains": word})
        every_word &= any_field
    if connection.vendor != "postgresql":
        return queryset.filter(every_word)
    query = SearchQuery(words, config="english", search_type="websearch")
    return queryset.annotate(search=SearchVector(*fields, config="english")).filter(Q(search=query) | every_word)
