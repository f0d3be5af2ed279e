//! Session state, addresses, local destinations and interrupted uploads: what is printed, the exit code, what
//! the simulator received, and what is left on disk.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use crate::support::*;

fn state_entries(env: &Env) -> Vec<String> {
    std::fs::read_dir(env.root.join("state/fieldctl"))
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().into_string().unwrap())
                .collect()
        })
        .unwrap_or_default()
}

/// Nothing under the state directory: no session record, no lock file.
fn assert_no_state(env: &Env) {
    assert!(state_entries(env).is_empty(), "{:?}", state_entries(env));
}

#[test]
fn bad_hosts_are_usage_errors_before_any_connection() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let port = sim.addr.rsplit(':').next().unwrap().to_owned();
    for (host, part) in [
        ("127.0.0.1:abc".to_owned(), "port 'abc' is not a number"),
        ("127.0.0.1:-1".to_owned(), "port '-1' is not a number"),
        ("127.0.0.1:65536".to_owned(), "port 65536 is out of range"),
        (String::new(), "empty address"),
        (
            format!("ftp://127.0.0.1:{port}"),
            "unsupported scheme 'ftp'",
        ),
        (
            format!("pw@127.0.0.1:{port}"),
            "user:password@ needs a full URL",
        ),
    ] {
        let out = env.can(&host, &["timer"]);
        assert_fails(&out, 2, part);
        assert!(!out.stderr.contains("pw@"), "{out:?}");
    }
    assert!(sim.requests().is_empty(), "{:?}", sim.functions());
    assert_no_state(&env);
}

#[test]
fn localhost_and_127_0_0_1_are_one_device() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let port = sim.addr.rsplit(':').next().unwrap().to_owned();
    let mut dump = env.spawn_can(&sim, &["dump", "--format", "log"]);
    let printed = collect(dump.stdout.take().unwrap());
    wait_for("the dump on bus", || !calls(&sim, "canRead").is_empty());
    let out = env.can(&format!("localhost:{port}"), &["send", "123#01"]);
    assert_code(&out, 0);
    wait_for("the frame in the dump", || {
        printed.lock().unwrap().contains("123#01")
    });
    signal(&dump, "INT");
    assert_code(&finish(dump), 0);
    assert_eq!(calls(&sim, "canInitializeLibrary").len(), 1, "joined");
    // The joiner probed the session (after the dump's own timer read) with a handle the spec allows: hnd is
    // %u, never -1.
    let timers = calls(&sim, "canReadTimer");
    assert_eq!(timers.len(), 2, "{:?}", sim.functions());
    assert_eq!(param(&timers[1], "hnd"), Some("0"));
    assert_eq!(
        calls(&sim, "canUnloadLibrary").len(),
        1,
        "{:?}",
        sim.functions()
    );
    assert_no_state(&env);
}

#[test]
fn a_joiner_with_another_explicit_bitrate_is_refused() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let dump = env.spawn_can(&sim, &["dump", "--bitrate", "250K", "--format", "log"]);
    wait_for("the dump on bus", || !calls(&sim, "canRead").is_empty());
    let out = env.can(&sim, &["send", "--bitrate", "500K", "001#01"]);
    assert_fails(&out, 8, "channel 0 is already on the session's bus at 250K");
    assert!(
        out.stderr
            .contains(&format!("set by fieldctl PID {}", dump.id())),
        "{out:?}"
    );
    assert!(out.stderr.contains("refusing --bitrate 500K"), "{out:?}");
    assert!(calls(&sim, "canWrite").is_empty(), "nothing sent");
    // The same bitrate, or none, joins.
    let out = env.can(&sim, &["send", "--bitrate", "250k", "001#02"]);
    assert_code(&out, 0);
    let out = env.can(&sim, &["send", "001#03"]);
    assert_code(&out, 0);
    assert_eq!(calls(&sim, "canWrite").len(), 2);
    signal(&dump, "INT");
    assert_code(&finish(dump), 0);
    assert_eq!(calls(&sim, "canInitializeLibrary").len(), 1);
    assert_eq!(calls(&sim, "canUnloadLibrary").len(), 1);
}

#[test]
fn an_unusable_state_dir_fails_only_commands_that_need_state() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    for (home, state, named) in [
        ("/dev/null", "", "/dev/null/.local/state/fieldctl"),
        ("/dev/null", "/proc", "/proc/fieldctl"),
    ] {
        let mut env = Env::new();
        env.set("HOME", home);
        env.set("XDG_CONFIG_HOME", "");
        env.set("XDG_STATE_HOME", state);
        let out = env.can(&sim, &["status"]);
        assert_code(&out, 0);
        let out = env.run(&["profile", "list"]);
        assert_code(&out, 0);
        let out = env.can(&sim, &["timer"]);
        assert_fails(&out, 10, &format!("cannot use the state directory {named}"));
    }
    assert!(
        calls(&sim, "canInitializeLibrary").is_empty(),
        "{:?}",
        sim.functions()
    );
}

#[test]
fn no_state_is_left_for_a_device_that_never_answered() {
    let env = Env::new();
    let closed = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().to_string()
    };
    let out = env.can(&closed, &["timer"]);
    assert_code(&out, 6);
    assert_no_state(&env);
    // A device that answered and was released leaves nothing either (no record, no lock file).
    let sim = Sim::start(&env, "can", &[]);
    assert_code(&env.can(&sim, &["timer"]), 0);
    assert_no_state(&env);
}

fn sim_with_file(env: &Env, content: &[u8]) -> Sim {
    let src = env.path("on-device.bin");
    std::fs::write(&src, content).unwrap();
    Sim::start(
        env,
        "can",
        &["--device-file", &format!("F:/log.kmf={}", src.display())],
    )
}

/// `can file get F:/log.kmf ARGS…` (the destination first) from a `sim_with_file`.
fn get_log(env: &Env, sim: &Sim, args: &[&str]) -> Output {
    let mut all = vec!["file", "get", "F:/log.kmf"];
    all.extend_from_slice(args);
    env.can(sim, &all)
}

#[test]
fn file_get_writes_through_devices_and_fifos() {
    let env = Env::new();
    let sim = sim_with_file(&env, b"frames");
    let out = get_log(&env, &sim, &["/dev/null"]);
    assert_code(&out, 0);
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = std::fs::metadata("/dev/null").unwrap().file_type();
        assert!(t.is_char_device(), "/dev/null is still a device");
        let fifo = env.path("pipe");
        let ok = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success();
        assert!(ok);
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(fifo).unwrap())
        };
        let out = get_log(&env, &sim, &[fifo.to_str().unwrap()]);
        assert_code(&out, 0);
        assert_eq!(reader.join().unwrap(), b"frames");
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    }
}

#[cfg(unix)]
#[test]
fn file_get_replaces_a_symlinks_target_and_keeps_the_link() {
    let env = Env::new();
    let sim = sim_with_file(&env, b"new");
    let target = env.path("real.kmf");
    std::fs::write(&target, b"old content").unwrap();
    let link = env.path("link.kmf");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = get_log(&env, &sim, &[link.to_str().unwrap()]);
    assert_code(&out, 0);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read(&target).unwrap(), b"new");
    let leftovers: Vec<_> = std::fs::read_dir(&env.root)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn file_get_refuses_missing_directories_and_clobbering_before_the_device_is_used() {
    let env = Env::new();
    let sim = sim_with_file(&env, b"new");
    let missing = format!("{}/", env.path("logs").display());
    let out = get_log(&env, &sim, &[&missing]);
    assert_fails(&out, 10, &format!("directory {missing} does not exist"));
    let nested = env.path("nodir/x.kmf");
    let out = get_log(&env, &sim, &[nested.to_str().unwrap()]);
    assert_fails(
        &out,
        10,
        &format!("directory {} does not exist", env.path("nodir").display()),
    );
    let existing = env.path("have.kmf");
    std::fs::write(&existing, b"mine").unwrap();
    let out = get_log(&env, &sim, &[existing.to_str().unwrap(), "--no-clobber"]);
    assert_fails(&out, 10, "already exists (--no-clobber)");
    assert_eq!(std::fs::read(&existing).unwrap(), b"mine");
    assert!(sim.requests().is_empty(), "{:?}", sim.functions());
    // Without --no-clobber it is replaced.
    let out = get_log(&env, &sim, &[existing.to_str().unwrap()]);
    assert_code(&out, 0);
    assert_eq!(std::fs::read(&existing).unwrap(), b"new");
}

#[test]
fn dump_into_a_missing_directory_names_it() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let file = env.path("logs/trip.log");
    let out = env.can(
        &sim,
        &["dump", "--count", "1", "--file", file.to_str().unwrap()],
    );
    assert_fails(
        &out,
        10,
        &format!("directory {} does not exist", env.path("logs").display()),
    );
    assert_eq!(
        calls(&sim, "canUnloadLibrary").len(),
        calls(&sim, "canInitializeLibrary").len()
    );
}

/// A device that answers a file download with a header promising 1000 bytes, sends 10, and hangs up.
fn device_breaking_off_a_download() -> String {
    let json = |body: &str| reply("200 OK", body.as_bytes());
    let mut broken =
        b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n"
            .to_vec();
    broken.extend_from_slice(b"0123456789");
    scripted_peer(vec![
        json(r#"{"stat":0,"session":"0123456789abcdef0123456789abcdef","ident":1}"#),
        json(r#"{"stat":0,"hnd":0,"ident":2}"#),
        broken,
        json(r#"{"stat":0,"ident":4}"#),
        json(r#"{"stat":0,"ident":5}"#),
    ])
}

#[test]
fn a_download_to_stdout_that_breaks_off_is_a_connection_failure_with_the_byte_count() {
    let env = Env::new();
    let addr = device_breaking_off_a_download();
    let out = env.can(&addr, &["file", "get", "F:/x", "-"]);
    assert_fails(
        &out,
        6,
        "download of F:/x into stdout broke off after 10 bytes",
    );
    let addr = device_breaking_off_a_download();
    let file = env.path("x.bin");
    let out = env.can(&addr, &["file", "get", "F:/x", file.to_str().unwrap()]);
    assert_fails(&out, 6, "broke off after 10 bytes");
    assert!(!file.exists(), "no partial file under the final name");
}

/// A TCP proxy in front of the simulator that forwards requests at ~2 MB/s (so an upload takes a while), and
/// not at all once `stall` is set. `upload_bytes` counts what was forwarded on connections that carried an
/// upload (a POST); `uploading` is set when one starts.
struct SlowProxy {
    addr: String,
    stall: Arc<AtomicBool>,
    uploading: Arc<AtomicBool>,
    upload_bytes: Arc<AtomicU64>,
}

fn slow_proxy(upstream: &str) -> SlowProxy {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let p = SlowProxy {
        addr: listener.local_addr().unwrap().to_string(),
        stall: Arc::default(),
        uploading: Arc::default(),
        upload_bytes: Arc::default(),
    };
    let (stall, uploading, counted) =
        (p.stall.clone(), p.uploading.clone(), p.upload_bytes.clone());
    let upstream = upstream.to_owned();
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let server = TcpStream::connect(&upstream).unwrap();
            let (mut c_in, mut s_out) = (client.try_clone().unwrap(), server.try_clone().unwrap());
            let (mut s_in, mut c_out) = (server, client);
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut s_in, &mut c_out);
                let _ = c_out.shutdown(std::net::Shutdown::Both);
            });
            let (stall, uploading, counted) = (stall.clone(), uploading.clone(), counted.clone());
            std::thread::spawn(move || {
                let mut buf = [0u8; 16 << 10];
                let mut is_upload = false;
                loop {
                    while stall.load(Ordering::SeqCst) {
                        std::thread::sleep(std::time::Duration::from_millis(20));
                    }
                    let n = match c_in.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    if !is_upload && String::from_utf8_lossy(&buf[..n]).starts_with("POST ") {
                        is_upload = true;
                        uploading.store(true, Ordering::SeqCst);
                    }
                    if is_upload {
                        counted.fetch_add(n as u64, Ordering::SeqCst);
                        std::thread::sleep(std::time::Duration::from_millis(8));
                    }
                    if s_out.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
                let _ = s_out.shutdown(std::net::Shutdown::Write);
            });
        }
    });
    p
}

impl SlowProxy {
    /// Start `can ARGS… --host PROXY`, let a MiB of its upload through, Ctrl-C it, and return how it ended.
    fn interrupt_upload(&self, env: &Env, args: &[&str]) -> Output {
        signal_when(
            env.spawn_can(&self.addr, args),
            "the upload to start",
            || self.upload_bytes.load(Ordering::SeqCst) > 1 << 20,
            "INT",
        )
    }
}

const BIG: usize = 40 << 20;

fn big_upload(env: &Env) -> (Sim, SlowProxy, std::path::PathBuf) {
    let sim = Sim::start(env, "can", &["--flash-size", "100000000"]);
    let proxy = slow_proxy(&sim.addr);
    let big = env.path("big.bin");
    std::fs::write(&big, vec![7u8; BIG]).unwrap();
    (sim, proxy, big)
}

#[test]
fn an_interrupted_upload_stops_removes_the_remote_file_and_exits_130() {
    let env = Env::new();
    let (sim, proxy, big) = big_upload(&env);
    let out = proxy.interrupt_upload(&env, &["file", "put", big.to_str().unwrap()]);
    assert_fails(&out, 130, "the upload of ");
    assert!(
        out.stderr
            .contains("stopped; nothing of F:/big.bin reached the device"),
        "{out:?}"
    );
    assert!(
        proxy.upload_bytes.load(Ordering::SeqCst) < BIG as u64,
        "the rest of the file was not sent"
    );
    let deletes = calls(&sim, "kvFileDelete");
    assert_eq!(deletes.len(), 1, "{:?}", sim.functions());
    assert_eq!(param(&deletes[0], "deviceFileName"), Some("F:/big.bin"));
    assert_last_functions(&sim, &["S/canUnloadLibrary"]);
    let ls = env.can(&sim, &["file", "ls", "-o", "json"]);
    assert_code(&ls, 0);
    assert!(!ls.stdout.contains("big.bin"), "{ls:?}");
}

#[test]
fn an_interrupted_upload_over_an_existing_device_file_keeps_it() {
    let env = Env::new();
    let (sim, proxy, big) = big_upload(&env);
    let small = env.path("small.bin");
    std::fs::write(&small, b"the old content").unwrap();
    assert_code(
        &env.can(
            &sim,
            &["file", "put", small.to_str().unwrap(), "F:/big.bin"],
        ),
        0,
    );
    let out = proxy.interrupt_upload(&env, &["file", "put", big.to_str().unwrap()]);
    assert_fails(
        &out,
        130,
        "F:/big.bin was on the device before and is left as the device has it now: check it",
    );
    assert!(
        calls(&sim, "kvFileDelete").is_empty(),
        "{:?}",
        sim.functions()
    );
    let kept = env.can(&sim, &["file", "get", "F:/big.bin", "-"]);
    assert_code(&kept, 0);
    assert_eq!(kept.stdout, "the old content");
}

#[test]
fn put_no_clobber_refuses_an_existing_device_file_before_uploading() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let file = env.path("x.txt");
    std::fs::write(&file, b"x").unwrap();
    assert_code(
        &env.can(
            &sim,
            &["file", "put", file.to_str().unwrap(), "--no-clobber"],
        ),
        0,
    );
    let out = env.can(
        &sim,
        &["file", "put", file.to_str().unwrap(), "--no-clobber"],
    );
    assert_fails(&out, 10, "F:/x.txt is already on the device (--no-clobber)");
    assert_eq!(calls(&sim, "kvFileCopyToDevice").len(), 1);
    assert_last_functions(&sim, &["S/canClose", "S/canUnloadLibrary"]);
    // Without it, the file is replaced.
    std::fs::write(&file, b"y").unwrap();
    assert_code(&env.can(&sim, &["file", "put", file.to_str().unwrap()]), 0);
    assert_eq!(env.can(&sim, &["file", "get", "F:/x.txt", "-"]).stdout, "y");
}

#[test]
fn a_second_ctrl_c_exits_at_once_and_says_what_it_left_behind() {
    let env = Env::new();
    let (sim, proxy, big) = big_upload(&env);
    let mut put = env.spawn_can(&proxy.addr, &["file", "put", big.to_str().unwrap()]);
    wait_for("the upload to start", || {
        proxy.uploading.load(Ordering::SeqCst)
    });
    proxy.stall.store(true, Ordering::SeqCst);
    // The first Ctrl-C waits for the cleanup, which cannot happen while the device does not read; one of the
    // next ones ends the run (repeated, as signals sent at once may arrive as one).
    while put.try_wait().unwrap().is_none() {
        signal(&put, "INT");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let out = finish(put);
    assert_fails(
        &out,
        130,
        "interrupted again: exiting without cleaning up; left behind: ",
    );
    assert!(
        out.stderr
            .contains(&format!("a session on the device at http://{}", proxy.addr)),
        "{out:?}"
    );
    assert!(
        out.stderr
            .contains("the partial file F:/big.bin on the device"),
        "{out:?}"
    );
    drop(sim);
}

#[test]
fn an_interrupted_script_load_unloads_the_slot_and_exits_130() {
    let env = Env::new();
    let (sim, proxy, big) = big_upload(&env);
    let out = proxy.interrupt_upload(
        &env,
        &["script", "load", big.to_str().unwrap(), "--slot", "1"],
    );
    assert_fails(
        &out,
        130,
        "stopped; the partly loaded script in slot 1 was unloaded",
    );
    let unloads = calls(&sim, "kvScriptUnload");
    assert_eq!(unloads.len(), 1, "{:?}", sim.functions());
    assert_eq!(param(&unloads[0], "slotNo"), Some("1"));
    assert!(calls(&sim, "kvScriptStart").is_empty());
    assert_last_functions(&sim, &["S/canUnloadLibrary"]);
}
