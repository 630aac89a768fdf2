//! The model survives its own serde (JSON) round trip.
mod common;

use proptest::prelude::*;

proptest! {
    #[test]
    fn source_json_round_trip(s in common::source()) {
        let json = serde_json::to_string(&s).unwrap();
        let back: gostbib::Source = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, s);
    }
}
