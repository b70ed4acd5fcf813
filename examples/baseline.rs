//! The floor of `charte check`'s cost: read every Markdown file under a directory and walk
//! pulldown-cmark's offset iterator, single-threaded, doing nothing else.
//!
//! `cargo run --release --example baseline -- DIR`

use pulldown_cmark::{Options, Parser};
use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let root = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    let (mut files, mut events) = (0usize, 0usize);
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
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
            }
        }
    }
    println!("{files} files, {events} events");
    Ok(())
}
