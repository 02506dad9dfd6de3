"""The negotiation record on the command line: ``negotiate round|no-final|outcome|show`` (registered in app.cli).

Each writing command prints ``ok …`` only after the change is durably stored; a refused input prints
one line per problem on stderr (the place in words: 第 2 轮协商（S1 …）的报价) and exits 2, nothing changed.
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.cli import EXIT_OK, command
from app.cli_project import Handler, _guarded, default_user
from app.domain import negotiation as ng
from app.domain.model import Evaluation
from app.domain.problems import InvalidInput, Problem
from app.exchange import jsontext


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="the project file")
    p.add_argument("--by", default=None, help="who records it (audit log); default: the login name")


def _negotiate_args(p: argparse.ArgumentParser) -> None:
    subs = p.add_subparsers(dest="negotiate_command", required=True, metavar="ACTION")
    rnd = subs.add_parser("round", help="record (or replace, or --remove) one round with one supplier",
                          description="record one round of the negotiation with one supplier: its quote in "
                                      "figures and capitals, who spoke for it, the terms changed, the panel's remarks")
    _common(rnd)
    rnd.add_argument("--round", type=int, required=True, dest="number", help="the round's number (1, 2, …)")
    rnd.add_argument("--bidder", required=True, help="the supplier's id")
    rnd.add_argument("--at", default="", help="when, YYYY-MM-DD HH:MM")
    rnd.add_argument("--price", default=None, help="the quote in figures (a rate tender: the rate, e.g. 86.50)")
    rnd.add_argument("--words", default="", help="the quote in capitals (大写)")
    rnd.add_argument("--speaker", default="", help="who spoke for the supplier")
    rnd.add_argument("--speaker-role", default="authorised", choices=tuple(ng.SPEAKER_ROLES),
                     help="法定代表人 (legal_rep) or 授权代表 (authorised)")
    rnd.add_argument("--term", nargs=3, action="append", default=[], metavar=("REQUIREMENT", "ORIGINAL", "AGREED"),
                     help="a term discussed and changed (repeat for several)")
    rnd.add_argument("--remarks", default="", help="the panel's remarks")
    rnd.add_argument("--final", action="store_true", help="the quote is the supplier's final quote (最后报价)")
    rnd.add_argument("--remove", action="store_true", help="remove this round instead")
    nf = subs.add_parser("no-final", help="record that a supplier gave no final quote (or --withdraw it)",
                         description="record that a supplier gave no final quote: its bid becomes invalid")
    _common(nf)
    nf.add_argument("--bidder", required=True, help="the supplier's id")
    nf.add_argument("--note", default="", help="what happened (e.g. 未在规定时间内提交最后报价)")
    nf.add_argument("--withdraw", action="store_true", help="withdraw the record")
    out = subs.add_parser("outcome", help="record the panel's outcome (single source)",
                          description="record the panel's outcome: the agreed price (never above the budget), "
                                      "no agreement, or 协商无效 with the reason; --clear withdraws it")
    _common(out)
    out.add_argument("--kind", choices=tuple(ng.OUTCOMES), default=None, help="agreed, no_agreement or void")
    out.add_argument("--at", default="", help="when, YYYY-MM-DD HH:MM")
    out.add_argument("--bidder", default="", help="the supplier (default: the only one)")
    out.add_argument("--price", default=None, help="the agreed price in figures")
    out.add_argument("--words", default="", help="the agreed price in capitals (大写)")
    out.add_argument("--reason", default="", help="the reason (no agreement, 协商无效, or --clear)")
    out.add_argument("--dissent", action="append", default=[], metavar="MEMBER=REASON",
                     help="a member's dissenting opinion (repeat for several)")
    out.add_argument("--clear", action="store_true", help="withdraw the recorded outcome (needs --reason)")
    show = subs.add_parser("show", help="print the negotiation record", description="print the negotiation record")
    show.add_argument("project_file", help="the project file")
    show.add_argument("--json", action="store_true", help="as JSON (what the exchange file keeps)")


@command("negotiate", "the negotiation record (协商/谈判/磋商): round, no-final, outcome, show", _negotiate_args)
def _negotiate(args: argparse.Namespace) -> int:
    handlers: dict[str, Handler] = {"round": _round, "no-final": _no_final, "outcome": _outcome, "show": _show}
    return handlers[args.negotiate_command](args)


def _decimal(option: str, text: str | None) -> Decimal | None:
    if text is None or not text.strip():
        return None
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise InvalidInput([Problem.of(option, "cli.not_number", "%1 is not a number", repr(text))]) from None
    if not value.is_finite():
        raise InvalidInput([Problem.of(option, "cli.not_number", "%1 is not a number", repr(text))])
    return value


def _project(args: argparse.Namespace) -> Path:
    path = Path(args.project_file)
    if not path.is_file():
        raise InvalidInput([Problem.of(args.project_file, "cli.no_such_project_file", "no such project file")])
    return path


@_guarded
def _round(args: argparse.Namespace) -> int:
    from app.services import negotiation as sn

    project, by = _project(args), args.by or default_user()
    if args.remove:
        change = sn.remove_round(project, args.number, args.bidder, by=by)
        print(f"ok round {args.number} of {args.bidder} removed (audit {change.audit_id})")
        return EXIT_OK
    rnd = ng.Round(args.number, args.bidder, args.at.strip(), _decimal("--price", args.price), args.words,
                   args.speaker_role, args.speaker, tuple(ng.Term(*t) for t in args.term), args.remarks, args.final)
    change = sn.record_round(project, rnd, by=by)
    state = f"audit {change.audit_id}" if change.changed else "unchanged"
    print(f"ok round {args.number} of {args.bidder}{' (final quote)' if args.final else ''} ({state})")
    return EXIT_OK


@_guarded
def _no_final(args: argparse.Namespace) -> int:
    from app.services import negotiation as sn

    project, by = _project(args), args.by or default_user()
    if args.withdraw:
        change = sn.withdraw_no_final(project, args.bidder, by=by)
    else:
        change = sn.record_no_final(project, args.bidder, args.note, by=by)
    print(f"ok {args.bidder}: {'withdrawn' if args.withdraw else 'no final quote'} "
          f"({'audit ' + str(change.audit_id) if change.changed else 'unchanged'})")
    return EXIT_OK


def _dissent(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        member, sep, reason = item.partition("=")
        if not sep or not member.strip():
            raise InvalidInput([Problem.of("--dissent", "cli.not_member_reason",
                                           "%1 is not MEMBER=REASON", repr(item))])
        out[member.strip()] = reason
    return out


@_guarded
def _outcome(args: argparse.Namespace) -> int:
    from app.services import negotiation as sn

    project, by = _project(args), args.by or default_user()
    if args.clear:
        change = sn.clear_outcome(project, reason=args.reason, by=by)
        print(f"ok outcome withdrawn ({'audit ' + str(change.audit_id) if change.changed else 'unchanged'})")
        return EXIT_OK
    if args.kind is None:
        raise InvalidInput([Problem.of("--kind", "cli.give_outcome_agreed_no",
                                       "give the outcome: agreed, no_agreement or void (or --clear)")])
    outcome = ng.Outcome(args.kind, args.at.strip(), args.bidder.strip(), _decimal("--price", args.price),
                         args.words, args.reason, _dissent(args.dissent))
    change = sn.record_outcome(project, outcome, by=by)
    print(f"ok outcome {args.kind} ({'audit ' + str(change.audit_id) if change.changed else 'unchanged'})")
    return EXIT_OK


def show_lines(ev: Evaluation, record: ng.Negotiation) -> list[str]:
    """The record as lines of text (what ``negotiate show`` prints)."""
    talk = ng.TALK.get(ev.project.method, "协商")
    lines: list[str] = []
    for r in record.rounds:
        quote = f"报价 {ng.quote_text(ev, r.price)}（{r.words}）" if r.price is not None else "本轮未报价"
        final = "【最后报价】" if r.final else ""
        lines.append(f"第 {r.number} 轮{talk} {r.at} {ng.bidder_label(ev, r.bidder)} {quote}{final} "
                     f"{ng.SPEAKER_ROLES.get(r.speaker_role, r.speaker_role)} {r.speaker}")
        lines += [f"  条款 {t.requirement}：{t.original or '—'} → {t.agreed}" for t in r.terms]
        if r.remarks:
            lines.append(f"  小组意见：{r.remarks}")
    lines += [f"{ng.bidder_label(ev, b)}：未提交最后报价（{note}）" for b, note in record.no_final.items()]
    o = record.outcome
    if o is None:
        lines.append(f"{talk}结果：尚未记录")
    elif o.kind == "agreed" and o.price is not None:
        lines.append(f"{talk}结果：成交 {ng.bidder_label(ev, o.bidder)} {ng.quote_text(ev, o.price)}（{o.words}）"
                     f"{o.at}")
    else:
        lines.append(f"{talk}结果：{ng.OUTCOMES[o.kind]}（{o.reason}）{o.at}")
    return lines


@_guarded
def _show(args: argparse.Namespace) -> int:
    from app.services.negotiation import load_negotiation

    ev, record = load_negotiation(_project(args))
    if args.json:
        sys.stdout.write(jsontext.dumps(record.to_json()) + "\n")
    else:
        print("\n".join(show_lines(ev, record)))
    return EXIT_OK
