//! Writing a `<modsCollection>` batch by batch, for lists too long to hold in
//! memory at once as sources.

use std::io::Write;

use super::export;
use crate::{Error, Source};

/// The end of a collection as [`export::collection`] writes it.
const TAIL: &str = "\n</modsCollection>\n";

/// Writes the records of a `<modsCollection>` as batches of sources come, to
/// the same bytes as [`to_mods_string`](super::to_mods_string) of all of them.
///
/// ```
/// use gostbib::{Kind, Source, Title, mods};
/// let book = |t: &str| Source { title: Title::new(t), ..Source::new(Kind::Book) };
/// let sources = [book("Дневник"), book("Письма"), book("Очерки")];
/// let mut w = mods::ModsCollectionWriter::new(Vec::new());
/// w.write(&sources[..2])?;
/// w.write(&sources[2..])?;
/// let bytes = w.finish()?;
/// assert_eq!(String::from_utf8(bytes).unwrap(), mods::to_mods_string(&sources)?);
/// # Ok::<(), gostbib::Error>(())
/// ```
#[derive(Debug)]
pub struct ModsCollectionWriter<W: Write> {
    out: W,
    records: usize,
}

impl<W: Write> ModsCollectionWriter<W> {
    /// A writer into `out`; nothing is written before the first record.
    pub fn new(out: W) -> Self {
        ModsCollectionWriter { out, records: 0 }
    }

    /// Writes the records of `sources` (and, before the first one, the XML
    /// declaration and the `<modsCollection>` start tag).
    ///
    /// # Errors
    /// [`Error::Io`] if `out` fails.
    pub fn write(&mut self, sources: &[Source]) -> Result<(), Error> {
        if sources.is_empty() {
            return Ok(());
        }
        let text = export::collection(sources);
        let head = if self.records == 0 { 0 } else { head_len() };
        let body = text.get(head..text.len().saturating_sub(TAIL.len())).unwrap_or("");
        self.out.write_all(body.as_bytes())?;
        self.records += sources.len();
        Ok(())
    }

    /// Ends the collection and returns the writer.
    ///
    /// # Errors
    /// [`Error::Empty`] if no record was written (MODS requires one, as
    /// [`to_mods_string`](super::to_mods_string)); [`Error::Io`] if `out` fails.
    pub fn finish(mut self) -> Result<W, Error> {
        if self.records == 0 {
            return Err(Error::Empty);
        }
        self.out.write_all(TAIL.as_bytes())?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// The length of the XML declaration and the start tag of a collection.
fn head_len() -> usize {
    static LEN: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *LEN.get_or_init(|| export::collection(&[]).len() - TAIL.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_collection_is_the_head_and_the_tail() {
        let empty = export::collection(&[]);
        assert!(empty.ends_with(TAIL));
        let head = &empty[..head_len()];
        assert!(
            head.starts_with("<?xml")
                && head.contains("<modsCollection")
                && head.ends_with('>')
        );
        let w = ModsCollectionWriter::new(Vec::new());
        assert_eq!(w.finish().unwrap_err(), Error::Empty);
    }
}
