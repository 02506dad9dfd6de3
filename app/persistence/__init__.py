"""The project file (``.bidesk``): one SQLite database per evaluation project.

``store`` opens, checks, creates and migrates files and gives one short session per unit of work;
``tender``, ``bids``, ``review`` and ``audit`` hold the typed tables by aggregate; ``schema`` the
version and its migrations; ``mapping`` turns an :class:`~app.domain.model.Evaluation` into rows and back.
"""
