"""Every model of the app, for Django's app registry.

Each model is defined in the package of its feature (content, editorial, desk, ingest, claims) and the code
imports it from there; Django imports this module to register them all, and nothing in the app
imports it.
"""

from newsroom.accounts.models import PasswordResetRequest
from newsroom.claims.models import (
    FactCheck,
    FactCheckReference,
    Incident,
    IncidentArticle,
    IncidentStatement,
    Rating,
    StatementLink,
)
from newsroom.content.models import (
    Actor,
    ActorAlias,
    Article,
    ArticleActor,
    ArticleSource,
    Caption,
    Citation,
    Correction,
    Photo,
    PublicChange,
    Publishable,
    Source,
    Statement,
    StatementSpeaker,
)
from newsroom.desk.models import Assignment, AutosavedDraft, Comment, DeskVisit
from newsroom.editorial.models import PreviewLink, WorkflowLogEntry
from newsroom.ingest.models import IngestedCopy
from newsroom.live.models import LiveCitation, LiveEntry, LivePage

__all__ = [
    "Actor",
    "ActorAlias",
    "Article",
    "ArticleActor",
    "ArticleSource",
    "Assignment",
    "AutosavedDraft",
    "Caption",
    "Citation",
    "Comment",
    "Correction",
    "DeskVisit",
    "FactCheck",
    "FactCheckReference",
    "Incident",
    "IncidentArticle",
    "IncidentStatement",
    "IngestedCopy",
    "LiveCitation",
    "LiveEntry",
    "LivePage",
    "PasswordResetRequest",
    "Photo",
    "PreviewLink",
    "PublicChange",
    "Publishable",
    "Rating",
    "Source",
    "Statement",
    "StatementLink",
    "StatementSpeaker",
    "WorkflowLogEntry",
]
