//! Language tags: which file names and configuration values are canonical BCP 47 tags
//! (`pt-BR`, `zh-Hant`), and the language a translation's file name gives. Negotiating the
//! language of charte's own messages is [`crate::i18n`]'s job.

use std::path::Path;
use unic_langid::LanguageIdentifier;

/// Checks that a string is a canonical language tag: `Ok(())`, or the canonical spelling
/// when there is one.
///
/// ```
/// use charte::lang::canonical_tag;
/// assert_eq!(canonical_tag("pt-BR"), Ok(()));
/// assert_eq!(canonical_tag("pt_BR"), Err(Some("pt-BR".to_owned())));
/// assert_eq!(canonical_tag("EN"), Err(Some("en".to_owned())));
/// assert_eq!(canonical_tag("und"), Err(None));
/// assert_eq!(canonical_tag("xx_YY_zz_1"), Err(None));
/// ```
pub fn canonical_tag(name: &str) -> Result<(), Option<String>> {
    match name.parse::<LanguageIdentifier>() {
        Ok(id) if id.language.is_empty() => Err(None),
        Ok(id) => {
            let canonical = id.to_string();
            if canonical == name { Ok(()) } else { Err(Some(canonical)) }
        }
        Err(_) => Err(None),
    }
}

/// The language a file's name gives: its stem, when that is a canonical tag.
///
/// ```
/// use charte::lang::from_file_name;
/// use std::path::Path;
/// assert_eq!(from_file_name(Path::new("charter/pt-BR.md")).as_deref(), Some("pt-BR"));
/// assert_eq!(from_file_name(Path::new("charter/pt_BR.md")), None);
/// assert_eq!(from_file_name(Path::new("README.md")), None);
/// ```
pub fn from_file_name(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    canonical_tag(stem).ok().map(|()| stem.to_owned())
}
