//! Reading a project's files, each through its [`Root`] (held inside the project, regular,
//! within the size cap): translations, masters, and the finding for one that is refused.

use crate::Error;
use crate::containment::{Refusal, Root};
use crate::diagnostic::Diagnostic;
use crate::finding::Finding;
use crate::parse::{ParseOptions, Parsed};
use crate::source::SourceFile;
use std::path::Path;

/// Reads a file as a [`SourceFile`]; binary content (a NUL byte) is reported as such. The
/// file is held to the root found from the working directory ([`Root::discover`]) and the
/// default size cap; [`read_in`] takes the project's root.
///
/// # Errors
///
/// As [`read_in`].
pub fn read(path: &Path) -> Result<(SourceFile, bool), Error> {
    read_in(&Root::discover(Path::new(""))?, path)
}

/// Reads a file of the project as a [`SourceFile`]; binary content (a NUL byte) is reported
/// as such.
///
/// # Errors
///
/// [`Error::OutsideRoot`] when its real path leaves the root, [`Error::NotAFile`] for a
/// directory, a FIFO or a device, [`Error::TooLarge`] above the cap, [`Error::Read`] on I/O
/// failure.
pub fn read_in(root: &Root, path: &Path) -> Result<(SourceFile, bool), Error> {
    let bytes = root.read_required(path)?;
    Ok(source_file(path, bytes))
}

pub(crate) fn source_file(path: &Path, bytes: Vec<u8>) -> (SourceFile, bool) {
    let binary = bytes[..bytes.len().min(8192)].contains(&0);
    (SourceFile::from_bytes(path, bytes), binary)
}

/// Reads and parses the master, held to the root found from the working directory (see
/// [`read`]).
///
/// # Errors
///
/// As [`load_master_in`].
pub fn load_master(path: &Path) -> Result<(SourceFile, Parsed), Error> {
    load_master_in(&Root::discover(Path::new(""))?, path)
}

/// Reads and parses the master of a project.
///
/// # Errors
///
/// [`Error::Master`] when it cannot be read, [`Error::NotAFile`] for a directory, a FIFO or a
/// device, [`Error::OutsideRoot`] when its real path leaves the project, [`Error::TooLarge`]
/// above the cap.
pub fn load_master_in(root: &Root, path: &Path) -> Result<(SourceFile, Parsed), Error> {
    load_master_with(root, path, ParseOptions::default())
}

pub(crate) fn load_master_with(root: &Root, path: &Path, options: ParseOptions) -> Result<(SourceFile, Parsed), Error> {
    let (file, _) = read_in(root, path).map_err(|e| match e {
        Error::Read { path, source } => Error::Master { path, source },
        other => other,
    })?;
    let parsed = crate::parse::parse_with(&file, options);
    Ok((file, parsed))
}

/// A translation that could not be read: the `invalid-input` finding that says why. Its
/// content is never read, so never shown.
pub(crate) fn refused(path: &Path, refusal: Refusal) -> (SourceFile, Diagnostic) {
    let shown = path.display().to_string();
    let finding = match refusal {
        Refusal::Outside => Finding::InvalidInputOutside { path: shown },
        Refusal::NotRegular => Finding::InvalidInputNotRegular { path: shown },
        Refusal::TooLarge(limit) => Finding::InvalidInputTooLarge { limit: limit.to_string() },
        Refusal::Io(e) => Finding::InvalidInputUnreadable { error: e.to_string() },
    };
    let d = finding.about(path);
    (SourceFile::new(path, ""), d)
}
