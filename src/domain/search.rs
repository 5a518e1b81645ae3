//! Finding any record by its words (the Ctrl+K palette): an inverted index
//! from each word to the entries that hold it, kept up to date one record at
//! a time, so a keystroke reads the index instead of scanning the year.
//!
//! A query matches an entry when every one of its words begins a word of the
//! entry ("inv mar" finds "Send the March invoices"), ignoring case and
//! accents ("jose" finds "José"). Matches in the title rank above matches in
//! the text, then the newest record comes first.
//!
//! Written by hand rather than with a search engine crate: the crates made
//! for the job (tantivy and its kin) index files on disk and do not build for
//! the browser, while this needs a few hundred lines over `BTreeMap`.

mod entries;

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::Millis;

pub use entries::{of_client, of_crisis, of_document, of_event, of_meeting, of_message, of_task};

super::coded::coded_enum! {
    /// What an entry of the index is, for its label and its order among
    /// equally good matches.
    pub enum Kind ("search-kind") {
        #[default]
        Client = "client",
        Contact = "contact",
        Task = "task",
        Message = "message",
        Meeting = "meeting",
        Document = "document",
        Event = "event",
        Crisis = "crisis",
    }
}

/// What one record offers to the search: what a result shows and where it
/// leads, and the words it is found by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Searchable {
    pub kind: Kind,
    pub title: String,
    /// A line under the title, as written in the record.
    pub detail: String,
    /// Where the record is handled.
    pub href: String,
    /// Newer first among equal matches.
    pub recency: Millis,
    /// More words it is found by, not shown.
    pub text: String,
}

/// The most distinct words kept of one entry: a meeting's minutes can run to
/// twenty thousand characters, and the words that find it are the early ones.
const WORDS_PER_ENTRY: usize = 400;
/// Longer "words" (a pasted link, a code) are cut to this many characters;
/// a query word that long is cut the same way, so it still matches.
const WORD_MAX: usize = 40;

/// Text as the index compares it: lower case, accents removed.
pub fn fold(text: &str) -> String {
    // Most words are plain ASCII: no accents to take off.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The folded words of `text`, each cut to `WORD_MAX` characters.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| fold(word).chars().take(WORD_MAX).collect())
}

/// Whether every word of `query` begins a word of `text`: how a command's
/// name is matched, the same way records are.
pub fn matches(query: &str, text: &str) -> bool {
    let haystack: Vec<String> = words(text).collect();
    words(query).all(|term| haystack.iter().any(|word| word.starts_with(&term)))
}

/// One entry in the index.
struct Slot {
    item: Searchable,
    /// The folded words of the title, for ranking.
    title_words: Vec<Box<str>>,
    /// Those words joined by spaces: whether the title starts with the
    /// query, without joining them again for every keystroke.
    title_line: String,
    /// Every distinct folded word, title and text: the postings it is in.
    words: Vec<Box<str>>,
}

/// A result: the entry and how well it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<'a> {
    pub item: &'a Searchable,
    pub score: u32,
}

/// The index. `S` names the record an entry comes from (a client gives an
/// entry for itself and one per contact); putting a record again replaces
/// all of its entries.
pub struct SearchIndex<S> {
    slots: Vec<Option<Slot>>,
    free: Vec<u32>,
    by_source: HashMap<S, Vec<u32>>,
    /// Each word, and the slots holding it in ascending order.
    postings: BTreeMap<Box<str>, Vec<u32>>,
}

impl<S> Default for SearchIndex<S> {
    fn default() -> Self {
        SearchIndex {
            slots: Vec::new(),
            free: Vec::new(),
            by_source: HashMap::new(),
            postings: BTreeMap::new(),
        }
    }
}

impl<S: Clone + Eq + Hash> SearchIndex<S> {
    /// How many entries the index holds.
    pub fn len(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Replaces the entries of record `source` with `items` (none removes
    /// it).
    pub fn put(&mut self, source: &S, items: Vec<Searchable>) {
        self.remove(source);
        if items.is_empty() {
            return;
        }
        let slots = items.into_iter().map(|item| self.insert(item)).collect();
        self.by_source.insert(source.clone(), slots);
    }

    /// Removes every entry of record `source`.
    pub fn remove(&mut self, source: &S) {
        let Some(slots) = self.by_source.remove(source) else {
            return;
        };
        for at in slots {
            let Some(slot) = self.slots[at as usize].take() else {
                continue;
            };
            for word in &slot.words {
                if let Some(list) = self.postings.get_mut(word) {
                    if let Ok(i) = list.binary_search(&at) {
                        list.remove(i);
                    }
                    if list.is_empty() {
                        self.postings.remove(word);
                    }
                }
            }
            self.free.push(at);
        }
    }

    fn insert(&mut self, item: Searchable) -> u32 {
        let title_words: Vec<Box<str>> = words(&item.title).map(String::into_boxed_str).collect();
        let mut all: Vec<Box<str>> = title_words
            .iter()
            .cloned()
            .chain(
                words(&item.detail)
                    .chain(words(&item.text))
                    .map(String::into_boxed_str),
            )
            .collect();
        all.sort_unstable();
        all.dedup();
        all.truncate(WORDS_PER_ENTRY);
        let at = match self.free.pop() {
            Some(at) => at,
            None => {
                self.slots.push(None);
                (self.slots.len() - 1) as u32
            }
        };
        for word in &all {
            let list = self.postings.entry(word.clone()).or_default();
            if let Err(i) = list.binary_search(&at) {
                list.insert(i, at);
            }
        }
        self.slots[at as usize] = Some(Slot {
            item,
            title_line: title_words.join(" "),
            title_words,
            words: all,
        });
        at
    }

    /// The best `limit` entries matching `query`, best first; none for a
    /// query without words. Costs the postings of the words the query's
    /// words begin, not the whole index.
    pub fn find(&self, query: &str, limit: usize) -> Vec<Hit<'_>> {
        self.find_where(query, limit, |_| true)
    }

    /// As [`SearchIndex::find`], among the entries `keep` keeps.
    pub fn find_where(
        &self,
        query: &str,
        limit: usize,
        keep: impl Fn(&Searchable) -> bool,
    ) -> Vec<Hit<'_>> {
        let terms: Vec<String> = words(query).collect();
        if terms.is_empty() || limit == 0 {
            return Vec::new();
        }
        let mut candidates: Option<Bits> = None;
        for term in &terms {
            let found = self.beginning_with(term);
            candidates = Some(match candidates {
                Some(mut so_far) => {
                    so_far.keep_only(&found);
                    so_far
                }
                None => found,
            });
        }
        let candidates = candidates.unwrap_or_default();
        let folded_query = terms.join(" ");
        let mut hits: Vec<(u32, &Slot)> = candidates
            .iter()
            .filter_map(|at| self.slots[at as usize].as_ref())
            .filter(|slot| keep(&slot.item))
            .map(|slot| (score(slot, &terms, &folded_query), slot))
            .collect();
        let better = |a: &(u32, &Slot), b: &(u32, &Slot)| {
            b.0.cmp(&a.0)
                .then_with(|| b.1.item.recency.cmp(&a.1.item.recency))
                .then_with(|| a.1.item.kind.cmp(&b.1.item.kind))
                .then_with(|| a.1.item.title.cmp(&b.1.item.title))
        };
        if hits.len() > limit {
            hits.select_nth_unstable_by(limit - 1, better);
            hits.truncate(limit);
        }
        hits.sort_unstable_by(better);
        hits.into_iter()
            .map(|(score, slot)| Hit {
                item: &slot.item,
                score,
            })
            .collect()
    }

    /// The slots holding a word that begins with `term`.
    fn beginning_with(&self, term: &str) -> Bits {
        let mut found = Bits::with_capacity(self.slots.len());
        let from: Box<str> = term.into();
        for (word, list) in self.postings.range(from..) {
            if !word.starts_with(term) {
                break;
            }
            for &at in list {
                found.set(at);
            }
        }
        found
    }
}

/// How well an entry matches, from what the query's words begin: a title
/// word counts more than a word of the text, a whole word more than its
/// beginning, and a title that starts with the query most.
fn score(slot: &Slot, terms: &[String], folded_query: &str) -> u32 {
    let mut score = 0;
    for term in terms {
        let in_title = slot
            .title_words
            .iter()
            .find(|w| w.starts_with(term.as_str()));
        score += match in_title {
            Some(word) if **word == **term => 4,
            Some(_) => 3,
            None if slot.words.iter().any(|w| **w == **term) => 2,
            None => 1,
        };
    }
    if slot.title_line.starts_with(folded_query) {
        score += 5;
    }
    score
}

/// A set of slots as bits: the candidates of one query word, intersected
/// with the next word's.
#[derive(Default)]
struct Bits(Vec<u64>);

impl Bits {
    fn with_capacity(slots: usize) -> Bits {
        Bits(vec![0; slots.div_ceil(64)])
    }

    fn set(&mut self, at: u32) {
        self.0[(at / 64) as usize] |= 1 << (at % 64);
    }

    fn keep_only(&mut self, other: &Bits) {
        for (mine, theirs) in self.0.iter_mut().zip(&other.0) {
            *mine &= theirs;
        }
    }

    fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().enumerate().flat_map(|(block, &bits)| {
            let mut rest = bits;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros();
                    rest &= rest - 1;
                    block as u32 * 64 + bit
                })
            })
        })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
