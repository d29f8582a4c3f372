"""Tag slugs: every tag gets a non-empty slug that the site's URLs accept, whatever its name.

Taggit slugifies a name by keeping its letters, digits and hyphens, so a tag made only of symbols
(“🇦🇲”, “!!!”) got an empty slug and every link to it failed. Such names are spelt out instead,
from their Unicode character names (“!!!” → exclamation-mark-exclamation-mark-exclamation-mark),
and a flag becomes its country code (“🇦🇲” → flag-am).
"""

import unicodedata

from django.utils.text import slugify

# taggit's Tag.slug holds 100 characters; leave room for the “_2” it appends on a collision.
MAX_SLUG = 90
REGIONAL_INDICATOR_A = 0x1F1E6


def _spelt_out(name):
    words = []
    for char in name:
        code = ord(char)
        if REGIONAL_INDICATOR_A <= code < REGIONAL_INDICATOR_A + 26:
            letter = chr(ord("a") + code - REGIONAL_INDICATOR_A)
            if words and words[-1].startswith("flag-") and len(words[-1]) == 6:
                words[-1] += letter
            else:
                words.append(f"flag-{letter}")
        elif not char.isspace() and unicodedata.category(char) not in ("Mn", "Cf"):
            # Combining marks and format characters (variation selectors, joiners) add nothing to spell.
            words.append(unicodedata.name(char, f"u{code:04x}"))
    return slugify(" ".join(words))


def tag_slug(name):
    """A stable, non-empty, URL-safe slug for a tag name: its letters and digits (in any script),
    or, for a name with none, its characters spelt out."""
    slug = slugify(name, allow_unicode=True) or _spelt_out(name) or "tag"
    return slug[:MAX_SLUG].strip("-_") or "tag"


def slugify_tag(tag, name, i=None):
    """taggit's Tag.slugify, made to use tag_slug (installed by NewsroomConfig.ready)."""
    slug = tag_slug(name)
    return slug if i is None else f"{slug}_{i}"
