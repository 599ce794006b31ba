"""Use cases over the store. Each returns what changed (:class:`Changes`)."""

from vipcrm.domain.actor import Actor
from vipcrm.services.context import Changes

__all__ = ["Actor", "Changes"]
