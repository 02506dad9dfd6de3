"""The open response file: the response in memory, each edit saved at once, the self-check kept current.

Every edit goes through one method here: it reads what was typed (a ValueError names the problem,
nothing is saved), builds the new :class:`~app.response.model.Response` with ``dataclasses.replace``
and saves it with :func:`app.services.responses.save_response` (atomic), then the findings are
computed again and ``changed`` tells the pages. A refused save keeps the response as it was in the file.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QObject, Signal

from app.domain import sme
from app.domain.problems import InvalidInput
from app.domain.scoring import ValueRejected, parse_value
from app.response import model as r
from app.response.estimate import Estimate, estimate
from app.response.selfcheck import Finding, capitals, self_check
from app.services import responses
from widgets import inputs
from widgets.i18n import Translator
from widgets.problem_texts import refusal_words
from widgets.response.texts import finding_line, problem_words, size_names

# The storage's own failure (a locked or full disk); the service module carries the errors it raises.
SaveFailed = responses.SaveFailed


_tr = Translator("ResponseSource")


class ResponseSource(QObject):
    """One response file being filled in.

    Signals:
        changed(): the response (and its findings) changed; pages show :attr:`resp` again.
        refused(str): an edit or a service call was refused; the message names the place in words.
        saved(bool): after every write (False: the file could not be written).
    """

    changed = Signal()
    refused = Signal(str)
    saved = Signal(bool)

    def __init__(self, path: Path, resp: r.Response, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path, self.resp = path, resp
        self.findings: list[Finding] = self_check(resp)
        self.last_error = ""
        price, words = resp.price, resp.price_words
        self.words_typed = words is not None and (price is None or capitals(resp, price) != words)

    @classmethod
    def open(cls, path: Path) -> ResponseSource:
        """Open a response file (a draft: the price and name may be missing). Raises InvalidInput."""
        return cls(path, responses.open_response(path, draft=True))

    @property
    def rate(self) -> bool:
        """Whether the tender quotes a rate (a percentage with two places) instead of an amount."""
        return self.resp.tender.evaluation.project.price_mode == "rate"

    # -- saving ------------------------------------------------------------------------------------
    def refuse(self, message: str) -> bool:
        """Report a refusal; always False."""
        self.last_error = message
        self.refused.emit(message)
        return False

    def commit(self, new: r.Response) -> bool:
        """Save a new response; the findings follow it."""
        if new == self.resp:
            self.last_error = ""
            return True
        try:
            responses.save_response(self.path, new)
        except (SaveFailed, InvalidInput, OSError) as exc:
            self.saved.emit(False)
            return self.refuse(_tr("保存失败：%1", f"{self.path}（{exc}）"))
        self.resp, self.findings, self.last_error = new, self_check(new), ""
        self.saved.emit(True)
        self.changed.emit()
        return True

    def edit(self, change: Callable[[r.Response], r.Response]) -> bool:
        """Apply a change to the response and save it; a ValueError refuses it with its message."""
        try:
            new = change(self.resp)
        except ValueError as exc:
            return self.refuse(refusal_words(exc))
        return self.commit(new)

    # -- company -------------------------------------------------------------------------------------
    def set_company(self, field: str, text: str) -> bool:
        """One field of the bidder (name, legal_rep, contact, phone, email, address)."""
        return self.edit(lambda x: dataclasses.replace(x, bidder=dataclasses.replace(x.bidder, **{field: text})))

    def set_validity(self, text: str) -> bool:
        """The bid's validity in calendar days (blank: not given)."""
        return self.edit(lambda x: dataclasses.replace(x, validity_days=inputs.whole(text, low=1, blank=True)))

    # -- price ---------------------------------------------------------------------------------------
    def read_price(self, text: str) -> Decimal | None:
        """A price as typed (a rate: 0–100 with two places, ``%`` allowed); raises ValueError."""
        cleaned = text.strip().rstrip("%").rstrip("％")
        price = inputs.decimal(cleaned, low=Decimal(0), low_open=True, places=2, blank=True)
        if self.rate and price is not None and price > 100:
            raise ValueError(_tr("费率 %1% 超过 100%，无法报价", f"{price:.2f}"))
        return price

    def words_for(self, price: Decimal | None) -> str | None:
        """The capitals of a price as the tender writes them (rate capitals for a rate tender)."""
        if price is None:
            return None
        try:
            return capitals(self.resp, price)
        except ValueError:  # a rate above 100% has no capitals
            return None

    def set_price(self, text: str) -> bool:
        """The price in figures; the capitals follow it unless they are typed (按大写填写)."""
        def change(x: r.Response) -> r.Response:
            price = self.read_price(text)
            words = x.price_words if self.words_typed else self.words_for(price)
            return dataclasses.replace(x, price=price, price_words=words)
        return self.edit(change)

    def set_words_typed(self, on: bool) -> bool:
        """Type the capitals (checked against the figures) or have them written from the figures."""
        self.words_typed = on
        if on:
            self.changed.emit()
            return True
        return self.edit(lambda x: dataclasses.replace(x, price_words=self.words_for(x.price)))

    def set_price_words(self, text: str) -> bool:
        """The capitals as typed (blank: none)."""
        return self.edit(lambda x: dataclasses.replace(x, price_words=text.strip() or None))

    # -- SME declaration -------------------------------------------------------------------------------
    def set_size(self, size: str | None) -> bool:
        """The size the bid declares (None: not declared)."""
        return self.edit(lambda x: dataclasses.replace(x, size=size or None))

    def set_flag(self, name: Literal["prison", "disabled"], on: bool) -> bool:
        """``prison`` or ``disabled``."""
        flag: dict[str, Any] = {name: on}
        return self.edit(lambda x: dataclasses.replace(x, **flag))

    def set_partner_share(self, text: str) -> bool:
        """The small and micro partners' share (``30%`` or ``0.30``; blank: none)."""
        return self.edit(lambda x: dataclasses.replace(x, partner_share=inputs.rate(text, blank=True)))

    def set_small_amount(self, text: str) -> bool:
        """The amount small and micro enterprises undertake (元; blank: none)."""
        return self.edit(lambda x: dataclasses.replace(
            x, small_amount=inputs.decimal(text, low=Decimal(0), places=2, blank=True)))

    def add_line(self) -> bool:
        """A new declaration line: the tender's industry, the bidder as the enterprise."""
        project = self.resp.tender.evaluation.project
        line = r.DeclarationLine(item=project.name, industry=project.industry or "",
                                 enterprise=self.resp.bidder.name,
                                 role="self" if not any(d.role == "self" for d in self.resp.declaration)
                                 else "subcontract")
        return self.edit(lambda x: dataclasses.replace(x, declaration=(*x.declaration, line)))

    def remove_line(self, row: int) -> bool:
        """Delete a declaration line."""
        return self.edit(lambda x: dataclasses.replace(
            x, declaration=tuple(d for i, d in enumerate(x.declaration) if i != row)))

    def set_line(self, row: int, field: str, text: str) -> bool:
        """One field of a declaration line, as typed or chosen."""
        return self.edit(lambda x: dataclasses.replace(x, declaration=tuple(
            _line_field(d, field, text) if i == row else d for i, d in enumerate(x.declaration))))

    # -- evidence and requirements ---------------------------------------------------------------------
    def set_evidence(self, stage: str, item: str, ref: str) -> bool:
        """The evidence reference of a qualification or compliance item (blank: removed)."""
        def change(x: r.Response) -> r.Response:
            rest = [e for e in x.evidence if (e.stage, e.item) != (stage, item)]
            if ref.strip():
                at = next((i for i, e in enumerate(x.evidence) if (e.stage, e.item) == (stage, item)), len(rest))
                rest.insert(at, r.Evidence(stage, item, ref.strip()))
            return dataclasses.replace(x, evidence=tuple(rest))
        return self.edit(change)

    def set_answer(self, requirement: str, answer: str | None) -> bool:
        """The answer to a requirement (None: not answered; its note goes with it)."""
        def change(x: r.Response) -> r.Response:
            old = next((a for a in x.responses if a.requirement == requirement), None)
            rest = [a for a in x.responses if a.requirement != requirement]
            if answer is not None:
                rest.append(r.Answer(requirement, answer, old.note if old else ""))
            return dataclasses.replace(x, responses=_in_order(rest, [q.id for q in x.tender.requirements]))
        return self.edit(change)

    def set_note(self, requirement: str, note: str) -> bool:
        """The note of an answer (the answer is chosen first)."""
        def change(x: r.Response) -> r.Response:
            old = next((a for a in x.responses if a.requirement == requirement), None)
            if old is None:
                if not note.strip():
                    return x
                raise ValueError(_tr("请先选择响应（响应/正偏离/负偏离），再填写说明"))
            return dataclasses.replace(x, responses=tuple(
                dataclasses.replace(a, note=note) if a.requirement == requirement else a for a in x.responses))
        return self.edit(change)

    # -- claims ----------------------------------------------------------------------------------------
    def claim(self, factor: str) -> r.Claim | None:
        """The claim on a factor, if any."""
        return next((c for c in self.resp.claims if c.factor == factor), None)

    def set_claim(self, factor: str, raw: object) -> bool:
        """Claim a value on a factor; refused (nothing saved) when the factor's rule does not allow it."""
        found = next(f for f in self.resp.tender.evaluation.factors if f.id == factor)
        try:
            parse_value(found, raw)
        except ValueRejected:
            return self.refuse(_tr("%1「%2」的评分方式不允许这个值", found.id, found.name))
        old = self.claim(factor)
        claim = r.Claim(factor, raw, old.evidence if old else ())
        return self._put_claim(factor, claim)

    def clear_claim(self, factor: str) -> bool:
        """Withdraw the claim on a factor (its evidence goes with it)."""
        return self._put_claim(factor, None)

    def set_claim_evidence(self, factor: str, text: str) -> bool:
        """The evidence of a claim, one reference a line (a claim must be entered first)."""
        old = self.claim(factor)
        lines = tuple(line.strip() for line in text.splitlines() if line.strip())
        if old is None:
            return True if not lines else self.refuse(_tr("请先填写承诺，再列出证明材料"))
        return self._put_claim(factor, dataclasses.replace(old, evidence=lines))

    def _put_claim(self, factor: str, claim: r.Claim | None) -> bool:
        order = [f.id for f in self.resp.tender.evaluation.factors]

        def change(x: r.Response) -> r.Response:
            rest = [c for c in x.claims if c.factor != factor] + ([claim] if claim is not None else [])
            rest.sort(key=lambda c: order.index(c.factor) if c.factor in order else len(order))
            return dataclasses.replace(x, claims=tuple(rest))
        return self.edit(change)

    # -- the services beyond saving ----------------------------------------------------------------------
    def estimate(self, others: list[Decimal]) -> Estimate | None:
        """The estimate against competitors quoting ``others``; None (and ``last_error``) when it cannot be made."""
        try:
            found = estimate(self.resp, others)
        except InvalidInput as exc:
            self.last_error = "\n".join(problem_words(p, self.resp) for p in exc.problems[:6])
            return None
        self.last_error = ""
        return found

    def write_pack(self, folder: Path, *, draft: bool) -> responses.PackWritten | None:
        """Write the response pack (a draft when ``draft``); None with the reasons in words when refused."""
        try:
            return responses.write_response_pack(self.resp, folder, draft=draft)
        except InvalidInput as exc:
            fatal = [f for f in self.findings if f.severity == "fatal"]
            if fatal and not draft:
                message = _tr("还不能生成正式投标文件：") + "\n" + "\n".join(finding_line(f, self.resp) for f in fatal)
            else:
                message = "\n".join(problem_words(p, self.resp) for p in exc.problems[:6])
        except (OSError, ValueError) as exc:
            message = _tr("无法写入 %1：%2", folder, exc)
        self.refuse(message)
        return None


def _in_order(answers: list[r.Answer], order: list[str]) -> tuple[r.Answer, ...]:
    return tuple(sorted(answers, key=lambda a: order.index(a.requirement) if a.requirement in order else len(order)))


def _line_field(d: r.DeclarationLine, field: str, text: str) -> r.DeclarationLine:
    text = text.strip()
    changes: dict[str, Any]  # a field named at run time: its type is the branch's
    if field in ("item", "industry", "enterprise"):
        changes = {field: text}
        return dataclasses.replace(d, **changes)
    if field == "employees":
        return dataclasses.replace(d, employees=inputs.whole(text, blank=True))
    if field in ("revenue", "assets"):
        changes = {field: inputs.decimal(text, low=Decimal(0), places=2, blank=True)}
        return dataclasses.replace(d, **changes)
    if field == "size":
        return dataclasses.replace(d, size=_size_key(text))
    if field == "role":
        if text not in r.LINE_ROLES:
            raise ValueError(_tr("角色应为本企业、联合体成员或分包企业"))
        return dataclasses.replace(d, role=text)
    raise ValueError(field)


def _size_key(text: str) -> str | None:
    if not text:
        return None
    for key, name in size_names().items():
        if text in (key, name, name + "企业"):
            return key
    raise ValueError(_tr("规模应为 大型/中型/小型/微型 之一，或留空"))


def computed_size(line: r.DeclarationLine, industry: str | None) -> sme.SizeResult | None:
    """The size a line's figures give under the tender's industry (None: no industry or unknown one)."""
    name = industry or line.industry
    if not name or sme.canonical_industry(name) is None:
        return None
    try:
        return sme.classify(name, line.employees, line.revenue, line.assets)
    except ValueError:
        return None
