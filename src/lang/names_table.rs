//! Word lists for [`names`](super::names): particles and the family names the
//! declension rules cannot guess.

/// Particles written before a family name, longest first within a language so that
/// `van der` is found before `van`.
pub(crate) static PARTICLES: &[&str] = &[
    // Cyrillic.
    "ван дер",
    "ван ден",
    "фон дер",
    "де ла",
    "де",
    "ди",
    "дю",
    "да",
    "дель",
    "делла",
    "ван",
    "фон",
    "цу",
    "ле",
    "ла",
    "аль",
    "эль",
    "ибн",
    "бен",
    "О’",
    // Latin.
    "van der",
    "van den",
    "van de",
    "von der",
    "von dem",
    "de la",
    "de los",
    "de",
    "di",
    "du",
    "da",
    "del",
    "della",
    "des",
    "dos",
    "das",
    "van",
    "von",
    "zu",
    "ten",
    "ter",
    "le",
    "la",
    "al",
    "el",
    "ibn",
    "bin",
    "ben",
    "d’",
    "d'",
];

/// Adjectival family names in `-ой` (genitive `-ого`): the rule for `-ого` after a
/// consonant other than `к г х ж ш ч щ` gives `-ой`, except for these names in `-ый`.
pub(crate) static ADJECTIVAL_YJ: &[&str] =
    &["Белый", "Бедный", "Чёрный", "Черный", "Красный"];

/// Family names in `-ской`/`-цкой` (genitive `-ского`), against the usual `-ский`.
pub(crate) static ADJECTIVAL_SKOJ: &[&str] =
    &["Трубецкой", "Шаховской", "Луговской", "Донской", "Боровской", "Ростовской"];

/// Family names ending in a consonant and `-а` in the nominative that do not decline
/// (foreign names), so that `Дюма` is not read as the genitive of `Дюм`.
pub(crate) static INDECLINABLE_A: &[&str] = &["Дюма", "Лорка", "Гарсиа", "Фома"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_clean() {
        for p in PARTICLES {
            assert_eq!(p.trim(), *p);
            assert!(p.chars().next().is_some_and(|c| !c.is_uppercase() || c == 'О'));
        }
        for n in ADJECTIVAL_YJ {
            assert!(n.ends_with("ый"));
        }
        for n in ADJECTIVAL_SKOJ {
            assert!(n.ends_with("ской") || n.ends_with("цкой"));
        }
        assert!(INDECLINABLE_A.iter().all(|n| n.ends_with('а')));
    }
}
