//! The simulators' request log (`--log FILE`): one JSON object a line, flushed per request, so tests can assert
//! exactly what a client sent: method, path, query, headers, body size and its first 4 KiB, and the status answered.

use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

use serde_json::{Map, Value, json};

use super::http::Request;

pub struct RequestLog {
    file: Mutex<std::fs::File>,
}

pub struct Entry(Value);

impl Entry {
    pub fn of(req: &Request, status: u16) -> Entry {
        let mut headers = Map::new();
        for (k, v) in &req.headers {
            match headers.get_mut(k) {
                Some(Value::String(prev)) => *prev = format!("{prev}, {v}"),
                _ => {
                    headers.insert(k.clone(), Value::String(v.clone()));
                }
            }
        }
        let query: Vec<Value> = req.query.iter().map(|(k, v)| json!([k, v])).collect();
        let continued = req.continue_record().map(
            |c| json!({"sent_ms": c.sent_ms, "body_ms": c.body_ms, "early_bytes": c.early_bytes}),
        );
        let time = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        Entry(json!({
            "time": time.as_secs_f64(),
            "peer": req.peer.to_string(),
            "method": req.method,
            "path": req.path,
            "raw_query": req.raw_query,
            "query": query,
            "headers": headers,
            "body_size": req.body_size(),
            "body": String::from_utf8_lossy(req.body_prefix()),
            "status": status,
            "continue": continued,
        }))
    }
}

impl RequestLog {
    pub fn create(path: &Path) -> std::io::Result<RequestLog> {
        // 0600: the log records query strings, passwords included (tests assert what was sent)
        let mut options = std::fs::OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(path)?;
        Ok(RequestLog {
            file: Mutex::new(file),
        })
    }

    pub fn write(&self, entry: &Entry) {
        let line = format!("{}\n", entry.0);
        if let Ok(mut f) = self.file.lock() {
            let _ = f.write_all(line.as_bytes());
        }
    }
}
