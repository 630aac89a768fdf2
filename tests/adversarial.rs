//! Adversarial inputs: each finishes inside a time bound with a result or a clear error,
//! never a panic, and reads nothing from the file system.
//!
//! Bounds are generous (debug builds on a loaded 2-core CI machine); what they catch is
//! quadratic or exponential behaviour, which blows any bound at these sizes.

use std::time::{Duration, Instant};

use gostbib::Parser;

fn within<T>(limit: Duration, what: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    let took = t.elapsed();
    assert!(took < limit, "{what} took {took:?}, over the bound of {limit:?}");
    out
}

const LIMIT: Duration = Duration::from_secs(20);

/// A 10 MB line parses in linear time: at most ~2× per byte what a 1 MB line costs (it
/// was quadratic through column counting), and inside an absolute bound generous
/// enough for a debug build on a loaded machine (about 20 s unloaded).
#[test]
fn ten_megabyte_single_line() {
    let unit = "Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. ";
    let parse = |line: &str| {
        let t = Instant::now();
        let out = Parser::new().lenient(true).one_per_line(true).parse(line);
        (out, t.elapsed())
    };
    let small = unit.repeat(1_000_000 / 120);
    let (_, t1) = parse(&small);
    let line = unit.repeat(10_000_000 / 120);
    let (out, t10) = parse(&line);
    assert!(t10 < Duration::from_secs(60), "10 MB line took {t10:?}");
    assert!(t10 < t1 * 20, "1 MB took {t1:?}, 10 MB took {t10:?}: not linear");
    let out = out.expect("lenient parsing returns a result");
    assert_eq!(out.sources.len(), 1);
    let origin = out.sources[0].origin.as_ref().expect("origin kept");
    assert_eq!(origin.text.len(), line.trim_end().len());
}

#[test]
fn a_million_separators() {
    let text = "; ".repeat(1_000_000);
    let out =
        within(LIMIT, "a million `; `", || Parser::new().lenient(true).parse(&text));
    // Nothing but separators: no reference, or an error saying so.
    if let Ok(out) = out {
        assert!(out.sources.is_empty(), "{} sources from separators", out.sources.len());
    }
}

#[test]
fn a_hundred_thousand_authors() {
    let mut text = String::new();
    for i in 0..100_000 {
        text.push_str(&format!("Иванов{} А. Б., ", i % 97));
    }
    text.push_str("Иванов В. Г. Заглавие. М., 1999.");
    let out = within(LIMIT, "100,000 authors", || {
        Parser::new().lenient(true).one_per_line(true).parse(&text)
    });
    assert_eq!(out.expect("a result").sources.len(), 1);
}

#[test]
fn deeply_nested_brackets_and_quotes() {
    let depth = 100_000;
    let text = format!(
        "{}Заглавие{} // {}Хост{}. М., 1999.",
        "([«„".repeat(depth),
        "“»])".repeat(depth),
        "«".repeat(depth),
        "»".repeat(depth)
    );
    let out = within(LIMIT, "nested brackets", || {
        Parser::new().lenient(true).one_per_line(true).parse(&text)
    });
    assert!(out.is_ok());
}

#[test]
fn zero_width_and_bidi_controls() {
    let text = "Пан\u{200B}кратова\u{200D} А.\u{2060} М. \u{202E}Признание\u{202C} СССР \u{FEFF}Францией. М., 1945.";
    let out = within(LIMIT, "controls", || {
        Parser::new().lenient(true).one_per_line(true).parse(text)
    })
    .expect("a result");
    assert_eq!(out.sources.len(), 1);
    assert_eq!(out.sources[0].origin.as_ref().unwrap().text, text);
}

#[test]
fn invalid_utf8_through_the_byte_api() {
    let bytes = b"\xD0\x9F\xD0\xB0\xFF\xFE \xD0";
    let err = Parser::new().parse_bytes(bytes).unwrap_err();
    assert_eq!(err, gostbib::Error::Utf8 { offset: 4 });
}

#[test]
fn billion_laughs_mods_is_refused_quickly() {
    let mut doc = String::from(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n",
    );
    for i in 1..10 {
        let prev = if i == 1 { "lol".to_owned() } else { format!("lol{}", i - 1) };
        doc.push_str(&format!(
            "<!ENTITY lol{i} \"{}\">\n",
            format!("&{prev};").repeat(10)
        ));
    }
    doc.push_str("]>\n<mods xmlns=\"http://www.loc.gov/mods/v3\"><titleInfo><title>&lol9;</title></titleInfo></mods>");
    let r = within(Duration::from_secs(2), "billion laughs", || {
        gostbib::mods::from_mods_str(&doc)
    });
    assert!(r.is_err(), "a DTD with entities must be refused");
}

#[test]
fn xxe_mods_reads_no_file() {
    let doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE mods [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n\
               <mods xmlns=\"http://www.loc.gov/mods/v3\"><titleInfo><title>&xxe;</title></titleInfo></mods>";
    match gostbib::mods::from_mods_str(doc) {
        Err(_) => {}
        Ok(sources) => {
            let title = &sources[0].title.main;
            assert!(!title.contains("root:"), "file contents leaked into the title");
        }
    }
}

#[test]
fn bib_with_unbalanced_braces_and_a_megabyte_field() {
    let big = "а".repeat(1_000_000);
    let doc = format!(
        "@book{{k1, title = {{{big}}}, author = {{Иванов, И. И.}}, year = {{1999}}}}\n\
                       @book{{k2, title = {{Unbalanced {{ brace}}, year = 2000}}\n"
    );
    let r = within(LIMIT, "bib", || gostbib::bibtex::from_bib_str(&doc));
    match r {
        Ok(sources) => assert!(sources.iter().any(|s| s.title.main.len() >= 1_000_000)),
        Err(e) => assert!(e.position().is_some(), "a bib error must say where: {e}"),
    }
}

/// Positions come from one line index per input: a 20,000-line list costs per line at
/// most a few times what a 1,000-line list costs (it was 17× when every reference and
/// diagnostic rescanned the input from its start). The bound is generous (debug build,
/// loaded machine); a quadratic step costs 20× here.
#[test]
fn parsing_cost_per_line_does_not_grow_with_the_list() {
    let line = "Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. М.; Л., 1945. Гл. 11. URL.: http://x.ru\n";
    let per_line = |n: usize| {
        let text = line.repeat(n);
        let parser = Parser::new().lenient(true).one_per_line(true);
        (0..3)
            .map(|_| {
                let t = Instant::now();
                let out = parser.parse(&text).expect("lenient");
                assert_eq!(out.sources.len(), n);
                t.elapsed()
            })
            .min()
            .unwrap()
            / n as u32
    };
    let small = per_line(1_000);
    let large = per_line(20_000);
    assert!(
        large <= small * 3 + Duration::from_micros(50),
        "{small:?} per line for 1,000 lines, {large:?} for 20,000"
    );
}
