"""Cards (会员卡): the board of membership cards on their way, by state."""

from vipcrm.ui.screens.cards.screen import CardsScreen

__all__ = ["CardsScreen"]
