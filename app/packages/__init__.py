"""Offline scoring packages (issue 7): a member's package, its headless expert loop, sealed returns, merging.

The agency's side: :mod:`~app.packages.identity` (the project's uid, agency key and blind codes),
:mod:`~app.packages.export` (write a member's package) and :mod:`~app.packages.merge` (verify and
merge a return). The expert's side: :mod:`~app.packages.package` (open and verify a package) and
:mod:`~app.packages.expert` (the sheet, scoring, submitting, writing the return). The return file's
format is :mod:`~app.packages.sealed`; keys and signatures are :mod:`~app.packages.keys`. See
``docs/packages.md``. This ``__init__`` imports nothing, so the command line stays fast to start.
"""
