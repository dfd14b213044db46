use std::collections::HashMap;

use super::lexer;

/// Line and column (both from 1, columns in characters) of a byte offset in `text`.
pub(crate) fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The lists of records in a plan file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordList {
    Organisations,
    People,
    Events,
    Topics,
    Actions,
}

impl RecordList {
    fn named(field: &str) -> Option<Self> {
        Some(match field {
            "organisations" => Self::Organisations,
            "people" => Self::People,
            "events" => Self::Events,
            "topics" => Self::Topics,
            "actions" => Self::Actions,
            _ => return None,
        })
    }
}

/// Where each record stands in a plan file (the line and column of its `id`), so that a problem
/// with a record can be reported at its place. Built by reading the file's structure, not by
/// searching its text, so ids in comments, in strings and in nested records (a topic's questions)
/// are not mistaken for records.
#[derive(Debug, Default)]
pub struct RecordPositions {
    records: HashMap<(RecordList, u64), Vec<(usize, usize)>>,
    visit: Option<(usize, usize)>,
}

impl RecordPositions {
    pub fn scan(text: &str) -> Self {
        let mut positions = Self::default();
        let mut scanner = Scanner::new(text);
        // The field being read at each depth: the top-level field names the record list.
        let mut list: Option<RecordList> = None;
        while let Some(token) = scanner.next_token() {
            match token {
                Token::Field {
                    name, line, column, ..
                } => {
                    let depth = scanner.depth();
                    if depth == 1 {
                        list = RecordList::named(name);
                        if name == "visit" {
                            positions.visit = Some((line, column));
                        }
                    } else if depth == 3
                        && name == "id"
                        && let Some(list) = list
                        && let Some(id) = scanner
                            .string_value()
                            .and_then(|hex| u64::from_str_radix(hex, 16).ok())
                    {
                        positions
                            .records
                            .entry((list, id))
                            .or_default()
                            .push((line, column));
                    }
                }
            }
        }
        positions
    }

    /// The line and column of the `occurrence`-th record (from 0) with this id in this list.
    pub fn of(&self, list: RecordList, id: u64, occurrence: usize) -> Option<(usize, usize)> {
        self.records.get(&(list, id))?.get(occurrence).copied()
    }

    /// The line and column of the `visit` field.
    pub fn visit(&self) -> Option<(usize, usize)> {
        self.visit
    }
}

enum Token<'a> {
    /// `name:` — a field of a struct.
    Field {
        name: &'a str,
        line: usize,
        column: usize,
        /// The byte offset of the name.
        at: usize,
    },
}

/// The offset where the value of the plan's own field `name` begins (a field of the outermost
/// struct, not of a record), found by following the file's structure as [`RecordPositions`] does.
pub(crate) fn top_level_value(text: &str, name: &str) -> Option<usize> {
    let mut scanner = Scanner::new(text);
    while let Some(Token::Field { name: field, .. }) = scanner.next_token() {
        if scanner.depth() == 1 && field == name {
            scanner.skip_trivia();
            return Some(scanner.at);
        }
    }
    None
}

/// A field of a record in one of the plan's lists, as written: where its name starts and where
/// its value (a plain or raw string) ends, and that value's source text.
pub(crate) struct RecordStringField<'a> {
    pub name: &'a str,
    /// From the field's name to the end of its value.
    pub span: std::ops::Range<usize>,
    /// The string literal as written, quotes and escapes included.
    pub literal: &'a str,
}

/// Every field named one of `names` whose value is a string, of the records of `list` (not of
/// records nested in them), found by following the file's structure.
pub(crate) fn record_string_fields<'a>(
    text: &'a str,
    list: RecordList,
    names: &[&str],
) -> Vec<RecordStringField<'a>> {
    let mut found = Vec::new();
    let mut scanner = Scanner::new(text);
    let mut in_list = false;
    while let Some(Token::Field {
        name, at: start, ..
    }) = scanner.next_token()
    {
        let depth = scanner.depth();
        if depth == 1 {
            in_list = RecordList::named(name) == Some(list);
        } else if depth == 3 && in_list && names.contains(&name) {
            scanner.skip_trivia();
            let value_start = scanner.at;
            if let Some(length) = lexer::string_length(scanner.rest()) {
                scanner.advance(length);
                found.push(RecordStringField {
                    name,
                    span: start..scanner.at,
                    literal: &text[value_start..scanner.at],
                });
            }
        }
    }
    found
}

/// Just enough of a RON reader to follow nesting and field names, stepping over comments and
/// literals as ron does (see [`lexer`]).
/// Line and column are counted as it goes, so that a plan written on one line is read in linear
/// time too.
struct Scanner<'a> {
    text: &'a str,
    at: usize,
    line: usize,
    /// Characters between the start of the line and `at`.
    column: usize,
    depth: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            at: 0,
            line: 1,
            column: 0,
            depth: 0,
        }
    }

    fn depth(&self) -> usize {
        self.depth
    }

    fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    fn advance(&mut self, bytes: usize) {
        let end = (self.at + bytes).min(self.text.len());
        for &byte in &self.text.as_bytes()[self.at..end] {
            if byte == b'\n' {
                self.line += 1;
                self.column = 0;
            } else if !is_utf8_continuation(byte) {
                self.column += 1;
            }
        }
        self.at = end;
    }

    fn skip_trivia(&mut self) {
        let rest = self.rest();
        self.advance(rest.len() - lexer::skip_trivia(rest).len());
    }

    /// The string value after a field's colon, when it is a plain string (its text as written,
    /// escapes and all).
    fn string_value(&mut self) -> Option<&'a str> {
        self.skip_trivia();
        let rest = self.rest();
        let length = lexer::string_length(rest)?;
        self.advance(length);
        rest[..length]
            .strip_prefix('"')
            .and_then(|body| body.strip_suffix('"'))
    }

    fn next_token(&mut self) -> Option<Token<'a>> {
        loop {
            self.skip_trivia();
            let rest = self.rest();
            let c = rest.chars().next()?;
            match c {
                '(' | '[' | '{' => {
                    self.depth += 1;
                    self.advance(1);
                }
                ')' | ']' | '}' => {
                    self.depth = self.depth.saturating_sub(1);
                    self.advance(1);
                }
                _ => {
                    if let Some(length) = lexer::literal_length(rest) {
                        self.advance(length);
                    } else if let Some((name, length)) = lexer::identifier(rest) {
                        let (line, column, at) = (self.line, self.column + 1, self.at);
                        self.advance(length);
                        self.skip_trivia();
                        if self.rest().starts_with(':') {
                            self.advance(1);
                            return Some(Token::Field {
                                name,
                                line,
                                column,
                                at,
                            });
                        }
                    } else {
                        self.advance(c.len_utf8());
                    }
                }
            }
        }
    }
}

/// Whether `byte` continues a character begun by an earlier byte (UTF-8's `10xxxxxx`).
fn is_utf8_continuation(byte: u8) -> bool {
    byte & 0b1100_0000 == 0b1000_0000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "ab\nعلي x";
        assert_eq!(line_and_column(text, text.find('x').unwrap()), (2, 5));
    }

    #[test]
    fn columns_on_one_long_line_count_characters() {
        let text = r#"(visit: (title: "عليّ"), people: [(id: "a1", name: "Ü"), (id: "b2")])"#;
        let positions = RecordPositions::scan(text);
        assert_eq!(positions.visit(), Some((1, 2)));
        let column_of = |needle: &str| text[..text.find(needle).unwrap()].chars().count() + 1;
        assert_eq!(
            positions.of(RecordList::People, 0xa1, 0),
            Some((1, column_of(r#"id: "a1""#)))
        );
        assert_eq!(
            positions.of(RecordList::People, 0xb2, 0),
            Some((1, column_of(r#"id: "b2""#)))
        );
    }

    #[test]
    fn records_are_found_in_their_own_list_only() {
        let text = r#"(
    format_version: 1,
    visit: (title: "id: \"a1\""),
    // people: [(id: "a1")],
    organisations: [
        (id: "a1", name: "first"),
    ],
    people: [
        (id:"a1", name: "same number, other list"),
        (id: "a1", name: "duplicate"),
    ],
    topics: [
        (id: "b2", questions: [(id: "a1", text: "nested")]),
    ],
)"#;
        let positions = RecordPositions::scan(text);
        assert_eq!(positions.visit(), Some((3, 5)));
        assert_eq!(
            positions.of(RecordList::Organisations, 0xa1, 0),
            Some((6, 10))
        );
        assert_eq!(positions.of(RecordList::Organisations, 0xa1, 1), None);
        assert_eq!(positions.of(RecordList::People, 0xa1, 0), Some((9, 10)));
        assert_eq!(positions.of(RecordList::People, 0xa1, 1), Some((10, 10)));
        assert_eq!(positions.of(RecordList::Topics, 0xb2, 0), Some((13, 10)));
        assert_eq!(
            positions.of(RecordList::Topics, 0xa1, 0),
            None,
            "question ids are not records"
        );
    }
}
