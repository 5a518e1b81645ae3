use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;

use super::*;
use crate::domain::clients::{Client, ClientStatus, Contact};

fn item(kind: Kind, title: &str, text: &str, recency: Millis) -> Searchable {
    Searchable {
        kind,
        title: title.to_string(),
        detail: String::new(),
        href: format!("/{}", title.replace(' ', "-")),
        recency,
        text: text.to_string(),
    }
}

fn titles(hits: &[Hit<'_>]) -> Vec<String> {
    hits.iter().map(|hit| hit.item.title.clone()).collect()
}

fn index_of(items: &[(&str, Searchable)]) -> SearchIndex<String> {
    let mut index = SearchIndex::default();
    for (source, item) in items {
        index.put(&source.to_string(), vec![item.clone()]);
    }
    index
}

#[test]
fn folding_ignores_case_and_accents() {
    assert_eq!(fold("José Ñúñez"), "jose nunez");
    assert_eq!(fold("Åsa Öberg-Lindström"), "asa oberg-lindstrom");
    assert_eq!(
        words("Call back: 06-1234, re. \"Q3\"!").collect::<Vec<_>>(),
        ["call", "back", "06", "1234", "re", "q3"]
    );
}

#[test]
fn every_query_word_must_begin_a_word_of_the_entry() {
    let index = index_of(&[
        ("a", item(Kind::Task, "Send the March invoices", "", 1)),
        ("b", item(Kind::Task, "March planning", "", 2)),
        ("c", item(Kind::Client, "Hotel Marítimo", "", 3)),
    ]);
    assert_eq!(
        titles(&index.find("inv mar", 10)),
        ["Send the March invoices"]
    );
    assert_eq!(
        titles(&index.find("MAR INV", 10)),
        ["Send the March invoices"]
    );
    assert_eq!(index.find("mar", 10).len(), 3);
    assert_eq!(titles(&index.find("maritimo", 10)), ["Hotel Marítimo"]);
    // Inside a word is not the beginning of one.
    assert!(index.find("voices", 10).is_empty());
    assert!(index.find("march xyz", 10).is_empty());
    assert!(index.find("  ·  ", 10).is_empty());
}

#[test]
fn title_matches_rank_above_text_and_whole_words_above_beginnings() {
    let index = index_of(&[
        (
            "text",
            item(Kind::Task, "Quarterly review", "prepare the invoice run", 9),
        ),
        ("begin", item(Kind::Task, "Invoices for April", "", 1)),
        ("whole", item(Kind::Task, "Check invoice totals", "", 2)),
        ("start", item(Kind::Task, "Invoice Hotel Sol", "", 3)),
    ]);
    assert_eq!(
        titles(&index.find("invoice", 10)),
        [
            "Invoice Hotel Sol",
            "Invoices for April",
            "Check invoice totals",
            "Quarterly review"
        ]
    );
}

#[test]
fn equal_matches_list_the_newest_first() {
    let index = index_of(&[
        ("old", item(Kind::Task, "Order coffee", "", 1)),
        ("new", item(Kind::Task, "Order paper", "", 5)),
        ("mid", item(Kind::Task, "Order toner", "", 3)),
    ]);
    assert_eq!(
        titles(&index.find("order", 10)),
        ["Order paper", "Order toner", "Order coffee"]
    );
    assert_eq!(
        titles(&index.find("order", 2)),
        ["Order paper", "Order toner"]
    );
}

#[test]
fn putting_a_record_again_replaces_its_words_and_removing_it_forgets_it() {
    let mut index = index_of(&[("t1", item(Kind::Task, "Call the printer", "", 1))]);
    index.put(
        &"t1".to_string(),
        vec![item(Kind::Task, "Email the printer", "", 1)],
    );
    assert!(index.find("call", 10).is_empty());
    assert_eq!(titles(&index.find("email", 10)), ["Email the printer"]);
    assert_eq!(index.len(), 1);
    index.remove(&"t1".to_string());
    assert!(index.find("printer", 10).is_empty());
    assert!(index.is_empty());
    assert!(
        index.postings.is_empty(),
        "no word is left pointing nowhere"
    );
}

fn client_with(contacts: &[&str]) -> Client {
    Client {
        id: "c1".to_string(),
        name: "Hotel Sol".to_string(),
        company: "Sol Group".to_string(),
        status: ClientStatus::Active,
        owner: None,
        notes: "Prefers mornings".to_string(),
        created_at: 10,
        created_by: "m1".to_string(),
        contacts: contacts
            .iter()
            .enumerate()
            .map(|(n, name)| {
                let id = format!("k{n}");
                let contact = Contact {
                    id: id.clone(),
                    name: name.to_string(),
                    role: "Front desk".to_string(),
                    email: format!("{}@sol.example", name.to_lowercase().replace(' ', ".")),
                    phone: String::new(),
                };
                (id, contact)
            })
            .collect::<BTreeMap<_, _>>(),
    }
}

#[test]
fn a_client_is_found_with_its_contacts_and_a_removed_contact_is_not() {
    let mut index = SearchIndex::default();
    let source = "client:c1".to_string();
    index.put(
        &source,
        of_client(&client_with(&["María López", "Tom Berg"])),
    );
    let hits = index.find("maria", 10);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].item.kind, Kind::Contact);
    assert_eq!(hits[0].item.href, "/clients/c1");
    assert_eq!(hits[0].item.detail, "Front desk · Hotel Sol");
    assert_eq!(index.find("mornings", 10)[0].item.kind, Kind::Client);
    assert_eq!(index.find("tom.berg", 10).len(), 1, "found by email");

    index.put(&source, of_client(&client_with(&["Tom Berg"])));
    assert!(index.find("maria", 10).is_empty());
    assert_eq!(index.len(), 2);
}

#[test]
fn commands_match_the_same_way_as_records() {
    assert!(matches("new cli", "New client"));
    assert!(matches("CLIENT", "New client"));
    assert!(!matches("lient", "New client"));
    assert!(matches("", "New client"));
}

/// What a query should find, worked out the slow way: every entry whose
/// words some query word begins, each query word.
fn brute_force(entries: &BTreeMap<u8, String>, query: &str) -> BTreeSet<String> {
    if words(query).next().is_none() {
        return BTreeSet::new();
    }
    entries
        .values()
        .filter(|title| matches(query, title))
        .cloned()
        .collect()
}

proptest! {
    /// After any sequence of puts and removes the index finds exactly what
    /// a scan of the records that remain would.
    #[test]
    fn the_index_finds_what_a_scan_finds(
        changes in prop::collection::vec(
            (0u8..12, prop::option::of(prop::collection::vec("(ab|ba|abc|cab|b|ca)", 1..4))),
            1..40,
        ),
        query in prop::collection::vec("(a|b|c|ab|ca|abc)", 1..3),
    ) {
        let mut index = SearchIndex::default();
        let mut expected = BTreeMap::new();
        for (source, title) in changes {
            match title {
                Some(title_words) => {
                    let title = format!("{source} {}", title_words.join(" "));
                    index.put(&source, vec![item(Kind::Task, &title, "", 0)]);
                    expected.insert(source, title);
                }
                None => {
                    index.remove(&source);
                    expected.remove(&source);
                }
            }
        }
        let query = query.join(" ");
        let found: BTreeSet<String> = titles(&index.find(&query, usize::MAX)).into_iter().collect();
        prop_assert_eq!(found, brute_force(&expected, &query));
        prop_assert_eq!(index.len(), expected.len());
    }
}
