//! Collation properties.

use gostbib::lang::sort_key;
use proptest::prelude::*;

proptest! {
    #[test]
    fn case_and_punctuation_do_not_count(s in "[А-Яа-яЁёA-Za-z0-9 ]{0,30}") {
        prop_assert_eq!(sort_key(&s.to_uppercase()), sort_key(&s.to_lowercase()));
        let punctuated: String = s.chars().flat_map(|c| if c == ' ' { vec![',', ' ', '«'] } else { vec![c] }).collect();
        prop_assert_eq!(sort_key(&punctuated), sort_key(&s));
        prop_assert_eq!(sort_key(&s.replace('ё', "е").replace('Ё', "Е")), sort_key(&s));
    }

    #[test]
    fn cyrillic_words_come_before_latin_ones(c in "[А-Яа-яЁё]{1,12}", l in "[A-Za-z]{1,12}") {
        prop_assert!(sort_key(&c) < sort_key(&l));
    }

    #[test]
    fn numbers_compare_as_numbers(a in 0u64..1_000_000, b in 0u64..1_000_000) {
        let ka = sort_key(&format!("Т. {a}"));
        let kb = sort_key(&format!("Т. {b}"));
        prop_assert_eq!(ka.cmp(&kb), a.cmp(&b));
    }

    #[test]
    fn russian_words_sort_alphabetically(a in "[а-я]{1,10}", b in "[а-я]{1,10}") {
        // Within the Russian alphabet (without ё) the key order is code point order.
        prop_assert_eq!(sort_key(&a).cmp(&sort_key(&b)), a.cmp(&b));
    }
}
