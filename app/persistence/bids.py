"""Tables of the bids and the committee: bidders (开标记录), decisions, members and their submission."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.persistence.base import Base, DecimalText

OPEN, SUBMITTED = "open", "submitted"


class BidderRow(Base):
    """A bid as recorded at the opening, in its place (``position``)."""

    __tablename__ = "bidder"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    price: Mapped[Decimal | None] = mapped_column(DecimalText)
    price_words: Mapped[str | None] = mapped_column(Text)
    size: Mapped[str | None] = mapped_column(String)
    prison: Mapped[bool] = mapped_column(default=False)
    disabled: Mapped[bool] = mapped_column(default=False)
    partner_share: Mapped[Decimal | None] = mapped_column(DecimalText)
    small_amount: Mapped[Decimal | None] = mapped_column(DecimalText)


class DecisionRow(Base):
    """A committee decision on a bid (``low_price`` or ``invalid``); entries keep their order (``id``)."""

    __tablename__ = "decision"
    __table_args__ = (CheckConstraint("kind IN ('low_price', 'invalid')", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bidder_id: Mapped[str] = mapped_column(ForeignKey("bidder.id"), index=True)
    kind: Mapped[str] = mapped_column(String)
    accepted: Mapped[bool | None] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")


class MemberRow(Base):
    """A committee member, in their place; ``submitted_at`` (UTC ISO) set once their sheet is locked."""

    __tablename__ = "member"
    __table_args__ = (CheckConstraint("role IN ('expert', 'purchaser')", name="role"),)

    id: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String, default="expert")
    submitted_at: Mapped[str | None] = mapped_column(String)
    submitted_by: Mapped[str | None] = mapped_column(Text)

    @property
    def state(self) -> str:
        """``open`` while the member may still change their scores freely, else ``submitted``."""
        return OPEN if self.submitted_at is None else SUBMITTED
