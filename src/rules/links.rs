//! Links: `link-mismatch`.

use super::{Context, PageCounts, Pair, multiset_diff};
use crate::diagnostic::Diagnostic;
use crate::finding::Finding;
use crate::model::Document;

/// ## What it reports
/// Link targets of the master unit missing from its translation, and targets the translation
/// adds, compared as multisets: a link found in another unit of the other page (examples in
/// another order) is neither missing nor extra, a bare host with or without its final `/` is
/// one link, and an example address whose one word the translator translated
/// (`localhost:port`, `localhost:porta`) is the same link.
///
/// ## Why
/// A link that changed target sends the reader elsewhere than the master does.
///
/// ## Example
/// Master `[site](https://pauseia.fr)`, translation `[site](https://pauseia.com)`: one link
/// missing, one extra.
pub(super) fn link_mismatch<'a>(cx: &mut Context<'a>, pair: &Pair<'a>, out: &mut Vec<Diagnostic>) {
    let (mi, ti) = (&pair.mu.inline, &pair.tu.inline);
    if mi.links.is_empty() && ti.links.is_empty() {
        return;
    }
    // Links: compare the multisets of targets.
    let links = ti.links.iter().map(|l| (link_key(&l.url), l.span));
    let (mut missing, mut extra) = multiset_diff(mi.links.iter().map(|l| link_key(&l.url)), links);
    // An example address whose word the translator translated (`localhost:port`,
    // `localhost:porta`) is the same link.
    missing.retain(|m| match extra.iter().position(|(e, _)| translated_word(m, e)) {
        Some(i) => {
            extra.remove(i);
            false
        }
        None => true,
    });
    // A link found in another unit of the other page (examples in another order, a quote
    // nested by mistake) is not missing or extra there.
    if !missing.is_empty() || !extra.is_empty() {
        let (m, t) = (cx.m, cx.t);
        let counts = cx.link_counts.get_or_insert_with(|| {
            let links =
                |d: &'a Document| d.units.iter().flat_map(|u| &u.inline.links).map(|l| link_key(&l.url).to_owned());
            PageCounts::new(links(m), links(t))
        });
        missing.retain(|url| counts.master_has_more(url));
        extra.retain(|(url, _)| counts.translation_has_more(url));
    }
    for (url, at) in extra {
        out.push(pair.report(cx, Finding::LinkExtra { url: url.to_owned() }, at));
    }
    for url in missing {
        out.push(pair.report(cx, Finding::LinkMissing { url: url.to_owned() }, pair.tu.span));
    }
}

/// A link's target as links are compared: a bare host with or without its final `/`
/// (`https://curl.se/`, `https://curl.se`) is one link.
fn link_key(url: &str) -> &str {
    match url.split_once("://") {
        Some((_, rest)) if rest.find('/') == Some(rest.len() - 1) => &url[..url.len() - 1],
        _ => url,
    }
}

/// Whether two links differ in one word of their host only, which the master writes as a
/// lowercase word of four letters or more and the translation as another word: an example
/// address with a word to replace (`http://localhost:port`, `https://account.example.com`).
/// Paths are compared whole: `/en/` and `/nl/`, or a translated page name, are other links.
fn translated_word(master: &str, translation: &str) -> bool {
    let parts = |u: &str| {
        let (scheme, rest) = u.split_once("://")?;
        let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        Some((scheme.to_owned(), host.split(['.', ':', '@']).map(str::to_owned).collect::<Vec<_>>(), path.to_owned()))
    };
    let (Some((ms, mh, mp)), Some((ts, th, tp))) = (parts(master), parts(translation)) else { return false };
    if ms != ts || mp != tp || mh.len() != th.len() {
        return false;
    }
    let mut differ = mh.iter().zip(&th).filter(|(a, b)| a != b);
    let (Some((a, b)), None) = (differ.next(), differ.next()) else { return false };
    a.len() >= 4 && a.bytes().all(|c| c.is_ascii_lowercase()) && !b.is_empty() && b.chars().all(char::is_alphabetic)
}
