//! One test per tricky case of the public splitter.

use super::{split_list, split_list_items};

fn refs(input: &str) -> Vec<&str> {
    split_list(input).into_iter().map(|s| &input[s]).collect()
}

#[test]
fn blank_input_has_no_references() {
    assert!(refs("").is_empty());
    assert!(refs(" \n\t\n ; ; ").is_empty());
    assert_eq!(refs("0;\n;А"), ["0", "А"]);
    assert_eq!(refs("* а"), ["а"]);
    assert!(refs("Литература:\n").is_empty());
}

#[test]
fn the_seed_paragraph() {
    let seed = "Lit.: Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. М.; Л., 1945. Гл. 11; Признание Советского Союза капиталистическими странами (1924-1925 гг.) // История внешней политики СССР. Т. 1. М., 1980. Гл. 7; Российско-Французские отношения [Электронный ресурс] // Посольство Российской Федерации во Франции. Б. д. URL.: http://www.france.mid.ru/.";
    let got = refs(seed);
    assert_eq!(got.len(), 3);
    assert_eq!(
        got[0],
        "Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. М.; Л., 1945. Гл. 11"
    );
    assert!(
        got[1].starts_with("Признание Советского Союза") && got[1].ends_with("Гл. 7")
    );
    assert!(got[2].ends_with("http://www.france.mid.ru/."), "the final period stays");
}

#[test]
fn moscow_leningrad_is_one_place_pair() {
    assert_eq!(refs("Очерки. М.; Л., 1945; Другая книга. М., 1950.").len(), 2);
    assert_eq!(refs("Очерки. М. ; Л. : Наука, 1945; Другая книга. М., 1950.").len(), 2);
    assert_eq!(refs("Очерки. М.;Л., 1945.").len(), 1);
}

#[test]
fn cambridge_mass_is_one_place() {
    assert_eq!(refs("Smith J. Mass Media. Cambridge; Mass.: MIT Press, 1990").len(), 1);
}

#[test]
fn newspaper_dates_continue_after_a_semicolon() {
    assert_eq!(refs("Правда. 1945. 5, 6 авг.; 10 дек.; Известия. 1946. 3 янв.").len(), 2);
}

#[test]
fn a_series_in_parentheses_keeps_its_semicolon() {
    assert_eq!(
        refs("Очерки. М., 1960. 200 с. (Серия ; вып. 5); Другая. М., 1961.").len(),
        2
    );
}

#[test]
fn roles_in_a_statement_of_responsibility_continue() {
    let list = "Книга / под ред. А. Б. Петрова ; пер. В. Г. Сидорова. М., 1950; Очерки / Пер. с англ.; Под ред. Г. Л. Багиева. СПб., 1997";
    assert_eq!(refs(list).len(), 2);
}

#[test]
fn a_second_place_and_publisher_continue() {
    let list = "Сборник. М.: Норма: ИНФРА-М; Новосибирск: Наука, 2001; Россия: история. М., 2002.";
    let got = refs(list);
    assert_eq!(got.len(), 2);
    assert!(got[0].ends_with("Наука, 2001"));
}

#[test]
fn a_new_reference_after_a_semicolon() {
    assert_eq!(refs("А. М., 1955; А. Ф. Можайский - создатель. М., 1988.").len(), 2);
    assert_eq!(refs("С. 98.; Ши-кин Е.П. Указ. соч. С. 5").len(), 2);
    assert_eq!(refs("Очерки. С. 5; Там же. С. 7; Ibid., p. 8.").len(), 3);
    assert_eq!(refs("Очерки. С. 5; «Белорусский» в строю // С тобой. 2007.").len(), 2);
}

#[test]
fn numbered_lists_in_three_styles() {
    for list in [
        "1. Иванов И. Книга. М., 1990.\n2. Петров П. Очерки. М., 1991;\n3. Сидоров С. Статьи. М., 1992.",
        "[1] Иванов И. Книга. М., 1990.\n[2] Петров П. Очерки. М., 1991;\n[3] Сидоров С. Статьи. М., 1992.",
        "1) Иванов И. Книга. М., 1990.\n2) Петров П. Очерки. М., 1991;\n3) Сидоров С. Статьи. М., 1992.",
    ] {
        assert_eq!(
            refs(list),
            [
                "Иванов И. Книга. М., 1990.",
                "Петров П. Очерки. М., 1991",
                "Сидоров С. Статьи. М., 1992."
            ]
        );
    }
}

#[test]
fn wrapped_lines_of_a_numbered_list_are_joined() {
    let list = "1. Иванов И. Книга. М.:\nНаука, 1990.\n2. Петров П. Очерки. -\n2-е изд. М., 1991.";
    assert_eq!(
        refs(list),
        ["Иванов И. Книга. М.:\nНаука, 1990.", "Петров П. Очерки. -\n2-е изд. М., 1991."]
    );
}

#[test]
fn labels_and_headings_are_dropped() {
    for label in [
        "Lit.:",
        "Лит.:",
        "Литература:",
        "References:",
        "Библиография:",
        "Bibliography",
        "Список литературы",
    ] {
        let list =
            format!("{label} Иванов И. Книга. М., 1990; Петров П. Очерки. М., 1991.");
        assert_eq!(refs(&list)[0], "Иванов И. Книга. М., 1990", "{label}");
    }
    let heading = "Библиография: проза\nЯсные дали. М., 1971;\nНа моей земле. М., 1973;";
    assert_eq!(refs(heading), ["Ясные дали. М., 1971", "На моей земле. М., 1973"]);
}

#[test]
fn footnote_numbers_and_leads() {
    let items = split_list_items(
        "14 См.: Алексеев С. С. Проблемы. С. 98.; Сырых В. М. Указ. соч. С. 5.",
    );
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].number, Some(14));
    let text = "14 См.: Алексеев С. С. Проблемы. С. 98.; Сырых В. М. Указ. соч. С. 5.";
    assert_eq!(&text[items[0].span.clone()], "Алексеев С. С. Проблемы. С. 98.");
}

#[test]
fn a_numbered_paragraph_on_one_line() {
    let text = "1. Иванов И. Книга. М., 1990; 2. Петров П. Очерки. М., 1991.";
    let items = split_list_items(text);
    assert_eq!(items.len(), 2);
    assert_eq!(&text[items[1].span.clone()], "Петров П. Очерки. М., 1991.");
    assert_eq!(&text[items[1].marker.clone().expect("a marker")], "2.");
}

#[test]
fn a_return_symbol_is_a_line_break() {
    assert_eq!(
        refs("1. Иванов И. Книга. ⏎ 2. Петров П. Очерки."),
        ["Иванов И. Книга.", "Петров П. Очерки."]
    );
    assert_eq!(refs("1\n⏎ СЗ РФ. 1994.\n⏎ 2\n⏎ СПС.⏎"), ["СЗ РФ. 1994.", "СПС."]);
}

#[test]
fn titles_that_start_with_a_number() {
    let list = "Лит.: Бородино. М., 1962; 1812 год в русской поэзии. М., 1987; 100 великих полководцев. М., 2005; Правда. 1945. 5 августа; 10 декабря.";
    assert_eq!(refs(list).len(), 4);
}

#[test]
fn one_per_line_without_final_periods() {
    let people = "Иванов И. И. История России. М.: Наука\nПетров П. П. Очерки. СПб.: Питер\nСидоров С. С. Статьи. Новосибирск: Наука";
    assert_eq!(refs(people).len(), 3);
    let urls = "Официальный сайт РГБ. URL: https://www.rsl.ru/\nПортал «Гуманитарное образование». URL: http://www.humanities.edu.ru/";
    assert_eq!(refs(urls).len(), 2);
}

#[test]
fn a_wrapped_paragraph_is_joined() {
    let text = "Лит.: Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3.\nМ.; Л., 1945. Гл. 11; Признание Советского Союза капиталистическими\nстранами (1924-1925 гг.) // История внешней политики СССР. Т. 1. М., 1980.";
    assert_eq!(refs(text).len(), 2);
}
