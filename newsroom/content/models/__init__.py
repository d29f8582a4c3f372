"""The content the newsroom holds, one module per feature, re-exported here."""

from newsroom.content.models.actors import Actor, ActorAlias
from newsroom.content.models.articles import Article, ArticleActor, ArticleSource, Caption, Citation
from newsroom.content.models.corrections import Correction
from newsroom.content.models.photos import Photo
from newsroom.content.models.public_changes import PublicChange
from newsroom.content.models.publishable import WORKFLOW_FIELDS, Publishable
from newsroom.content.models.sources import Source
from newsroom.content.models.statements import Statement, StatementSpeaker

__all__ = [
    "WORKFLOW_FIELDS",
    "Actor",
    "ActorAlias",
    "Article",
    "ArticleActor",
    "ArticleSource",
    "Caption",
    "Citation",
    "Correction",
    "Photo",
    "PublicChange",
    "Publishable",
    "Source",
    "Statement",
    "StatementSpeaker",
]
