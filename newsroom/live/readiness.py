"""Live pages and their entries, registered with the one workflow (newsroom.editorial.workflow)
when the app is ready (newsroom.apps): an entry goes out only with the statements it cites live,
as an article does."""

from newsroom.editorial.workflow import cited_statements_live, register_publishable
from newsroom.live.models import LiveEntry, LivePage


def register():
    register_publishable(LivePage)
    register_publishable(LiveEntry, ready=cited_statements_live)
