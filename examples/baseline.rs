//! The floor of `charte check`'s cost: read every Markdown file under a directory and walk
//! pulldown-cmark's offset iterator over it, single-threaded, doing nothing else.
//!
//! Entries whose name starts with `.` are skipped, as `charte` skips them when it discovers
//! documents (so the snapshots in `.charte/sources/` are not counted).
//!
//! `cargo run --release --example baseline -- DIR`

use pulldown_cmark::{Options, Parser};
use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let root = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    let (mut files, mut bytes, mut events) = (0usize, 0usize, 0usize);
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            if entry.file_name().as_encoded_bytes().starts_with(b".") {
                continue;
            }
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                let text = std::fs::read_to_string(&path)?;
                for (event, range) in Parser::new_ext(&text, Options::empty()).into_offset_iter() {
                    std::hint::black_box((&event, &range));
                    events += 1;
                }
                files += 1;
                bytes += text.len();
            }
        }
    }
    println!("{files} files, {bytes} bytes, {events} events");
    Ok(())
}
