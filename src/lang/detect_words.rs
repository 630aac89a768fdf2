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

use Lang::*;

/// What a whole lowercase word says. `None` for words that say nothing.
pub(crate) fn word(w: &str) -> Option<Evidence> {
    Some(match w {
        // Russian function words and bibliographic words (also common in Ukrainian
        // and Bulgarian, hence the weights).
        "и" => &[(Ru, 2), (Bg, 2), (Uk, 1), (Sr, 2), (Mk, 2)],
        "в" => &[(Ru, 2), (Uk, 2), (Bg, 1)],
        "на" => &[(Ru, 1), (Uk, 1), (Bg, 1), (Sr, 1), (Mk, 1), (Be, 1)],
        "по" | "для" | "под" | "при" | "из" | "от" | "о" | "об" | "к" | "до" => {
            &[(Ru, 2), (Bg, 1), (Uk, 1)]
        }
        "как"
        | "что"
        | "это"
        | "его"
        | "или"
        | "не"
        | "года"
        | "гг"
        | "век"
        | "ред"
        | "изд"
        | "вып"
        | "том"
        | "сб"
        | "т"
        | "с"
        | "гл"
        | "ч"
        | "кн"
        | "м"
        | "л"
        | "спб"
        | "наук"
        | "история"
        | "истории"
        | "россии"
        | "ссср"
        | "российской"
        | "федерации"
        | "журнал"
        | "вопросы"
        | "известия"
        | "вестник"
        | "статья"
        | "сборник"
        | "пер"
        | "издательство"
        | "изд-во"
        | "ун-та"
        | "университета"
        | "материалы"
        | "также" => &[(Ru, 3)],
        // Ukrainian.
        "та"
        | "що"
        | "як"
        | "від"
        | "й"
        | "із"
        | "київ"
        | "україни"
        | "видавництво"
        | "вид-во"
        | "історії"
        | "наукових"
        | "праць"
        | "збірник" => &[(Uk, 3)],
        "з" | "у" => &[(Uk, 2), (Be, 2)],
        // Belarusian.
        "і" => &[(Uk, 2), (Be, 2)],
        "ад" | "гэта" | "беларусі" | "мінск" | "выд-ва" | "гісторыі" | "навук" => {
            &[(Be, 3)]
        }
        // Bulgarian.
        "със"
        | "във"
        | "към"
        | "за"
        | "се"
        | "са"
        | "ще"
        | "това"
        | "които"
        | "който"
        | "една"
        | "един"
        | "българия"
        | "софия"
        | "издателство"
        | "година"
        | "български" => &[(Bg, 3)],
        // Serbian and Macedonian (Cyrillic).
        "је" | "да" | "који" | "које" | "београд" | "од" | "као" => {
            &[(Sr, 2), (Mk, 1)]
        }
        "скопје" | "македонски" | "македонија" => &[(Mk, 3)],
        // English.
        "the" | "and" | "of" | "in" | "on" | "for" | "to" | "with" | "by" | "from"
        | "an" | "a" | "press" | "university" | "journal" | "history" | "vol" | "no"
        | "pp" | "ed" | "eds" | "edition" | "at" | "as" | "its" | "is" | "or"
        | "using" | "study" => &[(En, 3)],
        // French.
        "le" | "la" | "les" | "des" | "du" | "et" | "une" | "un" | "au" | "aux"
        | "dans" | "pour" | "sur" | "par" | "éd" | "tome" | "histoire" | "presses"
        | "mémoires" | "memoires" | "revue" => &[(Fr, 3)],
        "de" => &[(Fr, 2), (Es, 2), (La, 1), (Pl, 1)],
        // German.
        "der" | "die" | "das" | "und" | "im" | "zur" | "zum" | "von" | "mit" | "für"
        | "fur" | "bd" | "hrsg" | "aufl" | "verlag" | "geschichte" => &[(De, 3)],
        // Polish.
        "i" => &[(Pl, 1), (SrLatn, 1)],
        "w" | "z" | "na" | "się" | "oraz" | "dla" | "przez" | "wydawnictwo"
        | "historia" | "polski" | "polskiej" | "warszawa" => &[(Pl, 3)],
        // Italian.
        "il" | "della" | "delle" | "degli" | "di" | "e" | "nel" | "nella" | "per"
        | "storia" | "che" => &[(It, 3)],
        // Spanish.
        "el" | "los" | "las" | "del" | "y" | "en" | "para" | "con" | "por" => &[(Es, 3)],
        // Latin.
        "ad" | "cum" | "sive" | "quae" | "est" | "ex" | "ab" | "rerum" | "annales"
        | "libri" | "opera" | "omnia" => &[(La, 3)],
        // Czech.
        "se" | "ve" | "pro" | "jako" | "nakladatelství" | "praha" | "dějiny" => {
            &[(Cs, 3)]
        }
        // Serbian and Croatian in Latin script.
        "je" | "u" | "za" | "od" | "iz" | "sa" | "kao" | "ili" | "beograd" | "srpski" => {
            &[(SrLatn, 2)]
        }
        _ => return None,
    })
}

/// What the ending of a Cyrillic word says: the inflections that tell Russian from
/// Ukrainian and Bulgarian (`-ая`, `-ые`, `-ение` vs `-ння`, `-ість`, `-ія`).
pub(crate) fn ending(w: &str) -> Option<Evidence> {
    const RU: &[&str] =
        &["ая", "ые", "ое", "ых", "ие", "ия", "ии", "ость", "ение", "ской"];
    const UK: &[&str] = &["ння", "ість", "ія", "ії", "ться", "ий", "ого"];
    const BG: &[&str] = &["ът", "ята", "ите", "ото", "ия"];
    if RU.iter().any(|e| w.ends_with(e)) {
        Some(&[(Ru, 2)])
    } else if UK.iter().any(|e| w.ends_with(e)) {
        Some(&[(Uk, 1), (Ru, 1)])
    } else if BG.iter().any(|e| w.ends_with(e)) {
        Some(&[(Bg, 1)])
    } else {
        None
    }
}

/// Words that say nothing about the language of a reference: GOST metadata written in
/// Russian whatever the language of the source, identifiers, abbreviations that all
/// lists share.
pub(crate) fn is_neutral(w: &str) -> bool {
    matches!(
        w,
        "электронный"
            | "электронная"
            | "электрон"
            | "ресурс"
            | "дан"
            | "режим"
            | "доступа"
            | "дата"
            | "обращения"
            | "загл"
            | "экрана"
            | "текст"
            | "изображение"
            | "систем"
            | "требования"
            | "англ"
            | "url"
            | "doi"
            | "isbn"
            | "issn"
            | "pdf"
            | "html"
            | "lit"
            | "ibid"
            | "op"
            | "cit"
            | "etc"
    )
}

/// What one letter says. `None` for letters that say nothing beyond their script.
pub(crate) fn letter(c: char) -> Option<Evidence> {
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
    fn letters_point_to_their_languages() {
        assert_eq!(letter('ў'), Some(&[(Be, 8)][..]));
        assert!(letter('ї').is_some_and(|e| e[0].0 == Uk));
        assert!(letter('a').is_none());
        assert!(Lang::SrLatn as usize == LANGS - 1 && FIRST_LATIN == 6);
    }
}
