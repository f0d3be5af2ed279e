//! Committed completions and man pages must match what the CLI generates.

use crate::support::*;

#[test]
fn completions_and_man_pages_are_current() {
    let env = Env::new();
    let dir = env.path("gen");
    assert_code(&env.run(&["generate-docs", dir.to_str().unwrap()]), 0);
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for sub in ["completions", "docs/man"] {
        let generated: Vec<_> = std::fs::read_dir(dir.join(sub))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        for name in &generated {
            let want = std::fs::read(dir.join(sub).join(name)).unwrap();
            let have = std::fs::read(repo.join(sub).join(name)).unwrap_or_default();
            assert!(
                want == have,
                "{sub}/{} is stale: run `cargo run -- generate-docs .` and commit the result",
                name.to_string_lossy()
            );
            checked += 1;
        }
        let committed = std::fs::read_dir(repo.join(sub))
            .map(|d| d.count())
            .unwrap_or(0);
        assert_eq!(
            committed,
            generated.len(),
            "{sub} holds files the CLI no longer generates"
        );
    }
    assert!(checked > 5);
}

#[test]
fn completions_command_prints_a_script_for_each_shell() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = env.run(&["completions", shell]);
        assert_code(&out, 0);
        assert!(out.stdout.contains("fieldctl"), "{shell}");
    }
    let out = env.run(&["completions", "tcsh"]);
    assert_code(&out, 2);
}
