//! Every command of the README's `console` blocks runs as shown: each block in a fresh copy
//! of the charter (a git repository), each command exits 0, and each output line shown
//! appears in its output. `cargo run --release --` stands for the binary; `cargo test` is what
//! runs this test.

mod common;

use common::{charte, charter_copy, root};

struct Step {
    args: Vec<String>,
    expected: Vec<String>,
}

fn blocks() -> Vec<Vec<Step>> {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let mut blocks = Vec::new();
    let mut current: Option<Vec<Step>> = None;
    for line in readme.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```console") => current = Some(Vec::new()),
            (Some(_), "```") => blocks.push(current.take().unwrap()),
            (Some(steps), l) => {
                if let Some(cmd) = l.strip_prefix("$ ") {
                    let args = cmd.split_whitespace().map(str::to_owned).collect();
                    steps.push(Step { args, expected: Vec::new() });
                } else if let Some(step) = steps.last_mut() {
                    step.expected.push(l.to_owned());
                }
            }
            (None, _) => {}
        }
    }
    blocks
}

#[test]
fn readme_commands_run_as_shown() {
    let blocks = blocks();
    assert!(blocks.len() >= 5, "{}", blocks.len());
    let mut ran = 0;
    for steps in blocks {
        let dir = charter_copy();
        let d = dir.path();
        let _ = std::process::Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org", "init", "-q"])
            .current_dir(d)
            .status();
        let _ = std::process::Command::new("git").args(["add", "."]).current_dir(d).status();
        let _ = std::process::Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "x"])
            .current_dir(d)
            .status();
        for step in steps {
            let args: Vec<&str> = match step.args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
                ["cargo", "test", ..] => continue,
                ["cargo", "run", "--release", "--", rest @ ..] => rest.to_vec(),
                ["charte", rest @ ..] => rest.to_vec(),
                other => panic!("README command not understood: {other:?}"),
            };
            let out = charte(d).args(&args).output().unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert_eq!(out.status.code(), Some(0), "{args:?}: {stdout}{}", String::from_utf8_lossy(&out.stderr));
            for line in &step.expected {
                assert!(stdout.lines().any(|l| l == line), "{args:?}: expected {line:?} in\n{stdout}");
            }
            ran += 1;
        }
    }
    assert!(ran >= 10, "{ran}");
}
