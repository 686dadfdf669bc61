"""MediaNest: a self-hosted portal in front of a Plex media server."""

__version__ = "0.1.0"
