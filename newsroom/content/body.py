"""The article body format: plain text, so no HTML stored in the database ever reaches a page.

Blocks are separated by a blank line. A block starting with "## " is a subhead; consecutive
blocks starting with "> " form one block quotation; anything else is a paragraph. Templates
render each block's text with autoescaping on.
"""

from dataclasses import dataclass, field

SUBHEAD = "## "
QUOTE = "> "


@dataclass
class Block:
    kind: str  # "paragraph", "subhead" or "quote"
    text: str = ""
    paragraphs: list[str] = field(default_factory=list)  # for a quote: its paragraphs


def split_blocks(text):
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    return [" ".join(chunk.split("\n")).strip() for chunk in normalised.split("\n\n") if chunk.strip()]


def parse_body(text):
    blocks = []
    for chunk in split_blocks(text):
        if chunk.startswith(SUBHEAD):
            blocks.append(Block("subhead", chunk[len(SUBHEAD) :].strip()))
        elif chunk.startswith(QUOTE):
            paragraph = chunk[len(QUOTE) :].strip()
            if blocks and blocks[-1].kind == "quote":
                blocks[-1].paragraphs.append(paragraph)
            else:
                blocks.append(Block("quote", paragraphs=[paragraph]))
        else:
            blocks.append(Block("paragraph", chunk))
    return blocks
