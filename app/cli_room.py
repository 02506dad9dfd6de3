"""The evaluation room on the command line: ``room publish | status | pull`` (spec/room.md; registered in app.cli).

``publish PROJECT_FILE URL`` creates the project in the room database at URL (an administrator's
``postgresql://`` address), its roles and one-time passwords, printed once (``--slips FILE.pdf``
writes the seat slips too). ``status URL PROJECT_NUMBER`` prints each member's progress and
submission (counts, never a value). ``pull URL PROJECT_NUMBER PROJECT_FILE`` writes the room's
project back into a new project file, the audit log included.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli import EXIT_OK, command
from app.cli_project import _guarded


def _room_args(p: argparse.ArgumentParser) -> None:
    subs = p.add_subparsers(dest="room_command", required=True, metavar="ACTION")
    pub = subs.add_parser("publish", help="create the project in the room database, with a login for every seat")
    pub.add_argument("project_file", help="the project file")
    pub.add_argument("url", help="the room database, as an administrator: postgresql://USER:PASSWORD@HOST:PORT/DB")
    pub.add_argument("--slips", default=None, help="also write the seat slips (PDF) to this file")
    status = subs.add_parser("status", help="each member's progress and submission state")
    status.add_argument("url", help="the room: postgresql://… or room://… (the agent's or the administrator's login)")
    status.add_argument("project_number", help="the project's number")
    status.add_argument("--json", action="store_true", help="one JSON document instead of lines")
    pull = subs.add_parser("pull", help="write the room's project back into a project file (audit included)")
    pull.add_argument("url", help="the room: postgresql://… or room://…")
    pull.add_argument("project_number", help="the project's number")
    pull.add_argument("project_file", help="the project file to write (must not exist)")


@command("room", "the evaluation room on PostgreSQL: publish a project, see progress, pull it back", _room_args)
@_guarded
def _room(args: argparse.Namespace) -> int:
    from app.room.address import RoomAddress
    from app.room.publish import publish, pull

    if args.room_command == "publish":
        published = publish(args.project_file, args.url)
        print(f"published {published.number} ({published.name}) as schema {published.schema}")
        print("seat\tmember\tlogin\tone-time password\taddress")
        for seat in published.seats:
            print(f"{seat.name}\t{seat.member or '-'}\t{seat.login}\t{seat.password}\t{published.address(seat)}")
        print("the passwords are shown this once: hand each seat its slip")
        if args.slips:
            from app.room.slips import write_slips

            print(f"slips: {write_slips(published, Path(args.slips))}")
        return EXIT_OK
    if args.room_command == "status":
        from app.room.agent import progress
        from app.room.store import RoomStore

        store = RoomStore.open_room(RoomAddress.parse(args.url, project=args.project_number))
        try:
            rows = progress(store)
        finally:
            store.close()
        if args.json:
            print(json.dumps([{"member": r.member, "name": r.name, "filled": r.filled, "cells": r.cells,
                               "verdicts": r.verdicts, "state": r.state, "submitted_at": r.submitted_at}
                              for r in rows], ensure_ascii=False, indent=1))
        else:
            for r in rows:
                print(f"{r.member}\t{r.name}\t{r.filled}/{r.cells}\t{r.state}\t{r.submitted_at or '-'}")
        return EXIT_OK
    target = pull(args.url, args.project_number, args.project_file)
    print(f"ok {target}")
    return EXIT_OK
