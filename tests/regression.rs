//! Inputs that once crashed or hung gostbib (found by the fuzzers and the property
//! tests of `tests/properties.rs`), minimized. Each stays here so the bug cannot return.

use gostbib::Parser;

/// Every parser entry point on `input`: none may panic, and lenient parsing keeps each
/// source's origin equal to its span of the input.
fn parses_without_panic(input: &str) {
    let _ = gostbib::split_list(input);
    let _ = gostbib::parse_reference(input);
    let _ = gostbib::parse_list(input);
    for parser in
        [Parser::new().lenient(true), Parser::new().lenient(true).one_per_line(true)]
    {
        let out = parser.parse(input).expect("lenient parsing returns a result");
        for s in &out.sources {
            let origin = s.origin.as_ref().expect("origin");
            assert_eq!(input.get(origin.span.clone()), Some(origin.text.as_str()));
        }
    }
}

/// proptest, `parsing_never_panics_and_keeps_origins`: an unclosed parenthesis at the
/// end of a reference made the bracket matcher add `usize::MAX` to an index
/// (`attempt to add with overflow` in `Ctx::closing`).
#[test]
fn unclosed_parenthesis_after_a_responsibility_slash() {
    parses_without_panic("/ под ред. (");
    parses_without_panic("Иванов И. И. Заглавие / под ред. П. П. Петрова (");
}

/// proptest, `parsing_never_panics_and_keeps_origins`: a dash bullet whose text merely
/// continues (` — ;М.;`) left the bulleted-list splitter with no item on a one-line
/// input, and it indexed the first item anyway (`index out of bounds` in `item_blocks`).
#[test]
fn a_lone_dash_bullet_without_an_item() {
    parses_without_panic(" — ;М.;");
    parses_without_panic("— ; Иванов И. И. Заглавие. М., 1999.");
}

/// proptest, `parsing_never_panics_and_keeps_origins`: a part between two `;` holding
/// only a space made the splitter's trimming start after its end (`begin > end` in
/// `split::clean`).
#[test]
fn a_blank_part_between_semicolons() {
    parses_without_panic("; ;ГА РФ. Ф. Р-7523. Оп. 105. Д. 168. Л. 3");
    parses_without_panic(
        "Иванов И. И. Заглавие. М., 1999; ; Петров П. П. Заглавие. М., 2000.",
    );
}
