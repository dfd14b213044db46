use std::collections::HashMap;

/// Line and column (both from 1, columns in characters) of a byte offset in `text`.
pub(crate) fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Where each record's `id: "..."` stands in a plan file, so that a problem with a record can be
/// reported at its line and column. Records with the same id are listed in file order.
#[derive(Debug, Default)]
pub struct RecordPositions {
    by_id: HashMap<u64, Vec<(usize, usize)>>,
}

impl RecordPositions {
    pub fn scan(text: &str) -> Self {
        const MARKER: &str = "id: \"";
        let mut by_id: HashMap<u64, Vec<(usize, usize)>> = HashMap::new();
        let (mut line, mut line_start, mut scanned) = (1, 0, 0);
        for (offset, _) in text.match_indices(MARKER) {
            // Only a field named exactly `id`, not `..._id`.
            if text[..offset].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            for (i, byte) in text.as_bytes()[scanned..offset].iter().enumerate() {
                if *byte == b'\n' {
                    line += 1;
                    line_start = scanned + i + 1;
                }
            }
            scanned = offset;
            let digits_start = offset + MARKER.len();
            let digits: String = text[digits_start..]
                .chars()
                .take_while(char::is_ascii_hexdigit)
                .collect();
            if let Ok(id) = u64::from_str_radix(&digits, 16) {
                let column = text[line_start..offset].chars().count() + 1;
                by_id.entry(id).or_default().push((line, column));
            }
        }
        Self { by_id }
    }

    /// The line and column of the `occurrence`-th record (from 0) with this id.
    pub fn of(&self, id: u64, occurrence: usize) -> Option<(usize, usize)> {
        self.by_id.get(&id)?.get(occurrence).copied()
    }
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
    fn record_positions_find_each_occurrence() {
        let text = "(\n    id: \"a1\",\n  x_id: \"a1\",\n        id: \"a1\",\n)";
        let positions = RecordPositions::scan(text);
        assert_eq!(positions.of(0xa1, 0), Some((2, 5)));
        assert_eq!(positions.of(0xa1, 1), Some((4, 9)));
        assert_eq!(positions.of(0xa1, 2), None);
    }
}
