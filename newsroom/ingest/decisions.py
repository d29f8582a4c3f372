"""The editor's decisions on the review screen: read from the posted form into records, checked,
and applied to an Analysis (its quotations and StatementDrafts) before service.ingest_create writes.

Pure: nothing is read from or written to the database; the actors the newsroom holds arrive as the
pipeline's Registry. The copy travels in the form and is analysed again when the draft is created,
so the same quotations and the same groups come back in the same order, numbered from 1.

The review shows the quotations grouped by speaker (`speaker_groups`): one group per speaker, or per
set of speakers of a joint statement, or per unnamed speaker; the quotations nobody is said to have
said form the last group. A speaker is corrected once for the group. The form's fields:

- ``g{n}-{k}-name``, ``g{n}-{k}-role``, ``g{n}-{k}-of``, ``g{n}-{k}-unnamed``: speaker k (from 1) of
  group n, one row more than proposed to add a speaker to a joint statement. The name is an existing
  actor's name or alias (that actor), or a new actor's; for an unnamed speaker, the description the
  text gives ("a senior official") and whose official it is (``of``). A group whose rows are not
  posted keeps its proposed speakers.
- ``q{n}-decision``: "accept" or "reject". Not posted: accepted when a speaker was found, else left out.
- ``q{n}-speaker``: empty for the group's speakers, else the speaker of this quotation alone: a
  speaker of the review (as the list offers them), an existing actor's name, a new name, or somebody
  the text does not name, written “a senior official, unnamed, of the Government of Ostmark”.
- ``q{n}-statement``: "cite" (the statement the newsroom holds that it matched) or "new".
- ``l{n}-decision``: "accept" or "reject" link n (from 1) the copy's words state (responses.py).
  Not posted: accepted where ingest is sure of it, else not written.
- ``l{n}-kind``: the kind of link (newsroom.claims.kinds), ``l{n}-target``: the statement it answers,
  one of those offered (“s12”, statement #12; “q3”, the statement of quotation 3). Not posted: as proposed.
"""

import re
from dataclasses import dataclass, field, replace

from newsroom.claims.kinds import BY_VALUE as KINDS
from newsroom.core.phrases import and_list
from newsroom.ingest.actors import kind_for, normalise_name
from newsroom.ingest.records import Speaker
from newsroom.ingest.statements import draft_statements, group_quotations

NAME_MAX = 200  # Actor.name
ROLE_MAX = 300  # Actor.role
MAX_ROWS = 12  # speakers of one group read from the form
DECISIONS = ("accept", "reject")
STATEMENT_CHOICES = ("cite", "new")


@dataclass
class SpeakerChoice:
    """A speaker as the editor leaves it: an existing actor (`actor`), a new one, or an unnamed one."""

    name: str
    role: str = ""
    unnamed: bool = False
    affiliation: str = ""  # the organisation the text ties them to; for an unnamed speaker, whose official
    actor: str | None = None  # an existing actor's slug
    kind: str = "person"  # "person" or "organisation"
    proposed: Speaker | None = None  # the pipeline's, while the editor has not changed who it is

    @property
    def label(self):
        """The speaker in words, as the review offers it in every choice."""
        if self.unnamed:
            return f"{self.name}, unnamed" + (f", of {self.affiliation}" if self.affiliation else "")
        return self.name

    @classmethod
    def of(cls, speaker):
        return cls(
            name=speaker.name,
            role=_role(speaker),
            unnamed=speaker.unnamed,
            affiliation=speaker.affiliation,
            actor=speaker.actor,
            kind=speaker.kind,
            proposed=speaker,
        )


def _role(speaker):
    """The role the text gives a speaker; none for an unnamed one whose role is only the words that describe
    them (“a senior Western diplomat”: described as such, not also in that role)."""
    if speaker.unnamed and normalise_name(speaker.role) == normalise_name(speaker.name):
        return ""
    return speaker.role


def _key(speakers):
    """Who a quotation's speakers are, as groups tell them apart."""
    return tuple(
        sorted(
            (s.actor or normalise_name(s.name), s.unnamed, normalise_name(s.affiliation) if s.unnamed else "")
            for s in speakers
        )
    )


@dataclass
class SpeakerGroup:
    """The quotations the pipeline gave to the same speakers; `numbers` are the quotations' (from 1)."""

    number: int
    numbers: list[int]
    speakers: list[SpeakerChoice]  # as decided; proposed until the editor changes them
    proposed_key: tuple = ()  # () for the quotations nobody is said to have said

    @property
    def nobody(self):
        return not self.proposed_key

    @property
    def label(self):
        return and_list(s.label for s in self.speakers) if self.speakers else "No speaker found"


@dataclass
class QuotationDecision:
    number: int
    accept: bool
    speaker: str = ""  # as typed: "" for the group's speakers
    speakers: list[SpeakerChoice] | None = None  # the speaker of its own, when `speaker` names one
    statement: str = "cite"  # "cite" or "new", when the pipeline matched a statement


@dataclass
class LinkDecision:
    """The editor's decision on a link the copy's words state: `number` from 1, as the review shows them."""

    number: int
    accept: bool | None  # None: undecided, and not written
    kind: str
    target: str  # the key of the statement it answers (LinkTarget.key)


@dataclass
class Decisions:
    groups: list[SpeakerGroup]
    quotations: list[QuotationDecision]
    errors: list[tuple[str, str]] = field(default_factory=list)  # (field name or "", message)
    links: list[LinkDecision] = field(default_factory=list)

    @property
    def valid(self):
        return not self.errors

    def group_of(self, number):
        return next(g for g in self.groups if number in g.numbers)

    def errors_for(self, prefix):
        return [message for name, message in self.errors if name.startswith(prefix)]


def speaker_groups(analysis):
    """The quotations grouped by speaker, in order of first appearance; the unattributed last."""
    groups, by_key, nobody = [], {}, []
    for number, q in enumerate(analysis.quotations, start=1):
        if not q.speakers:
            nobody.append(number)
            continue
        key = _key(q.speakers)
        if key not in by_key:
            speakers = [SpeakerChoice.of(s) for s in q.speakers]
            by_key[key] = SpeakerGroup(number=len(groups) + 1, numbers=[], speakers=speakers, proposed_key=key)
            groups.append(by_key[key])
        group = by_key[key]
        group.numbers.append(number)
        for choice, speaker in zip(group.speakers, sorted(q.speakers, key=lambda s: _key([s])), strict=False):
            if not choice.role:
                choice.role = _role(speaker)  # the role where the text gives one
    if nobody:
        groups.append(SpeakerGroup(number=len(groups) + 1, numbers=nobody, speakers=[]))
    return groups


def proposed(analysis):
    """The decisions the review starts from: every quotation with a speaker accepted, as proposed, and
    each link the copy states accepted where ingest is sure of it, else undecided."""
    return Decisions(
        groups=speaker_groups(analysis),
        quotations=[
            QuotationDecision(number=n, accept=bool(q.speakers)) for n, q in enumerate(analysis.quotations, start=1)
        ],
        links=[
            LinkDecision(number=n, accept=link.accept, kind=link.kind, target=link.target.key)
            for n, link in enumerate(analysis.links, start=1)
        ],
    )


def _words(value):
    return " ".join((value or "").split())


def _existing(name, registry):
    """The actor the newsroom holds under this name or alias (exactly, once case and “the” are set aside)."""
    if registry is None:
        return None
    key = normalise_name(name)
    return registry.by_name.get(key) or registry.by_alias.get(key)


def _choice(name, role, unnamed, affiliation, registry, before=None):
    """A SpeakerChoice for what the editor left in one row."""
    if unnamed:
        kept = before if before and before.unnamed and normalise_name(before.name) == normalise_name(name) else None
        return SpeakerChoice(
            name=name, role=role, unnamed=True, affiliation=affiliation, proposed=kept and kept.proposed
        )
    if before and not before.unnamed and normalise_name(before.name) == normalise_name(name):
        return SpeakerChoice(
            name=before.name,
            role=role,
            affiliation=affiliation,
            actor=before.actor,
            kind=before.kind,
            proposed=before.proposed,
        )
    actor = _existing(name, registry)
    if actor is not None:
        kind = "person" if actor.kind == "person" else "organisation"
        return SpeakerChoice(
            name=actor.name, role=role or actor.role, affiliation=affiliation, actor=actor.slug, kind=kind
        )
    kind = "person" if kind_for(name, "") == "other" else "organisation"
    return SpeakerChoice(name=name, role=role, affiliation=affiliation, kind=kind)


def _read_group(post, group, registry, errors):
    prefix = f"g{group.number}"
    if not any(f"{prefix}-{k}-name" in post for k in range(1, MAX_ROWS + 1)):
        return  # not on the form: as proposed
    speakers = []
    for k in range(1, MAX_ROWS + 1):
        row = f"{prefix}-{k}"
        if f"{row}-name" not in post:
            continue
        name, role, of = (_words(post.get(f"{row}-{f}")) for f in ("name", "role", "of"))
        unnamed = post.get(f"{row}-unnamed") in ("on", "1", "true")
        before = group.speakers[k - 1] if k <= len(group.speakers) else None
        if not name:
            if unnamed:
                errors.append(
                    (
                        f"{row}-name",
                        "An unnamed speaker needs the words the text describes them with (“a senior official”).",
                    )
                )
            elif role or of:
                errors.append(
                    (
                        f"{row}-name",
                        f"Speaker {k} of “{group.label}” has a role but no name: name them, or clear the row.",
                    )
                )
            continue
        if len(name) > NAME_MAX:
            errors.append((f"{row}-name", f"A speaker’s name has at most {NAME_MAX} characters ({len(name)} given)."))
        elif len(role) > ROLE_MAX:
            errors.append((f"{row}-role", f"A role has at most {ROLE_MAX} characters ({len(role)} given)."))
        else:
            speakers.append(_choice(name, role, unnamed, of, registry, before))
            continue
        if before is not None:
            speakers.append(before)  # kept while the row is wrong: one mistake, one message
    group.speakers = speakers


def _follow_renamed_bodies(groups, before):
    """An organisation the editor renamed at the head of its group is renamed where the review gives it as
    whose another speaker is, unless the editor changed that too (“Azerbaijan's commission” corrected to
    “Azerbaijan's border commission”: its deputy chairman is of the border commission)."""
    renamed = {}
    for group in groups:
        was, now = before.get(group.number, []), group.speakers
        if len(was) == len(now) == 1 and not was[0].unnamed and was[0].kind == "organisation":
            if normalise_name(was[0].name) != normalise_name(now[0].name):
                renamed[normalise_name(was[0].name)] = now[0].name
    if not renamed:
        return
    for group in groups:
        proposed = {normalise_name(s.affiliation) for s in before.get(group.number, [])}
        group.speakers = [
            replace(s, affiliation=renamed[normalise_name(s.affiliation)])
            if normalise_name(s.affiliation) in renamed and normalise_name(s.affiliation) in proposed
            else s
            for s in group.speakers
        ]


def _review_speaker(typed, groups):
    """The speakers of the review a typed name stands for (a group's label or one of its speakers' names)."""
    key = normalise_name(typed)
    for group in groups:
        if group.speakers and key == normalise_name(group.label):
            return list(group.speakers)
    for group in groups:
        for speaker in group.speakers:
            if key in (normalise_name(speaker.name), normalise_name(speaker.label)):
                return [speaker]
    return None


UNNAMED = re.compile(r"^(?P<name>.+?),\s*unnamed(?:,\s*of\s+(?P<of>.+))?$", re.IGNORECASE)


def _typed(typed, registry):
    """The speaker a quotation's own box names: a name, or somebody the text does not name written as
    the review writes them (“a senior official, unnamed, of the Government of Ostmark”)."""
    unnamed = UNNAMED.match(typed)
    if unnamed:
        return _choice(unnamed["name"].strip(), "", True, (unnamed["of"] or "").strip(), registry)
    return _choice(typed, "", False, "", registry)


def read(post, analysis, registry=None):
    """The Decisions in a posted review form (a QueryDict or a dict), checked; `errors` says what is wrong."""
    decisions = proposed(analysis)
    errors = decisions.errors
    before = {group.number: list(group.speakers) for group in decisions.groups}
    for group in decisions.groups:
        _read_group(post, group, registry, errors)
    _follow_renamed_bodies(decisions.groups, before)
    for decision, q in zip(decisions.quotations, analysis.quotations, strict=True):
        n = decision.number
        choice = post.get(f"q{n}-decision")
        if choice is not None and choice not in DECISIONS:
            errors.append((f"q{n}-decision", f"Quotation {n}: choose Accept or Leave out."))
            continue
        typed = _words(post.get(f"q{n}-speaker"))
        if len(typed) > NAME_MAX:
            errors.append((f"q{n}-speaker", f"Quotation {n}: a speaker’s name has at most {NAME_MAX} characters."))
            continue
        decision.speaker = typed
        if typed:
            decision.speakers = _review_speaker(typed, decisions.groups) or [_typed(typed, registry)]
        decision.accept = choice == "accept" if choice is not None else bool(q.speakers or typed)
        # Asked only of a quotation that matched a statement the newsroom holds; elsewhere it means nothing.
        statement = post.get(f"q{n}-statement", "cite") if q.statement else "cite"
        if statement not in STATEMENT_CHOICES:
            errors.append((f"q{n}-statement", f"Quotation {n}: cite the statement it matches or record a new one."))
            continue
        decision.statement = statement
        if decision.accept and not speakers_of(decision, decisions):
            errors.append(
                (f"q{n}-speaker", f"Quotation {n} is accepted but has no speaker: name one, or leave it out.")
            )
    _read_links(post, analysis, decisions, registry)
    return decisions


LINK_FIELD = re.compile(r"^l(\d+)-(?:decision|kind|target)$")


def _read_links(post, analysis, decisions, registry):
    """The editor's decisions on the proposed links, checked: a link that is not proposed, a kind or a
    statement not offered, or an accepted link whose statements are left out, is an error."""
    errors = decisions.errors
    for name in post:
        m = LINK_FIELD.match(name)
        if m and not 1 <= int(m[1]) <= len(analysis.links):
            errors.append((name, f"There is no proposed link {m[1]}: check the decisions again."))
    held = {s.pk for s in registry.statements} if registry is not None else None
    for decision, link in zip(decisions.links, analysis.links, strict=True):
        n = decision.number
        choice = post.get(f"l{n}-decision")
        kind = post.get(f"l{n}-kind", link.kind)
        target = next((t for t in link.candidates if t.key == post.get(f"l{n}-target", link.target.key)), None)
        if choice is not None and choice not in DECISIONS:
            errors.append((f"l{n}-decision", f"Link {n}: choose Accept or Reject."))
        elif kind not in KINDS:
            errors.append((f"l{n}-kind", f"Link {n}: choose one of the kinds of link offered."))
        elif target is None or (held is not None and target.statement is not None and target.statement not in held):
            errors.append((f"l{n}-target", f"Link {n}: choose one of the statements offered."))
        else:
            decision.accept = (choice == "accept") if choice is not None else decision.accept
            decision.kind, decision.target = kind, target.key
            if decision.accept:
                _check_link(decision, link, target, decisions)


def _check_link(decision, link, target, decisions):
    """An accepted link needs both its statements: the editor left no quotation of either out."""
    n = decision.number

    def kept(numbers):
        return any(decisions.quotations[i].accept for i in numbers)

    if not kept(link.quotations):
        decisions.errors.append(
            (f"l{n}-decision", f"Link {n} is accepted but every quotation of the statement that makes it is left out.")
        )
    elif target.quotations and not kept(target.quotations):
        decisions.errors.append(
            (f"l{n}-decision", f"Link {n} is accepted but every quotation of the statement it answers is left out.")
        )


def speakers_of(decision, decisions):
    """The SpeakerChoices a quotation ends with: its own, else its group's."""
    if decision.speakers is not None:
        return decision.speakers
    return decisions.group_of(decision.number).speakers


def _speaker(choice, own):
    """The record the service writes from a choice: the quotation's own Speaker (its reason kept) while
    the editor kept who it is, with the role and organisation as the editor left them."""
    if choice.proposed is not None:
        key = _key([choice.proposed])
        speaker = next((s for s in own if _key([s]) == key), None) or replace(
            choice.proposed, why="named by the editor", basis="editor", confidence=1.0
        )
        speaker.role, speaker.affiliation = choice.role, choice.affiliation
        return speaker
    return Speaker(
        name=choice.name,
        kind=choice.kind,
        role=choice.role,
        affiliation=choice.affiliation,
        unnamed=choice.unnamed,
        why="named by the editor",
        basis="editor",
        confidence=1.0,
        actor=choice.actor,
        actor_reason="name" if choice.actor else "new",
    )


def apply(analysis, decisions, lexicon=None):
    """Apply valid `decisions` to `analysis`: each quotation's speakers as decided (none when left out),
    the statement it cites only while its speaker is the one that statement is of, the statements
    drafted again from what is left, and each proposed link accepted or not, of the kind and to the
    statement chosen. Returns the analysis."""
    if not decisions.valid:
        raise ValueError("Decisions with errors cannot be applied: " + "; ".join(m for _, m in decisions.errors))
    analysis.links = [
        replace(
            link,
            accept=decision.accept,
            kind=decision.kind,
            target=next(t for t in link.candidates if t.key == decision.target),
        )
        for decision, link in zip(decisions.links, analysis.links, strict=True)
    ]
    recorded_anew = []
    for decision, q in zip(decisions.quotations, analysis.quotations, strict=True):
        matched_actor = q.actor
        if not decision.accept:
            q.speakers, q.statement, q.statement_text = [], None, ""
            continue
        own = list(q.speakers)
        q.speakers = [_speaker(choice, own) for choice in speakers_of(decision, decisions)]
        if decision.statement == "new":
            recorded_anew.append(q)
        if decision.statement == "new" or q.actor is None or q.actor != matched_actor:
            q.statement, q.statement_text = None, ""
    group_quotations(analysis.copy, analysis.quotations, lexicon)
    # "Record a new statement" is said of the statement the quotation belongs to: the other
    # quotations of that act of speech do not cite the matched one either.
    anew = {q.group for q in recorded_anew}
    for q in analysis.quotations:
        if q.group in anew:
            q.statement, q.statement_text = None, ""
    analysis.statements = draft_statements(analysis.copy, analysis.quotations, analysis.published, lexicon)
    return analysis
