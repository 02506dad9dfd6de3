"""BidDesk package."""
