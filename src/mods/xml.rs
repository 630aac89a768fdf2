//! The XML layer: an escaping writer, and a safe reader that builds a small borrowed tree
//! with quick-xml's pull parser.
//!
//! Safety of the reader: a `<!DOCTYPE` is refused (so no entity can be declared, and no
//! external entity or DTD is ever fetched: nothing is read but the input string); only the
//! five predefined entities and character references are resolved; element nesting is
//! bounded by [`MAX_DEPTH`]. Every error carries the line and column.

use std::borrow::Cow;

use quick_xml::XmlVersion;
use quick_xml::events::Event;
use quick_xml::events::attributes::Attributes;
use quick_xml::reader::Reader;

use crate::{Error, Position};

/// The deepest element nesting the reader accepts. Our own records nest
/// 4 + (number of hosts) elements deep (one more in a collection).
pub(crate) const MAX_DEPTH: usize = 64;

// ---------------------------------------------------------------------------------------
// Writing

/// Which bytes need attention when escaping (see [`escape_into`]).
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[b'&' as usize] = true;
    t[b'<' as usize] = true;
    t[b'>' as usize] = true;
    t[b'"' as usize] = true;
    t[0xE2] = true; // first byte of the Control Pictures U+2400–U+241F
    t[0xEF] = true; // first byte of U+FFFE / U+FFFF
    t
};

/// Appends `s` escaped for XML 1.0 text content and double-quoted attribute values.
///
/// `& < > "` become entity references; tab, line feed and carriage return become
/// character references (so that neither attribute-value normalisation nor the reader's
/// trimming of indentation can change them). Characters XML 1.0 cannot hold at all are
/// replaced with visible stand-ins, never dropped silently: C0 controls by the Unicode
/// Control Pictures (U+0001 → `␁`, U+2401), which the reader maps back, while a real
/// Control Picture is written as a character reference (`&#x2401;`), which the reader
/// keeps; U+FFFE and U+FFFF (no XML at all can hold them) become U+FFFD.
pub(crate) fn escape_into(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut last = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !SPECIAL[b as usize] {
            i += 1;
            continue;
        }
        let (rep, len): (Cow<'static, str>, usize) = match b {
            b'&' => ("&amp;".into(), 1),
            b'<' => ("&lt;".into(), 1),
            b'>' => ("&gt;".into(), 1),
            b'"' => ("&quot;".into(), 1),
            b'\t' => ("&#9;".into(), 1),
            b'\n' => ("&#10;".into(), 1),
            b'\r' => ("&#13;".into(), 1),
            0..=0x1F => {
                let pic = char::from_u32(0x2400 + u32::from(b)).unwrap_or('\u{FFFD}');
                (pic.to_string().into(), 1)
            }
            0xE2 if bytes.get(i + 1) == Some(&0x90)
                && bytes.get(i + 2).is_some_and(|&b| (0x80..=0x9F).contains(&b))
                && !matches!(bytes[i + 2], 0x89 | 0x8A | 0x8D) =>
            {
                // A real Control Picture: as a reference, which the reader keeps as it is.
                let c = 0x2400 + u32::from(bytes[i + 2] - 0x80);
                (format!("&#x{c:X};").into(), 3)
            }
            0xEF if bytes.get(i + 1) == Some(&0xBF)
                && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)) =>
            {
                ("\u{FFFD}".into(), 3)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&s[last..i]);
        out.push_str(&rep);
        i += len;
        last = i;
    }
    out.push_str(&s[last..]);
}

/// A minimal pretty-printing XML writer into a `String`.
///
/// quick-xml's writer escapes with `quick_xml::escape`, which leaves control characters
/// and attribute whitespace alone; MODS export needs [`escape_into`] everywhere, so the
/// few lines of tag writing are done here directly (also about twice as fast).
#[derive(Debug, Default)]
pub(crate) struct XmlWriter {
    out: String,
    depth: usize,
}

impl XmlWriter {
    /// A writer that starts with the XML declaration.
    pub(crate) fn new(capacity: usize) -> Self {
        let mut out = String::with_capacity(capacity);
        out.push_str(r#"<?xml version="1.0" encoding="UTF-8"?>"#);
        XmlWriter { out, depth: 0 }
    }

    fn tag(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            escape_into(&mut self.out, v);
            self.out.push('"');
        }
    }

    /// `<name attrs>` on a new line; what follows is indented.
    pub(crate) fn start(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.tag(name, attrs);
        self.out.push('>');
        self.depth += 1;
    }

    /// `</name>` on a new line.
    pub(crate) fn end(&mut self, name: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// `<name attrs>text</name>` on one line (`<name attrs/>` when `text` is empty).
    pub(crate) fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.tag(name, attrs);
        if text.is_empty() {
            self.out.push_str("/>");
            return;
        }
        self.out.push('>');
        // A space at either end is written as a reference: the reader trims indentation
        // but keeps what came from references.
        let inner = text.strip_prefix(' ').map_or(text, |rest| {
            self.out.push_str("&#32;");
            rest
        });
        match inner.strip_suffix(' ') {
            Some(rest) => {
                escape_into(&mut self.out, rest);
                self.out.push_str("&#32;");
            }
            None => escape_into(&mut self.out, inner),
        }
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// The document, ending with a line feed.
    pub(crate) fn finish(mut self) -> String {
        self.out.push('\n');
        self.out
    }
}

// ---------------------------------------------------------------------------------------
// Reading

const NONE: u32 = u32::MAX;

/// One element: its local name, attributes, trimmed text and children.
#[derive(Debug)]
struct Node<'a> {
    name: &'a str,
    pos: usize,
    attrs: (u32, u32),
    text: Cow<'a, str>,
    /// Length of `text` that came from references or CDATA and must not be trimmed.
    kept: usize,
    first: u32,
    last: u32,
    next: u32,
}

/// A parsed XML document: elements in document order, borrowing from the input.
#[derive(Debug)]
pub(crate) struct Doc<'a> {
    input: &'a str,
    nodes: Vec<Node<'a>>,
    attrs: Vec<(&'a str, Cow<'a, str>)>,
}

/// The index of an element in its [`Doc`].
pub(crate) type El = u32;

fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// U+2400–U+241F except the pictures of tab, line feed and carriage return, which XML
/// holds as they are.
fn is_control_picture(c: char) -> bool {
    matches!(c, '\u{2400}'..='\u{241F}')
        && !matches!(c, '\u{2409}' | '\u{240A}' | '\u{240D}')
}

fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

impl<'a> Doc<'a> {
    /// Parses `input` into a tree, refusing DTDs, custom entities and deep nesting.
    pub(crate) fn parse(input: &'a str) -> Result<Doc<'a>, Error> {
        let bom = if input.starts_with('\u{FEFF}') { 3 } else { 0 };
        let body = &input[bom..];
        let mut reader = Reader::from_str(body);
        let mut doc =
            Doc { input, nodes: Vec::with_capacity(input.len() / 40), attrs: Vec::new() };
        let err_at = |at: usize, msg: String| Error::Mods {
            position: Position::of(input, bom + at),
            message: msg,
        };
        let mut stack: Vec<u32> = Vec::with_capacity(16);
        let mut root_done = false;
        loop {
            let at = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
            let event = reader.read_event().map_err(|e| {
                let pos = usize::try_from(reader.error_position()).unwrap_or(at);
                err_at(pos, format!("malformed XML: {e}"))
            })?;
            match event {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    if root_done && stack.is_empty() {
                        return Err(err_at(at, "content after the root element".into()));
                    }
                    if stack.len() >= MAX_DEPTH {
                        return Err(err_at(
                            at,
                            format!("elements nested deeper than {MAX_DEPTH} levels"),
                        ));
                    }
                    let tag = doc.borrow_from_input(body, e)?;
                    let idx = doc.push_element(tag, bom + at, stack.last().copied())?;
                    if matches!(event, Event::Start(_)) {
                        stack.push(idx);
                    } else if stack.is_empty() {
                        root_done = true;
                    }
                }
                Event::End(_) => {
                    if let Some(idx) = stack.pop() {
                        doc.finish_text(idx);
                    }
                    root_done |= stack.is_empty();
                }
                Event::Text(t) => {
                    if let Some(&idx) = stack.last() {
                        let text = t.xml10_content();
                        doc.push_text(idx, text, false);
                    } else if !t.trim_matches(is_xml_space).is_empty() {
                        return Err(err_at(at, "text outside the root element".into()));
                    }
                }
                Event::CData(t) => {
                    if let Some(&idx) = stack.last() {
                        doc.push_text(idx, t.xml10_content(), true);
                    }
                }
                Event::GeneralRef(r) => {
                    let c = match r.resolve_char_ref() {
                        Ok(Some(c)) if is_xml_char(c) => c,
                        Ok(Some(c)) => {
                            return Err(err_at(
                                at,
                                format!(
                                    "character reference to U+{:04X}, not allowed in XML 1.0",
                                    c as u32
                                ),
                            ));
                        }
                        Ok(None) => match &*r {
                            "lt" => '<',
                            "gt" => '>',
                            "amp" => '&',
                            "apos" => '\'',
                            "quot" => '"',
                            name => {
                                return Err(err_at(
                                    at,
                                    format!(
                                        "undefined entity `&{name};` (custom entities are never expanded)"
                                    ),
                                ));
                            }
                        },
                        Err(e) => {
                            return Err(err_at(
                                at,
                                format!("bad character reference: {e}"),
                            ));
                        }
                    };
                    if let Some(&idx) = stack.last() {
                        let mut buf = [0u8; 4];
                        doc.push_text(
                            idx,
                            Cow::Owned(c.encode_utf8(&mut buf).to_owned()),
                            true,
                        );
                    }
                }
                Event::DocType(_) => {
                    return Err(err_at(
                        at,
                        "document type declarations (<!DOCTYPE>) are not allowed in MODS input"
                            .into(),
                    ));
                }
                Event::Eof => {
                    if let Some(&open) = stack.last() {
                        let name = doc.nodes[open as usize].name;
                        return Err(err_at(
                            body.len(),
                            format!("unexpected end of document: <{name}> is not closed"),
                        ));
                    }
                    if doc.nodes.is_empty() {
                        return Err(err_at(0, "no root element".into()));
                    }
                    return Ok(doc);
                }
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
            }
        }
    }

    /// The tag text (`name attr="…"`) of a start event, as a slice of the input so that
    /// names and attribute values borrow from it.
    fn borrow_from_input(
        &self,
        body: &'a str,
        e: &quick_xml::events::BytesStart<'_>,
    ) -> Result<(&'a str, usize), Error> {
        let s: &str = e;
        let offset = (s.as_ptr() as usize).wrapping_sub(body.as_ptr() as usize);
        // The slice reader hands out borrowed slices of `body`: a range inside `body` that
        // starts where `s` starts is `s` itself (two live strings cannot overlap).
        let tag = body.get(offset..offset.saturating_add(s.len()));
        match tag {
            Some(t) => Ok((t, e.name().as_ref().len())),
            None => Err(Error::Mods {
                position: Position::default(),
                message: "internal error: tag not found in the input".into(),
            }),
        }
    }

    fn push_element(
        &mut self,
        (tag, name_len): (&'a str, usize),
        pos: usize,
        parent: Option<u32>,
    ) -> Result<u32, Error> {
        let qname = &tag[..name_len];
        let name = qname.rsplit(':').next().unwrap_or(qname);
        let start = self.attrs.len() as u32;
        let bad = |msg: String| Error::Mods {
            position: Position::of(self.input, pos),
            message: msg,
        };
        // quick-xml's duplicate check allocates for every element; ours below does not.
        let mut attributes = Attributes::new(tag, name_len);
        attributes.with_checks(false);
        for attr in attributes {
            let attr = attr.map_err(|e| bad(format!("malformed attribute: {e}")))?;
            let value = attr.normalized_value(XmlVersion::Implicit1_0).map_err(|e| {
                bad(format!("attribute value: {e} (custom entities are never expanded)"))
            })?;
            let plain = value.bytes().all(|b| b >= 0x20 && b != 0xEF);
            if let Some(c) = value.chars().find(|c| !plain && !is_xml_char(*c)) {
                return Err(bad(format!(
                    "attribute value holds U+{:04X}, not allowed in XML 1.0",
                    c as u32
                )));
            }
            let key = &tag[attr_key_range(tag, &attr)];
            if self.attrs[start as usize..].iter().any(|(k, _)| *k == key) {
                return Err(bad(format!("attribute `{key}` given twice")));
            }
            self.attrs.push((key, value));
        }
        let idx = self.nodes.len() as u32;
        self.nodes.push(Node {
            name,
            pos,
            attrs: (start, self.attrs.len() as u32),
            text: Cow::Borrowed(""),
            kept: 0,
            first: NONE,
            last: NONE,
            next: NONE,
        });
        if let Some(p) = parent {
            let p = &mut self.nodes[p as usize];
            if p.last == NONE {
                p.first = idx;
            } else {
                let last = p.last as usize;
                p.last = idx;
                self.nodes[last].next = idx;
                return Ok(idx);
            }
            p.last = idx;
        }
        Ok(idx)
    }

    fn push_text(&mut self, idx: u32, piece: Cow<'a, str>, keep: bool) {
        let node = &mut self.nodes[idx as usize];
        let piece = if node.text.is_empty() && node.kept == 0 && !keep {
            // Indentation between elements: XML whitespace is ASCII, so bytes will do.
            let skip = piece
                .bytes()
                .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
                .unwrap_or(piece.len());
            match piece {
                Cow::Borrowed(s) => Cow::Borrowed(&s[skip..]),
                Cow::Owned(s) => Cow::Owned(s[skip..].to_owned()),
            }
        } else {
            piece
        };
        if piece.is_empty() {
            return;
        }
        // Undo the writer's stand-ins for control characters in literal text (see
        // `escape_into`); references are taken as they are.
        let piece = if !keep
            && piece.as_bytes().contains(&0xE2)
            && piece.contains(is_control_picture)
        {
            let decoded = piece.chars().map(|c| {
                if is_control_picture(c) {
                    char::from_u32(c as u32 - 0x2400).unwrap_or(c)
                } else {
                    c
                }
            });
            Cow::Owned(decoded.collect())
        } else {
            piece
        };
        // U+FFFE and U+FFFF, which no XML can hold, are read as the writer writes them
        // (U+FFFD), so that a document holding them reads the same after a round trip.
        let piece = if piece.as_bytes().contains(&0xEF)
            && piece.contains(['\u{FFFE}', '\u{FFFF}'])
        {
            Cow::Owned(piece.replace(['\u{FFFE}', '\u{FFFF}'], "\u{FFFD}"))
        } else {
            piece
        };
        if node.text.is_empty() {
            node.text = piece;
        } else {
            node.text.to_mut().push_str(&piece);
        }
        if keep {
            node.kept = node.text.len();
        }
    }

    fn finish_text(&mut self, idx: u32) {
        let node = &mut self.nodes[idx as usize];
        let kept = node.kept;
        let tail_len = node.text[kept..].trim_end_matches(is_xml_space).len();
        let end = kept + tail_len;
        if end < node.text.len() {
            match &mut node.text {
                Cow::Borrowed(s) => *s = &s[..end],
                Cow::Owned(s) => s.truncate(end),
            }
        }
    }

    /// The root element.
    pub(crate) fn root(&self) -> El {
        0
    }

    /// The local name (without prefix) of an element.
    pub(crate) fn name(&self, el: El) -> &'a str {
        self.nodes[el as usize].name
    }

    /// The qualified name of an element as written (`mods:mods`).
    pub(crate) fn qname(&self, el: El) -> &'a str {
        let after = self.input.get(self.nodes[el as usize].pos + 1..).unwrap_or("");
        let end = after
            .find(|c: char| is_xml_space(c) || c == '>' || c == '/')
            .unwrap_or(after.len());
        &after[..end]
    }

    /// The text of an element, trimmed of XML whitespace at both ends.
    pub(crate) fn text(&self, el: El) -> &str {
        &self.nodes[el as usize].text
    }

    /// An attribute by its qualified name.
    pub(crate) fn attr(&self, el: El, key: &str) -> Option<&str> {
        let (a, b) = self.nodes[el as usize].attrs;
        self.attrs[a as usize..b as usize]
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_ref())
    }

    /// The child elements.
    pub(crate) fn children(&self, el: El) -> impl Iterator<Item = El> + '_ {
        let first = self.nodes[el as usize].first;
        std::iter::successors((first != NONE).then_some(first), move |&c| {
            let n = self.nodes[c as usize].next;
            (n != NONE).then_some(n)
        })
    }

    /// The child elements with a local name.
    pub(crate) fn children_named<'s>(
        &'s self,
        el: El,
        name: &'s str,
    ) -> impl Iterator<Item = El> + 's {
        self.children(el).filter(move |&c| self.name(c) == name)
    }

    /// The first child element with a local name.
    pub(crate) fn child(&self, el: El, name: &str) -> Option<El> {
        self.children(el).find(|&c| self.name(c) == name)
    }

    /// The text of the first child with a local name, if it is not empty.
    pub(crate) fn child_text(&self, el: El, name: &str) -> Option<&str> {
        self.child(el, name).map(|c| self.text(c)).filter(|t| !t.is_empty())
    }

    /// An error located at an element.
    pub(crate) fn error(&self, el: El, message: impl Into<String>) -> Error {
        Error::Mods {
            position: Position::of(self.input, self.nodes[el as usize].pos),
            message: message.into(),
        }
    }
}

/// The byte range of an attribute's key inside the tag it was read from.
fn attr_key_range(
    tag: &str,
    attr: &quick_xml::events::attributes::Attribute<'_>,
) -> std::ops::Range<usize> {
    let key = attr.key.as_ref();
    let start = (key.as_ptr() as usize).wrapping_sub(tag.as_ptr() as usize);
    if tag.get(start..start + key.len()) == Some(key) {
        start..start + key.len()
    } else {
        0..0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_keeps_xml_valid() {
        let mut s = String::new();
        escape_into(&mut s, "a<b>&\"c\"\t\n\r\u{1}\u{FFFF}ё\u{2401}\u{2409}");
        assert_eq!(
            s,
            "a&lt;b&gt;&amp;&quot;c&quot;&#9;&#10;&#13;\u{2401}\u{FFFD}ё&#x2401;\u{2409}"
        );
    }

    #[test]
    fn tree_trims_indentation_but_not_references() {
        let doc =
            Doc::parse("<a x='1 &amp; 2'>\n  <b> t&#32;</b><c>x &lt; y</c></a>").unwrap();
        let kids: Vec<_> = doc.children(doc.root()).collect();
        assert_eq!(kids.len(), 2);
        assert_eq!(doc.text(kids[0]), "t ");
        assert_eq!(doc.text(kids[1]), "x < y");
        assert_eq!(doc.attr(doc.root(), "x"), Some("1 & 2"));
    }

    #[test]
    fn doctype_and_unknown_entities_are_refused() {
        let e = Doc::parse("<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>").unwrap_err();
        assert!(e.to_string().contains("DOCTYPE"), "{e}");
        let e = Doc::parse("<a>\n&x;</a>").unwrap_err();
        assert_eq!(e.position().map(|p| p.line), Some(2));
    }

    #[test]
    fn duplicate_attributes_are_refused() {
        let e = Doc::parse("<a>\n<b x='1' x='2'/></a>").unwrap_err();
        assert_eq!(e.position().map(|p| p.line), Some(2));
        assert!(e.to_string().contains("twice"), "{e}");
    }

    #[test]
    fn depth_is_bounded() {
        let deep = "<a>".repeat(MAX_DEPTH + 1) + &"</a>".repeat(MAX_DEPTH + 1);
        assert!(Doc::parse(&deep).is_err());
        let ok = "<a>".repeat(MAX_DEPTH) + &"</a>".repeat(MAX_DEPTH);
        assert!(Doc::parse(&ok).is_ok());
    }
}
