//! The status page in a real browser: headless Chromium renders it, the table has one row per
//! language (and one per document in a project of several), findings are listed with their
//! lines, the master's bold is rendered, word diffs keep their spaces, and no script from
//! document content runs.

mod common;

use common::{LANGS, charte, charter_copy};
use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"].iter().find_map(|name| {
        std::env::var_os("PATH")?.to_str()?.split(':').map(|dir| Path::new(dir).join(name)).find(|p| p.is_file())
    })
}

fn run_chromium(browser: &Path, profile: &Path, extra: &[String], page: &Path) -> std::process::Output {
    Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs")
}

#[test]
fn status_page_renders_in_chromium() {
    let Some(browser) = chromium() else {
        assert!(std::env::var_os("CI").is_none(), "chromium is required in CI (.ci/run installs it)");
        eprintln!("SKIPPED: chromium is not installed; `apt-get install chromium` to run this test");
        return;
    };
    let dir = charter_copy();
    let d = dir.path();
    // A stale unit whose text tries to run a script, and a translation that does too.
    let fr = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    let payload =
        "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"><script>document.title='pwned'</script>";
    std::fs::write(
        d.join("charter/fr.md"),
        fr.replace("prend le soin de refléter", &format!("veille à refléter {payload}")),
    )
    .unwrap();
    let fr = std::fs::read_to_string(d.join("charter/fr.md")).unwrap();
    std::fs::write(
        d.join("charter/fr.md"),
        fr.replace("Nous n’attendons pas la perfection", "Nous n’attendons jamais la perfection"),
    )
    .unwrap();
    let de = std::fs::read_to_string(d.join("charter/de.md")).unwrap();
    std::fs::write(d.join("charter/de.md"), de.replacen("## ", &format!("## {payload} "), 1)).unwrap();
    // An error in Spanish: listed with its rule and line.
    let es = std::fs::read_to_string(d.join("charter/es.md")).unwrap();
    std::fs::write(d.join("charter/es.md"), es.replacen("**pacifista.**", "pacifista.", 1)).unwrap();
    let es_line = es.lines().position(|l| l.contains("**pacifista.**")).unwrap() + 1;
    let out = charte(d).args(["status", "--format", "html"]).env("SOURCE_DATE_EPOCH", "1764331200").output().unwrap();
    assert!(out.status.success());
    let page = d.join("status.html");
    std::fs::write(&page, &out.stdout).unwrap();
    let profile = tempfile::tempdir().unwrap();
    let dom = run_chromium(&browser, profile.path(), &["--dump-dom".into()], &page);
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(dom.contains("<table id=\"languages\">"), "{dom}");
    let rows = dom.matches("<tr data-lang=").count();
    assert_eq!(rows, LANGS.len(), "{dom}");
    for lang in LANGS {
        assert!(dom.contains(&format!("<tr data-lang=\"{lang}\" ")), "{lang}");
    }
    assert!(!dom.contains("data-pwned=\"1\""), "a script from the documents ran");
    assert!(!dom.contains("<title>pwned"), "a script from the documents ran");
    assert!(!dom.contains("<script"), "{dom}");
    assert!(!dom.contains("<img"), "{dom}");
    assert!(dom.contains("&lt;script&gt;"), "the payload is shown as text");
    assert!(dom.contains("2025-11-28 12:00 UTC"), "the time of the report");
    assert!(dom.contains("<del>") && dom.contains("<ins>"), "the word diff of the stale unit");
    // The diff keeps the space between the deleted and the inserted word, and the master's
    // bold is rendered.
    assert!(dom.contains("n’attendons <del>pas</del> <ins>jamais</ins> la"), "{dom}");
    assert!(dom.contains("<strong>orientée vers l’action.</strong>"), "{dom}");
    // The error list: rule and line.
    assert!(dom.contains(&format!("charter/es.md:{es_line}")) && dom.contains("error[strong-count]"), "{dom}");
    // The filters are there, made of radio buttons (no script).
    assert_eq!(dom.matches("<input class=\"filter\" type=\"radio\" name=\"fl\"").count(), LANGS.len() + 1, "{dom}");
    // A narrow screen: the page renders to a screenshot.
    for (name, size) in [("narrow.png", "360,800"), ("wide.png", "1280,900")] {
        let shot = d.join(name);
        let out = run_chromium(
            &browser,
            profile.path(),
            &[format!("--screenshot={}", shot.display()), format!("--window-size={size}")],
            &page,
        );
        let png =
            std::fs::read(&shot).unwrap_or_else(|_| panic!("no screenshot: {}", String::from_utf8_lossy(&out.stderr)));
        assert!(png.starts_with(b"\x89PNG") && png.len() > 5_000, "{name}: {} bytes", png.len());
        if let Some(keep) = std::env::var_os("CHARTE_KEEP_SCREENSHOTS") {
            std::fs::copy(&shot, Path::new(&keep).join(name)).unwrap();
        }
    }
}

#[test]
fn a_multi_document_status_page_has_a_row_per_document() {
    let Some(browser) = chromium() else {
        assert!(std::env::var_os("CI").is_none(), "chromium is required in CI (.ci/run installs it)");
        eprintln!("SKIPPED: chromium is not installed; `apt-get install chromium` to run this test");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let write = |rel: &str, text: &str| {
        let path = d.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("charte.toml", "master = \"fr\"\ndocuments = [\"docs/{lang}/**/*.md\"]\n");
    write("docs/fr/index.md", "## Partie\n\n1. **Un** texte.\n2. Deux textes.\n");
    write("docs/fr/guide.md", "## Guide\n\nUn paragraphe.\n");
    write("docs/de/index.md", "## Teil\n\n1. **Ein** Text.\n2. Zwei Texte.\n");
    write("docs/de/guide.md", "## Leitfaden\n\nEin Absatz.\n");
    assert!(charte(d).args(["sync", "--all"]).output().unwrap().status.success());
    let out = charte(d).args(["status", "--format", "html"]).env("SOURCE_DATE_EPOCH", "1764331200").output().unwrap();
    assert!(out.status.success());
    let page = d.join("status.html");
    std::fs::write(&page, &out.stdout).unwrap();
    let profile = tempfile::tempdir().unwrap();
    let dom = run_chromium(&browser, profile.path(), &["--dump-dom".into()], &page);
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert_eq!(dom.matches("<tr data-lang=").count(), 1, "{dom}");
    for file in ["docs/de/index.md", "docs/de/guide.md"] {
        assert!(dom.contains(&format!("data-file=\"{file}\"><td>{file}</td>")), "{file}: {dom}");
    }
    assert!(dom.contains("2/2 synced") && !dom.contains(">never<"), "{dom}");
    for (name, size) in [("multi-narrow.png", "360,800"), ("multi-wide.png", "1280,900")] {
        let shot = d.join(name);
        let out = run_chromium(
            &browser,
            profile.path(),
            &[format!("--screenshot={}", shot.display()), format!("--window-size={size}")],
            &page,
        );
        let png =
            std::fs::read(&shot).unwrap_or_else(|_| panic!("no screenshot: {}", String::from_utf8_lossy(&out.stderr)));
        assert!(png.starts_with(b"\x89PNG") && png.len() > 5_000, "{name}: {} bytes", png.len());
        if let Some(keep) = std::env::var_os("CHARTE_KEEP_SCREENSHOTS") {
            std::fs::copy(&shot, Path::new(&keep).join(name)).unwrap();
        }
    }
}
