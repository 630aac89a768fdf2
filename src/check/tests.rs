//! The checker's pipeline on a private fake parser and formatter (the real ones are
//! tested end to end in `tests/check*.rs`).

use super::*;
use crate::{Origin, ParseOutput, Title};

/// Fake parser: references are `; `-separated or one per line, the title is the text
/// before the first `. `, web pages have `URL`.
fn fake_parse(text: &str) -> Result<ParseOutput, Error> {
    let mut sources = Vec::new();
    let mut at = 0;
    for piece in pieces(text) {
        let body = piece.trim_end_matches(['\n', ';']);
        let lead = body.len() - body.trim_start().len();
        let prefix = list::number_prefix_len(&body[lead..]);
        let start = at + lead + prefix;
        let end = at + body.trim_end().len();
        at += piece.len();
        if end <= start {
            continue;
        }
        let written = &text[start..end];
        let title = written.split(". ").next().unwrap_or(written);
        let kind = if written.contains("URL") { Kind::WebPage } else { Kind::Book };
        sources.push(Source {
            title: Title::new(title),
            url: written.contains("URL").then(|| "http://a.ru".to_owned()),
            accessed: written
                .contains("дата обращения")
                .then(|| crate::PartialDate::year(2020)),
            places: vec![crate::Place::new("Москва")],
            date: Some(crate::Date::year(1990)),
            origin: Some(Origin {
                text: written.into(),
                span: start..end,
                line: 1,
                column: 1,
            }),
            ..Source::new(kind)
        });
    }
    Ok(ParseOutput { sources, diagnostics: Vec::new() })
}

/// Lines, and `; ` before a capitalised word (not `М.; Л.`).
fn pieces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    let cuts = text.char_indices().filter(|&(i, c)| {
        c == '\n'
            || (c == ';' && {
                let mut next = text[i + 1..].chars().skip(1);
                next.next().is_some_and(char::is_uppercase)
                    && next.next().is_some_and(char::is_lowercase)
            })
    });
    for (i, _) in cuts.collect::<Vec<_>>() {
        out.push(&text[from..=i]);
        from = i + 1;
    }
    out.push(&text[from..]);
    out
}

/// Fake formatter: canonical text is the written text with a few repairs.
fn fake_format(s: &Source, _: Style) -> Result<String, Error> {
    let t = &s.origin.as_ref().unwrap().text;
    if t.contains("нельзя") {
        return Err(Error::Unsupported("fake formatter refuses".into()));
    }
    let mut c = t
        .replace("М.; Л.", "М. ; Л.")
        .replace("URL.:", "URL:")
        .replace("Изд-во ", "")
        .replace(". — ", ". ");
    if !c.ends_with('.') {
        c.push('.');
    }
    Ok(c)
}

fn fake_reparse(text: &str) -> Option<Source> {
    fake_parse(text).ok()?.sources.into_iter().next()
}

const FAKE: Backend = Backend { format: fake_format, reparse: fake_reparse };

fn run(text: &str, options: &CheckOptions) -> CheckReport {
    check_parsed(text, fake_parse(text), options, FAKE)
}

fn codes(r: &CheckReport) -> Vec<&str> {
    r.findings().map(|f| f.diagnostic.code.as_str()).collect()
}

const SEED_LIKE: &str = "Панкратова А. М. Признание. Т. 3. М.; Л., 1945. Гл. 11; \
    Отношения [Электронный ресурс]. Б. д. URL.: http://a.ru/.";

#[test]
fn differences_explained_by_findings_give_no_g003() {
    let r = run(SEED_LIKE, &CheckOptions::new());
    assert_eq!(r.references.len(), 2);
    assert_eq!(codes(&r), ["G035", "G030", "G012"]);
    assert!(!r.references[0].diff.is_empty());
    assert_eq!(
        r.references[0].canonical.as_deref(),
        Some("Панкратова А. М. Признание. Т. 3. М. ; Л., 1945. Гл. 11")
    );
    assert!(r.has_errors());
}

#[test]
fn unexplained_differences_are_a_g003_note_with_the_diff() {
    let r = run("Книга. — М. : Наука, 1990.", &CheckOptions::new());
    assert_eq!(codes(&r), ["G003"]);
    let f = &r.references[0].findings[0];
    assert_eq!(f.diagnostic.severity, Severity::Note);
    assert!(
        f.diagnostic.message.contains("`Книга. — М.` → `Книга. М.`"),
        "{}",
        f.diagnostic.message
    );
    assert!(!r.has_errors());
}

#[test]
fn a_canonical_form_that_drops_words_is_not_offered() {
    let r = run("Книга. М. : Изд-во Наука, 1990.", &CheckOptions::new());
    assert_eq!(codes(&r), ["G002"]);
    assert!(r.references[0].findings[0].diagnostic.message.contains("drop `Изд-во`"));
    assert_eq!(r.references[0].canonical, None);
    assert!(!r.has_fixes());
}

#[test]
fn formatter_failure_is_g002_and_fix_falls_back_to_repairs() {
    let text = "Книга нельзя. M., 1990. URL.: http://a.ru (дата обращения: 01.01.2020)";
    let r = run(text, &CheckOptions::new());
    assert!(codes(&r).contains(&"G002"), "{:?}", codes(&r));
    let fixed = r.fixed(text);
    assert_eq!(
        fixed,
        "Книга нельзя. М., 1990. URL: http://a.ru (дата обращения: 01.01.2020)"
    );
    assert!(!run(&fixed, &CheckOptions::new()).has_fixes());
}

#[test]
fn fix_keeps_the_list_shape_and_rechecks_clean() {
    let text = "Лит.: Иванов И. И. Книга. М.; Л., 1990; Петров П. П. Другая. М., 1991\n";
    let parsed_text = text.replacen("Лит.: ", "       ", 1);
    let r = run(&parsed_text, &CheckOptions::new());
    assert!(r.has_fixes());
    let fixed = r.fixed(&parsed_text);
    assert_eq!(
        fixed,
        "       Иванов И. И. Книга. М. ; Л., 1990; Петров П. П. Другая. М., 1991.\n"
    );
    let again = run(&fixed, &CheckOptions::new());
    assert!(!again.has_fixes(), "{:?}", again.references);
    assert_eq!(again.fixed(&fixed), fixed);
}

#[test]
fn numbered_list_gaps_duplicates_and_order() {
    let text = "1. Антонов А. А. Книга. М., 1990.\n2. Борисов Б. Б. Книга. М., 1990.\n\
                4. Антонов А. А. Книга. М., 1990.\n5. Яковлев Я. Я. Книга. М., 1990.\n";
    let r = run(text, &CheckOptions::new());
    let list: Vec<&str> = r.list.iter().map(|f| f.diagnostic.code.as_str()).collect();
    assert_eq!(list, ["G042", "G040"], "{:#?}", r.list);
    assert_eq!(
        r.references.iter().map(|r| r.number).collect::<Vec<_>>(),
        [1, 2, 4, 5].map(Some)
    );
    let gap = &r.list[0].diagnostic;
    assert_eq!((gap.position.line, gap.position.column), (3, 1));
    assert!(gap.message.contains("expected 3, found 4"));
    assert!(r.list[1].diagnostic.message.contains("reference 1"));
}

#[test]
fn latin_before_cyrillic_is_reported_once() {
    let text = "Adams J. Book. 1990.\nBrown J. Book. 1990.\nАнтонов А. Книга. 1990.\nБорисов Б. Книга. 1990.\n";
    let r = run(text, &CheckOptions::new());
    let order: Vec<&Finding> =
        r.list.iter().filter(|f| f.diagnostic.code == "G041").collect();
    assert_eq!(order.len(), 1);
    assert!(
        order[0].diagnostic.message.contains("Cyrillic entries go before Latin ones")
    );
    let text =
        "Антонов. Книга.\nБорисов. Книга.\nAdams. Book.\nВолков. Книга.\nГусев. Книга.\n";
    let r = run(text, &CheckOptions::new());
    let order: Vec<&Finding> =
        r.list.iter().filter(|f| f.diagnostic.code == "G041").collect();
    assert_eq!(order.len(), 1);
    assert!(
        order[0]
            .diagnostic
            .message
            .contains("reference 4 should come before reference 3")
    );
    // An unsorted (citation-order) list is not reported.
    let text = "Яковлев. Книга.\nAdams. Book.\nАнтонов. Книга.\nZuev. Book.\n";
    assert!(run(text, &CheckOptions::new()).list.is_empty());
}

#[test]
fn allow_silences_codes_everywhere() {
    let options = CheckOptions::new().allow("g035").allow("G012").allow("G030");
    let r = run(SEED_LIKE, &options);
    assert_eq!(codes(&r), Vec::<&str>::new());
}

#[test]
fn json_report_has_positions_codes_and_canonical_forms() {
    let r = run(SEED_LIKE, &CheckOptions::new());
    let v: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(v["style"], "gost-2008-short");
    let f = &v["references"][1]["findings"][0];
    assert_eq!(f["code"], "G030");
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["position"]["line"], 1);
    assert_eq!(f["replacement"], "URL:");
    assert!(v["references"][0]["canonical"].as_str().unwrap().contains("М. ; Л."));
}

#[test]
fn text_report_shows_carets_under_the_finding() {
    let r = run(SEED_LIKE, &CheckOptions::new());
    let shown = r.render_text(SEED_LIKE, "seed.txt");
    let lines: Vec<&str> = shown.lines().collect();
    let at = lines.iter().position(|l| l.starts_with("warning[G030]")).unwrap();
    let (line, caret) = (lines[at + 2], lines[at + 3]);
    let col = caret.find('^').unwrap();
    let under: String = line.chars().skip(caret[..col].chars().count()).take(5).collect();
    assert_eq!(under, "URL.:");
    assert!(shown.ends_with(
        "2 references checked against gost-2008-short: 1 error, 2 warnings, 0 notes\n"
    ));
}

#[test]
fn without_a_parser_every_reference_gets_g001() {
    let text = "1. Книга. М., 1990.\n2. Другая. М., 1991.\n";
    let r = check_parsed(
        text,
        Err(Error::Unsupported("no parser".into())),
        &CheckOptions::new(),
        FAKE,
    );
    assert_eq!(r.references.len(), 2);
    assert_eq!(r.references[1].text, "Другая. М., 1991.");
    assert!(
        r.references
            .iter()
            .all(|r| r.findings.iter().any(|f| f.diagnostic.code == "G001"))
    );
}

/// Every mixed-script letter the parser would note (`P004`) lies in a word the checker
/// reports as `G034`, which is why the checker parses without that lint.
#[test]
fn g034_covers_every_mixed_script_letter_of_the_parser() {
    let text = "Ивaнов И. И. Истoрия CCCP. M. : Наука, 1990. 303 c.\nSmith А. Mountain. London, 1990.\n";
    let notes =
        crate::Parser::new().lenient(true).one_per_line(true).parse(text).unwrap();
    let letters: Vec<Span> = notes
        .diagnostics
        .iter()
        .filter(|d| d.code == crate::parse::codes::MIXED_SCRIPT)
        .map(|d| d.span.clone())
        .collect();
    assert!(letters.len() >= 5, "{letters:?}");
    let report = check_list(text, &CheckOptions::new().one_per_line(true));
    let words: Vec<&Span> = report
        .findings()
        .filter(|f| f.diagnostic.code == "G034")
        .map(|f| &f.diagnostic.span)
        .collect();
    for l in &letters {
        assert!(words.iter().any(|w| w.start <= l.start && l.end <= w.end), "{l:?}");
    }
    assert!(report.findings().all(|f| f.diagnostic.code != "P004"));
}

/// Characters that are no text are named by their code points, not printed raw.
#[test]
fn control_characters_are_reported_by_code_point() {
    let text = "Иванов И. И. Ис\u{0}\u{1}тория. М., 1999.";
    let report = check_list(text, &CheckOptions::new().one_per_line(true));
    let g004: Vec<&str> = report
        .findings()
        .filter(|f| f.diagnostic.code == "G004")
        .map(|f| f.diagnostic.message.as_str())
        .collect();
    assert_eq!(g004, ["not text: U+0000 U+0001"]);
    let at = text.find('\u{0}').unwrap();
    let f = report.findings().find(|f| f.diagnostic.code == "G004").unwrap();
    assert_eq!(f.diagnostic.span, at..at + 2);
}
