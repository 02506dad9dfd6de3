"""The bidder's response file and the agent's side of it: publish a tender, write a response, take responses in.

A response project is one file: the ``bideval-response/1`` document itself (extension ``.bidresp.json``
by habit; any name works), rewritten atomically on every save so a crash leaves the old or the new
file, never half of one. The agent publishes the tender part of a project for bidders and takes
their response files into the opening record (``import-responses``).
"""

from __future__ import annotations

import dataclasses
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from app.domain import extras, setup_ops
from app.domain import model as m
from app.domain.problems import InvalidInput, Problem
from app.exchange import jsontext
from app.persistence import errors
from app.persistence.files import fsync_dir, link_new
from app.persistence.mapping import read_evaluation
from app.response import model as r
from app.response.reader import loads as read_response_text
from app.response.reader import response_text
from app.response.tender_source import load_tender, new_response, published_doc, tender_of
from app.services.common import ProjectRef, opened

DECLARATIONS = extras.DECLARATIONS
#: What a save or a pack raises when the disk refuses (read-only, full, locked): not the input's fault.
SaveFailed = errors.StorageError


def write_json_file(path: Path, text: str, *, overwrite: bool) -> None:
    """Write a text file atomically (temporary file, fsync, rename); never half a file.

    Raises:
        ProjectFileError: the file exists and ``overwrite`` is false, or the folder does not exist.
        StorageError: the file could not be written.
    """
    if not path.parent.is_dir():
        raise errors.ProjectFileError(errors.UNWRITABLE, str(path), f"the folder {path.parent} does not exist")
    tmp = path.with_name(f".{path.name}.tmp-{secrets.token_hex(6)}")
    try:
        with tmp.open("w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if overwrite:
            os.replace(tmp, path)
            fsync_dir(path.parent)
        elif not link_new(tmp, path):
            raise errors.ProjectFileError(errors.EXISTS, str(path), "already exists; it is never overwritten")
    except OSError as exc:
        raise errors.StorageError(errors.UNWRITABLE, f"{path}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)


def save_response(path: str | os.PathLike[str], resp: r.Response, *, overwrite: bool = True) -> Path:
    """Save a response (the window saves after each edit)."""
    target = Path(path)
    write_json_file(target, response_text(resp), overwrite=overwrite)
    return target


def open_response(path: str | os.PathLike[str], *, draft: bool = True) -> r.Response:
    """Read a response file (``draft``: price and name may still be missing).

    Raises:
        InvalidInput: the file cannot be read or is not a valid response file.
    """
    from app.cli import read_input_file

    return read_response_text(read_input_file(str(path)), draft=draft)


def create_response(tender_path: str | os.PathLike[str], out: str | os.PathLike[str], company: str = "") -> Path:
    """Start a response to a tender (a published tender, a response file or a project file); never overwrites."""
    resp = new_response(load_tender(Path(tender_path)), company)
    return save_response(out, resp, overwrite=False)


def publish_tender(project: ProjectRef, out: str | os.PathLike[str], *,
                   tender_docx: str | os.PathLike[str] | None = None) -> Path:
    """Write the tender part of a project as the file bidders open (发布招标文件数据); never overwrites.

    ``tender_docx``: the tender's own .docx, whose ★/▲ requirements, 投标有效期 and forms chapter are
    published with the project's setup (the project's own, when it has them, are replaced).
    """
    with opened(project) as store, store.read() as session:
        ev = read_evaluation(session.connection(), str(store.path))
    tender = tender_of(ev)
    if tender_docx is not None:
        from app.cli import read_input_file
        from app.exchange.tender_facts import facts_from_docx

        facts = facts_from_docx(read_input_file(str(tender_docx)), source=str(tender_docx))
        tender = dataclasses.replace(tender, requirements=facts.requirements or tender.requirements,
                                     validity_days=facts.validity_days or tender.validity_days,
                                     forms=facts.forms or tender.forms)
    target = Path(out)
    write_json_file(target, jsontext.dumps(published_doc(tender), indent=2) + "\n", overwrite=False)
    return target


@dataclass(frozen=True)
class ResponsesTaken:
    """What ``import-responses`` did: the bids added (file, bidder id, name) and what it refused."""

    added: tuple[tuple[str, str, str], ...]
    refused: tuple[Problem, ...]
    audit_id: int | None


def bidder_of(resp: r.Response, ident: str) -> m.Bidder:
    """The opening record's entry for a response: every figure as the bidder wrote it."""
    return m.Bidder(id=ident, name=resp.bidder.name.strip(), price=resp.price, price_words=resp.price_words,
                    size=resp.size, prison=resp.prison, disabled=resp.disabled, partner_share=resp.partner_share,
                    small_amount=resp.small_amount)


def _facts(resp: r.Response) -> dict[str, object] | None:
    own = next((d for d in resp.declaration if d.role == "self"), None)
    facts: dict[str, object] = {}
    if own is not None:
        if own.employees is not None:
            facts["employees"] = own.employees
        if own.revenue is not None:
            facts["revenue"] = format(own.revenue, "f")
        if own.assets is not None:
            facts["assets"] = format(own.assets, "f")
    if resp.validity_days is not None:
        facts["validity_days"] = resp.validity_days
    return facts or None


def _lines(resp: r.Response) -> list[dict[str, object]] | None:
    return [
        {"item": d.item, "industry": d.industry, "enterprise": d.enterprise, "employees": d.employees,
         "revenue": None if d.revenue is None else format(d.revenue, "f"),
         "assets": None if d.assets is None else format(d.assets, "f"), "size": d.size, "role": d.role}
        for d in resp.declaration
    ] or None


def same_tender(project: m.Project, tender: m.Project) -> bool:
    """Whether a response answers this project: the project numbers agree (the names when neither has one)."""
    if project.number.strip() or tender.number.strip():
        return project.number.strip() == tender.number.strip()
    return project.name.strip() == tender.name.strip()


def take_responses(ev: m.Evaluation, files: list[tuple[str, bytes]]) -> tuple[m.Evaluation, ResponsesTaken]:
    """The evaluation with each acceptable response added to the opening record (pure: nothing stored).

    A response is refused, with its file named, when it cannot be read, answers another tender, or
    names a bidder already in the record (or earlier in the same batch).
    """
    added: list[tuple[str, str, str]] = []
    refused: list[Problem] = []
    names = {b.name.strip() for b in ev.bidders}
    for source, data in files:
        try:
            resp = read_response_text(data)
        except InvalidInput as exc:
            refused.extend(p.at(f"{source}: {p.path}" if p.path else source) for p in exc.problems)
            continue
        theirs = resp.tender.evaluation.project
        if not same_tender(ev.project, theirs):
            refused.append(Problem.of(source, "responses.answers_another_tender_project",
                                      "answers another tender (%1); this project is %2",
                                      theirs.number or theirs.name, ev.project.number or ev.project.name))
            continue
        name = resp.bidder.name.strip()
        if name in names:
            refused.append(Problem.of(source, "responses.already_opening_record",
                                      "%1 is already in the opening record", name))
            continue
        ident = setup_ops.next_id(ev, "bidders")
        ev = setup_ops.insert(ev, "bidders", len(ev.bidders), bidder_of(resp, ident))
        ev = extras.with_entry(ev, extras.BIDDER_FACTS, ident, _facts(resp))
        ev = extras.with_entry(ev, DECLARATIONS, ident, _lines(resp))
        names.add(name)
        added.append((source, ident, name))
    return ev, ResponsesTaken(tuple(added), tuple(refused), None)


def import_responses(project: ProjectRef, paths: list[str], *, by: str) -> ResponsesTaken:
    """Take bidders' response files into a project's opening record, in one edit with one audit event.

    The acceptable ones are stored together (the setup service checks the new record exactly as an
    exchange file is checked); the refused ones are listed and change nothing.
    """
    from app.cli import read_input_file
    from app.services.setup import save_setup

    files: list[tuple[str, bytes]] = []
    refused: list[Problem] = []
    for path in paths:
        try:
            files.append((path, read_input_file(path)))
        except InvalidInput as exc:
            refused.extend(exc.problems)
    with opened(project) as store:
        with store.read() as session:
            ev = read_evaluation(session.connection(), str(store.path))
        new, taken = take_responses(ev, files)
        audit_id = None
        if taken.added:
            audit_id = save_setup(store, new, by=by, action="responses.import").audit_id
    return dataclasses.replace(taken, refused=tuple(refused) + taken.refused, audit_id=audit_id)


@dataclass(frozen=True)
class PackWritten:
    """What ``respond pack`` wrote, and whether it is marked as a draft."""

    files: tuple[Path, ...]
    draft: bool


def write_response_pack(resp: r.Response, out_dir: str | os.PathLike[str], *, draft: bool = False) -> PackWritten:
    """Write the response pack (投标文件 .docx and .pdf, and the response file) into a folder.

    Refused while the self-check has a fatal finding, unless ``draft``: a draft pack says so on every
    page (草稿), so nothing unfinished looks final.

    Raises:
        InvalidInput: fatal findings (each with its field) and no ``draft``; or the folder cannot be used.
    """
    from app.response.pack import write_pack
    from app.response.selfcheck import is_ready, self_check

    findings = self_check(resp)
    ready = is_ready(findings)
    if not ready and not draft:
        raise InvalidInput([Problem.of(f.where, "responses.problem",
                                       "%1: %2", f.kind, f.message) for f in findings if f.severity == "fatal"])
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise InvalidInput([Problem.of(str(folder), "responses.file_not_folder", "is a file, not a folder")])
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInput([Problem.of(str(folder), "responses.cannot_created",
                                       "cannot be created: %1", exc.strerror or exc)]) from None
    try:
        files = write_pack(resp, folder, draft=not ready)
    except OSError as exc:
        raise errors.StorageError(errors.UNWRITABLE, f"{folder}: {exc.strerror or exc}") from None
    return PackWritten(tuple(files), not ready)
