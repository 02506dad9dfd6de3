"""The room's refusals and failures, as codes (the window words them, the CLI prints the message).

:class:`RoomError` is a :class:`~app.persistence.errors.StorageError`, so every caller that already
handles a project file's storage failure handles the room's too. Codes:

=================== =====================================================================================
``bad_address``     the room address cannot be read
``unreachable``     no server answers at the address, or the login or password is wrong
``disconnected``    the server went away during the work (nothing of that unit of work was stored)
``no_project``      the room holds no project with that number
``exists``          the room already holds a project with that number (publish refuses)
``no_number``       the project has no number, which names it in the room
``not_member``      the login is not a member's seat (a member-only action)
``not_agent``       the login is not the agent's (an agent-only action)
``final``           the evaluation is finalised
``not_final``       the evaluation is not finalised (reopen)
``sheet_submitted`` the member's sheet is submitted: it no longer changes
``sheet_open``      the member's sheet is not submitted (a correction is for a submitted sheet)
``sheets_open``     not every member has submitted
``stale``           the cell changed on another seat since it was read (the newer value is shown)
``unknown_cell``    no such bid, code, factor or checklist item
``out_of_range``    a score below 0 or above the factor's maximum
``joint_stands``    the committee's joint score stands for this objective cell
``reason_needed``   a correction or reopening needs a reason and an Art.64 category
``forbidden``       the database refused the login this read or write
``not_all_visible`` pull: this login cannot read every score yet (sheets open)
``busy``            the server asked to try again (a conflict with another seat)
=================== =====================================================================================

The database's own guards add ``submit_by_member``, ``finalise_by_function`` and ``bad_record``.
"""

from __future__ import annotations

from app.persistence.errors import StorageError


class RoomError(StorageError):
    """A refusal or failure of the room, with a stable code and an English message (``detail``: ids only)."""

    def __init__(self, code: str, message: str, detail: str = "") -> None:
        super().__init__(code, message)
        self.detail = detail


#: Every code a RoomError may carry (the window words each one; a test keeps the two in step).
CODES = ("bad_address", "unreachable", "disconnected", "no_project", "exists", "no_number", "not_member",
         "not_agent", "final", "not_final", "sheet_submitted", "sheet_open", "sheets_open", "stale", "unknown_cell",
         "out_of_range", "joint_stands", "reason_needed", "forbidden", "not_all_visible", "busy", "submit_by_member",
         "finalise_by_function", "bad_record")
