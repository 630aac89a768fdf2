//! Language identification of references and titles.

use unic_langid::{LanguageIdentifier, langid};

/// Identifies the language of a text by its letters.
///
/// ```
/// use gostbib::lang::detect_language;
/// assert_eq!(detect_language("Признание СССР Францией").to_string(), "ru");
/// assert_eq!(detect_language("Moscow and East Rome").to_string(), "en");
/// ```
pub fn detect_language(text: &str) -> LanguageIdentifier {
    let (mut cyr, mut lat) = (0usize, 0usize);
    let mut uk = false;
    for c in text.chars() {
        match c {
            'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => {
                uk = true;
                cyr += 1;
            }
            '\u{0400}'..='\u{04FF}' => cyr += 1,
            'a'..='z' | 'A'..='Z' => lat += 1,
            _ => {}
        }
    }
    if cyr >= lat {
        if uk { langid!("uk") } else { langid!("ru") }
    } else {
        langid!("en")
    }
}
