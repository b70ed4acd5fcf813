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
        let Some(script) = step["run"].as_str() else { continue };
        assert!(!script.contains("${{"), "inputs are passed through the environment: {script}");
        for args in invocations(script) {
            let help = charte(&root()).args(&args).arg("--help").output().unwrap();
            assert!(help.status.success(), "{args:?}");
            let i = args.iter().position(|a| a == "--format").unwrap();
            formats.push(args[i + 1].clone());
        }
    }
    assert_eq!(formats, ["github", "markdown"]);
    let build = steps.iter().find(|s| s["name"] == "Build charte from source").unwrap();
    assert!(build["run"].as_str().unwrap().contains("cargo install --locked"));
}

#[test]
fn pre_commit_hook_runs_an_existing_command() {
    let hooks = yaml(".pre-commit-hooks.yaml");
    let hook = &hooks[0];
    assert_eq!(hook["id"], "charte");
    assert_eq!(hook["language"], "rust");
    assert_eq!(hooks[1]["id"], "charte-system");
    assert_eq!(hooks[1]["entry"], hook["entry"]);
    let entry: Vec<&str> = hook["entry"].as_str().unwrap().split_whitespace().collect();
    assert_eq!(entry[0], "charte");
    let out = charte(&root()).args(&entry[1..]).args(["charter/de.md", "charter/fr.md"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Checked 5 files"), "the master stands for its translations");
}

/// A git repository with the charter, a README and a first commit, as a project using the hook.
fn hook_site() -> tempfile::TempDir {
    let dir = common::charter_copy();
    let d = dir.path();
    std::fs::write(d.join("README.md"), "# Our charter\n\nTranslations welcome.\n").unwrap();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"])
            .args(args)
            .current_dir(d)
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-qm", "charter"]);
    dir
}

/// `pre-commit try-repo` with this repository's hook on a change to README.md and a
/// translation: passes when the translation is right, fails (naming the rule) when it is not.
fn run_hook(hook: &str, env: &[(&str, std::ffi::OsString)]) {
    if std::process::Command::new("pre-commit").arg("--version").output().is_err() {
        println!("SKIPPED: pre-commit is not installed (python3 -m pip install pre-commit)");
        return;
    }
    let dir = hook_site();
    let d = dir.path();
    std::fs::write(d.join("README.md"), "# Our charter\n\nTranslations welcome, see charter/.\n").unwrap();
    let de = std::fs::read_to_string(d.join("charter/de.md")).unwrap();
    std::fs::write(d.join("charter/de.md"), de.replacen("Wir ", "Wir  ", 1)).unwrap();
    let run = || {
        let mut cmd = std::process::Command::new("pre-commit");
        cmd.args(["try-repo", root().to_str().unwrap(), hook, "--files", "README.md", "charter/de.md"])
            .current_dir(d)
            .env("NO_COLOR", "1")
            .env_remove("LANG")
            .env_remove("LC_ALL");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let (code, out) = run();
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("Passed"), "{out}");
    std::fs::write(d.join("charter/de.md"), de.replacen("**", "", 2)).unwrap();
    let (code, out) = run();
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("Failed") && out.contains("strong-count") && out.contains("charter/de.md"), "{out}");
    assert!(!out.contains("README.md:"), "README.md is not a translation: {out}");
}

#[test]
fn pre_commit_runs_the_system_hook_on_a_real_commit() {
    // The binary under test stands for an installed charte.
    let bin = std::path::PathBuf::from(env!("CARGO_BIN_EXE_charte"));
    let path = std::env::join_paths(
        std::iter::once(bin.parent().unwrap().to_path_buf())
            .chain(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())),
    )
    .unwrap();
    run_hook("charte-system", &[("PATH", path)]);
}

/// The `language: rust` hook builds charte from this repository with cargo (a release build:
/// minutes), so it runs where `CHARTE_TEST_RUST_HOOK` is set, as in `.ci/run`.
#[test]
fn pre_commit_builds_and_runs_the_rust_hook() {
    if std::env::var_os("CHARTE_TEST_RUST_HOOK").is_none() {
        println!("SKIPPED: set CHARTE_TEST_RUST_HOOK=1 to build the rust hook with pre-commit");
        return;
    }
    run_hook("charte", &[]);
}
