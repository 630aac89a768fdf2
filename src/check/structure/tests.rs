use super::*;
use crate::LineIndex;
use crate::{Date, Missing, Place, Spanned, Title};

fn codes(style: Style, text: &str, src: &Source) -> Vec<(String, String)> {
    let index = LineIndex::new(text);
    let ctx = Ctx { text, index: &index, span: 0..text.len(), style };
    check(&ctx, src)
        .into_iter()
        .map(|f| (f.diagnostic.code.clone(), text[f.diagnostic.span.clone()].to_owned()))
        .collect()
}

fn at(text: &str, piece: &str, element: Element) -> Spanned<Element> {
    let i = text.find(piece).unwrap();
    Spanned::new(element, i..i + piece.len())
}

fn book() -> Source {
    Source {
        title: Title::new("Книга"),
        places: vec![Place::abbreviated("Москва", "М.")],
        publishers: vec!["Наука".into()],
        date: Some(Date::year(1990)),
        ..Source::new(Kind::Book)
    }
}

#[test]
fn a_complete_book_passes_in_every_style() {
    for style in [Style::Gost2008, Style::Gost2008Short, Style::Gost2018] {
        assert_eq!(codes(style, "Книга. М. : Наука, 1990.", &book()), vec![]);
    }
}

#[test]
fn a_book_without_imprint() {
    let text = "Книга.";
    let src = Source { places: vec![], publishers: vec![], date: None, ..book() };
    let found: Vec<String> =
        codes(Style::Gost2018, text, &src).into_iter().map(|c| c.0).collect();
    assert_eq!(found, ["G010", "G011", "G014"]);
    let found: Vec<String> =
        codes(Style::Gost2008Short, text, &src).into_iter().map(|c| c.0).collect();
    assert_eq!(found, ["G010", "G014"], "no publisher required in 7.0.5-2008");
    let marked = Source {
        place_missing: Some(Missing::new("Б. м.", true)),
        date_missing: Some(Missing::new("б. г.", true)),
        publisher_missing: Some(Missing::new("б. и.", false)),
        ..src
    };
    assert_eq!(codes(Style::Gost2018, "Книга. [Б. м. : б. и., б. г.].", &marked), vec![]);
}

#[test]
fn a_web_page_without_date_needs_an_access_date() {
    let text = "Отношения [Электронный ресурс] // Посольство. Б. д. URL: http://a.ru/.";
    let host = Source {
        title: Title::new("Посольство"), ..Source::new(Kind::WebSite)
    };
    let src = Source {
        title: Title::new("Отношения"),
        host: Some(Box::new(host)),
        date_missing: Some(Missing::new("Б. д.", false)),
        url: Some("http://a.ru/".into()),
        spans: vec![
            at(text, "Б. д.", Element::Missing),
            at(text, "http://a.ru/", Element::Url),
        ],
        ..Source::new(Kind::WebPage)
    };
    let found = codes(Style::Gost2008Short, text, &src);
    assert_eq!(found, [("G012".to_owned(), "Б. д.".to_owned())]);
    let dated =
        Source { accessed: Some(crate::PartialDate::ymd(2020, 1, 2)), ..src.clone() };
    assert_eq!(codes(Style::Gost2008Short, text, &dated), vec![]);
    let no_url = Source { url: None, date_missing: None, spans: vec![], ..src };
    let found: Vec<String> =
        codes(Style::Gost2008Short, text, &no_url).into_iter().map(|c| c.0).collect();
    assert_eq!(found, ["G013"]);
}

#[test]
fn analytics_need_a_host_and_a_locator() {
    let text = "Иванов И. И. Статья.";
    let article =
        Source { title: Title::new("Статья"), ..Source::new(Kind::Article) };
    let found: Vec<String> =
        codes(Style::Gost2008, text, &article).into_iter().map(|c| c.0).collect();
    assert_eq!(found, ["G016"]);

    let text = "Иванов И. И. Статья // Журнал. 1990. № 2.";
    let journal = Source {
        title: Title::new("Журнал"),
        date: Some(Date::year(1990)),
        ..Source::new(Kind::Periodical)
    };
    let article = Source { host: Some(Box::new(journal.clone())), ..article };
    let found: Vec<String> =
        codes(Style::Gost2008, text, &article).into_iter().map(|c| c.0).collect();
    assert_eq!(found, ["G015"], "a journal needs no place, but the article needs pages");

    let mut paged = article.clone();
    paged.numbering.pages = Some("5–7".into());
    assert_eq!(codes(Style::Gost2008, text, &paged), vec![]);

    // A chapter is located by its chapter number; its host book needs place and year.
    let text = "Глава // История. Т. 3. Гл. 11.";
    let mut chapter = Source {
        title: Title::new("Глава"),
        host: Some(Box::new(Source {
            title: Title::new("История"),
            ..Source::new(Kind::Book)
        })),
        ..Source::new(Kind::Chapter)
    };
    chapter.numbering.chapter = Some("11".into());
    let found: Vec<String> =
        codes(Style::Gost2008Short, text, &chapter).into_iter().map(|c| c.0).collect();
    assert_eq!(found, ["G010", "G014"]);
}

#[test]
fn missing_title_is_reported_except_for_archival_documents() {
    let untitled = Source { title: Title::default(), ..book() };
    let found: Vec<String> = codes(Style::Gost2008, "М. : Наука, 1990.", &untitled)
        .into_iter()
        .map(|c| c.0)
        .collect();
    assert_eq!(found, ["G017"]);
    let archival = Source::new(Kind::Archival);
    assert_eq!(codes(Style::Gost2008, "ГА РФ. Ф. 1. Оп. 1. Д. 1.", &archival), vec![]);
}

#[test]
fn a_repeated_reference_needs_no_imprint() {
    let mut repeated =
        Source { places: vec![], publishers: vec![], date: None, ..book() };
    repeated.numbering.pages = Some("98".into());
    assert_eq!(codes(Style::Gost2018, "Книга. С. 98.", &repeated), vec![]);
}
