//! `fieldctl sim ksc`: a Kaspersky Security Center Open API server, faithful to specs/ksc-open-api.txt and
//! docs/ksc-client-notes.md. What it serves (the client helpers read this to know what to expect):
//!
//! # Transport
//! HTTPS with a certificate made at start (`--cert-out FILE` writes it; `--plain` serves plain HTTP).
//! `POST /api/v1.0/[Instance.]Class.Method` with a JSON object or an empty body; a `Content-Type` must be
//! `application/json`. Answers: 200 with `PxgRetVal` and output parameters or a `PxgError`; other statuses
//! with a `text/html` description: 400 malformed (or session and connection authentication mixed on one
//! connection, below), 401 unauthenticated (`WWW-Authenticate: KSCBasic`,
//! `KSCT`), 403 bad credentials (a `login` then closes the connection), 404 unknown method (once
//! authenticated: an unauthenticated call is 401 whatever the method), 405 not POST, 413 a body over `--max-body` (the connection is closed),
//! 503 the `--fail-rate` share of calls; `--deny METHOD` 403 and `--break METHOD` 500 (Faults). Bodies are gzip or deflate (zlib) compressed when
//! `Accept-Encoding` asks (gzip preferred), and sent chunked (4 KiB chunks, as the spec's samples) when over
//! 4 KiB. Paths outside `/api/` are the file transfers (`files.rs`).
//!
//! # Authentication
//! One account: `--user NAME` (default `admin`, a Windows account as a fresh KSC's administrator is;
//! `DOMAIN\NAME` for a domain account, which must then send that domain, in base64 or as is) with
//! `--password PW` (default: generated, printed on stderr as
//! `password for NAME: …`). `--mfa-user NAME` is a second account with the same password (or the same one,
//! if NAME is `--user`) that also needs a second factor: its `login` or `Session.StartSession` first answers
//! 401 `Authentication not finished` with `WWW-Authenticate: KSCMFA`; then the same connection sends
//! `Authorization: KSCMFA totp="CODE"` (to `login` or `StartSession`) to finish. The code is `--totp CODE`,
//! or generated and printed on stderr as `TOTP code for NAME: 123456`; it does not change with time. A wrong
//! code is 403 (and `login` closes the connection), KSCMFA with nothing to finish is 401.
//! `internal` is checked: Windows accounts (`--user`, `--mfa-user`) log in with `internal="0"` (or none),
//! `--internal-user NAME` (an internal KSC user, same password, no domain) with `internal="1"`; the wrong
//! kind is refused as a wrong password is (403).
//! Both ways to authenticate: `login` (the TCP connection is authenticated; later calls on it carry no
//! header) and sessions (`Session.StartSession` → a 24-character id sent as `X-KSC-Session` on any
//! connection; idle expiry after `--session-idle` seconds, or at once for every session on SIGUSR1 (the
//! same 401 on next use; logged-in connections stay); `Session.EndSession`). The two may not be used on
//! the same TCP connection (the spec): `StartSession` or `X-KSC-Session` on a connection `login`
//! authenticated, or `login` on one that started or carried a session, is 400 (a request the server will not
//! take; 401 would invite authenticating again there, 403 would say the password is wrong). Schemes: `KSCBasic`
//! (`user`, `pass` base64; `domain` base64 or raw; `internal` 0/1) and `KSCT` (a token from
//! `Session.CreateToken`, bound to its server, past any second factor).
//!
//! # Virtual servers
//! `--vserver NAME` (repeatable). `X-KSC-VServer` (base64 of the name; empty or absent: the main server)
//! picks one at `login`/`StartSession`; an unknown name is 403 `Virtual server not found` with
//! `X-KSC-ErrorId: 1316`, `X-KSC-ErrorModule: KLSPL`, `X-KSC-ErrorMsg: Virtual server not found`
//! (KLSPL::SPLERR_VSERVER_NOT_FOUND; the server refuses it as it refuses credentials; 1316 is this
//! simulator's number), the body names the server. Each server has its own inventory of `--hosts N` hosts,
//! groups, tasks and events; virtual server k's group ids are k*100 + the main server's, its host names
//! start with `NAME-`, and its task ids with k (e.g. 1101).
//!
//! # Inventory
//! Groups (ids on the main server): 0 Managed devices (`HostGroup.GroupIdGroups`), 2 Servers (8 Web,
//! 9 Databases), 3 Workstations (4 Laptops, 5 Desktops (6 Moscow, 7 Berlin)), 10 Empty (no hosts), and 1
//! Unassigned devices (`HostGroup.GroupIdUnassigned`, a root of its own). Host i (0 ≤ i < N) is in group
//! `[0,2,8,9,3,4,5,6,7,1][i % 10]` until moved, named `PREFIX-NNNNNN` (pc, srv, web, db, ws, lt, dt, msk, ber,
//! new by that group: `web-000002`); its `KLHST_WKS_HOSTNAME` is a GUID-like id ending in the index in hex.
//! Attributes (typed as inside params): KLHST_WKS_HOSTNAME, _DN, _FQDN (`DN.corp.example`), _DNSNAME,
//! _DNSDOMAIN, _WINHOSTNAME, _WINDOMAIN, _GROUPID (int), _GROUPID_GP (the group and its ancestors: `=` any,
//! `<>` none), _STATUS (int bits: 1 visible, 4 agent installed, 8 agent alive, 16 protection installed; 70 %
//! visible), _STATUS_ID (0 OK, 1 critical, 2 warning), _LAST_VISIBLE, _LAST_INFOUDATE, _CREATED (datetimes,
//! relative to the fixed "now" 2026-11-30T12:00:00Z), _IP_LONG (long, 10.0.0.0 + i + 1), _OS_NAME,
//! _OS_VER_MAJOR, _RTP_STATE (4 running, 1 stopped), _NAG_VERSION, _VIRUS_COUNT (long), _FROM_UNASSIGNED,
//! _COMMENT. Group fields: id, name, grp_full_name (`Managed devices/Workstations/Desktops`), parentId (-1 for
//! a root), level (0 for a root).
//!
//! # Methods
//! - `HostGroup.FindHosts(wstrFilter, vecFieldsToReturn, vecFieldsToOrder, pParams, lMaxLifeTime)` →
//!   `PxgRetVal` (count), `strAccessor`. On the main server the search also covers the virtual servers'
//!   hosts unless `pParams` has `KLGRP_FIND_FROM_CUR_VS_ONLY: true`; a virtual server sees its own. Filters: see `filter.rs` (`&`, `|`, `!`, `=`, `<>`, `<`, `>`, `<=`,
//!   `>=`, `*`, `ATTR&MASK`); an unknown attribute or bad syntax is a `PxgError` 1171. No fields asked:
//!   KLHST_WKS_HOSTNAME and KLHST_WKS_DN. `HostGroup.FindGroups` the same over groups.
//! - `ChunkAccessor.GetItemsCount(strAccessor)`, `GetItemsChunk(strAccessor, nStart, nCount)` →
//!   `PxgRetVal` (items returned) and `pChunk.KLCSP_ITERATOR_ARRAY`, `Release(strAccessor)`.
//! - `HostGroup.GetHostInfo(strHostName, pFields2Return)` → params (all attributes when none asked);
//!   `GetHostProducts(strHostName)` → `{"1093": {"1.0.0.0": …}, "KES": {"11.0.0.0": …}}` (DisplayName,
//!   ProdVersion, InstallTime, LastUpdateTime); `GetStaticInfo(pValues)` → KLADMSRV_PRODUCT_FULL_VERSION
//!   "14.2.0.26967", KLADMSRV_PRODUCT_VERSION, KLADMSRV_PRODUCT_NAME, KLADMSRV_SERVER_HOSTNAME, KLADMSRV_FQDN,
//!   KLADMSRV_IS_VIRTUAL, KLADMSRV_VSRV_NAME, KLADMSRV_GRP_ROOT, KLADMSRV_GRP_UNASSIGNED,
//!   KLADMSRV_NAGENT_RUNNING, KLADMSRV_HOSTS_COUNT (pValues null: all; else the names it has);
//!   `GroupIdGroups()`, `GroupIdUnassigned()`; `GetSubgroups(nGroupId, nDepth)` → `[{id, name, groups}]`
//!   (nDepth 0: all levels); `MoveHostsToGroup(nGroup, pHostNames)`.
//! - Async: `HostGroup.RemoveGroup(nGroup, nFlags)` → `strActionGuid`; nFlags 1 (default) removes an empty
//!   group only, 2 also its subgroups, 3 also their hosts. The action finishes after 1 s (with
//!   `--action-checks N`: on its N-th `CheckActionState`, whatever the time); removing a group
//!   that is not empty enough (e.g. group 2 with nFlags 1) FAILS: `bSuccededFinalized` false, `lStateCode`
//!   1, `pStateData.KLBLAG_ERROR_INFO` (a params: code, subcode, module, message, locdata). Group 10 removes
//!   cleanly. `AsyncActionStateChecker.CheckActionState(wstrActionGuid)` → `bFinalized`,
//!   `bSuccededFinalized`, `lStateCode`, `pStateData`, `lNextCheckDelay` (200 ms while running, 0 after).
//! - `SrvView.ResetIterator(wstrViewName, wstrFilter, vecFieldsToReturn, vecFieldsToOrder, pParams,
//!   lifetimeSec)` → `wstrIteratorId`; `GetRecordCount`; `GetRecordRange(wstrIteratorId, nStart, nEnd)`
//!   (nEnd exclusive) → `pRecords.KLCSP_ITERATOR_ARRAY`; `ReleaseIterator`. Views (`views.rs`):
//!   `UmdmDevices` (177: Dev_Id, Dev_Model, Dev_ProtocolId, as the spec's sample), `GlobalUsersListSrvViewName`
//!   (40 users: ul_llTrusteeId, ul_wstrDisplayName, ul_wstrSamAccountName, ul_wstrMail, ul_bDisabled,
//!   ul_nVServer, ul_tmCreated), `InvSrvViewName` (10 applications: nPackageId, wstrDisplayName,
//!   wstrDisplayVersion, wstrPublisher, tmInstallDate, nHostsCount). No fields asked: all of them.
//! - `EventProcessingFactory.CreateEventProcessing2(pFilter, vecFieldsToReturn, vecFieldsToOrder,
//!   lifetimeSec)` → `strIteratorId`; `EventProcessing.GetRecordCount`, `GetRecordRange(strIteratorId,
//!   nStart, nEnd)` → `pParamsEvents.KLEVP_EVENT_RANGE_ARRAY`, `ReleaseIterator`. Two events per host over
//!   the last 30 days, oldest first; fields event_db_id, event_type, event_type_display_name, descr,
//!   severity (1–4), rise_time, registration_time, hostname, hostdn, product_name, product_version,
//!   task_display_name; pFilter keys that are fields must match exactly.
//! - `Tasks.ResetTasksIterator(nGroupId, bGroupIdSignificant, strProductName, strVersion, strComponentName,
//!   strInstanceId, strTaskName, bIncludeSupergroups)` → `strTaskIteratorId`; `GetNextTask` → `pTaskData`
//!   (`{}` at the end); `ReleaseTasksIterator`; `GetTask(strTask)`; `RunTask`, `SuspendTask`, `ResumeTask`,
//!   `CancelTask`; `GetTaskStatistics(strTask)` → hosts per state keyed "32" scheduled, "2" running,
//!   "4" completed, "16" failed, "64" suspended, plus GNRL_COMPLETED_PERCENT. Tasks (main server): 101 Update
//!   and 102 Virus scan (group 0), 103 Find vulnerabilities (2), 104 Install application remotely (3; fails
//!   on a tenth of its hosts), 105 Quick scan (6), 106 Backup (0). A run takes 2 s.
//! - The instance form `Instance.Class.Method`: `HostsTags.ListTags.GetAllTags(pParams)` and
//!   `InventoryTags.ListTags.GetAllTags` → `PxgRetVal` the tag values (strings); another instance is 404.
//! - `Session.StartSession`, `EndSession`, `CreateToken`, `Ping`; the spec's samples
//!   `KlsrvoapiTestApi.TestMethod0` (`{"PxgRetVal":123456}`) and `TestApi.TestError` (a `PxgError`).
//!
//! Fields a record does not have (e.g. a misspelt name in `vecFieldsToReturn`) are left out of it, as
//! the server leaves out fields it does not know; in a filter or an order they are a `PxgError`.
//!
//! # Errors
//! `PxgError` with 200: `{code, subcode, module, file, line, message, locdata {format-id, format, locmodule,
//! args}}`. As a real server, `message` is the code's fixed English text (`Object not found`, `Invalid
//! parameter`); the details are only in `locdata`, whose `format` the client fills from `args`. Unknown host, group, task, view, or an unknown, released or expired accessor/iterator/action:
//! code 1183 (KLSTD::STDE_NOTFOUND), subcode 2, format `%1 '%2' not found`, args e.g. `["Host", "<id>"]`.
//! Bad filter or argument: 1171 (KLSTD::STDE_BADPARAM), format `Invalid parameter '%1': %2`. (The real
//! numeric codes are not public: these are this simulator's.) Iterators and accessors live `lMaxLifeTime` /
//! `lifetimeSec` seconds from creation (0: 7200); task iterators an hour.
//!
//! # Faults
//! `--fail-rate P`: every ⌈1/P⌉-th API call (counting all calls but `login` and `Session.*`; with
//! `--fail-logins` those too) answers 503, deterministic so tests are reproducible. `--max-body N`: a request
//! body over N bytes is 413 and the connection closes. `--deny METHOD` (repeatable): once authenticated, that
//! method is 403 `Access denied: USER may not call METHOD` with `X-KSC-ErrorId: 1196` (this simulator's
//! number), `X-KSC-ErrorModule: KLSTD`, `X-KSC-ErrorMsg: Access denied`; the connection stays.
//! `--break METHOD` (repeatable): that method is 500 `Internal server error: METHOD failed unexpectedly`.
//! SIGUSR1 expires every session (Authentication).

mod actions;
mod api;
mod auth;
mod authz;
mod events;
mod expire;
mod files;
mod filter;
mod hosts;
mod inventory;
mod lists;
mod reply;
mod tasks;
mod value;
mod views;
mod wire;

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use clap::Args;
use serde_json::{Map, Value, json};

use super::ServeArgs;
use super::http::{Handler, Request, Response};
use crate::context::Context;
use crate::error::{Failure, Kind};
use auth::{Principal, Verdict};
use authz::Presented;

#[derive(Args)]
pub struct KscSimArgs {
    /// Address to listen on; port 0 picks a free port. The bound address is the first line on stdout.
    #[arg(long, value_name = "ADDR:PORT")]
    listen: Option<String>,
    /// Serve plain HTTP instead of HTTPS (a real server speaks only HTTPS)
    #[arg(long)]
    plain: bool,
    /// Write the self-signed certificate (PEM) made at start here, for clients' --ca-cert
    #[arg(long, value_name = "FILE", conflicts_with = "plain")]
    cert_out: Option<PathBuf>,
    /// Append every request as a JSON line to FILE
    #[arg(long, value_name = "FILE")]
    log: Option<PathBuf>,
    /// The account's name: a Windows account (internal="0"); DOMAIN\NAME for a domain account
    #[arg(long, value_name = "NAME", default_value = "admin")]
    user: String,
    /// An internal KSC user (same password): it must log in with internal="1", no domain
    #[arg(long, value_name = "NAME")]
    internal_user: Option<String>,
    /// The account's password (default: generated and printed on stderr at start)
    #[arg(long, value_name = "PW")]
    password: Option<String>,
    /// An account (same password) that also needs a TOTP code, or --user itself
    #[arg(long, value_name = "NAME")]
    mfa_user: Option<String>,
    /// The TOTP code --mfa-user must send (default: generated and printed on stderr at start)
    #[arg(long, value_name = "CODE", requires = "mfa_user")]
    totp: Option<String>,
    /// A virtual server, repeatable; each has its own inventory
    #[arg(long = "vserver", value_name = "NAME")]
    vservers: Vec<String>,
    /// Hosts in the generated inventory of each (virtual) server
    #[arg(long, value_name = "N", default_value_t = 200)]
    hosts: u32,
    /// Seconds a session may stay unused before it expires
    #[arg(long, value_name = "SECS", default_value_t = 600.0)]
    session_idle: f64,
    /// Answer this fraction (0..1) of API calls with 503: every ceil(1/P)-th call, login and Session.* excepted
    #[arg(long, value_name = "P", default_value_t = 0.0)]
    fail_rate: f64,
    /// --fail-rate also counts (and fails) login and Session.* (a busy StartSession or EndSession)
    #[arg(long, requires = "fail_rate")]
    fail_logins: bool,
    /// This method answers 403 (text/html, X-KSC-ErrorId/-ErrorModule/-ErrorMsg) once authenticated; repeatable
    #[arg(long = "deny", value_name = "METHOD")]
    deny: Vec<String>,
    /// This method answers 500 with a text/html description once authenticated; repeatable
    #[arg(long = "break", value_name = "METHOD")]
    broken: Vec<String>,
    /// An async action finishes on its N-th CheckActionState, lNextCheckDelay 200 until then (default: 1 s after start)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    action_checks: Option<u32>,
    /// Refuse request bodies over this many bytes with 413 (and close the connection)
    #[arg(long, value_name = "BYTES", default_value_t = wire::DEFAULT_MAX_BODY)]
    max_body: u64,
    #[command(flatten)]
    files: files::FileArgs,
}

pub fn run(ctx: &Context, args: KscSimArgs) -> anyhow::Result<()> {
    let serve = ServeArgs {
        listen: args.listen.clone(),
        tls: !args.plain,
        cert_out: args.cert_out.clone(),
        log: args.log.clone(),
    };
    let sim = server(args)?;
    expire::install();
    super::serve(ctx, &serve, "127.0.0.1:13299", sim)
}

impl KscSimArgs {
    /// The account's name (`--user`).
    pub(super) fn user(&self) -> &str {
        &self.user
    }

    /// The account with a password made here, in process (the embedded simulator: never on argv, never
    /// printed, unlike the one `run` makes and shows).
    pub(super) fn with_new_password(mut self) -> (KscSimArgs, String) {
        let password = auth::random_password();
        self.password = Some(password.clone());
        (self, password)
    }
}

/// The server `args` describe; served by `run` or embedded (`--server sim`).
pub(super) fn server(args: KscSimArgs) -> anyhow::Result<Ksc> {
    let usage = |m: String| anyhow::Error::from(Failure::new(Kind::Usage, m));
    if !(args.session_idle.is_finite() && args.session_idle > 0.0) {
        return Err(usage("--session-idle: expected seconds > 0".into()));
    }
    let files = files::Files::new(args.files).map_err(usage)?;
    if !(0.0..=1.0).contains(&args.fail_rate) {
        return Err(usage("--fail-rate: expected a fraction from 0 to 1".into()));
    }
    if let Some(v) = args.vservers.iter().find(|v| v.trim().is_empty()) {
        return Err(usage(format!("--vserver {v:?}: the name is empty")));
    }
    if let Some(t) = &args.totp
        && t.is_empty()
    {
        return Err(usage("--totp: the code is empty".into()));
    }
    let password = match &args.password {
        Some(p) => p.clone(),
        None => {
            let p = auth::random_password();
            eprintln!("password for {}: {p}", args.user);
            p
        }
    };
    let accounts = auth::Accounts::new(
        &args.user,
        &password,
        args.mfa_user.as_deref(),
        args.internal_user.as_deref(),
    )
    .map_err(usage)?;
    let totp = match (&args.mfa_user, &args.totp) {
        (_, Some(t)) => t.clone(),
        (Some(m), None) => {
            let t = auth::random_totp();
            eprintln!("TOTP code for {m}: {t}");
            t
        }
        (None, None) => String::new(),
    };
    let every = if args.fail_rate > 0.0 {
        (1.0 / args.fail_rate).ceil() as u64
    } else {
        0
    };
    let sim = Ksc {
        files,
        auth: Mutex::new(auth::Auth::new(
            accounts,
            Duration::from_secs_f64(args.session_idle),
            totp,
        )),
        world: Mutex::new(api::World::new(
            inventory::Inventory::new(args.hosts, args.vservers.clone()),
            args.action_checks,
        )),
        vservers: args.vservers,
        fail_every: every,
        fail_logins: args.fail_logins,
        deny: args.deny,
        broken: args.broken,
        calls: AtomicU64::new(0),
        max_body: args.max_body,
    };
    Ok(sim)
}

pub struct Ksc {
    files: files::Files,
    auth: Mutex<auth::Auth>,
    world: Mutex<api::World>,
    vservers: Vec<String>,
    /// Every n-th counted call answers 503 (0: never).
    fail_every: u64,
    /// `--fail-logins`: `login` and `Session.*` count (and fail) too.
    fail_logins: bool,
    /// `--deny` (403) and `--break` (500) methods.
    deny: Vec<String>,
    broken: Vec<String>,
    calls: AtomicU64,
    /// Request bodies over this are 413.
    max_body: u64,
}

/// What one TCP connection carries: the account a `login` on it authenticated, or one waiting for its
/// second factor; and whether it carried session authentication (the two may not mix on one connection).
#[derive(Default)]
pub struct Conn {
    user: Option<Principal>,
    pending_mfa: Option<Principal>,
    sessions: bool,
}

/// Session and connection authentication on the same TCP connection (the spec: "may not be used
/// simultaneously"): 400, a request the server will not take, not a credentials problem (a 401 would invite
/// the client to authenticate again on the same connection, a 403 would say its password is wrong).
fn mixed_auth() -> Response {
    reply::status(
        400,
        "Session authentication and connection authentication may not be used on the same connection",
    )
}

impl Handler for Ksc {
    type Conn = Conn;

    fn continue_delay(&self) -> Duration {
        self.files.continue_delay()
    }

    fn handle(&self, req: &mut Request, conn: &mut Conn) -> Response {
        if req.path.starts_with("/api/") {
            let resp = self.api(req, conn);
            return wire::encode(req, resp);
        }
        files::handle(self, req, conn)
    }
}

impl Ksc {
    /// `/api/…`: the Open API methods.
    fn api(&self, req: &mut Request, conn: &mut Conn) -> Response {
        if req.method != "POST" {
            return reply::status(405, "Method Not Allowed");
        }
        let Some(method) = req.path.strip_prefix("/api/v1.0/").map(str::to_owned) else {
            return reply::status(404, "Not Found");
        };
        let params = match wire::read_params(req, self.max_body) {
            Ok(p) => p,
            Err(resp) => return resp,
        };
        let counted = self.fail_logins || (method != "login" && !method.starts_with("Session."));
        if self.fail_every > 0 && counted {
            let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
            if n.is_multiple_of(self.fail_every) {
                return self.files.busy_answer();
            }
        }
        match method.as_str() {
            "login" => self.login(req, conn),
            "Session.StartSession" => self.start_session(req, conn),
            _ => match self.caller(req, conn) {
                Ok((who, session)) => self.call(&method, &params, &who, session.as_deref()),
                Err(resp) => resp,
            },
        }
    }

    /// The server `X-KSC-VServer` names (base64; empty or absent: the main one), or the 403 for an unknown.
    fn server_of(&self, req: &Request) -> Result<usize, Response> {
        let raw = req.header("x-ksc-vserver").unwrap_or("").trim();
        if raw.is_empty() {
            return Ok(0);
        }
        // Strictly base64, as the spec says: a raw name (a client bug) finds no server.
        let name = authz::decode_utf8(raw);
        let found = name
            .as_deref()
            .and_then(|n| self.vservers.iter().position(|v| v.eq_ignore_ascii_case(n)));
        let name = name.unwrap_or_else(|| raw.to_owned());
        match found {
            Some(k) => Ok(k + 1),
            None => Err(
                reply::status(403, &format!("Virtual server '{name}' not found"))
                    .with_header("X-KSC-ErrorId", "1316")
                    .with_header("X-KSC-ErrorModule", "KLSPL")
                    // header values are ASCII: the name (any text) is in the body only
                    .with_header("X-KSC-ErrorMsg", "Virtual server not found"),
            ),
        }
    }

    /// Check the credentials of `login`/`StartSession`: the principal, or the answer (401/403).
    /// `KSCMFA` finishes a login this connection started.
    fn credentials(&self, req: &Request, conn: &mut Conn) -> Result<Principal, Response> {
        let presented = authz::parse(req.header("authorization")).map_err(reply::unauthorized)?;
        let auth = self.auth.lock().unwrap();
        if let Presented::Mfa(code) = &presented {
            return match conn.pending_mfa.take() {
                None => Err(reply::unauthorized("Authentication required")),
                Some(_) if !auth.totp_ok(code) => Err(reply::status(403, "Invalid second factor")),
                Some(who) => Ok(who),
            };
        }
        let server = self.server_of(req)?;
        match auth.authenticate(&presented, server) {
            Verdict::Ok(who) => Ok(who),
            Verdict::NeedsMfa(who) => {
                conn.pending_mfa = Some(who);
                Err(reply::status(401, "Authentication not finished")
                    .with_header("WWW-Authenticate", "KSCMFA"))
            }
            Verdict::Refused => Err(reply::status(403, "Invalid credentials")),
        }
    }

    /// `login`: 200 `{}` and the connection is authenticated; 401 no or a malformed header (or a second
    /// factor to come); 403 wrong credentials, and the server closes the connection.
    fn login(&self, req: &Request, conn: &mut Conn) -> Response {
        if conn.sessions || req.header("x-ksc-session").is_some() {
            return mixed_auth();
        }
        conn.user = None;
        match self.credentials(req, conn) {
            Ok(who) => {
                conn.user = Some(who);
                reply::json(json!({}))
            }
            Err(mut r) => {
                r.close = r.status == 403;
                r
            }
        }
    }

    /// `Session.StartSession`: the session id as `PxgRetVal`; 401 / 403 as for `login` (no close).
    fn start_session(&self, req: &Request, conn: &mut Conn) -> Response {
        if conn.user.is_some() {
            return mixed_auth();
        }
        match self.credentials(req, conn) {
            Ok(who) => {
                conn.sessions = true;
                reply::ret(json!(self.auth.lock().unwrap().start_session(who)))
            }
            Err(r) => r,
        }
    }

    /// A call's account: its `X-KSC-Session` (on any connection but one a `login` authenticated), else the
    /// connection's `login`.
    fn caller(
        &self,
        req: &Request,
        conn: &mut Conn,
    ) -> Result<(Principal, Option<String>), Response> {
        if let Some(id) = req.header("x-ksc-session") {
            if conn.user.is_some() {
                return Err(mixed_auth());
            }
            conn.sessions = true;
            return match self.auth.lock().unwrap().touch(id) {
                Some(who) => Ok((who, Some(id.to_owned()))),
                None => Err(reply::unauthorized("Session not found or expired")),
            };
        }
        match &conn.user {
            Some(who) => Ok((who.clone(), None)),
            None => Err(reply::unauthorized("Authentication required")),
        }
    }

    fn call(
        &self,
        method: &str,
        params: &Map<String, Value>,
        who: &Principal,
        session: Option<&str>,
    ) -> Response {
        if self.deny.iter().any(|m| m == method) {
            return reply::status(
                403,
                &format!("Access denied: {who} may not call {method}", who = who.user),
            )
            .with_header("X-KSC-ErrorId", "1196")
            .with_header("X-KSC-ErrorModule", "KLSTD")
            .with_header("X-KSC-ErrorMsg", "Access denied");
        }
        if self.broken.iter().any(|m| m == method) {
            return reply::status(
                500,
                &format!("Internal server error: {method} failed unexpectedly"),
            );
        }
        match method {
            "Session.EndSession" => {
                if let Some(id) = session {
                    self.auth.lock().unwrap().end_session(id);
                }
                reply::json(json!({}))
            }
            "Session.CreateToken" => {
                let token = self.auth.lock().unwrap().create_token(who.clone());
                reply::ret(json!(token))
            }
            "Session.Ping" => reply::json(json!({})),
            "KlsrvoapiTestApi.TestMethod0" => reply::ret(json!(123456)),
            "TestApi.TestError" => reply::pxg_error(1199, "KLSTD", "Operation canceled"),
            // The notes' instance form `Instance.Class.Method`: host tags and inventory tags.
            "HostsTags.ListTags.GetAllTags" => {
                reply::ret(json!(["Berlin office", "Critical", "Finance", "Kiosk"]))
            }
            "InventoryTags.ListTags.GetAllTags" => reply::ret(json!(["Approved", "Legacy"])),
            _ => match self.world.lock().unwrap().call(method, params, who) {
                Some(r) => r,
                None => reply::status(404, &format!("The method {method} is not implemented")),
            },
        }
    }
}
