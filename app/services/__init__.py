"""Use cases, one module per area; each public function is one unit of work returning plain data.

``project_io`` (import, export, load), ``scores``, ``checks``, ``decisions``, ``members``, ``audit``;
``session`` keeps an open project's evaluation in memory for the desktop; ``packages`` names the offline
packages' use cases a window calls, and ``errors`` the errors a caller catches.
"""
