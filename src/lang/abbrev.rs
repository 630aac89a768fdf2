//! Abbreviations of ГОСТ Р 7.0.12-2011 (Russian) and ГОСТ 7.11-2004 (European languages).

/// Cities abbreviated in the place of publication: (abbreviation, full name).
pub const CITIES: &[(&str, &str)] = &[
    ("М.", "Москва"),
    ("Л.", "Ленинград"),
    ("СПб.", "Санкт-Петербург"),
    ("С.-Пб.", "Санкт-Петербург"),
    ("Пг.", "Петроград"),
    ("Н. Новгород", "Нижний Новгород"),
    ("Ростов н/Д", "Ростов-на-Дону"),
    ("Ростов н/Д.", "Ростов-на-Дону"),
    ("N. Y.", "New York"),
    ("L.", "London"),
    ("P.", "Paris"),
    ("B.", "Berlin"),
];

/// The full name of an abbreviated city of publication, if it is one.
///
/// Spaces inside the abbreviation do not matter (`Н.Новгород` = `Н. Новгород`).
///
/// ```
/// use gostbib::lang::expand_city;
/// assert_eq!(expand_city("М."), Some("Москва"));
/// assert_eq!(expand_city("СПб."), Some("Санкт-Петербург"));
/// assert_eq!(expand_city("Казань"), None);
/// ```
pub fn expand_city(written: &str) -> Option<&'static str> {
    let squeezed: String = written.chars().filter(|c| !c.is_whitespace()).collect();
    CITIES
        .iter()
        .find(|(abbr, _)| {
            abbr.chars().filter(|c| !c.is_whitespace()).eq(squeezed.chars())
        })
        .map(|&(_, full)| full)
}

/// The usual abbreviation of a city of publication, if it has one.
///
/// ```
/// use gostbib::lang::abbrev::abbreviate_city;
/// assert_eq!(abbreviate_city("Москва"), Some("М."));
/// ```
pub fn abbreviate_city(full: &str) -> Option<&'static str> {
    CITIES.iter().find(|&&(_, f)| f == full).map(|&(abbr, _)| abbr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_city_expands_and_abbreviates_back_to_its_first_form() {
        for &(abbr, full) in CITIES {
            assert_eq!(expand_city(abbr), Some(full));
            let back = abbreviate_city(full).unwrap();
            assert_eq!(expand_city(back), Some(full));
        }
    }
}
