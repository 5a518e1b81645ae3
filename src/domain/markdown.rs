//! Markdown for the exports (the crisis report, the return briefing): one
//! escaping rule, one way to lay out blocks, one safe file name. Exports are
//! read in other programs, so nothing a user typed may change their layout.

/// A document built block by block; blocks are separated by a blank line
/// and the text ends with a newline. Every method takes text that is
/// already escaped (see [`escape`]), so a caller decides once what is
/// literal.
#[derive(Debug, Default)]
pub struct Markdown {
    blocks: Vec<String>,
}

impl Markdown {
    pub fn new() -> Self {
        Self::default()
    }

    /// A heading of `level` (1 is the title).
    pub fn heading(&mut self, level: usize, text: &str) {
        self.blocks.push(format!("{} {text}", "#".repeat(level)));
    }

    /// A paragraph, or any block already laid out.
    pub fn block(&mut self, text: impl Into<String>) {
        self.blocks.push(text.into());
    }

    /// A paragraph in bold: a warning the reader must not miss.
    pub fn strong(&mut self, text: &str) {
        self.blocks.push(format!("**{text}**"));
    }

    /// A paragraph in italics: a remark on the block before it.
    pub fn remark(&mut self, text: &str) {
        self.blocks.push(format!("*{text}*"));
    }

    /// A bulleted list, one item per line.
    pub fn bullets(&mut self, items: impl IntoIterator<Item = String>) {
        let lines: Vec<String> = items.into_iter().map(|item| format!("- {item}")).collect();
        self.blocks.push(lines.join("\n"));
    }

    pub fn finish(self) -> String {
        let mut text = self.blocks.join("\n\n");
        text.push('\n');
        text
    }
}

/// `text` as literal Markdown: characters with a meaning are escaped,
/// leading spaces (which would start a code block) dropped, and the user's
/// line breaks kept as hard breaks.
pub fn escape(text: &str) -> String {
    let lines: Vec<String> = text.trim().lines().map(escape_line).collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        match lines.get(i + 1) {
            Some(next) if !line.is_empty() && !next.is_empty() => out.push_str("\\\n"),
            Some(_) => out.push('\n'),
            None => {}
        }
    }
    out
}

fn escape_line(line: &str) -> String {
    let line = line.trim();
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 8);
    // A list marker, heading underline or numbered item at the start.
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    let marker_at = match chars.first() {
        Some('-' | '+' | '=') => Some(0),
        Some(c) if c.is_ascii_digit() && matches!(chars.get(digits), Some('.' | ')')) => {
            Some(digits)
        }
        _ => None,
    };
    for (i, &c) in chars.iter().enumerate() {
        let entity = c == '&' && looks_like_entity(&chars[i + 1..]);
        if entity || Some(i) == marker_at || "\\`*_[]<>#|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether the text after an `&` would read as an HTML entity (`&amp;`,
/// `&#38;`), which Markdown turns into a character.
fn looks_like_entity(after: &[char]) -> bool {
    let name = after
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .count();
    name > 0 && after.get(name) == Some(&';')
}

/// Text on one line, its runs of white space made single spaces: headings
/// and list items must not break.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A Markdown file name from a title (see [`file_name_with`]).
pub fn file_name(title: &str, fallback: &str) -> String {
    file_name_with(title, fallback, "md")
}

/// A file name from a title with `extension`: the characters file systems
/// refuse become dashes; `fallback` names a file whose title leaves nothing.
pub fn file_name_with(title: &str, fallback: &str, extension: &str) -> String {
    let cleaned: String = one_line(title)
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '-'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim_matches(|c: char| c == '.' || c.is_whitespace());
    let stem = if cleaned.is_empty() {
        fallback
    } else {
        cleaned
    };
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests;
