"""Stage 3: the cue of each quotation — the construction that attributes it and the phrase that
names who spoke — found by a registry of small named patterns tried in order.

Each `CuePattern` has a name (what the reviewer sees), the example sentences it exists for (the
tests run every pattern on its own examples) and a match function that reads a `Site`: the words
of the sentence before the opening mark and after the closing mark, with other quotations masked.
The first pattern that matches gives the cue. A quotation no pattern matches keeps no cue; stage 4
may carry the speaker of the quotation before it over.

The order says which construction wins where several could be read: a question put to the speaker
or an impersonal note first (nobody's words), then the words after the quotation (“…,” X said),
then the words before it (X said: “…”; X called it “…”), then the sentence or paragraph before
(X said the talks had failed. “…”), then a verb the lexicon does not know beside a named subject,
proposed with low confidence.
"""

import re
from dataclasses import dataclass, replace
from functools import cached_property

from newsroom.ingest.grammar import (
    ADVERB,
    AGE_SET_OFF,
    DET_PHRASE,
    MASK,
    NAME_RUN,
    PRONOUN,
    SUBJECT_PRONOUNS,
    alternation,
)
from newsroom.ingest.letters import LOWER, UPPER
from newsroom.ingest.lexicon import COURTESY_TITLES, OPINION_FORMS, head_in
from newsroom.ingest.records import Cue

UNKNOWN_VERB_CONFIDENCE = 0.35
# What makes the verb after it a passive one, whose subject did not say anything (“the villages were described as”)
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$")


@dataclass(frozen=True)
class Example:
    text: str  # a body paragraph (or paragraphs) holding one quotation, or the one the example is about
    phrase: str | None  # who the cue names, as printed; None for a cue that says the words are nobody's
    quotation: int = 0  # which quotation of the text, when it holds several


@dataclass(frozen=True)
class CuePattern:
    name: str
    examples: tuple
    match: object  # (Site) -> Cue | None
    variants: tuple = ()  # the names of the cues it gives where it tells its cases apart

    def __repr__(self):
        return f"CuePattern({self.name!r})"


@dataclass
class Site:
    """A quotation and the words around it, as the patterns read them."""

    copy: object
    quotation: object
    layout: object
    grammar: object
    before: str  # the masked words of the sentence before the opening mark
    before_at: int  # offset in the file of before[0]
    after: str  # the masked words from the closing mark to the end of the sentence
    after_at: int  # offset in the file of after[0]

    @property
    def lexicon(self):
        return self.grammar.lexicon

    @cached_property
    def ends_sentence(self):
        text = self.quotation.text.rstrip()
        return text.endswith(".") or (text.endswith(("!", "?")) and not re.match(rf"\s+[{LOWER}]", self.after))

    @cached_property
    def after_text(self):
        """The words after, a dash after the closing mark read as a comma: «…», - said Ani Badalyan."""
        return re.sub(r"^(\s*,?)\s*[-–—]+\s+", r"\1 ", self.after)

    @cached_property
    def after_open(self):
        """The sentence goes on after the quotation (“…,” X said), rather than ending with it."""
        return not (self.ends_sentence and not re.match(r"^\s*,", self.after_text))

    @cached_property
    def after_deferred(self):
        """The words after name a document while the words before name its issuer (“In a statement,
        X said “…,” the statement read”): the words before tell who."""
        for match in AFTER_MATCHES:
            cue = match(self)
            if cue is not None:
                return bool(re.search(r"\b(statement|readout|release)\b", cue.phrase or "", re.I) and self.before_cue)
        return False

    @cached_property
    def before_cue(self):
        """The cue the words before the quotation give, whatever the words after it say."""
        return first_match(self, BEFORE)

    def cue(self, verb, pattern, phrase, where="before", extra="", **more):
        """A Cue naming `phrase`, found in the words before (the last occurrence) or after (the first)."""
        phrase = _clean(phrase)
        text, offset = (self.before, self.before_at) if where == "before" else (self.after, self.after_at)
        found = _find(text, phrase, last=where == "before")
        lead = text[:found] if where == "before" else ""
        # “Halas, speaking at a news conference on Tuesday, said”: what stands between speaker and verb
        verb_at = text.find(verb, found + len(phrase)) if verb else -1
        aside = text[found + len(phrase) : verb_at] if verb_at >= 0 else ""
        if MASK in phrase:  # a name in quotation marks inside the phrase: as printed (the mask keeps lengths)
            phrase = self.copy.source[offset + found : offset + found + len(phrase)]
        return Cue(
            verb=verb, pattern=pattern, phrase=phrase, at=offset + found, extra=extra, lead=lead, aside=aside, **more
        )


# A pattern that matched but names nobody, and no later pattern is to be tried.
STOP = Cue(verb="", pattern="stop")


def first_match(site, patterns):
    for pattern in patterns:
        cue = pattern.match(site)
        if cue is not None:
            return cue if cue.pattern else replace(cue, pattern=pattern.name)
    return None


def _clean(phrase):
    phrase = phrase.strip(" ,")
    if re.search(r"\w{3}\.$", phrase):
        phrase = phrase[:-1]  # the sentence's full stop, not an initial's
    return phrase


def _find(text, phrase, last=False):
    """Offset of `phrase` as whole words in `text` (the last occurrence with last), or 0."""
    hits = list(re.finditer(rf"(?<![\w’']){re.escape(phrase.strip())}(?![\w’'])", text))
    if not hits:
        return 0
    return (hits[-1] if last else hits[0]).start()


def _verbs(site):
    return site.grammar.VERB


# Nobody's words -------------------------------------------------------------------------------


def _question(site):
    if re.search(
        r"(?:^\s*|[.!?]\s+|\b(?:When|when|After being|after being)\s+)[Aa]sked(?:\s+by\s+[^\x00]{1,60}?)?\s*[:,]?\s*$"
        r"|\bwas asked\s*:?\s*$",
        site.before,
    ):
        return Cue(verb="asked", pattern="", nobody=True)
    return None


def _in_document_impersonal(site):
    g = site.grammar
    m = re.search(
        rf"\bIn\s+(?:the\s+|its\s+|their\s+)?(?:(?P<owner>{NAME_RUN})[’']s\s+)?(?:[{LOWER}][\w\-]*\s+){{0,2}}?"
        rf"(?:{g.DOCUMENT})(?:\s+(?:of|from|by|issued by)\s+(?P<issuer>(?:the\s+)?{NAME_RUN}))?"
        r"(?:\s+(?:on|of)\s+\w+)?,\s+it\s+(?:was|is|has been|had been)\s+"
        r"(?P<verb>reported|said|stated|noted|announced|stressed|emphasi[sz]ed|underlined)\s*(?:that\s*)?[:,]?\s*$",
        site.before,
    )
    if m and (m.group("owner") or m.group("issuer")):
        return site.cue(m.group("verb"), "", m.group("owner") or m.group("issuer"), extra="statement")
    return None


def _impersonal(site):
    m = re.search(
        r"\b[Ii]t\s+(?:should|must|is|was|has been|had been|can|could|may|will)\s+(?:be\s+|also\s+be\s+)?"
        r"(?:noted|recalled|reported|stressed|emphasi[sz]ed|underlined|said|added|worth)\b",
        site.before,
    )
    if m is None:
        return None
    # “It should be noted that the Federal Customs Service, in a statement, said that …”: the reporter's
    # opening, then somebody's words
    rest = site.before[m.end() :]
    verb = re.search(rf"\b(?:{site.grammar.VERB}|{site.grammar.FRAGMENT_VERB})\b", rest)
    # (past a phrase set off before the subject: “It should be noted that in a joint statement released on
    # Sunday, MEPs A and B called on …”)
    subject = re.sub(r"^\s*(?:\w+\s+)?that\s+", "", rest[: verb.start()]) if verb else ""
    subject = re.sub(r"^(?:[Ii]n|[Oo]n|[Aa]t|[Aa]fter|[Dd]uring|[Ff]ollowing)\b[^,\x00]*,\s*", "", subject)
    if verb and site.grammar.clause_subject(subject.rstrip()):
        return None
    if _document_predicate_quoted(site) is not None:
        return None  # (“It should be noted that the resolution, which …, «calls on …»”: the document's words)
    return Cue(verb="", pattern="", nobody=True)


# The words after the quotation ----------------------------------------------------------------


def _after_allowed(site):
    """The words after may name the speaker: no quotation follows at once, and a quoted phrase
    inside a clause of its own (“While Vale called it “a victory,” Reyes said …”) is that clause's."""
    if MASK in site.after.split(".")[0][:3]:
        return False
    q = site.quotation
    if q.fragment and (re.match(r"\s*,", site.after) or q.text.endswith(",")):
        own = site.before_cue
        if (
            own
            and own.pattern.startswith("inside:X verb")
            and not re.match(r"\s*\w+ing\b", site.before[-40:].split(",")[-1])
        ):
            return False
    return True


def _after(match):
    """An after-pattern, guarded: it declines where _after_allowed says so or the words before win."""

    def guarded(site):
        if not _after_allowed(site) or site.after_deferred:
            return None
        return match(site)

    guarded.__doc__ = match.__doc__
    guarded.deferred = match  # (the reading the words before won over: a next reading, see other_cues)
    return guarded


# The dot of an abbreviated title (“…», Mr. Rudakov said.”): no sentence end
# (and a retired officer's: “Colonel (ret.) Adalat Verdiyev”)
TITLE_DOT = "|".join(rf"(?<=\b{t})\." for t in COURTESY_TITLES.split("|")) + r"|(?<=\(ret)\.(?=\))"
# The dot of an outlet's web address in the words after a verb (“told NEWS.am”, “told Civil.ge”): no sentence end
DOMAIN_DOT = rf"\.(?=[{LOWER}]{{2,3}}\b)"


def _after_sentence_end(site):
    """“The plan is “unworkable” and must be withdrawn, Vale said.”: a quotation inside a sentence whose
    attribution closes it, after a comma; only where the words before name no speaker of their own."""
    if not site.quotation.fragment and site.ends_sentence:
        return None
    if all(w[:1].isupper() or not w[:1].isalpha() for w in site.quotation.text.split()):
        return None  # a name in quotation marks (“«Steel Crescent – 2025» began …, the ministry said”)
    g = site.grammar
    # (the comma may stand inside the marks: “… passports “in early 2027,” the special envoys … said …”)
    comma = ",?" if site.quotation.text.rstrip().endswith(",") else ","
    m = re.match(
        rf"^(?P<mid>[^.;!?]*?){comma}\s+(?P<np>(?:[^\x00,.;!?]|{TITLE_DOT}){{1,90}}?)\s+(?:(?:has|have|had)\s+)?(?:{ADVERB}\s+)?"
        rf"(?P<verb>{g.VERB})\b(?P<extra>(?:[^\x00.;!?,]|(?<=\b[{UPPER}][{LOWER}]{{2}})\.|(?<=\bSept)\.|{DOMAIN_DOT})*)"
        # (a clause of its own may close the sentence: “…, Avagyan said on Tuesday, though Baku said …”, “…, X said
        # Tuesday, as the ministers signed a declaration”, “…
        # said in a joint statement on Dec. 1, following their talks in Kars.”)
        r"(?:,\s+(?:though|although|while|whereas|but|even\s+as|as|following|after|before|during|ahead\s+of|"
        r"speaking|citing)\b[^\x00.;!?]*)?[.!?]?[”\"’]?\s*$",
        site.after_text,
    )
    if not m or re.search(rf"\b(?:{g.VERB})\b", m.group("mid")) or site.before_cue is not None:
        return None
    found = g.np_at_start(m.group("np"))
    if not found or not g.SKIPPABLE.match(m.group("np")[found.end :]):
        return None
    return site.cue(m.group("verb"), "", found.text, where="after", extra=m.group("extra"))


def _after_dash(site):
    m = re.match(rf"^\s*,?\s*[-–—]+\s*({NAME_RUN})\s*\.?\s*$", site.after)
    return site.cue("dash", "", m.group(1), where="after") if m else None


def _after_bare(site):
    """“….” Bono said.: when the quotation ends its sentence, only a bare "<name> <verb>." sentence."""
    if site.after_open:
        return None
    m = re.match(rf"^\s+({NAME_RUN}|{PRONOUN}|[Pp]olice|[Pp]rosecutors)\s+({_verbs(site)})\.?\s*$", site.after_text)
    if m is None and site.quotation.text.rstrip().endswith(("?", "!")):
        # “…How many more lives must be lost?” Yılmazer wrote on X.: a question or an exclamation needs no
        # comma, and the verb may have its occasion after it
        # (and the speaker may be described: “…on our side?” Anahit Grigoryan, a 58-year-old farmer, told AFP by
        # telephone.)
        m = re.match(
            rf"^\s+((?:{NAME_RUN}|{PRONOUN})(?:,\s+(?:a|an|the)\s+[^\x00,.;!?“”\"]{{1,80}},)?)\s+({_verbs(site)})"
            rf"((?:\s+(?:reporters|journalists|{NAME_RUN}))?(?:\s+(?:on|in|at|to|during|after|by|over)\b[^\x00.;!?]{{1,60}})?)"
            r"\.?\s*$",
            site.after_text,
        )
        if m:
            return site.cue(m.group(2), "", m.group(1), where="after", extra=m.group(3))
    return site.cue(m.group(2), "", m.group(1), where="after") if m else None


def _after_put_it(site):
    if not site.after_open:
        return None
    m = re.match(
        rf"^\s*,?\s*(?:was|is) how\s+({NAME_RUN}|{DET_PHRASE}|{PRONOUN})\s+(put it|described it|summed it up)\b",
        site.after_text,
    )
    return site.cue(m.group(2), "", m.group(1), where="after") if m else None


def _after_according_to(site):
    if not site.after_open:
        return None
    m = re.match(r"^\s*,?\s*(according to)\s+([^\x00.;,]+)", site.after_text, re.IGNORECASE)
    if m and not site.grammar.is_media(m.group(2)):
        return site.cue("according to", "", m.group(2).strip(), where="after")
    return None


def _after_quoted_as_saying(site):
    if not site.after_open:
        return None
    m = re.match(
        rf"^\s*,?\s*[^\x00.;,]{{1,60}}?\bquoted\s+({NAME_RUN}|{DET_PHRASE})\s+as\s+(?:saying|telling)\b",
        site.after_text,
    )
    return site.cue("quoted as saying", "", m.group(1), where="after") if m else None


def _after_was_quoted(site):
    """“…,” Anna Vale was quoted as saying by Interfax: the person quoted, never the agency."""
    if not site.after_open:
        return None
    m = re.match(
        rf"^\s*,?\s*({NAME_RUN}|{DET_PHRASE}|{PRONOUN})\s+(?:was|were|is|has been)\s+quoted\s+"
        r"(?:as\s+saying\b|by\s+[^\x00.;,]{1,60}?\s+as\s+saying\b)",
        site.after_text,
    )
    return site.cue("quoted as saying", "", m.group(1), where="after") if m else None


def _after_asked(site):
    """A question quoted, then who asked it: “Will they pay?” asked Anna Vale (or “… Anna Vale asked”)."""
    if not site.quotation.text.rstrip().endswith("?"):
        return None
    if re.match(r"^\s*,?\s*(?:asked|wondered|demanded)\s", site.after_text):
        return _verb_then_speaker(site, r"asked|wondered|demanded", r"|whether\b|if\b")
    m = re.match(rf"^\s*,?\s*({NAME_RUN}|{DET_PHRASE}|{PRONOUN})\s+(asked|wondered|demanded)\b", site.after_text)
    return site.cue(m.group(2), "", m.group(1), where="after") if m else None


def _after_gave_name_as(site):
    if not site.after_open:
        return None
    m = re.match(
        rf"^\s*,?\s*({_verbs(site)})\s+(?:an?|one)\s+[^\x00,.;]{{1,60}}?\s+who gave (?:only )?(?:his|her|their) "
        rf"(?:first )?name(?: only)?(?:,| as)\s+({NAME_RUN})",
        site.after_text,
    )
    return site.cue(m.group(1), "", m.group(2), where="after") if m else None


def _after_identified_as(site):
    if not site.after_open:
        return None
    m = re.match(
        # “…,” one driver, identified only as Abbas from Tabriz, told the channel: the name given, not “one driver”
        rf"^\s*,?\s*(?:an?|one)\s+[^\x00,.;]{{1,60}}?,\s+(?:identified\s+(?:only\s+)?as|who\s+gave\s+(?:only\s+)?"
        rf"(?:his|her|their)\s+(?:first\s+)?name\s+as)\s+({NAME_RUN})[^\x00,.;]{{0,40}},\s+({site.grammar.VERB})\b",
        site.after_text,
    )
    return site.cue(m.group(2), "", m.group(1), where="after") if m else None


def _after_said_x(site):
    if not site.after_open:
        return None
    return _verb_then_speaker(site, _verbs(site))


def _verb_then_speaker(site, verbs, not_after=""):
    """“…,” said X / asked X: the verb right after the quotation, then its speaker (not “said that …”)."""
    text = site.after_text
    m = re.match(rf"^\s*,?\s*({verbs})\s+(?!that\b|on\b|in\b|at\b{not_after})", text)
    found = site.grammar.np_at_start(text[m.end() :]) if m else None
    return site.cue(m.group(1), "", found.text, where="after", extra=text[m.end() + found.end :]) if found else None


def _after_x_said(site):
    if not site.after_open:
        return None
    g = site.grammar
    m = re.match(
        # (a name in quotation marks inside an appositive: “…,” Ghazaryan, a member of the opposition “Hayastan”
        # faction, told reporters)
        rf"^\s*,?\s*(?P<np>(?:[^\x00.;!?]|(?<=\b[{UPPER}])\.|{TITLE_DOT}|(?<=\s)\x00+(?=[\s,])){{1,200}}?)\s+(?:{ADVERB}\s+)?"
        rf"(?P<verb>{g.VERB})\b"
        rf"(?P<extra>(?:[^\x00.;!?]|{DOMAIN_DOT})*)",
        site.after_text,
    )
    if m:
        found = g.np_at_start(m.group("np"))
        rest = m.group("np")[found.end :] if found else ""
        # (an age set off first is the person's: “…,” Anahit Grigoryan, 54, who lives in Abovyan, told OC Media)
        relative = re.match(r"\s*,?\s+(?:who|whose)\b[^\x00,;]{0,80}?,?\s*$", AGE_SET_OFF.sub("", rest))
        reduced = g.REDUCED_RELATIVE.match(rest)  # “…,” a diplomat involved in organising the talks told Reuters
        # (“…,” the statement of the Prosecutor's Office released on November 13 reads.)
        issued = (
            found
            # (“the joint press release issued on October 13 says”)
            and re.match(rf"(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){{0,2}}(?:{g.DOCUMENT})\b", found.text, re.I)
            and re.match(rf"\s+(?:{g.ISSUED})\b[^\x00,;:]{{0,60}}$", rest)
        )
        if found and (g.SKIPPABLE.match(rest) or g.INTERJECTION.match(rest) or relative or reduced or issued):
            # “…,” a resident who asked not to be named told Reuters.
            # (when a document was released is when its words were issued)
            extra = (rest if issued else "") + m.group("extra")
            return site.cue(m.group("verb"), "", found.text, where="after", extra=extra)
        # “…,” Russia's deputy minister of natural resources, Oleg Voronin, told TASS: the name the office is set
        # off with
        named = found and re.fullmatch(
            rf"(?:\s+(?:of|for|on|at)\s+[^\x00,;:.“”\"]{{1,80}}?)?\s*,\s+({NAME_RUN})(?![\w’'])\s*,?\s*", rest
        )
        if named and head_in(found.text.split()[-1], site.lexicon.office_heads | site.lexicon.person_heads):
            return site.cue(m.group("verb"), "", named.group(1), where="after", extra=m.group("extra"))
        joint = found and re.match(r"\s*(?:and|&)\s+", rest) and g.joint(found.text, rest)
        if joint:  # “…,” Kestria and Velmar said in a joint statement.
            return site.cue(m.group("verb"), "", joint, where="after", extra=m.group("extra"))
    return None


# The words before the quotation ---------------------------------------------------------------


def _before_colon(site):
    m = re.match(rf"^\s*({NAME_RUN}|{DET_PHRASE}):\s*$", site.before)
    if m and not re.search(_verbs(site), m.group(1)):
        return site.cue("colon", "", m.group(1))
    return None


def _before_blunt(site):
    m = re.match(
        rf"^\s*({NAME_RUN}|{DET_PHRASE}|{PRONOUN})(?:\s+(?:was|were|is|are)\s+(?:{ADVERB}\s+)?"
        r"(?:blunt|clear|direct|categorical|adamant|unequivocal|emphatic)|\s+summed (?:it|things) up|"
        r"[’']s\s+(?:message|response|reply|answer|verdict)\s+(?:was|is)\s+(?:\w+\s+)?"
        r"(?:clear|simple|blunt|short|direct))\s*:\s*$",
        site.before,
    )
    found = m and site.grammar.np_at_start(m.group(1))
    if not m:
        # a longer subject: “The justification published in the EU’s Official Journal for X is blunt:”
        found = site.grammar.np_at_start(site.before)
        rest = site.before[found.end :] if found else ""
        if not re.fullmatch(
            r"\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:blunt|clear|direct|categorical|unequivocal|emphatic)\s*:\s*",
            rest,
        ):
            found = None
    return site.cue("colon", "", found.text) if found else None


def _in_the_words_of(site):
    before = site.before
    m = re.search(
        r"(?:\b(?:in the (?:words|view|opinion) of|as)\s+([^\x00,]+?)(?:\s+(?:put it|said|noted|wrote|argued))?"
        rf"|(?:^\s*|,\s+)[Ii]n\s+({NAME_RUN}|{DET_PHRASE})[’']s\s+(?:view|opinion|words|assessment)),\s*(?:[^\x00,]*\s)?$",
        before,
    )
    if not m or not (m.group(1) or m.group(2)) or re.search(rf"\b(?:{_verbs(site)})\b", before[m.end() :]):
        return None
    phrase = (m.group(1) or m.group(2)).strip()
    if m.group(2) or (
        not re.match(r"(?:a|an|one|the (?:result|case|deal|report))\b", phrase, re.I)
        and not re.search(r"\b(?:As|as)\s*$", phrase)
    ):
        if (
            m.group(1) is None
            or re.search(r"\b(put it|said|noted|wrote|argued)$", m.group(0).rstrip(", "))
            or re.search(r"\b(?:words|view|opinion)\b", m.group(0))  # (not “its review”)
        ):
            return site.cue("according to", "", phrase)
    return None


def _remark_that(site):
    nouns = alternation(site.lexicon.speech_nouns)
    m = re.search(rf"({NAME_RUN}|{DET_PHRASE})[’']s\s+(?:{nouns})\s+(?:that|of)\b[^\x00]*$", site.before)
    if m and not re.search(rf"\b(?:{_verbs(site)})\b", site.before[m.end(1) :]):
        return site.cue("remark", "", m.group(1))
    return None


def _before_according_to(site):
    m = re.search(r"\bAccording to ([^\x00,]+),\s*$", site.before, re.IGNORECASE)
    if m and not site.grammar.is_media(m.group(1)):
        return site.cue("according to", "", m.group(1))
    return None


def _set_off(site):
    """“The metro, he told reporters last week, “has not had …””: the cue set off inside the sentence."""
    g = site.grammar
    m = re.search(
        rf",\s+({NAME_RUN}|{PRONOUN}|{DET_PHRASE})\s+(?:{ADVERB}\s+)?({g.VERB})\b([^\x00,]{{0,50}}),\s*$", site.before
    )
    if m:
        found = g.np_at_start(m.group(1))
        if found and found.end == len(m.group(1)):
            return site.cue(m.group(2), "", m.group(1), extra=m.group(3))
    return None


def _in_their_view(site):
    """“In his opinion, Moscow is unlikely to obstruct the process, since “…””: the sentence is what the
    person just quoted told the reporter. Unless somebody in it is said to say the words: “In his words,
    the Azerbaijani side warned … of “tougher steps”” quotes the side, as he reported it."""
    m = re.match(
        r"^\s*(?:(?:In|By)\s+(his|her|their)\s+(?:opinion|view|words|assessment|estimation|account)|"
        r"According\s+to\s+(him|her|them)),(.*)$",
        site.before,
    )
    if not m or re.search(rf"\b(?:{site.grammar.VERB})\b", m.group(3)):
        return None
    word = m.group(1) or m.group(2)
    cue = site.cue("according to", "", word)
    return replace(cue, phrase={"his": "he", "their": "they", "them": "they"}.get(word, word))


def _predicate_quoted(site):
    """“Following the talks, the two ministers adopted a joint statement, in which they “reaffirmed their
    shared commitment …””, “the two delegations “agreed on the procedure …””: the quotation is the predicate
    of the subject it follows, so the subject's words (a statement's, as the subject issued it)."""
    if not re.match(rf"(?:[{LOWER}]+ed|[{LOWER}]+ly [{LOWER}]+ed)\b", site.quotation.text):
        return None
    m = re.search(
        rf"(?:^|,\s+|\b(?:in which|that|where|when|and)\s+)({PRONOUN}|{DET_PHRASE}|{NAME_RUN})\s*$", site.before
    )
    if not m:
        return None
    subject = m.group(1)
    issued = re.search(
        rf"^(.*?)\s+(?:{site.grammar.PUBLISHED})\s+(?:a|an|the)\s+[^,\x00]*,\s+in which\s+(?:they|it)\s*$", site.before
    )
    issuer = issued and site.grammar.clause_subject(issued.group(1).strip())
    if issuer:
        return site.cue("", "", issuer)  # “the two ministers adopted a joint statement, in which they “…””: theirs
    if re.search(r"\b(?:had|has|have|was|were|is|are|been|be)$", subject):
        return None  # “the man had “illegally crossed …””: a clause of the reporter's, not a subject's words
    if re.search(rf"\b(?:{site.grammar.VERB})\b", site.before):
        return None  # “X said the court had “ignored …””: the sentence's speaker, read by the patterns before
    if subject.lower() not in SUBJECT_PRONOUNS and not (
        re.fullmatch(NAME_RUN, subject)
        or re.fullmatch(rf"(?:[Tt]he\s+)?(?:two|three|both)\s+[{LOWER}]+s", subject)
        or re.fullmatch(r"(?:[Tt]he\s+)?(?:sides|parties|delegations|commissions)", subject)
    ):
        return None  # (a pronoun, a name, “the two ministers” or “the sides”: not any phrase the sentence ends on)
    return site.cue("", "", subject)


def _asked_to(site):
    """“the association asked the regional authorities “to find a balance …””: a request quoted from its “to”,
    the words of the one who asked (not a question put to them)."""
    if not site.quotation.text.startswith("to "):
        return None
    m = re.search(r"^(.*?)\s+asked\s+[^\x00,;:]{1,80}?\s*$", site.before)
    subject = m and site.grammar.clause_subject(m.group(1))
    return site.cue("asked", "", subject) if subject else None


def _document_predicate_quoted(site):
    """“The resolution, adopted with 412 votes in favour, “calls on the authorities to …””: a document's words
    quoted from the verb on, in the present, after the document (and what the sentence says of it): its issuer's."""
    first = re.match(r"[a-z]+\b", site.quotation.text)
    if not first or first.group(0) not in site.lexicon.document_verbs:
        return None
    document = re.search(
        rf"(?:^\s*|[.;]\s+|,\s+(?:and|while|but)\s+|\bthat\s+)"
        rf"((?:[Tt]he|[Ii]ts|[Tt]his|[Tt]heir)\s+(?:[\w\-]+\s+){{0,2}}?(?:{site.grammar.DOCUMENT}))"
        # (what the sentence says of it, set off; an adverb before its verb: “among other things «calls on …»”)
        r"(?:,([^\x00]{1,160}),)?(?:\s+(?:among other things|also|further|in particular))?\s*$",
        site.before,
    )
    if not document:
        return None
    # (who the words set off say drew it up: “The resolution, H.Res. 1412, led by Representatives A and B, “condemns
    # …””: theirs)
    aside = document.group(2) or ""
    if re.search(r"\b(?:commissioned|funded|ordered|requested|drafted|prepared)\s+by\b", aside):
        return None  # (“The report, commissioned by the Ministry of Energy, “recommends …””: not the ministry's words)
    led = re.search(
        r"\b(?:led|sponsored|co-sponsored|authored|introduced|proposed|put forward)\s+by\s+(.+?)\s*$", aside
    )
    # (the document as the vehicle of the words, whoever is named: its medium)
    return site.cue("", "", led.group(1) if led else document.group(1), extra=f" in {document.group(1).lower()}")


# Verbs of speech that are also plural nouns (“the three states”, “EU rules”).
PLURAL_NOUNS = frozenset("rules claims calls states notes orders terms labels records".split())


def _a_noun_here(word, after):
    """“… the three South Caucasus states, remains …”: a plural noun, which the clause goes on after past a comma,
    not the verb of speech it may also be."""
    return word in PLURAL_NOUNS and re.match(r",\s+[\w\x00]", after) is not None


# The subject pronoun of a possessive one: the owner of “his website” is “he”.
PRONOUN_OF = {"its": "it", "their": "they", "his": "he", "her": "she"}


def _according_to_inside(site):
    g = site.grammar
    # (a name in quotation marks inside: “According to the statement released by the party “New Alliance”,”)
    # (after a phrase of the discourse: “At the same time, according to Mr. Sadovnikov, …”)
    m = re.match(
        r"^\s*(?:(?:At the same time|However|Meanwhile|In addition|Moreover|Also|But),\s+)?[Aa]ccording to "
        # (and a quoted phrase may stand in the clause before: “According to her, the “3+3” format remains “…””)
        r"((?:[^\x00,]|(?<=\s)\x00+(?=[\s,]))+),((?:[^\x00]|(?<=\s)\x00+(?=[\s,]))*)$",
        site.before,
    )
    if not m:
        return None
    # (an outlet reports; a body's own website or channel speaks for it: “According to its website, X “…””, “According
    # to the ministry's Telegram channel”: its owner)
    if g.is_media(m.group(1)):
        owner = re.match(r"(?:(its|their|his|her)|((?:the\s+)?\S+)[’']s)\s", m.group(1))
        if owner is None:
            return None
        return site.cue(
            "according to", "", PRONOUN_OF.get(owner.group(1), owner.group(1)) if owner.group(1) else owner.group(2)
        )
    # “According to a separate statement by the Foreign Ministry, the parties discussed the “…””: the words
    # of the document, whatever the clause does with them (unless somebody in it is said to say them)
    document = re.search(rf"\b(?:{g.DOCUMENT})\b", m.group(1), re.IGNORECASE)
    verbs = g.VERB if document else f"{g.VERB}|{g.FRAGMENT_VERB}"
    # (a verb in the passive names no speaker: “According to the regulator, the risks are currently assessed as “…””)
    # (nor does a verb of opinion: “According to spokeswoman X, Moscow believes that … “…””, her words)
    if not any(
        not PASSIVE_BEFORE.search(m.group(2)[: verb.start()])
        and not _a_noun_here(verb.group(0), m.group(2)[verb.end() :])
        # (nor a noun after its article: “people who are entered in the register by mistake”)
        and not re.search(r"\b(?:the|a|an|its|their|his|her|this)\s+$", m.group(2)[: verb.start()], re.IGNORECASE)
        and verb.group(0) not in OPINION_FORMS
        for verb in re.finditer(rf"\b(?:{verbs})\b", m.group(2))
    ):
        return site.cue("according to", "", m.group(1))
    return None


def _was_quoted_as_saying(site):
    m = re.search(
        rf"(?:^\s*|[,;]\s+|\b(?:that|and)\s+)({NAME_RUN}|{PRONOUN}|{DET_PHRASE})\s+(?:was|were|has been|had been|is)\s+"
        r"quoted\s+(?:by\s+[^\x00]*?\s+)?as\s+(?:saying|telling\b[^\x00]*?)\b",
        site.before,
    )
    subject = m and site.grammar.clause_subject(m.group(1))
    return site.cue("quoted as saying", "", subject) if subject else None


def _quoted_x_as_saying(site):
    m = re.search(r"\b(?:quoted|cited)\s+(.+?)\s+as\s+(?:saying|telling\b[^\x00]*?)\b", site.before)
    if m and not m.group(1).startswith("by "):
        return site.cue("quoted as saying", "", m.group(1))
    return None


def _claims_by(site):
    """“dismissed claims by X alleging that “…””: the claim quoted is X's, not the dismisser's."""
    g = site.grammar
    for m in reversed(
        list(
            re.finditer(
                r"\b(?:claims?|allegations?|accusations?|assertions?|statements?|remarks|comments|suggestions?|charges)\s+"
                r"(?:made\s+|voiced\s+)?(?:by|from)\s+",
                site.before,
            )
        )
    ):
        found = g.np_at_start(site.before[m.end() :])
        if not found:
            continue
        rest = site.before[m.end() + found.end :]
        if re.search(rf",\s+(?:[{LOWER}]+ing|and|but)\b", rest):
            continue  # “dismissed claims by Yerevan that …, writing on X that Armenia was “…””: the dismisser's
        if re.match(
            r"\s*,?\s*(?:alleging|claiming|saying|asserting|suggesting|insisting|that|who (?:said|claimed|alleged))\b",
            rest,
        ):
            return site.cue("claims by", "", found.text)
    return None


def _statement_released_by(site):
    """“In a statement released by X on Monday, … “…””: X's words, unless the sentence names its own speaker."""
    g = site.grammar
    m = re.match(
        rf"^\s*In\s+(?:a|an|its|their|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:{g.DOCUMENT})\s+"
        rf"(?:{g.ISSUED})\s+(?:on\s+\w+\s+)?by\s+",
        site.before,
    )
    found = m and g.np_at_start(site.before[m.end() :])
    if not found:
        return None
    rest = site.before[m.end() + found.end :]
    comma = rest.find(",")
    if comma >= 0:
        own = first_match(replace(site, before=rest[comma + 1 :]), (BEFORE_SAID, INSIDE_VERB))
        if (
            own
            and own.phrase
            # (“it”, “they”, “we” stand for whoever released it; “he” or “she” is the letter's author, not who
            # released it: “In a letter released by his wife, …, he described the case as “…””)
            and own.phrase.lower() not in {"it", "they", "we"}
            and not re.match(rf"(?:the|its|their)\s+(?:{g.DOCUMENT})$", own.phrase, re.I)
        ):
            return None  # “…, the ministry said that “…””: the sentence's own speaker
    return site.cue("statement", "", found.text, extra=site.before[: m.end()])


def _banners_reading(site):
    """Protesters “held banners reading “…””, “chanted slogans such as “…””: the words of the people the
    sentence's subject is (a group the text does not name), carried on placards or chanted."""
    g = site.grammar
    m = re.search(
        r"\b(?:banners?|placards?|posters?|signs?|slogans?|graffiti)\s+(?:reading|that read|which read|saying|"
        r"such as|with the words|bearing the words|proclaiming)\s*:?\s*$",
        site.before,
        re.IGNORECASE,
    )
    if not m:
        # the second of several: “banners reading “…” and “…””
        m = re.search(
            r"\b(?:banners?|placards?|posters?|signs?|slogans?)\s+(?:reading|that read|saying|such as)\s+"
            rf"{MASK}+(?:\s*,\s*{MASK}+)*\s*(?:,?\s*(?:and|or)\s*)?$",
            site.before,
            re.IGNORECASE,
        )
    if not m:
        return None
    subject = g.main_subject(site.before[: m.start()]) or g.clause_subject(site.before[: m.start()], strict=False)
    shown = set(re.findall(rf"[{LOWER}]+", site.before[: m.start()].lower())) & site.lexicon.display_verbs
    if subject and g.GROUP.fullmatch(subject) and (shown or m.group(0).lower().startswith("slogan")):
        return site.cue("reading", "", subject)
    return STOP  # a banner nobody in the sentence is said to carry (“tore down posters reading “…””)


def _document_found(site):
    """“An audit released by the Audit Chamber found that monitoring was “fragmentary””: a report's
    findings are the words of whoever issued it."""
    g = site.grammar
    m = re.search(
        r"\b(found|showed|concluded|determined|established|notes|noted|warns|warned)\s+that\b[^\x00]*$", site.before
    )
    if not m:
        return None
    subject = g.clause_subject(site.before[: m.start()].rstrip(), strict=False)
    if not subject:
        return None
    head = re.sub(rf"\s+(?:of|by|from|{g.ISSUED})\b.*$", "", subject)
    if not head_in(head.split()[-1].lower(), site.lexicon.document_issue | site.lexicon.document_heads):
        return None
    reported = site.before[: site.before.rfind(subject, 0, m.start())]
    if re.search(rf"\b(?:{g.VERB})\b(?:[^\x00.;]*\bthat)?\s*$", reported):
        # “X told journalists that the verdict showed that “…””, “MP X said the ruling showed that “…””: X's reading
        # of it, in X's words
        return None
    return site.cue(m.group(1), "", subject, extra=site.before[m.end() :])


def _before_said(site):
    """X said: “…” / X said on Monday that “…”: the subject of a speech verb the quotation follows."""
    g = site.grammar
    before = site.before
    for verb in reversed(list(re.finditer(rf"\b({g.VERB})\b", before))):
        extra = before[verb.end() :]
        if g.EXTRA.match(extra) and MASK not in extra:
            subject = g.clause_subject(before[: verb.start()].rstrip())
            if not subject and verb.group(1).endswith("ing") and before[: verb.start()].rstrip().endswith(","):
                # “X shared photos from the podium on her Instagram page, writing: “…””: the sentence's subject
                subject = g.main_subject(before[: verb.start()])
            if subject:
                pattern = "before:X said:" if extra.strip().endswith(":") else "before:X said"
                return site.cue(verb.group(1), pattern, subject, extra=extra)
    return None


def _speaker_of_the_last_clause(g, head):
    """“…, and on Wednesday Deputy Minister X said Azerbaijan would …,”: X, the subject of the last clause “and”
    joins to the sentence, when a verb of speech follows it; None otherwise."""
    joined = list(re.finditer(r"[,;]\s+and\s+", head))
    if not joined:
        return None
    clause = re.sub(
        rf"^(?:(?:on|late\s+on|early\s+on|last)\s+)?[{UPPER}][{LOWER}]+day\s*,?\s+|^(?:later|then|also)\s+",
        "",
        head[joined[-1].end() :],
    )
    subject = g.np_at_start(clause)
    if subject and re.match(rf"\s+(?:also\s+|{ADVERB}\s+)?(?:{g.VERB})\b", clause[subject.end :]):
        return subject.text
    return None


def _subordinate_subject(g, head):
    """“The rally came hours after Education Minister X defended the reform at a briefing, saying …”: where the
    sentence's own subject cannot speak, the subject of the clause “after”, “when”, “as” or “once” opens just
    before the participle, with a verb in the past."""
    opened = list(re.finditer(rf"\b(?:after|when|as|once)\s+(?=[{UPPER}])", head))
    sentence = re.split(r"(?<=[.!?])\s+", head[: opened[-1].start()])[-1] if opened else ""
    if not opened or g.np_at_start(sentence):
        return None  # (“Opposition lawmakers walked out as Speaker X opened the session, saying …”: theirs)
    clause = head[opened[-1].end() :]
    subject = g.np_at_start(clause)
    verb = rf"\s+(?:also\s+|{ADVERB}\s+)?(?:{g.VERB}|[{LOWER}]{{3,}}ed)\b[^,;]*,\s*$"
    return subject.text if subject and re.match(verb, clause[subject.end :]) else None


# Words in -ing that open a sentence as prepositions, not as a participle of its subject's.
NOT_PARTICIPLES = {"Following", "During", "According", "Regarding", "Concerning", "Including", "Considering", "Pending"}
AUXILIARY_AT_END = re.compile(r"\s+(?:has|have|had)(?:\s+(?:also|already|long|repeatedly))?$")


def _inside_verb(site):
    """Quoted words inside a sentence: the subject of the verb that carries them (“X accused Armenia
    of “provocations””, “with Baku calling Yerevan's claims “lies””, “…, calling the measures “…””)."""
    g = site.grammar
    before = site.before
    for verb in reversed(list(re.finditer(rf"\b({g.FRAGMENT_VERB})\b", before))):
        word, head = verb.group(1), before[: verb.start()]
        if re.search(r"(?:[’']s|\b(?:the|a|an|its|his|her|their|these|those|such|whose))\s+$", head):
            continue  # “Yerevan's claims”, “the calls”: a noun
        if not word.endswith("ing") and PASSIVE_BEFORE.search(head):
            continue  # “the villages were described as “…””: its subject did not say it
        extra = before[verb.end() :]
        if word in {"continued", "continues", "continue"} and re.match(r"\s+to\b", extra):
            continue  # “operations continued to deliver “…””: not a verb of speech here
        plural_noun = word in PLURAL_NOUNS
        if _a_noun_here(word, extra):
            continue  # “the three South Caucasus states, remains “…””: a noun the clause goes on after, no verb
        if plural_noun and re.search(
            rf"\b(?:under|with|of|in|for|from|against|by)\s+(?:the\s+|its\s+|their\s+)?[{UPPER}][\w\-’']*\s+$", head
        ):
            continue  # “required under EU rules and was “…””: a plural noun after a name in a complement
        modifier = re.search(rf"(?:^|\b([\w’'\-]+)\s+)([{LOWER}][\w\-]*)\s+$", head)
        if (
            plural_noun
            and modifier
            and modifier.group(2) not in {"he", "she", "it", "who", "which", "that"} | site.lexicon.adverbials
            and not modifier.group(2).endswith(("ly", "s"))  # (“the Kyrgyz and Tajik governments states”: a verb)
            # (not a subject with its determiner: “The indictment claims that …”)
            and (modifier.group(1) or "").lower() not in {"the", "a", "an", "its", "their", "his", "her", "this"}
        ):
            continue  # “sentenced them to prison terms …, finding them guilty of “…””: a noun after its modifier
        own = re.search(
            rf"(?:,\s+(?:which|whom)|(?P<what>\b(?:in|of|to|by)\s+what))\s+(?P<np>{NAME_RUN}|{DET_PHRASE}|it|they|he|she)\s+"
            rf"(?:has\s+|have\s+|had\s+)?(?:also\s+|{ADVERB}\s+)?$",
            head,
        )
        found = own and g.np_at_start(own.group("np"))
        if own and own.group("what") and word not in {"called", "calls", "termed", "terms", "dubbed", "branded"}:
            found = None  # “in what officials describe as “temporarily accommodated” status”: a term, nobody's words
        if found and found.end == len(own.group("np")) and not word.endswith("ing"):
            # “… consumer lending, which the central bank has called a “risk area””, “in what the opposition called a
            # “show trial””: the relative clause's subject
            return site.cue(word, "inside:X verb “…”", found.text, extra=extra)
        # (a title may open with its portfolios' commas: “with Environment, Urbanisation and Climate Change Minister X”)
        with_ = re.search(rf"\bwith\s+((?:[{UPPER}][\w\-]*,\s+)*(?:{NAME_RUN})|{DET_PHRASE})\s+$", head)
        if word.endswith("ing") and with_ and g.np_at_start(with_.group(1)):
            phrase = g.np_at_start(with_.group(1)).text
            if re.match(r"(?:an?|one)\s", phrase, re.IGNORECASE) and head_in(
                phrase.split()[-1], site.lexicon.document_heads
            ):
                # “it published a video, along with a statement saying that its forces had ‘neutralised’ …”
                subject = g.main_subject(before[: with_.start()])
                return (
                    site.cue(word, "inside:X published … with a statement saying “…”", subject, extra=extra)
                    if subject
                    else None
                )
            return site.cue(word, "inside:with X verb-ing “…”", phrase, extra=extra)  # “…, with Baku calling …”
        issued = re.search(
            rf"\b(?:{g.PUBLISHED})\s+(?:a|an|its|their)\s+(?:[\w\-]+\s+){{0,2}}?(?:{g.DOCUMENT})\s*$", head
        )
        if word.endswith("ing") and issued:
            # “the foreign ministries of Russia and Belarus issued a joint statement condemning the
            # measures as “…””: whoever issued it
            subject = g.clause_subject(head[: issued.start()].rstrip())
            if subject:
                pattern = "inside:X issued a statement verb-ing “…”"
                return site.cue(word, pattern, subject, extra=issued.group(0) + extra)
        said = re.search(rf",\s+({DET_PHRASE}|{NAME_RUN})\s+(?:{g.VERB})(?:\s+on\s+\w+)?,\s*$", head)
        if word.endswith("ing") and said and g.np_at_start(said.group(1)):
            # “… on Tuesday, the ministry said, describing his remarks as “…””: the one said to say so
            return site.cue(word, "inside:X verb “…”", g.np_at_start(said.group(1)).text, extra=extra)
        if word.endswith("ing") and re.search(r"(?:,|\s[–—]|\s--)\s*$", head):
            # “Kestria threatened to retaliate against …, calling the measures …”: the main clause's
            # subject; after a quotation, its cue's (“…,” she said, adding that Kestria had “…”); of the last
            # clause “and” joins, where it has a verb of speech (“Baku has …, and on Wednesday Deputy Minister X
            # said …, calling for “…””)
            subject = _speaker_of_the_last_clause(g, head) or g.main_subject(head) or _subordinate_subject(g, head)
            cue = re.search(
                rf"({NAME_RUN}|{PRONOUN}|{DET_PHRASE})\s+(?:{ADVERB}\s+)?(?:{g.VERB})\b[^\x00.;]*,\s*$", head
            )
            if not subject and cue and g.np_at_start(cue.group(1)):
                subject = g.np_at_start(cue.group(1)).text
            if subject:
                return site.cue(word, "inside:X verb “…”", subject, extra=extra)
        moved = word.endswith("ing") and re.search(
            r"\b[a-z]{3,}ed\s+(?:outside|near|at|in|on|along|through|into|across|around|to|towards|past|in\s+front\s+of)"
            r"\s+[^\x00,.;:“”\"]{1,60}$",
            head,
        )
        subject = g.main_subject(head) if moved else None
        if subject:
            # “demonstrators gathered outside the city administration chanting “…””: those who went there, not the
            # place they went to
            return site.cue(word, "inside:X verb “…”", subject, extra=extra)
        # (the subject before the verb's auxiliary, where nothing but the verb's own words stand before the quotation:
        # “… that Rzayeva had told him in court that she was “not afraid””)
        # (not a pronoun in reported speech: “Its defence ministry said it had responded to “…””, the ministry's words)
        # (a verb of speech: “the committee had discussed a cut but decided it was “premature”” is the speaker's)
        who = re.search(rf",\s+who\s+(?:also\s+|{ADVERB}\s+)?$", head)
        said_x = who and re.search(rf"\b(?:{g.VERB})\s+({NAME_RUN})(?![\w’'])[^\x00.;:]*$", head[: who.start()])
        if said_x and not word.endswith("ing"):
            # “…,” said X of the group Y, who described the response as “…”: the person the verb named, not the
            # body named last
            return site.cue(word, "inside:X verb “…”", said_x.group(1), extra=extra)
        speech = re.fullmatch(rf"(?:{g.VERB})", word)
        auxiliary = AUXILIARY_AT_END.search(head.rstrip()) if speech and "," not in extra else None
        subject = auxiliary and g.clause_subject(head.rstrip()[: auxiliary.start()], strict=False)
        if not subject or subject.lower() in SUBJECT_PRONOUNS:
            subject = g.clause_subject(head.rstrip(), strict=False)
        contact = subject and re.fullmatch(rf"(?:an?|the)\s+([{LOWER}][\w\-]*)\s+([{UPPER}].*)", subject)
        if contact and not head_in(contact.group(1), site.lexicon.person_heads | site.lexicon.organisation_heads):
            # “…, a project Energy Minister Kemal Aydınlı described as an “energy bridge””: the subject of the clause
            # that describes the project
            subject = contact.group(2)
        if subject:
            return site.cue(word, "inside:X verb “…”", subject, extra=extra)
        if re.search(r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$", head):
            # “X dismissed claims that … and accused Brussels of “…””, “the diplomat said … “…,” but added that
            # “…””: a second predicate of the sentence's subject
            subject = g.main_subject(head) or next(
                (
                    found
                    # (the first predicate's verb may be any: “X, in turn, thanked … and stressed that …”)
                    for earlier in reversed(list(re.finditer(rf"\b(?:{g.VERB}|[{LOWER}]{{3,}}ed)\b", head)))
                    # (the name just before a verb of speech, past an office printed before it: “EU spokesperson
                    # for foreign affairs Sanna Lindqvist said … and described …”)
                    if (found := g.clause_subject(head[: earlier.start()].rstrip()))
                    or (
                        re.fullmatch(g.VERB, earlier.group(0))
                        and (found := g.clause_subject(head[: earlier.start()].rstrip(), strict=False))
                    )
                ),
                None,
            )
            if subject:
                return site.cue(word, "inside:X verb “…”", subject, extra=extra)
        if word in {"recorded", "registered"}:
            continue  # “Vasilescu said her campaign had recorded “…””: the speaker's verb is further back
        break
    return None


def _clause_colon(site):
    """“Her deputy, Omar Reyes, disagreed: “…””, “Ana Vale was more cautious: “…””: a short clause
    whose subject is somebody, handing over to the quotation with a colon."""
    g = site.grammar
    before = site.before.rstrip()
    # (longer when the clause issues a document: “X also shared a post on its official accounts on the
    # occasion of the victory: “…””)
    issued = re.search(rf"\b(?:{g.PUBLISHED})\s+(?:a|an|its|their)\s+(?:[\w\-]+\s+){{0,2}}?(?:{g.DOCUMENT})\b", before)
    # (an aside set off by commas is not counted: “A member of the delegation, speaking on condition of
    # anonymity, was more reserved:”)
    bare = re.sub(r",\s+(?:who|which|speaking|talking|writing|asked|asking)\b[^,;:]{0,120},", "", before)
    # (nor a participle opening the sentence: “Speaking to journalists on November 19 after a government session,
    # Avagyan tried to reassure the residents of Koghb:”)
    opening = re.match(rf"\s*([{UPPER}][{LOWER}]{{2,}}ing|Asked)\b[^,;:\x00]{{0,120}},\s*", bare)
    if opening and opening.group(1) not in NOT_PARTICIPLES:  # (“Following a meeting …,”: a preposition)
        bare = bare[opening.end() :]
    if not before.endswith(":") or MASK in before or len(bare.split()) > (30 if issued else 14):
        return None
    if site.quotation.heading:
        return None
    # “Ghukasyan exceeded his time, and Deputy Speaker Karen Sahakyan interrupted him: “…””: the last clause's
    clause = re.split(rf",\s+(?:and|but)\s+(?=[{UPPER}])", before[:-1])[-1]
    subject = g.main_subject(clause)
    pronoun = subject and subject.lower() in {"he", "she"}  # “He also questioned the turnout: “…””
    if subject and (_named(subject, g) or pronoun or re.match(r"(?:the|its|his|her|their|an?|one)\s", subject, re.I)):
        if not re.match(r"(?:the|its|their)\s+(?:following|figures|data|list|text)\b", subject, re.I):
            # the cue's word: the document's noun when the clause issues one (“post”, “statement”: the medium is
            # read from it), else the word before the colon
            word = issued.group(0).split()[-1] if issued else re.search(r"(\w+)\s*:$", before).group(1)
            # (with the clause's words after its subject, which tell the medium and the day: “… wrote on Facebook:”)
            said = clause[clause.rfind(subject) + len(subject) :] if subject in clause else ""
            return site.cue(word, "", subject, extra=said)
    return None


def _heading_colon(site):
    """A headline or subhead opening with who spoke and a colon: “Deputy Minister: Talks on Grain
    Deal “Difficult””, “Report of the Ombudsman: “…””."""
    if not site.quotation.heading:
        return None
    m = re.match(rf"^\s*(?:\d{{1,2}}[.)]\s+)?({NAME_RUN}|{DET_PHRASE}):\s+[^\x00]*$", site.before)
    if m and not re.search(rf"\b(?:{_verbs(site)})\b", m.group(1)):
        return site.cue("colon", "", m.group(1))
    return None


def _unknown_verb(site):
    """“Ana Vale bemoaned that the deal was “a betrayal””: a verb the lexicon does not know, between a
    named subject and the quotation — proposed, with low confidence, rather than dropped."""
    g, lx = site.grammar, site.lexicon
    for m in reversed(list(re.finditer(rf"\b([{LOWER}]{{3,}}(?:ed|es))\b", site.before))):
        word = m.group(1)
        if lx.verb(word) or word in lx.finite_words or word in lx.not_speech:
            continue
        if not re.match(r"\s*(?:that\b[^\x00]*|:\s*|,\s*)$", site.before[m.end() :]):
            continue
        subject = g.clause_subject(site.before[: m.start()].rstrip())
        if subject and _named(subject, g):
            return site.cue(word, "", subject, unknown_verb=True, confidence=UNKNOWN_VERB_CONFIDENCE)
        break
    after = re.match(rf"^\s*,?\s*({NAME_RUN})\s+([{LOWER}]{{3,}}ed)\.?\s*$", site.after_text)
    if after and not (lx.verb(after.group(2)) or after.group(2) in lx.not_speech) and _named(after.group(1), g):
        return site.cue(
            after.group(2), "", after.group(1), where="after", unknown_verb=True, confidence=UNKNOWN_VERB_CONFIDENCE
        )
    return None


def _named(phrase, grammar):
    """A subject the text names: capitalised, not a pronoun or an indefinite phrase."""
    return (
        bool(re.search(rf"\b[{UPPER}][{LOWER}]", phrase))
        and phrase.lower() not in SUBJECT_PRONOUNS
        and not grammar.is_indefinite(phrase)
        and not grammar.is_not_name(phrase.split()[0])
    )


# The sentence or paragraph before -------------------------------------------------------------


def _opens_paragraph(site):
    q = site.quotation
    return not site.before.strip() and q.part > 0 and q.start - site.copy.parts[q.part].start <= 1 and not q.heading


def _colon_paragraph_before(site):
    """“Speaking at a news conference, he said:” and the quotation opens the next paragraph."""
    if not _opens_paragraph(site):
        return None
    intro = site.copy.parts[site.quotation.part - 1]
    if intro.kind == "paragraph" and intro.text.endswith(":"):
        cue = intro_cue(site, intro) or _document_presented(site, intro)
        return replace(cue, pattern="before:X said: (paragraph before)") if cue else STOP
    return None


def _document_presented(site, intro):
    """“AZERTAC presents the text of the joint statement:”, “Below is the full text of the declaration:”: the
    document the block is, whose issuers stage 4 finds (not the outlet that presents it)."""
    document = re.search(
        rf"\b((?:the|its|their)\s+(?:[\w\-]+\s+){{0,2}}?(?:{site.grammar.DOCUMENT}))\s*:$", intro.text, re.IGNORECASE
    )
    if document is None or not re.search(r"\btext\s+of\s+\S+(?:\s+\S+){0,3}\s*:$", intro.text, re.IGNORECASE):
        return None
    return Cue(verb="text of", pattern="", phrase=document.group(1), at=intro.start + document.start(1))


def _said_paragraph_before(site):
    """“Jonas Weber said the cities had run out of options.” and the next paragraph opens with a
    quotation no cue attributes: the speaker whose words the sentence before reported."""
    if not _opens_paragraph(site):
        return None
    intro_index = site.quotation.part - 1
    if site.copy.parts[intro_index].kind != "paragraph" or re.search(rf"\b(?:{_verbs(site)})\b", site.after):
        return None
    paragraph = site.layout.paragraph(intro_index)
    return paraphrase_cue(site, paragraph, len(paragraph.masked), "paragraph before") or STOP


def _said_sentence_before(site):
    """“Haddad said the committee would meet again. “We are ready to talk.”” in one paragraph."""
    q = site.quotation
    if site.before.strip() or q.last_part != q.part or _opens_paragraph(site) or q.heading:
        return None
    paragraph = site.layout.paragraph(q.part)
    open_at = q.start - 1 - paragraph.start
    if paragraph.sentence_start(open_at) == 0 or re.search(rf"\b(?:{_verbs(site)})\b", site.after):
        return None
    return paraphrase_cue(site, paragraph, open_at, "sentence before") or STOP


def _quotes_words(site, paragraph, upto):
    """Some quotation stands in `paragraph` before offset `upto` that is somebody's words, not only a
    name in quotation marks (“Chairman of «Azerbaijan Railways» CJSC Kamran Ismayilzada told Report …”)."""
    if paragraph.first_mask >= upto:
        return False
    raw = site.copy.source[paragraph.start : paragraph.start + upto]
    masked = paragraph.masked[:upto]
    for stretch in re.finditer(r"\x00+", masked):
        words = raw[stretch.start() : stretch.end()].strip("“”\"«»‘’' ").split()
        if not (words and len(words) <= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)):
            return True
    return False


def paraphrase_cue(site, paragraph, upto, where):
    """The cue of the last sentence of `paragraph` before offset `upto` (of its masked text), when
    that sentence reports somebody's words or says they issued a statement."""
    masked = paragraph.masked
    text_end = len(masked[:upto].rstrip())
    if _quotes_words(site, paragraph, upto) or not masked[:text_end].endswith((".", "!", "?")):
        return None  # the paragraph before quotes somebody: carrying over is stage 4's
    start = paragraph.sentence_start(text_end - 1)
    # names in quotation marks read as names, their marks as spaces (same length: the offsets hold)
    raw = site.copy.source[paragraph.start : paragraph.start + len(masked)]
    text = re.sub(r"\x00+", lambda m: re.sub(r"[“”\"«»‘’']", " ", raw[m.start() : m.end()]), masked[:text_end])[start:]
    g = site.grammar
    issued = re.search(rf"\b({g.PUBLISHED})\s+(?:a|an|its)\s+(?:\w+\s+)?(?:statement|communiqu\w+|declaration)\b", text)
    if issued:  # “The Armenian Foreign Ministry issued a statement on Monday.” then the quotation
        subject = g.clause_subject(text[: issued.start()].rstrip())
        if subject and not g.is_indefinite(subject):
            found = _find(text, subject)
            return Cue(
                "statement",
                f"before:X issued a statement ({where})",
                _clean(subject),
                paragraph.start + start + found,
                extra=text[issued.start() :],
                lead=text[:found],
            )
    # (a gesture that ends the sentence leads the words too: “Asked whether …, he smiled. “…””)
    gesture = alternation(f for f in g.lead_forms if f not in g.speech_forms)
    for verb in re.finditer(rf"\b({g.VERB}|(?:{gesture})(?=\s*[.!]\s*$))\b", text):
        if verb.group(1) in {"read", "reads", "continued", "went on"} or not text[: verb.start()].strip():
            continue  # (nor the participle opening the sentence: “Asked whether …, he smiled.”)
        follows = text[verb.end() :]
        if not re.match(
            rf"(?:,?\s+(?:on|in|at|during|after|late|earlier|this|last)\b[^,.;]{{0,40}}?)?,?\s+(?:that\s+)?[{LOWER}\w]",
            follows,
        ) and not re.fullmatch(r"\s*[.!]\s*", follows):
            continue
        subject = g.clause_subject(text[: verb.start()].rstrip())
        if subject and not g.is_indefinite(subject):
            found = _find(text, subject)
            return Cue(
                verb.group(1),
                f"before:X said ({where})",
                _clean(subject),
                paragraph.start + start + found,
                extra=follows,
                lead=text[:found],
            )
        break
    return None


def intro_cue(site, intro):
    """The cue of the paragraph that introduces a block quotation or a quotation opening the next
    paragraph (“The statement reads, in part:”): the words-before patterns, on its last sentence."""
    text = re.split(rf"(?<=[.!?])\s+(?=[{UPPER}])", intro.text)[-1]
    offset = len(intro.text) - len(text)
    site = replace(site, before=text, before_at=intro.start + offset, after="", after_at=0)
    return first_match(site, BEFORE) or _speaker_of_a_colon_sentence(site)


def _speaker_of_a_colon_sentence(site):
    """“Pensioner X from … says the main problem is heating:”, “The company announced the restrictions on its
    Telegram channel:”: a sentence that hands over to the quotation with a colon, whose subject is the verb of
    speech's (or of publishing's) that opens its predicate."""
    g, text = site.grammar, site.before.rstrip()
    if not text.endswith(":") or MASK in text:
        return None
    verb = re.search(rf"\b(?:{g.VERB}|{g.PUBLISHED})\b", text)
    if not verb:
        return None
    head = text[: verb.start()]
    subject = g.clause_subject(head.rstrip()) or g.main_subject(head)
    found = None if subject else g.np_at_start(head)
    # (or the subject with where they are from and a relative clause set off: “Pensioner X from the Novy Rayon
    # neighbourhood says”, “The owner of a café on the embankment, who asked not to be named, said”)
    described = found and re.fullmatch(
        r"((?:\s+(?:from|of|in|at|on)\s+[^\x00,;:]{1,60}?)?)(?:\s*,\s+(?:who|whose)\b[^\x00;:]{0,120}?,)?\s*",
        head[found.end :],
    )
    if described:
        subject = found.text + described.group(1)
    # (with the words after the verb, which tell the medium and the day: “… wrote on Facebook on Tuesday:”)
    return site.cue(verb.group(0), "", subject, extra=text[verb.end() : -1]) if subject else None


# What cannot be read --------------------------------------------------------------------------


def _unread(site):
    """A cue the patterns cannot read (“…, a diplomat familiar with the talks said: “…””; words
    before the quotation, not quoted): the speaker before is not carried over into it."""
    before, after, q = site.before, site.after, site.quotation
    if re.search(rf"\b(?:{_verbs(site)})\s*:\s*$", before) or (
        re.search(rf"[{UPPER}{LOWER}]{{2,}}", before) and MASK not in before
    ):
        return Cue(verb="", pattern="")
    continues = q.text.rstrip().endswith(",") or re.match(rf"^\s*,|^\s+[{LOWER}]", after)
    if continues and re.match(rf"^\s*,?\s*[^\x00.;!?]{{0,120}}\b(?:{_verbs(site)})\b", after):
        return Cue(verb="", pattern="")  # “…,” a resident who asked not to be named told Reuters
    return None


NOBODY = (
    CuePattern(
        "question",
        (
            Example("Asked “Will Putin meet Aliyev this month?”, Dmitry Peskov said he knew of no plans.", None),
            Example(
                "Dmitry Peskov took questions. Asked “Will the president meet him this month?”, Peskov smiled.", None
            ),
        ),
        _question,
    ),
    CuePattern(
        "inside:in X's statement, it was reported “…”",
        (
            Example(
                "In the bulletin of the Serevian Ministry of Defence, it was reported that “talks are being held”.",
                "the Serevian Ministry of Defence",
            ),
        ),
        _in_document_impersonal,
    ),
    CuePattern(
        "impersonal",
        (
            Example(
                "It should be noted that the appeal, entitled “Landmine threat in the liberated territories”, was "
                "read.",
                None,
            ),
        ),
        _impersonal,
    ),
)
AFTER = (
    CuePattern(
        "after:— X",
        (Example("“We will not allow this to happen again” — Ani Badalyan.", "Ani Badalyan"),),
        _after(_after_dash),
    ),
    CuePattern(
        "after:X said.",
        (
            Example("“We will rebuild the valley street by street.” Tomas Redfern said.", "Tomas Redfern"),
            Example("“This is a provocation.” It said.", "It"),
        ),
        _after(_after_bare),
    ),
    CuePattern(
        "after:was how X put it",
        (Example("“It’s a historic step for the region,” was how Vale put it.", "Vale"),),
        _after(_after_put_it),
    ),
    CuePattern(
        "after:according to X",
        (
            Example(
                "“Margins have collapsed across the industry,” according to Fieldgate Consulting.",
                "Fieldgate Consulting",
            ),
        ),
        _after(_after_according_to),
    ),
    CuePattern(
        "after:M quoted X as saying",
        (Example("“Azerbaijan will not allow provocations,” Azertac quoted Ilham Aliyev as saying.", "Ilham Aliyev"),),
        _after(_after_quoted_as_saying),
    ),
    CuePattern(
        "after:X was quoted as saying by M",
        (
            Example("“Nothing has changed,” Anna Vale was quoted as saying by Interfax.", "Anna Vale"),
            Example("“Nothing has changed,” Vale was quoted by Interfax as saying.", "Vale"),
        ),
        _after(_after_was_quoted),
    ),
    CuePattern(
        "after:asked X",
        (
            Example("“Will they pay?” asked Anna Vale, a lawyer for the families.", "Anna Vale"),
            Example("“Who will pay for this?” the lawyer asked.", "the lawyer"),
        ),
        _after(_after_asked),
    ),
    CuePattern(
        "after:said a man who gave his name as X",
        (
            Example("“We have nothing left,” said a farmer who gave his name as Aram.", "Aram"),
            Example(
                "“They arrest Grigor, and tomorrow ten more will stand up,” said a woman from Vedi who gave only her "
                "first name, Gayane.",
                "Gayane",
            ),
        ),
        _after(_after_gave_name_as),
    ),
    CuePattern(
        "after:a man, identified only as X, said",
        (
            Example(
                "“We have been sleeping in our cabs,” one driver, identified only as Abbas from Tabriz, told the "
                "channel.",
                "Abbas",
            ),
            Example("“Nobody came,” a woman, who gave her first name as Nune, told AFP.", "Nune"),
        ),
        _after(_after_identified_as),
    ),
    CuePattern(
        "after:said X",
        (
            Example(
                "“We urge restraint from both sides today,” said Maria Zakharova, the ministry spokeswoman.",
                "Maria Zakharova",
            ),
            Example("«We will not allow this to happen again», - said Ani Badalyan.", "Ani Badalyan"),
        ),
        _after(_after_said_x),
    ),
    CuePattern(
        "after:X said",
        (
            Example("“We will rebuild the valley street by street,” Tomas Redfern said.", "Tomas Redfern"),
            Example("“The peace treaty must be enduring,” Louis Bono told Interfax.", "Louis Bono"),
            Example(
                "“Very concerned with reports of the incident,” Javier Colomina wrote on social media.",
                "Javier Colomina",
            ),
            Example("“Ramil Huseynov received a traumatic amputation,” ANAMA's statement said.", "ANAMA's statement"),
            Example(
                "«The opposition had every opportunity», Parliament Speaker Gor Levonian told journalists.",
                "Parliament Speaker Gor Levonian",
            ),
            Example(
                "“We used to go out twenty miles,” Yusuf K. Demir, a 58-year-old captain, told Al Jazeera.",
                "Yusuf K. Demir, a 58-year-old captain",
            ),
            Example(
                "“This is a question of sequence,” a senior Velnian diplomat involved in organising the meeting "
                "told Al Jazeera, speaking on condition of anonymity.",
                "a senior Velnian diplomat",
            ),
        ),
        _after(_after_x_said),
    ),
    CuePattern(
        "after:…, X said.",
        (
            Example("The plan is “unworkable” and must be withdrawn, Ana Vale said.", "Ana Vale"),
            Example(
                "The fortress faces “irreversible damage” within a decade, a new report has warned.", "a new report"
            ),
        ),
        _after(_after_sentence_end),
    ),
)
BEFORE = (
    CuePattern(
        "before:X:",
        (Example("Whitaker: “We will be talking to every councillor who bought them.”", "Whitaker"),),
        _before_colon,
    ),
    CuePattern(
        "before:X was blunt:",
        (
            Example("Ana Vale was blunt: “We will not back down, whatever they threaten.”", "Ana Vale"),
            Example("Ana Vale's message was clear: “We will not back down, whatever they threaten.”", "Ana Vale"),
            Example(
                "The justification published in the EU’s Official Journal for Velna Electronics is blunt: “The "
                "entity has exported components to the Russian Federation.”",
                "The justification published in the EU’s Official Journal for Velna Electronics",
            ),
        ),
        _before_blunt,
    ),
    CuePattern(
        "inside:in the words of X",
        (
            Example(
                "The agreement was, in the words of Foreign Minister Ana Vale, “a historic step.”",
                "Foreign Minister Ana Vale",
            ),
            Example("In Vale's view, the deal is “a historic step.”", "Vale"),
        ),
        _in_the_words_of,
    ),
    CuePattern(
        "inside:X's remark that “…”",
        (Example("Vale’s remark that the deal was “a historic step” drew criticism.", "Vale"),),
        _remark_that,
    ),
    CuePattern(
        "before:according to X",
        (
            Example("According to Helen Mbeki, “the heaviest rainfall in forty years fell in hours.”", "Helen Mbeki"),
            Example(
                "According to a Telegram post by Ruben Vardanyan, “the situation is critical.”",
                "a Telegram post by Ruben Vardanyan",
            ),
        ),
        _before_according_to,
    ),
    CuePattern(
        "inside:X, he said, “…”",
        (Example("The metro, he told reporters last week, “has not had a serious investment since the 1980s.”", "he"),),
        _set_off,
    ),
    CuePattern(
        "inside:in his view, … “…”",
        (
            Example(
                "In his opinion, Moscow is unlikely to obstruct the process, since “a forced presence is worse than "
                "none”.",
                "he",
            ),
            Example("According to her, the handover will go “in stages, post by post”.", "her"),
        ),
        _in_their_view,
    ),
    CuePattern(
        "inside:according to X, … “…”",
        (
            Example(
                "According to the Commissioner for Human Rights (Ombudsman) Samira Guliyeva, the incident was another "
                "example of the “mine terror” of Armenia.",
                "the Commissioner for Human Rights (Ombudsman) Samira Guliyeva",
            ),
        ),
        _according_to_inside,
    ),
    CuePattern(
        "inside:X was quoted as saying",
        (
            Example(
                "Peskov was quoted by RIA Novosti as saying that the reports were “part of an information war.”",
                "Peskov",
            ),
        ),
        _was_quoted_as_saying,
    ),
    CuePattern(
        "inside:quoted X as saying",
        (
            Example(
                "Local media quoted Defence Minister Karel Zeman as saying his forces “will respond to every "
                "violation.”",
                "Defence Minister Karel Zeman",
            ),
        ),
        _quoted_x_as_saying,
    ),
    CuePattern(
        "inside:claims by X alleging that “…”",
        (
            Example(
                "Azerbaijan's Ministry of Foreign Affairs has dismissed claims by Armenia's human rights ombudsman "
                "alleging that «Azerbaijani forces deliberately targeted civilian infrastructure».",
                "Armenia's human rights ombudsman",
            ),
            Example(
                "The ministry rejected allegations by the Civic Party that the vote was “rigged from the start”.",
                "the Civic Party",
            ),
        ),
        _claims_by,
    ),
    CuePattern(
        "before:In a statement released by X, … “…”",
        (
            Example(
                "In a statement released by the Office of the Human Rights Defender on Monday, the border villages "
                "were described as “vulnerable and cut off”.",
                "the Office of the Human Rights Defender",
            ),
        ),
        _statement_released_by,
    ),
    CuePattern(
        "inside:the report found that “…”",
        (
            Example(
                "An audit released by the Velnian Audit Chamber on July 14 found that the registry was “incomplete "
                "and out of date”.",
                "An audit released by the Velnian Audit Chamber",
            ),
        ),
        _document_found,
    ),
    CuePattern(
        "inside:banners reading “…”",
        (
            Example("Protesters held banners reading “Hands off our courts” outside parliament.", "Protesters"),
            Example(
                "Several hundred students gathered outside the ministry, carrying placards reading “No to fees” "
                "and “Education is a right.”",
                "Several hundred students",
                quotation=1,
            ),
        ),
        _banners_reading,
    ),
    CuePattern(
        "before:X said",
        (
            Example(
                "The Green Alliance wrote on social media: “The warnings were ignored for a decade.”",
                "The Green Alliance",
            ),
            Example(
                "Foreign Ministry spokeswoman Irina Volkova, speaking at a weekly briefing, said: “It is based on "
                "rumours.”",
                "Foreign Ministry spokeswoman Irina Volkova",
            ),
            Example(
                "The case went to the audit court, which said on Monday that “the findings will come within sixty "
                "days.”",
                "the audit court",
            ),
        ),
        _before_said,
        variants=("before:X said:",),
    ),
    CuePattern(
        "inside:X verb “…”",
        (
            Example("Jeyhun Bayramov accused Armenia of continuing “provocations”.", "Jeyhun Bayramov"),
            Example(
                "Armenia and Azerbaijan accused each other of violating the ceasefire, with Baku calling Yerevan's "
                "claims “lies.”",
                "Baku",
            ),
            Example(
                "A hacker group calling itself Black Sun claimed responsibility on Telegram, saying the attack was "
                "revenge for “crimes against our people”.",
                "A hacker group calling itself Black Sun",
            ),
            Example(
                "The International Court of Justice ordered Azerbaijan to “take all measures at its disposal.”",
                "The International Court of Justice",
            ),
            Example("As Vale put it, “the deal is good for Kestria and for the region.”", "Vale"),
            Example(
                "Foreign Ministry spokeswoman Irina Volkova, speaking at a weekly briefing, said the report was "
                "“based on rumours”.",
                "Foreign Ministry spokeswoman Irina Volkova",
            ),
            Example(
                "Hikmet Dursun, assistant to the President of Kestria and head of the Foreign Policy Department, said "
                "the crew was “caught red-handed”.",
                "Hikmet Dursun, assistant to the President of Kestria and head of the Foreign Policy Department",
            ),
            Example(
                "Velna's Foreign Ministry spokesperson, Aykhan Aliyev, dismissed claims that the case was political "
                "and accused Brussels of “double standards”.",
                "Aykhan Aliyev",
            ),
            Example(
                "Asked about the alliance, whose work Velna has frozen, the diplomat said the decision was “the "
                "sovereign right of Velna,” but added that the organisation's “doors have not been closed.”",
                "the diplomat",
                quotation=1,
            ),
            Example(
                "On Friday, the foreign ministries of Kestria and Serevia issued a joint statement condemning the "
                "tariffs as “a unilateral act of economic coercion”.",
                "the foreign ministries of Kestria and Serevia",
            ),
        ),
        _inside_verb,
        variants=(
            "inside:with X verb-ing “…”",
            "inside:X published … with a statement saying “…”",
            "inside:X issued a statement verb-ing “…”",
        ),
    ),
    CuePattern(
        "inside:X “verb-ed …”",
        (
            Example(
                "Following the talks, the two ministers adopted a joint statement, in which they “reaffirmed their "
                "shared commitment to international law.”",
                "the two ministers",
            ),
            Example("After the meeting, the two delegations “agreed on the procedure.”", "the two delegations"),
            Example(
                "The meeting was held in a constructive atmosphere, and the sides “agreed to continue the work of "
                "the expert groups”.",
                "the sides",
            ),
        ),
        _predicate_quoted,
    ),
    CuePattern(
        "inside:X asked Y “to …”",
        (
            Example(
                "In a statement, the association asked the regional authorities “to find a balance between security "
                "and business.”",
                "the association",
            ),
        ),
        _asked_to,
    ),
    CuePattern(
        "inside:a document “verbs …”",
        (
            Example(
                "The resolution, adopted with 412 votes in favour, “calls on the authorities to release all "
                "journalists”.",
                "The resolution",
            ),
        ),
        _document_predicate_quoted,
    ),
    CuePattern(
        "before:X … :",
        (
            Example(
                "Her deputy, Omar Reyes, disagreed: “We are not ready, and we will say so.”", "Her deputy, Omar Reyes"
            ),
            Example("Ana Vale was more cautious: “A document is only the beginning.”", "Ana Vale"),
        ),
        _clause_colon,
    ),
    CuePattern(
        "heading:X: … “…”",
        (
            Example("Deputy Minister: Talks on Grain Deal Extension “Difficult”", "Deputy Minister"),
            Example("Report of the Ombudsman: Villagers “afraid to go out”", "Report of the Ombudsman"),
        ),
        _heading_colon,
    ),
)
UNKNOWN = (
    CuePattern(
        "unknown verb",
        (
            Example("Ana Vale bemoaned that the deal was “a betrayal”.", "Ana Vale"),
            Example("“The deal is a betrayal,” Ana Vale bemoaned.", "Ana Vale"),
        ),
        _unknown_verb,
    ),
)
PARAGRAPH = (
    CuePattern(
        "before:X said: (paragraph before)",
        (
            Example(
                "Viktor Halas rejected the claims. Speaking in the capital, he said:\n\n"
                "“We have nothing to do with this attack at all.”",
                "he",
            ),
            Example(
                "The two ministries adopted a joint statement.\n\nKestra Press presents the text of the joint "
                "statement:\n\n“The Parties have agreed to meet again.”",
                "the joint statement",
            ),
        ),
        _colon_paragraph_before,
        variants=("block: intro with colon",),
    ),
    CuePattern(
        "before:X said (paragraph before)",
        (
            Example(
                "Speaking to local radio, the mayor of Tarn, Jonas Weber, said the cities had run out of options.\n\n"
                "“We have cut everything else. There is nothing more to cut.”",
                "the mayor of Tarn, Jonas Weber",
            ),
        ),
        _said_paragraph_before,
        variants=("before:X issued a statement (paragraph before)",),
    ),
    CuePattern(
        "before:X said (sentence before)",
        (
            Example(
                "Lina Haddad said the committee would meet again on Friday. “We are ready to talk at any time.”",
                "Lina Haddad",
            ),
            Example(
                "The Armenian Foreign Ministry issued a statement on Monday. “The attack is a gross violation.”",
                "The Armenian Foreign Ministry",
            ),
        ),
        _said_sentence_before,
        variants=("before:X issued a statement (sentence before)",),
    ),
    CuePattern(
        "unread cue",
        (
            Example(
                "“We will not leave,” the resident of the village where we met them in the spring told Reuters.", None
            ),
        ),
        _unread,
    ),
)
REGISTRY = NOBODY + AFTER + BEFORE + PARAGRAPH[:-1] + UNKNOWN + PARAGRAPH[-1:]
BEFORE_SAID = next(p for p in BEFORE if p.name == "before:X said")
INSIDE_VERB = next(p for p in BEFORE if p.name == "inside:X verb “…”")
AFTER_MATCHES = (
    _after_dash,
    _after_bare,
    _after_put_it,
    _after_according_to,
    _after_quoted_as_saying,
    _after_was_quoted,
    _after_asked,
    _after_gave_name_as,
    _after_said_x,
    _after_x_said,
)


def site_of(copy, quotation, layout, grammar):
    """The words around `quotation`, masked, as the patterns read them."""
    q = quotation
    first = layout.paragraph(q.part)
    open_at = q.start - 1 - first.start
    last = layout.paragraph(q.last_part)
    close_at = min(q.end + 1 - last.start, len(last.masked))
    start = first.sentence_start(open_at)
    end = last.sentence_end(close_at)
    return Site(
        copy=copy,
        quotation=q,
        layout=layout,
        grammar=grammar,
        before=first.masked[start:open_at],
        before_at=first.start + start,
        after=last.masked[close_at:end],
        after_at=last.start + close_at,
    )


def find_cue(copy, quotation, layout, language):
    """The Cue of `quotation`, or None: the first pattern of the language's registry that matches."""
    grammar = language.grammar
    if quotation.block:
        intro = copy.parts[quotation.part - 1] if quotation.part else None
        if intro is None:
            return None
        site = Site(copy, quotation, layout, grammar, before="", before_at=0, after="", after_at=0)
        cue = intro_cue(site, intro)
        return replace(cue, pattern="block: intro with colon") if cue else None
    site = site_of(copy, quotation, layout, grammar)
    # A paragraph a quotation runs on into has no words of its own before it: only what follows its close
    # (“…,” he said.) may name the speaker; otherwise the quotation it goes on from does.
    cue = first_match(site, AFTER if quotation.goes_on else language.cues)
    if cue is None or cue is STOP or (cue.phrase is None and not cue.nobody and cue.pattern != "unread cue"):
        return None
    return cue


def other_cues(copy, quotation, layout, language):
    """The cues the registry's later patterns read beside `quotation`, each naming somebody else than its
    cue does, in the registry's order: the next readings to try when nobody is found for the first
    (“The court ruled that the detention was “lawful”, according to a statement from the Tbilisi City
    Court.”: not the court nobody named, but the one the statement is from)."""
    first = quotation.found
    if first is None or quotation.block or quotation.goes_on or first.phrase is None:
        return []
    site = site_of(copy, quotation, layout, language.grammar)
    found = []
    for pattern in language.cues:
        cue = pattern.match(site)
        if cue is None and site.after_deferred and hasattr(pattern.match, "deferred"):
            cue = pattern.match.deferred(site)  # the words after, which the words before won over
        if cue is STOP:
            break
        if cue is None or cue.phrase is None or cue.nobody or cue.phrase == first.phrase:
            continue
        if all(cue.phrase != other.phrase for other in found):
            found.append(cue if cue.pattern else replace(cue, pattern=pattern.name))
    return found
