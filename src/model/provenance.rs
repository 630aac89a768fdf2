//! Where a parsed source came from: its original text, element spans and what the
//! parser did not understand.

use serde::{Deserialize, Serialize};

use crate::error::{Span, Spanned};

/// The text a source was parsed from, and where it sat in the input.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Origin {
    /// The reference exactly as written (one reference, after list splitting).
    pub text: String,
    /// Byte range of `text` in the whole input given to the parser.
    pub span: Span,
    /// Line of the reference's first character in the input (1-based).
    pub line: usize,
    /// Column of the reference's first character, counted in characters (1-based).
    pub column: usize,
}

/// Which element of a description a span covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Element {
    /// A name in the heading or statement of responsibility.
    Name,
    /// Title proper.
    Title,
    /// Other title information.
    OtherTitle,
    /// Parallel title.
    ParallelTitle,
    /// Statement of responsibility after ` / `.
    Responsibility,
    /// General material designation (`[Электронный ресурс]`).
    Medium,
    /// Content form (`Текст : электронный`).
    ContentForm,
    /// Edition statement.
    Edition,
    /// Place of publication.
    Place,
    /// Publisher.
    Publisher,
    /// Date of publication.
    Date,
    /// A missing-data marker (`Б. г.`, `Б. м.`).
    Missing,
    /// Volume, part, issue, chapter or other numbering.
    Numbering,
    /// Pages or extent.
    Pages,
    /// Series.
    Series,
    /// The host document after `//`.
    Host,
    /// URL.
    Url,
    /// Access date.
    Accessed,
    /// ISBN, ISSN, DOI.
    Identifier,
    /// Archival cipher.
    Archive,
    /// Dissertation statement.
    Thesis,
    /// A note.
    Note,
    /// A separator or label that carries no value of its own.
    Punctuation,
}

/// Text the parser could not assign to any element, kept with its position.
pub type Unparsed = Spanned<String>;
