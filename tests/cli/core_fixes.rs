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
fn a_missing_xdg_state_home_is_not_created() {
    let mut env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let state = env.path("no-state");
    env.set("XDG_STATE_HOME", state.to_str().unwrap());
    let out = env.can(&sim, &["timer"]);
    assert_fails(
        &out,
        10,
        &format!("XDG_STATE_HOME {} does not exist", state.display()),
    );
    assert!(!state.exists());
    // Below an existing base the directory is made as before.
    std::fs::create_dir(&state).unwrap();
    assert_code(&env.can(&sim, &["timer"]), 0);
    assert!(state.join("fieldctl").is_dir());
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
