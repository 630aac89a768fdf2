//! Word lists of the GOST grammar: locator labels, months, role phrases, thesis and
//! law words. Language data only; the algorithms live in the other modules.

/// What a locator label introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Loc {
    Volume,
    Part,
    Book,
    Issue,
    Chapter,
    Pages,
    Section,
}

/// The locator a label (without its period) introduces. `strict` labels are those
/// that cannot also be an initial or a city (`С.`, `P.`, `S.`, `T.`, `N` can).
pub(crate) fn locator(label: &str) -> Option<(Loc, bool)> {
    Some(match label {
        "Т" | "т" | "Том" | "том" | "Vol" | "vol" | "Bd" | "Tome" | "tome" => {
            (Loc::Volume, true)
        }
        "T" | "t" => (Loc::Volume, false),
        "Ч" | "ч" | "Pt" | "pt" | "Part" | "part" | "Teil" | "Tl" => (Loc::Part, true),
        "Кн" | "кн" | "Book" | "book" | "Livre" | "livre" | "Buch" => {
            (Loc::Book, true)
        }
        "Вып" | "вып" | "Выпуск" | "выпуск" | "№" | "No" | "no" | "Nr" | "nr"
        | "Issue" | "iss" | "Iss" | "Heft" | "H" | "Fasc" | "fasc" => (Loc::Issue, true),
        "N" => (Loc::Issue, false),
        "Гл" | "гл" | "Chap" | "chap" | "Ch" | "ch" | "Chapter" | "Kap" => {
            (Loc::Chapter, true)
        }
        "С" | "с" | "стр" | "Стр" | "P" | "p" | "pp" | "S" | "C" | "c" | "s" => {
            (Loc::Pages, false)
        }
        "Ст" | "ст" | "Art" | "art" => (Loc::Section, true),
        _ => return None,
    })
}

/// The month a (Russian, English, German or French) month word names, by its stem.
pub(crate) fn month(word: &str) -> Option<u8> {
    let w: String = word.chars().take(4).flat_map(char::to_lowercase).collect();
    let m = [
        (&["янв", "jan", "janv"][..], 1),
        (&["фев", "feb", "fév", "fev"][..], 2),
        (&["мар", "mar", "mär"][..], 3),
        (&["апр", "apr", "avr"][..], 4),
        (&["мая", "май", "may", "mai"][..], 5),
        (&["июн", "jun", "juin"][..], 6),
        (&["июл", "jul", "juil"][..], 7),
        (&["авг", "aug", "aoû", "aou"][..], 8),
        (&["сен", "sep"][..], 9),
        (&["окт", "oct", "okt"][..], 10),
        (&["ноя", "nov"][..], 11),
        (&["дек", "dec", "dez", "déc"][..], 12),
    ];
    // "mar" also starts "март"/"марта"/"march"; "май"/"мая" are whole words.
    m.iter()
        .find(|(stems, _)| stems.iter().any(|s| w.starts_with(s)))
        .map(|&(_, n)| n)
        .filter(|_| word.chars().count() >= 3)
}

/// Role phrases of a statement of responsibility, lowercase, longest first, with the
/// roles they give (`ред. и сост.` gives two).
pub(crate) const ROLE_PHRASES: &[(&str, &[RoleWord])] = &[
    ("отв. ред. и сост.", &[RoleWord::Editor, RoleWord::Compiler]),
    ("ответственный редактор", &[RoleWord::Editor]),
    ("под общей редакцией", &[RoleWord::Editor]),
    ("под общ. ред.", &[RoleWord::Editor]),
    ("под редакцией", &[RoleWord::Editor]),
    ("под редак.", &[RoleWord::Editor]),
    ("под ред.", &[RoleWord::Editor]),
    ("общ. ред.", &[RoleWord::Editor]),
    ("отв. ред.", &[RoleWord::Editor]),
    ("гл. ред.", &[RoleWord::Editor]),
    ("ред.-сост.", &[RoleWord::Compiler]),
    ("науч. ред.", &[RoleWord::Editor]),
    ("ред.", &[RoleWord::Editor]),
    ("edited by", &[RoleWord::Editor]),
    ("ed. by", &[RoleWord::Editor]),
    ("eds.", &[RoleWord::Editor]),
    ("ed.", &[RoleWord::Editor]),
    ("hrsg. von", &[RoleWord::Editor]),
    ("hrsg.", &[RoleWord::Editor]),
    ("сост.", &[RoleWord::Compiler]),
    ("составитель", &[RoleWord::Compiler]),
    ("пер. с англ.", &[RoleWord::Translator]),
    ("пер. с анг.", &[RoleWord::Translator]),
    ("пер. с нем.", &[RoleWord::Translator]),
    ("пер. с фр.", &[RoleWord::Translator]),
    ("сокр. пер. с англ.", &[RoleWord::Translator]),
    ("пер.", &[RoleWord::Translator]),
    ("translated by", &[RoleWord::Translator]),
    ("trans.", &[RoleWord::Translator]),
    ("публ. подгот.", &[RoleWord::Author]),
    ("автор текста", &[RoleWord::Author]),
    ("коммент.", &[RoleWord::Commentator]),
    ("вступ. ст.", &[RoleWord::Introduction]),
    ("предисл.", &[RoleWord::Introduction]),
];

/// A role named by a phrase of [`ROLE_PHRASES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RoleWord {
    Author,
    Editor,
    Translator,
    Compiler,
    Commentator,
    Introduction,
}

/// Whether a lowercase word starts a dissertation statement (`дис.`, `автореф.`,
/// `диссертация`, `дисертація`).
pub(crate) fn is_thesis_word(lower: &str) -> bool {
    ["дис", "автореф", "дисер", "thesis", "dissertation"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// First words (lowercase) of the titles of laws and other official documents.
pub(crate) const LAW_WORDS: &[&str] = &[
    "указ",
    "постановление",
    "закон",
    "федеральный закон",
    "приказ",
    "распоряжение",
    "кодекс",
    "гражданский кодекс",
    "уголовный кодекс",
    "налоговый кодекс",
    "конституция",
    "из постановления",
    "из указа",
    "устав",
    "декрет",
    "методические рекомендации",
    "закон рф",
    "федер. закон",
    "федеральный конституционный закон",
];

/// Abbreviated or full given-name endings of Russian patronymics.
pub(crate) fn is_patronymic(word: &str) -> bool {
    ["вич", "вна", "ична", "инична", "івна", "ович", "ьич"]
        .iter()
        .any(|e| word.ends_with(e))
        && word.chars().count() > 4
}

/// Whether a word is a Roman numeral (`I`, `IV`, `XII`).
pub(crate) fn is_roman(word: &str) -> bool {
    !word.is_empty()
        && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'Х' | 'І'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months() {
        assert_eq!(month("янв"), Some(1));
        assert_eq!(month("сентября"), Some(9));
        assert_eq!(month("мая"), Some(5));
        assert_eq!(month("March"), Some(3));
        assert_eq!(month("ма"), None);
        assert_eq!(month("дом"), None);
    }

    #[test]
    fn labels() {
        assert_eq!(locator("Т"), Some((Loc::Volume, true)));
        assert_eq!(locator("С"), Some((Loc::Pages, false)));
        assert_eq!(locator("№"), Some((Loc::Issue, true)));
        assert_eq!(locator("Кузбасс"), None);
    }

    #[test]
    fn patronymics_and_romans() {
        assert!(is_patronymic("Николаевна"));
        assert!(is_patronymic("Володимирівна"));
        assert!(!is_patronymic("Ирина"));
        assert!(is_roman("XIV"));
        assert!(!is_roman("Vol"));
    }
}
