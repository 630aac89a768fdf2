//! `gostbib check` end to end: exit status, text and JSON reports, `--allow`, `--fix`.
#![cfg(feature = "cli")]

use std::process::{Command, Output};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seed-lit.txt");

fn gostbib(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gostbib")).args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn errors_give_exit_status_1_and_a_compiler_like_report() {
    let o = gostbib(&["check", SEED]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    for code in ["warning[G035]", "error[G012]", "warning[G030]"] {
        assert!(text.contains(code), "{code} missing:\n{text}");
    }
    assert!(
        text.contains(
            "3 references checked against gost-2008-short: 1 error, 2 warnings"
        )
    );
}

#[test]
fn json_report_parses_and_allow_silences_codes() {
    let o = gostbib(&["check", "--format", "json", "--allow", "G012", SEED]);
    assert_eq!(o.status.code(), Some(0), "only warnings are left");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["references"].as_array().unwrap().len(), 3);
    let codes: Vec<&str> = v["references"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["findings"].as_array().unwrap())
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["G035", "G030"]);
}

#[test]
fn fix_writes_the_corrected_list_and_it_checks_clean() {
    let o = gostbib(&["check", "--fix", SEED]);
    let fixed = stdout(&o);
    assert!(fixed.contains("М. ; Л., 1945. Гл. 11; Признание"), "{fixed}");
    assert!(fixed.contains("Б. д. URL: http://www.france.mid.ru/."), "{fixed}");
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("error[G012]"),
        "report on stderr"
    );
    let dir = std::env::temp_dir().join(format!("gostbib-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("fixed.txt");
    std::fs::write(&path, &fixed).unwrap();
    let again = gostbib(&["check", "--fix", path.to_str().unwrap()]);
    assert_eq!(stdout(&again), fixed, "a second --fix changes nothing");
    let report = stdout(&gostbib(&["check", "--format", "json", path.to_str().unwrap()]));
    let v: serde_json::Value = serde_json::from_str(&report).unwrap();
    assert!(v["references"].as_array().unwrap().iter().all(|r| r.get("diff").is_none()));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn styles_and_bad_arguments() {
    let o = gostbib(&["check", "--style", "gost-2018", "--format", "json", SEED]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["style"], "gost-2018");
    let o = gostbib(&["check", "--style", "gost-1999", SEED]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown style"));
}
