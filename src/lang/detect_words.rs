//! Language evidence for [`detect`](super::detect): stop-words and letters of each
//! language, and the words that say nothing about the language of a reference (GOST
//! metadata such as `Электронный ресурс`, identifiers such as `URL`, `DOI`).

/// The languages the detector can return; indexes into its score array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    Ru,
    Uk,
    Be,
    Bg,
    Sr,
    Mk,
    En,
    Fr,
    De,
    Pl,
    It,
    Es,
    La,
    Cs,
    SrLatn,
}

/// Number of [`Lang`] values.
pub(crate) const LANGS: usize = 15;

/// The first Latin-script language in [`Lang`].
pub(crate) const FIRST_LATIN: usize = Lang::En as usize;

/// Evidence a word gives: (language, weight) pairs.
pub(crate) type Evidence = &'static [(Lang, u8)];

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use Lang::*;

/// Stop-words and bibliographic words: (word, evidence). Lowercase.
pub(crate) static WORDS: &[(&str, Evidence)] = &[
    // Russian function words and bibliographic words (some shared, hence the weights).
    ("и", &[(Ru, 2), (Bg, 2), (Uk, 1), (Sr, 2), (Mk, 2)]),
    ("в", &[(Ru, 2), (Uk, 2), (Bg, 1)]),
    ("на", &[(Ru, 1), (Uk, 1), (Bg, 1), (Sr, 1), (Mk, 1), (Be, 1)]),
    ("по", &[(Ru, 2), (Bg, 1), (Uk, 1)]),
    ("для", &[(Ru, 2), (Bg, 1), (Uk, 1)]),
    ("под", &[(Ru, 2), (Bg, 1), (Uk, 1)]),
    ("при", &[(Ru, 2), (Bg, 1), (Uk, 1)]),
    ("из", &[(Ru, 2), (Bg, 1), (Uk, 1)]),
    ("от", &[(Ru, 2), (Bg, 1), (Uk, 1)]),
    ("о", &[(Ru, 2), (Bg, 1), (Uk, 1)]),
    ("об", &[(Ru, 2), (Bg, 1), (Uk, 1)]),
    ("к", &[(Ru, 2), (Bg, 1), (Uk, 1)]),
    ("до", &[(Ru, 2), (Bg, 1), (Uk, 1)]),
    ("как", &[(Ru, 3)]),
    ("что", &[(Ru, 3)]),
    ("это", &[(Ru, 3)]),
    ("его", &[(Ru, 3)]),
    ("или", &[(Ru, 3)]),
    ("не", &[(Ru, 3)]),
    ("года", &[(Ru, 3)]),
    ("гг", &[(Ru, 3)]),
    ("век", &[(Ru, 3)]),
    ("ред", &[(Ru, 3)]),
    ("изд", &[(Ru, 3)]),
    ("вып", &[(Ru, 3)]),
    ("том", &[(Ru, 3)]),
    ("сб", &[(Ru, 3)]),
    ("т", &[(Ru, 3)]),
    ("с", &[(Ru, 3)]),
    ("гл", &[(Ru, 3)]),
    ("ч", &[(Ru, 3)]),
    ("кн", &[(Ru, 3)]),
    ("м", &[(Ru, 3)]),
    ("л", &[(Ru, 3)]),
    ("спб", &[(Ru, 3)]),
    ("наук", &[(Ru, 3)]),
    ("история", &[(Ru, 3)]),
    ("истории", &[(Ru, 3)]),
    ("россии", &[(Ru, 3)]),
    ("ссср", &[(Ru, 3)]),
    ("российской", &[(Ru, 3)]),
    ("федерации", &[(Ru, 3)]),
    ("журнал", &[(Ru, 3)]),
    ("вопросы", &[(Ru, 3)]),
    ("известия", &[(Ru, 3)]),
    ("вестник", &[(Ru, 3)]),
    ("статья", &[(Ru, 3)]),
    ("сборник", &[(Ru, 3)]),
    ("пер", &[(Ru, 3)]),
    ("издательство", &[(Ru, 3)]),
    ("изд-во", &[(Ru, 3)]),
    ("ун-та", &[(Ru, 3)]),
    ("университета", &[(Ru, 3)]),
    ("материалы", &[(Ru, 3)]),
    ("также", &[(Ru, 3)]),
    // Ukrainian.
    ("та", &[(Uk, 3)]),
    ("що", &[(Uk, 3)]),
    ("як", &[(Uk, 3)]),
    ("від", &[(Uk, 3)]),
    ("й", &[(Uk, 3)]),
    ("із", &[(Uk, 3)]),
    ("київ", &[(Uk, 3)]),
    ("україни", &[(Uk, 3)]),
    ("видавництво", &[(Uk, 3)]),
    ("вид-во", &[(Uk, 3)]),
    ("історії", &[(Uk, 3)]),
    ("наукових", &[(Uk, 3)]),
    ("праць", &[(Uk, 3)]),
    ("збірник", &[(Uk, 3)]),
    // Ukrainian and Belarusian.
    ("з", &[(Uk, 2), (Be, 2)]),
    ("у", &[(Uk, 2), (Be, 2)]),
    ("і", &[(Uk, 2), (Be, 2)]),
    // Belarusian.
    ("ад", &[(Be, 3)]),
    ("гэта", &[(Be, 3)]),
    ("беларусі", &[(Be, 3)]),
    ("мінск", &[(Be, 3)]),
    ("выд-ва", &[(Be, 3)]),
    ("гісторыі", &[(Be, 3)]),
    ("навук", &[(Be, 3)]),
    // Bulgarian.
    ("със", &[(Bg, 3)]),
    ("във", &[(Bg, 3)]),
    ("към", &[(Bg, 3)]),
    ("за", &[(Bg, 3)]),
    ("се", &[(Bg, 3)]),
    ("са", &[(Bg, 3)]),
    ("ще", &[(Bg, 3)]),
    ("това", &[(Bg, 3)]),
    ("които", &[(Bg, 3)]),
    ("който", &[(Bg, 3)]),
    ("една", &[(Bg, 3)]),
    ("един", &[(Bg, 3)]),
    ("българия", &[(Bg, 3)]),
    ("софия", &[(Bg, 3)]),
    ("издателство", &[(Bg, 3)]),
    ("година", &[(Bg, 3)]),
    ("български", &[(Bg, 3)]),
    // Serbian and Macedonian (Cyrillic).
    ("је", &[(Sr, 2), (Mk, 1)]),
    ("да", &[(Sr, 2), (Mk, 1)]),
    ("који", &[(Sr, 2), (Mk, 1)]),
    ("које", &[(Sr, 2), (Mk, 1)]),
    ("београд", &[(Sr, 2), (Mk, 1)]),
    ("од", &[(Sr, 2), (Mk, 1)]),
    ("као", &[(Sr, 2), (Mk, 1)]),
    // Macedonian.
    ("скопје", &[(Mk, 3)]),
    ("македонски", &[(Mk, 3)]),
    ("македонија", &[(Mk, 3)]),
    // English.
    ("the", &[(En, 3)]),
    ("and", &[(En, 3)]),
    ("of", &[(En, 3)]),
    ("in", &[(En, 3)]),
    ("on", &[(En, 3)]),
    ("for", &[(En, 3)]),
    ("to", &[(En, 3)]),
    ("with", &[(En, 3)]),
    ("by", &[(En, 3)]),
    ("from", &[(En, 3)]),
    ("an", &[(En, 3)]),
    ("a", &[(En, 3)]),
    ("press", &[(En, 3)]),
    ("university", &[(En, 3)]),
    ("journal", &[(En, 3)]),
    ("history", &[(En, 3)]),
    ("vol", &[(En, 3)]),
    ("no", &[(En, 3)]),
    ("pp", &[(En, 3)]),
    ("ed", &[(En, 3)]),
    ("eds", &[(En, 3)]),
    ("edition", &[(En, 3)]),
    ("at", &[(En, 3)]),
    ("as", &[(En, 3)]),
    ("its", &[(En, 3)]),
    ("is", &[(En, 3)]),
    ("or", &[(En, 3)]),
    ("using", &[(En, 3)]),
    ("study", &[(En, 3)]),
    // French.
    ("le", &[(Fr, 3)]),
    ("la", &[(Fr, 3)]),
    ("les", &[(Fr, 3)]),
    ("des", &[(Fr, 3)]),
    ("du", &[(Fr, 3)]),
    ("et", &[(Fr, 3)]),
    ("une", &[(Fr, 3)]),
    ("un", &[(Fr, 3)]),
    ("au", &[(Fr, 3)]),
    ("aux", &[(Fr, 3)]),
    ("dans", &[(Fr, 3)]),
    ("pour", &[(Fr, 3)]),
    ("sur", &[(Fr, 3)]),
    ("par", &[(Fr, 3)]),
    ("éd", &[(Fr, 3)]),
    ("tome", &[(Fr, 3)]),
    ("histoire", &[(Fr, 3)]),
    ("presses", &[(Fr, 3)]),
    ("mémoires", &[(Fr, 3)]),
    ("memoires", &[(Fr, 3)]),
    ("revue", &[(Fr, 3)]),
    // Romance languages and Latin.
    ("de", &[(Fr, 2), (Es, 2), (La, 1), (Pl, 1)]),
    // German.
    ("der", &[(De, 3)]),
    ("die", &[(De, 3)]),
    ("das", &[(De, 3)]),
    ("und", &[(De, 3)]),
    ("im", &[(De, 3)]),
    ("zur", &[(De, 3)]),
    ("zum", &[(De, 3)]),
    ("von", &[(De, 3)]),
    ("mit", &[(De, 3)]),
    ("für", &[(De, 3)]),
    ("fur", &[(De, 3)]),
    ("bd", &[(De, 3)]),
    ("hrsg", &[(De, 3)]),
    ("aufl", &[(De, 3)]),
    ("verlag", &[(De, 3)]),
    ("geschichte", &[(De, 3)]),
    // Polish.
    ("i", &[(Pl, 1), (SrLatn, 1)]),
    ("w", &[(Pl, 3)]),
    ("z", &[(Pl, 3)]),
    ("na", &[(Pl, 3)]),
    ("się", &[(Pl, 3)]),
    ("oraz", &[(Pl, 3)]),
    ("dla", &[(Pl, 3)]),
    ("przez", &[(Pl, 3)]),
    ("wydawnictwo", &[(Pl, 3)]),
    ("historia", &[(Pl, 3)]),
    ("polski", &[(Pl, 3)]),
    ("polskiej", &[(Pl, 3)]),
    ("warszawa", &[(Pl, 3)]),
    // Italian.
    ("il", &[(It, 3)]),
    ("della", &[(It, 3)]),
    ("delle", &[(It, 3)]),
    ("degli", &[(It, 3)]),
    ("di", &[(It, 3)]),
    ("e", &[(It, 3)]),
    ("nel", &[(It, 3)]),
    ("nella", &[(It, 3)]),
    ("per", &[(It, 3)]),
    ("storia", &[(It, 3)]),
    ("che", &[(It, 3)]),
    // Spanish.
    ("el", &[(Es, 3)]),
    ("los", &[(Es, 3)]),
    ("las", &[(Es, 3)]),
    ("del", &[(Es, 3)]),
    ("y", &[(Es, 3)]),
    ("en", &[(Es, 3)]),
    ("para", &[(Es, 3)]),
    ("con", &[(Es, 3)]),
    ("por", &[(Es, 3)]),
    // Latin.
    ("ad", &[(La, 3)]),
    ("cum", &[(La, 3)]),
    ("sive", &[(La, 3)]),
    ("quae", &[(La, 3)]),
    ("est", &[(La, 3)]),
    ("ex", &[(La, 3)]),
    ("ab", &[(La, 3)]),
    ("rerum", &[(La, 3)]),
    ("annales", &[(La, 3)]),
    ("libri", &[(La, 3)]),
    ("opera", &[(La, 3)]),
    ("omnia", &[(La, 3)]),
    // Czech.
    ("se", &[(Cs, 3)]),
    ("ve", &[(Cs, 3)]),
    ("pro", &[(Cs, 3)]),
    ("jako", &[(Cs, 3)]),
    ("nakladatelství", &[(Cs, 3)]),
    ("praha", &[(Cs, 3)]),
    ("dějiny", &[(Cs, 3)]),
    // Serbian and Croatian in Latin script.
    ("je", &[(SrLatn, 2)]),
    ("u", &[(SrLatn, 2)]),
    ("za", &[(SrLatn, 2)]),
    ("od", &[(SrLatn, 2)]),
    ("iz", &[(SrLatn, 2)]),
    ("sa", &[(SrLatn, 2)]),
    ("kao", &[(SrLatn, 2)]),
    ("ili", &[(SrLatn, 2)]),
    ("beograd", &[(SrLatn, 2)]),
    ("srpski", &[(SrLatn, 2)]),
];

/// Words that say nothing about the language of a reference: GOST metadata written in
/// Russian whatever the language of the source, identifiers, abbreviations that all
/// lists share.
pub(crate) static NEUTRAL: &[&str] = &[
    "электронный",
    "электронная",
    "электрон",
    "ресурс",
    "дан",
    "режим",
    "доступа",
    "дата",
    "обращения",
    "загл",
    "экрана",
    "текст",
    "изображение",
    "систем",
    "требования",
    "англ",
    "url",
    "doi",
    "isbn",
    "issn",
    "pdf",
    "html",
    "lit",
    "ibid",
    "op",
    "cit",
    "etc",
];

/// What a word is to the detector.
#[derive(Debug, Clone, Copy)]
pub(crate) enum WordClass {
    /// Counts for nothing.
    Neutral,
    /// Points to languages.
    Evidence(Evidence),
}

/// A small FNV-1a hasher: words are a few bytes long and looked up once per word of
/// the input, where SipHash would dominate.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Index = HashMap<&'static str, WordClass, BuildHasherDefault<Fnv>>;

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut index = Index::default();
    for &(w, e) in WORDS {
        // The first entry of a word wins, as in a `match`.
        index.entry(w).or_insert(WordClass::Evidence(e));
    }
    for &w in NEUTRAL {
        index.insert(w, WordClass::Neutral);
    }
    index
});

/// The longest word of the tables, in bytes: longer words are not looked up.
pub(crate) const LONGEST_WORD: usize = 32;

/// What a whole lowercase word is, if the tables know it.
pub(crate) fn classify(w: &str) -> Option<WordClass> {
    if w.len() > LONGEST_WORD {
        return None;
    }
    INDEX.get(w).copied()
}

/// What a whole lowercase word says. `None` for words that say nothing.
#[cfg(test)]
pub(crate) fn word(w: &str) -> Option<Evidence> {
    match classify(w)? {
        WordClass::Evidence(e) => Some(e),
        WordClass::Neutral => None,
    }
}

/// Whether a word counts for nothing (see [`NEUTRAL`]).
#[cfg(test)]
pub(crate) fn is_neutral(w: &str) -> bool {
    matches!(classify(w), Some(WordClass::Neutral))
}

/// What the ending of a Cyrillic word says: the inflections that tell Russian from
/// Ukrainian and Bulgarian (`-ая`, `-ые`, `-ение` vs `-ння`, `-ість`, `-ія`).
pub(crate) fn ending(w: &str) -> Option<Evidence> {
    const RU: Evidence = &[(Ru, 2)];
    const UK: Evidence = &[(Uk, 1), (Ru, 1)];
    const BG: Evidence = &[(Bg, 1)];
    // Candidates by the last letter, Russian first, then Ukrainian, then Bulgarian.
    let candidates: &[(&str, Evidence)] = match w.chars().next_back()? {
        'я' => &[("ая", RU), ("ия", RU), ("ння", UK), ("ія", UK)],
        'е' => &[("ые", RU), ("ое", RU), ("ие", RU), ("ите", BG)],
        'х' => &[("ых", RU)],
        'и' => &[("ии", RU)],
        'ь' => &[("ость", RU), ("ість", UK), ("ться", UK)],
        'й' => &[("ской", RU), ("ий", UK)],
        'ї' => &[("ії", UK)],
        'о' => &[("ого", UK), ("ото", BG)],
        'т' => &[("ът", BG)],
        'а' => &[("ята", BG)],
        _ => return None,
    };
    candidates.iter().find(|(e, _)| w.ends_with(e)).map(|&(_, evidence)| evidence)
}

/// What one letter says. `None` for letters that say nothing beyond their script.
pub(crate) const fn letter(c: char) -> Option<Evidence> {
    Some(match c {
        // Cyrillic letters that only some languages have.
        'ы' | 'э' => &[(Ru, 2), (Be, 2)],
        'ё' => &[(Ru, 3), (Be, 2)],
        'ъ' => &[(Ru, 1), (Bg, 2)],
        'і' => &[(Uk, 4), (Be, 4)],
        'ї' | 'є' | 'ґ' => &[(Uk, 6)],
        'ў' => &[(Be, 8)],
        'и' | 'щ' => &[(Ru, 1), (Uk, 1), (Bg, 1)],
        'ђ' | 'ћ' | 'џ' | 'љ' | 'њ' | 'ј' => &[(Sr, 6), (Mk, 3)],
        'ѓ' | 'ќ' | 'ѕ' => &[(Mk, 8)],
        // Latin letters with diacritics.
        'é' => &[(Fr, 2), (Es, 1), (It, 1), (Cs, 1)],
        'è' => &[(Fr, 2), (It, 2)],
        'ê' | 'ç' | 'œ' | 'î' | 'ô' | 'û' | 'ë' | 'ï' | 'â' => &[(Fr, 3)],
        'à' => &[(Fr, 2), (It, 2)],
        'ù' => &[(Fr, 1), (It, 2)],
        'ì' | 'ò' => &[(It, 3)],
        'ä' | 'ö' | 'ü' | 'ß' => &[(De, 3)],
        'ñ' | 'á' | 'í' | 'ú' | '¿' | '¡' => &[(Es, 3), (Cs, 1)],
        'ó' => &[(Es, 1), (Pl, 2), (Cs, 1)],
        'ą' | 'ę' | 'ł' | 'ń' | 'ś' | 'ź' | 'ż' => &[(Pl, 4)],
        'ć' => &[(Pl, 2), (SrLatn, 2)],
        'č' | 'š' | 'ž' => &[(Cs, 2), (SrLatn, 2)],
        'ř' | 'ě' | 'ů' => &[(Cs, 4)],
        'đ' => &[(SrLatn, 4)],
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lowercase_and_neutral_words_carry_no_evidence() {
        for w in ["электронный", "url", "doi", "ресурс"] {
            assert!(is_neutral(w));
            assert!(word(w).is_none(), "{w}");
        }
        assert!(word("the").is_some_and(|e| e.iter().any(|&(l, _)| l == En)));
        assert!(word("The").is_none(), "the caller lowercases");
    }

    #[test]
    fn table_words_are_lowercase_and_short_enough() {
        for w in WORDS.iter().map(|w| w.0).chain(NEUTRAL.iter().copied()) {
            assert_eq!(w.to_lowercase(), w);
            assert!(w.len() <= LONGEST_WORD, "{w}");
        }
    }

    #[test]
    fn letters_point_to_their_languages() {
        assert_eq!(letter('ў'), Some(&[(Be, 8)][..]));
        assert!(letter('ї').is_some_and(|e| e[0].0 == Uk));
        assert!(letter('a').is_none());
        assert!(Lang::SrLatn as usize == LANGS - 1 && FIRST_LATIN == 6);
    }
}
