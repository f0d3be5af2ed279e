//! HTTP statuses, deadlines and Ctrl-C in requests, through the real binary: scripted peers that log what they
//! were sent, a peer that trickles, and a relay in front of the CAN simulator that goes silent on one function.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::support::*;

fn lines(log: &RequestLog) -> Vec<String> {
    log.lock().unwrap().clone()
}

/// A device's answer to `deviceStatus?ident=1`: free.
fn free_status() -> Vec<u8> {
    reply(
        "200 OK\r\nContent-Type: application/json",
        br#"{"usage":0,"ident":1}"#,
    )
}

#[test]
fn each_status_of_the_table_from_a_device() {
    let env = Env::new();
    let page =
        b"<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n</html>\r\n";
    for (head, body, code, message, attempts) in [
        (
            "401 Unauthorized",
            &b"Authentication required\n"[..],
            4,
            "answered HTTP 401 Unauthorized: Authentication required",
            1,
        ),
        (
            "403 Forbidden",
            b"no",
            4,
            "answered HTTP 403 Forbidden: no",
            1,
        ),
        ("404 Not Found", b"", 5, "answered HTTP 404 Not Found", 1),
        (
            "408 Request Timeout",
            b"",
            8,
            "answered HTTP 408 Request Timeout",
            1,
        ),
        (
            "429 Too Many Requests",
            b"",
            8,
            "answered HTTP 429 Too Many Requests",
            3,
        ),
        (
            "503 Service Unavailable\r\nContent-Type: text/html",
            page,
            8,
            "answered HTTP 503 Service Unavailable: <html> <head><title>503 Service Temporarily Unavailable</title></head> </html>",
            3,
        ),
        (
            "500 Internal Server Error",
            b"boom",
            3,
            "answered HTTP 500 Internal Server Error: boom",
            1,
        ),
        (
            "418 I'm a teapot",
            b"",
            3,
            "answered HTTP 418 I'm a teapot",
            1,
        ),
        (
            "302 Found\r\nLocation: http://elsewhere/",
            b"",
            3,
            "(redirecting to http://elsewhere/) answered HTTP 302 Found",
            1,
        ),
    ] {
        let (addr, log) = logging_peer(vec![reply(head, body); 3]);
        let out = env.can(&addr, &["status"]);
        assert_fails(&out, code, message);
        assert!(
            out.stderr.starts_with(&format!(
                "fieldctl: error: GET http://{addr}/deviceStatus?ident=1 "
            )),
            "{head}: {out:?}"
        );
        // deviceStatus is the one call retried, on 429 and 503 only.
        let sent = lines(&log);
        assert_eq!(sent.len(), attempts, "{head}: {sent:?}");
        assert!(
            sent[0].starts_with("GET /deviceStatus?ident=1 "),
            "{sent:?}"
        );
    }
}

#[test]
fn a_status_on_a_session_call_is_not_retried() {
    let env = Env::new();
    let (addr, log) = logging_peer(vec![reply("401 Unauthorized", b""); 3]);
    let out = env.can(&addr, &["timer"]);
    assert_fails(
        &out,
        4,
        "/canInitializeLibrary?timeout=30&ident=1 answered HTTP 401 Unauthorized",
    );
    assert!(
        out.stderr.contains("hint: check the credentials"),
        "{out:?}"
    );
    let sent = lines(&log);
    assert_eq!(sent.len(), 1, "{sent:?}");
    let (addr, _) = logging_peer(vec![reply("503 Service Unavailable", b"<h1>down</h1>")]);
    let out = env.can(&addr, &["timer"]);
    assert_fails(&out, 8, "Service Unavailable: <h1>down</h1>");
}

#[test]
fn retry_after_is_honoured_when_it_fits_in_the_timeout() {
    let env = Env::new();
    let (addr, log) = logging_peer(vec![
        reply("503 Service Unavailable\r\nRetry-After: 1", b""),
        free_status(),
    ]);
    let out = env.can(&addr, &["status", "--timeout", "5", "-v"]);
    assert_code(&out, 0);
    assert!(
        out.stderr.contains("status 503: retrying") && out.stderr.contains("in 1000 ms"),
        "{out:?}"
    );
    assert_eq!(lines(&log).len(), 2);
    // Longer than --timeout: not waited for; exit 8 at once saying when to come back.
    let (addr, log) = logging_peer(vec![
        reply(
            "503 Service Unavailable\r\nRetry-After: 120",
            b""
        );
        3
    ]);
    let out = env.can(&addr, &["status", "--timeout", "2"]);
    assert_fails(
        &out,
        8,
        "hint: the server asks to retry after 120 s, longer than --timeout",
    );
    assert_eq!(lines(&log).len(), 1);
}

/// A peer that answers with `response` one byte every `gap`, and records the request line.
fn trickling_peer(response: Vec<u8>, gap: Duration) -> (String, RequestLog) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let log = RequestLog::default();
    let seen = log.clone();
    std::thread::spawn(move || {
        for mut s in listener.incoming().flatten() {
            let response = response.clone();
            let seen = seen.clone();
            std::thread::spawn(move || {
                seen.lock().unwrap().push(request_line(&mut s));
                for b in response {
                    std::thread::sleep(gap);
                    if s.write_all(&[b]).is_err() {
                        return;
                    }
                }
            });
        }
    });
    (addr, log)
}

#[test]
fn the_timeout_bounds_a_whole_request_against_a_trickling_server() {
    let env = Env::new();
    let (addr, log) = trickling_peer(free_status(), Duration::from_millis(500));
    let out = env.can(&addr, &["status", "--timeout", "2"]);
    assert_fails(&out, 7, "no answer within 2 s");
    assert_eq!(lines(&log), ["GET /deviceStatus?ident=1 HTTP/1.1"]);
}

/// In front of a simulator: forwards requests (GET, keep-alive) and answers, except that a request whose
/// target contains `hang` is never answered. `hung` is set once such a request arrived.
fn relay(sim: &str, hang: &'static str) -> (String, Arc<AtomicBool>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let hung = Arc::new(AtomicBool::new(false));
    let flag = hung.clone();
    let sim = sim.to_owned();
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let (sim, flag) = (sim.clone(), flag.clone());
            std::thread::spawn(move || {
                let mut from_client = BufReader::new(client.try_clone().unwrap());
                let mut to_client = client;
                let upstream = TcpStream::connect(&sim).unwrap();
                let mut from_sim = BufReader::new(upstream.try_clone().unwrap());
                let mut to_sim = upstream;
                loop {
                    let Some(head) = read_head(&mut from_client) else {
                        return;
                    };
                    if head.split(' ').nth(1).unwrap_or("").contains(hang) {
                        flag.store(true, Ordering::SeqCst);
                        let _ = from_client.read_to_end(&mut Vec::new()); // until fieldctl lets go
                        return;
                    }
                    to_sim.write_all(head.as_bytes()).unwrap();
                    let answer = read_head(&mut from_sim).unwrap();
                    let len = answer
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse::<usize>().unwrap())
                        })
                        .unwrap_or(0);
                    let mut body = vec![0; len];
                    from_sim.read_exact(&mut body).unwrap();
                    if to_client.write_all(answer.as_bytes()).is_err()
                        || to_client.write_all(&body).is_err()
                    {
                        return;
                    }
                }
            });
        }
    });
    (addr, hung)
}

/// Run `can ARGS… --timeout 600` through a `relay` in front of `sim` that never answers `hang`; once that
/// request was sent, signal `sig` and return how the run ended.
fn signal_when_hung(env: &Env, sim: &Sim, hang: &'static str, args: &[&str], sig: &str) -> Output {
    let (addr, hung) = relay(&sim.addr, hang);
    let mut all = args.to_vec();
    all.extend(["--timeout", "600"]);
    signal_when(
        env.spawn_can(&addr, &all),
        &format!("the {hang} request, never answered"),
        || hung.load(Ordering::SeqCst),
        sig,
    )
}

fn read_head(r: &mut impl BufRead) -> Option<String> {
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        head.push_str(&line);
        if line == "\r\n" {
            return Some(head);
        }
    }
}

#[test]
fn ctrl_c_or_sigterm_end_a_request_to_a_silent_device_and_the_session_is_released() {
    for sig in ["INT", "TERM"] {
        let env = Env::new();
        let sim = Sim::start(&env, "can", &[]);
        let out = signal_when_hung(&env, &sim, "canReadTimer", &["timer"], sig);
        assert_fails(&out, 130, "canReadTimer");
        assert!(out.stderr.contains("interrupted"), "{sig}: {out:?}");
        // Cleaned up before exiting: the channel closed and the session unloaded on the device.
        assert_eq!(
            calls(&sim, "canClose").len(),
            1,
            "{sig}: {:?}",
            sim.functions()
        );
        assert_eq!(calls(&sim, "canUnloadLibrary").len(), 1, "{sig}");
    }
}

#[test]
fn ctrl_c_while_a_session_is_being_opened_against_a_silent_device_exits_130() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = signal_when_hung(&env, &sim, "canInitializeLibrary", &["timer"], "INT");
    assert_fails(&out, 130, "canInitializeLibrary");
    assert_eq!(
        calls(&sim, "canInitializeLibrary").len(),
        0,
        "never reached the device"
    );
}

#[test]
fn sigterm_during_a_can_read_that_never_returns_stops_a_dump_normally() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--traffic", "1000"]);
    let out = signal_when_hung(&env, &sim, "canRead?", &["dump"], "TERM");
    assert_code(&out, 0);
    assert_eq!(calls(&sim, "canUnloadLibrary").len(), 1, "{out:?}");
}

#[test]
fn plain_http_to_a_tls_port_is_exit_6_with_an_https_hint() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--tls"]);
    let out = env.can(&sim, &["status"]);
    assert_fails(&out, 6, "the port speaks TLS, not plain HTTP");
    assert!(
        out.stderr.contains(&format!(
            "hint: use an https:// address: https://{}",
            sim.addr
        )),
        "{out:?}"
    );
    // nginx-style: a 400 page saying so.
    let (addr, _) = logging_peer(vec![reply(
        "400 Bad Request\r\nContent-Type: text/html",
        b"<html><center>The plain HTTP request was sent to HTTPS port</center></html>",
    )]);
    let out = env.can(&addr, &["status"]);
    assert_fails(
        &out,
        6,
        &format!("hint: use an https:// address: https://{addr}"),
    );
}

#[test]
fn one_keep_alive_connection_carries_a_whole_run() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["timer"]);
    assert_code(&out, 0);
    let requests = sim.requests();
    assert_eq!(requests.len(), 5, "{requests:?}");
    let peers: std::collections::BTreeSet<_> =
        requests.iter().map(|r| r["peer"].to_string()).collect();
    assert_eq!(peers.len(), 1, "{peers:?}");
}

/// A device that answers like `normal_answer`, except that kvFileCopyFromDevice sends a 100 000-byte file one
/// byte every 0.5 s. Each connection has its own thread (the clean-up is served while a download trickles);
/// the functions called are recorded.
fn trickling_download_device() -> (String, RequestLog) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let log = RequestLog::default();
    let seen = log.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let seen = seen.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut out = stream;
                let Some(head) = read_head(&mut reader) else {
                    return;
                };
                let (function, ident) = function_and_ident(&head);
                seen.lock().unwrap().push(function.clone());
                if function != "kvFileCopyFromDevice" {
                    let _ = out.write_all(&normal_answer(&function, &ident));
                    return;
                }
                let _ = out.write_all(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n\
                      Content-Length: 100000\r\nConnection: close\r\n\r\n",
                );
                loop {
                    std::thread::sleep(Duration::from_millis(500));
                    if out.write_all(b"x").is_err() {
                        return;
                    }
                }
            });
        }
    });
    (addr, log)
}

#[test]
fn the_timeout_ends_a_download_that_trickles() {
    let env = Env::new();
    let (addr, log) = trickling_download_device();
    let dest = env.path("dl.bin");
    let started = std::time::Instant::now();
    let out = env.can(
        &addr,
        &[
            "file",
            "get",
            "F:/x",
            dest.to_str().unwrap(),
            "--timeout",
            "2",
        ],
    );
    assert_fails(
        &out,
        7,
        &format!("download of F:/x into {} stalled after ", dest.display()),
    );
    assert!(
        out.stderr.contains("bytes in the last 2 s")
            && out
                .stderr
                .contains("hint: raise --timeout if the link is this slow"),
        "{out:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(10), "{out:?}");
    assert!(!dest.exists(), "no partial file is left");
    // The session was released after the stalled download.
    let functions = lines(&log);
    assert!(
        functions.ends_with(&["canClose".to_owned(), "canUnloadLibrary".to_owned()]),
        "{functions:?}"
    );
}
