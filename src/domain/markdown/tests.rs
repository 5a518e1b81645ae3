use super::*;

#[test]
fn escaping_keeps_plain_text_readable() {
    assert_eq!(
        escape("Back up at 11.00, all fine."),
        "Back up at 11.00, all fine."
    );
    assert_eq!(escape("Q&A &amp; more"), "Q&A \\&amp; more");
    assert_eq!(
        escape("+ plus\n= equals\n2) two"),
        "\\+ plus\\\n\\= equals\\\n2\\) two"
    );
    assert_eq!(escape("a\\b `code` | ~x~"), "a\\\\b \\`code\\` \\| \\~x\\~");
}

#[test]
fn blank_lines_in_typed_text_stay_paragraph_breaks() {
    assert_eq!(escape("  first\n\n  second  "), "first\n\nsecond");
}

#[test]
fn blocks_are_separated_by_a_blank_line_and_end_with_a_newline() {
    let mut doc = Markdown::new();
    doc.heading(1, "Title");
    doc.block("Text");
    doc.bullets(["a".to_string(), "b".to_string()]);
    doc.strong("Note");
    doc.remark("aside");
    assert_eq!(
        doc.finish(),
        "# Title\n\nText\n\n- a\n- b\n\n**Note**\n\n*aside*\n"
    );
}

#[test]
fn file_names_drop_what_file_systems_refuse() {
    assert_eq!(file_name("Server outage", "crisis"), "Server outage.md");
    assert_eq!(file_name("a/b: c?", "crisis"), "a-b- c-.md");
    assert_eq!(file_name(" .. ", "crisis"), "crisis.md");
    assert_eq!(file_name("two\n  lines", "x"), "two lines.md");
}
