//! What the lists a protocol office hands out (the rooming grid, the arrivals manifest, the
//! caterer's and the drivers' sheets) share: a person named in Latin letters with their name in
//! their own script beside it, each isolated like every value of the printouts
//! ([`crate::interop::printed::value`]), phones and needs cut where a list repeats them, and
//! the spreadsheets' form.

use maud::{Markup, html};

use crate::interop::printed::{name_of, native, value};
use crate::model::Person;

/// A person: their name (cut to a label; the title is left to the tables of people, as in the
/// briefing book), then the name in their own script.
pub(super) fn person(person: &Person) -> Markup {
    person_with(person, html! {})
}

/// [`person`] with `beside` after the Latin name, before the name in their own script (which a
/// table cell sets on a line of its own): where they sit, say.
pub(super) fn person_with(person: &Person, beside: Markup) -> Markup {
    html! {
        (value(&name_of(person)))
        (beside)
        @if !person.native_name.trim().is_empty() {
            " " (native(&crate::model::label::label(&person.native_name)))
        }
    }
}

/// A person in a spreadsheet cell: their name, then the name in their own script.
pub(super) fn person_text(person: &Person) -> String {
    let native = crate::model::label::label(person.native_name.trim());
    match native.as_ref() {
        "" => name_of(person),
        native => format!("{} ({native})", name_of(person)),
    }
}

/// A CSV file as spreadsheets open it: a byte-order mark for Excel, then `headers` and `rows`,
/// every cell that would run as a formula made text.
pub(super) fn csv_file<R, C>(headers: &[String], rows: R) -> Vec<u8>
where
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = String>,
{
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = ::csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(&mut bytes);
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(headers);
        for row in rows {
            let _ = writer.write_record(
                row.into_iter()
                    .map(|cell| crate::interop::csv::neutralise(&cell).into_owned()),
            );
        }
        let _ = writer.flush();
    }
    bytes
}

/// How much of a need (a diet, an access need) a list repeats at each event: a real need is
/// whole; only a note that is mostly not a need is cut, so a list stays in proportion to the
/// plan.
const NEED_CHARACTERS: usize = 240;

/// A need or a phone number where a list repeats it for each event, cut to
/// [`NEED_CHARACTERS`].
pub(super) fn repeated(text: &str) -> std::borrow::Cow<'_, str> {
    crate::model::label::shortened(text.trim(), NEED_CHARACTERS)
}

/// A person's phone where a list names them, muted after their name; nothing when they have none.
pub(super) fn phone(person: &Person) -> Markup {
    let number = person.preferred_phone().trim();
    html! {
        @if !number.is_empty() {
            " " span.muted.phone { (value(&repeated(number))) }
        }
    }
}
