"""English phrase grammar the stages share: noun phrases, the subject of a clause, sentence ends.

Built from a Lexicon, so every pattern sees the same words: a verb added to the lexicon is a verb
here, in the cue registry and in the speaker rules alike. The text these functions read is a
paragraph with its quotations masked (MASK), as layout.py prepares it.
"""

import re
from dataclasses import dataclass
from functools import cached_property

from newsroom.ingest.letters import LOWER, UPPER
from newsroom.ingest.lexicon import AUTHOR, CHARACTERISE, LEAD, NOUNS_IN_LY, PARTICIPLE, PUBLISH, SPEECH, head_in

MASK = "\x00"  # stands for every character of a quotation, marks included, in a masked paragraph
WORD = rf"[{UPPER}{LOWER}][\w’'.\-]*"
# An adverb between a subject and its verb (“…,” she quickly added), not a noun that ends the same way (“the family”)
ADVERB = rf"(?!(?:{'|'.join(sorted(NOUNS_IN_LY))})\b)\w+ly"
CAP = rf"[{UPPER}][\w’'.\-]*(?:/[{UPPER}][\w’'.\-]*)?"
# How many speak together: “the two countries”, “the energy ministries of the four countries”.
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
SEVERAL = "|".join(COUNTS)
# (“Colonel (ret.) Adalat Verdiyev”: a retired officer's rank, then his name)
RETIRED = r"\((?:[Rr]et|[Rr]etd|[Rr]etired)\.?\)"
NAME_RUN = rf"{CAP}(?:\s+(?:(?:of|the|for|de|al|bin|van|von|&|{RETIRED})\s+)*{CAP})*"
# A modifier may be a number: “the 67-year-old grower”, “the 2025 report”.
DET_PHRASE = rf"(?:the|a|an|another|its|his|her|their|one)\s+(?:(?:{WORD}|\d[\w\-]*)\s+){{0,6}}?{WORD}"
PRONOUN = r"(?:he|she|it|they|we|I)"
# Words that open a clause of their own inside a sentence: no noun phrase reads past them.
SUBORDINATORS = {
    "after",
    "before",
    "when",
    "while",
    "because",
    "since",
    "until",
    "although",
    "though",
    "whereas",
    "unless",
}
SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we"}
# What opens a relative clause set off by commas: “, who …”, “, of which Melkonyan is a member,”, “, a copy
# of which is available to NEWS.am,”
RELATIVE_OPENING = (
    r"who|which|whose"
    rf"|(?:(?:a|an|the|some|most|many|all|one|none)\s+(?:[{LOWER}]+\s+)?)?(?:of|in|to|for|with|among|by)\s+(?:which|whom)"
)
# “the Association of Young Lawyers (AYLD)”, “the Chamber of Civil Engineers (İMO)”
ACRONYM = rf"(?:\s*\([{UPPER}][\w\-]{{1,12}}\))?"
# People sent by a body, who speak for it: “Observers from the OSCE's Office for … said”.
SENT_PEOPLE = r"(?:[Oo]bservers|[Mm]onitors|[Ii]nspectors|[Dd]elegates)"
# Bodies a person may be of, named after the name (“X of the opposition Hayastan alliance”).
MEMBER_BODIES = (
    r"(?:party|alliance|bloc|faction|movement|coalition|union|association|organi[sz]ation|foundation|institute|"
    r"council|committee|club)"
)
# A body named by its own name that says it is one (“the opposition Coalition for Change”), as MEMBER_BODIES
# says it in lower case after a name (“the opposition Hayastan alliance”).
MEMBER_BODY_NAME = rf"(?P<body_name>{NAME_RUN})"


def names_a_member_body(m):
    """Whether the MEMBER_BODY_NAME matched in `m`, if any, holds a word of MEMBER_BODIES (“Coalition”)."""
    name = m.group("body_name")
    return not name or any(re.fullmatch(MEMBER_BODIES, w.lower()) for w in name.split())


# Bodies of one kind named once for two owners, capitalised: “The Embassies of the United States and the United
# Kingdom in Georgia” (Grammar.bodies_of_each).
BODIES_OF_EACH = (
    rf"(?:[Tt]he\s+)?(?P<heads>[{UPPER}{LOWER}][{LOWER}]+(?:ies|s))"
    # (“the commissions on border delimitation of Armenia and Azerbaijan”: what the bodies are for)
    rf"(?P<remit>\s+(?:on|for)\s+(?:[{LOWER}]+\s+){{0,3}}?[{LOWER}]+)?\s+of\s+(?P<first>(?:the\s+)?(?!\S+\s+of\s){NAME_RUN})\s+and\s+"
    rf"(?P<second>(?:the\s+)?{NAME_RUN})(?:\s+in\s+(?P<place>{NAME_RUN}))?"
)


# People of a body the text names, not named themselves: “Foreign Ministry sources”, “two Kremlin officials”.
BODY_PEOPLE = rf"(?:(?:[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any)\s+)?{NAME_RUN}\s+(?:sources|officials|diplomats)"


# Somebody described by age once named (“the 36-year-old told AFP”, “the 58-year-old farmer said”); with a
# noun after it when that noun is no verb (Grammar.np_at_start).
THE_AGED = r"[Tt]he\s+\d{1,3}-year-old"
# An age set off after a name, before what else is said of the person: “Seyran, 54, who works at the plant”.
AGE_SET_OFF = re.compile(r"^\s*,\s+\d{1,3}(?=,)")


# The occasion a document was adopted at, no part of its issuers' names (“… following the talks”).
OCCASION = (
    r"\s+(?:following|after|during|at the end of)\s+(?:the|their|its)\s+(?:\w+\s+)?"
    r"(?:talks|meeting|negotiations|visit|summit|session|consultations)\b"
)
# A body named in quotation marks before what it is: “the “Rioni Valley Guardians” movement”.
QUOTED_NAME_FIRST = rf"(?:[Tt]he|[Aa]n?)\s+[“\"«]([{UPPER}][^”\"»]{{2,60}})[”\"»]\s+"
# A name's acronym in brackets after it, read on past the name: “… and Human Wellbeing (Rospotrebnadzor)”.
# The members a description names after it: “, including Amnesty International and Human Rights Watch,”.
# One of those named: a name, or one with “and” in it closed by its acronym (“the International Society for Fair
# Elections and Democracy (ISFED)”).
_INCLUDED = rf"(?:the\s+)?{NAME_RUN}(?:(?:\s+and\s+{NAME_RUN})?\s+\([{UPPER}][\w\-]{{1,12}}\))?"
INCLUDING = re.compile(rf",\s+including\s+({_INCLUDED}(?:,\s+{_INCLUDED})*,?\s+and\s+{_INCLUDED}),?")
# What kind of body a name is, in a compound before it: “State-owned Bulgargaz”, “Tbilisi-based …”.
DESCRIBING = rf"[{UPPER}][{LOWER}]+-(?:owned|run|backed|controlled|based|funded)"
# The same with a place of more than one word: “Abu Dhabi-based Gulf Sun Energy”.
DESCRIBED = rf"(?:[{UPPER}][{LOWER}]+\s+){{0,2}}{DESCRIBING}"
# Which side a body is on, before its name: “the opposition Civic Forum”, “the ruling Georgian Dream”.
POLITICAL_SIDE = r"opposition|ruling|pro-government|pro-Kremlin|pro-Western|pro-Russian|independent|governing"
ACRONYM_AFTER = re.compile(rf"\s*\([{UPPER}][\w\-]{{1,20}}\)")
# A word or two in brackets after a name, no part of it: “Vahagn Sargsian (no relation)”, “Ana Vale (pictured)”
# (not an acronym, an age or a party: “(GYLA)”, “(54)”, “(Civil Contract)”).
ASIDE_IN_BRACKETS = re.compile(rf"\s\([{LOWER}][{LOWER} ]{{1,24}}\)(?=[\s,])")
INDEFINITE = re.compile(r"(?:an?|one|some|many|several|other)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Phrase:
    """A noun phrase found at the start of a text: its words and where it ends."""

    text: str
    end: int


def bare_word(word):
    """`word` in lower case without the punctuation around it or a possessive ’s."""
    return re.sub(r"[’']s$", "", word.lower().strip('.,;:!?()“”"«»'))


def alternation(words):
    """A regular-expression alternation of `words`, the longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class Grammar:
    """Patterns and phrase rules of English copy, from a lexicon."""

    def __init__(self, lexicon):
        self.lexicon = lexicon
        lx = lexicon
        speech_finite = lx.forms(SPEECH, kinds=("third", "past")) | {"say"}
        self.speech_forms = frozenset(speech_finite)
        self.VERB = alternation(speech_finite)
        fragment = (
            lx.forms(SPEECH, kinds=("third", "past"))
            | lx.forms(CHARACTERISE, kinds=("base", "third", "past"))
            | lx.forms(PARTICIPLE, kinds=("ing",))
            | {"say"}
        )
        self.fragment_forms = frozenset(fragment)
        self.FRAGMENT_VERB = alternation([*fragment, "spoke of", "referred to"])
        self.lead_forms = lx.forms(LEAD, kinds=("past",))
        self.publish_forms = lx.forms(PUBLISH, kinds=("past",))
        self.PUBLISHED = alternation(self.publish_forms)
        # Who drafted a document is its author (“has prepared a draft resolution”); not who commissioned or led it.
        self.DRAFTED = alternation(
            form
            for verb in lx.verbs
            if AUTHOR in verb.classes
            and verb.lemma not in {"commission", "lead", "co-lead", "spearhead", "initiate", "produce", "present"}
            for form in verb.past
        )
        # What a document's participle before “by” its issuer may be (“a report prepared by”, “issued by”)
        self.ISSUED = alternation(lx.forms(PUBLISH, AUTHOR, kinds=("past",)))
        self.heads = lx.organisation_heads | lx.person_heads | lx.document_heads
        self.HEADS = "|".join(sorted(self.heads))
        self.PERSON_HEAD = alternation(h for h in lx.person_heads if h not in {"man", "woman"})
        # An office's head as a title prints it: “Minister”, “Director”, “Ambassador”
        self.OFFICE_CAPITALISED = alternation(h.capitalize() for h in lx.office_heads if h.isalpha())
        self.BARE_ROLE = alternation((lx.person_heads - {"man", "woman", "resident", "witness"}) | lx.bare_role_extra)
        self.NATION = "(?:" + alternation(n for n in lx.nationalities if n[:1].isupper() and not n.isupper()) + ")"
        self.ORG_DESCRIPTOR = alternation(lx.organisation_descriptors)
        # What a body named in quotation marks may be said to be (“the observation mission “Citizen Observer””).
        self.QUOTED_BODY = alternation([*lx.organisation_descriptors, *lx.quoted_body_words])
        # What a body is, before or set off before its name (“Abkhazia's state power company, Chernomorenergo,”).
        self.BODY_DESCRIPTOR = alternation([*lx.organisation_descriptors, *lx.business_descriptors])
        self.DOCUMENT = alternation(lx.document_heads)
        months = "|".join(lx.months)
        adverbials = "|".join(sorted(lx.adverbials))
        self.SKIPPABLE = re.compile(
            rf"^(?:\s|,|\b(?:{adverbials}|\w+day|{months}|\d+(?:st|nd|rd|th)?|{ADVERB})\b)*$", re.IGNORECASE
        )
        # “Irina Volkova, speaking at a weekly briefing, said”: a phrase set off between subject and verb.
        self.INTERJECTION = re.compile(
            r"^\s*,\s+(?:(?:first|originally|later|also|since)\s+)?"
            rf"(?:[{LOWER}]+ed by|by|[{LOWER}]+ing|speaking|writing|addressing|answering|responding|asked|"
            r"interviewed|quoted|visiting|in|at|on|during|after|before|when|while|later|however|meanwhile|"
            # (then an auxiliary or an adverb: “Jikia, for his part, had promised”)
            r"for (?:his|her|its|their) part)\b[^\x00,;:“”\"]{0,140},"
            rf"\s*(?:(?:{ADVERB}|had|has|have|would|will|also)\b\s*)*$",
            re.IGNORECASE,
        )
        # What may stand between a speech verb and the quotation it introduces: “said on Monday that”.
        self.EXTRA = re.compile(
            r"^(?:,?\s+(?:in|on|at|to|during|after|before|with|via|from|through|over|while)\b[^\x00:;,]{0,70}?)?"
            r"\s*(?:,\s*)?(?:that\s*|:\s*|,\s*)?$"
        )
        # A relative clause between a subject and its verb: “, who asked not to be named because …,”
        # (“, of which Melkonyan is a member,”, “, to whom the letter was addressed,”)
        self.RELATIVE = re.compile(rf"^\s*,\s+(?:{RELATIVE_OPENING})\s+[^\x00;:“”\"]{{3,200}}?,\s*(?:{ADVERB}\s*)?$")
        # An aside set off by commas between a subject and its verb: a participle or where they are from
        # (“A member of the delegation, speaking on condition of anonymity, said”, “Another diplomat, from
        # an EU member state, said”)
        self.ASIDE_OPENING = rf"[{LOWER}]{{3,}}ing|asked|from\s+(?:an?|the)|based\s+in"
        # (a name in quotation marks inside it: “, answering a question about the “3+3” format,”)
        self.ASIDE = re.compile(
            rf"^\s*,\s+(?:{self.ASIDE_OPENING})\b(?:[^\x00,;:“”\"]|(?<=\s)\x00+(?=[\s,])){{3,160}}?,\s*(?:{ADVERB}\s*)?$"
        )
        # A bare role set off after a name: “Farhad Babayev, head of the Baku-based Analysis Centre, noted”
        self.BARE_APPOSITIVE = re.compile(
            rf"^\s*,\s+(?:the\s+)?(?:{self.BARE_ROLE})\s+(?:of|at)\s+[^\x00,;:“”\"]{{3,120}},\s*(?:{ADVERB}\s*)?$"
        )
        # A reduced one: “a diplomat involved in organising the meeting”, “an official familiar with the talks”
        self.REDUCED_RELATIVE = re.compile(
            # “a source who asked not to be named told”: a relative clause without commas, of anonymity
            # (after a place in a body: “a source in the industry familiar with the negotiations told”)
            rf"^\s+(?:(?:in|at|inside|within)\s+the\s+[{LOWER}][\w\-]*(?:\s+[{LOWER}][\w\-]*)?\s+(?=involved|familiar|close|briefed))?"
            r"(?:(?:involved in|familiar with|close to|based in|briefed on|(?:deployed|stationed|headquartered|"
            r"registered|set up|established|created|funded|backed|led|run)\s+(?:in|by|under|at|on|to|along))"
            r"\s+[^\x00,;:“”\"]{3,80}?"
            r"|who\s+(?:asked|requested|declined|spoke|was\s+not|is\s+not)\b[^\x00,;:“”\"]{3,80}?"
            # (“Supporters of the defendants who had gathered outside the court chanted”: where they were)
            r"|who\s+(?:had\s+|have\s+)?(?:gathered|assembled|rallied|marched|lined|stood|waited|camped)\b"
            r"[^\x00,;:“”\"]{3,80}?"
            # (“An International Monetary Fund mission that visited Yerevan earlier this month said”)
            r"|that\s+(?:visited|arrived|met|travelled|traveled|toured|monitored|observed)\b[^\x00,;:“”\"]{3,80}?)"
            r"(?:,\s+(?:speaking|who)\b[^\x00;:“”\"]{0,120},)?\s*$"
        )
        # A group of people the text does not name, with no determiner: “Protesters”, “several growers”.
        groups = lx.groups | {h + "s" for h in lx.person_heads if not h.endswith("s")}
        # A body named with its remit in lower case: “the Milli Majlis commission on international relations and
        # inter-parliamentary ties”, “the Working Group on Azerbaijan-Netherlands inter-parliamentary relations of
        # the Milli Majlis”.
        self.REMIT_BODY = re.compile(
            rf"(?:The|the)\s+{NAME_RUN}\s+(?:commission|committee|council|[Gg]roup)\s+(?:on|for)\s+"
            rf"(?:[{UPPER}][\w]*(?:-[{UPPER}][\w]*)+\s+)?"  # (the countries first: “Azerbaijan-Netherlands”)
            rf"(?!(?:years|months|decades|weeks|days|hours|now|long|a|an|the|its|their|some|many)\b)[{LOWER}][\w\-]*"
            rf"(?:,?\s+(?:and\s+)?[{LOWER}][\w\-]*){{0,8}}?"
            rf"(?:\s+of\s+(?:the\s+)?{NAME_RUN})?"
        )
        # One of a group the text described: “one of the traders”, “two of the people”, “one of the large traders”.
        self.ONE_OF = re.compile(
            rf"(?:one|two|three|some|several)\s+of\s+the\s+(?:[\w\-]+\s+){{0,2}}?(?:people|{alternation(groups)})\b"
            r"|one\s+of\s+(?:them|those)",
            re.IGNORECASE,
        )
        # Those “one of them” points back to: people the text described, with what it said of them
        # (“Two diplomats familiar with the talks”, “several officials at the ministry”).
        self.DESCRIBED_GROUP = re.compile(
            rf"\b(?:people|{alternation(groups)})\b(?:\s+(?:familiar\s+with|close\s+to|involved\s+in|"
            r"briefed\s+on|with\s+knowledge\s+of|from|of|at|in)\s+(?:the\s+)?[\w\-’']+(?:\s+[\w\-’']+){0,3}?(?=[,.;]|\s+(?:said|told|say)\b))?",
            re.IGNORECASE,
        )
        self.GROUP = re.compile(
            r"\s*((?:(?:a|an)\s+(?:group|crowd|number|handful)\s+of\s+)?"
            r"(?:(?:several|many|some|dozens|hundreds|thousands|a few|more than|about|around|nearly|over)\s+)?"
            r"(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?:hundred|thousand|dozen)\s+)?"
            rf"(?:of\s+)?(?:(?:{alternation(lx.group_adjectives)}|[{UPPER}][{LOWER}]+(?:ian|ani|ish|ese))\s+)?"
            rf"(?:{alternation(groups)})"
            # “painters, sculptors and art historians”: several kinds of people, one group
            rf"(?:(?:,\s+(?:[{LOWER}]+\s+)?(?:{alternation(groups)}))*,?\s+and\s+(?:[{LOWER}]+\s+)?(?:{alternation(groups)}))?"
            # “lecturers from several universities”: where they come from, when it names no one
            rf"(?:\s+(?:from|of|at)\s+(?:several|many|various|different|local|their)\s+[{LOWER}]+"
            # “supporters of the defendants”, “relatives of the detained”: whose, when it names no one
            rf"|\s+of\s+the\s+(?-i:[{LOWER}])[\w\-]*(?![\w’'])(?!\s+(?:of\b|(?-i:[{UPPER}]))))?)"
            r"(?![\w’'])(?!\s+(?:of|from|in|at)\b)",
            re.IGNORECASE,
        )
        self.APPOSITIVE = re.compile(
            # (a name in quotation marks may stand inside: “, an MP from the opposition “Armenia” Faction who …,”)
            # (or before what it is: “, a member of the opposition “Hayastan” (Armenia) faction,”)
            # (and a number's comma or point: “, a pro-Kremlin blogger with more than 300,000 followers,”)
            rf",\s+(?:the|a|an|who|whose|its|his|her|one)\b(?:[^\x00,;:.]|(?<=\d)[,.](?=\d)|(?<=\b[{UPPER}])\.|(?<=\s)\x00+(?=\s+(?:[{UPPER}(]|"
            r"(?:faction|party|bloc|alliance|movement|coalition|group|organi[sz]ation|initiative|union|club)\b)))"
            r"{0,140}"
            r"(?:,|(?=\s+\w+\s*$)|$)"
        )

    @cached_property
    def DOCUMENT_OF(self):
        """“a statement issued by X”, “the report of X, which …”: a document and who issued it (`issuer`),
        which ends where the sentence's verb begins: any verb of the lexicon's that follows a subject."""
        lx = self.lexicon
        verbs = lx.forms(SPEECH, CHARACTERISE, LEAD, PUBLISH, kinds=("third", "past")) | lx.not_speech
        return re.compile(
            r"\b(?:statement|communiqu[eé]|press release|declaration|report|letter|study|review|audit|survey|"
            r"assessment|analysis|strategy)\s*,?\s+"
            # (“A report published this month by the Yerevan-based Caucasus Trade Observatory”: when, then by whom)
            rf"(?:of|from|by|(?:{self.ISSUED})"
            r"(?:\s+(?:(?:this|last|earlier\s+this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)"
            rf"|on\s+[{UPPER}]\w+(?:\s+\d{{1,2}}|\s+(?:morning|afternoon|evening|night))?"
            rf"|in\s+(?:[{UPPER}]\w+|\d{{4}})))?\s+by)\s+"
            # (not a day: “the trilateral statement of November 9, 2020”)
            # (a name or a body's description, not a noun: “the 1990 declaration of independence”)
            rf"(?P<issuer>(?!(?i:{'|'.join(lx.months)})\b|\d)(?=(?:the|a|an|its|his|her|their|several|some|both|many|more|over|dozens|{SEVERAL})\s|[{UPPER}])"
            rf"(?:the\s+)?[^,.;:\x00“”\"]+?"
            # (several, listed: “by the Prosecutor General's Office, the Ministry of Internal Affairs and the Mine
            # Action Agency (ANAMA)”)
            # (up to a verb after it: “a report by the Presidency of Strategy and Budget released earlier this month”)
            rf"(?:(?:,\s+(?:the\s+)?[{UPPER}][^,.;:\x00“”\"]+?)*,?\s+and\s+(?:the\s+)?[{UPPER}][^,.;:\x00“”\"]+?"
            rf"(?=[,.;:]|\s+(?:{alternation(verbs)})\b))?)"
            rf"(?=[,.;:]|\s+(?:on|which|that|to|in|at|following|after|during|dated|{alternation(verbs)})\b"
            rf"|\s+and\s+[{LOWER}]+ed\b)"  # “published by the agency and carried out with engineers from …”
        )

    # Sentences -----------------------------------------------------------------------------

    @cached_property
    def _sentence_end(self):
        return re.compile(rf"[.!?](?=\s+[{UPPER}\x00(“\"«‘]|\s*$)")

    def sentence_ends(self, masked):
        """Offsets just after each full stop, question or exclamation mark that ends a sentence of
        `masked` (not an abbreviation's, not an initial's), in order. One pass over the text."""
        ends = []
        for m in self._sentence_end.finditer(masked):
            word = re.search(r"([\w.]+)$", masked[max(0, m.start() - 24) : m.start()])
            if word and word.group(1).lower().rstrip(".") in self.lexicon.abbreviations:
                continue
            if re.search(rf"(?:^|[^\w])[{UPPER}]$", masked[max(0, m.start() - 2) : m.start()]):
                continue  # an initial: “Louis B. Bono”
            ends.append(m.end())
        return ends

    # Noun phrases --------------------------------------------------------------------------

    def is_not_name(self, word):
        return word in self.lexicon.not_names or word in self.lexicon.calendar

    def np_at_start(self, text):
        """(phrase, end) of the noun phrase that opens `text`: a pronoun, a name with its appositive,
        or a determiner phrase up to its head ("the ministry spokeswoman", "a statement from the
        prime minister’s office"). None when `text` does not open with one."""
        verb = self.VERB
        m = re.match(rf"\s*({PRONOUN})\b", text, re.IGNORECASE)
        if m and m.group(1).lower() in SUBJECT_PRONOUNS:
            return Phrase(m.group(1), m.end())
        m = re.match(rf"\s*({BODIES_OF_EACH})(?![\w’'])", text)
        if m and self.bodies_of_each(m.group(1)):
            return Phrase(m.group(1), m.end())  # “The Embassies of the United States and the United Kingdom in Georgia”
        m = re.match(rf"\s*({BODY_PEOPLE})\b", text)
        if m and not self.is_not_name(m.group(1).split()[0]):
            return Phrase(m.group(1), m.end())  # “Foreign Ministry sources said”: people of a body, not named
        m = re.match(rf"\s*({self.REMIT_BODY.pattern})(?=\s+(?:(?:also|{ADVERB})\s+)?(?:{verb}|[{LOWER}]+ed)\b)", text)
        if m:  # “The Milli Majlis commission on international relations and inter-parliamentary ties also issued”
            return Phrase(m.group(1), m.end())
        owned = re.match(rf"\s*{NAME_RUN}[’']s\s+(?i:{DESCRIBING})\s+(?={CAP})", text)
        if owned:  # “Russia’s state-owned Inter RAO, which …, said”: the body, by its own name
            named = self.np_at_start(text[owned.end() :])
            return Phrase(named.text, owned.end() + named.end) if named else None
        known = re.match(
            rf"\s*(?:[Aa]n?|[Oo]ne)\s+[^\x00,;:.“”\"]{{1,60}}?\s+who\s+(?:asked\s+to\s+be\s+|was\s+|would\s+be\s+)?"
            rf"identified\s+only\s+as\s+({NAME_RUN})(?![\w’'])",
            text,
        )
        if known:  # “A taxi driver who asked to be identified only as Rinat said”: Rinat
            return Phrase(known.group(1), known.end())
        side = re.match(rf"\s*[Tt]he\s+(?:{POLITICAL_SIDE})\s+(?=[{UPPER}])", text)
        if side:  # “The opposition Civic Forum of Abkhazia said”, “the ruling Georgian Dream party”: the body, by name
            named = self.np_at_start(text[side.end() :])
            return Phrase(named.text, side.end() + named.end) if named else None
        age = re.match(
            # (or where they are based: “Aktau-based eco-activist Dinara Tulegenova, who …, wrote”)
            rf"\s*(?:\d{{1,3}}-year-old|retired|[{UPPER}][\w\-]*-based(?:\s+[{LOWER}][\w\-]*){{1,2}})\s+(?=[{UPPER}])",
            text,
        )
        if age:  # “64-year-old Manana Kvaratskhelia, who …, told JAMnews”, “retired Colonel Adalat Verdiyev told”:
            # the person, her age or retirement aside
            named = self.np_at_start(text[age.end() :])
            return Phrase(named.text, age.end() + named.end) if named else None
        m = re.match(
            rf"\s*({SENT_PEOPLE}\s+(?:from|of)\s+(?:the\s+)?{NAME_RUN}"
            rf"(?:[’']s\s+{NAME_RUN})?(?:\s+and\s+{NAME_RUN})?{ACRONYM})",
            text,
        )
        if m:  # “Observers from the OSCE’s Office for Democratic Institutions and Human Rights (ODIHR)”
            return Phrase(m.group(1), m.end())
        m = re.match(
            # (the head in lower case after a capitalised word: “Deputy chairman of the State Duma Committee on Labour
            # Arkady Zverev, by contrast, called”)
            rf"\s*((?:(?:[{UPPER}][\w\-]*\s+){{0,3}}(?:{self.OFFICE_CAPITALISED})|(?:[{UPPER}][\w\-]*\s+){{1,3}}"
            rf"(?i:{self.OFFICE_CAPITALISED}))"
            rf"(?:\s+(?:of|for|at|on|to|and|the|[{UPPER}][\w’'\-]*))*?\s+[{UPPER}][\w’'\-]+\s+[{UPPER}][\w’'\-]+)"
            rf"(?=\s*,|\s+(?:{ADVERB}\s+)?(?:{verb})\b)",
            text,
        )
        if m and " " in m.group(1).strip() and re.search(r"\s(?:of|for|at)\s", m.group(1)):
            # “Vice Minister of Trade and Integration of Kazakhstan Dauren Zhaksylykov, in turn, said”, “Director at
            # the European Commission's Directorate-General for Energy Katrin Vossberg, addressing …, said”: an office
            # with its complement, capitalised, then the name of who holds it
            return Phrase(m.group(1), m.end())
        m = re.match(
            rf"\s*((?:{CAP}\s+){{0,3}}(?i:{self.PERSON_HEAD})\s+(?:for|on)\s+[{LOWER}][\w\-]*"
            rf"(?:,?\s+(?:and\s+)?[{LOWER}][\w\-]*){{0,8}}\s+[{UPPER}][\w’'\-]+\s+[{UPPER}][\w’'\-]+)"
            rf"(?=\s*,|\s*$|\s+(?:{ADVERB}\s+)?(?:{verb})\b)",
            text,
        )
        if m:  # “EU spokesperson for foreign affairs and security policy Pernille Holm said”: an office with its
            # remit in lower case, then the name of who holds it
            return Phrase(m.group(1), m.end())
        m = self.PORTFOLIO_OFFICE.match(text)
        if m and re.search(
            r"\s(?:and|&)\s", m.group(1)
        ):  # “Energy and Natural Resources Minister Murat Kalkan”, “Turkish Transport and Infrastructure Minister
            # Hasan Yalcinkaya”: an office of portfolios joined by “and”, then its holder's name
            return Phrase(m.group(1), m.end())
        m = re.match(
            rf"\s*((?:the\s+)?(?:[{UPPER}][{LOWER}]+\s+)?(?i:{self.PERSON_HEAD}|MP)\s+(?:of|from)\s+(?:the\s+)?(?:[\w’'\-]+\s+){{0,4}}?"
            rf"(?:faction|party|bloc|group|alliance|movement|coalition|team|club|squad|orchestra|troupe|ensemble)"
            rf"\s+{NAME_RUN})",
            text,
        )
        if m and not re.search(rf"\b(?:{verb})\b", m.group(1)):
            # “MP of the opposition “Hayastan” faction Artur Grigoryan”, “Head coach of the Moldova national team
            # Igor Cebotari”: an office in a body, then the name
            return Phrase(m.group(1), m.end())
        m = re.match(
            rf"\s*((?:{CAP}\s+){{0,5}}(?i:{self.PERSON_HEAD})\s+(?:in|to|at)\s+{self._COUNTRY}\s+{NAME_RUN})(?![\w’'])",
            text,
        )
        if m:  # a posting's country between the office and the name: “UNDP Resident Representative in Azerbaijan
            # Aigul Sadykova”, “Ambassador to Georgia Nino Beridze”
            return Phrase(m.group(1), m.end())
        m = re.match(rf"\s*((?:[\w’'.\-]+\s+){{0,6}}?(?:{self.PERSON_HEAD}|MP)\s+{NAME_RUN})", text)
        if (
            m
            and m.group(1)[:1] not in '“"'
            and not re.search(rf"\b(?:{verb})\b", m.group(1))
            # (not a name and a verb the lexicon does not know: “Bayramov also singled out Kazakhstan forward X”,
            # “Nikol Pashinyan met U.S. envoy Louis Bono”)
            and not re.match(rf"\s*(?:[{UPPER}][\w’'\-.]*\s+){{1,4}}(?:also\s+|{ADVERB}\s+)?[{LOWER}]+ed\b", m.group(1))
            and not re.match(
                rf"\s*(?:[{UPPER}][\w’'\-.]*\s+){{1,4}}(?:also\s+|{ADVERB}\s+)?(?:{alternation(self.lexicon.finite_words)})\s",
                m.group(1),
            )
        ):
            # “chief executive Priya Raman”, “Russian Foreign Ministry spokeswoman Irina Volkova”, past a “one of …” set
            # off after the name (“Georgian Dream MP Mamuka Tsertsvadze, one of its authors, said”)
            one_of = re.match(r",\s+one\s+of\s+(?:its|the|their|his|her)\s+[^\x00,;:.“”\"]{2,60},", text[m.end() :])
            # (or what the body the name is of is: “MP Artur Ghazaryan of the Hayastan faction”)
            body = re.match(rf"\s+{MEMBER_BODIES}\b", text[m.end() :]) if " of the " in m.group(1) else None
            if body and not one_of:
                return Phrase(m.group(1) + body.group(0), m.end() + body.end())
            # (or the acronym of the body the name is of: “… of the Georgian Young Lawyers' Association (GYLA)”)
            acronym = re.match(rf"\s*\([{UPPER}][\w\-]{{1,12}}\)", text[m.end() :]) if " of " in m.group(1) else None
            return Phrase(m.group(1), m.end() + (one_of.end() if one_of else acronym.end() if acronym else 0))
        m = re.match(
            rf"\s*([Pp]olice|[Pp]rosecutors)\b(?![\w’'\-]|\s+[{LOWER}]+(?:s|man|woman|force|station|department)\b)",
            text,
        )
        if m:  # “police said”: the police force named before, or the police
            return Phrase(m.group(1), m.end())
        m = re.match(
            rf"\s*((?:[Tt]he\s+)?{self.NATION}\s+and\s+{self.NATION}\s+(?:[{UPPER}{LOWER}][\w\-]*\s+){{0,2}}?"
            r"(?:[Mm]inistries|[Gg]overnments|[Dd]elegations|[Ee]mbassies|[Pp]residents|[Ll]eaders|[Aa]rmies|[Cc]ommissions))\b",
            text,
        )
        if m:  # “the Russian and Iranian Foreign Ministries said”: two bodies, one each
            return Phrase(m.group(1), m.end())
        m = re.match(
            rf"\s*((?:{self.NATION}\s+)+(?:peacekeepers|peacekeeping (?:forces|contingent|mission)|forces|troops|"
            r"military|army|authorities|border guards|police))\b",
            text,
        )
        if m:  # “Russian peacekeepers said”, “Azerbaijani forces”: a body named by its nationality
            return Phrase(m.group(1), m.end())
        m = re.match(
            rf"\s*((?:[{UPPER}{LOWER}][\w\-]*\s+){{0,2}}?(?:{self.ORG_DESCRIPTOR})\s+{NAME_RUN})(?![\w’'])", text
        )
        opening = m and re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", m.group(1)).split()[0]
        if m and not self.is_not_name(opening) and not re.search(rf"\b(?:{verb})\b", m.group(1)):
            # “Environmental group Taiga Watch”, “the pro-government website Haqqin.az”
            return Phrase(m.group(1), m.end())
        m = re.match(rf"\s*((?:{NAME_RUN})\s+spokes(?:man|woman|person))\b(?!\s+[{UPPER}])", text)
        if m and not self.is_not_name(m.group(1).split()[0]):
            return Phrase(m.group(1), m.end())  # “Azerbaijan's Defence Ministry spokesman”, nobody named
        owned_head = rf"(?:(?<=[’']s)\s+(?:{WORD}\s+){{0,2}}(?:{self.HEADS})\b)?"
        m = re.match(
            rf"\s*((?:[Tt]he\s+)?(?:{NAME_RUN})(?:\s+and\s+{NAME_RUN})?{owned_head}\s*\([{UPPER}][\w\-]{{1,12}}\))",
            text,
        )
        if m and not self.is_not_name(re.sub(r"^[Tt]he\s+", "", m.group(1)).split()[0].rstrip("’'s")):
            # “the State Committee for National Security (GKNB)”, “The Disaster and Emergency Management
            # Authority (AFAD)”: a name closed by its acronym, whatever “and” it holds
            person = re.match(rf"\s+{NAME_RUN}(?![\w’'])", text[m.end() :])
            if person and any(head_in(w, self.lexicon.person_heads) for w in m.group(1).split()[:3]):
                # … unless it is an office in that body, and the person holding it is named after it: “Chairman of
                # the Board of the Mine Action Agency of the Republic of Azerbaijan (ANAMA) Elchin Mammadli”
                return Phrase(m.group(1) + text[m.end() : m.end() + person.end()], m.end() + person.end())
            part = re.match(rf"(?:\s+[{UPPER}][\w\-]*){{1,2}}(?![\w’'])(?!\s+[{UPPER}])", text[m.end() :])
            if part and head_in(part.group(0).split()[-1].lower(), self.lexicon.organisation_heads):
                # “The Collective Security Treaty Organization (CSTO) Secretariat”: a body of the one named
                return Phrase(m.group(1) + part.group(0), m.end() + part.end())
            return Phrase(m.group(1), m.end())
        m = self.GROUP.match(text)
        if m and " of the " in m.group(1):  # “Supporters of the defendants chanted”: people, not a name
            return Phrase(m.group(1), m.end())
        # (a body's part named after the body: “Civil Contract’s Shirak regional branch congratulated …”)
        m = re.match(
            # (“Xural Media’s editor-in-chief”: the head and its compound)
            rf"\s*((?:{NAME_RUN})[’']s\s+(?:[\w\-’']+\s+){{0,3}}(?:{self.HEADS})(?:-[\w\-]+)?\b)(?![\w’'\-])(?!\s+[{UPPER}])",
            text,
        )
        if m and not self.is_not_name(m.group(1).split()[0].rstrip("’'s")):
            return self._name_with_appositive(text, m)
        # (a political body's name with what it is after it: “Nersisian’s Communal Alliance bloc, which …”)
        m = re.match(
            rf"\s*((?:{NAME_RUN}){owned_head}(?:\s+(?:bloc|party|alliance|movement|faction|coalition)\b)?)", text
        )
        if m and not self.is_not_name(m.group(1).split()[0].rstrip("’'s")):
            return self._name_with_appositive(text, m)
        m = re.match(rf"\s*((?:[Tt]he|[Ii]ts|[Tt]heir)\s+{NAME_RUN})(?![\w’'])", text)
        if m and not self.is_not_name(m.group(1).split()[1]):
            end = self._posted(text, m.group(1), self._and_portfolio(text, m.group(1), m.end()))
            # “the National Medical Chamber”, and nothing but punctuation, or another name after “and”
            if not re.match(rf"\s+[{LOWER}{UPPER}]", text[end:]) or re.match(
                rf"\s+and\s+(?:the\s+)?[{UPPER}]", text[end:]
            ):
                # “the Charter of Journalistic Ethics, an association of 400 journalists,”
                app = re.match(r",\s+(?:who|which)\b[^\x00,;:.]{0,140},", text[end:]) or self.APPOSITIVE.match(
                    text[end:]
                )
                if app and not app.group(0).rstrip().endswith(","):
                    app = None  # an appositive must be closed before the verb
                return Phrase(text[m.start(1) : end], end + (app.end() if app else 0))
        m = re.match(
            rf"\s*((?i:{alternation(self.lexicon.firm_voices)})\s+(?:at|of|from)\s+(?:the\s+)?{NAME_RUN})", text
        )
        if m:  # “analysts at Caspian Research”: the firm's
            return Phrase(m.group(1), m.end())
        m = re.match(rf"\s*(?:[{UPPER}{LOWER}][\w\-]*\s+){{0,5}}?[{LOWER}][\w\-]*s(?=,\s+including\s)", text)
        named = INCLUDING.match(text, m.end()) if m else None
        if named:  # “several rights groups, including Amnesty International and Human Rights Watch,”: those named
            return Phrase(named.group(1), named.end())
        m = self.GROUP.match(text)
        if m and m.group(1)[:1] not in '“"':  # “Demonstrators waving flags blocked …”, “several growers told AFP”
            return Phrase(m.group(1), m.end())
        m = re.match(
            rf"\s*(?i:{self.ONE_OF.pattern}),\s+(?:\d{{1,3}}-year-old\s+)?([{UPPER}][\w\-]+(?:\s+[{UPPER}][\w\-]+){{1,2}})"
            r"(?=\s*(?:[,.;:)]|$))",
            text,
        )
        if m and not self.is_not_name(m.group(1).split()[0]):  # “one of the protesters, 67-year-old Sirvard X”: her
            return Phrase(m.group(1), m.end())
        m = re.match(rf"\s*({self.ONE_OF.pattern})\b(?!\s*,\s+(?!who\b))", text, re.IGNORECASE)
        if m:  # “one of the people said”: one of those the text described (“people familiar with the talks”)
            return Phrase(m.group(1), m.end())
        m = re.match(
            rf"\s*((?:{self.ONE_OF.pattern})\b,\s+(?:an?)\s+[^\x00,;:.“”\"]{{2,80}})(?:,|(?=\.?\s*$))",
            text,
            re.IGNORECASE,
        )
        if m:  # “one of them, a retired schoolteacher, told Azatutyun.am”: one of them, as described
            # (or after the verb, to the sentence's end: “…,” said one of the sources, a senior official at X.)
            return Phrase(m.group(1), m.end())
        m = re.match(
            rf"\s*((?:the|a|an)\s+(?:[\w\-]+\s+){{0,3}}?(?:{self.QUOTED_BODY})"
            rf"\s+[“\"«][{UPPER}][^”\"»]{{2,60}}[”\"»])",
            text,
            re.IGNORECASE,
        )
        if m:  # “The local observer organization “Independent Observation Center””: a body named in quotation marks
            return Phrase(m.group(1), m.end())
        m = re.match(rf"\s*({QUOTED_NAME_FIRST}(?i:{self.QUOTED_BODY}))\b", text)
        if m:  # “The “Rioni Valley Guardians” movement”: the name in quotation marks first
            return Phrase(m.group(1), m.end())
        m = re.match(rf"\s*({THE_AGED})(\s+[{LOWER}][\w\-]*)?(?![\w’'])", text)
        if m:  # “the 36-year-old told AFP”, “the 58-year-old farmer said”: somebody named before, by age
            noun = m.group(2) and not re.fullmatch(rf"\s+(?:{verb})", m.group(2))
            return Phrase(m.group(1) + (m.group(2) if noun else ""), m.end() if noun else m.end(1))
        m = re.match(rf"\s*({DET_PHRASE})", text, re.IGNORECASE)
        if m:
            return self._determiner_phrase(text, m)
        return None

    def bodies_of_each(self, phrase):
        """“The Embassies of the United States and the United Kingdom in Georgia”: the names of each body (“Embassy
        of the United States in Georgia”, …), or [] when the phrase is not of that kind."""
        m = re.fullmatch(BODIES_OF_EACH, phrase)
        if not m:
            return []
        head = re.sub(r"ies$", "y", m.group("heads")).removesuffix("s")
        if not head_in(head.lower(), self.lexicon.organisation_heads):
            return []
        where = f" in {m.group('place')}" if m.group("place") else ""
        head = head[0].upper() + head[1:] + (m.group("remit") or "")
        return [f"{head} of {owner}{where}" for owner in m.group("first", "second")]

    @cached_property
    def _BODY_OF(self):  # “Service for …”, “Commission on …”: a body's name that goes on
        return re.compile(
            rf"\b(?:{alternation(w.capitalize() for w in self.lexicon.organisation_heads)})\s+(?:for|of|on)\s"
        )

    @cached_property
    def _ON_NAME(self):  # “ on Consumer Rights Protection”, not “ on Monday”
        return re.compile(rf"\s+(?:on|for)\s+(?!(?:{alternation(self.lexicon.calendar)})\b){NAME_RUN}")

    @cached_property
    def _COUNTRIES(self):  # the countries' names, as the lexicon's demonyms give them: an alternation
        return alternation(self.lexicon.countries)

    @cached_property
    def DEMONYMS(self):  # “Russian”, “Azerbaijani”: any demonym the lexicon knows, as a word
        return re.compile(rf"(?<![\w\-])({alternation(self.lexicon.demonyms)})(?![\w\-])")

    @cached_property
    def PORTFOLIO_OFFICE(self):
        """An office of portfolios (joined by “and” where np_at_start reads it), capitalised, then a name
        (“Turkish Transport and Infrastructure Minister Hasan Yalcinkaya”, “Azerbaijan's Energy and Natural Resources
        Minister X”)."""
        portfolio = alternation(self.lexicon.portfolio_words)
        return re.compile(
            # (a country's, by its demonym or its name: “Turkish”, “Ostranan”, “Azerbaijan's”)
            rf"\s*((?:(?:{self.NATION}|{self._COUNTRY}[’']s|[{UPPER}][{LOWER}]+(?:ian|an|ese|ish|i))\s+)?(?:{portfolio})(?:(?:,\s+|\s+(?:and|&)\s+|\s+)(?:{portfolio}))*\s+"
            rf"(?:(?:Deputy|Vice|First\s+Deputy)\s+)?(?:{self.OFFICE_CAPITALISED})\s+"
            rf"[{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+)+)(?![\w’'])"
        )

    @cached_property
    def _COUNTRY(self):
        return rf"(?:the\s+)?(?:{self._COUNTRIES})\b"

    @cached_property
    def _COUNTRY_END(self):
        return re.compile(rf"\b(?:{self._COUNTRIES})$")

    def _and_portfolio(self, text, phrase, end):
        """The end of a body's or an office's name whose “of X and Y” goes on past “and”: “Ministry of
        Ecology” + “ and Natural Resources” (two capitalised words, or a portfolio's word); “State Commission
        on Prisoners of War, Hostages and Missing Persons”, “Ministry of Education, Science, Culture and
        Sports” (a list with commas)."""
        # “Federal Service for Surveillance” + “ on Consumer Rights Protection”: a body's name goes on
        if head_in(
            phrase.split()[-1] if phrase.split() else "", self.lexicon.organisation_heads
        ) or self._BODY_OF.search(phrase):
            while on := self._ON_NAME.match(text, end):
                end = on.end()
                phrase += on.group(0)
        more = re.match(
            rf"(?P<on>\s+on\s+{NAME_RUN})?(?P<list>(?:,\s+{CAP}(?:\s+{CAP})*)*)\s+and\s+(?P<last>{CAP}(?:\s+{CAP})*)"
            r"(?![\w’'])",
            text[end:],
        )
        if more and (
            more.group("last").endswith(("’s", "'s"))
            or more.group("last").split()[0] in self.lexicon.person_title_words
        ):
            more = None  # “… and Armenia's …”, “… and Deputy Prime Minister …”: another name
        if more and self._COUNTRY_END.search(phrase):
            more = None  # “the Bar Association of Georgia and Open Society Georgia”: a country ends a name
        if more and not more.group("list") and head_in(more.group("last").split()[-1], self.lexicon.organisation_heads):
            if not any(head_in(w, self.lexicon.organisation_heads) for w in phrase.split()):
                # “the Georgian National Energy and Water Supply Regulatory Commission”: the head after “and”
                end += more.end()
                more = None
        if more and (re.search(r"\s(?:of|on|for)\s", phrase) or more.group("on")):
            last = more.group("last")
            acronym_next = ACRONYM_AFTER.match(text, end + more.end())
            if more.group("list") or len(last.split()) >= 2 or last in self.lexicon.portfolio_words or acronym_next:
                end += more.end()  # (“… for Fair Elections and Democracy (ISFED)”: the acronym closes the name)
                # and whose body it is, after the portfolio: “Ministry of Ecology and Natural Resources” + “ of Velna”
                owner = re.match(rf"\s+of\s+(?:the\s+)?{NAME_RUN}(?![\w’'])", text[end:])
                if owner and any(head_in(w, self.lexicon.organisation_heads) for w in phrase.split()):
                    end += owner.end()
        # the name's acronym in brackets after it: “… and Human Wellbeing (Rospotrebnadzor)”
        acronym = ACRONYM_AFTER.match(text, end)
        return acronym.end() if acronym else end

    def _posted(self, text, phrase, end):
        """The end of a body's name that goes on with where it is posted: “The Embassy of Italy” + “ in Armenia”."""
        posted = re.match(rf"\s+in\s+{NAME_RUN}", text[end:])
        # (or in lower case, as its head: “Russia’s embassy” + “ in Sukhumi”)
        if posted and (
            re.search(r"\b(?:Embassy|Mission|Delegation|Office|Representation|Consulate)\b", phrase)
            or re.search(r"\b(?:embassy|mission|delegation|office|representation|consulate)$", phrase)
        ):
            end += posted.end()
            acronym = ACRONYM_AFTER.match(text, end)  # “… Mission in Armenia (EUMA)”
            return acronym.end() if acronym else end
        return end

    def _name_with_appositive(self, text, m):
        end, phrase = m.end(), m.group(1)
        end = self._posted(text, phrase, self._and_portfolio(text, phrase, end))
        phrase = text[m.start(1) : end]
        # (“Vahagn Sargsian (no relation), a senior lawmaker”: read as if the words in brackets were not there)
        aside = ASIDE_IN_BRACKETS.match(text, end)
        name_end, skipped = end, (aside.end() - end if aside else 0)
        text = text[:end] + text[end + skipped :]
        # An appositive: ", the ministry spokeswoman," / ", who is also the American co-chair".
        app = self.APPOSITIVE.match(text[end:])
        # “Hikmet Hajiyev, assistant to the President and head of the Foreign Policy Department,”
        # (a body's name in quotation marks may stand inside: “, coordinator of the public initiative “Almaty Air”,”)
        app = app or re.match(
            rf",\s+(?:[{LOWER}][\w\-]*\s+){{0,3}}?(?:{self.BARE_ROLE})\b(?:[^\x00,;:.“”\"]|(?<=\s)\x00+(?=,)){{0,160}}?"
            r"(?:,|$)",
            text[end:],
        )
        # “Karen Aslanyan, Minister of Transport, Roads and Bridges,”: a title, its comma list and all
        app = app or re.match(
            rf",\s+(?:[{UPPER}][\w\-]*\s+){{0,3}}?(?:{self.titled_heads})\s+(?:of|for|to)\s+[^\x00;:.“”\"]{{0,120}}?"
            rf"\band\s+[{UPPER}][\w\-]*(?:\s+[{UPPER}][\w\-]*)*\s*,",
            text[end:],
        )
        # “Gevorg Melikian of the opposition Hayastan alliance said”, “… of the opposition Coalition for Change
        # wrote”: a person's party or body, no commas
        member = (
            not app
            and re.fullmatch(rf"[{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'\-]+){{1,2}}", phrase)
            and not any(head_in(w, self.lexicon.organisation_heads) for w in phrase.split())
            and re.match(
                rf"\s+(?:of|from)\s+the\s+(?:[{LOWER}][\w\-]*\s+){{0,2}}(?:(?:{NAME_RUN}\s+)?{MEMBER_BODIES}\b|"
                rf"{MEMBER_BODY_NAME})"
                rf"(?=\s+(?:[{LOWER}]+ly\s+)?[{LOWER}]+(?:ed|s)\b|\s+(?:said|told|says|wrote)\b|\s*,?\s*$)",
                text[end:],
            )
        )
        member = member if member and names_a_member_body(member) else None
        # “Klara Weiss, Director for Energy Security at the Commission's Directorate-General for Energy, said”,
        # “Andrew Whitfield, bp's regional president for Azerbaijan, Georgia and Türkiye, said”: an office and
        # whose or what it is, commas and all, up to the comma before the verb
        app = app or re.match(
            rf",\s+(?:[\w\-]+[’']s\s+)?(?:[{UPPER}{LOWER}][\w\-]*\s+){{0,3}}?(?:{self.PERSON_HEAD}|{self.titled_heads})\s+"
            rf"(?:of|for|to|at|in)\s+[^\x00;:.“”\"]{{0,160}}?,(?=\s*(?:{ADVERB}\s+)?(?:{self.VERB})\b|\s*$)",
            text[end:],
        )
        if member:
            end += member.end()
            phrase = text[m.start(1) : end]
        elif app:
            end += app.end()
            phrase = text[m.start(1) : end].rstrip(" ,")
        elif re.search(rf"[’']s\s+(?:[{LOWER}][\w\-]*\s*)+$", phrase):
            # (an office of no name yet: not “Velna's Foreign Minister Petra Halvorsen, Tarsk's Foreign Minister X
            # and …”, a list)
            named = re.match(rf",\s+({NAME_RUN})(?![\w’'])\s*,?", text[end:])
            if named:  # “Ostoil's chief executive, Ruslan Petrov,”
                end += named.end()
                phrase = text[m.start(1) : end].rstrip(" ,")
        return Phrase(phrase, end + skipped if end > name_end else end)

    @cached_property
    def BODY_NAME_OPENING(self):
        """How a body's name in a list opens: “the …”, a country's “Georgia’s …”, a nationality “Turkish …”."""
        nationality = "|".join(sorted(self.lexicon.nationalities, key=len, reverse=True))
        return rf"(?:[Tt]he\s+|[{UPPER}][\w\-]*(?:\s+[{UPPER}][\w\-]*)?['’]s\s+|(?:{nationality})\s+(?=[{UPPER}]))"

    @cached_property
    def titled_heads(self):
        return alternation(w for w in self.lexicon.person_title_words if w[:1].isupper() and len(w) > 3)

    def _determiner_phrase(self, text, m):
        words = re.findall(WORD, m.group(1))
        # Stretch to the last head word and its "of/from/for X" complement.
        rest = text[m.start(1) :]
        best = None
        for hm in re.finditer(rf"\b({WORD})\b", rest[:200].split(",")[0]):
            word = hm.group(1)
            if word.lower() in {"said", "says", "told", "added", "that", "who", "which"} or re.match(
                self.VERB + r"\b", word
            ):
                break
            if word in SUBORDINATORS:
                break  # “The rally came hours after Education Minister X defended …”: another clause begins
            if best is not None and (
                re.fullmatch(rf"[{LOWER}]+ed", word) or word in self.lexicon.finite_words or word in {"does", "do"}
            ):
                # “the Defense Ministry issued a second statement”, “the ministry did not make the audit
                # public”: the verb ends the phrase
                break
            if (
                head_in(word, self.heads)
                or head_in(re.sub(r"(?:[’']s|s|’)$", "", word), self.heads)
                or head_in(re.sub(r"ies$", "y", word), self.heads)  # “the foreign ministries of …”
            ):
                best = hm.end()
                if word[:1].isupper():  # “the country's Audit Chamber”: the head of a name is its last word
                    name = re.match(rf"(?:\s+{CAP})+", rest[best:])
                    best += name.end() if name else 0
                    # “The Committee on International Relations and Inter-Parliamentary Relations of the Milli
                    # Majlis”: a capitalised body's name goes on
                    on = self._ON_NAME.match(rest, best)
                    if on:
                        best = on.end()
                        more = re.match(rf"\s+and\s+{CAP}(?:\s+{CAP})*(?:\s+of\s+(?:the\s+)?{NAME_RUN})?", rest[best:])
                        best += more.end() if more else 0
        if best is None and words and not head_in(words[-1], self.heads):
            return None
        end = m.start(1) + (best if best is not None else len(m.group(1)))
        # “A source in Russian diplomatic circles”, “a source in Azerbaijan's transport sector”: where in a
        # body or a field somebody unnamed works
        within = head_in(text[m.start(1) : end].split()[-1].lower(), self.lexicon.unnamed_heads) and (
            re.match(
                rf"\s+(?:in|from|at|within|close\s+to)\s+(?:the\s+)?(?:[{UPPER}][\w\-]*(?:[’']s)?\s+)?(?:[{LOWER}][\w\-]*\s+){{0,2}}"
                r"(?:circles|sector|industry|community|government|ministry|administration|apparatus|leadership|camp|"
                r"team|department|service|delegation|troops|forces|guards|police|military|army|structures|agencies|"
                r"services|office|committee|"
                # (or where they work: “an official at the port, who asked not to be named,”)
                r"port|plant|factory|mine|airport|hospital|clinic|station|terminal|refinery|utility|company|firm|bank|"
                r"school|university|prison|court|border|checkpoint|crossing|base|embassy|consulate|mission)\b",
                text[end:],
            )
            or re.match(
                # (or a place in lower case set off before a relative clause: “a resident of the village, who asked …”)
                rf"\s+(?:of|in|from|at)\s+(?:the|this|that)\s+(?:[{LOWER}][\w\-]*\s+)?[{LOWER}][\w\-]*(?=,\s+(?:who|whose)\b)",
                text[end:],
            )
        )
        complement = (
            None
            if within
            else re.match(
                rf"(?P<name>\s+(?:of|for|at|from|by|in|to)\s+(?:the\s+)?(?:{WORD}\s+){{0,2}}?{NAME_RUN}(?![\w’']))"
                # (“the embassies of EU member states”)
                r"(?:\s+(?:member\s+)?(?:states|countries|nations|governments)\b)?",
                text[end:],
            )
        )
        if within:
            end += within.end()
        elif complement and not re.search(self.VERB, complement.group("name")):
            head = text[m.start(1) : end].split()[-1].lower()
            end = self._posted(text, text[m.start(1) : end + complement.end()], end + complement.end())
            # (a body of a place, its level in lower case after its name: “The akimat of Mangystau region said”; not
            # a person's office, “a former deputy governor of Lori province”, which an appositive may be, nor where
            # somebody unnamed lives, “Another resident of Chilanzar district, who asked not to be named,”)
            level = re.match(rf"\s+(?:{alternation(self.lexicon.place_levels)})\b", text[end:])
            body = head_in(head, self.lexicon.organisation_heads) and not head_in(head, self.lexicon.person_heads)
            end += level.end() if level and body else 0
            # (“the foreign ministries of Estonia, Latvia and Lithuania”: a list of names)
            # (and a country of two words, “… and the United Kingdom”, before the verb or the clause's end)
            country = rf"(?:the\s+)?{CAP}(?:\s+{CAP}(?=[,.]|\s+(?:{self.VERB})\b|$))?"
            more = re.match(
                rf"(?:,\s+{country}(?=,|\s+and\b))*,?\s+and\s+{country}"
                r"(?:\s+in\s+(?:Europe|Asia|Africa|the Americas))?(?![\w’'])",
                text[end:],
            )
            if more and re.search(r"\s(?:for|of)\s", complement.group(0)):
                end += more.end()  # “the Organisation for Security and Co-operation in Europe”
        else:
            lower = re.match(rf"\s+(?:of|for)\s+(?:the\s+)?(?:[{LOWER}][\w\-]*\s+)?([{LOWER}][\w\-]*)\b", text[end:])
            two = re.match(
                rf"\s+of\s+the\s+(?:{SEVERAL})\s+(?:countries|sides|states|nations|governments)\b", text[end:]
            )
            if two:
                end += two.end()  # “the special envoys of the two countries”
            elif lower and (lower.group(1) in {"state", "government"} or head_in(lower.group(1), self.heads)):
                end += lower.end()  # “the head of state”, “the head of the press service”
        # (a side in lower case set off before the verb: “A member of Abkhazia’s de facto parliament from the
        # opposition, who asked not to be named, told”)
        side = re.match(
            r"\s+from\s+the\s+(?:opposition|ruling\s+party|majority|minority)(?=,\s+(?:who|speaking|asking)\b)",
            text[end:],
        )
        end += side.end() if side else 0
        phrase = text[m.start(1) : end]
        body_named = re.match(rf"\s+({NAME_RUN})(?![\w’'])", text[end:])
        if (
            body_named
            and re.search(r"\s(?:for|of|at)\s", phrase)
            and head_in(
                phrase.split()[-1].lower(), self.lexicon.organisation_heads | set(self.lexicon.organisation_descriptors)
            )
            and not self.is_not_name(body_named.group(1).split()[0])
            # (a body's name, not a person's after a body: “the director of the hospital Ana Vale said”)
            and (
                re.fullmatch(rf"[{UPPER}][{UPPER}\d\-]+", body_named.group(1))
                or any(w in self.lexicon.organisation_name_words for w in body_named.group(1).split())
            )
        ):
            end += body_named.end()  # “A spokesperson for the grid operator KEGOC”: the body, by its name
        # (“The two ministers, Ararat Mirzoyan and Jeyhun Bayramov, told …”: both names)
        named = re.match(rf",\s+({NAME_RUN})(?:\s+and\s+{NAME_RUN})?(?![\w’'])\s*,?", text[end:])
        if named and not self.is_not_name(named.group(1).split()[0]):
            end += named.end()
        elif re.match(r"(?:one|two|three|some|several|many)\s+of\b", text[m.start(1) : end], re.IGNORECASE):
            described = re.match(r",\s+(?:a|an)\s+[^\x00,;:.“”\"]{3,80}?(?=\s+who\b|\s*,|\s*$)", text[end:])
            if described:  # “one of the sources, a senior energy official who declined to be named”
                end += described.end()
        posted = re.match(
            rf"\s+(?:posted|published)\s+(?:on|in)\s+(?:the\s+)?{NAME_RUN}[’']s\s+(?:official\s+)?"
            rf"(?:website|channel|page|account|journal|gazette|{NAME_RUN})\b(?:\s+for\s+{NAME_RUN})?",
            text[end:],
        )
        if posted and head_in(text[m.start(1) : end].split()[-1], self.lexicon.document_heads):
            end += posted.end()  # “A statement posted on the Foreign Ministry's website”
        issued = re.match(rf"\s+(?:{self.ISSUED})\b[^\x00,;:“”\"]{{0,80}}?\s+by\s+", text[end:])
        if issued and head_in(text[m.start(1) : end].split()[-1], self.lexicon.document_heads):
            issuer = self.np_at_start(text[end + issued.end() :])
            if issuer:  # “The joint declaration adopted at the meeting by the ministry and the Commission”
                end += issued.end() + issuer.end
                # (an appositive read into the first issuer ends at its comma: “by A, B, C and D”)
                comma = r"\s*" if text[:end].endswith(",") else r"\s*,"
                while more := re.match(rf"{comma}\s+(?:and\s+)?(?=the\s|[{UPPER}])|\s+and\s+", text[end:]):
                    comma = r"\s*,"
                    other = self.np_at_start(text[end + more.end() :])
                    if not other:
                        break
                    end += more.end() + other.end  # “… signed by A, B, C and D”: every signatory
                    if "and" in more.group(0):
                        break
                occasion = re.match(OCCASION, text[end:])
                if occasion:  # “… adopted by X and Y following the talks reads:”
                    end += occasion.end()
        calling = re.match(
            r"\s+(?:calling (?:itself|themselves)|(?:that|which|who) calls? (?:itself|themselves)|known as)\s+"
            rf"{NAME_RUN}(?![\w’'])",
            text[end:],
        )
        if calling:  # “A hacker group calling itself Black Sun”
            end += calling.end()
        acronym = ACRONYM_AFTER.match(text, end)
        if acronym:  # “the … Regulatory Commission (GNERC) responded”
            end = acronym.end()
        return Phrase(text[m.start(1) : end].strip(), end)

    # Subjects ------------------------------------------------------------------------------

    def clause_subject(self, prefix, strict=True):
        """The subject of the verb that follows `prefix` (the sentence up to that verb): the noun phrase
        opening the clause, once introductory phrases ("In his words,", "Speaking on Monday,") are
        passed. With strict, only when nothing but adverbials stands between the phrase and the verb.
        Never a day or a month (“A document seen by Reuters, dated Nov. 12, said”: not “Nov.”)."""
        # (a document set off with who drew it up and what else was done with it: “The indictment, drawn up by the
        # Office of the Prosecutor-General and read out at the court, says”: the document by its issuer, not the body
        # named last)
        document = re.match(
            rf"\s*((?:The|A|An|Its|Their)\s+(?:[\w\-]+\s+){{0,2}}?(?:{self.DOCUMENT})),\s+((?:{self.ISSUED})\b"
            r"[^,;:\x00]{0,40}?\bby\s+[^,;:\x00]+?)\s+and\s+(?:[a-z]+ed|read|written|sent)\b[^,;:\x00]*,\s*$",
            prefix,
        )
        if document:
            return f"{document.group(1)} {document.group(2)}"
        subject = self._clause_subject(prefix, strict)
        day = subject and subject.rstrip(".").lower()
        if day and (day in self.lexicon.month_abbreviations or day.capitalize() in self.lexicon.calendar):
            return None
        return subject

    def _clause_subject(self, prefix, strict=True):
        # “It should be noted that the Federal Customs Service, in a statement, said …”: the agencies' opening
        prefix = re.sub(
            r"^\s*(?:It\s+(?:should|must)\s+be\s+(?:noted|recalled|mentioned|stressed)\s+that|It\s+(?:is|was)\s+"
            r"(?:noted|reported|stressed)\s+that|Notably,|Recall\s+that)\s+",
            "",
            prefix,
        )
        members = self._dashed_members(prefix)
        if members:
            return members
        # (and after a conjunction opening the clause: “…, though one official, speaking on condition of
        # anonymity, said”)
        # or opening the sentence: “But a finance ministry official, who asked not to be named, said”)
        opening = re.match(rf"\s*(?:But|And|Yet|Still|However,?)\s+(?=[{LOWER}])", prefix)
        candidates = [opening.end() if opening else 0] + [
            m.end() for m in re.finditer(r"[,;]\s+(?:(?:and|though|although|while|but|whereas|yet)\s+)?", prefix)
        ]
        relative = re.search(r",\s+(?:which|who)\s*(?:\w+ly\s*|also\s*)?$", prefix)
        if relative:  # “… referred to the audit court, which said”: the phrase the clause hangs on
            head = prefix[: relative.start()]
            if re.search(rf"\b(?:through|via|across|into|near|towards?|reach)\s+(?:the\s+)?{NAME_RUN}$", head):
                # (not a place passed through: “X said trucks travel through Georgia, which adds “…””: X's words)
                return self.main_subject(head)
            # The phrase that ends there: the longest name of the last dozen words (“by Azerbaijan's Ministry
            # of Ecology and Natural Resources, which claimed”: the ministry, not “Resources”), else the shortest
            ending = []
            for m in list(re.finditer(r"(?:^|\s)(?=\S)", head))[-12:]:
                found = self.np_at_start(head[m.end() :])
                if found and m.end() + found.end == len(head) and found.text.lower() not in SUBJECT_PRONOUNS:
                    ending.append(found.text)
            named = [
                p
                for p in ending
                if re.fullmatch(
                    rf"(?:(?:[Tt]he|[Ii]ts)\s+)?{NAME_RUN}(?:[’']s\s+{NAME_RUN})?(?:\s+and\s+{NAME_RUN})?", p
                )
            ]
            return (named or ending[-1:] or [None])[0]
        for start in candidates:
            found = self.np_at_start(prefix[start:])
            if not found:
                continue
            phrase, end = found.text, found.end
            # (an age set off first is the person's: “Seyran, 54, who works at the plant, told JAMnews”)
            remainder = AGE_SET_OFF.sub("", prefix[start + end :])
            if (
                self.RELATIVE.match(remainder)
                or self.REDUCED_RELATIVE.match(remainder)
                or self.ASIDE.match(remainder)
                or self.BARE_APPOSITIVE.match(remainder)
                # (or what kind of body a name is: “QazaqGaz, Kazakhstan's national gas company, said”)
                or (
                    phrase[:1].isupper()
                    and re.fullmatch(
                        rf"\s*,\s+(?:the\s+|an?\s+|{NAME_RUN}[’']s\s+)(?:[\w\-]+\s+){{0,3}}?(?:{self.BODY_DESCRIPTOR}),\s*",
                        remainder,
                    )
                )
                # (or the party a person named is of: “X, also of Georgian Dream,”, “X of the ruling Civil Contract
                # faction said”)
                or (
                    phrase[:1].isupper()
                    and re.fullmatch(
                        r"\s*,\s+(?:also\s+)?(?:of|from)\s+[^\x00,;:]{2,60},\s*|\s+(?:of|from)\s+the\s+"
                        r"(?:ruling|opposition|governing|pro-government)\s+[^\x00,;:]{2,60}",
                        remainder,
                    )
                )
            ):
                # “A CEC official, who spoke on condition of anonymity because …, said”; “a diplomat
                # involved in organising the meeting told”: the clause set off describes the subject
                return phrase
            if head_in(phrase.split()[-1], self.lexicon.document_heads) and re.match(
                rf"\s+(?:of\s+understanding\s+)?(?:{self.ISSUED})"
                r"\s+(?:\w+\s+)?by\s+[^\x00;:,]{3,160}$",
                remainder,
            ):
                return phrase + remainder.rstrip()  # “The memorandum signed by the ministries in Tashkent states”
            if self.SKIPPABLE.match(remainder) or self.INTERJECTION.match(remainder):
                if re.match(
                    rf"\s*,\s+(?:(?:{self.ISSUED}) )?by\b",
                    remainder,
                ) and head_in(phrase.split()[-1], self.lexicon.document_heads):
                    return phrase + remainder.rstrip(" ,")  # “The letter, signed by the mayors,”: who signed it
                return phrase
            if re.match(
                rf"\s*,?\s*and\s+(?:the\s+|(?:his|her|their)\s+(?:[{UPPER}][\w\-]*\s+)?counterparts?,?\s+)?[{UPPER}]",
                remainder,
            ):
                # “The European Union and NATO voiced”: more than one speaker, named together (not a list
                # inside a phrase set off before the subject: “Speaking at the Forum of Türkiye, Azerbaijan and
                # Georgia in Kars, Karaağaç said”)
                together = self.joint(phrase, remainder)
                if together:
                    return together
                continue
            if re.match(rf"{ACRONYM}\s*,\s+(?:the\s+)?[{UPPER}]", remainder):
                listed = self.listed(phrase, remainder)
                if listed:  # “the Georgian Election Monitoring Society (GEMS), the Association … and Open
                    return listed  # Governance Georgia said”: three or more, named together
        if strict:
            return None
        # The subject of the clause “that” opens, a phrase set off before its verb: “… recalled that the OSCE/ODIHR,
        # in its final report on the elections, had recommended”
        for that in reversed(list(re.finditer(rf"\bthat\s+(?=(?:the\s+)?[{UPPER}])", prefix))):
            found = self.np_at_start(prefix[that.end() :])
            if found and self.INTERJECTION.match(prefix[that.end() + found.end :]):
                return found.text
        # The noun phrase just before the verb (“in a ruling that their lawyers called”), unless it is a
        # relative clause's (“Artur Grigoryan, who joined the protesters, said”).
        starts = list(reversed(list(re.finditer(r"(?:^|\s)(?=\S)", prefix))))
        for i, m in enumerate(starts):
            found = self.np_at_start(prefix[m.end() :])
            if found and re.search(r",\s+(?:who|which)\b[^,]*$", prefix[: m.end()]):
                break
            if found and self.SKIPPABLE.match(prefix[m.end() + found.end :]):
                if re.search(r"\b(?:and|&)\s*$", prefix[: m.end()]):
                    return None  # the second of joint speakers: the first loop has seen the pair
                if re.search(r"\b(?:of|from|in|at|near|to|with|by|for|on)\s*$", prefix[: m.end()]):
                    break  # “A farmer from the village of Kurnovo said”: a place in a complement
                # (the whole name that ends there: “the International Crisis Group”, not “Group”)
                end = m.end() + found.end
                complement = False
                for earlier in starts[i + 1 : i + 6] if " " not in found.text else ():
                    longer = self.np_at_start(prefix[earlier.end() :])
                    if not (longer and earlier.end() + longer.end == end and MASK not in longer.text):
                        continue
                    if re.search(r"\b(?:of|from|in|at|near|to|with|by|for|on)\s*$", prefix[: earlier.end()]):
                        # “gathered outside the courthouse on Rustaveli Avenue chanted”: a place, nobody's name
                        complement = found.text in self.lexicon.place_words
                        break
                    found = longer
                if complement:
                    break
                return found.text
        # Otherwise the subject of the sentence's main clause: of the last one a conjunction opened, if any
        # (“Inflation has fallen, but the bank said it would act “…” and warned that …”: the bank)
        coordinate = [m.end() for m in re.finditer(r"[,;]\s+(?:but|while|whereas|yet|though|although)\s+", prefix)]
        for start in [*reversed(coordinate), *candidates[:2]]:
            found = self.np_at_start(prefix[start:])
            if found and self.verb_follows(prefix[start + found.end :]):
                return found.text
        return None

    def _dashed_members(self, prefix):
        """“Three civil society organizations – A, B and C –” (before the verb): the bodies the dashes
        list, as joint speakers. None when the prefix is not a plural set off by such a list."""
        m = re.match(
            rf"^\s*((?:[Tt]he\s+)?(?:two|three|four|five|six|several|both)\s+(?:[{LOWER}][\w\-]*\s+){{0,3}}[{LOWER}][\w\-]*s)"
            r"\s+[–—]\s+(.+?)\s*[–—]\s*(?:\w+ly\s*)?$",
            prefix,
            re.IGNORECASE,
        )
        first = self.np_at_start(m.group(2)) if m else None
        if not first:
            return None
        rest = m.group(2)[first.end :]
        if re.match(rf"{ACRONYM}\s*,", rest):
            return self.listed(first.text, rest)
        if not rest.strip() and " and " in first.text:
            return first.text  # “Amnesty International and Human Rights Watch”, read as one phrase
        return self.joint(first.text, rest) if re.match(r"\s*(?:and|&)\s", rest) else None

    def joint(self, first, remainder):
        """“A and B” when `remainder` (what follows subject A) is “and B” and nothing but adverbials
        before the verb: joint speakers. None otherwise."""
        m = re.match(r"\s*,?\s*(?:and|&)\s+", remainder)
        # “… and his Azerbaijani counterpart Rauf Mammadli”: the counterpart's name
        counterpart = re.match(
            rf"(?:his|her|their)\s+(?:[{UPPER}][\w\-]*\s+)?counterparts?,?\s+(?={CAP})", remainder[m.end() :]
        )
        if counterpart:
            m = re.match(re.escape(remainder[: m.end() + counterpart.end()]), remainder)
        found = self.np_at_start(remainder[m.end() :])
        rest = remainder[m.end() + found.end :] if found else ""
        owner = (
            re.match(rf"\s+of\s+(?:the\s+)?{NAME_RUN}", rest) if found and self.listed_portfolio(found.text) else None
        )
        if owner:  # “… and the Ministry of Investments, Industry and Trade” + “ of Uzbekistan”: whose ministry
            found, rest = Phrase(found.text + owner.group(0), found.end + owner.end()), rest[owner.end() :]
        if found and self.RELATIVE.match(rest):
            rest = ""  # “…, who head their countries' border commissions,”
        elif found and re.match(r"\s*,\s+(?:two|three|four|both|all)\s+of\s+[^\x00,;:“”\"]{3,120},\s*$", rest):
            rest = ""  # “Formula TV and TV Pirveli, two of the country's largest broadcasters,”: what they both are
        if (
            not found
            or not (self.SKIPPABLE.match(rest) or self.INTERJECTION.match(rest))
            or found.text.lower() in SUBJECT_PRONOUNS
        ):
            return None  # (“A and B, in a joint statement issued after …, said”: a phrase set off is passed)
        second = found.text
        if re.match(r"[^,]+,\s+who\b", second):
            second = second.split(",")[0]  # “Rauf Mammadli, who head their countries' commissions,”: the names
        described = rf"[^,]+,\s+{NAME_RUN}"  # “Türkiye's special envoy, Ambassador Kerem Aksoy”
        commas = "," in first or ("," in second and not self.listed_portfolio(second))
        if commas and not (re.fullmatch(described, first) and re.fullmatch(described, second)):
            return None  # appositives: too long a phrase to be sure of, unless each is a description then a name
        return f"{first} and {second}"

    def listed_portfolio(self, phrase):
        """A body's name whose portfolios are listed with commas (“the Ministry of Investments, Industry and Trade”):
        its commas are the name's, no list of speakers."""
        return bool(self._LISTED_PORTFOLIO.fullmatch(phrase))

    @cached_property
    def _LISTED_PORTFOLIO(self):  # (compiled once: listed_portfolio reads every phrase a cue names)
        portfolio = alternation(self.lexicon.portfolio_words)
        return re.compile(
            rf"(?:the\s+)?{NAME_RUN}\s+(?:of|for|on)\s+{CAP}(?:\s+{CAP})*(?:,\s+(?:{portfolio})(?:\s+{CAP})*)+"
            rf",?\s+and\s+{CAP}(?:\s+{CAP})*(?:\s+of\s+(?:the\s+)?{NAME_RUN})?"
        )

    def listed(self, first, remainder):
        """“A, B and C” when `remainder` (what follows subject A) is “, B and C” and nothing but
        adverbials before the verb, each a name (“the Association of Young Lawyers (AYLD)”). None otherwise."""
        acronym = re.match(ACRONYM, remainder)
        parts, rest = [first + acronym.group(0)], remainder[acronym.end() :]
        while True:
            m = re.match(r"\s*(,\s*and|,|and)\s+", rest)
            if not m:
                break
            found = self.np_at_start(rest[m.end() :])
            if not found or "," in found.text or not re.match(rf"(?:the\s+)?[{UPPER}]", found.text):
                return None
            rest = rest[m.end() + found.end :]
            acronym = re.match(ACRONYM, rest)
            parts.append(found.text + acronym.group(0))
            rest = rest[acronym.end() :]
            if "and" in m.group(1):
                break
        if len(parts) < 3 or not self.SKIPPABLE.match(rest) or "," in first:
            return None
        for part in parts[1:]:
            words = re.sub(r"^the\s+", "", part).split()
            if words[0] in self.lexicon.person_title_words:
                return None  # “Minister of Transport, Roads and Bridges”: one title's list, not speakers
        return ", ".join(parts[:-1]) + " and " + parts[-1]

    def main_subject(self, prefix):
        """The noun phrase opening the sentence, when a verb follows it (past a relative clause set
        off by commas: “Davit Sahakyan, who represented the villagers, said …”)."""
        # (past a conjunction opening the sentence: “But Grigory Salnikov, a pro-Kremlin blogger, hailed …”)
        opening = re.match(r"\s*(?:But|And|Yet|Still)\s+", prefix)
        for start in [opening.end() if opening else 0, *[m.end() for m in re.finditer(r",\s+", prefix)][:1]]:
            found = self.np_at_start(prefix[start:])
            if not found:
                continue
            rest = prefix[start + found.end :]
            joined = re.match(r"\s+and\s+", rest)
            second = self.np_at_start(rest[joined.end() :]) if joined else None
            if second and self.verb_follows(rest[joined.end() + second.end :]):
                # “the Telavi-based Alazani Watch and the Baku-based Kur-Araz Ecological Union urged”: both
                return f"{found.text} and {second.text}"
            named = re.match(rf",\s+({NAME_RUN})(?![\w’']),", rest)
            if named and self.verb_follows(rest[named.end() :]):
                return named.group(1)  # “Azerbaijan’s Foreign Ministry spokesperson, Aykhan Rustamli, dismissed”
            # (or a participle set off by commas: “A member of the delegation, speaking on condition of anonymity,
            # was more reserved”)
            relative = re.match(rf",\s+(?:{RELATIVE_OPENING}|{self.ASIDE_OPENING})\b[^,;:\x00]{{0,160}},", rest)
            # “Demonstrators waving Georgian and EU flags blocked …”: a participle phrase, then the verb
            relative = relative or re.match(
                rf"\s+(?:[{LOWER}]+ing|dressed|armed)\b[^,;:\x00“”\"]{{0,80}}?(?=\s+[{LOWER}]+ed\b)", rest
            )
            # (or a word of the discourse set off: “Van Dam, for his part, welcomed the vote, writing that …”)
            relative = relative or re.match(
                r",\s+(?:for\s+(?:his|her|its|their)\s+part|in\s+(?:(?:his|her|its|their)\s+)?turn|however|meanwhile|"
                r"too|though)\s*,",
                rest,
                re.IGNORECASE,
            )
            if self.verb_follows(rest[relative.end() :] if relative else rest):
                return found.text
        return None

    def verb_follows(self, text):
        """The words after a subject open with a verb (“hit back by calling”), not a noun (“Industry observers”)."""
        words = re.findall(rf"[{UPPER}{LOWER}]+", text)
        while words and (
            (self.SKIPPABLE.match(words[0]) and words[0].lower() not in {"said", "says"})
            or words[0].lower() in {"himself", "herself", "itself", "themselves"}  # “Hasanli himself broke …”
        ):
            words = words[1:]
        first = words[0] if words else ""
        return (
            first.lower() in self.fragment_forms or first.endswith(("ed", "ly")) or first in self.lexicon.finite_words
        )

    def is_media(self, phrase):
        """“Interfax”, “local media”: an outlet that reports words, not their speaker."""
        if re.search(rf"\b(?:post|message|statement|video)\s+(?:by|from)\s+[{UPPER}]", phrase):
            return False  # “a Telegram post by Ruben Vardanyan”: the author, not the medium
        if re.search(r"\bpress\s+(?:service|office|department|centre|center|secretary)\b", phrase, re.IGNORECASE):
            return False  # “the press service of the Ministry of Defense”: the body's own voice, no outlet
        if re.search(r"\bpress\s+(?:release|statement)s?\b", phrase, re.IGNORECASE):
            return False  # “a press release issued by the ministry”, “the press release”: the issuer's words
        if any(bare_word(w) in self.lexicon.recordings for w in phrase.split()[:3]) and not re.search(
            rf"\b(?:by|from|of)\s+(?:the\s+)?[{UPPER}]", phrase
        ):
            return True  # “a video posted on Telegram”: what carried the words, not who said them (who posted it may)
        return any(bare_word(w) in self.lexicon.media for w in phrase.split()) and not any(
            head_in(w, self.lexicon.person_heads) for w in phrase.split()
        )

    def is_indefinite(self, phrase):
        return bool(INDEFINITE.match(phrase))
