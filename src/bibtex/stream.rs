//! Writing a `.bib` file batch by batch, for lists too long to hold in memory at once
//! as sources.

use std::io::Write;

use super::BibOptions;
use super::export::Writer;
use crate::{Error, Source};

/// Writes the entries of a `.bib` file as batches of sources come, to the same bytes
/// as [`to_bib_string_with`](super::to_bib_string_with) of all of them: citation keys
/// stay unique over all batches (`a`, `b` on clashes), and the hosts of crossref
/// chains are written once, after the last batch.
///
/// ```
/// use gostbib::bibtex::{BibOptions, BibWriter, Dialect, to_bib_string};
/// use gostbib::{Kind, Source, Title};
/// let book = |t: &str| Source { title: Title::new(t), ..Source::new(Kind::Book) };
/// let sources = [book("Дневник"), book("Дневник"), book("Очерки")];
/// let mut w = BibWriter::new(Vec::new(), &BibOptions::new(Dialect::Biblatex));
/// w.write(&sources[..1])?;
/// w.write(&sources[1..])?;
/// let bytes = w.finish()?;
/// assert_eq!(String::from_utf8(bytes).unwrap(), to_bib_string(&sources, Dialect::Biblatex)?);
/// # Ok::<(), gostbib::Error>(())
/// ```
pub struct BibWriter<W: Write> {
    out: W,
    writer: Writer,
    buffer: String,
}

impl<W: Write> std::fmt::Debug for BibWriter<W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BibWriter").finish_non_exhaustive()
    }
}

impl<W: Write> BibWriter<W> {
    /// A writer into `out` with the given options.
    pub fn new(out: W, options: &BibOptions) -> Self {
        BibWriter { out, writer: Writer::new(options), buffer: String::new() }
    }

    /// Writes the entries of `sources`.
    ///
    /// # Errors
    /// As [`to_bib_string`](super::to_bib_string); [`Error::Io`] if `out` fails.
    pub fn write(&mut self, sources: &[Source]) -> Result<(), Error> {
        self.buffer.clear();
        self.writer.sources(sources, &mut self.buffer)?;
        self.out.write_all(self.buffer.as_bytes())?;
        Ok(())
    }

    /// Writes the crossref hosts and returns the writer.
    ///
    /// # Errors
    /// [`Error::Io`] if `out` fails.
    pub fn finish(mut self) -> Result<W, Error> {
        self.buffer.clear();
        self.writer.finish(&mut self.buffer);
        self.out.write_all(self.buffer.as_bytes())?;
        self.out.flush()?;
        Ok(self.out)
    }
}
