//! Hostile files: a valid plan mutated in every way a damaged disk, a bad merge or a malicious
//! sender might (byte flips, truncations, splices, deep nesting, huge numbers, long strings).
//! Whatever the bytes, loading returns a plan or an error that names a place; it never panics.

use attache::file::{LoadError, from_text};
use proptest::prelude::*;

const SAMPLE: &str = attache::app::SAMPLE_PLAN;

#[derive(Clone, Debug)]
enum Mutation {
    FlipByte {
        at: usize,
        byte: u8,
    },
    Truncate {
        at: usize,
    },
    /// Copies a stretch of the file to another place (as a bad merge does).
    Splice {
        from: usize,
        length: usize,
        to: usize,
    },
    Nest {
        at: usize,
        depth: usize,
        bracket: u8,
    },
    HugeNumber {
        at: usize,
        digits: usize,
    },
    LongString {
        at: usize,
        length: usize,
    },
    DeleteRange {
        from: usize,
        length: usize,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = 0..SAMPLE.len();
    prop_oneof![
        3 => (at.clone(), any::<u8>()).prop_map(|(at, byte)| Mutation::FlipByte { at, byte }),
        2 => at.clone().prop_map(|at| Mutation::Truncate { at }),
        2 => (at.clone(), 1..400usize, at.clone())
            .prop_map(|(from, length, to)| Mutation::Splice { from, length, to }),
        1 => (at.clone(), 1..5_000usize, prop::sample::select(vec![b'(', b'[', b'{']))
            .prop_map(|(at, depth, bracket)| Mutation::Nest { at, depth, bracket }),
        1 => (at.clone(), 20..400usize).prop_map(|(at, digits)| Mutation::HugeNumber { at, digits }),
        1 => (at.clone(), 1_000..200_000usize).prop_map(|(at, length)| Mutation::LongString { at, length }),
        2 => (at, 1..200usize).prop_map(|(from, length)| Mutation::DeleteRange { from, length }),
    ]
}

fn apply(mutation: &Mutation, mut bytes: Vec<u8>) -> Vec<u8> {
    let clamp = |i: usize, bytes: &Vec<u8>| i.min(bytes.len());
    match *mutation {
        Mutation::FlipByte { at, byte } => {
            let at = clamp(at, &bytes).min(bytes.len() - 1);
            bytes[at] = byte;
        }
        Mutation::Truncate { at } => bytes.truncate(at),
        Mutation::Splice { from, length, to } => {
            let from = clamp(from, &bytes);
            let end = clamp(from + length, &bytes);
            let piece = bytes[from..end].to_vec();
            let to = clamp(to, &bytes);
            bytes.splice(to..to, piece);
        }
        Mutation::Nest { at, depth, bracket } => {
            let at = clamp(at, &bytes);
            bytes.splice(at..at, std::iter::repeat_n(bracket, depth));
        }
        Mutation::HugeNumber { at, digits } => {
            let at = clamp(at, &bytes);
            bytes.splice(at..at, std::iter::repeat_n(b'9', digits));
        }
        Mutation::LongString { at, length } => {
            let at = clamp(at, &bytes);
            let mut string = vec![b'"'];
            string.extend(std::iter::repeat_n(b'x', length));
            string.push(b'"');
            bytes.splice(at..at, string);
        }
        Mutation::DeleteRange { from, length } => {
            let from = clamp(from, &bytes);
            let end = clamp(from + length, &bytes);
            bytes.drain(from..end);
        }
    }
    bytes
}

fn assert_loads_or_explains(bytes: &[u8]) {
    // Bytes that are not UTF-8 are refused before parsing, with their place (tests/file_bad_input.rs).
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    match from_text(text) {
        Ok(plan) => {
            // Whatever loaded can be saved and loaded again as the same plan.
            let saved = attache::file::to_text(&plan);
            assert_eq!(from_text(&saved).expect("a saved plan loads"), plan);
        }
        Err(
            error @ (LoadError::Syntax { .. }
            | LoadError::UnknownVersion { .. }
            | LoadError::UnreadableVersion { .. }),
        ) => {
            let (line, column) = error.position().expect("a syntax error has a place");
            assert!(line >= 1 && column >= 1);
            assert!(line <= text.lines().count() + 1, "{error}");
            assert!(!error.to_string().is_empty());
        }
        Err(LoadError::NewerVersion { found, .. }) => assert!(found > 1),
        Err(other) => panic!("text can only fail to parse, not {other:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 10_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_mutated_plan_loads_or_is_refused_with_a_place(mutations in prop::collection::vec(mutation(), 1..4)) {
        let mut bytes = SAMPLE.as_bytes().to_vec();
        for mutation in &mutations {
            if bytes.is_empty() {
                break;
            }
            bytes = apply(mutation, bytes);
        }
        assert_loads_or_explains(&bytes);
    }
}
