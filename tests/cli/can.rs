//! `fieldctl can` against `fieldctl sim can`.

use crate::support::*;

#[test]
fn status_shows_free_and_the_holder() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.run(&["can", "status", "--host", &sim.addr, "-o", "json"]);
    assert_code(&out, 0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["state"], "free");
    assert_eq!(v["usage"], 0);
    assert_eq!(sim.functions(), ["deviceStatus"]);
    assert_eq!(param(&sim.requests()[0], "ident"), Some("1"));
}

#[test]
fn timer_opens_and_releases_everything() {
    let env = Env::new();
    let sim = Sim::start(&env, "can", &[]);
    let out = env.run(&["can", "timer", "--host", &sim.addr, "-o", "json"]);
    assert_code(&out, 0);
    assert_eq!(
        sim.functions(),
        [
            "canInitializeLibrary",
            "S/canOpenChannel",
            "S/canReadTimer",
            "S/canClose",
            "S/canUnloadLibrary"
        ]
    );
    let idents: Vec<_> = sim
        .requests()
        .iter()
        .map(|r| param(r, "ident").unwrap().to_owned())
        .collect();
    assert_eq!(idents, ["1", "2", "3", "4", "5"]);
    assert_eq!(param(&sim.requests()[0], "timeout"), Some("30"));
    // the device is free again and no state is left behind
    assert!(
        env.run(&["can", "status", "--host", &sim.addr])
            .stdout
            .contains("free")
    );
    let state: Vec<_> = std::fs::read_dir(env.root.join("state/fieldctl"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        state
            .iter()
            .all(|n| !n.to_string_lossy().ends_with(".json")),
        "{state:?}"
    );
}
