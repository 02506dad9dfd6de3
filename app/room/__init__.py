"""The evaluation room (spec/room.md): the project in a PostgreSQL database, one login per seat.

``names`` (schema and roles), ``security`` and ``functions`` (what the database enforces), ``publish``
(a project file in, and back out with ``pull``), ``store`` (the services over the room), ``seat`` (a
member's sheet), ``agent`` (progress, finalising), ``live`` (LISTEN/NOTIFY), ``slips`` (seat slips).
"""
