//! Place–publisher groups (`М. : ГМИИ : Художник и книга ; Вашингтон : Нац. галерея
//! искусств`, ГОСТ 7.1-2003 area 4): read by the parser, written by the GOST
//! formatter, and carried by the BibLaTeX and MODS round trips.

use gostbib::bibtex::{Dialect, from_bib_str, to_bib_string};
use gostbib::csl::{from_csl_json, to_csl_json};
use gostbib::gost::{GostPrinter, Style};
use gostbib::mods::{from_mods_str, to_mods_string};
use gostbib::{Source, parse_reference};

const GROUPED: &str = "Альбом. М. : ГМИИ : Художник и книга ; Вашингтон : Нац. галерея искусств, 1995. 120 с.";

fn grouped() -> Source {
    parse_reference(GROUPED).unwrap().without_provenance()
}

#[test]
fn the_parser_keeps_the_place_of_each_publisher() {
    let s = grouped();
    assert_eq!(s.places.len(), 2);
    assert_eq!(s.publishers, ["ГМИИ", "Художник и книга", "Нац. галерея искусств"]);
    assert_eq!(s.publisher_places, [0, 0, 1]);
    // The default groupings are not recorded: one publisher per place, or all at
    // the last place.
    for text in
        ["Очерки. М. : Наука ; Л. : Худож. лит., 1950.", "Очерки. М. ; Л. : Наука, 1950."]
    {
        assert!(parse_reference(text).unwrap().publisher_places.is_empty(), "{text}");
    }
}

#[test]
fn the_formatter_writes_the_groups_back() {
    let p = GostPrinter::new().style(Style::Gost2008Short);
    assert_eq!(p.to_string(&grouped()).unwrap(), GROUPED);
    // Without the groups every publisher follows the last place.
    let flat = Source { publisher_places: Vec::new(), ..grouped() };
    assert!(
        p.to_string(&flat)
            .unwrap()
            .contains("М. ; Вашингтон : ГМИИ : Художник и книга : Нац. галерея искусств")
    );
}

#[test]
fn biblatex_and_mods_carry_the_groups() {
    let s = grouped();
    let bib = to_bib_string(std::slice::from_ref(&s), Dialect::Biblatex).unwrap();
    assert_eq!(from_bib_str(&bib).unwrap(), std::slice::from_ref(&s), "{bib}");
    let xml = to_mods_string(std::slice::from_ref(&s)).unwrap();
    assert_eq!(from_mods_str(&xml).unwrap(), std::slice::from_ref(&s), "{xml}");
}

#[test]
fn csl_json_carries_the_groups_in_its_custom_patch() {
    let s = grouped();
    let json = to_csl_json(std::slice::from_ref(&s));
    assert!(json.contains("publisher_places"), "{json}");
    assert_eq!(from_csl_json(&json).unwrap(), std::slice::from_ref(&s), "{json}");
}
