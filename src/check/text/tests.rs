use super::*;
use crate::LineIndex;

/// Text findings of one reference (the whole text), as (code, written span, fix).
fn run(style: Style, text: &str) -> Vec<(String, String, Option<String>)> {
    let index = LineIndex::new(text);
    let ctx = Ctx { text, index: &index, span: 0..text.len(), style };
    check(&ctx)
        .into_iter()
        .map(|f| {
            (
                f.diagnostic.code.clone(),
                text[f.diagnostic.span.clone()].to_owned(),
                f.replacement,
            )
        })
        .collect()
}

fn codes(text: &str) -> Vec<String> {
    run(Style::Gost2008Short, text).into_iter().map(|f| f.0).collect()
}

fn one(text: &str, code: &str) -> (String, Option<String>) {
    let found: Vec<_> =
        run(Style::Gost2008Short, text).into_iter().filter(|f| f.0 == code).collect();
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    (found[0].1.clone(), found[0].2.clone())
}

#[test]
fn canonical_text_has_no_findings() {
    for t in [
        "Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. М. ; Л., 1945. Гл. 11.",
        "Сайт [Электронный ресурс]. URL: http://www.a.ru/x//y (дата обращения: 01.02.2020).",
        "Medlin W. K. Moscow and East Rome. Geneva : E. Droz, 1952. P. 47–49.",
        "История XIX в. М., 1990. 480 с.",
        "Иванов И. И. «Слово» и „дело“ (очерки) [сб.]. М., 1990. С. 5–7.",
    ] {
        assert_eq!(run(Style::Gost2008Short, t), vec![], "{t}");
    }
}

#[test]
fn url_labels() {
    assert_eq!(
        one("Б. д. URL.: http://x.ru/.", "G030"),
        ("URL.:".into(), Some("URL:".into()))
    );
    assert_eq!(one("URL :http://x.ru", "G030").1, Some("URL: ".into()));
    assert_eq!(one("Url: http://x.ru", "G030").0, "Url:");
    assert!(codes("http://x.ru/url/URL: текст").is_empty());
}

#[test]
fn page_abbreviations() {
    assert_eq!(one("Journal. 1990. pp. 5-7", "G020").1, Some("P.".into()));
    assert_eq!(one("Book. London, 1990. 320 pp.", "G020").1, Some("p.".into()));
    assert_eq!(one("Сб. М., 1990. стр. 5", "G020").1, Some("С.".into()));
    assert!(!codes("Строительство стр. зданий").contains(&"G020".to_owned()));
}

#[test]
fn style_elements_depend_on_the_style() {
    let t = "Сайт [Электронный ресурс] // Портал. URL: http://a.ru";
    let f: Vec<_> =
        run(Style::Gost2018, t).into_iter().filter(|f| f.0 == "G021").collect();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].1, " [Электронный ресурс]");
    assert!(run(Style::Gost2008, t).iter().all(|f| f.0 != "G021"));
    let t = "Сайт. – Текст : электронный // Портал.";
    let f: Vec<_> =
        run(Style::Gost2008, t).into_iter().filter(|f| f.0 == "G021").collect();
    assert_eq!(f[0].1, ". – Текст : электронный");
}

#[test]
fn mixed_dashes_and_hyphen_ranges() {
    let t = "Дузь Л. Статья // Вопросы. – 1981. - №1. – С. 29-82.";
    let (span, fix) = one(t, "G031");
    assert_eq!((span.as_str(), fix.as_deref()), ("-", Some("–")));
    assert_eq!(one(t, "G032"), ("-".into(), Some("–".into())));
    assert!(!codes("Признание (1924-1925 гг.) // Ист.").contains(&"G032".to_owned()));
}

#[test]
fn brackets_and_quotes() {
    assert_eq!(one("Заглавие (очерки. М., 1990.", "G033").0, "(");
    assert_eq!(one("Заглавие очерки]. М., 1990.", "G033").0, "]");
    assert_eq!(one("«Слово. М., 1990.", "G033").0, "«");
    assert_eq!(one("\"Слово. М., 1990.", "G033").0, "\"");
    assert!(
        codes("Сайт. URL: http://a.ru/x_(y) (дата обращения: 01.01.2020).").is_empty()
    );
}

#[test]
fn homoglyphs() {
    assert_eq!(
        one("Признание CCCP Францией. М., 1945.", "G034"),
        ("CCCP".into(), Some("СССР".into()))
    );
    assert_eq!(one("История. M. ; Л., 1945.", "G034"), ("M".into(), Some("М".into())));
    assert_eq!(one("Пoлитика и общество. М., 1990.", "G034").1, Some("Политика".into()));
    assert_eq!(
        one("Moscоw and East Rome. Geneva, 1952.", "G034").1,
        Some("Moscow".into())
    );
    assert!(codes("История XIX в. и USSR. М., 1990.").is_empty());
}

#[test]
fn spacing_of_places_and_host() {
    assert_eq!(one("Т. 3. М.; Л., 1945.", "G035"), ("; ".into(), Some(" ; ".into())));
    assert_eq!(one("Т. 3. Москва ;Ленинград, 1945.", "G035").0, " ;");
    assert_eq!(
        one("Статья// Журнал. 1990.", "G035"),
        ("// ".into(), Some(" // ".into()))
    );
    assert_eq!(one("Статья / / Журнал. 1990.", "G035").0, " / / ");
    assert!(codes("Статья // Журнал; Гл. 1; Иванов. Гл. 2").is_empty());
}

#[test]
fn abbreviation_case() {
    assert_eq!(
        one("Журнал. 1990. № 1. с. 5–7.", "G036"),
        ("с.".into(), Some("С.".into()))
    );
    assert_eq!(one("Книга. М., 1990. т. 2.", "G036").1, Some("Т.".into()));
    assert_eq!(one("Книга. М., 1990. 480 С.", "G036").1, Some("с.".into()));
    assert!(codes("Книга. М., 1990. Т. 2, С. 5; 12 т.").is_empty());
}

#[test]
fn glued_initials() {
    assert_eq!(
        one("Панкратова А.М. Книга.", "G037"),
        ("А.М.".into(), Some("А. М.".into()))
    );
    assert_eq!(one("Дузь Л. А.Ф.Можайский.", "G037").1, Some("А. Ф. Можайский".into()));
}
