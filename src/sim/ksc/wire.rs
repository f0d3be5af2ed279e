//! What the server does with bytes: the request body limit (413), compressed answers when asked
//! (`Accept-Encoding: gzip` / `deflate`), and chunked answers for large bodies.

use std::io::Write;

use flate2::Compression;
use serde_json::{Map, Value};

use super::reply;
use crate::sim::http::{Request, Response};

/// 1 MiB (the upload chunk size) plus room for headers of a JSON call.
pub const DEFAULT_MAX_BODY: u64 = (1 << 20) + (64 << 10);

/// Bodies over this are sent chunked, in chunks of this size (the spec's samples show 0x1000).
pub const CHUNKED_OVER: usize = 4096;

/// 413, and the connection closes (as the spec says: reconnect before trying again).
pub fn too_large() -> Response {
    let mut r = reply::status(413, "Request Entity Too Large");
    r.close = true;
    r
}

/// The body: a JSON object, or empty (some clients send nothing for `{}`). A `Content-Type`, when present,
/// must be `application/json`. A body over `max` is refused before it is read when its length is announced.
pub fn read_params(req: &mut Request, max: u64) -> Result<Map<String, Value>, Response> {
    let announced = req
        .header("content-length")
        .and_then(|v| v.trim().parse::<u64>().ok());
    if announced.is_some_and(|n| n > max) {
        return Err(too_large());
    }
    if let Some(ct) = req.header("content-type") {
        let mime = ct.split(';').next().unwrap_or("").trim();
        if !mime.eq_ignore_ascii_case("application/json") {
            return Err(reply::status(400, "Content-Type must be application/json"));
        }
    }
    let body = req
        .body()
        .map_err(|_| reply::status(400, "Bad request body"))?;
    if body.len() as u64 > max {
        return Err(too_large());
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match serde_json::from_slice(&body) {
        Ok(Value::Object(m)) => Ok(m),
        _ => Err(reply::status(400, "The request body must be a JSON object")),
    }
}

/// The encoding the client accepts, gzip preferred: `Some("gzip")`, `Some("deflate")` or None.
fn accepted(req: &Request) -> Option<&'static str> {
    let header = req.header("accept-encoding")?.to_ascii_lowercase();
    let ok = |name: &str| {
        header.split(',').any(|t| {
            let mut parts = t.split(';');
            let coding = parts.next().unwrap_or("").trim();
            let refused = parts.any(|q| {
                q.trim()
                    .strip_prefix("q=")
                    .and_then(|v| v.trim().parse::<f64>().ok())
                    .is_some_and(|q| q == 0.0)
            });
            coding == name && !refused
        })
    };
    ["gzip", "deflate"].into_iter().find(|n| ok(n))
}

/// Compress the answer when the request asked for it, and send it chunked when it is large.
pub fn encode(req: &Request, mut resp: Response) -> Response {
    if !resp.body.is_empty()
        && let Some(coding) = accepted(req)
    {
        let packed = match coding {
            "gzip" => {
                let mut e = flate2::write::GzEncoder::new(Vec::new(), Compression::fast());
                e.write_all(&resp.body).and_then(|_| e.finish())
            }
            _ => {
                // HTTP's "deflate" is the zlib format (RFC 9110 §8.4.1.2)
                let mut e = flate2::write::ZlibEncoder::new(Vec::new(), Compression::fast());
                e.write_all(&resp.body).and_then(|_| e.finish())
            }
        };
        if let Ok(b) = packed {
            resp.body = b;
            resp = resp.with_header("Content-Encoding", coding);
        }
    }
    if resp.body.len() > CHUNKED_OVER {
        resp.chunked = true;
    }
    resp
}
