"""Who the text names, outside quotations: people (titles taken off, role kept) and organisations.

This is what pronouns, surnames and roles are resolved against in stage 4 ("he said" is the last
person named; "the ministry said" the last ministry named; "Bono said" the Louis Bono named before).
"""

import re

from newsroom.ingest.lexicon import (
    NATIONALITIES,
    NOT_NAMES,
    ORG_HEADS,
    ORG_NAME_WORDS,
    PERSON_HEADS,
    PERSON_TITLES,
    SPEECH_VERBS,
    head_in,
)
from newsroom.ingest.records import Mention

# “the Russian defence ministry said”: a nationality, from the list or by its ending (“Kestrian”)
NATION = (
    "(?:"
    + "|".join(
        re.escape(n) for n in sorted(NATIONALITIES, key=len, reverse=True) if n[:1].isupper() and not n.isupper()
    )
    + r"|[A-Z][a-z]+(?:ian|ean|an|i|ese|ish))"
)
TOKEN = re.compile(r"[A-Z][\w’'.\-]*|[a-z]+")
CONNECTORS = {"of", "the", "for", "de", "da", "van", "von", "al", "bin", "el", "du", "der", "on", "to"}
PLACE_WORDS = {
    "Corridor",
    "Region",
    "Regions",
    "Street",
    "Square",
    "Mountains",
    "River",
    "Sea",
    "Lake",
    "Village",
    "District",
    "City",
    "Province",
    "Valley",
    "Bridge",
    "Airport",
    "Line",
    "Statement",
    "Treaty",
    "Agreement",
    "Day",
    "War",
    "Road",
    "Highway",
    "Border",
    "Crossing",
    "Checkpoint",
    "Conference",
    "Summit",
    "Accords",
    "Declaration",
}
TITLES = set(PERSON_TITLES) | set(NATIONALITIES)
CALENDAR = {
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
}
PERSON_ROLE_WORDS = {
    "Minister",
    "President",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Ambassador",
    "Envoy",
    "Chairman",
    "Chairwoman",
    "Governor",
    "Mayor",
    "Senator",
    "Secretary",
    "Commissioner",
    "Director",
    "Commander",
    "Chancellor",
    "Premier",
    "General",
    "Gen.",
    "Colonel",
    "Col.",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "Father",
    "Speaker",
    "Ombudsman",
    "Adviser",
    "Advisor",
    "Aide",
    "MP",
    "Lawmaker",
    "Representative",
    "Coordinator",
    "Prosecutor",
}
# Verbs that report speech, as the subjects of sentences are found by them.
REPORTING = "|".join(sorted(set(SPEECH_VERBS) | {"voiced", "pointed"}, key=len, reverse=True))
APPOSITIVE = re.compile(
    rf",\s+(?P<role>(?:the|a|an|who is(?: also)?|its|his|her)\s+[^,.;“”\"]{{3,120}}?)(?=,|\s+(?:{REPORTING})\b|\.|$)"
)


ABBREVIATED = {
    "Gen.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Col.",
    "Lt.",
    "Sen.",
    "Rep.",
    "Prof.",
    "Maj.",
    "St.",
    "U.S.",
    "U.K.",
    "U.N.",
}


def _ends_sentence(word):
    return word.endswith(".") and word not in ABBREVIATED and not re.fullmatch(r"[A-Z]\.", word)


def _possessive(word):
    return re.sub(r"[’']s$", "", word)


def _sequences(text):
    """(start, end) of runs of capitalised words, with connectors inside organisation names and titles."""
    tokens = [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text)]
    runs, current = [], []
    for i, (start, end, word) in enumerate(tokens):
        gap = text[current[-1][1] : start] if current else ""
        joined = not current or re.fullmatch(r"\s+", gap)
        if word[0].isupper() and joined and not (current and _ends_sentence(current[-1][2])):
            current.append((start, end, word))
            continue
        in_name = (
            current
            and any(t[2] == "for" for t in current)
            and i + 1 < len(tokens)
            and (
                (word == "and" and tokens[i + 1][2][:1].isupper())
                or (word == "in" and tokens[i + 1][2] in {"Europe", "Asia", "Africa"})
            )
        )  # “Organisation for Security and Co-operation in Europe”
        if (
            (
                word in CONNECTORS
                or in_name
                or (
                    word == "in" and current and current[-1][2] in {"Mission", "Delegation", "Office", "Representation"}
                )
            )
            and current
            and joined
            and (
                _possessive(current[-1][2]) in ORG_NAME_WORDS | TITLES
                or current[-1][2] in CONNECTORS
                or current[-1][2] in {"Affairs", "Republic", "Justice", "Nations", "States"}
            )
            and i + 1 < len(tokens)
            and (tokens[i + 1][2][0].isupper() or tokens[i + 1][2] in CONNECTORS)
            and tokens[i + 1][2].rstrip(".,") not in CALENDAR  # “the Defence Ministry on Thursday”
        ):
            current.append((start, end, word))
            continue
        if current:
            runs.append(current)
        current = [(start, end, word)] if word[0].isupper() else []
    if current:
        runs.append(current)
    split = []
    for run in runs:
        # “Artsakh’s Foreign Ministry” is one name; “Baku’s efforts” and “Sunday’s Klaar” are two.
        cut = next((i for i, t in enumerate(run[:-1]) if t[2].endswith(("’s", "'s"))), None)
        if cut is not None and not any(
            _possessive(t[2]) in ORG_NAME_WORDS or head_in(t[2], ORG_HEADS) for t in run[cut + 1 :]
        ):
            split.extend([run[: cut + 1], run[cut + 1 :]])
        else:
            split.append(run)
    out = []
    for run in split:
        while run and run[-1][2] in CONNECTORS:
            run = run[:-1]
        while run and (run[0][2].rstrip(".") in NOT_NAMES or run[0][2] in CONNECTORS):
            run = run[1:]
        if run:
            out.append(run)
    return out


def classify(words):
    """("organisation" | "person" | "place" | "name", name, role) for a run of capitalised words."""
    bare = [_possessive(w) for w in words]
    if any(w in PLACE_WORDS for w in bare) and not (
        len(bare) > 1 and (bare[-1] in ORG_NAME_WORDS or head_in(bare[-1], ORG_HEADS))
    ):
        return "place", " ".join(words), ""
    person_title = max((i for i, w in enumerate(bare) if w in PERSON_ROLE_WORDS), default=-1)
    if person_title >= 0 and 1 <= len(bare) - person_title - 1 <= 3:
        rest = bare[person_title + 1 :]
        if not any(w in ORG_NAME_WORDS or w in TITLES for w in rest):
            # “Energy Minister Rustam Nabiev”: a person, whatever the title holds
            return "person", " ".join(words[person_title + 1 :]), " ".join(words[: person_title + 1])
    n = (
        3 if len(words) > 3 and re.fullmatch(r"[A-Z]\.", words[-2]) else 2
    )  # a name of two words, or “Vugar K. Suleymanov”
    names = [w for w in bare[-n:] if not re.fullmatch(r"[A-Z]\.", w)]
    first_title = next((i for i, w in enumerate(bare) if w in PERSON_ROLE_WORDS), -1)
    if (
        first_title >= 0
        and any(w in {"of", "to", "for"} for w in bare[first_title + 1 : -n])
        and all(w[:1].isupper() and w not in ORG_NAME_WORDS | TITLES and not head_in(w, ORG_HEADS) for w in names)
    ):
        # “Secretary of the Security Council Armen Grigoryan”, “Ambassador to Armenia Sergei Kopyrkin”
        return "person", " ".join(words[-n:]), " ".join(words[:-n])
    org_at = max((i for i, w in enumerate(bare) if w in ORG_NAME_WORDS or head_in(w, ORG_HEADS)), default=-1)
    if 0 <= org_at == len(bare) - n - 1 and all(
        w[:1].isupper() and w not in ORG_NAME_WORDS | TITLES | PLACE_WORDS and not w.isupper() for w in names
    ):
        return "person", " ".join(words[-n:]), " ".join(words[:-n])  # “Mine Action Agency Vugar Suleymanov”
    if any(w in ORG_NAME_WORDS or head_in(w, ORG_HEADS) for w in bare) or (
        len(bare) == 1 and bare[0].isupper() and len(bare[0]) >= 2
    ):
        return "organisation", " ".join(words), ""
    last_title = max((i for i, w in enumerate(bare) if w in TITLES), default=-1)
    name = words[last_title + 1 :]
    role = " ".join(words[: last_title + 1])
    if len(name) >= 3 and bare[last_title] in {"of", "the"}:
        # “President of the Republic of Valmora Farid Aliyar”: the place ends the role
        role, name = " ".join(words[: len(words) - n]), words[-n:]
    if not name or (len(name) == 1 and bare[last_title] in {"of", "to", "for", "on"}):
        return "place", " ".join(words), ""  # “Minister of Foreign Affairs of Armenia”: an office, nobody named
    if len(name) == 1 and (not role or all(w in NATIONALITIES for w in bare[: last_title + 1])):
        if name[0].endswith("ing") or name[0].endswith(("ians", "anis", "ans")):
            return "place", name[0], ""
        return "name", name[0], ""
    return "person", " ".join(name), role


def find_mentions(copy, quotations):
    """Every person and organisation named in the body outside quotations, in order."""
    quoted = [(q.start, q.end) for q in quotations]
    mentions = []
    for part in copy.parts:
        if part.kind != "paragraph":
            continue
        raw = copy.source[part.start : part.end]
        for run in _sequences(raw):
            start, end = part.start + run[0][0], part.start + run[-1][1]
            if any(s <= start < e for s, e in quoted):
                continue
            words = [w for _, _, w in run]
            if len(words) >= 3 and raw[: run[0][0]].endswith("the ") and not any(w in ORG_NAME_WORDS for w in words):
                words = words[1:]  # “to the Caucasus Toivo Klaar”: the place ends the role
            kind, name, role = classify(words)
            if kind == "place" or (kind == "organisation" and _generic(words, raw[: run[0][0]])):
                continue
            if kind == "person" and not role and _place_before_name(words, raw[: run[0][0]]):
                # “in Stepanakert Anahit Grigoryan said”, “Resident of Stepanakert Anahit Grigoryan”: the place is not the name
                n = 3 if re.fullmatch(r"[A-Z]\.", words[-2]) else 2
                name = " ".join(words[-n:])
            if kind == "person":
                appositive = APPOSITIVE.match(raw, run[-1][1])
                if appositive and re.search(
                    r"\b(?:was|is|were|are|has|had|have|will|would|did|could|should)\b", appositive.group("role")
                ):
                    appositive = None  # “Samira Guliyeva, the incident was grave”: a clause, not a role
                if appositive:
                    role = appositive.group("role").strip()
                    role = re.sub(r"^who is(?: also)?\s+", "", role)
                elif not role:
                    role = _role_before(raw[: run[0][0]])
            mentions.append(
                Mention(
                    name=name.rstrip(".,"),
                    start=start,
                    end=end,
                    kind=kind,
                    role=role,
                    printed=raw[run[0][0] : run[-1][1]],
                )
            )
    for part in copy.parts:
        if part.kind != "paragraph":
            continue
        raw = copy.source[part.start : part.end]
        for m in re.finditer(
            r"\b(?:gave|giving) (?:only )?(?:his|her|their) (?:first )?name(?: only)?(?:,| as)\s+([A-Z][\w’'\-]+)", raw
        ):
            at = part.start + m.start(1)
            mentions = [x for x in mentions if x.start != at]
            mentions.append(
                Mention(name=m.group(1), start=at, end=at + len(m.group(1)), kind="person", printed=m.group(1))
            )
        for m in re.finditer(
            rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’»]\s))(?:An?|One)\s+(?:[\w\-]+\s+){{0,4}}?(\w+)(?=,|\s+(?:who|{REPORTING})\b)",
            raw,
        ):
            heads = [w for w in re.findall(r"[a-z][\w\-]*", m.group(0)) if head_in(w, PERSON_HEADS)]
            if heads and not re.search(
                r"\b(?:spokes\w+|representative)\b", m.group(0)[m.group(0).find(heads[0]) + len(heads[0]) :]
            ):
                # Somebody the text does not name: "he said" after this names nobody either.
                role = m.group(0) if re.fullmatch(r"spokes\w+|representative", m.group(1).lower()) else ""
                mentions.append(
                    Mention(
                        name="",
                        start=part.start + m.start(),
                        end=part.start + m.end(),
                        kind="person",
                        role=role,
                        printed=m.group(0),
                    )
                )
        for m in re.finditer(
            rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’»]\s))(?:An?|One)\s+(?:[\w\-]+\s+){{0,2}}?([a-z][\w\-]*)\s+(?:of|from|in|at|near|for|with)\s+[^,.;:“”\"«»]{{1,80}}?(?=,|\s+(?:who|{REPORTING})\b)",
            raw,
        ):
            if not head_in(m.group(1), PERSON_HEADS) or any(x.start == part.start + m.start() for x in mentions):
                continue
            if re.match(r",\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'.\-]+)+\s*,", raw[m.end() :]):
                continue  # “A spokeswoman for the ministry, Anna Lebedeva,”: named after all
            # “A local resident of the village of Berdavan, …, told TASS”, “A spokesman for the Defence
            # Ministry said”: somebody unnamed (a spokesperson speaks for the organisation named)
            role = m.group(0) if re.fullmatch(r"spokes\w+|representative", m.group(1).lower()) else ""
            mentions.append(
                Mention(
                    name="",
                    start=part.start + m.start(),
                    end=part.start + m.end(),
                    kind="person",
                    role=role,
                    printed=m.group(0),
                )
            )
        for m in re.finditer(
            rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’»]\s))(?:The\s+(?:[a-z][\w\-]*[’']s?\s+)?|[A-Z][\w\-]*[’']s\s+)((?:[a-z][\w\-’']*\s+){{0,3}}(\w+))(?=\s+(?:(?:on|late|early)\s+\w+\s+)?(?:{REPORTING}|reported|denied|rejected|dismissed|accused|condemned|welcomed|blamed|called|expressed|appealed|issued|published|gave|has|had|was|is|took|made|released)\b)",
            raw,
        ):
            if head_in(m.group(2), ORG_HEADS) and m.group(2).lower() not in {"side", "leadership"}:
                name = m.group(0) if m.group(0)[:1].isupper() and not m.group(0).startswith("The ") else m.group(1)
                at = part.start + m.start(0)
                mentions.append(
                    Mention(name=name, start=at, end=part.start + m.end(), kind="organisation", printed=m.group(0))
                )
        for m in re.finditer(
            rf"(?:(?<=,\s)|(?<=\baccording to )|(?<=\bAccording to ))the\s+((?:(?:[a-z][\w\-]*(?:[’']s?)?|{NATION})\s+){{0,2}}?([a-z]\w+))(?=\s+(?:{REPORTING}|reported)\b|[,.])",
            raw,
        ):
            at = part.start + m.start(0)
            named = any(
                x.start < at and x.kind == "organisation" and m.group(2).lower() in x.name.lower() for x in mentions
            )
            if (
                head_in(m.group(2), ORG_HEADS)
                and m.group(2).lower() not in {"side", "leadership"}
                and not named
                and not any(x.start == at for x in mentions)
            ):
                # “…, the mission said in its daily report”: the organisation a later “the report” is from
                mentions.append(
                    Mention(
                        name=m.group(1), start=at, end=part.start + m.end(), kind="organisation", printed=m.group(0)
                    )
                )
    mentions.sort(key=lambda x: x.start)
    # A bare surname names the person mentioned in full before; otherwise it stays a name.
    people = []
    for mention in mentions:
        if mention.kind == "person" and mention.name:
            people.append(mention)
        elif mention.kind == "name":
            full = next((p for p in reversed(people) if p.name.split()[-1] == _possessive(mention.name)), None)
            if full:
                mention.kind, mention.name, mention.role = "person", full.name, full.role
    return mentions


def _place_before_name(words, before):
    """Three or more capitalised words after “in”, “of”, “from”, “at” or “near”, none a title or
    connector: a place, then a name of two words."""
    return (
        len(words) >= 3
        and all(re.fullmatch(r"[A-Z][\w’'\-]+|[A-Z]\.", w) for w in words)
        and not any(w in TITLES or w in ORG_NAME_WORDS or w in PLACE_WORDS for w in words)
        and bool(re.search(r"\b(?:[Ii]n|[Oo]f|[Ff]rom|[Aa]t|[Nn]ear)\s+$", before))
    )


def _role_before(text):
    """“Artsakh’s former state minister and human rights defender” before a name: its role."""
    titled = re.search(
        r"((?:[A-Z][\w’'\-]*\s+(?:for\s+|of\s+|the\s+)*){0,5}(?:[A-Z][\w’'\-]*|[A-Z][\w’'\-]*\s+\([A-Z][\w\-]*\))),?\s*$",
        text,
    )
    if titled and head_in(titled.group(1).split()[-1].strip("()"), PERSON_HEADS):
        return titled.group(1)  # “Artsakh’s Human Rights Ombudsman, Ruben Avanesyan”
    owned = re.search(
        r"(?:^|[.!?]\s+)((?:An?|The|One)\s+(?:[a-z][\w\-]*\s+){0,2}?([a-z][\w\-]*)\s+(?:of|for|at|from|in)\s+[^,.;:“”\"]{1,80}),\s*$",
        text,
    )
    if owned and head_in(owned.group(2), PERSON_HEADS):
        return owned.group(1)  # “A spokeswoman for the Russian Foreign Ministry, Anna Lebedeva,”
    text = re.sub(r",\s*$", " ", text)
    match = re.search(r"(?<![\w’'])((?:[a-z][\w\-’']*\s+){1,8})$", text)
    words = match.group(1).split() if match else []
    verbs = [
        i
        for i, w in enumerate(words)
        if w in {"said", "says", "told", "added", "wrote", "noted", "stressed", "was", "is", "were"}
    ]
    if verbs:
        words = words[verbs[-1] + 1 :]  # “A spokesperson said the United States”: the role is not this name's
    if any(head_in(w, PERSON_HEADS) for w in words):
        while words and words[0] in {"and", "by", "of", "to", "with", "from", "as", "that", "for"}:
            words = words[1:]
        while words and words[-1] in {"the", "of", "to", "for", "and"}:
            words = words[:-1]
        return " ".join(words)
    return ""


GENERIC_WORDS = {
    "Foreign",
    "Defence",
    "Defense",
    "Interior",
    "Affairs",
    "Press",
    "Service",
    "Ministry",
    "MFA",
    "Office",
}


def _generic(words, before):
    """“the Ministry”, “the Foreign Ministry”: a reference back, not a name."""
    return before.endswith(("the ", "The ")) and len(words) <= 2 and all(w in GENERIC_WORDS for w in words)
