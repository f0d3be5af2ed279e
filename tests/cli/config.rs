//! Profiles: `profile set/show/list/unset/remove/use`, `config path`, precedence, file errors.

use crate::support::*;

#[test]
fn config_path_follows_flag_env_and_default() {
    let mut env = Env::new();
    let out = env.run(&["config", "path"]);
    assert_code(&out, 0);
    assert_eq!(out.stdout.trim(), env.config_file().to_str().unwrap());
    assert_eq!(
        env.run(&["config", "path", "--config", "/x/y.toml"]).stdout,
        "/x/y.toml\n"
    );
    env.set("FIELDCTL_CONFIG", "/from/env.toml");
    assert_eq!(env.run(&["config", "path"]).stdout, "/from/env.toml\n");
    assert_eq!(
        env.run(&["--config", "/flag.toml", "config", "path"])
            .stdout,
        "/flag.toml\n"
    );
}

#[test]
fn set_creates_a_private_file_and_show_lists_it() {
    let env = Env::new();
    assert_code(
        &env.run(&["profile", "set", "lab", "can.host", "192.168.1.10:8080"]),
        0,
    );
    assert_code(
        &env.run(&["profile", "set", "lab", "can.session_timeout", "120"]),
        0,
    );
    assert_code(
        &env.run(&["profile", "set", "lab", "ksc.ca_cert", "~/klserver.pem"]),
        0,
    );
    let text = read(&env.config_file());
    assert_eq!(
        text,
        "[profiles.lab.can]\nhost = \"192.168.1.10:8080\"\nsession_timeout = 120\n\n[profiles.lab.ksc]\nca_cert = \"~/klserver.pem\"\n"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.config_file())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
    }
    let out = env.run(&["profile", "show", "lab", "-o", "json"]);
    assert_code(&out, 0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v[0]["setting"], "can.host");
    assert_eq!(v[0]["value"], "192.168.1.10:8080");
    assert_eq!(v[1]["value"], 120);
    assert_eq!(v[2]["setting"], "ksc.ca_cert");
    let table = env.run(&["profile", "show", "lab"]).stdout;
    assert!(
        table.contains("can.session_timeout") && table.contains("120"),
        "{table}"
    );
}

#[test]
fn set_keeps_comments_and_layout() {
    let env = Env::new();
    env.write_config("# my lab\ndefault_profile = \"lab\"   # the bench\n\n[profiles.lab.can]\n# the blue one\nhost = \"10.0.0.1\"\n");
    assert_code(
        &env.run(&["profile", "set", "lab", "can.session_timeout", "60"]),
        0,
    );
    assert_code(
        &env.run(&["profile", "set", "car", "ovms.vehicle", "DEMO"]),
        0,
    );
    assert_eq!(
        read(&env.config_file()),
        "# my lab\ndefault_profile = \"lab\"   # the bench\n\n[profiles.lab.can]\n# the blue one\nhost = \"10.0.0.1\"\nsession_timeout = 60\n\n[profiles.car.ovms]\nvehicle = \"DEMO\"\n"
    );
    assert_code(
        &env.run(&["profile", "unset", "lab", "can.session_timeout"]),
        0,
    );
    assert_code(&env.run(&["profile", "remove", "car"]), 0);
    assert_eq!(
        read(&env.config_file()),
        "# my lab\ndefault_profile = \"lab\"   # the bench\n\n[profiles.lab.can]\n# the blue one\nhost = \"10.0.0.1\"\n"
    );
}

#[test]
fn list_and_use_mark_the_default() {
    let env = Env::new();
    env.run(&["profile", "set", "a", "can.host", "h1"]);
    env.run(&["profile", "set", "b", "ovms.server", "s"]);
    assert_code(&env.run(&["profile", "use", "b"]), 0);
    let out = env.run(&["profile", "list", "-o", "csv"]);
    assert_code(&out, 0);
    assert_eq!(
        out.stdout,
        "name,default,groups\r\na,false,can\r\nb,true,ovms\r\n"
    );
    // show without a name shows the default profile
    let out = env.run(&["profile", "show", "--json"]);
    assert!(out.stdout.contains("\"ovms.server\""), "{out:?}");
    let out = env.run(&["profile", "use", "zzz"]);
    assert_fails(&out, 10, "profile 'zzz' does not exist");
    assert!(out.stderr.contains("a, b"), "{out:?}");
}

#[test]
fn secrets_are_never_taken_on_argv_and_show_redacts_them() {
    let env = Env::new();
    let out = env.run(&["profile", "set", "lab", "can.password", "hunter2"]);
    assert_fails(&out, 2, "not taken on the command line");
    assert!(!env.config_file().exists());
    let out = env.run_stdin(&["profile", "set", "lab", "can.password", "-"], "s3cret\n");
    assert_code(&out, 0);
    assert!(read(&env.config_file()).contains("password = \"s3cret\""));
    let out = env.run(&["profile", "show", "lab"]);
    assert!(
        out.stdout.contains("(redacted)") && !out.stdout.contains("s3cret"),
        "{out:?}"
    );
}

#[test]
fn unknown_keys_and_bad_values_are_config_errors() {
    let env = Env::new();
    let out = env.run(&["profile", "set", "lab", "can.hots", "x"]);
    assert_fails(&out, 10, "unknown setting 'can.hots'");
    assert!(out.stderr.contains("can.host"), "{out:?}");
    let out = env.run(&["profile", "set", "lab", "can.session_timeout", "abc"]);
    assert_fails(&out, 10, "can.session_timeout must be an integer");
    assert!(!env.config_file().exists(), "nothing written on error");
}

#[test]
fn malformed_or_invalid_files_name_file_and_line() {
    let env = Env::new();
    let file = env.config_file();
    env.write_config("[profiles.lab.can]\nhost = \"a\"\nsession_timeout = \"soon\"\n");
    // A bad value fails the commands that read it, naming file:line ...
    let out = env.run(&["-p", "lab", "can", "timer", "--host", &closed_port()]);
    assert_fails(
        &out,
        10,
        &format!(
            "{}:3: can.session_timeout must be an integer",
            file.display()
        ),
    );
    // ... and no other command.
    assert_code(&env.run(&["profile", "list"]), 0);
    // An unknown key is a warning naming file:line, not a failure.
    env.write_config("[profiles.lab.can]\nhost = \"a\"\ncolour = \"red\"\n");
    let out = env.run(&["profile", "show", "lab"]);
    assert_fails(
        &out,
        0,
        &format!(
            "warning: {}:3: unknown setting 'can.colour' in profile 'lab' ignored",
            file.display()
        ),
    );
    env.write_config("default_profile = \"lab\"\n[profiles.lab.can\nhost = 1\n");
    let out = env.run(&["can", "status"]);
    assert_fails(&out, 10, &format!("{}:2: malformed TOML", file.display()));
    // A command that does not need the config is not stopped by it.
    assert_code(&env.run(&["completions", "bash"]), 0);
}

#[test]
fn missing_profile_lists_the_profiles_there_are() {
    let mut env = Env::new();
    env.write_config("[profiles.lab.can]\nhost = \"a\"\n[profiles.car.ovms]\nserver = \"s\"\n");
    let out = env.run(&["-p", "nope", "can", "status"]);
    assert_code(&out, 10);
    assert!(
        out.stderr
            .starts_with("fieldctl: error: requested profile 'nope' does not exist in ")
            && out.stderr.contains("(profiles there: car, lab)"),
        "{out:?}"
    );
    env.set("FIELDCTL_PROFILE", "gone");
    let out = env.run(&["can", "status"]);
    assert_fails(&out, 10, "'gone'");
}

#[test]
fn flag_beats_env_beats_profile() {
    let mut env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    // The profile points at a closed port; the env at the simulator; a flag at another closed port.
    let closed = closed_port();
    env.write_config(&format!(
        "default_profile = \"lab\"\n[profiles.lab.can]\nhost = \"{closed}\"\n"
    ));
    assert_code(&env.run(&["can", "status"]), 6);
    env.set("FIELDCTL_CAN_HOST", &sim.addr);
    assert_code(&env.run(&["can", "status"]), 0);
    assert_code(&env.can(&closed_port(), &["status"]), 6);
    // and the profile alone works when nothing overrides it
    let env2 = Env::new();
    env2.write_config(&format!(
        "default_profile = \"lab\"\n[profiles.lab.can]\nhost = \"{}\"\n",
        sim.addr
    ));
    assert_code(&env2.run(&["can", "status"]), 0);
}

#[test]
fn plain_password_in_a_readable_file_warns() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--password", "pw1"]);
    env.write_config(&format!(
        "[profiles.lab.can]\nhost = \"{}\"\npassword = \"pw1\"\n",
        sim.addr
    ));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(env.config_file(), std::fs::Permissions::from_mode(0o644))
            .unwrap();
        let out = env.run(&["-p", "lab", "can", "timer"]);
        assert_code(&out, 0);
        assert!(out.stderr.contains("can be read by other users"), "{out:?}");
        std::fs::set_permissions(env.config_file(), std::fs::Permissions::from_mode(0o600))
            .unwrap();
        let out = env.run(&["-p", "lab", "can", "timer"]);
        assert_code(&out, 0);
        assert!(!out.stderr.contains("warning"), "{out:?}");
    }
}

#[test]
fn password_command_is_used() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &["--password", "from-cmd"]);
    env.write_config(&format!(
        "[profiles.lab.can]\nhost = \"{}\"\npassword_command = \"echo from-cmd\"\n",
        sim.addr
    ));
    assert_code(&env.run(&["-p", "lab", "can", "timer"]), 0);
    let init = sim
        .requests()
        .into_iter()
        .find(|r| r["path"] == "/canInitializeLibrary")
        .unwrap();
    assert_eq!(param(&init, "password"), Some("from-cmd"));
}

#[test]
fn edits_follow_a_symlinked_config_and_can_remove_what_no_longer_validates() {
    let env = Env::new();
    let real = env.path("dotfiles.toml");
    std::fs::write(&real, "[profiles.lab.can]\nhost = \"a\"\nhots = \"typo\"\n").unwrap();
    std::fs::create_dir_all(env.config_file().parent().unwrap()).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&real, env.config_file()).unwrap();
    // the typo is a warning, not a block ...
    let out = env.run(&["profile", "set", "lab", "can.session_timeout", "5"]);
    assert_code(&out, 0);
    assert!(out.stderr.contains("did you mean can.host?"), "{out:?}");
    // ... and can be removed
    let out = env.run(&["profile", "unset", "lab", "can.hots"]);
    assert_code(&out, 0);
    assert!(
        std::fs::symlink_metadata(env.config_file())
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link stays a link"
    );
    assert_eq!(
        read(&real),
        "[profiles.lab.can]\nhost = \"a\"\nsession_timeout = 5\n"
    );
    assert_code(&env.run(&["profile", "set", "", "can.host", "x"]), 2);
    assert_code(&env.run(&["profile", "remove", "nope"]), 10);
}

#[test]
fn ctrl_c_at_a_password_prompt_exits_130_and_gives_the_terminal_its_echo_back() {
    crate::require_python!();
    let env = Env::new();
    // A real terminal from python's pty module; Ctrl-C typed as ^C.
    let script = r#"
import os, pty, sys, time, termios
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], ["fieldctl", "profile", "set", "lab", "can.password"])
out = b""
deadline = time.time() + 10
while b"can.password:" not in out and time.time() < deadline:
    out += os.read(fd, 100)
while termios.tcgetattr(fd)[3] & termios.ECHO and time.time() < deadline:
    time.sleep(0.01)  # the prompt turns echo off just after printing itself
during = bool(termios.tcgetattr(fd)[3] & termios.ECHO)
os.write(fd, b"\x03")
_, status = os.waitpid(pid, 0)
after = bool(termios.tcgetattr(fd)[3] & termios.ECHO)
print(os.waitstatus_to_exitcode(status), during, after)
"#;
    let o = env
        .external("python3", &["-c", script, BIN])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).trim(),
        "130 False True",
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!env.config_file().exists(), "nothing written");
}
