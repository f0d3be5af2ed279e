//! Fixes from a new-user trial: missing HOME in cron, bad global variables, stdout errors, comments kept by
//! `profile remove`, simulators stopped by a signal, TOML integers for text settings.

use crate::support::*;

// --- 1. A missing HOME (or XDG base directory) is never created.

#[test]
fn a_missing_home_is_not_created_for_state() {
    let mut env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let home = env.path("nonexistent");
    env.set("HOME", home.to_str().unwrap());
    env.set("XDG_STATE_HOME", "");
    env.set("XDG_CONFIG_HOME", "");
    // A command that needs no state works.
    assert_code(&env.can(&sim, &["status"]), 0);
    let out = env.can(&sim, &["timer"]);
    assert_fails(
        &out,
        10,
        &format!(
            "cannot use the state directory {}/.local/state/fieldctl: HOME {} does not exist",
            home.display(),
            home.display()
        ),
    );
    assert!(out.stderr.contains("hint: set XDG_STATE_HOME"), "{out:?}");
    assert!(!home.exists(), "HOME was created");
    assert!(calls(&sim, "canInitializeLibrary").is_empty());
}

#[test]
fn a_missing_xdg_state_home_is_made_but_not_a_tree_above_it() {
    let mut env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let state = env.path("no-parent/state");
    env.set("XDG_STATE_HOME", state.to_str().unwrap());
    let out = env.can(&sim, &["timer"]);
    assert_fails(
        &out,
        10,
        &format!(
            "XDG_STATE_HOME {} cannot be made: {} does not exist",
            state.display(),
            env.path("no-parent").display()
        ),
    );
    assert!(!env.path("no-parent").exists());
    // The XDG directory itself is made when missing, as the XDG spec asks.
    std::fs::create_dir(env.path("no-parent")).unwrap();
    assert_code(&env.can(&sim, &["timer"]), 0);
    assert!(state.join("fieldctl").is_dir());
    // Inside an existing home, the whole path is made (`XDG_STATE_HOME=$HOME/.local/state`, no ~/.local yet).
    let in_home = env.path("home/.local/state");
    env.set("XDG_STATE_HOME", in_home.to_str().unwrap());
    assert_code(&env.can(&sim, &["timer"]), 0);
    assert!(in_home.join("fieldctl").is_dir());
}

#[test]
fn profile_set_does_not_create_a_missing_home() {
    let mut env = Env::new();
    let home = env.path("nonexistent");
    env.set("HOME", home.to_str().unwrap());
    env.set("XDG_CONFIG_HOME", "");
    let out = env.run(&["profile", "set", "lab", "can.host", "h"]);
    assert_fails(
        &out,
        10,
        &format!(
            "cannot write config file {}/.config/fieldctl/config.toml: HOME {} does not exist",
            home.display(),
            home.display()
        ),
    );
    assert!(!home.exists(), "HOME was created");
    // --config elsewhere still works.
    let file = env.path("c/config.toml");
    let out = env.run(&[
        "profile",
        "set",
        "lab",
        "can.host",
        "h",
        "--config",
        file.to_str().unwrap(),
    ]);
    assert_code(&out, 0);
}

// --- 2. A bad global variable names the variable (exit 10); a bad flag stays a usage error (exit 2).

#[test]
fn bad_global_variables_name_the_variable() {
    for (var, value, message) in [
        (
            "FIELDCTL_OUTPUT",
            "bogus",
            "fieldctl: error: environment variable FIELDCTL_OUTPUT: output must be one of table, json, ndjson, csv, log, not 'bogus'\n",
        ),
        (
            "FIELDCTL_TIMEOUT",
            "0",
            "fieldctl: error: environment variable FIELDCTL_TIMEOUT: '0' is not a number of seconds above 0 and at most 86400\n",
        ),
        (
            "FIELDCTL_MAX_RESPONSE_BYTES",
            "lots",
            "fieldctl: error: environment variable FIELDCTL_MAX_RESPONSE_BYTES: ",
        ),
    ] {
        let mut env = Env::new();
        env.set(var, value);
        let out = env.run(&["completions", "bash"]);
        assert_fails(&out, 10, message);
        assert!(
            out.stderr.contains("hint: fix the variable or unset it"),
            "{out:?}"
        );
        assert!(out.stdout.is_empty(), "{out:?}");
    }
}

#[test]
fn a_flag_overrides_a_bad_variable_wherever_it_is_given() {
    let mut env = Env::new();
    env.set("FIELDCTL_TIMEOUT", "0");
    env.set("FIELDCTL_OUTPUT", "bogus");
    for args in [
        &["--timeout", "5", "-o", "table", "completions", "bash"][..],
        &["completions", "bash", "--timeout=5", "--output", "table"],
    ] {
        let out = env.run(args);
        assert_code(&out, 0);
        assert!(out.stdout.contains("fieldctl"), "{out:?}");
    }
}

#[test]
fn good_global_variables_still_apply_and_bad_flags_stay_usage_errors() {
    let mut env = Env::new();
    env.set("FIELDCTL_OUTPUT", "json");
    env.write_config("[profiles.lab.can]\nhost = \"h\"\n");
    let out = env.run(&["profile", "list"]);
    assert_code(&out, 0);
    assert!(out.stdout.trim_start().starts_with('['), "{out:?}");
    let env = Env::new();
    let out = env.run(&["completions", "bash", "--timeout", "0"]);
    assert_fails(
        &out,
        2,
        "invalid value '0' for '--timeout <SECS>': '0' is not a number of seconds above 0 and at most 86400",
    );
    let out = env.run(&["-o", "bogus", "completions", "bash"]);
    assert_fails(&out, 2, "invalid value 'bogus' for '--output <FORMAT>'");
}

#[test]
fn identify_seconds_range_says_above_0() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.can(&sim, &["identify", "--seconds", "0"]);
    assert_fails(&out, 2, "--seconds must be above 0 and at most 3600");
}

// --- 3. stdout that cannot be written is exit 1 naming stdout; a local file stays exit 10 naming it.

fn to_dev_full(mut cmd: std::process::Command) -> Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let child = cmd
        .stdout(full)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    finish(child)
}

#[test]
fn a_full_stdout_is_exit_1_naming_stdout() {
    let env = Env::new();
    let small = env.path("small.txt");
    std::fs::write(&small, "hello\n").unwrap();
    let big = env.path("big.bin");
    std::fs::write(&big, vec![7u8; 300 << 10]).unwrap();
    let files = format!("F:/s.txt={}", small.display());
    let bigs = format!("F:/big.bin={}", big.display());
    let sim = Sim::start(
        &env,
        "can",
        &[
            "--traffic",
            "200",
            "--device-file",
            &files,
            "--device-file",
            &bigs,
        ],
    );
    for name in ["F:/s.txt", "F:/big.bin"] {
        let out = to_dev_full(env.can_command(&sim, &["file", "get", name, "-"]));
        assert_fails(&out, 1, "writing to stdout: No space left on device");
    }
    let out = to_dev_full(env.can_command(&sim, &["dump", "--count", "3"]));
    assert_fails(&out, 1, "writing to stdout: No space left on device");
    // A local file that cannot be written is a local file problem.
    let out = env.can(&sim, &["file", "get", "F:/s.txt", "/dev/full"]);
    assert_fails(&out, 10, "writing /dev/full: No space left on device");
    let out = env.can(&sim, &["dump", "--count", "3", "--file", "/dev/full"]);
    assert_fails(&out, 10, "writing /dev/full: No space left on device");
}

#[test]
fn an_unwritable_cert_out_is_exit_10_naming_it() {
    let env = Env::new();
    let path = env.path("missing/x.pem");
    let out = env.run(&[
        "sim",
        "can",
        "--tls",
        "--listen",
        "127.0.0.1:0",
        "--cert-out",
        path.to_str().unwrap(),
    ]);
    assert_fails(
        &out,
        10,
        &format!(
            "cannot write --cert-out {}: No such file or directory",
            path.display()
        ),
    );
}

// --- 4. `profile remove` keeps the comments of what it removes and says when the default went; edits leave
// no lock file behind.

#[test]
fn profile_remove_keeps_comments_and_says_the_default_went() {
    let env = Env::new();
    env.write_config(
        "# my config\ndefault_profile = \"NAME\"\n[profiles.NAME.can]\nhost = \"x\"\n",
    );
    let out = env.run(&["profile", "remove", "NAME"]);
    assert_code(&out, 0);
    assert_eq!(
        out.stderr,
        "profile NAME removed\ndefault profile was NAME; no default now\n"
    );
    assert_eq!(read(&env.config_file()), "# my config\n");
    // Comments move to what follows; other profiles and the default are untouched.
    env.write_config(
        "# my config\ndefault_profile = \"car\"\n\n# bench\n[profiles.lab.can] # blue\nhost = \"x\"\n\n\
         # the car\n[profiles.car.ovms]\nserver = \"s\"\n",
    );
    let out = env.run(&["profile", "remove", "lab"]);
    assert_code(&out, 0);
    assert_eq!(out.stderr, "profile lab removed\n");
    assert_eq!(
        read(&env.config_file()),
        "# my config\ndefault_profile = \"car\"\n\n# bench\n# the car\n[profiles.car.ovms]\nserver = \"s\"\n"
    );
}

#[test]
fn profile_unset_keeps_comments() {
    let env = Env::new();
    env.write_config(
        "# top\n[profiles.lab.can]\n# the blue one\nhost = \"x\"\n# short\nsession_timeout = 5\n",
    );
    assert_code(&env.run(&["profile", "unset", "lab", "can.host"]), 0);
    assert_eq!(
        read(&env.config_file()),
        "# top\n[profiles.lab.can]\n# the blue one\n# short\nsession_timeout = 5\n"
    );
    assert_code(
        &env.run(&["profile", "unset", "lab", "can.session_timeout"]),
        0,
    );
    assert_eq!(read(&env.config_file()), "# top\n# the blue one\n# short\n");
}

#[test]
fn edits_leave_no_lock_file() {
    let env = Env::new();
    let dir = env.config_file().parent().unwrap().to_owned();
    for args in [
        &["profile", "set", "lab", "can.host", "h"][..],
        &["profile", "use", "lab"],
        &["profile", "unset", "lab", "can.host"],
        &["profile", "remove", "nope"],
        &["profile", "set", "b", "can.host", "h"],
        &["profile", "remove", "b"],
    ] {
        env.run(args);
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["config.toml"], "after {args:?}");
    }
}

// --- 5. A simulator runs until stopped: Ctrl-C or SIGTERM ends it with exit 0.

#[test]
fn a_simulator_stopped_by_a_signal_exits_0() {
    use std::io::BufRead;
    let env = Env::new();
    for sig in ["TERM", "INT"] {
        let mut child = env.spawn(&["sim", "can", "--listen", "127.0.0.1:0"]);
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line.trim().to_owned();
        assert_eq!(get_json(&addr, "/deviceStatus")["usage"], 0);
        signal(&child, sig);
        let out = finish(child);
        assert_code(&out, 0);
        assert_eq!(out.stderr, "", "SIG{sig}");
    }
}

// --- 6. A text setting takes a TOML integer as its decimal text; type errors show the value found.

#[test]
fn text_settings_take_toml_integers() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let freq = |env: &Env, profile: &str| {
        assert_code(&env.run(&["-p", profile, "can", "send", "123#00"]), 0);
        param(calls(&sim, "canSetBusParams").last().unwrap(), "freq").map(str::to_owned)
    };
    env.write_config(&format!(
        "[profiles.int.can]\nhost = \"{0}\"\nbitrate = 250000\n\
         [profiles.text.can]\nhost = \"{0}\"\nbitrate = \"250K\"\n",
        sim.addr
    ));
    let by_int = freq(&env, "int");
    assert!(by_int.is_some());
    assert_eq!(by_int, freq(&env, "text"));
    // The integer's text then goes through the setting's check.
    env.write_config(&format!(
        "[profiles.a.can]\nhost = \"{}\"\nbitrate = 33\n",
        sim.addr
    ));
    let out = env.run(&["-p", "a", "can", "send", "123#00"]);
    assert_fails(
        &out,
        10,
        &format!(
            "{}:3: can.bitrate: '33' is not a bitrate",
            env.config_file().display()
        ),
    );
}

#[test]
fn type_errors_show_the_value_found() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    for (line, message) in [
        (
            "session_timeout = \"60\"",
            "can.session_timeout must be an integer, not \"60\"",
        ),
        (
            "session_timeout = 1.5",
            "can.session_timeout must be an integer, not 1.5",
        ),
        ("bitrate = true", "can.bitrate must be a string, not true"),
        (
            "bitrate = [1]",
            "can.bitrate must be a string, not an array",
        ),
    ] {
        env.write_config(&format!(
            "[profiles.a.can]\nhost = \"{}\"\n{line}   # mine\n",
            sim.addr
        ));
        let out = env.run(&["-p", "a", "can", "send", "123#00"]);
        let want = format!("{}:3: {message}\n", env.config_file().display());
        assert_fails(&out, 10, &want);
    }
    assert!(calls(&sim, "canInitializeLibrary").is_empty());
}
