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
    """A photo with its caption and credit, or a caption printed without its photo (`picture` None)."""

    text: str
    credit: str
    picture: object = None
    kind: str = "caption"


@dataclass
class Story:
    items: list  # Figures and quotations.QuotedBlocks, in reading order
    dateline_block: object  # the QuotedBlock the dateline opens
    citations: list  # the citations the text links to, in order of first appearance
    summary: str
    photo: object  # the photo that stands for the article when shared (photos.lead_photo)
    lead: Figure | None  # the card photo, atop the story, when no caption in the text shows it


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
        lead=_lead(article, captions),
    )


def _figure(caption):
    if not caption.photo_id:
        return Figure(caption.text, caption.credit)
    return Figure(caption.text, caption.credit or caption.photo.credit, picture(caption.photo))


def _lead(article, captions):
    """The card photo a reader saw on the list, at the top of the story, unless the text places it or
    opens with a photo of its own (two photos before the first line push the story off a phone's screen)."""
    if not article.card_photo_id or any(c.photo_id == article.card_photo_id for c in captions):
        return None
    if any(c.photo_id and c.position == 0 for c in captions):
        return None
    photo = article.card_photo
    found = picture(photo)
    return Figure(photo.caption, photo.credit, found) if found else None


def summary(article):
    """What a card says about an article: its dek, or the first sentences of its text."""
    if article.dek:
        return article.dek
    first = next((b.text for b in article.body_blocks if b.kind == "paragraph"), "")
    sentences = SENTENCE_END.split(first)
    return Truncator(" ".join(sentences[:SUMMARY_SENTENCES])).words(SUMMARY_WORDS)
