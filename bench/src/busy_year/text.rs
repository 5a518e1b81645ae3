//! What people type: names, titles and notes of a small service business,
//! drawn from short word lists so that the documents carry text of a
//! realistic length and variety.

use rand::seq::IndexedRandom;
use rand::Rng;

const FIRST_NAMES: &[&str] = &[
    "Anna", "Bram", "Carmen", "Daan", "Elin", "Farah", "Gijs", "Hanna", "Ivo", "Julia", "Karim",
    "Lotte", "Mateo", "Nora", "Oscar", "Priya", "Ruben", "Sofia", "Tariq", "Vera", "Wout", "Yara",
];
const LAST_NAMES: &[&str] = &[
    "de Vries",
    "Jansen",
    "Bakker",
    "García",
    "Lindqvist",
    "Visser",
    "Smit",
    "Meijer",
    "Andersson",
    "Mulder",
    "Bos",
    "Fernández",
    "Dekker",
    "Berg",
    "Peters",
    "Hendriks",
    "Kok",
    "Nilsson",
];
const COMPANY_WORDS: &[&str] = &[
    "Northwind",
    "Harbour",
    "Lindenhof",
    "Bluebell",
    "Copperleaf",
    "Greenfield",
    "Meridian",
    "Oakridge",
    "Riverside",
    "Sunpeak",
    "Tidewater",
    "Westbrook",
    "Amber",
    "Falcon",
    "Juniper",
    "Kestrel",
    "Maple",
    "Nimbus",
    "Orchid",
    "Summit",
];
const COMPANY_KINDS: &[&str] = &[
    "Dental",
    "Logistics",
    "Architects",
    "Bakery",
    "Consulting",
    "Fitness",
    "Legal",
    "Media",
    "Property",
    "Travel",
    "Clinic",
    "Studio",
    "Foods",
    "Engineering",
    "Accountants",
];
const CONTACT_ROLES: &[&str] = &[
    "Owner",
    "Office manager",
    "Finance",
    "Operations lead",
    "Director",
    "Assistant",
];
const TOPICS: &[&str] = &[
    "the monthly report",
    "the invoice for March",
    "the onboarding plan",
    "the new contract",
    "the office move",
    "the quarterly review",
    "the shared calendar",
    "access to the portal",
    "the renewal",
    "the training session",
    "the budget for next quarter",
    "the support hours",
    "the project timeline",
    "the data export",
    "the holiday schedule",
    "the price change",
];
const VERBS: &[&str] = &[
    "Prepare",
    "Review",
    "Send",
    "Update",
    "Check",
    "Plan",
    "Follow up on",
    "Confirm",
    "Draft",
    "Book",
    "Collect feedback on",
    "Close out",
];
const OUTCOMES: &[&str] = &[
    "Agreed to meet again next week.",
    "They are happy with the progress so far.",
    "Sent a summary by e-mail afterwards.",
    "Needs a decision from their director first.",
    "Asked for a revised proposal.",
    "No action needed for now.",
    "Will call back on Friday.",
];
const DETAILS: &[&str] = &[
    "Keep it short and include the figures from last month.",
    "Check with finance before sending anything.",
    "The client asked for this twice already, so please prioritise.",
    "Use the template in the shared folder.",
    "Coordinate with the team lead on timing.",
    "Add the notes from the last meeting.",
    "They prefer a call over e-mail.",
    "Make sure the numbers match the invoice.",
];
const PLACES: &[&str] = &[
    "Meeting room 1",
    "Meeting room 2",
    "The CEO's office",
    "Video call (https://meet.example/handover)",
    "At the client's office",
    "Phone call",
];
const INCIDENTS: &[&str] = &[
    "Payment provider outage",
    "Data export failed for several clients",
    "Office flooded",
    "Key supplier stopped deliveries",
    "Phishing e-mail reached clients",
    "Server room overheating",
    "Lost laptop with client files",
    "Public complaint on social media",
];
const CRISIS_LINES: &[&str] = &[
    "Called the provider; they are investigating.",
    "Informed the affected clients by phone.",
    "Team briefed at the stand-up.",
    "Decided to pause all outgoing invoices until this is fixed.",
    "Sent a holding statement to the press contact.",
    "Backup restored on the spare machine.",
    "Insurance informed, claim number requested.",
    "Status update posted for the team.",
];

fn pick<'a>(rng: &mut impl Rng, words: &[&'a str]) -> &'a str {
    words.choose(rng).expect("word lists are not empty")
}

/// A person's full name.
pub fn person(rng: &mut impl Rng) -> String {
    format!("{} {}", pick(rng, FIRST_NAMES), pick(rng, LAST_NAMES))
}

/// A client's name and its company's registered name.
pub fn client(rng: &mut impl Rng) -> (String, String) {
    let name = format!("{} {}", pick(rng, COMPANY_WORDS), pick(rng, COMPANY_KINDS));
    let company = format!("{name} B.V.");
    (name, company)
}

/// A contact at a client: name, role, e-mail and phone.
pub fn contact(rng: &mut impl Rng, client: &str) -> [String; 4] {
    let first = pick(rng, FIRST_NAMES);
    let last = pick(rng, LAST_NAMES);
    let domain: String = client
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase();
    [
        format!("{first} {last}"),
        pick(rng, CONTACT_ROLES).to_string(),
        format!("{}@{domain}.example", first.to_lowercase()),
        format!(
            "+31 6 {:04} {:04}",
            rng.random_range(0..10_000),
            rng.random_range(0..10_000)
        ),
    ]
}

/// What an interaction was about and how it ended.
pub fn interaction(rng: &mut impl Rng) -> (String, String) {
    (
        format!("About {}.", pick(rng, TOPICS)),
        pick(rng, OUTCOMES).to_string(),
    )
}

/// A task's title and description.
pub fn task(rng: &mut impl Rng, client: Option<&str>) -> (String, String) {
    let title = match client {
        Some(client) => format!("{} {} for {client}", pick(rng, VERBS), pick(rng, TOPICS)),
        None => format!("{} {}", pick(rng, VERBS), pick(rng, TOPICS)),
    };
    let description = if rng.random_bool(0.6) {
        pick(rng, DETAILS).to_string()
    } else {
        String::new()
    };
    (title, description)
}

/// A meeting's title, place and agenda (one item per line).
pub fn meeting(rng: &mut impl Rng, client: Option<&str>) -> (String, String, String) {
    let topic = pick(rng, TOPICS);
    let title = match client {
        Some(client) => format!("{client}: {topic}"),
        None => format!("Meeting about {topic}"),
    };
    let place = pick(rng, PLACES).to_string();
    let items = rng.random_range(2..=5);
    let agenda = (0..items)
        .map(|_| format!("{} {}", pick(rng, VERBS), pick(rng, TOPICS)))
        .collect::<Vec<_>>()
        .join("\n");
    (title, place, agenda)
}

/// What a meeting discussed and decided.
pub fn minutes(rng: &mut impl Rng) -> String {
    format!(
        "Discussed {}. {} {}",
        pick(rng, TOPICS),
        pick(rng, OUTCOMES),
        pick(rng, DETAILS)
    )
}

/// A short note: a comment, an answer, a reason.
pub fn note(rng: &mut impl Rng) -> String {
    pick(rng, DETAILS).to_string()
}

/// An outcome-like sentence: an answer to a question, a score comment.
pub fn reply(rng: &mut impl Rng) -> String {
    pick(rng, OUTCOMES).to_string()
}

/// An announcement's title and body.
pub fn announcement(rng: &mut impl Rng) -> (String, String) {
    let topic = pick(rng, TOPICS);
    (
        format!("News about {topic}"),
        format!("{} {}", pick(rng, DETAILS), pick(rng, OUTCOMES)),
    )
}

/// A crisis's title and summary.
pub fn crisis(rng: &mut impl Rng) -> (String, String) {
    let title = pick(rng, INCIDENTS).to_string();
    let summary = format!("{title}. {}", pick(rng, CRISIS_LINES));
    (title, summary)
}

/// One line of a crisis timeline.
pub fn crisis_line(rng: &mut impl Rng) -> String {
    pick(rng, CRISIS_LINES).to_string()
}
