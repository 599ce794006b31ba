"""Use cases over the store. Each returns what changed (:class:`Changes`)."""

from vipcrm.services.context import Actor, Changes

__all__ = ["Actor", "Changes"]
