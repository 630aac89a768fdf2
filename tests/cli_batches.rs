//! The CLI converts GOST input batch by batch (`--batch N`) to the same bytes,
//! standard error included, as the whole file at once (`--batch 0`).
#![cfg(feature = "cli")]

mod cli_support;
use cli_support::gostbib;

/// Nine references, one of them with a diagnostic, one empty line; two pairs share an
/// author and a year (citation keys `…a`, `…b` across batches).
const LINES: &str = "Троцкий Л. Д. Уроки Октября. М., 1924.
Палеолог М. Царская Россия накануне революции. М.: Политиздат, 1991. 496 с.

Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. М.; Л., 1945. Гл. 11.
Линда В. Н. Воспоминания. С. 117. 448 скнига
Smith J. A history of Russia. London: Routledge, 1990. 320 p.
Вестник МГУ. 2010. № 2. С. 133-135. URL: http://vital.lib.tsu.ru/x (дата обращения: 15.10.2008).
Никитенко А. В. Дневник : в 3 т. Т. 1. М.: Гослитиздат, 1955. 543 с.
Троцкий Л. Д. Новый курс. М., 1924.
Никитенко А. В. Дневник : в 3 т. Т. 2. М.: Гослитиздат, 1955. 655 с.
";

#[test]
fn batches_write_the_bytes_of_the_whole_file() {
    let paragraph = format!(
        "Лит.: {}",
        LINES.lines().filter(|l| !l.is_empty()).collect::<Vec<_>>().join("; ")
    );
    let outputs: [&[&str]; 8] = [
        &["--to", "biblatex"],
        &["--to", "bibtex"],
        &["--to", "csl-json"],
        &["--to", "mods"],
        &["--to", "gost"],
        &["--to", "gost", "--style", "gost-2018"],
        &["--to", "gost", "--style", "translit"],
        &["--to", "csl-json", "--one-per-line"],
    ];
    for (input, label) in [(LINES, "lines"), (paragraph.as_str(), "paragraph")] {
        for args in outputs {
            let convert = |batch: &str| {
                let mut all = vec!["convert", "--batch", batch];
                all.extend_from_slice(args);
                gostbib(&all, input)
            };
            let whole = convert("0");
            assert!(whole.status.success(), "{label} {args:?}");
            assert!(!whole.stdout.is_empty());
            for batch in ["1", "2", "5", "1000"] {
                let batched = convert(batch);
                assert_eq!(
                    batched.status.code(),
                    whole.status.code(),
                    "{label} {args:?} {batch}"
                );
                assert!(
                    batched.stdout == whole.stdout,
                    "stdout differs: {label} {args:?} --batch {batch}"
                );
                assert!(
                    batched.stderr == whole.stderr,
                    "stderr differs: {label} {args:?} --batch {batch}"
                );
            }
        }
    }
}

#[test]
fn nothing_to_convert_ends_the_same_way() {
    for to in ["csl-json", "mods", "gost", "biblatex", "bibtex"] {
        let whole = gostbib(&["convert", "--batch", "0", "--to", to], "\n\n");
        let batched = gostbib(&["convert", "--batch", "2", "--to", to], "\n\n");
        assert_eq!(whole.status.code(), batched.status.code(), "{to}");
        assert_eq!(whole.stdout, batched.stdout, "{to}");
        assert_eq!(whole.stderr, batched.stderr, "{to}");
    }
    // MODS needs a record: an error, and nothing on standard output.
    let mods = gostbib(&["convert", "--to", "mods"], "");
    assert!(!mods.status.success());
    assert!(mods.stdout.is_empty());
}
