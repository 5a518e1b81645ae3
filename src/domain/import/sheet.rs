//! Reading a CSV file as other tools write it: UTF-8 with or without a byte
//! order mark, UTF-16 from Excel's "Unicode text", Windows-1252 from an
//! older Excel; separated by commas, or by semicolons where the decimal
//! separator is a comma (Dutch and Spanish Excel), or by tabs; quoted fields
//! that hold separators and line breaks.

/// The most rows one import takes: one change writes them all, and a file
/// beyond this is better split (ClickUp's own importer stops here too).
pub const MAX_ROWS: usize = 10_000;

/// A CSV file read into cells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sheet {
    /// The first row's cells, trimmed.
    pub headers: Vec<String>,
    /// The rows after the header, without rows whose cells are all blank.
    pub rows: Vec<SheetRow>,
}

/// One row of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    /// Its number as a spreadsheet shows it: the header is row 1.
    pub number: usize,
    pub cells: Vec<String>,
}

impl SheetRow {
    /// The cell in `column`; "" past the end of a short row.
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", String::as_str)
    }
}

/// Why a file could not be read as a sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetError {
    /// No header row, or no row after it.
    Empty,
    /// More than [`MAX_ROWS`] rows.
    TooManyRows { max: usize },
    /// The CSV is broken at `row`.
    Unreadable { row: usize },
}

impl SheetError {
    /// The i18n message id describing the error.
    pub fn message_id(&self) -> &'static str {
        match self {
            SheetError::Empty => "import-error-empty",
            SheetError::TooManyRows { .. } => "import-error-too-many-rows",
            SheetError::Unreadable { .. } => "import-error-unreadable",
        }
    }
}

/// The text of a file's `bytes`, whichever encoding a spreadsheet tool
/// saved it in: a byte order mark names UTF-8 or UTF-16; without one,
/// bytes that are not UTF-8 are read as Windows-1252, what Excel writes on
/// Windows in Western European languages.
pub fn decode(bytes: &[u8]) -> String {
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => text.to_string(),
            Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
        },
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Windows-1252: Latin-1, except for the printable characters it puts in
/// 0x80–0x9F (the euro sign, curly quotes, dashes).
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// Reads `text` (see [`decode`]) as a sheet: the separator is the one the
/// header row uses most, or the one an Excel `sep=` line names.
pub fn read_sheet(text: &str) -> Result<Sheet, SheetError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (delimiter, text) = match named_separator(text) {
        Some((delimiter, rest)) => (delimiter, rest),
        None => (sniff_separator(text), text),
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut headers = None;
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let number = index + 1;
        let record = record.map_err(|_| SheetError::Unreadable { row: number })?;
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        if headers.is_none() {
            headers = Some(cells.iter().map(|c| c.trim().to_string()).collect());
        } else if cells.iter().any(|c| !c.trim().is_empty()) {
            if rows.len() == MAX_ROWS {
                return Err(SheetError::TooManyRows { max: MAX_ROWS });
            }
            rows.push(SheetRow { number, cells });
        }
    }
    match headers {
        Some(headers) if !rows.is_empty() => Ok(Sheet { headers, rows }),
        _ => Err(SheetError::Empty),
    }
}

/// The separator an Excel `sep=;` first line names, and the text after it.
fn named_separator(text: &str) -> Option<(u8, &str)> {
    let (line, rest) = text.split_once('\n')?;
    let separator = line.trim_end_matches('\r').strip_prefix("sep=")?;
    match separator.as_bytes() {
        [byte] => Some((*byte, rest)),
        _ => None,
    }
}

/// The separator the first row uses most (outside quotes); a comma when
/// none appears or on a tie.
fn sniff_separator(text: &str) -> u8 {
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for byte in text.bytes() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                if let Some(entry) = counts.iter_mut().find(|(b, _)| *b == byte) {
                    entry.1 += 1;
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .fold(
            (b',', 0),
            |best, &(b, n)| if n > best.1 { (b, n) } else { best },
        )
        .0
}
