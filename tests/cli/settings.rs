//! Settings declared by each group: read only when used, unknown keys warn, `~/` paths, `profile set` checks,
//! and the one credential resolver (every source, for the CAN password and the OVMS/KSC tokens).

use crate::support::*;

#[test]
fn a_broken_setting_the_command_does_not_use_never_fails_it() {
    let mut env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    env.write_config(&format!(
        "default_profile = \"lab\"\n[profiles.lab.can]\nhost = \"{}\"\nbitrate = \"33K\"\n\
         [profiles.lab.ovms]\nserver = 3\nvehicle = {{ id = 1 }}\n[profiles.lab.ksc]\nca_cert = \"\"\n",
        sim.addr
    ));
    env.set("FIELDCTL_CAN_SESSION_TIMEOUT", "0");
    let out = env.run(&["can", "status"]);
    assert_code(&out, 0);
    assert!(!out.stderr.contains("warning"), "{out:?}");
    // The commands that do read them fail, naming the variable or file:line, before any request.
    let before = sim.requests().len();
    let out = env.run(&["can", "timer"]);
    assert_fails(
        &out,
        10,
        "environment variable FIELDCTL_CAN_SESSION_TIMEOUT: can.session_timeout must be an integer in 1..=86399, not '0'",
    );
    env.set("FIELDCTL_CAN_SESSION_TIMEOUT", "20");
    let out = env.run(&["can", "dump", "--count", "1"]);
    let file = env.config_file();
    assert_fails(
        &out,
        10,
        &format!(
            "{}:4: can.bitrate: '33K' is not a bitrate; expected 1M, 500K, 250K, 125K, 100K, 83K, 62K, 50K, 10K",
            file.display()
        ),
    );
    assert_eq!(sim.requests().len(), before, "nothing was sent");
}

#[test]
fn a_bad_value_of_a_used_setting_is_exit_10_with_file_and_line() {
    let mut env = Env::new();
    env.write_config("default_profile = \"lab\"\n[profiles.lab.can]\n\nhost = \"\"\n");
    let out = env.run(&["can", "status"]);
    assert_fails(
        &out,
        10,
        &format!(
            "{}:4: can.host: address '': empty address",
            env.config_file().display()
        ),
    );
    env.write_config("default_profile = \"lab\"\n[profiles.lab]\ncan = \"10.0.0.1\"\n");
    let out = env.run(&["can", "status"]);
    assert_fails(
        &out,
        10,
        &format!(
            "{}:3: 'can' must be a table of settings",
            env.config_file().display()
        ),
    );
    env.set("FIELDCTL_CAN_HOST", "10.0.0.1:abc");
    let out = env.run(&["can", "status"]);
    assert_fails(
        &out,
        10,
        "environment variable FIELDCTL_CAN_HOST: can.host: address '10.0.0.1:abc': port 'abc' is not a number (1-65535)",
    );
}

#[test]
fn unknown_keys_and_groups_warn_with_file_line_and_the_nearest_key() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    env.write_config(&format!(
        "default_profile = \"lab\"\ndefault_profil = \"x\"\n[profiles.lab.can]\nhost = \"{}\"\nhots = \"x\"\n\
         [profiles.lab.cna]\nhost = \"y\"\n[profiles.lab.ovms]\ncolour = \"red\"\n",
        sim.addr
    ));
    let out = env.run(&["can", "status"]);
    assert_code(&out, 0);
    let f = env.config_file();
    let f = f.display();
    assert_eq!(
        out.stderr,
        format!(
            "fieldctl: warning: {f}:2: unknown key 'default_profil' ignored (expected default_profile or \
             [profiles.NAME.GROUP]); did you mean default_profile?\n\
             fieldctl: warning: {f}:5: unknown setting 'can.hots' in profile 'lab' ignored; did you mean can.host?\n\
             fieldctl: warning: {f}:6: unknown group 'cna' in profile 'lab' ignored (groups: can, ovms, ksc); \
             did you mean can?\n\
             fieldctl: warning: {f}:9: unknown setting 'ovms.colour' in profile 'lab' ignored\n"
        )
    );
}

#[test]
fn path_settings_expand_the_home_directory() {
    let env = Env::new();
    let cert = env.root.join("home").join("certs").join("sim.pem");
    std::fs::create_dir_all(cert.parent().unwrap()).unwrap();
    let sim = Sim::start(
        &env,
        "can",
        &["--tls", "--cert-out", cert.to_str().unwrap()],
    );
    let profile = format!("[profiles.lab.can]\nhost = \"https://{}\"\n", sim.addr);
    env.write_config(&profile);
    assert_code(&env.run(&["-p", "lab", "can", "status"]), 6);
    env.write_config(&format!("{profile}ca_cert = \"~/certs/sim.pem\"\n"));
    let out = env.run(&["-p", "lab", "can", "status", "-o", "json"]);
    assert_code(&out, 0);
    assert!(out.stdout.contains("\"state\": \"free\""), "{out:?}");
    // A missing file names the expanded path.
    env.write_config(&format!("{profile}ca_cert = \"~/nope.pem\"\n"));
    let out = env.run(&["-p", "lab", "can", "status"]);
    let missing = env.root.join("home").join("nope.pem");
    assert!(out.stderr.contains(missing.to_str().unwrap()), "{out:?}");
}

/// `profile set PROFILE KEY VALUE`.
fn profile_set(env: &Env, profile: &str, key: &str, value: &str) -> Output {
    env.run(&["profile", "set", profile, key, value])
}

#[test]
fn profile_set_checks_the_kind_and_writes_nothing_on_error() {
    let env = Env::new();
    for (key, value, message) in [
        (
            "can.bitrate",
            "33K",
            "can.bitrate: '33K' is not a bitrate; expected 1M, 500K",
        ),
        ("can.host", "", "can.host: address '': empty address"),
        (
            "can.host",
            "dev:99999",
            "can.host: address 'dev:99999': port 99999 is out of range (1-65535)",
        ),
        (
            "can.session_timeout",
            "0",
            "can.session_timeout must be an integer in 1..=86399, not '0'",
        ),
        ("ksc.ca_cert", " ", "ksc.ca_cert is empty"),
        (
            "ovms.server",
            "https://",
            "ovms.server: address 'https://': no host",
        ),
    ] {
        let out = profile_set(&env, "lab", key, value);
        assert_fails(&out, 10, message);
        assert!(
            !env.config_file().exists(),
            "{key} {value:?}: nothing written"
        );
    }
    let out = profile_set(&env, "lab", "ksc.totp", "-");
    assert_fails(
        &out,
        10,
        "ksc.totp is not kept in a profile; set FIELDCTL_KSC_TOTP",
    );
    let out = profile_set(&env, "lab", "can.bitrat", "250K");
    assert_fails(&out, 10, "unknown setting 'can.bitrat'");
    assert!(out.stderr.contains("did you mean can.bitrate?"), "{out:?}");
    assert_code(&profile_set(&env, "lab", "can.bitrate", "250k"), 0);
    assert_code(&profile_set(&env, "lab", "can.host", "[::1]:8080"), 0);
    assert_eq!(
        read(&env.config_file()),
        "[profiles.lab.can]\nbitrate = \"250k\"\nhost = \"[::1]:8080\"\n"
    );
}

#[test]
fn profile_set_keeps_the_inline_comment_of_the_line_it_changes() {
    let env = Env::new();
    env.write_config(
        "[profiles.lab.can]\nhost = \"10.0.0.1\"   # the blue one\nsession_timeout = 60 # long scripts\n\
         [profiles.car]\novms = { server = \"https://a:6869\" } # inline table\n",
    );
    assert_code(&profile_set(&env, "lab", "can.host", "10.0.0.2"), 0);
    assert_code(&profile_set(&env, "lab", "can.session_timeout", "90"), 0);
    assert_code(
        &profile_set(&env, "car", "ovms.server", "https://b:6869"),
        0,
    );
    assert_eq!(
        read(&env.config_file()),
        "[profiles.lab.can]\nhost = \"10.0.0.2\"   # the blue one\nsession_timeout = 90 # long scripts\n\
         [profiles.car]\novms = { server = \"https://b:6869\" } # inline table\n"
    );
}

/// `profile credential KEY`: where the resolver takes a credential from, and its length, never its value.
fn credential(env: &Env, key: &str) -> Output {
    env.run(&["profile", "credential", key])
}

/// `profile credential KEY FLAG` with `stdin` as its standard input (`--token-stdin`, `--password-stdin`).
fn credential_stdin(env: &Env, key: &str, flag: &str, stdin: &str) -> Output {
    env.run_stdin(&["profile", "credential", key, flag], stdin)
}

#[test]
fn ovms_and_ksc_tokens_come_from_each_source_in_order() {
    for (group, var, what) in [
        ("ovms", "FIELDCTL_OVMS_TOKEN", "OVMS API token"),
        ("ksc", "FIELDCTL_KSC_TOKEN", "KSC token"),
    ] {
        let key = format!("{group}.token");
        let mut env = Env::new();
        // Nothing anywhere, no terminal: exit 4 naming every source.
        let out = credential(&env, &key);
        assert_fails(
            &out,
            4,
            &format!("{what} is needed and there is no terminal to ask for it"),
        );
        assert!(
            out.stderr.contains(&format!(
                "give it with {var}, --token-stdin or {group}.token_command"
            )),
            "{out:?}"
        );
        // The profile's value, warned about while the file is readable by others.
        let in_file =
            format!("default_profile = \"p\"\n[profiles.p.{group}]\ntoken = \"in-file\"\n");
        env.write_config(&in_file);
        set_mode(&env.config_file(), 0o644);
        let out = credential(&env, &key);
        assert_code(&out, 0);
        assert_eq!(
            out.stdout,
            format!("{key}: from profile 'p' (7 characters)\n")
        );
        assert!(
            out.stderr
                .contains("holds a plain token and can be read by other users")
                && out.stderr.contains(&format!("{group}.token_command")),
            "{out:?}"
        );
        set_mode(&env.config_file(), 0o600);
        let out = credential(&env, &key);
        assert_eq!(out.stderr, "", "{out:?}");
        // token_command beats the profile's value: its first line.
        env.write_config(&format!(
            "{in_file}token_command = \"printf 'from-cmd\\\\nsecond line'\"\n"
        ));
        let out = credential(&env, &key);
        assert_code(&out, 0);
        assert_eq!(
            out.stdout,
            format!("{key}: from {group}.token_command (8 characters)\n")
        );
        // --token-stdin beats the command (and --password-stdin is not it).
        let out = credential_stdin(&env, &key, "--token-stdin", "from-stdin\r\nrest\n");
        assert_code(&out, 0);
        assert_eq!(
            out.stdout,
            format!("{key}: from stdin (--token-stdin) (10 characters)\n")
        );
        let out = credential_stdin(&env, &key, "--password-stdin", "x\n");
        assert!(out.stdout.contains("token_command"), "{out:?}");
        let out = credential_stdin(&env, &key, "--token-stdin", "");
        assert_fails(&out, 4, "--token-stdin: stdin was empty");
        // The variable beats everything.
        env.set(var, "from-env");
        let out = credential_stdin(&env, &key, "--token-stdin", "from-stdin\n");
        assert_code(&out, 0);
        assert_eq!(
            out.stdout,
            format!("{key}: from environment variable {var} (8 characters)\n")
        );
        for value in ["in-file", "from-cmd", "from-stdin", "from-env"] {
            assert!(!out.stdout.contains(value) && !out.stderr.contains(value));
        }
    }
}

#[test]
fn a_failing_token_command_is_exit_10_naming_it() {
    let env = Env::new();
    env.write_config(
        "default_profile = \"p\"\n[profiles.p.ksc]\ntoken_command = \"exit 3\"\npassword_command = \"true\"\n",
    );
    let out = credential(&env, "ksc.token");
    assert_fails(&out, 10, "ksc.token_command failed (exit status: 3)");
    let out = credential(&env, "ksc.password");
    assert_fails(&out, 10, "ksc.password_command printed nothing");
}

#[test]
fn the_ksc_two_factor_code_comes_from_its_variable_or_command_only() {
    let mut env = Env::new();
    env.write_config("default_profile = \"p\"\n[profiles.p.ksc]\ntotp = \"123456\"\n");
    let out = credential(&env, "ksc.totp");
    assert_fails(&out, 4, "KSC two-factor code is needed");
    assert!(
        out.stderr.contains(&format!(
            "{}:3: ksc.totp is not kept in a profile (set FIELDCTL_KSC_TOTP instead); ignored",
            env.config_file().display()
        )),
        "{out:?}"
    );
    assert!(
        out.stderr
            .contains("give it with FIELDCTL_KSC_TOTP or ksc.totp_command"),
        "{out:?}"
    );
    env.set("FIELDCTL_KSC_TOTP", "654321");
    let out = credential(&env, "ksc.totp");
    assert_code(&out, 0);
    assert_eq!(
        out.stdout,
        "ksc.totp: from environment variable FIELDCTL_KSC_TOTP (6 characters)\n"
    );
}

#[test]
fn a_token_is_asked_for_on_a_terminal_without_echo() {
    crate::require_python!();
    let env = Env::new();
    let script = r#"
import os, pty, sys, time, termios
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], ["fieldctl", "profile", "credential", "ovms.token"])
out = b""
deadline = time.time() + 10
while b"OVMS API token:" not in out and time.time() < deadline:
    out += os.read(fd, 100)
while termios.tcgetattr(fd)[3] & termios.ECHO and time.time() < deadline:
    time.sleep(0.01)
os.write(fd, b"typed-token\n")
rest = b""
while True:
    try:
        chunk = os.read(fd, 100)
    except OSError:
        break
    if not chunk:
        break
    rest += chunk
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status), rest.decode().strip())
"#;
    let out = env.python(script, &[BIN]);
    assert_eq!(
        out.stdout.trim(),
        "0 ovms.token: from the terminal (11 characters)",
        "{out:?}"
    );
}

#[test]
fn the_can_password_comes_from_the_same_resolver() {
    let mut env = Env::new();
    let sim = Sim::start(&env, "can", &["--password", "pw-cmd"]);
    env.write_config(&format!(
        "default_profile = \"p\"\n[profiles.p.can]\nhost = \"{}\"\npassword = \"stale\"\n\
         password_command = \"echo pw-cmd\"\n",
        sim.addr
    ));
    assert_code(&env.run(&["can", "timer"]), 0);
    env.set("FIELDCTL_CAN_PASSWORD", "wrong");
    let out = env.run(&["can", "timer"]);
    assert_fails(&out, 4, "canERR_INVALID_PASSWORD (-128)");
    assert!(
        out.stderr
            .contains("give the device password with FIELDCTL_CAN_PASSWORD, --password-stdin or can.password_command"),
        "{out:?}"
    );
    let sent: Vec<_> = calls(&sim, "canInitializeLibrary")
        .iter()
        .map(|r| param(r, "password").unwrap_or("").to_owned())
        .collect();
    assert_eq!(sent, ["pw-cmd", "wrong"]);
}

fn set_mode(path: &std::path::Path, mode: u32) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
}
