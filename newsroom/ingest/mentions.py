"""Who the text names, outside quotations: people (titles taken off, role kept) and organisations.

This is what pronouns, surnames and roles are resolved against in stage 4 ("he said" is the last
person named; "the ministry said" the last ministry named; "Bono said" the Louis Bono named before).
Somebody the text describes without naming (“A senior official, who spoke on condition of
anonymity,”) is a mention too, with an empty name and the description as printed.
"""

import re
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from newsroom.ingest.grammar import DESCRIBING, alternation
from newsroom.ingest.letters import LOWER, UPPER
from newsroom.ingest.lexicon import (
    BODY_ONLY_DESCRIPTORS,
    COMPANY_FORMS,
    COMPASS,
    PLURAL_NOUNS_CAPITALISED,
    REGIONS,
    SPEECH,
    STATES_SO_NAMED,
    head_in,
)
from newsroom.ingest.records import Mention

TOKEN = re.compile(rf"[{UPPER}][\w’'.\-]*|[{LOWER}]+")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    word: str


def _ends_sentence(word, lexicon):
    """A word with a full stop that ends its sentence: not an abbreviation of the lexicon's (“Adm.”, “U.S.”,
    “Nov.”), nor an initial."""
    return word.endswith(".") and not _abbreviated(word, lexicon) and not re.fullmatch(rf"[{UPPER}]\.", word)


def _abbreviated(word, lexicon):
    return word.endswith(".") and word[:-1].lower() in lexicon.abbreviations


def possessive(word):
    """`word` without a possessive ’s."""
    return re.sub(r"[’']s$", "", word)


@dataclass(frozen=True)
class Name:
    """What a run of capitalised words names."""

    kind: str  # "organisation", "person", "place" or "name" (one word, not yet known)
    name: str
    role: str = ""


class Names:
    """Runs of capitalised words, classified as people, organisations or places, by a lexicon."""

    def __init__(self, lexicon):
        self.lx = lexicon
        self.titles = lexicon.titles | lexicon.nationalities
        self.org_words = lexicon.organisation_name_words
        self.ORG_WORD = alternation(w for w in self.org_words if w.istitle())  # (“Union”, “Center”: capitalised)
        self.person_words = lexicon.person_title_words
        self.place_words = lexicon.place_words
        self.openers = lexicon.not_names | lexicon.calendar
        self.connectors = lexicon.name_connectors
        reporting = lexicon.forms(SPEECH, kinds=("third", "past")) | {"say", "voiced", "pointed"}
        self.REPORTING = alternation(reporting)
        # What kind of body the name after it is, in lower case (“power utility”, “the rights group”; not an outlet,
        # whose name a later “the company” never means)
        descriptors = alternation(
            w
            for w in [*lexicon.organisation_descriptors, *lexicon.business_descriptors]
            if w not in lexicon.media and w not in {"producer", "developer"}  # (“Cheese producer Nuray Demirci”)
        )
        self.DESCRIBED_BODY = re.compile(rf"(?<![\w\-’'])(?:{descriptors})\s+$")
        # (an outlet too is a body, not a person: “the popular Telegram channel Ovozi Mardum”)
        outlets = alternation(w for w in lexicon.organisation_descriptors if w in lexicon.media)
        self.DESCRIBED_OUTLET = re.compile(rf"(?<![\w\-’'])(?:{outlets})\s+$")
        # (unless the descriptor ends a body's name in an office: “the coordinator of the Taza Aba initiative group
        # Aizada Sultanbekova”, who holds it)
        self.OFFICE_IN_DESCRIBED_BODY = re.compile(
            rf"\b(?i:{alternation(lexicon.person_heads)})\s+(?:of|for|at)\s+(?:the\s+)?(?:[{UPPER}][\w\-]*\s+)+"
            rf"(?:[{LOWER}][\w\-]*\s+)?(?:{descriptors})\s+$"
        )
        # (or, opening the sentence, before the name set off by commas: “The cluster that owns the field, Kasbi Agro
        # Tekstil, said”)
        self.DESCRIBED_APPOSITIVE = re.compile(
            rf"^\s*(?:The|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:{alternation(BODY_ONLY_DESCRIPTORS)})"
            rf"(?:\s+(?:that|which|behind)\s+[^,.;:“”\"]{{1,60}})?,\s+$"
        )
        # “Chairman of the parliamentary ” before a body's name: an office of that body
        self.OFFICE_BEFORE = re.compile(
            rf"\b((?:{alternation(self.person_words)})\s+(?:of|for)\s+(?:the\s+)?(?:[{LOWER}][\w\-]*\s+)?)$"
        )
        self.APPOSITIVE = re.compile(
            # (a short name in quotation marks may stand in it: “a member of the opposition “Homeland” faction”)
            # or a bare office of a body: “Vadim Orekhov, director of the Centre for …”, “Aydan Karimli, spokesperson
            # for the Ministry of Foreign Affairs”, “Hendrik Vos, co-rapporteur of the Monitoring Committee”
            rf",\s+(?P<role>(?:the|a|an|who is(?: also)?|its|his|her|"
            rf"(?:senior\s+|(?:first\s+)?deputy\s+|acting\s+)?(?:co-)?"
            rf"(?:{alternation(lexicon.person_heads | {'member', 'lecturer', 'fellow', 'rector'})})"
            rf"(?=\s+(?:of|at|for)\b))\s+"
            rf"(?:[^,.;“”\"]|(?<=\d)[,.](?=\d)|“[^“”]{{1,40}}”|\"[^\"]{{1,40}}\"){{3,120}}?)"
            rf"(?=,(?!\d)|\s+(?:{self.REPORTING})\b|\.(?!\d)|$)"
        )
        # “the Russian defence ministry said”: a nationality, from the lexicon or by its ending (“Kestrian”)
        self.NATION = (
            "(?:"
            + alternation(n for n in lexicon.nationalities if n[:1].isupper() and not n.isupper())
            + rf"|[{UPPER}][{LOWER}]+(?:ian|ean|an|i|ese|ish))"
        )

    def is_org_word(self, word):
        # (“the Armenian Genocide Museum-Institute”: a body's word, hyphenated to another)
        # (or “Velmar Mining CJSC.” closing its sentence)
        return any(
            part in self.org_words or head_in(part, self.lx.organisation_heads)
            for part in [word, word.rstrip("."), *word.split("-")[1:]]
        )

    # The rest of a portfolio's list: “Hostages and Missing Persons”, “Science, Culture and Sports” (no comma
    # before its “and”, which people's lists have: “…, Karen Aslanyan, and Deputy Prime Minister …”)
    LIST_TAIL = re.compile(
        rf"[{UPPER}][\w\-]*(?:\s+(?:of\s+)?[{UPPER}][\w\-]*)*(?:,\s+[{UPPER}][\w\-]*(?:\s+[{UPPER}][\w\-]*)*)*\s+and\s+([{UPPER}][\w\-]*)"
    )

    def _office_of(self, run, connectors=("of", "on", "for")):
        """The run holds one of `connectors` right after a body's word or a title (“Ministry of”,
        “Commission on”, “Minister of”): the name of an office or a body, which may go on."""
        words = [t.word for t in run]
        return any(
            w in connectors and i > 0 and (self.is_org_word(words[i - 1]) or words[i - 1] in self.titles)
            for i, w in enumerate(words)
        )

    def _holder_named(self, run):
        """The run ends in the name of who holds the office it opens with: two capitalised words that are
        neither a portfolio's nor a body's after a portfolio's (“Minister of Digital Development and Transport
        Farid Karimov”), so an “and” after it begins somebody else."""
        words = [t.word for t in run]
        return (
            len(words) >= 3
            and words[-3].rstrip(",") in self.lx.portfolio_words
            and all(
                w[:1].isupper() and w not in self.lx.portfolio_words and not self.is_org_word(w) for w in words[-2:]
            )
        )

    def _listed_portfolio(self, run, text, at):
        """After “Ministry of Education” or “Commission on Prisoners of War” and a comma, the rest of a
        list that ends with “and Sports” (capitalised words only) belongs to the name."""
        return self._office_of(run) and bool(
            (tail := self.LIST_TAIL.match(text, at)) and tail.group(1) not in self.person_words
        )

    def _country(self, word):
        return possessive(word) in self.countries

    @cached_property
    def NOBODY_AFTER(self):
        """A currency or an event after a name in lower case: the name is nobody's who speaks (“US dollars”)."""
        return re.compile(rf"\s+(?:{alternation(self.lx.currencies | self.lx.events)})\b")

    @cached_property
    def countries(self):
        return self.lx.countries | {w for w in self.lx.place_words if w[:1].isupper()}

    def _in_office(self, run):
        """The run holds an office's or a body's “of X and Y” or “on X” (“Minister of Economy and Sustainable
        Development”, “State Commission on Prisoners”), so a connector after it goes on with the name
        (“… of Georgia Tamaz Beridze”, “… on Prisoners of War”)."""
        return any(t.word in {"and", "on", "for"} for t in run) and self._office_of(run)

    def sequences(self, text):
        """Runs of Tokens, capitalised words with connectors inside organisations' names and titles."""
        tokens = [Token(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text)]
        runs, current = [], []
        for i, token in enumerate(tokens):
            start, word = token.start, token.word
            gap = text[current[-1].end : start] if current else ""
            joined = not current or re.fullmatch(r"\s+", gap)
            if current and gap.strip() == "," and word[0].isupper() and self._listed_portfolio(current, text, start):
                # “State Commission on Prisoners of War, Hostages and Missing Persons”, “Ministry of
                # Education, Science, Culture and Sports”: a portfolio listed with commas, one name
                last = current[-1]
                current[-1] = Token(last.start, last.end, last.word + ",")
                current.append(token)
                continue
            if word[0].isupper() and joined and not (current and _ends_sentence(current[-1].word, self.lx)):
                current.append(token)
                continue
            following = tokens[i + 1].word if i + 1 < len(tokens) else ""
            # “Georgian National Energy and Water Supply Regulatory Commission”: a body's name whose head
            # comes after its “and”
            head_after = (
                word == "and"
                and current
                and not any(head_in(t.word, self.lx.organisation_heads) for t in current)
                # (not “Amnesty International and Human Rights Watch”: a name ends before that “and”)
                and not (current[-1].word in self.org_words and current[-1].word not in self.lx.portfolio_words)
            )
            if head_after:
                j = i + 1
                while (
                    j < len(tokens)
                    and tokens[j].word[:1].isupper()
                    and re.fullmatch(r"\s+", text[tokens[j - 1].end : tokens[j].start])
                ):
                    j += 1
                # (or an event's: “Caspian Oil and Gas Transport Conference”)
                head_after = (
                    j - 1 > i
                    and (self.is_org_word(tokens[j - 1].word) or tokens[j - 1].word.lower() in self.lx.events)
                    and not self._country(current[-1].word)
                    # (not “Kazakhstan Temir Zholy and Azerbaijan Railways”: a country opens the second body's name)
                    and possessive(following) not in self.lx.countries
                    # (not “ADY and Turkish State Railways”: an acronym is a whole name)
                    and not (len(current) == 1 and re.fullmatch(rf"[{UPPER}]{{2,6}}", current[0].word))
                )
            in_name = (
                head_after
                or (
                    current
                    # “Organisation for Security and …”; “Ministry of Ecology and Natural Resources”, “Minister of
                    # Territorial Administration and Infrastructure”: an office's or a body's “of X and Y”
                    and (
                        any(t.word == "for" for t in current)
                        or (
                            self._office_of(current, ("of", "on"))
                            and not self._holder_named(current)
                            and not following.endswith(("’s", "'s"))  # “the Ministry of Defence and Armenia's …”
                            # “the Bar Association of Georgia and Open Society Georgia”: a country ends a name
                            # (a place's word does not: “Commission on Delimitation of the State Border and
                            # Border Security”)
                            and possessive(current[-1].word) not in self.lx.countries
                            # “… of Kazakhstan Ivo Ranc and Deputy Prime Minister of …”: the next person's title
                            and following not in self.lx.person_title_words
                            # one more capitalised word, or a portfolio's (not “the Ministry of Defence and Rosatom”)
                            and (
                                (i + 2 < len(tokens) and tokens[i + 2].word[:1].isupper())
                                or following in self.lx.portfolio_words
                            )
                        )
                    )
                    and following
                    and (
                        (word == "and" and following[:1].isupper())
                        or (word == "in" and following in {"Europe", "Asia", "Africa"})
                    )
                )
            )  # “Organisation for Security and Co-operation in Europe”
            # “Commission on … between the Republic of Azerbaijan and the Republic of Armenia”, “… Border Security
            # of Armenia and Azerbaijan”: the two countries a body's name is of, “and” and all
            if (
                not in_name
                and current
                and word in ("between", "and")  # (checked first: this runs for every word of the copy)
                and (following == "the" or following[:1].isupper())
                and self._office_of(current)
            ):
                between = next((k for k, t in enumerate(current) if t.word == "between"), None)
                in_name = (
                    (word == "between" and between is None)
                    or (word == "and" and between is not None and all(t.word != "and" for t in current[between:]))
                    or (
                        word == "and"
                        and possessive(current[-1].word) in self.lx.countries
                        and following in self.lx.countries
                        and not (i + 2 < len(tokens) and tokens[i + 2].word[:1].isupper())
                    )
                    # “… of the Republic of Armenia and the Republic of Azerbaijan”: both republics, in the name
                    or (
                        word == "and"
                        and len(current) >= 3
                        and current[-3].word == "Republic"
                        and current[-2].word == "of"
                        and following == "the"
                        and i + 2 < len(tokens)
                        and tokens[i + 2].word == "Republic"
                    )
                )
            if (
                (
                    word in self.connectors
                    or in_name
                    or (
                        word == "in"
                        and current
                        and current[-1].word in {"Mission", "Delegation", "Office", "Representation"}
                    )
                )
                and current
                and joined
                and (
                    in_name
                    or (word in self.connectors and self._in_office(current))
                    or possessive(current[-1].word) in self.org_words | self.titles
                    or current[-1].word in self.connectors
                    or (current[-1].word in {"between", "and"} and any(t.word == "between" for t in current))
                    or (current[-1].word == "and" and word == "the" and following == "Republic")
                    or current[-1].word in {"Affairs", "Republic", "Justice", "Nations", "States"}
                    # “Maarten de Ruiter”, “Ursula von der Leyen”: a particle inside a person's name
                    or (
                        word in {"de", "van", "von", "da", "du", "der", "den", "ter", "al", "bin", "el"}
                        and current[-1].word[:1].isupper()
                        and not self.is_org_word(possessive(current[-1].word))
                    )
                    # “Minister of Regional Development of Georgia”: an office's portfolio, then its country
                    or (word == "of" and current[-1].word in self.lx.portfolio_words and self._office_of(current))
                    # “the Charter of Journalistic Ethics”, “the Union of Informed Citizens”: a body's name
                    or (
                        word == "of"
                        and (
                            current[0].word == "The"
                            or re.search(r"\bthe\s+$", text[max(0, current[0].start - 5) : current[0].start])
                        )
                    )
                )
                and following
                and (following[0].isupper() or following in self.connectors)
                and following.rstrip(".,") not in self.lx.calendar  # “the Defence Ministry on Thursday”
            ):
                current.append(token)
                continue
            if current:
                runs.append(current)
            current = [token] if word[0].isupper() else []
        if current:
            runs.append(current)
        split = []
        for run in runs:
            # “Artsakh’s Foreign Ministry” is one name; “Baku’s efforts” and “Sunday’s Klaar” are two.
            cut = next((i for i, t in enumerate(run[:-1]) if t.word.endswith(("’s", "'s"))), None)
            if (
                cut is not None
                and not any(self.is_org_word(possessive(t.word)) for t in run[cut + 1 :])
                and run[cut + 1].word not in self.person_words  # “Georgia's Minister of … Shota Gogsadze”: her role
            ):
                split.extend([run[: cut + 1], run[cut + 1 :]])
            else:
                split.append(run)
        out = []
        for run in split:
            while run and run[-1].word in self.connectors:
                run = run[:-1]
            while run and (
                run[0].word.rstrip(".") in self.openers
                or run[0].word in self.connectors
                # (“State-owned Bulgargaz”, “Kremlin-backed …”: what the body is, no word of its name)
                or (len(run) > 1 and re.fullmatch(DESCRIBING, run[0].word))
            ):
                run = run[1:]
            # (“Abu Dhabi-based Gulf Sun Energy”: where the body is, in a place of two or three words)
            described = next((i for i, t in enumerate(run[1:3], 1) if re.fullmatch(DESCRIBING, t.word)), None)
            if described is not None and len(run) > described + 1:
                run = run[described + 1 :]
            if run:
                out.append(run)
        return out

    def classify(self, words):
        """The Name a run of capitalised words is: an organisation, a person, a place or a name."""
        return Name(*self._classify(words))

    def _classify(self, words):
        bare = [possessive(w) for w in words]
        if len(bare) == 1 and bare[0] in self.lx.terms:
            return "place", bare[0], ""  # “GDP”: a measure, nobody who could speak
        if len(bare) == 1 and bare[0] in PLURAL_NOUNS_CAPITALISED:
            return "name", bare[0], ""  # “Exporters say the decision …”: a sentence's first word, nobody's name
        if " ".join(bare) in self.lx.known_bodies or (len(bare) > 1 and bare[0] in self.lx.known_bodies):
            return "organisation", " ".join(bare), ""  # (and its branch: “Gazprom Armenia”)
        # A chamber: “House of Representatives of Kestria”, after a nation's adjective too (“Dutch House of
        # Representatives”, “French Senate”)
        chamber = 1 if len(bare) >= 2 and bare[0] in self.lx.demonyms else 0
        if (len(bare) >= chamber + 3 and bare[chamber] in self.lx.chamber_words and bare[chamber + 1] == "of") or (
            len(bare) == 2 and chamber and bare[1] in self.lx.chamber_words
        ):
            return "organisation", " ".join(bare), ""
        if len(bare) == 1 and re.search(rf"\w{{4}}(?:{self.lx.company_stems})$", bare[0], re.IGNORECASE):
            return "organisation", bare[0], ""  # “Chernomorenergo”: a company, by how its name ends
        if (
            len(bare) == 2
            and bare[0] in COMPASS
            and (bare[1] in REGIONS or bare[1] in self.lx.countries)
            and " ".join(bare) not in STATES_SO_NAMED
        ):
            # (“North Kazakhstan”: a country's region; not “South Korea”, a country of its own)
            return "place", " ".join(bare), ""  # “South Caucasus”, “Central Asia”: a region, nobody's name
        if (
            2 <= len(bare) <= 4
            and bare[0] in self.lx.countries
            and bare[0] != "Georgia"  # (a first name too)
            and all(w[:1].isupper() and w not in self.titles and w not in self.place_words for w in bare[1:])
        ):
            return "organisation", " ".join(words), ""  # “Kazakhstan Temir Zholy”: nobody's name opens with a country
        if (
            len(bare) >= 3
            # (or a calling with a prefix of its own: “Z-blogger Artyom Kolesnik”)
            and (bare[0].lower() in self.lx.person_heads or bare[0].lower().partition("-")[2] in self.lx.person_heads)
            and bare[0] not in self.titles
            and not any(self.is_org_word(w) or w in self.titles for w in bare[1:])
        ):
            return "person", " ".join(words[1:]), words[0]  # “Lawyer Tigran Melikyan”, a sentence's first word
        if (
            len(words) == 1
            and re.fullmatch(rf"(?:[{UPPER}]\.){{2,3}}|(?:[{UPPER}]\.){{1,2}}[{UPPER}]", words[0])
            and not _abbreviated(words[0], self.lx)
        ):
            return (
                "person",
                words[0] if words[0].endswith(".") else words[0] + ".",
                "",
            )  # “S.K.”: a person known by initials
        if len(bare) == 2 and re.fullmatch(HONOURS, bare[0]):
            return "place", " ".join(words), ""  # “Honored Pilot” (of Russia, then the name): an honour, nobody
        if len(bare) >= 2 and bare[-1].lower() in self.lx.events:
            return "place", " ".join(words), ""  # “the International Mugham Competition”: an event, nobody who speaks
        if len(bare) >= 2 and bare[0].lower() in self.lx.groups and bare[1][:1].isupper():
            # “Reporters Without Borders”, “Doctors Without Borders”: a body named after its people
            return "organisation", " ".join(words), ""
        if (
            len(bare) >= 2
            and bare[-1] in self.person_words
            and bare[-1][:1].isupper()
            and bare[-1] not in self.lx.abbreviations
            # (nor a chamber's name: “House of Representatives”)
            and not (len(bare) >= 3 and bare[-3] in self.lx.chamber_words and bare[-2] == "of")
        ):
            # “Chief State Sanitary Doctor” (of …, then the name): an office, nobody's name (as “Foreign Minister”)
            return "place", " ".join(words), ""
        org_or_title = self.org_words | self.titles
        if (
            len(bare) >= 5
            and bare[0] in self.person_words
            and "of" in bare[1:-2]
            and all(w[:1].isupper() and w not in org_or_title | self.place_words for w in bare[-2:])
            and not any(self.is_org_word(w) or re.fullmatch(rf"[{UPPER}]\.", w) for w in bare)
        ):
            # “Head of the Karabudakhkent District Magomed Gadzhiyev”: an office of a place, then the name
            return "person", " ".join(words[-2:]), " ".join(words[:-2])
        title_at = max((i for i, w in enumerate(bare) if w in self.person_words), default=-1)
        if (
            title_at >= 1
            and 2 <= len(bare) - title_at - 1 <= 3
            and not any(w in {"of", "for", "to"} for w in bare[:title_at])
            and all(w[:1].isupper() and w not in org_or_title | self.place_words for w in bare[title_at + 1 :])
        ):
            # “U.S. District Judge Harold Nkemelu”, “Syunik Province Governor Ara Vardanyan”: a place in the
            # title, the person's name after it
            return "person", " ".join(words[title_at + 1 :]), " ".join(words[: title_at + 1])
        if len(bare) > 2 and bare[-1] in {"Port", "Fleet"}:  # (not “Tigran Port”, a person)
            return "organisation", " ".join(words), ""  # “Batumi Sea Port”, “Black Sea Fleet”: the body that runs it
        connector = next((i for i, w in enumerate(bare) if w in {"of", "on", "for"}), -1)
        body_first = 0 < connector <= 3 and any(
            w in self.org_words or head_in(w, self.lx.organisation_heads) for w in bare[:connector]
        )  # “State Commission on Delimitation of the State Border of Azerbaijan”: a body, whatever places follow
        place_at = next((i for i, w in enumerate(bare) if w in self.place_words), -1)
        if (
            place_at >= 0
            and not (len(bare) > 1 and self.is_org_word(bare[-1]))
            # (nor a body of a city, then a name: “Spokesperson for the Bishkek City Hall Aizada Mamytova”)
            and not any(self.is_org_word(w) for w in bare[place_at + 1 :])
            and not (body_first and not any(w in self.person_words for w in bare[:connector]))
        ):
            return "place", " ".join(words), ""
        person_title = max((i for i, w in enumerate(bare) if w in self.person_words), default=-1)
        if person_title >= 0 and 1 <= len(bare) - person_title - 1 <= 3:
            rest = bare[person_title + 1 :]
            if not any(w in org_or_title for w in rest):
                # “Energy Minister Rustam Nabiev”: a person, whatever the title holds
                return "person", " ".join(words[person_title + 1 :]), " ".join(words[: person_title + 1])
        n = 3 if len(words) > 3 and re.fullmatch(rf"[{UPPER}]\.", words[-2]) else 2  # “Vugar K. Suleymanov”
        names = [w for w in bare[-n:] if not re.fullmatch(rf"[{UPPER}]\.", w)]
        first_title = next((i for i, w in enumerate(bare) if w in self.person_words), -1)
        if (
            first_title >= 0
            and any(w in {"of", "to", "for", "in"} for w in bare[first_title + 1 : -n])
            # (a portfolio's last words, not a name: “State Minister for Reconciliation and Civic Equality”)
            and bare[-n - 1] not in {"and", "&"}
            and all(
                w[:1].isupper() and w not in org_or_title and not head_in(w, self.lx.organisation_heads) for w in names
            )
        ):
            # “Secretary of the Security Council Armen Grigoryan”, “Ambassador to Armenia Sergei Kopyrkin”,
            # “Resident Representative in Azerbaijan Aigul Sadykova”; a
            # name of three after the country the office is of (“Ambassador to Georgia Ali Kemal Aydin”)
            country = max((i for i, w in enumerate(bare) if self._country(w) and i > first_title), default=-1)
            if (
                country > 0
                and bare[country - 1] in {"to", "of", "in"}
                and len(bare) - country - 1 == 3
                # (not “Deputy Chairman of Azerbaijan Railways Elchin Gasimov”: the body is the country's)
                and not self.is_org_word(bare[country + 1])
            ):
                n = 3
            return "person", " ".join(words[-n:]), " ".join(words[:-n])
        if (
            bare[0] in self.person_words
            and any(w in {"of", "for", "to"} for w in bare[1:])
            # (not “Prosecutor's Office of Georgia”: an office's bureau, a body)
            and not (len(bare) > 1 and head_in(bare[1], self.lx.organisation_heads))
        ):
            # “Minister of Territorial Administration”, “Chairman of the State Commission”: an office, nobody named
            return "place", " ".join(words), ""
        org_at = max((i for i, w in enumerate(bare) if self.is_org_word(w)), default=-1)
        if 0 <= org_at == len(bare) - n - 1 and all(
            w[:1].isupper() and w not in org_or_title | self.place_words and not w.isupper() for w in names
        ):
            return "person", " ".join(words[-n:]), " ".join(words[:-n])  # “Mine Action Agency Vugar Suleymanov”
        portfolio = bare[org_at + 2 : len(bare) - n] if org_at >= 0 else []
        if (
            portfolio
            and bare[org_at + 1] == "of"
            and portfolio[-1] in self.lx.portfolio_words
            and not any(w in self.person_words or self.is_org_word(w) or self._country(w) for w in portfolio)
            and all(
                w[:1].isupper()
                and w not in org_or_title | self.place_words | self.lx.portfolio_words
                and not w.isupper()
                and not self._country(w)
                for w in names
            )
        ):
            # “Ministry of Foreign Affairs Nigar Rustamova”: a body's portfolio ends its name, then who speaks
            return "person", " ".join(words[-n:]), " ".join(words[:-n])
        if len(bare) == 1 and bare[0] in self.lx.titles:
            return "place", bare[0], ""  # “the MEP wrote”: an office alone, nobody's name (not a body's acronym)
        if any(self.is_org_word(w) for w in bare) or (len(bare) == 1 and bare[0].isupper() and len(bare[0]) >= 2):
            return "organisation", " ".join(words), ""
        if "of" in bare[1:-1] and not any(
            (w in self.titles and w not in self.connectors and w not in self.lx.nationalities) or w in self.person_words
            for w in bare
        ):
            return "organisation", " ".join(words), ""  # “Georgian Charter of Journalistic Ethics”
        last_title = max((i for i, w in enumerate(bare) if w in self.titles), default=-1)
        name = words[last_title + 1 :]
        role = " ".join(words[: last_title + 1])
        if len(name) >= 3 and bare[last_title] in {"of", "the"}:
            # “President of the Republic of Valmora Farid Aliyar”: the place ends the role
            role, name = " ".join(words[: len(words) - n]), words[-n:]
        if not name or (len(name) == 1 and bare[last_title] in {"of", "to", "for", "on", "the"}):
            return "place", " ".join(words), ""  # “Minister of Foreign Affairs of Armenia”: an office, nobody named
        if len(name) == 1 and (not role or all(w in self.lx.nationalities for w in bare[: last_title + 1])):
            if name[0].endswith("ing") or name[0].endswith(("ians", "anis", "ans")):
                return "place", name[0], ""
            return "name", name[0], ""
        return "person", " ".join(name), role

    def generic(self, words, before):
        """“the Ministry”, “the Foreign Ministry”: a reference back, not a name."""
        return (
            before.endswith(("the ", "The "))
            and len(words) <= 2
            and all(w in self.lx.generic_name_words for w in words)
        )

    def place_before_name(self, words, before):
        """Three or more capitalised words after “in”, “of”, “from”, “at”, “near” or “to” (or “on” or “for” and a
        country), none a title or connector: a place, then a name of two words (“the rapporteur on Georgia Ilze
        Kalnina”); or after a connector inside a body's name (“the State Duma Committee on CIS Affairs, Eurasian
        Integration and Relations with Compatriots Gennady Kolosov”): the name's last word, then the person."""
        return (
            len(words) >= 3
            and all(re.fullmatch(rf"[{UPPER}][\w’'\-]+|[{UPPER}]\.", w) for w in words)
            and not any(w in self.titles or w in self.org_words or w in self.place_words for w in words)
            and bool(
                re.search(r"\b(?:[Ii]n|[Oo]f|[Ff]rom|[Aa]t|[Nn]ear|to)\s+$", before)
                # (after “on” or “for”, a country: not “a spokesman for Sergei Ivanovich Petrov”)
                or (re.search(r"\b(?:on|for)\s+$", before) and self._country(words[0]))
                or re.search(rf"[{UPPER}][\w’'\-]*,?\s+(?:with|and|for|on)\s+$", before)
            )
        )

    def _is_verb(self, word):
        """A lower-case word an office's words never hold: a finite verb (“has”, “said”, “reported”)."""
        verb = self.lx.verb(word)
        return word in self.lx.finite_words or word.endswith("ed") or bool(verb and word in verb.third | verb.past)

    def role_before(self, text):
        """“Artsakh’s former state minister and human rights defender” before a name: its role (“Milli Majlis member”:
        a member of a body before their name, though “member” alone heads no phrase: “EU member states”)."""
        heads = self.lx.person_heads | {"member"}
        # (after a clause's comma, a paragraph's or a sentence's start, or a preposition)
        for opening in re.finditer(
            rf"(?:^\s*|[,(]\s+|\n\s*|[.!?]\s+|\b(?:of|by|to|with|and)\s+)(?:the\s+)?(?=[{UPPER}])", text
        ):
            office = OFFICE.match(text, opening.end())
            if (
                office
                and head_in(office.group(2).split("-")[-1], heads)
                and not any(self._is_verb(word) for word in re.findall(rf"\b[{LOWER}]+\b", office.group(1)))
            ):
                # “Minister of Territorial Administration and Infrastructure, Davit Hambardzumyan”, “Governor
                # of the Kakheti region Giorgi Kapanadze”: the office and its complement, lower-case words and all
                return office.group(1)
        titled = re.search(
            rf"((?:[{UPPER}][\w’'\-]*\s+(?:for\s+|of\s+|the\s+)*){{0,5}}(?:[{UPPER}][\w’'\-]*|[{UPPER}][\w’'\-]*\s+\([{UPPER}][\w\-]*\))),?\s*$",
            text,
        )
        if titled and head_in(titled.group(1).split()[-1].strip("()"), heads):
            return titled.group(1)  # “Artsakh’s Human Rights Ombudsman, Ruben Avanesyan”
        owned = re.search(
            rf"(?:^|[.!?]\s+)((?:An?|The|One)\s+(?:[{LOWER}][\w\-]*\s+){{0,2}}?([{LOWER}][\w\-]*)\s+(?:of|for|at|from|in)\s+"
            r"[^,.;:“”\"]{1,80}),\s*$",
            text,
        )
        if owned and head_in(owned.group(2), heads):
            return owned.group(1)  # “A spokeswoman for the Russian Foreign Ministry, Anna Lebedeva,”
        lowered = re.search(
            rf"(?:^|[,(;]\s+|[.!?]\s+)((?:[{LOWER}][\w\-]*\s+){{0,2}}?([{LOWER}][\w\-]*)\s+(?:of|for)\s+(?:the\s+)?"
            rf"(?:[{UPPER}][\w\-]*\s+){{1,4}})$",
            text,
        )
        if lowered and head_in(lowered.group(2), heads):
            return lowered.group(1).strip()  # “…, deputy akim of Almaty Daniyar Seitkaliyev announced”: in lower case
        text = re.sub(r",\s*$", " ", text)
        match = re.search(rf"(?<![\w’'])((?:[{LOWER}][\w\-’']*\s+){{1,8}})$", text)
        words = match.group(1).split() if match else []
        verbs = [
            i
            for i, w in enumerate(words)
            if w in {"said", "says", "told", "added", "wrote", "noted", "stressed", "was", "is", "were"} | ROLE_ENDS
        ]
        if verbs:
            # “A spokesperson said the United States”: the role is not this name's; “the delegation was led by
            # special envoy Ruben Gasparyan”: the role is “special envoy”
            words = words[verbs[-1] + 1 :]
        if any(head_in(w, heads) for w in words):
            while words and words[0] in {"and", "by", "of", "to", "with", "from", "as", "that", "for", "where", "when"}:
                words = words[1:]
            while words and words[-1] in {"the"}:
                words = words[:-1]
            if words and words[-1] in {"of", "to", "for", "at", "in", "with", "from", "and"}:
                return ""  # “a leading researcher at IMEMO RAS”: the name is where the office is, not who holds it
            last_head = max((i for i, w in enumerate(words) if head_in(w, heads)), default=-1)
            if words[last_head + 1 :] and words[last_head + 1] not in {"of", "for", "at", "to", "on"}:
                # “sentenced a student in what Ana Vale called”: the office is somebody else's (not “spokesperson for
                # foreign affairs Sanna Lindqvist”, an office and its complement)
                return ""
            return " ".join(words)
        return ""


# A US lawmaker's party and state after their name: “Daniel Hovsepian (D-Calif.)”.
PARTY_AND_STATE = re.compile(rf"\s*\([DRI]-[{UPPER}][\w.\s]{{0,12}}\)")
# A person's age set off after their name: “Madina, 34, …”.
AGED = re.compile(r",\s+\d{1,3},\s")
# An honorary title before a calling: “Honored Pilot of Russia”, “People's Artist of Azerbaijan”.
HONOURS = r"Honou?red|Merited|People[’']s|Distinguished"
# Words a role before a name never holds: who led or joined the person it describes
ROLE_ENDS = {"by", "led", "included", "includes", "attended", "met", "joined", "accompanied", "visited", "chaired"}
# An office and its complement before a name, up to the end of the text (several, with commas).
# (the complement may hold a body's acronym, “Resident Representative of the United Nations Development Programme
# (UNDP) in Azerbaijan”, or its short name in quotation marks, “MP of the opposition “Hayastan” faction”)
COMPLEMENT = rf"(?:[^,.;:“”\"()]|\([{UPPER}]{{2,8}}\)|[“\"«][{UPPER}][^,.;:“”\"«»]{{0,40}}[”\"»]){{2,200}}?"
OFFICE = re.compile(
    rf"((?:[{UPPER}][\w’'\-]*\s+){{0,3}}?([{UPPER}][\w’'\-]*)\s+(?:of|for|to|on)\s+{COMPLEMENT}"
    rf"(?:,\s+(?:[{UPPER}][\w’'\-]*\s+){{0,3}}?[{UPPER}][\w’'\-]*\s+(?:of|for|to|on)\s+{COMPLEMENT})*),?\s*$"
)
SENTENCE_OPENING = r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’»]\s))"


def find_mentions(copy, quotations, layout, language):
    """Every person and organisation named in the body outside quotations, in order."""
    names = language.names
    lx = language.lexicon
    mentions = []
    for index, part in enumerate(copy.parts):
        if part.kind != "paragraph":
            continue
        raw = copy.source[part.start : part.end]
        paragraph = layout.paragraph(index)
        for run in names.sequences(raw):
            start, end = part.start + run[0].start, part.start + run[-1].end
            if layout.inside_quotation(start):
                continue
            # What stands before the name in its sentence (not the whole paragraph: that would make
            # a long paragraph cost the square of its length).
            sentence = paragraph.sentence_start(run[0].start)
            mention = _run_mention(names, raw, run, start, end, sentence)
            if mention is not None:
                mentions.append(mention)
    for mention in mentions:
        # “Abkhazia’s state power company, Chernomorenergo, said”: a name set off after what kind of body it is
        described = re.search(
            rf"(?:^|[\s’'])(?:{language.grammar.BODY_DESCRIPTOR}),\s*$",
            copy.source[max(0, mention.start - 40) : mention.start],
        )
        if mention.kind == "name" and described and copy.source[mention.end : mention.end + 1] == ",":
            mention.kind = "organisation"
    mentions = _listed_portfolios(copy.source, mentions, lx)
    starts = {m.start for m in mentions}
    organisations = _Organisations(mentions)
    for part in copy.parts:
        if part.kind != "paragraph":
            continue
        raw = copy.source[part.start : part.end]
        for m in re.finditer(
            rf"\b(?:(?:gave|giving) (?:only )?(?:his|her|their) (?:first )?name(?: only)?(?:,| as)"
            # (“asked to be identified only by her first name, Malika”)
            rf"|(?:identified|named|known) (?:only )?(?:by|as) (?:his|her|their) (?:first )?name(?: only)?,?)"
            rf"\s+([{UPPER}][\w’'\-]+)",
            raw,
        ):
            at = part.start + m.start(1)
            mentions = [x for x in mentions if x.start != at]
            mentions.append(
                Mention(name=m.group(1), start=at, end=at + len(m.group(1)), kind="person", printed=m.group(1))
            )
        for m in re.finditer(
            rf"\b({language.grammar.QUOTED_BODY}|{COMPANY_FORMS})\s+[“\"«]([{UPPER}][^”\"»]{{2,60}})[”\"»]"
            # (a company's form may follow its name: “«Gazprom Armenia» CJSC”)
            rf"|[“\"«](?P<company>[{UPPER}][^”\"»]{{2,60}})[”\"»]\s+(?P<form>{COMPANY_FORMS})\b"
            # (or a capitalised word of what it is open it: “the Union «For Freedom of Political Prisoners»”)
            rf"|(?<=[Tt]he\s)(?P<word>{names.ORG_WORD})\s+"
            rf"[“\"«](?P<rest>[{UPPER}][^”\"»]{{2,60}})[”\"»]",
            raw,
        ):
            if m.group("word"):
                at = part.start + m.start("word")
                mentions = [x for x in mentions if not (x.start == at and x.name == m.group("word"))]
                name = f"{m.group('word')} {m.group('rest')}"
                mention = Mention(
                    name=name, start=at, end=part.start + m.end("rest"), kind="organisation", printed=name
                )
                mentions.append(mention)
                organisations.add(mention)
                continue
            if m.group("company"):
                form_at = part.start + m.start("form")
                # (the form alone is no body of its own; but “«KTZ Express» JSC Daniyar Sultanbekov”: a person after it)
                mentions = [x for x in mentions if not (x.start == form_at and x.name == m.group("form"))]
                at = part.start + m.start("company")
                mention = Mention(
                    name=m.group("company"),
                    start=at,
                    end=part.start + m.end("company"),
                    kind="organisation",
                    printed=m.group("company"),
                )
                mentions.append(mention)
                organisations.add(mention)
                continue
            # “the local observer organization “Independent Observation Center””: a body named in quotation marks,
            # whom a later “its report” or “it said” means
            at = part.start + m.start(2)
            mention = Mention(
                name=m.group(2),
                start=at,
                end=part.start + m.end(2),
                kind="organisation",
                role=m.group(1),
                printed=m.group(2),
            )
            mentions.append(mention)
            organisations.add(mention)
        for mention in _unnamed_people(names, raw, part.start, starts):
            starts.add(mention.start)
            mentions.append(mention)
        for m in re.finditer(
            rf"{SENTENCE_OPENING}(?:The\s+(?:[{LOWER}][\w\-]*[’']s?\s+)?|[{UPPER}][\w\-]*[’']s\s+)((?:[{LOWER}][\w\-’']*\s+){{0,3}}(\w+))"
            rf"(?=\s+(?:(?:on|late|early)\s+\w+\s+)?(?:{names.REPORTING}|reported|denied|rejected|dismissed|accused|"
            r"condemned|welcomed|blamed|called|expressed|appealed|issued|published|gave|has|had|was|is|took|made|"
            # (whatever it did: “Turkey’s central bank cut its main interest rate”, then “the bank said”)
            rf"released|cut|kept|held|left|set|sent|won|lost|[{LOWER}]{{2,}}ed)\b)",
            raw,
        ):
            if (
                head_in(m.group(2), lx.organisation_heads)
                and m.group(2).lower() not in {"side", "leadership"}
                # “The court had seized the shares”, the Arbitration Court named before: a reference back
                and not (
                    m.group(0).startswith("The ")
                    and organisations.named_before(m.group(2).lower(), part.start + m.start())
                )
                # “Russia's Federal Service … (Rosselkhoznadzor) has introduced … The agency cites …”: the body its
                # paragraph named before, whatever its name's head; “Lernahovit Mining CJSC …. The company also
                # stated”: a company named before, anywhere
                and not (
                    m.group(0).startswith("The ")
                    and m.group(1) == m.group(2)
                    and any(
                        o.kind == "organisation"
                        and (part.start <= o.start or m.group(2).lower() in lx.generic_organisations)
                        and o.start < part.start + m.start()
                        for o in mentions
                    )
                )
            ):
                name = m.group(0) if m.group(0)[:1].isupper() and not m.group(0).startswith("The ") else m.group(1)
                at = part.start + m.start(0)
                mention = Mention(
                    name=name, start=at, end=part.start + m.end(), kind="organisation", printed=m.group(0)
                )
                mentions.append(mention)
                organisations.add(mention)
        for m in re.finditer(
            rf"(?:{SENTENCE_OPENING}The\s+|(?<=,\s))((?:[{UPPER}][\w.\-]*[’']s|[{UPPER}][{UPPER}.]+)\s+(?:[{LOWER}][\w\-]*\s+){{0,2}}?"
            rf"([{LOWER}]\w+)(?:\s+in\s+[{UPPER}][\w\-]*)?)(?=\s+(?:(?:on|late|early)\s+\w+\s+)?(?:{names.REPORTING}|"
            r"reported|welcomed|condemned|rejected|denied|issued|published|announced)\b)",
            raw,
        ):
            # “…, Armenia's defence ministry said”, “The US embassy in Yerevan welcomed …”: a body a later
            # “the ministry”, “the embassy” refers back to
            at = part.start + m.start(1)
            if head_in(m.group(2), lx.organisation_heads) and m.group(2).lower() not in {"side", "leadership"}:
                mention = Mention(
                    name=m.group(1), start=at, end=part.start + m.end(1), kind="organisation", printed=m.group(1)
                )
                mentions.append(mention)
                organisations.add(mention)
        for m in re.finditer(
            rf"(?:(?<=,\s)|(?<=\baccording to )|(?<=\bAccording to ))the\s+"
            rf"((?:(?:[{LOWER}][\w\-]*(?:[’']s?)?|{names.NATION})\s+){{0,2}}?([{LOWER}]\w+))(?=\s+(?:{names.REPORTING}|reported)\b|[,.])",
            raw,
        ):
            at = part.start + m.start(0)
            head = m.group(2).lower()
            if (
                head_in(m.group(2), lx.organisation_heads)
                and head not in {"side", "leadership"}
                and not organisations.named_before(head, at)
                and at not in starts
                # (not “the regulator's press service”: the regulator's, a body the text has named)
                and not re.search(r"[’']s?\s+press\s+\w+$", m.group(1))
            ):
                named = next((x for x in mentions if x.end == at - 2 and x.kind != "place"), None)
                if (
                    named is not None
                    and copy.source[at - 2] == ","
                    # (set off by commas on both sides: not “Nikol Pashinyan, the government said, will travel”)
                    and copy.source[part.start + m.end() : part.start + m.end() + 1] == ","
                    # (the subject opening its sentence, not “In a post on X, the organization wrote”)
                    and re.search(r"(?:^|[.!?]\s+)$", copy.source[part.start : named.start])
                ):
                    # “Georgian Dream, the governing party, …”: what the body just named is, not another body
                    named.kind, named.role = "organisation", head  # (“the party” from then on)
                    continue
                # “…, the mission said in its daily report”: the organisation a later “the report” is from
                mention = Mention(
                    name=m.group(1), start=at, end=part.start + m.end(), kind="organisation", printed=m.group(0)
                )
                mentions.append(mention)
                organisations.add(mention)
                starts.add(at)
    mentions.sort(key=lambda x: x.start)
    for mention in mentions:
        # “the ruling Civil Contract party”, “the Hayastan bloc”: a name printed before what it is, a body
        what = re.match(
            r"[’']?\s+(party|bloc|alliance|faction|movement|coalition)\b", copy.source[mention.end : mention.end + 20]
        )
        possessed = _owns(mention.printed) and mention.kind != "organisation"
        if mention.kind in ("person", "name", "organisation") and not mention.role and what and not possessed:
            mention.kind, mention.role = "organisation", what.group(1)  # “the party” from then on
    for mention in mentions:
        # “… told Ekho Kavkaza”, “in an interview with RIA Novosti”: whom words are told to is no speaker of
        # them; an outlet the lexicon knows, or a name holding a media word, is a body (not “told Tomasz Wojcik”)
        if (
            mention.kind == "person"
            and not mention.role
            and language.grammar.is_media(mention.name)
            and re.search(
                r"\b(?:told|in an interview with|in an interview to|interview with|in comments to|speaking to)\s+$",
                copy.source[max(0, mention.start - 30) : mention.start],
            )
        ):
            mention.kind = "organisation"
    # A name after what kind of body it is (“the state company Chernomorenergo”, “the watchdog Fieldgate”) is a body's;
    # a platform something is posted on is nobody.
    descriptors = alternation(names.lx.organisation_descriptors)
    for mention in mentions:
        if mention.name.lower() in names.lx.social_media and re.search(
            r"\b(?:on|via|in)\s+$", copy.source[max(0, mention.start - 10) : mention.start]
        ):
            mention.kind = "place"  # “a statement posted on X”: where it was posted, nobody who speaks
        # (or a name that reads as a person's, without a role: “the civic initiative Modernism Matters”)
        if (mention.kind == "name" or (mention.kind == "person" and not mention.role)) and re.search(
            rf"\b(?:the|a|an)\s+(?:[{LOWER}][\w\-]*\s+){{0,2}}(?:{descriptors})\s+$",
            copy.source[max(0, mention.start - 60) : mention.start],
        ):
            mention.kind = "organisation"
    # A name the text has shown to be a body's (“Imereti Manganese, the private company that …”) is
    # that body's wherever it is printed again.
    bodies = {m.name for m in mentions if m.kind == "organisation" and m.name}
    # (and a company's name without its legal form: “Lernahovit Mining CJSC” … “Lernahovit Mining stated”)
    formless = {re.sub(rf"\s+(?:{COMPANY_FORMS})$", "", name): name for name in bodies}
    for mention in mentions:
        if mention.kind in ("person", "name") and mention.name in formless and not mention.role:
            mention.kind, mention.name = "organisation", formless[mention.name]
    mentions = _office_after_acronym(copy, mentions, names.lx)
    _lede_named_next(copy, mentions)
    _described_closing_then_named(copy, mentions, names.lx)
    _given_an_office_as(copy, mentions, names.lx)
    # A bare surname names the person mentioned in full before; otherwise it stays a name.
    by_surname = {}
    for mention in mentions:
        full = by_surname.get(mention.name) if mention.kind == "person" and " " not in mention.name else None
        titles = mention.role.lower().split()
        courtesy = all(t.rstrip(".") in names.lx.abbreviations for t in titles)
        if full is not None and (set(titles) <= set(full.role.lower().split()) or courtesy):
            # “Minister of Foreign Affairs Vahe Hovakimyan” … “Minister Hovakimyan”, “Mr Avagyan”, “Rep. Kaloustian”:
            # one person, named in full before with the office the title abbreviates, or a courtesy title
            mention.name, mention.role = full.name, full.role
        elif mention.kind == "person" and mention.name:
            by_surname[mention.name.split()[-1]] = mention
        elif mention.kind == "name":
            full = by_surname.get(possessive(mention.name))
            if full:
                mention.kind, mention.name, mention.role = "person", full.name, full.role
    return mentions


# Words that end an event's name (“the Caspian Oil and Gas Transport Conference”).


def _office_after_acronym(copy, mentions, lx):
    """“The World Health Organization (WHO) Country Office in Georgia”: one body, an office of the one named with
    its acronym (not “Country Office in Georgia” alone, which “the office” would then name)."""
    kept = []
    for mention in mentions:
        body = kept[-2] if len(kept) > 1 and re.fullmatch(rf"[{UPPER}][\w\-]{{1,12}}", kept[-1].name) else None
        between = copy.source[body.end : mention.start] if body else ""
        if (
            body is not None
            and body.kind == "organisation"
            and mention.kind == "organisation"
            and re.fullmatch(rf"\s*\([{UPPER}][\w\-]{{1,12}}\)\s+", between)
            and head_in(mention.name.split(" in ")[0].split()[-1].lower(), lx.organisation_heads)
            and not head_in(body.name.split()[-1].lower(), lx.person_heads)
        ):
            body.name, body.end = f"{body.name} {mention.name}", mention.end
            body.printed = copy.source[body.start : body.end]
            continue
        kept.append(mention)
    return kept


def _lede_named_next(copy, mentions):
    """“A former mayor of Sisian who … denied them on Thursday …” ¶ “Garnik Melkonian, 54, was arrested
    …”: a report that opens a paragraph on somebody it describes, and opens the next on a name, has
    named them; a later “the former mayor” is that person."""
    paragraphs = [p for p in copy.parts if p.kind == "paragraph"]
    for here, following in pairwise(paragraphs):
        opening = next((m for m in mentions if here.start <= m.start < here.end), None)
        if not (opening and opening.kind == "person" and not opening.name and opening.start == here.start):
            continue
        if not re.match(r"(?:A|An)\s", opening.printed):
            continue
        if re.search(r"\b(?:sources?|insiders?|interlocutors?)\b", opening.printed) or re.search(
            r"\banonymity\b|\bnot to be (?:named|identified)\b|\bnot authori[sz]ed\b", here.text
        ):
            continue  # “A source in the ministry was more restrained.”: somebody the report will not name
        if any(m.kind == "person" and m.name for m in mentions if here.start <= m.start < here.end):
            continue  # somebody else named in between: the description may be theirs
        named = next((m for m in mentions if following.start <= m.start < following.end), None)
        if named and named.kind == "person" and named.name and named.start == following.start:
            opening.name = named.name


def _described_closing_then_named(copy, mentions, lx):
    """“Work on the tunnel began on Thursday, Türkiye’s transport and infrastructure minister said.” ¶ ““…,”
    Kerem Ozdemir said”: agency copy that closes its lede on an office and names its holder in the next
    paragraph has given that person the office (a later “the two ministers” counts them), when the text
    gives them no other role."""
    paragraphs = [p for p in copy.parts if p.kind == "paragraph"]
    for here, following in pairwise(paragraphs[:3]):
        office = re.search(
            rf",\s+((?:[{UPPER}][\w\-]*[’']s\s+)?(?:[{LOWER}][\w\-]*\s+){{0,5}}?([{LOWER}][\w\-]*))\s+"
            rf"(?:{alternation(lx.forms(SPEECH, kinds=('third', 'past')))})(?:\s+[{LOWER}]+)?\.?\s*$",
            here.text,
        )
        holder = office and office.group(2)
        if not holder or not head_in(holder, lx.office_heads | lx.person_heads) or holder in lx.groups:
            continue
        named = next(
            (m for m in mentions if following.start <= m.start < following.end and m.kind == "person" and m.name),
            None,
        )
        if named is not None and not named.role and named.name.split()[-1].lower() != holder:
            named.role = office.group(1)
        return


def _given_an_office_as(copy, mentions, lx):
    """“AFFA presented Slovenian specialist Matjaž Kranjc as the new head coach of the national team”: the office
    the person is presented, appointed or elected as is theirs too (a later “the head coach noted” is them)."""
    for mention in mentions:
        if mention.kind != "person" or not mention.name:
            continue
        office = re.match(
            rf"\s+as\s+(?:the|its|their|his|her)\s+((?:[{LOWER}][\w\-]*)(?:\s+[{LOWER}][\w\-]*){{0,3}})",
            copy.source[mention.end : mention.end + 120],
        )
        words = office.group(1).split() if office else []
        last = max((i for i, w in enumerate(words) if head_in(w, lx.office_heads | lx.person_heads)), default=None)
        if last is not None and words[last] not in lx.groups:
            role = re.sub(r"^(?:new|next|incoming)\s+", "", " ".join(words[: last + 1]))
            # (in place of a one-word description: “specialist” → “head coach”)
            mention.role = f"{mention.role}, {role}" if len(mention.role.split()) > 1 else role


ROLE_REACH = 400  # characters before a name where its role may stand
# Bodies posted abroad, whose names say where: “the Russian Embassy in Armenia”, “the EU Delegation to Georgia”.
POSTINGS = {"Embassy", "Consulate", "Delegation", "Mission", "Representation"}
TO_IN = re.compile(r"\b(?:to|in)\s+$")
POSTED = re.compile(rf"\s+((?:in|to)\s+(?:the\s+)?[{UPPER}][\w\-]+(?:\s+[{UPPER}][\w\-]+)?)(?![\w’'])")
# A clause that opens a sentence before its subject (“Asked about …, the minister said”).
OPENING_CLAUSE = (
    r"(?:When\s+)?(?:Asked|Speaking|Commenting|Responding|Referring|Answering|Talking|Replying|Addressing|Turning|"
    r"In response|In reply|Reacting)\b"
)


# The portfolios of a body's name listed before the rest with commas: “The ” + “Urban Development, ” before
# “Technical and Fire Safety Inspection Body”.
LISTED_BEFORE = re.compile(rf"\b[Tt]he\s+((?:(?:[{UPPER}][\w\-]*\s+){{0,2}}[{UPPER}][\w\-]*,\s+){{1,4}})$")


def _listed_portfolios(source, mentions, lx):
    """Mentions, with a body whose name lists its portfolios (“The Urban Development, Technical and Fire Safety
    Inspection Body”) read whole, not from its last comma, and the first portfolios no mention of their own."""
    out = []
    for mention in mentions:
        listed = (
            LISTED_BEFORE.search(source, max(0, mention.start - 80), mention.start)
            if mention.kind == "organisation"
            and " and " in mention.name
            and head_in(mention.name.split()[-1].lower(), lx.organisation_heads)
            else None
        )
        if listed and "\n" not in listed.group(1):
            start = listed.start(1)
            out = [m for m in out if m.end <= start]
            name = source[start : mention.end]
            mention = Mention(name=name, start=start, end=mention.end, kind="organisation", printed=name)
        out.append(mention)
    return out


def _set_off_as_a_person(after, lx):
    """A name is followed by what a person is, set off by commas (“, the head of the union,”)."""
    described = re.match(r",\s+(?:the|a|an|its|his|her)?\s*([^,;:.“”\"]{1,80}),", after)
    return bool(described) and any(head_in(w, lx.person_heads) for w in described.group(1).split()[:4])


def _run_mention(names, raw, run, start, end, sentence):
    words = [t.word for t in run]
    if re.fullmatch(r"AM|PM|GMT|UTC|[A-Z]{1,3}T", words[0]) and re.search(
        r"\d[:.]\d\d\s*$", raw[max(0, run[0].start - 8) : run[0].start]
    ):
        return None  # “12:18 PM GMT”: the time of day, nobody (but “13:30 Ana Vale voted”: a live blog's entry)
    if (
        len(words) == 1
        and re.fullmatch(r"[A-Z]{1,4}h?", words[0])
        and re.search(r"\d\s*$", raw[max(0, run[0].start - 4) : run[0].start])
    ):
        return None  # “12 MW”, “5 bcm”, “3 GWh”: a unit after its number, nobody
    if run[0].start and PARTY_AND_STATE.match(raw, run[0].start - 1):
        return None  # “Daniel Hovsepian (D-Calif.)”: a lawmaker's party and state, nobody
    # (at most ROLE_REACH characters: a paste whose sentences never end must not make each name's look-back
    # the whole paragraph)
    before = raw[max(sentence, run[0].start - ROLE_REACH) : run[0].start]
    if (
        len(words) >= 3
        and before.endswith("the ")
        and not any(w in names.org_words for w in words)
        # (not “the National Electric Grid of Kyrgyzstan”: a body's name, whole)
        and names.classify(words[1:]).kind == "person"
    ):
        # “to the Caucasus Toivo Klaar”, “Minister of Foreign Affairs of the Netherlands Maarten de Vries”: the
        # place ends the role
        words, before = words[1:], before + raw[run[0].start : run[1].start]
    found = names.classify(words)
    kind, name, role = found.kind, found.name, found.role
    # A first name alone opening its sentence, after kin (“His mother Gulnara, 67, wept”) or before an age (“Madina,
    # 34, a mother of two from Sukhum, told JAMnews”): a person (not “lives with her granddaughter Lilit”, nor
    # “Among the residents are Lilit, 8, and Narine, 12”: somebody the sentence is not about)
    alone = kind == "name" and len(words) == 1 and not names._country(words[0])
    kin = re.fullmatch(rf"\s*(?:His|Her|Their|[{UPPER}][\w\-]*[’']s)\s+([{LOWER}]+),?\s+", before) if alone else None
    if kin and kin.group(1) in names.lx.kinship:
        kind, role = "person", kin.group(1)  # (“Her husband, Samvel, worked as a driver”)
    elif alone and AGED.match(raw, run[-1].end) and (not before.strip() or _calling_before(before, names)):
        kind = "person"  # (or after what they are: “Afghan national Ahmad, 24, who gave only his first name, said”)
    if (
        kind == "organisation"
        and len(words) in (3, 4)
        and words[0] in names.lx.countries
        # (or the country an honour is of: “Honored Pilot of Russia Viktor Zhuravlev”)
        and (TO_IN.search(before) or re.search(rf"\b(?:{HONOURS})\s+[{UPPER}][\w\-]*\s+of\s+$", before))
    ):
        # “Ambassador of France to Armenia Claire Moreau”: the country the office is in, then the person's name (not
        # a body named after a country, “Kazakhstan Temir Zholy”)
        office = names.role_before(before + words[0] + " ")
        if office:
            kind, name, role = "person", " ".join(words[1:]), office
    body_after = re.match(
        r"\s+(?P<rights>(?:rights|human[\s\-]rights)\s+)?"
        r"(?:bloc|party|movement|alliance|coalition|faction|group|union|foundation|association)\b",
        raw[run[-1].end :],
    )
    if (
        body_after
        # (“the Memorial rights group”: a body, whatever else the word may name)
        and (kind in ("person", "name") or (kind == "place" and len(words) == 1 and body_after.group("rights")))
        and not _owns(words[-1])
    ):
        kind, name, role = "organisation", " ".join(words), ""  # “the opposition Mer Tun bloc”: a body's name
    if (
        kind in ("person", "name")
        and words[-1] in names.lx.portfolio_words
        and re.match(rf"\s+(?:and|&)\s+[{UPPER}]", raw[run[-1].end :])
    ):
        return None  # “Velnian Transport and Infrastructure Minister X”: the first portfolios of X's office, nobody
    if (
        kind in ("person", "name")
        and not role
        and (
            (
                names.DESCRIBED_BODY.search(before)
                # (not the subject of a clause describing the body: “The firm Ara Petrosyan founded in 2015”; but
                # “State power utility Barki Tojik announced”, a verb of speech, is the body's)
                and not (
                    re.match(rf"\s+[{LOWER}]+ed\b", raw[run[-1].end :])
                    and not re.match(rf"\s+(?:{names.REPORTING})\b", raw[run[-1].end :])
                )
                and not (
                    kind == "person"
                    and (office_in_body := names.OFFICE_IN_DESCRIBED_BODY.search(before))
                    # (the body's own name before its kind: “Taza Aba initiative group”, not “the Velnian opposition
                    # party Kestria Forward”, whose name follows)
                    and not re.search(rf"\b{names.NATION}\s", office_in_body.group(0))
                )
            )
            or (names.DESCRIBED_APPOSITIVE.search(before) and raw.startswith(",", run[-1].end))
            # (not a person set off by what they are: “the TV channel Anna Vale, the head of the union, said”)
            or (names.DESCRIBED_OUTLET.search(before) and not _set_off_as_a_person(raw[run[-1].end :], names.lx))
        )
    ):
        kind, name = "organisation", " ".join(words)  # “State power utility Barqi Tojik”: what kind of body it is
    office = names.OFFICE_BEFORE.search(before)
    if (
        kind == "organisation"
        and office
        and len(words) >= 4
        # (not the last words of a portfolio: “the State Minister for Reconciliation and Civic Equality”)
        and not re.search(r"\s(?:and|&)\s+$", raw[run[-3].end : run[-2].start] if len(run) >= 3 else "")
        and all(w[:1].isupper() and not names.is_org_word(w) and w not in names.lx.portfolio_words for w in words[-2:])
        and (names.is_org_word(words[0]) or words[0] in names.titles)
    ):
        # “Chairman of the parliamentary Committee on Economic Policy, Industry and Entrepreneurship Vugar
        # Bayramli”: the office's body, then the person who holds it
        return Mention(
            name=" ".join(words[-2:]),
            start=start + run[-2].start - run[0].start,
            end=end,
            kind="person",
            role=office.group(1) + raw[run[0].start : run[-3].end],
            printed=raw[run[-2].start : run[-1].end],
        )
    if kind == "place" or (kind == "organisation" and names.generic(words, before)):
        return None
    if kind == "person" and not role and len(words) == 2 and re.search(r"(?<![\w’'])the $", before):
        return None  # “laid a wreath at the Eternal Fire”: a person's name does not follow “the” alone
    if names.NOBODY_AFTER.match(raw, run[-1].end):
        return None  # “300 million US dollars”, “the ProWein Shanghai exhibition”: nobody who speaks
    if kind == "person" and not role and names.place_before_name(words, before):
        # “in Stepanakert Anahit Grigoryan said”: the place is not the name; “Ambassador of the Republic of
        # Azerbaijan to Georgia Faig Guliyev”: the place ends the office
        n = 3 if re.fullmatch(rf"[{UPPER}]\.", words[-2]) else 2
        name = " ".join(words[-n:])
        role = names.role_before(before + " ".join(words[:-n]) + " ")
    if kind == "person" and role and role.split()[0] in names.lx.portfolio_words:
        # “Transport and Infrastructure Minister Kemal Yıldırım”: the portfolios before the “and” are the role's too
        portfolios = re.search(rf"(?:[{UPPER}][\w\-’']*,?\s+)+and\s+$", before)
        words_before = portfolios.group(0).split()[:-1] if portfolios else []
        if words_before and (
            words_before[0] in names.lx.nationalities or possessive(words_before[0]) != words_before[0]
        ):
            # (“Turkish Transport and Infrastructure Minister Hasan Yalcinkaya”: the country's office)
            words_before = words_before[1:]
        if words_before and all(w.rstrip(",") in names.lx.portfolio_words for w in words_before):
            role = portfolios.group(0) + role
    if kind == "person":
        appositive = names.APPOSITIVE.match(raw, run[-1].end)
        if (
            appositive
            and (
                re.search(r"\b(?:was|is|were|are|has|had|have|will|would|did|could|should)\b", appositive.group("role"))
                or re.match(rf"\s+(?:{names.REPORTING})\s*[.!?]?\s*$", raw[appositive.end() : appositive.end() + 40])
                or re.search(rf"\s(?:{names.REPORTING}|reported|reports|informed|announced)$", appositive.group("role"))
                # (“Asked about the debt to Gazprom Armenia, the deputy minister said”: the name ends the clause that
                # opens the sentence, and the words after it are the sentence's subject and verb)
                or (
                    re.match(rf"\s+(?:{names.REPORTING})\b", raw[appositive.end() :])
                    and run[0].start - sentence <= ROLE_REACH
                    and re.match(OPENING_CLAUSE, raw[sentence : run[0].start].lstrip())
                    and "," not in raw[sentence : run[0].start]
                )
                # (“In its reply, signed by deputy director Vardan Ghukasyan, the company stated”: a person by their
                # office, then the sentence's subject and verb)
                or (
                    re.match(rf"\s+(?:{names.REPORTING})\b", raw[appositive.end() :])
                    and (given_office := names.role_before(before))
                    and re.search(rf"\b(?:by|from)\s+{re.escape(given_office)}\s*$", before)
                )
            )
        ):
            # “Samira Guliyeva, the incident was grave”, “Mehdi Rahmani, the Ministry's press service
            # reported”: a clause, not a role
            appositive = None
        if appositive and _describes_a_body(appositive.group("role"), names.lx):
            # “Imereti Manganese, the private company that runs the mines”: the name of a body
            kind, name, role, appositive = "organisation", " ".join(words), "", None
        if appositive:
            described = re.sub(r"^who is(?: also)?\s+", "", appositive.group("role").strip())
            # (an office printed before the name stays: “Uzbekistan's Deputy Prime Minister Jamshid Kholmatov,
            # co-chair of the commission,”)
            role = f"{role}, {described}" if role and role.split()[-1] in names.lx.titles else described
        elif not role:
            role = names.role_before(before)
        elif role.split()[0] in {"of", "for", "to"} and (extended := names.role_before(before + role + " ")):
            # “Chief State Sanitary Doctor of the Republic of Velna Serik Temirov”: the office the place ends
            role = extended
        elif all(w in names.lx.person_title_words for w in role.split()) and (
            office_before := names.role_before(before)
        ):
            # “ministry spokesman Rear Adm. Tuncay Erol”: the office before the rank is the role too
            role = f"{office_before} {role}"
        elif re.fullmatch(
            rf"\s*(?:[{UPPER}][\w\-]*[’']s\s+)?(?:[{LOWER}][\w\-]*\s+){{0,3}}[{LOWER}][\w\-]*,\s*", before
        ) and (office_before := names.role_before(before)):
            # “Armenia's special envoy, Deputy Parliament Speaker Gevorg Martirosyan”: both offices are theirs
            role = f"{office_before}, {role}"
        elif any(names.is_org_word(w) for w in role.split()):
            # “spokesperson for the Ministry of Foreign Affairs Nigar Rustamova”: the office before is in that body
            if office:
                role = office.group(1) + role
            elif " " not in role and (extended := names.role_before(before + role + " ")).endswith(" " + role):
                # “Deputy Chairman of Azerbaijan Railways (ADY) CJSC Elchin Gasimov”: one word of the body's name
                # (its legal form) read as the role, the office before it
                role = extended
            else:  # (a lower-case office: “spokesperson for the”, “press secretary of the”)
                holder = re.search(
                    rf"\b(?:([{LOWER}][\w\-]*)\s+)?([{LOWER}][\w\-]*)\s+(?:of|for|at)\s+(?:the\s+)?$", before
                )
                if holder and head_in(holder.group(2), names.lx.person_heads):
                    # (not “said the head of the …”: the verb before the office is no part of it)
                    kept = (
                        holder.group(1)
                        and holder.group(1) not in {"the", "a", "an"}
                        and not names._is_verb(holder.group(1))
                    )
                    role = before[holder.start(1 if kept else 2) :] + role
    posted = POSTED.match(raw, run[-1].end) if kind == "organisation" and words[-1] in POSTINGS else None
    if posted:
        name = f"{name} {posted.group(1)}"  # “The Russian Embassy in Armenia”: the embassy's name holds its post
    name = possessive(name)  # “Armen Petrosyan's family”: Armen Petrosyan; “the Agency's report”: the Agency
    return Mention(
        name=name.rstrip(".,"), start=start, end=end, kind=kind, role=role, printed=raw[run[0].start : run[-1].end]
    )


def _calling_before(before, names):
    """`before`, the sentence up to a name, ends its clause's opening with what the person is (“Speaking to AA after
    being rescued, Afghan national ”)."""
    words = before.split(",")[-1].split()
    return 1 <= len(words) <= 3 and words[-1] in names.lx.person_heads | {"national", "citizen"}


def _owns(printed):
    """A name printed as a possessive: “Vardanyan's bloc” is a person's bloc, not a bloc named Vardanyan."""
    return re.search(r"[’']s?$", printed) is not None


def _describes_a_body(role, lx):
    """“the private company that runs the mines”, “a Tbilisi-based watchdog”: an appositive whose
    head noun (before “that”, “which”, “of”, …) is a kind of organisation, not a person's office."""
    head = re.match(
        # (or a participle: “a company registered in Astana and part-owned by a Gulf fund”)
        rf"(?:the|an?)\s+((?:[\w\-]+\s+){{0,3}}?[{LOWER}][\w\-]*)"
        rf"(?=\s+(?:that|which|of|in|at|for|with|based|owned|behind|run|set\s+up)\b|\s+[{LOWER}][\w\-]*(?:ed|owned)\b|\s*$)",
        role,
    )
    return bool(head) and head.group(1).split()[-1] in lx.generic_organisations


# How a sentence opens on somebody it describes: “A senior official”, “One diplomat”, “But a finance ministry official”
DESCRIBED = r"(?:(?:But|And|Yet|Still|However,?)\s+(?:an?|one)|An?|One)"


def _unnamed_people(names, raw, offset, starts):
    """People the text describes but does not name: “A senior official said”, “A spokesman for the
    Defence Ministry said” (a spokesperson speaks for the organisation named)."""
    heads = names.lx.person_heads
    found = []

    def described(m):
        # (what they are, set off after: “A second source, an Azerbaijani government official, said”)
        also = re.match(rf",\s+(an?\s+[^\x00,.;:“”\"«»]{{2,80}}?\s+([{LOWER}][\w\-]*)),", raw[m.end() :])
        one_of = (
            re.match(r",\s+(an?\s+[^\x00,.;:“”\"«»]{2,80}?),", raw[m.end() :])
            if m.group(0).startswith("One of")
            else None
        )
        if also and head_in(also.group(2), heads):
            role = also.group(1)
        elif one_of and any(head_in(w, heads) for w in re.findall(rf"[{LOWER}][\w\-]*", one_of.group(1))[1:4]):
            role = one_of.group(1)  # (one of several, then what that one is: “One of the sources, a trader with …,”)
        else:
            role = m.group(0)
        return Mention(
            name="", start=offset + m.start(), end=offset + m.end(), kind="person", role=role, printed=m.group(0)
        )

    for m in re.finditer(
        rf"{SENTENCE_OPENING}{DESCRIBED}\s+(?:[\w\-]+\s+){{0,4}}?(\w+)(?=,|\s+(?:who|{names.REPORTING})\b)", raw
    ):
        words = [w for w in re.findall(rf"[{LOWER}][\w\-]*", m.group(0)) if head_in(w, heads)]
        if words and not re.search(
            r"\b(?:spokes\w+|representative)\b", m.group(0)[m.group(0).find(words[0]) + len(words[0]) :]
        ):
            found.append(described(m))  # somebody the text does not name: the description stands for them
    for m in re.finditer(
        rf"{SENTENCE_OPENING}{DESCRIBED}\s+(?:[\w\-]+\s+){{0,3}}?([{LOWER}][\w\-]*)\s+"
        r"(?:(?:familiar|involved|close|briefed)\s+)?(?:of|from|in|at|near|for|with|to|on)\s+"
        # (or what they were: “A source in the Russian Foreign Ministry was more restrained.”)
        rf"[^,.;:“”\"«»]{{1,80}}?(?=,|\s+(?:who|was|were|had|has|{names.REPORTING})\b)",
        raw,
    ):
        if (
            not head_in(m.group(1), heads)
            or offset + m.start() in starts
            or any(x.start == offset + m.start() for x in found)
        ):
            continue
        if re.match(rf",\s+[{UPPER}][\w’'\-]+(?:\s+[{UPPER}][\w’'.\-]+)+\s*,", raw[m.end() :]):
            continue  # “A spokeswoman for the ministry, Anna Lebedeva,”: named after all
        found.append(described(m))
    for m in re.finditer(
        # the same description closing a sentence's attribution of reported speech: “Ostmark will resume
        # talks, a senior official of the Government of Ostmark said on Thursday.”, whom “the official”
        # stands for later
        rf"(?<=,\s)(?:an?|one)\s+(?:[\w\-]+\s+){{0,3}}?([{LOWER}][\w\-]*)(?:\s+(?:of|from|in|at|for|with)\s+"
        rf"[^,.;:“”\"«»]{{1,80}}?)?(?=\s+(?:{names.REPORTING})\b|,\s+(?:who|speaking|asking|requesting)\b)",
        raw,
    ):
        if not head_in(m.group(1), heads) or any(x.start == offset + m.start() for x in found):
            continue
        found.append(described(m))
    for mention in found:
        # “A dealer at the market, who asked that only his first name, Tomas, be used, said”: named so
        given = re.match(rf",\s+who\b[^.;:“”\"]{{0,80}}?{FIRST_NAME.pattern}", raw[mention.end - offset :])
        if given:
            mention.name = given.group(1)
    return found


# How a person the text does not otherwise name is given a name: “who asked that only his first name, Arman,
# be used”, “who gave her first name as Anahit”.
FIRST_NAME = re.compile(
    rf"\b(?:only\s+)?(?:his|her|their)\s+(?:first|given)\s+name(?:,\s+|\s+as\s+)([{UPPER}][\w’'\-]+)\b"
)


class _Organisations:
    """Organisations mentioned, to ask whether one whose name holds a word was named before an offset."""

    def __init__(self, mentions):
        self.names = [(m.start, m.name.lower()) for m in mentions if m.kind == "organisation"]
        self.first = {}  # word → first offset of an organisation whose name holds it

    def add(self, mention):
        self.names.append((mention.start, mention.name.lower()))
        for word, at in self.first.items():
            if word in mention.name.lower() and mention.start < at:
                self.first[word] = mention.start

    def named_before(self, word, at):
        if word not in self.first:
            self.first[word] = min((s for s, name in self.names if word in name), default=float("inf"))
        return self.first[word] < at
