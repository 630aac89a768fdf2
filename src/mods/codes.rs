//! Controlled vocabularies: marcgt genres, MARC relators, ISO 639-2/B languages and the
//! default scripts of languages.

use crate::{Kind, Role};

/// The MARC genre terms (`genre authority="marcgt"`), sorted, as listed by the Library of
/// Congress (<https://www.loc.gov/standards/valuelist/marcgt.html>).
#[rustfmt::skip]
pub(crate) const MARCGT: &[&str] = &[
    "abstract or summary", "art original", "art reproduction", "article", "atlas",
    "autobiography", "bibliography", "biography", "book", "calendar", "catalog", "chart",
    "comic or graphic novel", "comic strip", "conference publication", "database",
    "dictionary", "diorama", "directory", "discography", "drama", "encyclopedia", "essay",
    "festschrift", "fiction", "filmography", "filmstrip", "finding aid", "flash card",
    "folktale", "font", "game", "globe", "government publication", "graphic", "handbook",
    "history", "humor, satire", "hymnal", "index", "instruction", "interview", "issue",
    "journal", "kit", "language instruction", "law report or digest", "legal article",
    "legal case and case notes", "legislation", "letter", "loose-leaf", "map", "memoir",
    "microscope slide", "model", "motion picture", "multivolume monograph", "newspaper",
    "novel", "numeric data", "offprint", "online system or service", "patent",
    "periodical", "picture", "poetry", "programmed text", "realia", "rehearsal",
    "remote sensing image", "reporting", "review", "series", "short story", "slide",
    "sound", "speech", "standard or specification", "statistics", "survey of literature",
    "technical drawing", "technical report", "thesis", "toy", "transparency", "treaty",
    "videorecording", "web site", "yearbook",
];

/// Whether `term` is on the marcgt list.
pub(crate) fn is_marcgt(term: &str) -> bool {
    MARCGT.binary_search(&term).is_ok()
}

/// The marcgt genres a record of this kind carries itself (a component part's host
/// carries its own, e.g. `periodical` for an article's host).
pub(crate) const fn kind_genres(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Book | Kind::Volume => &["book"],
        Kind::MultiVolume => &["multivolume monograph"],
        Kind::Article | Kind::NewspaperArticle => &["article"],
        Kind::Periodical => &["periodical"],
        Kind::WebSite => &["web site"],
        Kind::Thesis => &["thesis"],
        Kind::Autoreferat => &["thesis", "abstract or summary"],
        Kind::Law => &["legislation"],
        Kind::Standard => &["standard or specification"],
        Kind::Patent => &["patent"],
        _ => &[],
    }
}

/// `originInfo/issuance` for a record of this kind (MODS 3.8 enumeration).
pub(crate) const fn kind_issuance(kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::Book
        | Kind::Volume
        | Kind::Thesis
        | Kind::Autoreferat
        | Kind::Law
        | Kind::Standard
        | Kind::Patent => Some("monographic"),
        Kind::MultiVolume => Some("multipart monograph"),
        Kind::Periodical => Some("serial"),
        Kind::WebSite => Some("integrating resource"),
        Kind::Archival => Some("single unit"),
        _ => None,
    }
}

/// What a foreign record says about its kind: its genres (any authority, lowercased),
/// whether it is a manuscript, and the same for its host.
#[derive(Debug, Default)]
pub(crate) struct KindHints {
    pub(crate) genres: Vec<String>,
    pub(crate) issuance: Option<String>,
    pub(crate) manuscript: bool,
}

/// Guesses the kind of a record that carries no `genre authority="local"` of ours.
pub(crate) fn infer_kind(own: &KindHints, host: Option<&KindHints>) -> Kind {
    let has = |list: &[String], words: &[&str]| {
        list.iter().any(|g| words.iter().any(|w| g.contains(w)))
    };
    let genres = &own.genres;
    if has(genres, &["thesis", "dissertation"]) {
        return Kind::Thesis;
    }
    for (words, kind) in [
        (&["legislation", "statute"][..], Kind::Law),
        (&["standard"], Kind::Standard),
        (&["patent"], Kind::Patent),
        (&["multivolume"], Kind::MultiVolume),
    ] {
        if has(genres, words) {
            return kind;
        }
    }
    if has(genres, &["web page", "webpage"]) {
        return Kind::WebPage;
    }
    if has(genres, &["chapter", "section"]) {
        return Kind::Chapter; // bibutils: `book chapter`
    }
    if let Some(h) = host {
        let hg = &h.genres;
        return if genres.iter().any(|g| g == "book") {
            Kind::Volume // a book with a host: one volume of a set
        } else if has(hg, &["newspaper"]) {
            Kind::NewspaperArticle
        } else if has(hg, &["conference", "proceedings"]) {
            Kind::ConferencePaper
        } else if has(hg, &["web site", "website"]) {
            Kind::WebPage
        } else if has(hg, &["periodical", "journal", "magazine"])
            || matches!(h.issuance.as_deref(), Some("continuing" | "serial"))
            || has(genres, &["article"])
        {
            Kind::Article
        } else {
            Kind::Chapter
        };
    }
    if own.manuscript {
        Kind::Archival
    } else if has(genres, &["web site", "website"]) {
        Kind::WebSite
    } else if has(genres, &["periodical", "journal", "newspaper"]) {
        Kind::Periodical
    } else {
        Kind::Book
    }
}

/// What a `name/role` says: a role of the model, or the degree-granting institution of a
/// thesis (`dgg`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum RoleTerm {
    /// An author's or a contributor's role.
    Role(Role),
    /// `dgg`: goes to [`Thesis::institution`](crate::Thesis).
    DegreeGrantor,
}

/// The MARC relator code and the text of a role; the flag says whether the text is a
/// marcrelator term (otherwise it is our own words, written without an authority).
pub(crate) fn role_terms(role: &Role) -> (&'static str, &str, bool) {
    match role {
        Role::Author => ("aut", "author", true),
        Role::Editor => ("edt", "editor", true),
        Role::ChiefEditor => ("edt", "editor-in-chief", false),
        Role::ResponsibleEditor => ("edt", "responsible editor", false),
        Role::Translator => ("trl", "translator", true),
        Role::Compiler => ("com", "compiler", true),
        Role::Commentator => ("cwt", "commentator for written text", true),
        Role::Introduction => ("aui", "author of introduction, etc.", true),
        Role::Illustrator => ("ill", "illustrator", true),
        Role::Other(text) => ("ctb", text.as_str(), false),
    }
}

/// Reads a role from a relator code and/or text (either may be absent; bibutils writes
/// only text). No role at all means author.
pub(crate) fn role_from_terms(code: Option<&str>, text: Option<&str>) -> RoleTerm {
    let by_text = |t: &str| {
        let role = match t.to_lowercase().as_str() {
            "author" | "creator" | "автор" => Role::Author,
            "editor" | "редактор" => Role::Editor,
            "editor-in-chief" | "chief editor" => Role::ChiefEditor,
            "responsible editor" => Role::ResponsibleEditor,
            "translator" | "переводчик" => Role::Translator,
            "compiler" | "составитель" => Role::Compiler,
            "commentator" | "commentator for written text" => Role::Commentator,
            "author of introduction" | "author of introduction, etc." => {
                Role::Introduction
            }
            "illustrator" => Role::Illustrator,
            "degree grantor" | "degree granting institution" => {
                return RoleTerm::DegreeGrantor;
            }
            _ => Role::Other(t.to_owned()),
        };
        RoleTerm::Role(role)
    };
    let Some(code) = code else {
        return text.map_or(RoleTerm::Role(Role::Author), by_text);
    };
    RoleTerm::Role(match code {
        "aut" | "cre" => Role::Author,
        "edt" => match text {
            Some("editor-in-chief") => Role::ChiefEditor,
            Some("responsible editor") => Role::ResponsibleEditor,
            _ => Role::Editor,
        },
        "trl" => Role::Translator,
        "com" => Role::Compiler,
        "cwt" | "cmm" => Role::Commentator,
        "aui" | "wpr" => Role::Introduction,
        "ill" => Role::Illustrator,
        "dgg" => return RoleTerm::DegreeGrantor,
        "ctb" => Role::Other(text.unwrap_or("contributor").to_owned()),
        other => Role::Other(text.unwrap_or(other).to_owned()),
    })
}

/// ISO 639-1 → ISO 639-2/B, sorted by the first code (from Debian's `iso-codes`).
#[rustfmt::skip]
const ISO639: &[(&str, &str)] = &[
    ("aa", "aar"), ("ab", "abk"), ("ae", "ave"), ("af", "afr"), ("ak", "aka"),
    ("am", "amh"), ("an", "arg"), ("ar", "ara"), ("as", "asm"), ("av", "ava"),
    ("ay", "aym"), ("az", "aze"), ("ba", "bak"), ("be", "bel"), ("bg", "bul"),
    ("bh", "bih"), ("bi", "bis"), ("bm", "bam"), ("bn", "ben"), ("bo", "tib"),
    ("br", "bre"), ("bs", "bos"), ("ca", "cat"), ("ce", "che"), ("ch", "cha"),
    ("co", "cos"), ("cr", "cre"), ("cs", "cze"), ("cu", "chu"), ("cv", "chv"),
    ("cy", "wel"), ("da", "dan"), ("de", "ger"), ("dv", "div"), ("dz", "dzo"),
    ("ee", "ewe"), ("el", "gre"), ("en", "eng"), ("eo", "epo"), ("es", "spa"),
    ("et", "est"), ("eu", "baq"), ("fa", "per"), ("ff", "ful"), ("fi", "fin"),
    ("fj", "fij"), ("fo", "fao"), ("fr", "fre"), ("fy", "fry"), ("ga", "gle"),
    ("gd", "gla"), ("gl", "glg"), ("gn", "grn"), ("gu", "guj"), ("gv", "glv"),
    ("ha", "hau"), ("he", "heb"), ("hi", "hin"), ("ho", "hmo"), ("hr", "hrv"),
    ("ht", "hat"), ("hu", "hun"), ("hy", "arm"), ("hz", "her"), ("ia", "ina"),
    ("id", "ind"), ("ie", "ile"), ("ig", "ibo"), ("ii", "iii"), ("ik", "ipk"),
    ("io", "ido"), ("is", "ice"), ("it", "ita"), ("iu", "iku"), ("ja", "jpn"),
    ("jv", "jav"), ("ka", "geo"), ("kg", "kon"), ("ki", "kik"), ("kj", "kua"),
    ("kk", "kaz"), ("kl", "kal"), ("km", "khm"), ("kn", "kan"), ("ko", "kor"),
    ("kr", "kau"), ("ks", "kas"), ("ku", "kur"), ("kv", "kom"), ("kw", "cor"),
    ("ky", "kir"), ("la", "lat"), ("lb", "ltz"), ("lg", "lug"), ("li", "lim"),
    ("ln", "lin"), ("lo", "lao"), ("lt", "lit"), ("lu", "lub"), ("lv", "lav"),
    ("mg", "mlg"), ("mh", "mah"), ("mi", "mao"), ("mk", "mac"), ("ml", "mal"),
    ("mn", "mon"), ("mr", "mar"), ("ms", "may"), ("mt", "mlt"), ("my", "bur"),
    ("na", "nau"), ("nb", "nob"), ("nd", "nde"), ("ne", "nep"), ("ng", "ndo"),
    ("nl", "dut"), ("nn", "nno"), ("no", "nor"), ("nr", "nbl"), ("nv", "nav"),
    ("ny", "nya"), ("oc", "oci"), ("oj", "oji"), ("om", "orm"), ("or", "ori"),
    ("os", "oss"), ("pa", "pan"), ("pi", "pli"), ("pl", "pol"), ("ps", "pus"),
    ("pt", "por"), ("qu", "que"), ("rm", "roh"), ("rn", "run"), ("ro", "rum"),
    ("ru", "rus"), ("rw", "kin"), ("sa", "san"), ("sc", "srd"), ("sd", "snd"),
    ("se", "sme"), ("sg", "sag"), ("si", "sin"), ("sk", "slo"), ("sl", "slv"),
    ("sm", "smo"), ("sn", "sna"), ("so", "som"), ("sq", "alb"), ("sr", "srp"),
    ("ss", "ssw"), ("st", "sot"), ("su", "sun"), ("sv", "swe"), ("sw", "swa"),
    ("ta", "tam"), ("te", "tel"), ("tg", "tgk"), ("th", "tha"), ("ti", "tir"),
    ("tk", "tuk"), ("tl", "tgl"), ("tn", "tsn"), ("to", "ton"), ("tr", "tur"),
    ("ts", "tso"), ("tt", "tat"), ("tw", "twi"), ("ty", "tah"), ("ug", "uig"),
    ("uk", "ukr"), ("ur", "urd"), ("uz", "uzb"), ("ve", "ven"), ("vi", "vie"),
    ("vo", "vol"), ("wa", "wln"), ("wo", "wol"), ("xh", "xho"), ("yi", "yid"),
    ("yo", "yor"), ("za", "zha"), ("zh", "chi"), ("zu", "zul"),
];

/// ISO 639-2/T codes that differ from the /B code, for records that use /T.
#[rustfmt::skip]
const ISO639_T: &[(&str, &str)] = &[
    ("bod", "bo"), ("ces", "cs"), ("cym", "cy"), ("deu", "de"), ("ell", "el"),
    ("eus", "eu"), ("fas", "fa"), ("fra", "fr"), ("hye", "hy"), ("isl", "is"),
    ("kat", "ka"), ("mkd", "mk"), ("mri", "mi"), ("msa", "ms"), ("mya", "my"),
    ("nld", "nl"), ("ron", "ro"), ("slk", "sk"), ("sqi", "sq"), ("zho", "zh"),
];

/// The ISO 639-2/B code of a two-letter language subtag (`ru` → `rus`, `de` → `ger`).
pub(crate) fn iso639_2b(lang: &str) -> Option<&'static str> {
    ISO639.binary_search_by(|(a, _)| a.cmp(&lang)).ok().map(|i| ISO639[i].1)
}

/// The language subtag for an ISO 639-2 code (/B or /T): the two-letter code when there
/// is one, otherwise the three-letter code itself.
pub(crate) fn language_from_iso639(code: &str) -> Option<String> {
    let code = code.trim().to_ascii_lowercase();
    if let Some((a, _)) = ISO639.iter().find(|(_, b)| *b == code) {
        return Some((*a).to_owned());
    }
    if let Some((_, a)) = ISO639_T.iter().find(|(t, _)| *t == code) {
        return Some((*a).to_owned());
    }
    (code.len() == 3 && code.bytes().all(|b| b.is_ascii_lowercase())).then_some(code)
}

/// The script a language is written in when nothing else is said (ISO 15924).
pub(crate) fn default_script(lang: &str) -> &'static str {
    match lang {
        "ru" | "uk" | "be" | "bg" | "sr" | "mk" | "kk" | "ky" | "tg" | "mn" | "ba"
        | "cv" | "ce" | "os" | "tt" | "av" | "kv" | "ab" => "Cyrl",
        "el" => "Grek",
        "ka" => "Geor",
        "hy" => "Armn",
        "he" | "yi" => "Hebr",
        "ar" | "fa" | "ur" | "ps" => "Arab",
        "zh" => "Hans",
        "ja" => "Jpan",
        "ko" => "Kore",
        "hi" | "mr" | "ne" | "sa" => "Deva",
        _ => "Latn",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marcgt_is_sorted_and_kind_genres_are_on_it() {
        assert!(MARCGT.windows(2).all(|w| w[0] < w[1]));
        for k in Kind::ALL {
            assert!(kind_genres(k).iter().all(|g| is_marcgt(g)), "{k}");
        }
        assert!(!is_marcgt("chapter"));
    }

    #[test]
    fn languages_map_both_ways() {
        assert!(ISO639.windows(2).all(|w| w[0].0 < w[1].0));
        for (two, three) in [("ru", "rus"), ("de", "ger"), ("fr", "fre"), ("uk", "ukr")] {
            assert_eq!(iso639_2b(two), Some(three));
            assert_eq!(language_from_iso639(three).as_deref(), Some(two));
        }
        assert_eq!(language_from_iso639("deu").as_deref(), Some("de"));
        assert_eq!(iso639_2b("zz"), None);
        assert_eq!(default_script("sr"), "Cyrl");
    }

    #[test]
    fn roles_survive_their_terms() {
        for role in [
            Role::Author,
            Role::Editor,
            Role::ChiefEditor,
            Role::ResponsibleEditor,
            Role::Translator,
            Role::Compiler,
            Role::Commentator,
            Role::Introduction,
            Role::Illustrator,
            Role::Other("подгот.".into()),
        ] {
            let (code, text, _) = role_terms(&role);
            assert_eq!(role_from_terms(Some(code), Some(text)), RoleTerm::Role(role));
        }
        assert_eq!(
            role_from_terms(None, Some("degree grantor")),
            RoleTerm::DegreeGrantor
        );
        assert_eq!(role_from_terms(None, None), RoleTerm::Role(Role::Author));
    }

    #[test]
    fn foreign_kinds_are_guessed() {
        let hints = |g: &[&str]| KindHints {
            genres: g.iter().map(|s| s.to_string()).collect(),
            ..KindHints::default()
        };
        assert_eq!(
            infer_kind(&hints(&["journal article"]), Some(&hints(&["periodical"]))),
            Kind::Article
        );
        assert_eq!(infer_kind(&hints(&[]), Some(&hints(&["book"]))), Kind::Chapter);
        assert_eq!(infer_kind(&hints(&["ph.d. thesis"]), None), Kind::Thesis);
        assert_eq!(infer_kind(&hints(&["book"]), None), Kind::Book);
        assert_eq!(infer_kind(&hints(&["book"]), Some(&hints(&[]))), Kind::Volume);
        assert_eq!(
            infer_kind(&hints(&["book chapter"]), Some(&hints(&["book"]))),
            Kind::Chapter
        );
    }
}
