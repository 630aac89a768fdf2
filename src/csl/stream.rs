//! Writing a CSL-JSON array batch by batch, for lists too long to hold in
//! memory at once as sources.

use std::io::Write;

use super::Items;
use crate::{Error, Source};

/// Writes the items of a CSL-JSON array as batches of sources come, to the
/// same bytes as [`to_csl_json`](super::to_csl_json) of all of them (the ids
/// `item-1`, `item-2`, … count on across batches).
///
/// ```
/// use gostbib::{Kind, Source, Title, csl};
/// let book = |t: &str| Source { title: Title::new(t), ..Source::new(Kind::Book) };
/// let sources = [book("Дневник"), book("Письма"), book("Очерки")];
/// let mut w = csl::CslJsonWriter::new(Vec::new());
/// w.write(&sources[..1])?;
/// w.write(&sources[1..])?;
/// let bytes = w.finish()?;
/// assert_eq!(String::from_utf8(bytes).unwrap(), csl::to_csl_json(&sources));
/// # Ok::<(), gostbib::Error>(())
/// ```
#[derive(Debug)]
pub struct CslJsonWriter<W: Write> {
    out: W,
    items: usize,
}

impl<W: Write> CslJsonWriter<W> {
    /// A writer into `out`.
    pub fn new(out: W) -> Self {
        CslJsonWriter { out, items: 0 }
    }

    /// Writes the items of `sources`.
    ///
    /// # Errors
    /// [`Error::Io`] if `out` fails.
    pub fn write(&mut self, sources: &[Source]) -> Result<(), Error> {
        if sources.is_empty() {
            return Ok(());
        }
        let mut buf = Vec::with_capacity(sources.len() * 512 + 2);
        let mut ser = serde_json::Serializer::with_formatter(
            &mut buf,
            serde_json::ser::PrettyFormatter::new(),
        );
        serde::Serialize::serialize(&Items(sources, self.items + 1), &mut ser)
            .map_err(|e| Error::Io(e.to_string()))?;
        // The pretty array is `[\n  item,\n  item\n]`: keep the items and join
        // the batches as one array would.
        let body = buf.get(2..buf.len().saturating_sub(2)).unwrap_or_default();
        let lead: &[u8] = if self.items == 0 { b"[\n" } else { b",\n" };
        self.out.write_all(lead)?;
        self.out.write_all(body)?;
        self.items += sources.len();
        Ok(())
    }

    /// Ends the array (`[]` if nothing was written) and returns the writer.
    ///
    /// # Errors
    /// [`Error::Io`] if `out` fails.
    pub fn finish(mut self) -> Result<W, Error> {
        let tail: &[u8] = if self.items == 0 { b"[]" } else { b"\n]" };
        self.out.write_all(tail)?;
        self.out.flush()?;
        Ok(self.out)
    }
}
