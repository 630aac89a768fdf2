//! Names: properties of initials and of the nominative.

use gostbib::lang::names::{initials, nominative, normalize_initials, split_particle};
use proptest::prelude::*;

proptest! {
    #[test]
    fn initials_are_capital_letters_with_periods(given in "([А-Я][а-я]{1,8}(-[А-Я][а-я]{1,8})?)( [А-Я][а-я]{1,8}){0,2}") {
        let init = initials(&given);
        prop_assert_eq!(init.split(' ').count(), given.split(' ').count());
        for i in init.split(' ') {
            prop_assert!(i.ends_with('.'));
            prop_assert!(i.chars().next().is_some_and(char::is_uppercase));
        }
        // Written initials normalize to themselves.
        prop_assert_eq!(normalize_initials(&init), init.clone());
        prop_assert_eq!(normalize_initials(&init.replace(". ", ".")), init);
    }

    #[test]
    fn nominative_never_panics_and_keeps_hyphens(s in "\\PC{0,20}", hint in proptest::option::of("\\PC{0,12}")) {
        let cyrillic = s.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c));
        if let Some(n) = nominative(&s, hint.as_deref()).filter(|_| cyrillic) {
            prop_assert_eq!(n.matches('-').count(), s.trim().split('-').filter(|p| !p.is_empty()).count().saturating_sub(1));
        }
        let _ = split_particle(&s);
    }

    #[test]
    fn masculine_ov_names_come_back(stem in "[А-Я][а-я]{2,8}", suffix in "(ов|ев|ин)") {
        let nom = format!("{stem}{suffix}");
        prop_assert_eq!(nominative(&format!("{nom}а"), None), Some(nom.clone()));
        let fem = format!("{nom}а");
        prop_assert_eq!(nominative(&format!("{nom}ой"), None), Some(fem));
    }
}
