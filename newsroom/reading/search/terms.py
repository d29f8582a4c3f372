"""What a reader typed, parsed into the words every match must contain."""

import dataclasses
import re

MAX_TERMS = 32
MAX_CHARS = 1000
MIN_PREFIX = 3
CONFIG = "pg_catalog.english"
_TOKEN = re.compile(r'"([^"]*)"?|(\w+(?:[\'’-]\w+)*)(\*)?')
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


class SearchError(ValueError):
    """The reader's words cannot be searched as they are; the message says why."""


@dataclasses.dataclass(frozen=True)
class Terms:
    """A reader's search, parsed: what every match must contain."""

    words: tuple = ()
    prefixes: tuple = ()
    phrases: tuple = ()

    def __bool__(self):
        return bool(self.words or self.prefixes or self.phrases)

    def tsquery(self):
        """The PostgreSQL tsquery, as SQL and parameters: every part must match."""
        parts, params = [], []
        if self.words:
            parts.append(f"plainto_tsquery('{CONFIG}', %s)")
            params.append(" ".join(self.words))
        if self.prefixes:
            parts.append(f"to_tsquery('{CONFIG}', %s)")
            params.append(" & ".join("'{}':*".format(p.replace("'", "''")) for p in self.prefixes))
        for phrase in self.phrases:
            parts.append(f"phraseto_tsquery('{CONFIG}', %s)")
            params.append(" ".join(phrase))
        return "(" + " && ".join(parts) + ")", params

    def fts5(self):
        """The same search as an SQLite FTS5 query: quoted strings, a star for a prefix."""
        parts = [f'"{w}"' for w in self.words]
        parts += [f'"{p}"*' for p in self.prefixes]
        parts += ['"' + " ".join(phrase) + '"' for phrase in self.phrases]
        return " ".join(parts)


def parse(text):
    """Parse what a reader typed into Terms; raise SearchError for a search too long to run."""
    words, prefixes, phrases = [], [], []
    for phrase, word, star in _TOKEN.findall(text.replace("\x00", "")):
        if word and star and len(word) >= MIN_PREFIX:
            prefixes.append(word.lower())
        elif word:
            words.append(word.lower())
        else:
            phrase_words = [w.lower() for w in _WORD.findall(phrase)]
            if len(phrase_words) > 1:
                phrases.append(tuple(phrase_words))
            else:
                words.extend(phrase_words)
    count = len(words) + len(prefixes) + sum(len(p) for p in phrases)
    if count > MAX_TERMS:
        raise SearchError(f"Search for at most {MAX_TERMS} words at a time (this search has {count}).")
    if len(text) > MAX_CHARS:
        raise SearchError(f"Search for at most {MAX_CHARS:,} characters at a time.")
    return Terms(tuple(dict.fromkeys(words)), tuple(dict.fromkeys(prefixes)), tuple(dict.fromkeys(phrases)))
