//! Source → CSL-JSON → Source is lossless (without provenance), and import errors
//! say where and what.
mod common;

use gostbib::{Error, Position, Source, csl};
use proptest::prelude::*;

proptest! {
    #[test]
    fn export_then_import_gives_the_source_back(s in common::source()) {
        let json = csl::to_csl_json(std::slice::from_ref(&s));
        let back = csl::from_csl_json(&json).unwrap();
        prop_assert_eq!(back.len(), 1);
        prop_assert_eq!(back[0].without_provenance(), s.without_provenance(), "exported as {}", json);
    }

    #[test]
    fn a_list_round_trips_in_order(list in proptest::collection::vec(common::source(), 0..4)) {
        let back = csl::from_csl_json(&csl::to_csl_json(&list)).unwrap();
        let back: Vec<Source> = back.iter().map(Source::without_provenance).collect();
        let want: Vec<Source> = list.iter().map(Source::without_provenance).collect();
        prop_assert_eq!(back, want);
    }

    #[test]
    fn a_parsed_source_keeps_its_text_and_exports_again_identically(
        s in common::source(),
        text in common::text(),
    ) {
        let parsed = Source {
            origin: Some(gostbib::Origin { text: text.clone(), ..Default::default() }),
            ..s
        };
        let json = csl::to_csl_json(std::slice::from_ref(&parsed));
        let back = csl::from_csl_json(&json).unwrap();
        prop_assert_eq!(back[0].origin.as_ref().map(|o| o.text.as_str()), Some(text.as_str()));
        prop_assert_eq!(back[0].without_provenance(), parsed.without_provenance());
        prop_assert_eq!(csl::to_csl_json(&back), json);
    }

    #[test]
    fn import_never_panics(input in "\\PC{0,200}") {
        let _ = csl::from_csl_json(&input);
    }
}

fn csl_err(input: &str) -> (Position, String) {
    match csl::from_csl_json(input) {
        Err(Error::Csl { position, message }) => (position, message),
        other => panic!("expected Error::Csl, got {other:?}"),
    }
}

#[test]
fn malformed_json_reports_line_and_character_column() {
    let (pos, msg) = csl_err("[\n  {\"title\": \"Признание\" \"type\": \"book\"}\n]");
    assert_eq!((pos.line, pos.column), (2, 25), "{msg}");
    // The column counts characters: `"Признание"` is 11 characters but 20 bytes.
    assert!(msg.contains("expected"), "{msg}");
}

#[test]
fn a_non_object_item_is_named_by_index() {
    let (pos, msg) = csl_err("[{\"type\": \"book\"},\n \"Иванов И. И. Книга\"]");
    assert!(msg.contains("item 1"), "{msg}");
    assert_eq!(pos.line, 2, "{msg}");
}

#[test]
fn a_bad_custom_object_is_an_error_naming_the_item() {
    let (_, msg) = csl_err(r#"[{"type": "book", "custom": {"gostbib": {"kind": 5}}}]"#);
    assert!(msg.contains("item 0") && msg.contains("custom.gostbib"), "{msg}");
    let (_, msg) = csl_err(r#"{"type": "book", "custom": {"gostbib": []}}"#);
    assert!(msg.contains("must be an object"), "{msg}");
}

#[test]
fn one_object_or_an_empty_array_is_accepted() {
    let one = csl::from_csl_json(r#"{"type": "book", "title": "Дневник", "extra": [1]}"#);
    assert_eq!(one.unwrap()[0].title.main, "Дневник");
    assert_eq!(csl::from_csl_json("[]").unwrap(), vec![]);
    assert!(matches!(csl::from_csl_json(""), Err(Error::Csl { .. })));
    assert!(matches!(csl::from_csl_json("42"), Err(Error::Csl { .. })));
    assert!(matches!(csl::from_csl_json("[] []"), Err(Error::Csl { .. })));
}

#[test]
fn other_custom_keys_are_ignored() {
    let s = csl::from_csl_json(r#"[{"type": "book", "custom": {"zotero": {"a": 1}}}]"#);
    assert_eq!(s.unwrap()[0].kind, gostbib::Kind::Book);
}

#[test]
fn names_roles_and_markers_the_strategy_does_not_cover_round_trip() {
    use gostbib::{Contributor, Kind, Missing, Name, Person, Role, Title};
    let kokotov = Person {
        as_written: Some("Кокотова".into()),
        given: Some("Александр Николаевич".into()),
        ..Person::new("Кокотов", "А. Н.")
    };
    let s = Source {
        title: Title::new("Конституционное право"),
        contributors: vec![
            Contributor::new(Name::Person(Person::new("Смит", "Дж.")), Role::Translator),
            Contributor::new(Name::Person(kokotov), Role::ResponsibleEditor),
            Contributor::new(
                Name::Organization("ИГП РАН".into()),
                Role::Other("подгот.".into()),
            ),
        ],
        authors_et_al: true,
        authors: vec![Name::Person(Person::new("Иванов", "И. И."))],
        publisher_missing: Some(Missing::new("б. и.", true)),
        ..Source::new(Kind::Book)
    };
    let json = csl::to_csl_json(std::slice::from_ref(&s));
    let item: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        item[0]["editor"][0]["family"], "Кокотова",
        "the written form is exported"
    );
    assert_eq!(item[0]["translator"][0]["given"], "Дж.");
    assert!(item[0].get("contributor").is_none(), "no field outside the contract");
    let back = csl::from_csl_json(&json).unwrap();
    assert_eq!(back[0], s);
}

/// Any JSON value of a small depth: the shapes a careless producer may write.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{Value, json};
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-3000i64..3000).prop_map(|n| json!(n)),
        (-10.0f64..3000.0).prop_map(|f| json!(f)),
        common::text().prop_map(Value::String),
        Just(json!("")),
        Just(json!("М.; Л.")),
        Just(json!("Ф. 17. Оп.163. Д. 1323. Л. 57")),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4)
                .prop_map(serde_json::Value::Array),
            proptest::collection::vec((csl_key(), inner), 0..4)
                .prop_map(|kv| serde_json::Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Keys that the mapping reads, and a few it does not.
fn csl_key() -> impl Strategy<Value = String> {
    proptest::sample::select(vec![
        "type",
        "title",
        "author",
        "editor",
        "translator",
        "compiler",
        "illustrator",
        "container-author",
        "container-title",
        "volume",
        "issue",
        "page",
        "issued",
        "accessed",
        "date-parts",
        "circa",
        "raw",
        "literal",
        "family",
        "given",
        "publisher-place",
        "publisher",
        "edition",
        "number-of-pages",
        "archive",
        "archive_location",
        "genre",
        "language",
        "note",
        "ISBN",
        "URL",
        "custom",
        "gostbib",
        "kind",
        "abstract",
    ])
    .prop_map(str::to_owned)
}

proptest! {
    #[test]
    fn whatever_imports_exports_and_imports_to_the_same_source(
        items in proptest::collection::vec(
            proptest::collection::vec((csl_key(), json_value()), 0..12), 0..3)
    ) {
        let items: Vec<serde_json::Value> = items
            .into_iter()
            .map(|kv| serde_json::Value::Object(kv.into_iter().collect()))
            .collect();
        let input = serde_json::to_string(&items).unwrap();
        // Import either fails cleanly or gives sources that survive the round trip.
        if let Ok(sources) = csl::from_csl_json(&input) {
            let again = csl::from_csl_json(&csl::to_csl_json(&sources)).unwrap();
            let strip = |v: &[Source]| v.iter().map(Source::without_provenance).collect::<Vec<_>>();
            prop_assert_eq!(strip(&again), strip(&sources));
        }
    }
}
