"""Template tags: `reading` (cards, tag links, pictures) and `discovery` (canonical address, social
meta, JSON-LD) for the public site; `newsroom_admin` (revision descriptions) for the admin."""
