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
