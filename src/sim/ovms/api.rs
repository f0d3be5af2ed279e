//! Dispatch as the server does it: `/api/<name>` looked up by METHOD:name (unknown → 404 before any auth), then
//! authentication (a live session cookie wins, else `username`/`password` in the query), then the call's
//! rights, then the call; account calls live here, vehicle data in `data`.

use serde_json::{Value, json};

use super::auth::permitted;
use super::data;
use super::{Ovms, Reply, State};
use crate::sim::http::{Request, percent_decode};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Call {
    Login,
    Logout,
    TokenList,
    TokenCreate,
    TokenDelete,
    Vehicles,
    Connect,
    Disconnect,
    Protocol,
    Status,
    Charge,
    Location,
    Tpms,
    Historical,
    /// Registered to a handler that does not exist: the server's crash answer.
    Broken,
    Stub,
}

/// METHOD:name → call and the rights it needs (none: any authenticated caller).
fn lookup(method: &str, name: &str, v2: bool) -> Option<(Call, &'static [&'static str])> {
    const SESSION: &[&str] = &["session"];
    const TOKENS: &[&str] = &["token.admin", "admin"];
    const ANY: &[&str] = &[];
    use Call::*;
    let call = match (method, name) {
        ("GET", "cookie") => (Login, SESSION),
        ("DELETE", "cookie") => (Logout, SESSION),
        ("GET", "token") if !v2 => (TokenList, TOKENS),
        ("POST", "token") if !v2 => (TokenCreate, TOKENS),
        ("DELETE", "token") if !v2 => (TokenDelete, TOKENS),
        ("GET", "vehicles") => (Vehicles, ANY),
        ("GET", "vehicle") => (Connect, ANY),
        ("DELETE", "vehicle") => (Disconnect, ANY),
        ("GET", "protocol") => (Protocol, ANY),
        ("GET", "status") => (Status, ANY),
        ("GET", "charge") => (Charge, ANY),
        ("GET", "location") => (Location, ANY),
        ("GET", "tpms") => (Tpms, ANY),
        ("GET", "historical") => (Historical, ANY),
        ("GET", "lock") => (Broken, ANY),
        // the stubs exactly as registered: `features`/`parameters` also for PUT (the spec writes `feature`)
        ("PUT" | "DELETE", "charge" | "lock" | "valet")
        | ("GET", "valet")
        | ("GET" | "PUT", "features" | "parameters")
        | ("PUT", "reset" | "homelink") => (Stub, ANY),
        _ => return None,
    };
    Some(call)
}

/// Path segments, each percent-decoded (`+` stays a plus in a path).
fn segments(path: &str) -> Vec<String> {
    path.split('/')
        .map(|s| percent_decode(&s.replace('+', "%2B")))
        .collect()
}

fn cookie_session(req: &Request) -> Option<String> {
    let cookie = req.header("cookie")?;
    cookie
        .split(';')
        .find_map(|c| c.trim().strip_prefix("ovmsapisession="))
        .map(str::to_owned)
}

pub fn route(sim: &Ovms, req: &mut Request) -> Reply {
    let segs = segments(&req.path);
    if segs.len() < 2 || !segs[0].is_empty() || segs[1] != "api" {
        return Reply::text(404, "not found\n");
    }
    let name = segs.get(2).map_or("", String::as_str);
    let rest = segs.get(3..).unwrap_or(&[]).to_vec();
    let Some((call, rights)) = lookup(&req.method, name, sim.v2) else {
        return Reply::text(404, "Unrecognised API call\n");
    };
    // Form fields come from the body only (read before the state is locked: a slow client holds no one up).
    let form = if call == Call::TokenCreate {
        form_body(req)
    } else {
        Vec::new()
    };
    let mut st = sim.state.lock().unwrap();
    st.expire_sessions();
    let cookie = cookie_session(req);
    let live = cookie
        .as_deref()
        .and_then(|id| st.auth.session(id))
        .map(|s| (s.owner.clone(), s.permissions.clone()));
    let sid = cookie.unwrap_or_else(|| "-".into());
    let who = match live {
        Some(w) => Some(w),
        // an old server takes credentials only to log in, and knows no tokens
        None if sim.v2 && call != Call::Login => None,
        None => match (req.param("username"), req.param("password")) {
            (Some(u), Some(p)) => st
                .auth
                .authenticate(u, p, !sim.v2)
                .map(|perm| (u.to_owned(), perm)),
            _ => None,
        },
    };
    let Some((owner, perms)) = who.filter(|(_, p)| !p.is_empty() && p != "none") else {
        return Reply::text(401, "Authentication failed\n");
    };
    if !rights.is_empty() && !permitted(&perms, rights) {
        return Reply::text(403, "Insufficient rights\n");
    }
    let vehicle = rest.first().map(String::as_str);
    match call {
        Call::Login => {
            if st.auth.logout(&sid) {
                st.disconnect_session(&sid);
            }
            let id = st.auth.login(&owner, &perms);
            let mut r = Reply::text(200, "Login ok\n");
            r.headers
                .push(("Set-Cookie".into(), format!("ovmsapisession={id}")));
            r
        }
        Call::Logout => {
            st.auth.logout(&sid);
            st.disconnect_session(&sid);
            Reply::text(200, "Logout ok\n")
        }
        Call::TokenList => {
            let rows: Vec<Value> = st
                .auth
                .tokens_of(&owner)
                .map(|t| {
                    json!({"owner": t.owner, "token": t.token, "application": t.application,
                        "purpose": t.purpose, "permit": t.permit, "created": t.created,
                        "refreshed": t.created, "lastused": t.created})
                })
                .collect();
            Reply::json(200, Value::Array(rows))
        }
        Call::TokenCreate => {
            let field = |k: &str, default: &str| {
                form.iter()
                    .find(|(key, _)| key == k)
                    .map_or(default.to_owned(), |(_, v)| v.clone())
            };
            let t = st.auth.create_token(
                &owner,
                &field("application", "notspecified"),
                &field("purpose", "notspecified"),
                &field("permit", "auth"),
            );
            Reply::json(
                201,
                json!({"owner": t.owner, "token": t.token, "application": t.application,
                    "purpose": t.purpose, "permit": t.permit}),
            )
        }
        Call::TokenDelete => match vehicle {
            Some(token) => {
                st.auth.delete_token(&owner, token);
                Reply::json(200, json!({"owner": owner, "token": token}))
            }
            None => Reply::text(404, "Token not specified\n"),
        },
        Call::Vehicles => {
            let rows: Vec<Value> = st
                .cars
                .iter()
                .filter(|c| c.v.owner == owner)
                .map(|c| {
                    json!({"id": c.v.id, "v_net_connected": i32::from(c.v.connected),
                        "v_apps_connected": c.apps(), "v_btcs_connected": c.v.batch_clients})
                })
                .collect();
            Reply::json(200, Value::Array(rows))
        }
        Call::Broken => Reply::text(404, "not found\n"),
        Call::Stub => Reply::text(501, "Not yet implemented\n"),
        _ => vehicle_call(sim, &mut st, call, &owner, &sid, &rest, req),
    }
}

fn forbidden() -> Reply {
    Reply::text(403, "Forbidden\n")
}

fn vehicle_call(
    sim: &Ovms,
    st: &mut State,
    call: Call,
    owner: &str,
    sid: &str,
    rest: &[String],
    req: &Request,
) -> Reply {
    let Some(id) = rest.first() else {
        return forbidden();
    };
    let Some(car) = st.car_mut(owner, id) else {
        return forbidden();
    };
    match call {
        Call::Connect => {
            let first = car.apps() == 0;
            car.peers.insert(format!("http:{sid}"));
            if first && car.v.connected {
                sim.schedule_fresh(owner.to_owned(), id.clone(), car.v.fresh_after);
            }
            let mut out = json!({
                "v_net_connected": i32::from(car.v.connected),
                "v_apps_connected": car.apps(),
                "v_btcs_connected": car.v.batch_clients,
                "v_first_peer": i32::from(first),
            });
            if let Some(m) = car.message('S') {
                out["m_msgtime_s"] = super::clock::format(m.time).into();
                out["m_msgage_s"] = (super::clock::now() - m.time).into();
            }
            Reply::json(200, out)
        }
        Call::Disconnect => {
            car.peers.remove(&format!("http:{sid}"));
            let mut r = Reply::text(200, "Disconnect OK\n");
            r.content_type = Some("application/json"); // as the server labels it
            r
        }
        Call::Protocol => data::protocol(car),
        Call::Status => data::status(car),
        Call::Charge => data::charge(car),
        Call::Location => data::location(car),
        Call::Tpms => data::tpms(car),
        Call::Historical => {
            data::historical(car, rest.get(1).map(String::as_str), req.param("since"))
        }
        _ => unreachable!("account calls are answered in route"),
    }
}

/// `application/x-www-form-urlencoded` fields of the body; none for another content type.
fn form_body(req: &mut Request) -> Vec<(String, String)> {
    let is_form = req.header("content-type").is_some_and(|ct| {
        ct.split(';').next().is_some_and(|t| {
            t.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
    });
    let body = req.body().unwrap_or_default();
    if !is_form {
        return Vec::new();
    }
    crate::sim::http::parse_query(&String::from_utf8_lossy(&body))
}
