//! KSC over TLS: `ksc trust [--save]`, `--pin-sha256` (and its variable and profile setting), `--ca-cert`, and
//! what an untrusted or wrongly pinned server gets (exit 6), against `sim ksc --tls` and its self-signed
//! certificate.

use base64::Engine as _;
use serde_json::Value;

use crate::support::*;

/// `sim ksc --tls --cert-out` (admin:admin), and the SHA-256 of its certificate computed here from the file.
fn tls_sim(env: &Env) -> (Sim, String, String) {
    let cert = env.path("klserver.pem");
    let sim = Sim::start(
        env,
        "ksc",
        &["--password", "admin", "--cert-out", cert.to_str().unwrap()],
    );
    let pem = read(&cert);
    let b64: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    let der = base64::engine::general_purpose::STANDARD
        .decode(b64)
        .unwrap();
    let digest = ring::digest::digest(&ring::digest::SHA256, &der);
    let hex: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
    let url = format!("https://{}", sim.addr);
    (sim, url, hex)
}

fn with_password(env: &mut Env) {
    env.set("FIELDCTL_KSC_PASSWORD", "admin");
}

/// The API methods the sim was asked for, in order.
fn methods(sim: &Sim) -> Vec<String> {
    sim.requests()
        .iter()
        .map(|r| {
            r["path"]
                .as_str()
                .unwrap()
                .trim_start_matches("/api/v1.0/")
                .to_owned()
        })
        .collect()
}

#[test]
fn ksc_trust_shows_the_fingerprint_and_save_pins_it_in_the_profile() {
    let mut env = Env::new();
    with_password(&mut env);
    let (sim, url, sha) = tls_sim(&env);
    env.write_config(&format!(
        "default_profile = \"lab\"\n[profiles.lab.ksc]\nserver = \"{url}\"\nusername = \"admin\"\n"
    ));

    // Not trusted: exit 6, with both ways out in the hint; nothing reached the API.
    let out = env.run(&["ksc", "call", "KlsrvoapiTestApi.TestMethod0"]);
    assert_fails(&out, 6, "TLS handshake with https://");
    assert!(out.stderr.contains("--pin-sha256"), "{out:?}");
    assert!(out.stderr.contains("--ca-cert"), "{out:?}");
    assert!(methods(&sim).is_empty(), "{:?}", sim.requests());

    // Shown, fetched without trusting it and without a single API request.
    let out = env.run(&["ksc", "trust", "-o", "json"]);
    assert_code(&out, 0);
    let row: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(row["server"], url.as_str());
    assert_eq!(row["sha256"], sha.as_str());
    assert_eq!(row["subject"], "CN=rcgen self signed cert");
    assert_eq!(row["issuer"], "CN=rcgen self signed cert");
    assert_eq!(row["not_after"], "4096-01-01T00:00:00Z");
    assert!(row["bytes"].as_u64().unwrap() > 100, "{row}");
    assert_eq!(row["pinned"], Value::Null);
    assert!(out.stderr.contains("ksc trust --save"), "{out:?}");
    assert!(methods(&sim).is_empty(), "{:?}", sim.requests());

    // --save: into the selected profile, the other settings kept.
    let out = env.run(&["ksc", "trust", "--save", "-o", "json"]);
    assert_code(&out, 0);
    assert!(out.stderr.contains("lab: ksc.pin_sha256 set in"), "{out:?}");
    let config = read(&env.config_file());
    assert!(
        config.contains(&format!("pin_sha256 = \"{sha}\"")),
        "{config}"
    );
    assert!(config.contains("username = \"admin\""), "{config}");

    // Now trusted through the profile's pin: the call is made, and the session ended.
    let out = env.run(&["ksc", "call", "KlsrvoapiTestApi.TestMethod0", "-o", "json"]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("123456"), "{out:?}");
    assert_eq!(
        methods(&sim),
        [
            "Session.StartSession",
            "KlsrvoapiTestApi.TestMethod0",
            "Session.EndSession"
        ]
    );
    let out = env.run(&["ksc", "trust", "-o", "json"]);
    let row: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(row["pinned"], true, "{out:?}");
}

#[test]
fn a_wrong_pin_is_exit_6_naming_both_fingerprints_and_a_right_one_works_in_any_spelling() {
    let mut env = Env::new();
    with_password(&mut env);
    let (sim, url, sha) = tls_sim(&env);
    let wrong = format!(
        "{}{}",
        if sha.starts_with('0') { "1" } else { "0" },
        &sha[1..]
    );
    let call = |pin: &str| {
        env.run(&[
            "ksc",
            "call",
            "KlsrvoapiTestApi.TestMethod0",
            "--server",
            &url,
            "--username",
            "admin",
            "--pin-sha256",
            pin,
        ])
    };
    let out = call(&wrong);
    assert_fails(&out, 6, "the server's certificate is not the pinned one");
    assert!(
        out.stderr.contains(&format!(
            "the server's SHA-256 is {sha}, the pin is {wrong}"
        )),
        "{out:?}"
    );
    assert!(out.stderr.contains("hint: `fieldctl ksc trust`"), "{out:?}");
    assert!(methods(&sim).is_empty(), "{:?}", sim.requests());

    // Upper case with colons, as certificate viewers show it.
    let colons = sha
        .as_bytes()
        .chunks(2)
        .map(|c| std::str::from_utf8(c).unwrap().to_uppercase())
        .collect::<Vec<_>>()
        .join(":");
    let out = call(&colons);
    assert_code(&out, 0);
    assert!(out.stdout.contains("123456"), "{out:?}");
    assert!(methods(&sim).contains(&"KlsrvoapiTestApi.TestMethod0".to_owned()));

    // Not a fingerprint: a usage error before anything is sent.
    let before = sim.requests().len();
    let out = call("abc");
    assert_fails(&out, 2, "64 hex digits");
    assert_eq!(sim.requests().len(), before);
}

#[test]
fn the_pin_variable_beats_the_profile_and_the_flag_beats_both() {
    let mut env = Env::new();
    with_password(&mut env);
    let (sim, url, sha) = tls_sim(&env);
    let wrong = "ab".repeat(32);
    env.write_config(&format!(
        "[profiles.lab.ksc]\nserver = \"{url}\"\nusername = \"admin\"\npin_sha256 = \"{wrong}\"\n"
    ));
    let args = ["-p", "lab", "ksc", "call", "KlsrvoapiTestApi.TestMethod0"];
    let out = env.run(&args);
    assert_fails(&out, 6, &format!("the pin is {wrong}"));
    env.set("FIELDCTL_KSC_PIN_SHA256", &sha);
    assert_code(&env.run(&args), 0);
    env.set("FIELDCTL_KSC_PIN_SHA256", &wrong);
    let mut with_flag = args.to_vec();
    with_flag.extend(["--pin-sha256", &sha]);
    assert_code(&env.run(&with_flag), 0);
    // A malformed variable is a configuration error naming it.
    env.set("FIELDCTL_KSC_PIN_SHA256", "nope");
    assert_fails(&env.run(&args), 10, "FIELDCTL_KSC_PIN_SHA256");
    assert_eq!(
        methods(&sim)
            .iter()
            .filter(|m| *m == "KlsrvoapiTestApi.TestMethod0")
            .count(),
        2
    );
}

#[test]
fn ca_cert_trusts_the_ksc_server_from_the_flag_or_the_profile() {
    let mut env = Env::new();
    with_password(&mut env);
    let (sim, url, _) = tls_sim(&env);
    let cert = env.path("klserver.pem");
    let call = [
        "ksc",
        "call",
        "KlsrvoapiTestApi.TestMethod0",
        "--username",
        "admin",
    ];
    let mut args = call.to_vec();
    args.extend(["--server", &url, "--ca-cert", cert.to_str().unwrap()]);
    assert_code(&env.run(&args), 0);
    env.write_config(&format!(
        "[profiles.lab.ksc]\nserver = \"{url}\"\nca_cert = \"{}\"\n",
        cert.display()
    ));
    let mut args = vec!["-p", "lab"];
    args.extend(call);
    assert_code(&env.run(&args), 0);
    assert_eq!(
        methods(&sim)
            .iter()
            .filter(|m| *m == "KlsrvoapiTestApi.TestMethod0")
            .count(),
        2
    );
}

#[test]
fn ksc_trust_refuses_plain_http_and_needs_a_profile_to_save() {
    let env = Env::new();
    let (_sim, url, _) = tls_sim(&env);
    let out = env.run(&["ksc", "trust", "--server", "http://127.0.0.1:1"]);
    assert_fails(&out, 2, "plain HTTP: there is no certificate to trust");
    let out = env.run(&["ksc", "trust", "--save", "--server", &url]);
    assert_fails(&out, 10, "no profile selected");
    assert!(!env.config_file().exists());
    let out = env.run(&["ksc", "trust", "--server", "https://127.0.0.1:1"]);
    assert_fails(&out, 6, "connection refused");
}
