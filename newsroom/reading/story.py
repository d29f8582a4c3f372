"""How an article reads on its page: body blocks with photos placed, the dateline on the first
paragraph, quotations linked to the statements they come from; and the summary a card shows."""

import re
from dataclasses import dataclass

from django.utils.text import Truncator

from newsroom.content.photos import lead_photo, picture
from newsroom.reading.quotations import link_quotations, linked_citations

SUMMARY_SENTENCES = 2
SUMMARY_WORDS = 45
SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“])")


@dataclass
class Figure:
    """A caption, with its photo's renditions when it has a photo."""

    caption: object
    picture: object = None
    kind: str = "caption"

    @property
    def text(self):
        return self.caption.text

    @property
    def credit(self):
        return self.caption.credit or (self.caption.photo.credit if self.caption.photo_id else "")


@dataclass
class Story:
    items: list  # Figures and quotations.QuotedBlocks, in reading order
    dateline_block: object  # the QuotedBlock the dateline opens
    citations: list  # the citations the text links to, in order of first appearance
    summary: str
    photo: object  # the photo that stands for the article when shared (photos.lead_photo)


def layout(article, citations=()):
    """The article's body as a page shows it. `citations` are those readers may see
    (querysets.citations_of_live_statements()); quotations of any other statement stay plain text."""
    captions = list(article.captions.all())
    quoted = link_quotations(article.body_blocks, citations)
    items = []
    for index, block in enumerate(quoted):
        items.extend(_figure(c) for c in captions if c.position == index)
        items.append(block)
    items.extend(_figure(c) for c in captions if c.position >= len(quoted))
    # The dateline opens the first paragraph of text, whatever (caption, subhead) comes before it.
    first = next((b for b in quoted if b.kind == "paragraph"), None)
    return Story(
        items=items,
        dateline_block=first,
        citations=linked_citations(quoted),
        summary=summary(article),
        photo=lead_photo(article),
    )


def _figure(caption):
    return Figure(caption, picture(caption.photo) if caption.photo_id else None)


def summary(article):
    """What a card says about an article: its dek, or the first sentences of its text."""
    if article.dek:
        return article.dek
    first = next((b.text for b in article.body_blocks if b.kind == "paragraph"), "")
    sentences = SENTENCE_END.split(first)
    return Truncator(" ".join(sentences[:SUMMARY_SENTENCES])).words(SUMMARY_WORDS)
