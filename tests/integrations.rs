//! The GitHub action and the pre-commit hook parse as YAML and name commands that exist.

mod common;

use common::{charte, root};

fn yaml(path: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(root().join(path)).unwrap();
    serde_saphyr::from_str::<serde_json::Value>(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The `charte ...` invocations in a shell script, with `$VARS` dropped.
fn invocations(script: &str) -> Vec<Vec<String>> {
    script
        .lines()
        .filter_map(|l| l.find("bin/charte\" ").map(|i| &l[i + "bin/charte\" ".len()..]))
        .map(|rest| {
            rest.split_whitespace()
                .take_while(|w| !w.starts_with(">>") && *w != "||")
                .filter(|w| !w.starts_with('$'))
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

#[test]
fn action_runs_existing_commands() {
    let action = yaml("action.yml");
    assert_eq!(action["runs"]["using"], "composite");
    let steps = action["runs"]["steps"].as_array().unwrap();
    let mut formats = Vec::new();
    for step in steps {
        let script = step["run"].as_str().unwrap();
        assert!(!script.contains("${{"), "inputs are passed through the environment: {script}");
        for args in invocations(script) {
            let help = charte(&root()).args(&args).arg("--help").output().unwrap();
            assert!(help.status.success(), "{args:?}");
            let i = args.iter().position(|a| a == "--format").unwrap();
            formats.push(args[i + 1].clone());
        }
    }
    assert_eq!(formats, ["github", "markdown"]);
    assert!(steps[0]["run"].as_str().unwrap().contains("cargo install --locked"));
}

#[test]
fn pre_commit_hook_runs_an_existing_command() {
    let hooks = yaml(".pre-commit-hooks.yaml");
    let hook = &hooks[0];
    assert_eq!(hook["id"], "charte");
    assert_eq!(hook["language"], "rust");
    let entry: Vec<&str> = hook["entry"].as_str().unwrap().split_whitespace().collect();
    assert_eq!(entry[0], "charte");
    let out = charte(&root()).args(&entry[1..]).args(["charter/de.md", "charter/fr.md"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Checked 5 files"), "the master stands for its translations");
}
