"""The `hotel-crm` command (SPEC §4.1). Every command reads HOTEL_CRM_DATABASE_URL."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
from collections.abc import Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any

from server.settings import SettingsError, get_settings

if TYPE_CHECKING:
    from server.auth.models import User

EXIT_USAGE = 2


def _with_db(work: Callable[[], Awaitable[int]], *, migrate: bool = False) -> int:
    """Runs one command's work on the database (pending migrations applied first when asked).

    A refusal from a service (DomainError) is the command's failure: `error: <message>` on
    standard error and exit status 1.
    """
    from server.core.errors import DomainError
    from server.db import apply_migrations, close_db, init_db

    async def run() -> int:
        if migrate:
            await apply_migrations()
        else:
            await init_db()
        try:
            return await work()
        except DomainError as err:
            print(f"error: {err.message}", file=sys.stderr)
            return 1
        finally:
            await close_db()

    return asyncio.run(run())


async def _user_named(username: str) -> User:
    """The user with this username; `error: no user '…'` otherwise."""
    from server.auth.service import find_user
    from server.core.errors import DomainError, ErrorCode

    user = await find_user(username)
    if user is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"no user {username!r}")
    return user


def cmd_migrate(_args: argparse.Namespace) -> int:
    async def work() -> int:
        print("migrations applied")
        return 0

    return _with_db(work, migrate=True)


def app_factory() -> Any:
    from server.app import create_app

    return create_app()


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    async def nothing_more() -> int:
        return 0

    _with_db(nothing_more, migrate=True)
    settings = get_settings()
    if settings.is_sqlite and args.workers > 1:
        print(
            "note: several workers on SQLite share one file; for more traffic use PostgreSQL "
            "(HOTEL_CRM_DATABASE_URL=postgres://…)",
            file=sys.stderr,
        )
    print(f"Hotel CRM serving on http://{args.host}:{args.port}", flush=True)
    uvicorn.run(
        "server.cli:app_factory",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="warning" if args.quiet else "info",
        access_log=not args.quiet,
        proxy_headers=True,
        forwarded_allow_ips=args.forwarded_allow_ips,
        server_header=False,
        ws="websockets-sansio",
        ws_max_size=get_settings().max_body_bytes,
    )
    return 0


def cmd_create_user(args: argparse.Namespace) -> int:
    from server.auth.actor import Actor
    from server.auth.models import Role
    from server.auth.service import create_user

    try:
        role = Role(args.role.upper())
    except ValueError:
        print(
            f"unknown role {args.role!r}; one of {', '.join(r.value for r in Role)}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    password = sys.stdin.readline().rstrip("\r\n")

    async def work() -> int:
        user = await create_user(
            actor=Actor.system("cli"),
            username=args.username,
            password=password,
            role=role,
            display_name=args.display_name,
        )
        print(user.id)
        return 0

    return _with_db(work)


def cmd_deactivate_user(args: argparse.Namespace) -> int:
    from server.auth import staff
    from server.auth.actor import Actor

    async def work() -> int:
        user = await _user_named(args.username)
        await staff.deactivate_user(actor=Actor.system("cli"), user_id=user.id)
        print(f"{user.username} deactivated")
        return 0

    return _with_db(work)


def cmd_transfer_customers(args: argparse.Namespace) -> int:
    from server.auth import staff
    from server.auth.actor import Actor

    async def work() -> int:
        giver = await _user_named(args.from_user)
        taker = await _user_named(args.to_user)
        done = await staff.transfer_customers(actor=Actor.system("cli"), from_user_id=giver.id, to_user_id=taker.id)
        moved = done.moved
        print(
            f"moved to {taker.username}: {moved.customers} customers, {moved.contracts} contracts, "
            f"{moved.prospects} prospects, {moved.follow_up_tasks} follow-up tasks, {moved.complaints} complaints"
        )
        return 0

    return _with_db(work)


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from server import seed

    def progress(done: int, total: int) -> None:
        print(f"\r  {done:,}/{total:,} customers", end="", file=sys.stderr, flush=True)

    async def work() -> int:
        if args.if_empty and not await seed.database_is_empty():
            print("database already has customers; nothing seeded")
            return 0
        report = await seed.seed_demo(customers=args.customers, seed=args.seed, progress=progress)
        print(file=sys.stderr)
        print(
            f"seeded {report.customers:,} customers, {report.stays:,} stays, "
            f"{report.users_created} users in {report.seconds:.1f} s"
        )
        print(f"demo logins (password for all: {seed.DEMO_PASSWORD}):")
        for username, role in seed.DEMO_USERS:
            print(f"  {username:<10} {role.value}")
        return 0

    return _with_db(work, migrate=True)


def cmd_export_schema(_args: argparse.Namespace) -> int:
    from schema import schema

    sys.stdout.write(schema.as_str() + "\n")
    return 0


def cmd_cti_secret(_args: argparse.Namespace) -> int:
    from server.interactions.cti import generate_secret

    print(generate_secret())
    print(
        "Set it as HOTEL_CRM_CTI_SECRET on every server process and in the PBX's webhook settings (docs/cti.md).",
        file=sys.stderr,
    )
    return 0


def cmd_cti_call(args: argparse.Namespace) -> int:
    """Posts one signed call event, as the PBX would: for demos and for checking an installation."""
    import urllib.error
    import urllib.request
    import uuid

    from server.interactions.cti import event_body, signed_headers

    if not args.url.startswith(("http://", "https://")):
        print("--url must start with http:// or https://", file=sys.stderr)
        return EXIT_USAGE
    secret = get_settings().cti_secret
    if not secret:
        print("HOTEL_CRM_CTI_SECRET is not set", file=sys.stderr)
        return EXIT_USAGE
    body = event_body(
        call_id=args.call_id or uuid.uuid4().hex, extension=args.extension, caller=args.caller, event=args.event
    )
    request = urllib.request.Request(  # noqa: S310 - http(s) checked above
        args.url.rstrip("/") + "/cti/calls", data=body, method="POST", headers=signed_headers(secret, body)
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            print(response.status, response.read().decode())
            return 0
    except urllib.error.HTTPError as err:
        print(err.code, err.read().decode(), file=sys.stderr)
        return 1
    except urllib.error.URLError as err:
        print(f"cannot reach {args.url}: {err.reason}", file=sys.stderr)
        return 1


def cmd_membership_evaluate(_args: argparse.Namespace) -> int:
    """Nightly: expires cards past their validity and downgrades tiers the window's spend no longer holds."""
    from server.membership.service import evaluate_cards

    async def work() -> int:
        done = await evaluate_cards()
        for number in done.expired:
            print(f"expired card {number}")
        for number, before, after in done.downgraded:
            print(f"downgraded card {number}: {before.value} -> {after.value}")
        print(f"{len(done.expired)} card(s) expired, {len(done.downgraded)} downgraded")
        return 0

    return _with_db(work)


def cmd_contracts_expire(_args: argparse.Namespace) -> int:
    """Nightly: ACTIVE contracts past their end date (hotel time) become EXPIRED; running it twice does nothing."""
    from server.contracts.service import expire_contracts

    async def work() -> int:
        done = await expire_contracts()
        for contract in done.expired:
            print(f"expired contract {contract.number} (ended {contract.end_date.isoformat()})")
        print(f"{len(done.expired)} contract(s) expired")
        return 0

    return _with_db(work)


def cmd_reports_rebuild(_args: argparse.Namespace) -> int:
    """The reports' summaries recomputed from the stays (the triggers keep them exact; this is for doubt)."""
    from server.insights.service import rebuild_customer_totals
    from server.reports.service import rebuild_segment_months

    async def work() -> int:
        rows = await rebuild_segment_months()
        print(f"segment_months rebuilt: {rows} row(s)")
        rows = await rebuild_customer_totals()
        print(f"customer_totals rebuilt: {rows} row(s)")
        return 0

    return _with_db(work)


def cmd_follow_ups_generate(_args: argparse.Namespace) -> int:
    """Nightly: revisit tasks after checked-out stays and events attended without buying; idempotent."""
    from server.prospects.service import generate_revisit_tasks

    async def work() -> int:
        done = await generate_revisit_tasks()
        print(f"{done.stay_tasks} stay revisit task(s), {done.event_tasks} event revisit task(s) created")
        return 0

    return _with_db(work)


def cmd_complaints_escalate(_args: argparse.Namespace) -> int:
    """Escalates unresolved complaints past their due time, once per due time (run it every minute)."""
    from server.complaints.service import escalate_overdue

    async def work() -> int:
        escalated = await escalate_overdue()
        for complaint in escalated:
            print(
                f"escalated complaint {complaint.id} ({complaint.severity.value}, due {complaint.due_at.isoformat()})"
            )
        print(f"{len(escalated)} complaint(s) escalated")
        return 0

    return _with_db(work)


def cmd_import(args: argparse.Namespace) -> int:
    """`import stays FILE` / `import customers FILE`: a progress bar on a terminal, then the row-level report."""
    from pathlib import Path

    from server.auth.actor import Actor
    from server.imports import service
    from server.imports.files import ImportFileError
    from server.imports.report import summary_lines, write_report_csv

    importer = service.import_stays if args.what == "stays" else service.import_customers
    path = Path(args.file)

    async def work() -> int:
        with _progress_bar(f"importing {path.name}") as progress:
            try:
                report = await importer(actor=Actor.system("cli"), path=path, progress=progress)
            except ImportFileError as err:
                print(f"error: {err}", file=sys.stderr)
                return EXIT_USAGE
        print("\n".join(summary_lines(report)))
        if args.report:
            write_report_csv(report, Path(args.report))
            print(f"warnings and rejections written to {args.report}")
        return 0

    return _with_db(work)


@contextlib.contextmanager
def _progress_bar(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """rich's progress bar on a terminal; nothing when the output goes to a file or a pipe."""
    if not sys.stdout.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True
    ) as bar:
        task = bar.add_task(label, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


def cmd_create_partner_key(args: argparse.Namespace) -> int:
    """Prints a new partner API key once; only its hash is stored."""
    from datetime import timedelta

    from server.auth.actor import Actor
    from server.core.time import utcnow
    from server.partners.service import create_partner_key

    if args.expires_in_days is not None and args.expires_in_days < 1:
        print("--expires-in-days must be at least 1", file=sys.stderr)
        return EXIT_USAGE

    async def work() -> int:
        issued = await create_partner_key(
            actor=Actor.system("cli"),
            partner=args.partner,
            scopes=args.scope,
            expires_at=utcnow() + timedelta(days=args.expires_in_days) if args.expires_in_days else None,
            rate_limit_per_minute=args.rate_limit,
        )
        print(issued.key)
        record = issued.record
        expiry = record.expires_at.isoformat() if record.expires_at else "never"
        print(
            f"partner {record.partner}, prefix {record.prefix}, scopes {','.join(record.scopes)}, expires {expiry}. "
            "This key is shown once: give it to the partner now (header X-API-Key, docs/partners.md).",
            file=sys.stderr,
        )
        return 0

    return _with_db(work)


def cmd_partner_keys(_args: argparse.Namespace) -> int:
    from server.partners.service import key_status, list_partner_keys

    async def work() -> int:
        keys, total = await list_partner_keys(limit=10_000)
        print(f"{'prefix':<16} {'status':<8} {'partner':<24} {'scopes':<16} {'expires':<26} last used")
        for key in keys:
            print(
                f"{key.prefix:<16} {key_status(key).value:<8} {key.partner[:24]:<24} {','.join(key.scopes):<16} "
                f"{key.expires_at.isoformat() if key.expires_at else 'never':<26} "
                f"{key.last_used_at.isoformat() if key.last_used_at else '-'}"
            )
        print(f"{total} key(s)", file=sys.stderr)
        return 0

    return _with_db(work)


def cmd_revoke_partner_key(args: argparse.Namespace) -> int:
    from server.auth.actor import Actor
    from server.partners.service import find_key_id, revoke_partner_key

    async def work() -> int:
        key_id = await find_key_id(args.prefix)
        if key_id is None:
            print(f"error: no partner key with prefix {args.prefix}", file=sys.stderr)
            return 1
        key = await revoke_partner_key(actor=Actor.system("cli"), key_id=key_id)
        print(f"revoked {key.prefix} ({key.partner})")
        return 0

    return _with_db(work)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hotel-crm", description="Hotel CRM server and tools")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the server (applies pending migrations first)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    serve.add_argument("--quiet", action="store_true", help="no access log")
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1")
    serve.set_defaults(func=cmd_serve)

    migrate = sub.add_parser("migrate", help="apply migrations")
    migrate.set_defaults(func=cmd_migrate)

    user = sub.add_parser("create-user", help="create a user; the password is read from stdin")
    user.add_argument("--username", required=True)
    user.add_argument("--role", required=True, help="ADMIN, MANAGER, SALES, AGENT or FRONT_DESK")
    user.add_argument("--display-name")
    user.set_defaults(func=cmd_create_user)

    deactivate = sub.add_parser("deactivate-user", help="deactivate a user (refused while they own customers)")
    deactivate.add_argument("username")
    deactivate.set_defaults(func=cmd_deactivate_user)

    transfer = sub.add_parser("transfer-customers", help="hand one user's customers and open work over to another")
    transfer.add_argument("--from", dest="from_user", required=True, metavar="USERNAME")
    transfer.add_argument("--to", dest="to_user", required=True, metavar="USERNAME")
    transfer.set_defaults(func=cmd_transfer_customers)

    seed = sub.add_parser("seed-demo", help="deterministic demo data")
    seed.add_argument("--customers", type=int, default=1000)
    seed.add_argument("--seed", type=int, default=1)
    seed.add_argument("--if-empty", action="store_true", help="only when there are no customers")
    seed.set_defaults(func=cmd_seed_demo)

    secret = sub.add_parser("cti-secret", help="print a new random secret for the PBX webhook")
    secret.set_defaults(func=cmd_cti_secret)

    call = sub.add_parser("cti-call", help="post one signed call event to a running server (demo, installation check)")
    call.add_argument("--extension", required=True)
    call.add_argument("--caller", required=True, help="the caller's number, any format")
    call.add_argument("--event", default="RINGING", choices=["RINGING", "ANSWERED", "ENDED"])
    call.add_argument("--call-id", help="default: a new random id")
    call.add_argument("--url", default="http://127.0.0.1:8000")
    call.set_defaults(func=cmd_cti_call)

    complaints = sub.add_parser("complaints", help="complaint jobs")
    complaint_jobs = complaints.add_subparsers(dest="job", required=True)
    escalate = complaint_jobs.add_parser(
        "escalate", help="escalate overdue complaints to the managers, once per due time (run every minute)"
    )
    escalate.set_defaults(func=cmd_complaints_escalate)

    contracts = sub.add_parser("contracts", help="contract jobs")
    contract_jobs = contracts.add_subparsers(dest="job", required=True)
    expire = contract_jobs.add_parser(
        "expire", help="ACTIVE contracts past their end date become EXPIRED (run nightly)"
    )
    expire.set_defaults(func=cmd_contracts_expire)

    reports = sub.add_parser("reports", help="report jobs")
    report_jobs = reports.add_subparsers(dest="job", required=True)
    rebuild = report_jobs.add_parser("rebuild", help="recompute segmentReport's summary table from the stays")
    rebuild.set_defaults(func=cmd_reports_rebuild)

    follow_ups = sub.add_parser("follow-ups", help="follow-up task jobs")
    follow_up_jobs = follow_ups.add_subparsers(dest="job", required=True)
    generate = follow_up_jobs.add_parser(
        "generate", help="create revisit tasks after stays and events by the revisit rules (run nightly)"
    )
    generate.set_defaults(func=cmd_follow_ups_generate)

    membership = sub.add_parser("membership", help="membership jobs")
    membership_jobs = membership.add_subparsers(dest="job", required=True)
    evaluate = membership_jobs.add_parser(
        "evaluate", help="expire cards past their validity, downgrade tiers by rolling-window spend (run nightly)"
    )
    evaluate.set_defaults(func=cmd_membership_evaluate)

    partner_key = sub.add_parser(
        "create-partner-key", help="print a new partner API key once (only its hash is stored)"
    )
    partner_key.add_argument("--partner", required=True, help="who gets the key (airline, travel agency, OTA)")
    partner_key.add_argument("--scope", action="append", help="repeatable; default and only one today: membership:read")
    partner_key.add_argument("--expires-in-days", type=int, help="default: never expires")
    partner_key.add_argument(
        "--rate-limit", type=int, help="requests per minute (default HOTEL_CRM_PARTNER_RATE_LIMIT_PER_MINUTE)"
    )
    partner_key.set_defaults(func=cmd_create_partner_key)

    partner_keys = sub.add_parser("partner-keys", help="list partner API keys (prefix, status, partner, expiry)")
    partner_keys.set_defaults(func=cmd_partner_keys)

    revoke = sub.add_parser("revoke-partner-key", help="revoke a partner API key at once")
    revoke.add_argument("prefix", help="the key's prefix, e.g. hcp_1a2b3c4d5e")
    revoke.set_defaults(func=cmd_revoke_partner_key)

    imports = sub.add_parser("import", help="import stays or customer profiles from a CSV/XLSX file")
    import_kinds = imports.add_subparsers(dest="what", required=True)
    for what, help_text in (
        ("stays", "stays from a PMS booking export or our own columns (.csv, .csv.xz, .csv.gz, .xlsx)"),
        ("customers", "customer profiles from our own columns (.csv, .xlsx)"),
    ):
        kind = import_kinds.add_parser(what, help=help_text)
        kind.add_argument("file")
        kind.add_argument("--report", metavar="OUT.csv", help="write every warning and rejection to this CSV file")
        kind.set_defaults(func=cmd_import)

    export = sub.add_parser("export-schema", help="print the GraphQL SDL")
    export.set_defaults(func=cmd_export_schema)
    return parser


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("tortoise").setLevel(logging.WARNING)
    args = build_parser().parse_args(argv)
    try:
        code = args.func(args)
    except SettingsError as err:
        print(f"configuration error: {err}", file=sys.stderr)
        code = EXIT_USAGE
    sys.exit(code)


if __name__ == "__main__":
    main()
