"""The whole report pack: which files, what each holds, written all together or not at all.

The split follows who signs what and when:

``<stem>-评标报告.pdf/.docx``
    The evaluation report (87号令 Art.58, :mod:`app.reports.narrative`) with its attachments list and a
    signature block for every member, dissent space included. Its pages carry the summary's
    fingerprint: the report states the summary's result.
``<stem>-评审表.pdf/.docx``
    The committee's tables in filing order: 开标记录表, 资格审查表, 符合性审查表, 价格分计算表,
    异常低价审查记录 (when any), 评分汇总表 — each starting on a new page with its own footer
    fingerprint and the signature lines of its signers.
``<stem>-评委个人评分表.pdf/.docx``
    One sheet per member (every bid × factor, split into column parts when wide, then a page per
    45-item factor with each sub-item's grade), the member's signature and date. One file, each
    member's pages apart: the agency prints it once and hands each member their pages.
``<stem>-评审表.xlsx``
    Every table as values with number formats, one sheet per table (:mod:`app.reports.xlsx`).

Until the evaluation is finalised the pack is a draft: every page of every file says 草稿（未定稿）
(a watermark and a header line in the PDF and Word files, a header and a first cell on every sheet of
the workbook) and the fingerprints are draft fingerprints (``D-…``, :mod:`app.reports.fingerprint`).
Each member's pages of the 评委个人评分表 are numbered on their own (第 1 页 共 2 页).

Every file is first written to a hidden temporary file in the output folder; only when all of them
are complete are they renamed into place, so a failed run leaves neither a half-written file nor a
partial pack. The PDF files are written by a forked child beside the others where the system forks
(:mod:`app.reports.parallel`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from app.domain import extras
from app.domain.model import Evaluation
from app.domain.problems import Refused
from app.domain.result import Result
from app.reports.data import ReportData, build_report
from app.reports.document import Document, Para, Section
from app.reports.narrative import build_narrative, narrative_blocks
from app.reports.negotiation_doc import document_names, negotiation_documents, reword
from app.reports.parallel import run_jobs
from app.reports.screening_table import document_names as screening_names
from app.reports.screening_table import screening_documents
from app.reports.sections import report_section, sheet_sections, table_sections

FORMATS = ("pdf", "docx", "xlsx")
#: The documents of the pack, by the name that ends their file name.
REPORT, TABLES, SHEETS = "评标报告", "评审表", "评委个人评分表"
UNSAFE_IN_NAMES = '\\/:*?"<>|'

Progress = Callable[[int, int, str], None]


def _umask() -> int:
    """The process's umask, read without changing it (Linux); 022 elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


#: The longest file name most file systems take (bytes of UTF-8).
MAX_NAME_BYTES = 255


def safe_stem(text: str, longest_tail: str = "") -> str:
    """A file-name stem from free text (a project number): unsafe characters become ``_``; a stem so long that
    ``stem + longest_tail`` would not fit a file name is cut, with ``…``."""
    clean = "".join("_" if ch in UNSAFE_IN_NAMES or ord(ch) < 32 else ch for ch in text).strip(" .") or "评标"
    room = MAX_NAME_BYTES - len(longest_tail.encode("utf-8"))
    if len(clean.encode("utf-8")) <= room:
        return clean
    while clean and len((clean + "…").encode("utf-8")) > room:
        clean = clean[:-1]
    return clean + "…"


def build_documents(ev: Evaluation, result: Result, audit: Sequence[object] | None = None,
                    audit_head: str | None = None, data: ReportData | None = None) -> dict[str, Document]:
    """The pack's documents by name (:data:`REPORT`, :data:`TABLES`, :data:`SHEETS`).

    ``audit_head``: the audit chain's head hash, printed at the end of the report (``audit verify`` and
    ``verify`` check it against the file). ``data``: ``build_report(ev, result)`` when the caller has it.
    """
    data = build_report(ev, result) if data is None else data
    name = ev.project.name
    draft = data.draft
    narrative = build_narrative(ev, result, audit)
    blocks = narrative_blocks(narrative)
    if audit_head:
        blocks.append(Para(f"审计日志链末端哈希：{audit_head[:32]}（可用 bideval verify 项目文件 该哈希 核对）"))
    report: tuple[Section, ...] = (report_section(blocks, data.summary, draft),)
    return {key: reword(doc, ev) for key, doc in {
        REPORT: Document(f"{name} {narrative.title}", data.header, report, draft),
        TABLES: Document(f"{name} 评审表", data.header, tuple(table_sections(data, extras.leader(ev))), draft),
        SHEETS: Document(f"{name} 评委个人评分表", data.header, tuple(sheet_sections(data)), draft,
                         numbered_by_section=True),
        **negotiation_documents(ev, draft), **screening_documents(ev, draft)}.items()}


def pack_names(stem: str, formats: Sequence[str] = FORMATS, extra: Sequence[str] = ()) -> list[str]:
    """The file names a pack of these formats consists of, in writing order."""
    names = []
    for fmt in formats:
        if fmt == "xlsx":
            names.append(f"{stem}-{TABLES}.xlsx")
        else:
            names += [f"{stem}-{doc}.{fmt}" for doc in (REPORT, TABLES, SHEETS, *extra)]
    return names


def _into_place(done: list[tuple[Path, Path]], staging: Path) -> None:
    """Move every written file to its name, all or none: the files they replace are kept aside until the end."""
    mode = 0o666 & ~_umask()
    aside: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        for i, (tmp, final) in enumerate(done):
            os.chmod(tmp, mode)  # a report is an ordinary file
            if final.exists():
                keep = staging / f"old-{i}"
                os.replace(final, keep)
                aside.append((keep, final))
            os.replace(tmp, final)
            placed.append(final)
    except BaseException:
        for final in placed:
            final.unlink(missing_ok=True)
        for keep, final in aside:
            os.replace(keep, final)
        raise


def _longest_first(job: tuple[str, Path, object]) -> int:
    """The order the files are written in: the members' sheets (a sheet per member, of every bid on every factor:
    the largest document of any pack), PDF before Word, then the workbook, then the rest in the pack's order
    (sorting is stable). With two cores, the long ones start first and the short ones fill in."""
    name = job[0]
    if f"-{SHEETS}." in name:
        return 0 if name.endswith(".pdf") else 1
    return 2 if name.endswith(".xlsx") else 3


def write_pack(
    ev: Evaluation, result: Result, out_dir: Path, formats: Sequence[str] = FORMATS,
    audit: Sequence[object] | None = None, progress: Progress | None = None, stem: str | None = None,
    audit_head: str | None = None,
) -> list[Path]:
    """Write the report pack into ``out_dir`` (created when missing).

    Args:
        ev: the evaluation.
        result: ``evaluate(ev)``.
        out_dir: the folder to write into; files of the same names are replaced.
        formats: any of ``pdf``, ``docx``, ``xlsx``.
        audit: the project's audit trail (:func:`app.services.audit.audit_log`), for the report's
            member changes and Art.64 corrections; None for an exchange file.
        progress: called as ``progress(done, total, file_name)`` before each file and
            ``progress(total, total, "")`` at the end.
        stem: the start of every file name (default: the project number, made safe).

    Returns:
        The paths written, in the order of :func:`pack_names`.

    Raises:
        ValueError: an unknown format.
        OSError: the folder cannot be written; nothing of this run is left behind.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise Refused("pack.unknown_report_format_known",
                      "unknown report format %1 (known: %2)", repr(unknown[0]), ', '.join(FORMATS))
    from app.reports.pdf import write_pdf
    from app.reports.word import write_docx
    from app.reports.xlsx import write_workbook

    extra = (*document_names(ev), *screening_names(ev))
    tails = [name.removeprefix("X") for name in pack_names("X", formats, extra)]
    stem = safe_stem(stem if stem is not None else ev.project.number, max(tails, key=lambda t: len(t.encode())))
    out_dir.mkdir(parents=True, exist_ok=True)
    data = build_report(ev, result)  # the tables' data, shared by the documents and the workbook
    documents = build_documents(ev, result, audit, audit_head, data) if set(formats) - {"xlsx"} else {}
    names = pack_names(stem, formats, extra)
    jobs: list[tuple[str, Callable[[Path], object]]] = []
    for fmt in formats:
        if fmt == "xlsx":
            jobs.append((f"{stem}-{TABLES}.xlsx", partial(write_workbook, data)))
            continue
        writer = write_pdf if fmt == "pdf" else write_docx
        jobs += [(f"{stem}-{name}.{fmt}", partial(writer, documents[name])) for name in (REPORT, TABLES, SHEETS,
                                                                                     *document_names(ev),
                                                                                     *screening_names(ev))]
    assert [name for name, _ in jobs] == names
    staging = Path(tempfile.mkdtemp(prefix=".pack-", dir=out_dir))  # every file first, then all into place
    done = [(staging / f"{i}{Path(name).suffix}", out_dir / name) for i, (name, _) in enumerate(jobs)]
    try:
        written = [(name, tmp, job) for (name, job), (tmp, _) in zip(jobs, done, strict=True)]
        run_jobs(written, staging, progress, first=_longest_first)
        _into_place(done, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if progress is not None:
        progress(len(jobs), len(jobs), "")
    return [final for _, final in done]
