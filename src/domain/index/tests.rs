use proptest::prelude::*;

use super::*;

#[test]
fn a_record_moves_between_buckets_and_reports_both() {
    let mut buckets = Buckets::<u8, u32>::default();
    assert_eq!(buckets.place("a", Some((1, 5))), [1]);
    assert_eq!(buckets.place("b", Some((1, 3))), [1]);
    assert_eq!(buckets.first(&1, 10), ["b", "a"]);
    assert_eq!(buckets.place("a", Some((1, 5))), Vec::<u8>::new());
    assert_eq!(buckets.place("a", Some((2, 5))), [1, 2]);
    assert_eq!(buckets.place("b", Some((1, 9))), [1]);
    assert_eq!((buckets.len(&1), buckets.len(&2)), (1, 1));
    assert_eq!(buckets.place("a", None), [2]);
    assert_eq!(buckets.len(&2), 0);
    assert_eq!(buckets.first(&1, 0), Vec::<String>::new());
}

#[test]
fn a_window_reads_the_ids_sorted_from_one_key_up_to_another() {
    let mut buckets = Buckets::<(), u32>::default();
    for (id, at) in [("a", 10), ("b", 20), ("c", 20), ("d", 30)] {
        buckets.place(id, Some(((), at)));
    }
    assert_eq!(buckets.window(&(), &20, &30), ["b", "c"]);
    assert_eq!(buckets.window(&(), &0, &11), ["a"]);
    assert_eq!(buckets.window(&(), &11, &20), Vec::<String>::new());
    assert_eq!(buckets.window(&(), &30, &20), Vec::<String>::new());
    assert_eq!(buckets.window(&(), &0, &u32::MAX).len(), 4);
}

proptest! {
    /// After any sequence of placements, each bucket equals a full scan of
    /// where every record was last put, sorted.
    #[test]
    fn buckets_equal_a_full_scan(
        steps in prop::collection::vec((0u8..20, prop::option::of((0u8..4, 0u8..6))), 0..200)
    ) {
        let mut buckets = Buckets::<u8, u8>::default();
        let mut truth: HashMap<String, (u8, u8)> = HashMap::new();
        for (id, entry) in steps {
            let id = format!("r{id}");
            buckets.place(&id, entry);
            match entry {
                Some(entry) => truth.insert(id, entry),
                None => truth.remove(&id),
            };
        }
        for key in 0..4 {
            let mut expected: Vec<(u8, String)> = truth
                .iter()
                .filter(|(_, (k, _))| *k == key)
                .map(|(id, (_, sort))| (*sort, id.clone()))
                .collect();
            expected.sort();
            let expected: Vec<String> = expected.into_iter().map(|(_, id)| id).collect();
            prop_assert_eq!(buckets.first(&key, usize::MAX), expected.clone());
            prop_assert_eq!(buckets.len(&key), expected.len());
        }
    }
}
