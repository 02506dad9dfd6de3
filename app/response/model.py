"""A bidder's response to a published tender, as plain immutable data (response.md).

The tender part is an :class:`~app.domain.model.Evaluation` holding only the tender's setup (project,
rules, checklists, matrix; no bidders, members or records) plus what a bidder answers to: the
requirements marked ★/▲ and the tender's 投标有效期. Everything the bidder fills is kept as written,
so the self-check can point at the field to fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from app.domain.model import Evaluation

FORMAT = "bideval-response/1"
#: ``star``: ★ or * (substantive: a deviation makes the bid invalid); ``triangle``: ▲ (scored).
MARKS = ("star", "triangle")
ANSWERS = ("comply", "exceed", "deviate")
LINE_ROLES = ("self", "consortium", "subcontract")


@dataclass(frozen=True)
class Requirement:
    """One requirement of the tender a bidder answers (响应/偏离)."""

    id: str
    text: str
    mark: str | None = None


@dataclass(frozen=True)
class FormSpec:
    """One form of the tender's 投标文件格式 chapter: its title and, when imported, the tender's own text."""

    title: str
    kind: str = ""
    text: str = ""


@dataclass(frozen=True)
class Tender:
    """What a bidder receives: the tender's setup, its requirements, its validity and its forms."""

    evaluation: Evaluation
    requirements: tuple[Requirement, ...] = ()
    validity_days: int | None = None
    forms: tuple[FormSpec, ...] = ()

    @property
    def project(self) -> object:
        """The tender's project data."""
        return self.evaluation.project


@dataclass(frozen=True)
class Company:
    """The bidder (投标人) as its forms name it."""

    name: str
    legal_rep: str = ""
    contact: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""


@dataclass(frozen=True)
class DeclarationLine:
    """One line of the 中小企业声明函: who undertakes which part, and its figures (万元)."""

    item: str
    industry: str
    enterprise: str
    employees: int | None = None
    revenue: Decimal | None = None
    assets: Decimal | None = None
    size: str | None = None
    role: str = "self"


@dataclass(frozen=True)
class Evidence:
    """Where the bid proves one qualification or compliance item (attachment, page)."""

    stage: str
    item: str
    ref: str


@dataclass(frozen=True)
class Answer:
    """The bidder's answer to one requirement."""

    requirement: str
    answer: str
    note: str = ""


@dataclass(frozen=True)
class Claim:
    """What the bid claims on one scoring factor, in the form of a ``bideval/1`` score value."""

    factor: str
    value: object
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Response:
    """A whole response file."""

    tender: Tender
    bidder: Company
    price: Decimal | None
    price_words: str | None = None
    validity_days: int | None = None
    size: str | None = None
    prison: bool = False
    disabled: bool = False
    partner_share: Decimal | None = None
    small_amount: Decimal | None = None
    declaration: tuple[DeclarationLine, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    responses: tuple[Answer, ...] = ()
    claims: tuple[Claim, ...] = ()
    extensions: dict[str, object] = field(default_factory=dict)
