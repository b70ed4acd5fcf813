//! Helpers shared by the integration tests.
#![allow(dead_code, unreachable_pub)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The languages of the charter's translations.
pub const LANGS: &[&str] = &["de", "en", "es", "it", "nl"];

/// The real binary, run in `dir`, in English, without colour.
pub fn charte(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("charte").expect("binary");
    cmd.current_dir(dir).env_remove("LANG").env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("CHARTE_LANG");
    cmd.env("NO_COLOR", "1");
    cmd
}

/// A temporary copy of the repository's `charter/` directory (snapshots included).
pub fn charter_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&root().join("charter"), &dir.path().join("charter"));
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Runs `charte check --format json` with extra arguments and returns (exit code, JSON).
pub fn check_json(dir: &Path, args: &[&str]) -> (i32, serde_json::Value) {
    let out = charte(dir).arg("check").args(args).arg("--format").arg("json").output().expect("run");
    let json = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    });
    (out.status.code().unwrap_or(-1), json)
}

/// (rule, file name, line) of each diagnostic of a JSON report.
pub fn findings(json: &serde_json::Value) -> Vec<(String, String, u64)> {
    json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            let file = d["file"].as_str().unwrap_or_default();
            let name = Path::new(file).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            (d["rule"].as_str().unwrap_or_default().to_owned(), name, d["line"].as_u64().unwrap_or(0))
        })
        .collect()
}

/// Runs git in `dir` with a throwaway identity; whether it succeeded (false without git).
pub fn git_in(dir: &Path, args: &[&str]) -> bool {
    std::process::Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Makes `dir` a git repository; false (and a SKIPPED line) where git is missing.
pub fn git_init(dir: &Path) -> bool {
    let ok = git_in(dir, &["init", "-q"]);
    if !ok {
        println!("SKIPPED: git is not available");
    }
    ok
}

/// `charte check ARGS --format json` in `dir`: (exit code, JSON or null, stderr).
pub fn json_in(dir: &Path, args: &[&str]) -> (i32, serde_json::Value, String) {
    let out = charte(dir).arg("check").args(args).args(["--format", "json"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out.status.code().unwrap_or(-1), json, stderr)
}

/// Validates a SARIF log with sarif-pydantic's SARIF 2.1.0 models and prints `expr` of the
/// validated `log` (Python). `None` when sarif-pydantic is not installed, which CI does not
/// allow (.ci/run installs it).
#[allow(dead_code)]
pub fn sarif_pydantic(sarif: &[u8], expr: &str) -> Option<String> {
    let probe = std::process::Command::new("python3").args(["-c", "import sarif_pydantic"]).output();
    if !probe.is_ok_and(|o| o.status.success()) {
        assert!(std::env::var_os("CI").is_none(), "CI needs python3 with sarif-pydantic (.ci/run installs it)");
        return None;
    }
    let script = format!(
        "import json, sys, sarif_pydantic as s\nlog = s.Sarif.model_validate(json.load(sys.stdin))\nprint({expr})"
    );
    let mut child = std::process::Command::new("python3")
        .args(["-c", &script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(sarif).unwrap();
    let result = child.wait_with_output().unwrap();
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    Some(String::from_utf8_lossy(&result.stdout).trim().to_owned())
}
