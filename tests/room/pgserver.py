"""A throwaway PostgreSQL server for the room's tests and bench (Debian's ``postgresql`` package).

``BIDDESK_TEST_PG_URL`` (an administrator's ``postgresql://`` address) names an existing server
instead. Otherwise a new cluster is made in a temporary folder (``initdb``, password login over
TCP on 127.0.0.1, a free port) and stopped and removed at the end. PostgreSQL refuses to run as
root: as root the cluster is made and run as the system's ``postgres`` user (``runuser``).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

ADMIN = "biddesk_admin"
ENV = "BIDDESK_TEST_PG_URL"


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    if found:
        return found[-1]
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"PostgreSQL's {name} is not installed (Debian package postgresql; "
                           "tools/ensure-system-deps.sh test installs it)")
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TempServer:
    """A PostgreSQL cluster of its own: :attr:`url` is its administrator's address."""

    def __init__(self, *, own: bool = False) -> None:
        """``own``: always a server of its own (a test that stops and starts it), whatever the environment says."""
        self.url = "" if own else os.environ.get(ENV, "")
        self._dir: Path | None = None
        self._as: list[str] = []
        self._options = ""

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> str:
        """Start the server (or take the one named by the environment) and return the admin address."""
        if self.url:
            return self.url
        self._dir = Path(tempfile.mkdtemp(prefix="biddesk-pg-"))
        data, sock = self._dir / "data", self._dir / "sock"
        sock.mkdir()
        password = "admin-" + os.urandom(8).hex()
        pwfile = self._dir / "pw"
        pwfile.write_text(password)
        if os.geteuid() == 0:
            shutil.chown(self._dir, "postgres")
            shutil.chown(sock, "postgres")
            shutil.chown(pwfile, "postgres")
            self._as = ["runuser", "-u", "postgres", "--"]
        port = _free_port()
        self._run(_bin("initdb"), "-D", str(data), "-U", ADMIN, f"--pwfile={pwfile}", "--auth-local=trust",
                  "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {sock} -c fsync=off -c max_connections=200 "
                   "-c shared_buffers=64MB")
        self._options = options
        self.resume()
        self.url = f"postgresql://{ADMIN}:{password}@127.0.0.1:{port}/postgres"
        return self.url

    def resume(self) -> None:
        """Start (again) a server this object made."""
        assert self._dir is not None
        self._run(_bin("pg_ctl"), "-D", str(self._dir / "data"), "-o", self._options, "-l", str(self._dir / "log"),
                  "-w", "start")

    def pause(self) -> None:
        """Stop the server as if it were switched off, keeping its data (the room went away)."""
        assert self._dir is not None
        self._run(_bin("pg_ctl"), "-D", str(self._dir / "data"), "-m", "immediate", "-w", "stop")

    def stop(self) -> None:
        """Stop a server this object started and remove its folder."""
        if self._dir is None:
            return
        try:  # already stopped (paused) is fine
            subprocess.run([*self._as, _bin("pg_ctl"), "-D", str(self._dir / "data"), "-m", "immediate", "-w", "stop"],
                           capture_output=True, timeout=120, check=False)
        finally:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def kill_connections(self, role: str) -> None:
        """Terminate every connection of a login role (a seat whose laptop was switched off)."""
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as con:
            con.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (role,))
