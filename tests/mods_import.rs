//! Import: hostile XML is refused quickly, malformed XML is located, foreign records
//! (libraries, Zotero) are read.

use std::time::{Duration, Instant};

use gostbib::mods::{from_mods_str, to_mods_string};
use gostbib::{Error, Kind, Name, Role, Source, Title};

fn mods_error(input: &str) -> (usize, usize, String) {
    match from_mods_str(input) {
        Err(Error::Mods { position, message }) => {
            (position.line, position.column, message)
        }
        other => panic!("expected a MODS error, got {other:?}"),
    }
}

#[test]
fn billion_laughs_is_refused_quickly() {
    let mut doc = String::from(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n",
    );
    for i in 1..10 {
        let prev = if i == 1 { "lol".to_owned() } else { format!("lol{}", i - 1) };
        doc.push_str(&format!(
            " <!ENTITY lol{i} \"{}\">\n",
            format!("&{prev};").repeat(10)
        ));
    }
    doc.push_str("]>\n<mods xmlns=\"http://www.loc.gov/mods/v3\"><titleInfo><title>&lol9;</title></titleInfo></mods>");
    let start = Instant::now();
    let (line, _, message) = mods_error(&doc);
    assert!(start.elapsed() < Duration::from_millis(500));
    assert_eq!(line, 2);
    assert!(message.contains("DOCTYPE"), "{message}");
}

#[test]
fn external_entities_are_never_resolved() {
    let secret =
        std::env::temp_dir().join(format!("gostbib-xxe-{}.txt", std::process::id()));
    std::fs::write(&secret, "TOP-SECRET-CONTENT").unwrap();
    let url = format!("file://{}", secret.display());
    let with_dtd = format!(
        "<!DOCTYPE mods [<!ENTITY xxe SYSTEM \"{url}\">]>\n<mods xmlns=\"http://www.loc.gov/mods/v3\"><titleInfo><title>&xxe;</title></titleInfo></mods>"
    );
    let external_dtd = format!("<!DOCTYPE mods SYSTEM \"{url}\"><mods/>");
    let bare_ref = "<mods xmlns=\"http://www.loc.gov/mods/v3\"><titleInfo>\n  <title>&xxe;</title></titleInfo></mods>";
    for doc in [with_dtd.as_str(), external_dtd.as_str(), bare_ref] {
        let (_, _, message) = mods_error(doc);
        assert!(!message.contains("TOP-SECRET"), "{message}");
    }
    let (line, column, message) = mods_error(bare_ref);
    assert_eq!((line, column), (2, 10), "{message}");
    assert!(message.contains("&xxe;"), "{message}");
    // Entities in attributes are refused too.
    let (_, _, message) = mods_error("<mods><titleInfo type=\"&xxe;\"/></mods>");
    assert!(message.contains("attribute"), "{message}");
    let _ = std::fs::remove_file(secret);
}

#[test]
fn deep_nesting_is_bounded() {
    let n = 100_000;
    let doc = format!(
        "<mods xmlns=\"http://www.loc.gov/mods/v3\">{}{}</mods>",
        "<relatedItem type=\"host\">".repeat(n),
        "</relatedItem>".repeat(n)
    );
    let start = Instant::now();
    let (_, _, message) = mods_error(&doc);
    assert!(start.elapsed() < Duration::from_millis(500));
    assert!(message.contains("nested deeper"), "{message}");
    // Hosts nested as deep as a real record are fine.
    let ok = format!(
        "<mods>{}<titleInfo><title>x</title></titleInfo>{}</mods>",
        "<relatedItem type=\"host\">".repeat(20),
        "</relatedItem>".repeat(20)
    );
    let s = from_mods_str(&ok).unwrap();
    assert_eq!(s[0].hosts().count(), 20);
}

#[test]
fn malformed_xml_is_located() {
    let (line, column, message) = mods_error(
        "<mods>\n  <titleInfo>\n    <title>x</titel>\n  </titleInfo>\n</mods>",
    );
    assert_eq!((line, column), (3, 13), "{message}");
    assert!(message.contains("malformed"), "{message}");
    let (line, _, message) = mods_error("<mods>\n<titleInfo>\n");
    assert_eq!(line, 3, "{message}");
    assert!(message.contains("not closed"), "{message}");
    let (line, _, _) = mods_error("<mods>\n<name type=personal/></mods>");
    assert_eq!(line, 2);
    let (_, _, message) = mods_error("");
    assert!(message.contains("no root"), "{message}");
    let (_, _, message) = mods_error("<mods/><mods/>");
    assert!(message.contains("after the root"), "{message}");
}

#[test]
fn documents_that_are_not_mods_are_refused() {
    let (_, _, message) =
        mods_error("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text/></TEI>");
    assert!(message.contains("<TEI>"), "{message}");
    let (_, _, message) = mods_error("<mods xmlns=\"http://example.org/other\"/>");
    assert!(message.contains("namespace"), "{message}");
    let (_, _, message) =
        mods_error("<x:mods xmlns=\"http://www.loc.gov/mods/v3\" xmlns:x=\"urn:x\"/>");
    assert!(message.contains("urn:x"), "{message}");
    // Other namespaces on the root are fine, and so is no namespace at all.
    let xsi = "<mods xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><titleInfo><title>T</title></titleInfo></mods>";
    assert_eq!(from_mods_str(xsi).unwrap()[0].title.main, "T");
    assert!(
        from_mods_str("<modsCollection xmlns=\"http://www.loc.gov/mods/v3\"/>")
            .unwrap()
            .is_empty()
    );
}

#[test]
fn control_characters_never_break_the_xml() {
    let s = Source {
        title: Title::new("a\u{0}b\u{1b}c \u{7}"),
        notes: vec![" leading and trailing ".into(), "tab\there\r\nline".into()],
        ..Source::new(Kind::Book)
    };
    let xml = to_mods_string(std::slice::from_ref(&s)).unwrap();
    assert!(!xml.contains('\u{0}') && !xml.contains('\u{1b}'));
    assert!(xml.contains("a\u{2400}b\u{241b}c"));
    assert_eq!(from_mods_str(&xml).unwrap(), vec![s]);
}

/// A record as a library catalogue publishes it (LoC MARC→MODS style, prefixed).
const LIBRARY: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<mods:mods xmlns:mods="http://www.loc.gov/mods/v3" xmlns:xlink="http://www.w3.org/1999/xlink" version="3.7">
  <mods:titleInfo>
    <mods:nonSort>The </mods:nonSort>
    <mods:title>Soviet Union and France</mods:title>
    <mods:subTitle>diplomatic relations, 1924-1939</mods:subTitle>
  </mods:titleInfo>
  <mods:titleInfo type="alternative"><mods:title>USSR and France</mods:title></mods:titleInfo>
  <mods:name type="personal" usage="primary">
    <mods:namePart>Pankratova, A. M.</mods:namePart>
    <mods:namePart type="date">1897-1957</mods:namePart>
    <mods:role><mods:roleTerm type="text" authority="marcrelator">author</mods:roleTerm></mods:role>
  </mods:name>
  <mods:name type="corporate"><mods:namePart>Akademiia nauk SSSR</mods:namePart><mods:namePart>Institut istorii</mods:namePart>
    <mods:role><mods:roleTerm type="code" authority="marcrelator">isb</mods:roleTerm></mods:role></mods:name>
  <mods:name type="personal"><mods:displayForm>Ковальченко, И. Д.</mods:displayForm>
    <mods:role><mods:roleTerm type="text">editor</mods:roleTerm></mods:role></mods:name>
  <mods:name type="personal"><mods:namePart>Дружинин Н. М.</mods:namePart>
    <mods:role><mods:roleTerm type="code" authority="marcrelator">edt</mods:roleTerm></mods:role></mods:name>
  <mods:typeOfResource>text</mods:typeOfResource>
  <mods:genre authority="marcgt">bibliography</mods:genre>
  <mods:originInfo>
    <mods:place><mods:placeTerm type="code" authority="marccountry">ru</mods:placeTerm></mods:place>
    <mods:place><mods:placeTerm type="text">Moskva</mods:placeTerm></mods:place>
    <mods:publisher>Izd-vo Akademii nauk SSSR</mods:publisher>
    <mods:dateIssued>1963</mods:dateIssued>
    <mods:dateIssued encoding="marc">1963</mods:dateIssued>
    <mods:issuance>monographic</mods:issuance>
  </mods:originInfo>
  <mods:language><mods:languageTerm authority="iso639-2b" type="code">rus</mods:languageTerm></mods:language>
  <mods:physicalDescription><mods:form authority="marcform">print</mods:form><mods:extent>503 p. ; 23 cm.</mods:extent></mods:physicalDescription>
  <mods:note type="statement of responsibility">A. M. Pankratova.</mods:note>
  <mods:note>Includes bibliographical references.</mods:note>
  <mods:subject authority="lcsh"><mods:topic>France</mods:topic></mods:subject>
  <mods:relatedItem type="series"><mods:titleInfo><mods:title>Trudy Instituta istorii</mods:title><mods:partNumber>vyp. 5</mods:partNumber></mods:titleInfo></mods:relatedItem>
  <mods:identifier type="lccn">63012345</mods:identifier>
  <mods:recordInfo><mods:recordContentSource authority="marcorg">DLC</mods:recordContentSource></mods:recordInfo>
</mods:mods>"#;

#[test]
fn library_records_are_read() {
    let s = from_mods_str(LIBRARY).unwrap().remove(0);
    assert_eq!(s.kind, Kind::Book);
    assert_eq!(s.title.main, "The Soviet Union and France");
    assert_eq!(s.title.other, ["diplomatic relations, 1924-1939"]);
    let Name::Person(p) = &s.authors[0] else { panic!("{:?}", s.authors) };
    assert_eq!((p.family.as_str(), p.initials.as_deref()), ("Pankratova", Some("A. M.")));
    assert_eq!(
        s.contributors[0].name,
        Name::Organization("Akademiia nauk SSSR. Institut istorii".into())
    );
    assert_eq!(s.contributors[0].role, Role::Other("isb".into()));
    let Name::Person(p) = &s.contributors[1].name else { panic!() };
    assert_eq!(
        (p.family.as_str(), p.initials.as_deref()),
        ("Ковальченко", Some("И. Д."))
    );
    assert_eq!(s.contributors[1].role, Role::Editor);
    let Name::Person(p) = &s.contributors[2].name else { panic!() };
    assert_eq!((p.family.as_str(), p.initials.as_deref()), ("Дружинин", Some("Н. М.")));
    assert_eq!(s.places.len(), 1);
    assert_eq!(s.places[0].name, "Moskva");
    assert_eq!(s.date.map(|d| d.start.year), Some(1963));
    assert_eq!(s.language.as_ref().map(|l| l.to_string()).as_deref(), Some("ru"));
    assert_eq!(s.extent.as_deref(), Some("503 p. ; 23 cm."));
    assert_eq!(s.responsibility.as_deref(), Some("A. M. Pankratova."));
    assert_eq!(s.notes, ["Includes bibliographical references."]);
    assert_eq!(s.series[0].number.as_deref(), Some("vyp. 5"));
    assert!(s.medium.is_none());
}

/// A journal article as Zotero's MODS export writes it.
const ZOTERO: &str = r#"<?xml version="1.0"?>
<modsCollection xmlns="http://www.loc.gov/mods/v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.loc.gov/mods/v3 http://www.loc.gov/standards/mods/v3/mods-3-2.xsd">
  <mods>
    <titleInfo><title>Признание СССР Францией</title></titleInfo>
    <typeOfResource>text</typeOfResource>
    <genre authority="local">journalArticle</genre>
    <name type="personal">
      <namePart type="family">Кузнецов</namePart><namePart type="given">Константин</namePart>
      <role><roleTerm type="code" authority="marcrelator">aut</roleTerm></role>
    </name>
    <relatedItem type="host">
      <titleInfo><title>Вопросы истории</title></titleInfo>
      <originInfo><issuance>continuing</issuance></originInfo>
      <genre authority="marcgt">periodical</genre>
      <part>
        <detail type="volume"><number>17</number></detail>
        <detail type="issue"><number>3</number></detail>
        <extent unit="pages"><start>12</start><end>15</end></extent>
        <date>2001</date>
      </part>
    </relatedItem>
    <location><url usage="primary display" dateLastAccessed="2020-03-12">https://example.ru/a</url></location>
    <language><languageTerm type="text">ru</languageTerm></language>
  </mods>
</modsCollection>"#;

#[test]
fn zotero_records_are_read() {
    let s = from_mods_str(ZOTERO).unwrap().remove(0);
    assert_eq!(s.kind, Kind::Article);
    let Name::Person(p) = &s.authors[0] else { panic!() };
    assert_eq!(p.given.as_deref(), Some("Константин"));
    let h = s.host.as_deref().unwrap();
    assert_eq!(h.kind, Kind::Periodical);
    assert_eq!(h.numbering.volume.as_deref(), Some("17"));
    assert_eq!(h.numbering.issue.as_deref(), Some("3"));
    assert_eq!(h.date.map(|d| d.start.year), Some(2001));
    assert_eq!(s.numbering.pages.as_deref(), Some("12–15"));
    assert_eq!(s.url.as_deref(), Some("https://example.ru/a"));
    assert_eq!(s.accessed.map(|d| d.to_string()).as_deref(), Some("2020-03-12"));
    assert_eq!(s.language.as_ref().map(|l| l.to_string()).as_deref(), Some("ru"));
}

mod robustness {
    use gostbib::mods::{from_mods_str, to_mods_record};
    use proptest::prelude::*;

    fn record() -> String {
        let s = gostbib::Source {
            title: gostbib::Title::new("Метафизика"),
            host: Some(Box::new(gostbib::Source::new(gostbib::Kind::Book))),
            ..gostbib::Source::new(gostbib::Kind::Chapter)
        };
        to_mods_record(&s).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Arbitrary text gives sources or an error with a position, never a panic.
        #[test]
        fn arbitrary_input_never_panics(input in "(<[a-zA-Z:]{0,8}( [a-z]{1,5}=\"[^\"]{0,5}\")?/?>|</[a-z]{0,5}>|&[a-z#0-9]{0,5};|[^<&]{0,8}|<!\\[CDATA\\[[^\\]]{0,5}\\]\\]>|<!--[^-]{0,5}-->){0,20}") {
            if let Err(e) = from_mods_str(&input) {
                prop_assert!(e.position().is_some(), "{e}");
            }
        }

        /// A valid record cut short or with one byte changed never makes the reader panic.
        #[test]
        fn damaged_records_never_panic(cut in 0usize..4000, at in 0usize..4000, byte in 0u8..128) {
            let xml = record();
            let cut = cut.min(xml.len());
            let mut truncated = xml.as_bytes()[..cut].to_vec();
            if !truncated.is_empty() {
                let at = at % truncated.len();
                truncated[at] = byte;
            }
            let text = String::from_utf8_lossy(&truncated);
            if let Err(e) = from_mods_str(&text) {
                prop_assert!(e.position().is_some(), "{e}");
            }
        }
    }
}

/// The worked example of `../shared/docs/formats/CROSSWALK.md`: a chapter in volume 1 of
/// a multi-volume work, LoC pattern (part number in the host's title, location in `part`).
const CROSSWALK: &str = r#"<mods xmlns="http://www.loc.gov/mods/v3" version="3.7">
  <titleInfo><title>Метафизика</title></titleInfo>
  <name type="personal"><namePart type="family">Аристотель</namePart>
    <role><roleTerm type="code" authority="marcrelator">aut</roleTerm></role></name>
  <name type="personal"><namePart type="family">Кубицкий</namePart><namePart type="given">А. В.</namePart>
    <role><roleTerm type="code" authority="marcrelator">trl</roleTerm></role></name>
  <typeOfResource>text</typeOfResource>
  <language><languageTerm type="code" authority="iso639-2b">rus</languageTerm>
            <scriptTerm type="code" authority="iso15924">Cyrl</scriptTerm></language>
  <relatedItem type="host">
    <titleInfo><title>Сочинения</title><subTitle>в 4 т.</subTitle><partNumber>Т. 1</partNumber></titleInfo>
    <name type="personal"><namePart type="family">Асмус</namePart><namePart type="given">В. Ф.</namePart>
      <role><roleTerm type="code" authority="marcrelator">edt</roleTerm></role></name>
    <genre authority="marcgt">book</genre>
    <originInfo><place><placeTerm type="text">Москва</placeTerm></place><publisher>Мысль</publisher>
      <dateIssued encoding="w3cdtf" keyDate="yes">1976</dateIssued><issuance>multipart monograph</issuance></originInfo>
    <part><detail type="volume"><number>1</number></detail>
      <extent unit="pages"><start>63</start><end>367</end></extent></part>
  </relatedItem>
  <note type="statement of responsibility">пер. А. В. Кубицкого</note>
</mods>"#;

#[test]
fn the_crosswalk_example_is_read() {
    let s = from_mods_str(CROSSWALK).unwrap().remove(0);
    assert_eq!(s.kind, Kind::Chapter);
    assert_eq!(s.contributors[0].role, Role::Translator);
    assert_eq!(s.language.as_ref().map(|l| l.to_string()).as_deref(), Some("ru"));
    assert_eq!(s.numbering.pages.as_deref(), Some("63–367"));
    assert_eq!(s.responsibility.as_deref(), Some("пер. А. В. Кубицкого"));
    let h = s.host.as_deref().unwrap();
    assert_eq!(h.kind, Kind::Book);
    assert_eq!(h.title.main, "Сочинения");
    assert_eq!(h.title.other, ["в 4 т."]);
    assert_eq!(h.numbering.volume.as_deref(), Some("1"));
    assert_eq!(h.contributors[0].role, Role::Editor);
    assert_eq!(h.places[0].name, "Москва");
    assert_eq!(h.date.map(|d| d.start.year), Some(1976));
}
