//! Personal names: initials, particles, hyphenated family names, and the nominative of
//! a family name written in the genitive after `под ред.`, `пер.`, `сост.`.
//!
//! | written                   | function                 | result                 |
//! |---------------------------|--------------------------|------------------------|
//! | `Анна Михайловна`         | [`initials`]             | `А. М.`                |
//! | `Жан-Поль`, `Джон`        | [`initials`]             | `Ж.-П.`, `Дж.`         |
//! | `Yurii Khristoforovich`   | [`initials`]             | `Yu. Kh.`              |
//! | `А.М.`, `Дж.Р.Р.`         | [`normalize_initials`]   | `А. М.`, `Дж. Р. Р.`   |
//! | `ван дер Ваальс`          | [`split_particle`]       | `ван дер` + `Ваальс`   |
//! | `Иванова`, `Толстого`     | [`nominative`]           | `Иванов`, `Толстой`    |
//! | `Салтыкова-Щедрина`       | [`nominative`]           | `Салтыков-Щедрин`      |
//! | `Петровой`, `Достоевской` | [`nominative`]           | `Петрова`, `Достоевская` |
//! | `Шевченко`, `Гёте`        | [`nominative`]           | as written (indeclinable) |
//! | `Толстой`, `Глинки`       | [`nominative`]           | `None` (ambiguous)     |

use super::names_table::{ADJECTIVAL_SKOJ, ADJECTIVAL_YJ, INDECLINABLE_A, PARTICLES};
use crate::lang::chars::{is_alpha, is_upper};

/// Latin digraphs that stand for one Cyrillic letter in romanized Russian names and are
/// kept whole in initials (`Yu.`, `Kh.`). `Ch`, `Sh` are included: the function is
/// meant for names romanized from Russian (`Charles` would give `Ch.`).
const LATIN_DIGRAPHS: &[&str] =
    &["Shch", "Yu", "Ya", "Ye", "Yo", "Zh", "Kh", "Ts", "Ch", "Sh"];

/// The initial of one given name: the first letter, or the digraph a Russian initial
/// keeps (`Дж` in `Джон`, `Yu` in `Yurii`).
///
/// ```
/// use gostbib::lang::names::initial;
/// assert_eq!(initial("Анна"), "А.");
/// assert_eq!(initial("Джордж"), "Дж.");
/// assert_eq!(initial("Yurii"), "Yu.");
/// assert_eq!(initial("Khristofor"), "Kh.");
/// assert_eq!(initial("Жан-Поль"), "Ж.-П.");
/// ```
pub fn initial(given: &str) -> String {
    given
        .split('-')
        .filter(|p| !p.is_empty())
        .map(|part| {
            let digraph = ["Дж"].iter().chain(LATIN_DIGRAPHS).find(|d| {
                part.starts_with(**d) && part.chars().count() > d.chars().count()
            });
            match digraph {
                Some(d) => format!("{d}."),
                None => part
                    .chars()
                    .next()
                    .map(|c| format!("{}.", c.to_uppercase()))
                    .unwrap_or_default(),
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// Initials from full given names, space-separated as GOST writes them.
///
/// ```
/// use gostbib::lang::names::initials;
/// assert_eq!(initials("Анна Михайловна"), "А. М.");
/// assert_eq!(initials("Жан-Поль"), "Ж.-П.");
/// assert_eq!(initials("Yurii Alekseevich"), "Yu. A.");
/// assert_eq!(initials(""), "");
/// ```
pub fn initials(given: &str) -> String {
    given.split_whitespace().map(initial).collect::<Vec<_>>().join(" ")
}

/// Initials as GOST writes them: one space after each period except inside a
/// hyphenated initial (`А.М.` → `А. М.`, `Ж.-П.` stays, `Дж.Р.Р.` → `Дж. Р. Р.`).
///
/// ```
/// use gostbib::lang::names::normalize_initials;
/// assert_eq!(normalize_initials("А.М."), "А. М.");
/// assert_eq!(normalize_initials("Ж.-П. Ф."), "Ж.-П. Ф.");
/// assert_eq!(normalize_initials("Дж.Р.Р."), "Дж. Р. Р.");
/// ```
pub fn normalize_initials(written: &str) -> String {
    let mut out = String::with_capacity(written.len() + 4);
    for part in written.split_whitespace() {
        for piece in part.split_inclusive('.') {
            if !out.is_empty() && !piece.starts_with('-') && !out.ends_with('-') {
                out.push(' ');
            }
            out.push_str(piece);
        }
    }
    out
}

/// Splits a particle off a family name as written (`де Голль`, `van der Waals`).
///
/// ```
/// use gostbib::lang::names::split_particle;
/// assert_eq!(split_particle("ван дер Ваальс"), (Some("ван дер"), "Ваальс"));
/// assert_eq!(split_particle("von Neumann"), (Some("von"), "Neumann"));
/// assert_eq!(split_particle("d’Alembert"), (Some("d’"), "Alembert"));
/// assert_eq!(split_particle("Деникин"), (None, "Деникин"));
/// ```
pub fn split_particle(name: &str) -> (Option<&str>, &str) {
    for p in PARTICLES {
        if let Some(rest) = name.strip_prefix(p) {
            let apostrophe = p.ends_with(['’', '\'']);
            let rest_trimmed = rest.trim_start();
            let separated = apostrophe || rest.starts_with(' ');
            if separated && rest_trimmed.chars().next().is_some_and(is_upper) {
                return (Some(p), rest_trimmed);
            }
        }
    }
    (None, name)
}

/// The parts of a hyphenated family name (`Салтыков-Щедрин`, `Бонч-Бруевич`).
///
/// ```
/// use gostbib::lang::names::family_parts;
/// assert_eq!(family_parts("Салтыков-Щедрин"), ["Салтыков", "Щедрин"]);
/// ```
pub fn family_parts(family: &str) -> Vec<&str> {
    family.split('-').filter(|p| !p.is_empty()).collect()
}

/// Grammatical gender read from a hint (given names or patronymic in the genitive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

fn gender_of(hint: Option<&str>) -> Option<Gender> {
    let hint = hint?;
    let last = hint.split_whitespace().last()?.trim_end_matches('.');
    if last.chars().count() < 3 {
        return None; // initials say nothing
    }
    if ["овны", "евны", "ичны", "ы", "и", "ой"].iter().any(|e| last.ends_with(e))
    {
        Some(Gender::Female)
    } else if ["ича", "а", "я"].iter().any(|e| last.ends_with(e)) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The nominative of a Russian family name written in the genitive (after `под ред.`,
/// `пер.`, `сост.`), or `None` when it cannot be told with confidence.
///
/// `initials_hint` is what is written before the name: initials say nothing, but full
/// given names or a patronymic in the genitive (`Анны Михайловны`, `Льва Николаевича`)
/// tell the gender, which settles `Толстой` (a woman's genitive → `Толстая`, a man's
/// nominative → `Толстой`). Indeclinable names (`Шевченко`, `Дурново`, `Гёте`, `Черных`,
/// a woman's `Мандельштам`) are returned as written. Names in Latin script are returned
/// as written.
///
/// ```
/// use gostbib::lang::names::nominative;
/// assert_eq!(nominative("Иванова", Some("А. В.")).as_deref(), Some("Иванов"));
/// assert_eq!(nominative("Кокотова", None).as_deref(), Some("Кокотов"));
/// assert_eq!(nominative("Толстого", None).as_deref(), Some("Толстой"));
/// assert_eq!(nominative("Тихвинского", None).as_deref(), Some("Тихвинский"));
/// assert_eq!(nominative("Петровой", None).as_deref(), Some("Петрова"));
/// assert_eq!(nominative("Салтыкова-Щедрина", None).as_deref(), Some("Салтыков-Щедрин"));
/// assert_eq!(nominative("Шевченко", None).as_deref(), Some("Шевченко"));
/// assert_eq!(nominative("Толстой", None), None);
/// assert_eq!(nominative("Толстой", Some("Татьяны Никитичны")).as_deref(), Some("Толстая"));
/// ```
pub fn nominative(family: &str, initials_hint: Option<&str>) -> Option<String> {
    let family = family.trim();
    if family.is_empty() {
        return None;
    }
    if !family.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c)) {
        return Some(family.to_owned());
    }
    let gender = gender_of(initials_hint);
    let parts: Option<Vec<String>> =
        family_parts(family).into_iter().map(|p| nominative_part(p, gender)).collect();
    Some(parts?.join("-"))
}

/// Puts a person written in the genitive (after `под ред.`, `пер.`) into the
/// nominative: [`Person::family`](crate::Person) becomes the nominative and
/// `as_written` keeps the form as written. Returns whether the name changed; a name
/// whose nominative cannot be told with confidence is left as it is.
///
/// ```
/// use gostbib::Person;
/// use gostbib::lang::names::to_nominative;
/// let mut p = Person::new("Тихвинского", "С. Л.");
/// assert!(to_nominative(&mut p));
/// assert_eq!((p.family.as_str(), p.as_written.as_deref()), ("Тихвинский", Some("Тихвинского")));
/// let mut q = Person::new("Толстой", "Т. Н.");
/// assert!(!to_nominative(&mut q));
/// assert_eq!(q.as_written, None);
/// ```
pub fn to_nominative(person: &mut crate::Person) -> bool {
    let hint = person.given.as_deref().or(person.initials.as_deref());
    match nominative(&person.family, hint) {
        Some(n) if n != person.family => {
            let written = std::mem::replace(&mut person.family, n);
            person.as_written.get_or_insert(written);
            true
        }
        _ => false,
    }
}

fn is_vowel(c: char) -> bool {
    "аеёиоуыэюяАЕЁИОУЫЭЮЯ".contains(c)
}

fn replace_end(word: &str, ending: &str, with: &str) -> String {
    format!("{}{with}", &word[..word.len() - ending.len()])
}

fn nominative_part(word: &str, gender: Option<Gender>) -> Option<String> {
    let ends =
        |e: &str| word.ends_with(e) && word.chars().count() > e.chars().count() + 1;
    // Adjectival names: -ского/-цкого, -ого/-его.
    for e in ["ского", "цкого"] {
        if ends(e) {
            let skoj = replace_end(word, "ого", "ой");
            return Some(if ADJECTIVAL_SKOJ.contains(&skoj.as_str()) {
                skoj
            } else {
                replace_end(word, "ого", "ий")
            });
        }
    }
    if ends("его") {
        return Some(replace_end(word, "его", "ий"));
    }
    if ends("ого") {
        let before = word[..word.len() - "ого".len()].chars().next_back()?;
        if "кгхжшчщ".contains(before) {
            return Some(replace_end(word, "ого", "ий"));
        }
        let yj = replace_end(word, "ого", "ый");
        return Some(if ADJECTIVAL_YJ.contains(&yj.as_str()) {
            yj
        } else {
            replace_end(word, "ого", "ой")
        });
    }
    // A woman's genitive: -овой/-евой/-иной → -ова/-ева/-ина; -ской → -ская.
    for e in ["овой", "евой", "ёвой", "иной", "ыной"] {
        if ends(e) {
            return Some(replace_end(word, "ой", "а"));
        }
    }
    for e in ["ской", "цкой"] {
        if ends(e) {
            return Some(replace_end(word, "ой", "ая"));
        }
    }
    if ends("ой") {
        // `Толстой`: a woman's genitive or a man's nominative.
        return match gender? {
            Gender::Female => Some(replace_end(word, "ой", "ая")),
            Gender::Male => Some(word.to_owned()),
        };
    }
    // A man's genitive: -ова/-ева/-ина → -ов/-ев/-ин; consonant + а → consonant.
    if gender == Some(Gender::Female) && word.ends_with('а') {
        return Some(word.to_owned()); // written undeclined
    }
    for e in ["ова", "ева", "ёва", "ина", "ына"] {
        if ends(e) {
            return Some(replace_end(word, "а", ""));
        }
    }
    let mut rev = word.chars().rev();
    let last = rev.next()?;
    let before = rev.next()?;
    let before2 = rev.next();
    match last {
        'а' if INDECLINABLE_A.contains(&word) => Some(word.to_owned()),
        'а' if !is_vowel(before) && before != 'ь' => {
            // A fleeting vowel (Кравец → Кравца, Орёл → Орла) cannot be restored.
            let fleeting =
                "цкл".contains(before) && before2.is_some_and(|c| !is_vowel(c));
            (!fleeting).then(|| replace_end(word, "а", ""))
        }
        'я' if is_vowel(before) => Some(replace_end(word, "я", "й")),
        'я' if !is_vowel(before) && before != 'ь' => Some(replace_end(word, "я", "ь")),
        // Indeclinable: -о, -е, -у, -ю, -их/-ых, a woman's consonant-final name.
        'о' | 'е' | 'э' | 'у' | 'ю' => Some(word.to_owned()),
        'х' if before == 'ы' || before == 'и' => Some(word.to_owned()),
        c if !is_vowel(c) && c != 'ь' && c != 'й' && is_alpha(c) => {
            Some(word.to_owned())
        }
        // -ы/-и (Глинки: Глинка?), -ья, -ь, -й: not confident.
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genitives_of_the_dev_corpus_kind() {
        let cases = [
            ("Громыко", Some("Громыко")),
            ("Ковалева", Some("Ковалев")),
            ("Севостьянова", Some("Севостьянов")),
            ("Тихвинского", Some("Тихвинский")),
            ("Горького", Some("Горький")),
            ("Белого", Some("Белый")),
            ("Трубецкого", Some("Трубецкой")),
            ("Крайнего", Some("Крайний")),
            ("Пушкина", Some("Пушкин")),
            ("Мандельштама", Some("Мандельштам")),
            ("Шостаковича", Some("Шостакович")),
            ("Бонч-Бруевича", Some("Бонч-Бруевич")),
            ("Римского-Корсакова", Some("Римский-Корсаков")),
            ("Гоголя", Some("Гоголь")),
            ("Гайдая", Some("Гайдай")),
            ("Достоевской", Some("Достоевская")),
            ("Дурново", Some("Дурново")),
            ("Гёте", Some("Гёте")),
            ("Черных", Some("Черных")),
            ("Дюма", Some("Дюма")),
            ("Smith", Some("Smith")),
            ("Кравца", None),
            ("Орла", None),
            ("Глинки", None),
            ("Соловья", None),
            ("", None),
        ];
        for (genitive, want) in cases {
            assert_eq!(nominative(genitive, None).as_deref(), want, "{genitive}");
        }
    }

    #[test]
    fn a_hint_settles_gender() {
        assert_eq!(
            nominative("Толстой", Some("Льва Николаевича")).as_deref(),
            Some("Толстой")
        );
        assert_eq!(
            nominative("Иванова", Some("Анны Петровны")).as_deref(),
            Some("Иванова")
        );
        assert_eq!(nominative("Толстой", Some("Т. Н.")), None);
    }

    #[test]
    fn particles_need_a_capital_after_them() {
        assert_eq!(split_particle("Девятов"), (None, "Девятов"));
        assert_eq!(split_particle("де Голль"), (Some("де"), "Голль"));
        assert_eq!(split_particle("da Vinci"), (Some("da"), "Vinci"));
        assert_eq!(split_particle("de la Fontaine"), (Some("de la"), "Fontaine"));
    }
}
