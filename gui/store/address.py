"""Where a shared project lives: a PostgreSQL address, told apart from a file name, and shown
without its password.

An address is a ``postgresql://`` (or ``postgres://``) URI, or a libpq connection string
naming a service (``service=newsdesk``, read from the user's ``~/.pg_service.conf``). The
password is never taken from Claimgrid: libpq reads it from its password file
(``~/.pgpass``) or the service file, so it is never stored in a project, the settings or a
log. TLS options (``sslmode``, ``sslrootcert``...) pass through to libpq as given.
"""

from __future__ import annotations

import re
from urllib.parse import quote

_SCHEMES = ("postgresql://", "postgres://")
_SERVICE = re.compile(r"^\s*service\s*=\s*\S")
_SECRET_KEYS = frozenset({"password"})


def is_address(location: object) -> bool:
    """Whether ``location`` names a database server rather than a file."""
    if not isinstance(location, str):
        return False
    lowered = location.strip().lower()
    return lowered.startswith(_SCHEMES) or bool(_SERVICE.match(lowered))


def parts(address: str) -> dict[str, str]:
    """The connection parameters ``address`` spells out; ``ValueError`` when it is not an
    address libpq can read."""
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    try:
        return {k: str(v) for k, v in conninfo_to_dict(address.strip()).items() if v is not None}
    except ProgrammingError as exc:
        # libpq's message may quote the address; say what is wrong without repeating it
        raise ValueError("not a database address libpq can read") from exc


def display(address: str) -> str:
    """``address`` for a title bar, a message or a log: never its password."""
    try:
        params = parts(address)
    except ValueError:
        return _strip_password_text(address)
    params = {k: v for k, v in params.items() if k not in _SECRET_KEYS}
    service = params.get("service")
    user = params.get("user", "")
    host = params.get("host", "")
    port = params.get("port", "")
    dbname = params.get("dbname", "")
    if service and not (host or dbname):
        return f"service={service}"
    where = quote(host, safe="") if host and not host.startswith("/") else ""
    text = "postgresql://"
    if user:
        text += quote(user, safe="") + "@"
    text += where + (f":{port}" if port else "") + "/" + quote(dbname, safe="")
    if host.startswith("/"):
        text += f"?host={quote(host, safe='/')}"
    if service:
        text += ("&" if "?" in text else "?") + f"service={quote(service, safe='')}"
    return text


def password_in(address: str) -> str:
    """The password spelled out in ``address``, if any, so a message can be scrubbed of it."""
    try:
        return parts(address).get("password", "")
    except ValueError:
        match = re.search(r"://[^:@/]*:([^@/]*)@", address)
        return match.group(1) if match else ""


def scrub(message: str, address: str) -> str:
    """``message`` with the password of ``address`` taken out, should libpq have echoed it."""
    secret = password_in(address)
    return message.replace(secret, "***") if secret else message


def _strip_password_text(address: str) -> str:
    text = re.sub(r"(://[^:@/]*):[^@/]*@", r"\1@", address.strip())
    return re.sub(r"(?i)password\s*=\s*('[^']*'|\S+)", "password=***", text)
