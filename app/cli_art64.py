"""The Art.64 check (87号令第六十四条) on the command line: ``art64 list|keep|correct`` (registered in app.cli).

``list`` prints every open finding, one line each (its key, kind, bid, factor, member and the points
behind it; ``--json`` for a machine). ``keep`` records that the committee keeps a score far from the
others' mean, with its reason. ``correct`` records the corrected score (the member's, or the joint
score of an objective factor) with its reason and Art.64 category, then the resolution. A refused
input prints one line per problem on stderr and exits 2; nothing is changed. This is what the
window's 复核 page does (widgets/pages/check_page.py), through the same services.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli import EXIT_OK, command
from app.cli_project import _guarded, default_user, parse_value
from app.domain.art64 import ART64
from app.domain.problems import InvalidInput, Problem


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("project_file", help="the project file")


def _art64_args(p: argparse.ArgumentParser) -> None:
    subs = p.add_subparsers(dest="art64_command", required=True, metavar="ACTION")
    listing = subs.add_parser("list", help="list the open Art.64 findings",
                              description="list the findings the committee must look at again before signing")
    _common(listing)
    listing.add_argument("--json", action="store_true", help="one JSON document instead of lines")
    keep = subs.add_parser("keep", help="keep a score far from the others' mean, with the committee's reason")
    _common(keep)
    keep.add_argument("--finding", required=True, help="the finding's key, as listed")
    keep.add_argument("--reason", required=True, help="the committee's reason")
    keep.add_argument("--by", default=None, help="who records it (audit log); default: the login name")
    correct = subs.add_parser("correct", help="correct the score of a finding and record the resolution")
    _common(correct)
    correct.add_argument("--finding", required=True, help="the finding's key, as listed")
    correct.add_argument("--value", required=True, help='the corrected value as in the exchange file: 3, "0.8", [..]')
    correct.add_argument("--reason", required=True, help="the committee's reason")
    correct.add_argument("--art64", required=True, choices=ART64, help="the Art.64 category of the correction")
    correct.add_argument("--by", default=None, help="who records it (audit log); default: the login name")


def _open(path: Path) -> list[object]:
    from app.domain.art64_check import open_findings
    from app.services.project_io import load_project_evaluation

    return list(open_findings(load_project_evaluation(path)))


def _find(path: Path, key: str) -> object:
    from app.domain.art64_check import Art64Finding

    for finding in _open(path):
        if isinstance(finding, Art64Finding) and finding.key == key:
            return finding
    raise InvalidInput([Problem.of("--finding", "cli.not_open_finding_see",
                                   "%1 is not an open finding (see: art64 list)", key)])


@command("art64", "the Art.64 check: list the open findings, keep or correct one", _art64_args)
@_guarded
def _art64(args: argparse.Namespace) -> int:
    from app.domain.art64_check import Art64Finding
    from app.services import records
    from app.services.scores import record_score

    path = Path(args.project_file)
    if args.art64_command == "list":
        found = [f for f in _open(path) if isinstance(f, Art64Finding)]
        if args.json:
            print(json.dumps([{"key": f.key, "kind": f.kind, "bidder": f.bidder, "factor": f.factor,
                               "member": f.member, "points": {k: str(v) for k, v in f.points.items()}}
                              for f in found], ensure_ascii=False, indent=1))
        else:
            for f in found:
                points = ", ".join(f"{k}={v}" for k, v in f.points.items())
                print(f"{f.key}\t{f.kind}\t{f.bidder}\t{f.factor}\t{f.member or '-'}\t{points}")
            print(f"{len(found)} open")
        return EXIT_OK
    finding = _find(path, args.finding)
    assert isinstance(finding, Art64Finding)
    by = args.by or default_user()
    if args.art64_command == "keep":
        if finding.kind != "far_from_mean":
            raise InvalidInput([Problem.of("--finding", "cli.only_score_far_others",
                                           "only a score far from the others' mean may be kept; this finding must be "
                                           "corrected")])
        records.resolve_finding(path, finding.key, "kept", reason=args.reason, by=by)
        print(f"ok kept {finding.key}")
        return EXIT_OK
    if finding.kind == "missing":
        raise InvalidInput([Problem.of("--finding", "cli.missing_score_given_score",
                                       "a missing score is given with the score command, not corrected")])
    if not args.reason.strip():
        raise InvalidInput([Problem.of("--reason", "cli.resolution_needs_committee_reason",
                                       "a resolution needs the committee's reason")])
    member = None if finding.kind == "objective_differs" else finding.member
    record_score(path, member, finding.bidder, finding.factor, parse_value(args.value), by=by,
                 reason=args.reason, art64=args.art64)
    records.resolve_finding(path, finding.key, "corrected", reason=args.reason, art64=args.art64, by=by)
    print(f"ok corrected {finding.key}")
    return EXIT_OK
