//! Collation of GOST reference lists.

/// A sort key for GOST lists: Cyrillic before Latin, `ё` = `е`, case and punctuation
/// ignored.
///
/// ```
/// use gostbib::lang::sort_key;
/// assert!(sort_key("Ёлкин") < sort_key("Жуков"));
/// assert!(sort_key("Яковлев") < sort_key("Adams"));
/// ```
pub fn sort_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = if c == 'ё' { 'е' } else { c };
        if c.is_alphanumeric() {
            // Shift Latin letters above Cyrillic ones so Cyrillic sorts first.
            let mapped = if c.is_ascii_alphabetic() {
                char::from_u32(0x1_0000 + c as u32).unwrap_or(c)
            } else {
                c
            };
            key.push(mapped);
        } else if c.is_whitespace() && !key.ends_with(' ') && !key.is_empty() {
            key.push(' ');
        }
    }
    key
}
