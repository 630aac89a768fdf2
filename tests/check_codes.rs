//! One fixture per diagnostic code: `fixtures/check/CODE.txt` (with optional
//! `CODE.args`) must produce CODE, and its reports must agree with
//! `CODE.expected.txt` and `CODE.expected.json`: every finding (code, severity,
//! position, message, repair) and, in the text report, every finding's header line.
//! The canonical forms and diffs in those files are the formatter's, tested there, so
//! they are not compared here. Set `GOSTBIB_BLESS=1` to rewrite the files.

use std::path::PathBuf;

use gostbib::check::codes::CODES;
use gostbib::check::{CheckOptions, CheckReport, check_list};

fn dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/check"))
}

fn options(code: &str) -> CheckOptions {
    let args =
        std::fs::read_to_string(dir().join(format!("{code}.args"))).unwrap_or_default();
    let mut o = CheckOptions::new();
    let mut words = args.split_whitespace();
    while let Some(w) = words.next() {
        match (w, words.next()) {
            ("--style", Some(s)) => o = o.style(s.parse().expect("style in .args")),
            ("--allow", Some(c)) => o = o.allow(c),
            (other, _) => panic!("unknown argument {other} in {code}.args"),
        }
    }
    o
}

/// What a report says, without the formatter's canonical forms and diffs.
fn findings_of_json(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    let refs = v["references"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["findings"].as_array().unwrap());
    refs.chain(v["list"].as_array().unwrap())
        .map(|f| {
            format!(
                "{} {} {}:{} {} {}",
                f["severity"],
                f["code"],
                f["position"]["line"],
                f["position"]["column"],
                f["message"],
                f["replacement"]
            )
        })
        .collect()
}

fn findings_of_text(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| {
            ["error[", "warning[", "note[", "  --> ", "   = fix"]
                .iter()
                .any(|p| l.starts_with(p))
        })
        .collect()
}

fn compare(path: PathBuf, actual: &str, json: bool, mismatches: &mut Vec<String>) {
    if std::env::var_os("GOSTBIB_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!("{} is missing (GOSTBIB_BLESS=1 writes it)", path.display())
    });
    let same = if json {
        findings_of_json(&expected) == findings_of_json(actual)
    } else {
        findings_of_text(&expected) == findings_of_text(actual)
    };
    if !same {
        mismatches.push(format!(
            "{}:\n--- expected\n{expected}\n--- actual\n{actual}",
            path.display()
        ));
    }
}

fn fixture(code: &str) -> CheckReport {
    let name = format!("{code}.txt");
    let input = std::fs::read_to_string(dir().join(&name)).unwrap();
    let report = check_list(&input, &options(code));
    let mut mismatches = Vec::new();
    let text = report.render_text(&input, &name);
    compare(dir().join(format!("{code}.expected.txt")), &text, false, &mut mismatches);
    let json = report.to_json() + "\n";
    compare(dir().join(format!("{code}.expected.json")), &json, true, &mut mismatches);
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    let found: Vec<&str> =
        report.findings().map(|f| f.diagnostic.code.as_str()).collect();
    assert!(found.contains(&code), "{code} not reported for {name}: {found:?}");
    report
}

macro_rules! per_code {
    ($($name:ident => $code:literal),* $(,)?) => {
        $(#[test] fn $name() { fixture($code); })*

        #[test]
        fn every_code_has_a_test_a_fixture_and_a_page() {
            let tested = [$($code),*];
            for c in CODES {
                assert!(tested.contains(&c.code), "no test for {}", c.code);
                assert!(dir().join(format!("{}.txt", c.code)).exists(), "no fixture for {}", c.code);
                let page = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/codes"))
                    .join(format!("{}.md", c.code));
                let text = std::fs::read_to_string(&page).unwrap_or_else(|_| panic!("no {}", page.display()));
                assert!(text.starts_with(&format!("# {} ", c.code)), "{} heading", c.code);
                assert!(text.contains(c.title), "{} page does not name its title", c.code);
                assert!(text.contains("## Example"), "{} page has no example", c.code);
                // The page quotes its fixture and what the checker says about it.
                let input = std::fs::read_to_string(dir().join(format!("{}.txt", c.code))).unwrap();
                assert!(text.contains(input.trim_end()), "{} page does not show its fixture", c.code);
                let said = text.split("The checker reports").nth(1).and_then(|t| t.split("```text\n").nth(1));
                let said = said.and_then(|t| t.lines().next()).unwrap_or_else(|| panic!("{} page: no report", c.code));
                let report = std::fs::read_to_string(dir().join(format!("{}.expected.txt", c.code))).unwrap();
                assert!(report.lines().any(|l| l == said), "{} page quotes `{said}`, not in the report", c.code);
            }
        }
    };
}

per_code! {
    g001 => "G001", g002 => "G002", g003 => "G003", g004 => "G004",
    g010 => "G010", g011 => "G011", g012 => "G012", g013 => "G013", g014 => "G014",
    g015 => "G015", g016 => "G016", g017 => "G017",
    g020 => "G020", g021 => "G021",
    g030 => "G030", g031 => "G031", g032 => "G032", g033 => "G033", g034 => "G034",
    g035 => "G035", g036 => "G036", g037 => "G037",
    g040 => "G040", g041 => "G041", g042 => "G042",
}

/// The seed's "Lit." paragraph: what the checker says (`URL.:`, the missing access date
/// for `Б. д.`, ` ; ` between places) and the list `--fix` writes.
#[test]
fn seed_list_reports_and_fix_match_the_fixtures() {
    let input = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/seed-lit.txt"),
    )
    .unwrap();
    let options = CheckOptions::new();
    let report = check_list(&input, &options);
    let mut mismatches = Vec::new();
    let text = report.render_text(&input, "seed-lit.txt");
    compare(dir().join("seed-lit.expected.txt"), &text, false, &mut mismatches);
    compare(
        dir().join("seed-lit.expected.json"),
        &(report.to_json() + "\n"),
        true,
        &mut mismatches,
    );
    let fixed = report.fix_fully(&input, &options);
    compare_exact(dir().join("seed-lit.fixed.txt"), &fixed, &mut mismatches);
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    let codes: Vec<&str> =
        report.findings().map(|f| f.diagnostic.code.as_str()).collect();
    assert_eq!(codes, ["G035", "G012", "G030"]);
}

fn compare_exact(path: PathBuf, actual: &str, mismatches: &mut Vec<String>) {
    if std::env::var_os("GOSTBIB_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        mismatches.push(format!(
            "{}:\n--- expected\n{expected}\n--- actual\n{actual}",
            path.display()
        ));
    }
}
