//! Whether a file is an export Attaché wrote earlier, of the same kind as a new one: such a file
//! is replaced without asking, where any other file needs the planner's confirmation (`--force`
//! on the command line, Replace in the window). Each kind is recognised by what every Attaché
//! export of it carries at its start:
//!
//! - iCalendar: begins with `BEGIN:VCALENDAR` and names Attaché as its product
//!   (`PRODID:-//Attaché//…`).
//! - vCard: begins with `BEGIN:VCARD`, and its cards carry Attaché's ids (`UID:urn:attache:…`).
//! - HTML (the briefing book, programmes and protocol pages): begins with `<!DOCTYPE html>` and
//!   names Attaché as its generator (`<meta name="generator" content="Attaché …">`).
//! - CSV: begins with the byte-order mark Attaché writes and the header row of the new export,
//!   apart from how many numbered e-mail and phone columns it has (as many as the plan needs).
//!
//! None of these can begin a plan file, so a file recognised is never a plan.

use super::ExportFormat;

impl ExportFormat {
    /// Whether `head`, the start of a file, is that of an earlier export of this kind, whose new
    /// bytes are `new`.
    pub fn is_earlier_export(self, new: &[u8], head: &[u8]) -> bool {
        match self.extension() {
            "ics" => head.starts_with(b"BEGIN:VCALENDAR") && holds(head, "PRODID:-//Attaché//"),
            "vcf" => head.starts_with(b"BEGIN:VCARD") && holds(head, "urn:attache:"),
            "csv" => head.starts_with(BYTE_ORDER_MARK) && same_columns(header(new), header(head)),
            _ => {
                head.get(..DOCTYPE.len())
                    .is_some_and(|start| start.eq_ignore_ascii_case(DOCTYPE))
                    && holds(head, "<meta name=\"generator\" content=\"Attaché")
            }
        }
    }
}

const BYTE_ORDER_MARK: &[u8] = "\u{feff}".as_bytes();
const DOCTYPE: &[u8] = b"<!DOCTYPE html>";

fn holds(head: &[u8], mark: &str) -> bool {
    head.windows(mark.len()).any(|part| part == mark.as_bytes())
}

/// The first line of a CSV file, without its byte-order mark and line ending.
fn header(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_prefix(BYTE_ORDER_MARK).unwrap_or(bytes);
    let line = bytes
        .split(|&byte| byte == b'\n')
        .next()
        .unwrap_or_default();
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Whether two header rows name the same columns, apart from the numbered e-mail and phone
/// columns ("E-mail 2 - Value"), of which an export has as many as its plan needs.
fn same_columns(new: &[u8], old: &[u8]) -> bool {
    let columns = |row: &[u8]| -> Vec<Vec<u8>> {
        row.split(|&byte| byte == b',')
            .filter(|column| !is_numbered_contact(column))
            .map(<[u8]>::to_vec)
            .collect()
    };
    !new.is_empty() && columns(new) == columns(old)
}

fn is_numbered_contact(column: &[u8]) -> bool {
    let Ok(column) = std::str::from_utf8(column) else {
        return false;
    };
    let Some(rest) = column
        .strip_prefix("E-mail ")
        .or_else(|| column.strip_prefix("Phone "))
    else {
        return false;
    };
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    digits > 0 && matches!(&rest[digits..], " - Type" | " - Value")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_people_sheet_with_more_contact_columns_is_the_same_kind() {
        let new = "\u{feff}Id,Name,E-mail 1 - Type,E-mail 1 - Value,Notes\r\n1,A,,,\r\n";
        let old = "\u{feff}Id,Name,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Notes\r\n";
        let format = ExportFormat::Spreadsheet;
        assert!(format.is_earlier_export(new.as_bytes(), old.as_bytes()));
        let other_sheet = "\u{feff}Id,Name,Budget\r\n";
        assert!(!format.is_earlier_export(new.as_bytes(), other_sheet.as_bytes()));
        let without_mark = old.trim_start_matches('\u{feff}');
        assert!(!format.is_earlier_export(new.as_bytes(), without_mark.as_bytes()));
    }
}
