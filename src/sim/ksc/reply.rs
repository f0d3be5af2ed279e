//! The server's answers: JSON with 200 (a result or a `PxgError`), or another status with a `text/html`
//! description (specs/ksc-open-api.txt, "Response").

use serde_json::{Value, json};

use crate::sim::http::Response;

/// 200 with a JSON object: `PxgRetVal` and output parameters, `{}`, or a `PxgError`.
pub fn json(v: Value) -> Response {
    Response::new(200, "application/json", v.to_string())
}

/// A method's return value.
pub fn ret(v: Value) -> Response {
    json(json!({ "PxgRetVal": v }))
}

/// A KSC exception, answered with 200 as the server does: `{"PxgError":{code, module, file, line, message}}`.
pub fn pxg_error(code: i64, module: &str, message: &str) -> Response {
    json(json!({
        "PxgError": {
            "code": code,
            "module": module,
            "file": "sim/ksc",
            "line": 0,
            "message": message,
        }
    }))
}

/// A non-200 status: the body is the unformatted description, `text/html` as the spec says.
pub fn status(code: u16, description: &str) -> Response {
    Response::new(code, "text/html", description.to_owned())
}

/// 401, with the schemes this server takes in `WWW-Authenticate` (as the spec's probe example shows).
pub fn unauthorized(description: &str) -> Response {
    status(401, description)
        .with_header("WWW-Authenticate", "KSCBasic")
        .with_header("WWW-Authenticate", "KSCT")
}

/// KLSTD::STDE_NOTFOUND (the code this simulator uses for an unknown host, group, task, view, accessor,
/// iterator or action). The real numeric value is not public; 1183 is this simulator's choice.
pub const NOT_FOUND: i64 = 1183;
/// KLSTD::STDE_BADPARAM, for a malformed filter or argument (1171: this simulator's choice).
pub const BAD_PARAM: i64 = 1171;

/// A `PxgError` with a subcode and localized data: `format` with `%1`, `%2`… for the client to fill from `args`.
pub fn pxg_error_loc(code: i64, subcode: i64, format: &str, args: &[&str]) -> Response {
    json(json!({ "PxgError": error_body(code, subcode, format, args) }))
}

/// The error container (also inside an action's `pStateData`). As a real server, `message` is the code's
/// fixed English text ("Object not found"); the details are only in `locdata` (`format` with `%1`, `%2`…
/// and its `args`), which a client fills in itself.
pub fn error_body(code: i64, subcode: i64, format: &str, args: &[&str]) -> Value {
    let message = match code {
        NOT_FOUND => "Object not found",
        BAD_PARAM => "Invalid parameter",
        _ => "Operation failed",
    };
    json!({
        "code": code,
        "subcode": subcode,
        "module": "KLSTD",
        "file": "sim/ksc",
        "line": 0,
        "message": message,
        "locdata": {
            "format-id": code,
            "format": format,
            "locmodule": "KLSTD",
            "args": args,
        }
    })
}

/// An object that is not there (or no longer: a released or expired iterator). Subcode 2 (the inner
/// "not found" error).
pub fn not_found(what: &str, name: &str) -> Response {
    pxg_error_loc(NOT_FOUND, 2, "%1 '%2' not found", &[what, name])
}

pub fn bad_param(name: &str, why: &str) -> Response {
    pxg_error_loc(BAD_PARAM, 0, "Invalid parameter '%1': %2", &[name, why])
}
