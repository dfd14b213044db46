//! What the printed documents (the briefing book, the delegates' programmes and the protocol
//! exports) share: their base style, every value from the plan isolated, dates written for
//! people, names in their own script, people named with their form of address, addresses that
//! do not break inside, and the times of events in the host's and the home clock.
//!
//! Every text taken from the plan is written through [`value`] (or [`native`], [`unbroken`],
//! [`addressed`], which build on it): each stands in a `<bdi>` of its own, whose direction comes
//! from its first letter and whose embeddings and overrides end with it, so a title ending in a
//! right-to-left override cannot turn the name after it round.

use std::borrow::Cow;
use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};
use maud::{Markup, Render, html};
use unicode_segmentation::UnicodeSegmentation;

use super::changes::{Changes, EventMark};
use super::languages::tag_of_script;
use super::{Directory, ExportError, NamePiece};
use crate::lang::Arg;
use crate::lang::format::{self, DateFormat};
use crate::model::label::label;
use crate::model::{Choice, Event, LocalTime, Person, Plan, TravelLeg, reveal_hidden, zone_named};

/// The style both documents start from: A4 pages numbered "page X of Y" in the bottom margin
/// (Chromium and Firefox draw `@page` margin boxes, which take no font from the body), in the
/// document's language, fonts with Arabic, and cells that take their direction from their first
/// letter.
pub(super) fn base_style() -> String {
    format!(
        "\n@page {{ size: A4; margin: 16mm 15mm 18mm;\n  @bottom-{} {{ content: {}; font-size: 8pt;{STYLE_AFTER_PAGE_NUMBERS}",
        page_end(),
        page_counter()
    )
}

/// The side of the page a line ends on: where the page numbers and the marks at the top go, the
/// outer corner as a reader of the language turns the pages.
pub(super) fn page_end() -> &'static str {
    if crate::lang::direction().is_right_to_left() {
        "left"
    } else {
        "right"
    }
}

/// "page " counter(page) " of " counter(pages): the page numbers as CSS writes them, around the
/// words of the language's message.
fn page_counter() -> String {
    let text = crate::lang::text_with(
        "doc-page-of-pages",
        &[("page", Arg::Text(slot(0))), ("pages", Arg::Text(slot(1)))],
    );
    // Page numbers in the digits the rest of the document is written with.
    let arabic_indic = crate::lang::current() == crate::lang::Language::Arabic
        && crate::lang::digits() == crate::lang::Digits::OfLanguage;
    let counters = if arabic_indic {
        [
            "counter(page, arabic-indic)",
            "counter(pages, arabic-indic)",
        ]
    } else {
        ["counter(page)", "counter(pages)"]
    };
    let mut css = Vec::new();
    for part in parts(&text) {
        match part {
            Part::Words("") => {}
            Part::Words(words) => css.push(css_string(words)),
            Part::Slot(i) => css.push(counters.get(i).copied().unwrap_or_default().to_owned()),
        }
    }
    css.join(" ")
}

/// `text` as a CSS string, quoted.
pub(super) fn css_string(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            c if c.is_control() => quoted.push_str(&format!("\\{:x} ", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// The rest of [`base_style`], after the page numbers.
const STYLE_AFTER_PAGE_NUMBERS: &str = r#"
    font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #555; } }
:root { color-scheme: light; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt;
  line-height: 1.4; color: #111; margin: 0; }
h1 { font-size: 22pt; margin: 0 0 6pt; line-height: 1.2; }
h2 { font-size: 15pt; border-bottom: 2px solid #1f3b5a; padding-bottom: 3pt; margin: 0 0 10pt;
  color: #1f3b5a; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 14pt 0 4pt; break-after: avoid; }
.muted { color: #555; }
.small { font-size: 9pt; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; font-size: 10pt; }
th, td { text-align: start; vertical-align: top; padding: 3pt 4pt; border-bottom: 0.5pt solid #bbb; }
th { font-size: 9pt; color: #444; border-bottom: 1pt solid #444; }
tr { break-inside: avoid; }
td.time, td.home { white-space: nowrap; width: 1%; font-variant-numeric: tabular-nums; }
td.home { color: #555; }
td .native { display: block; font-size: 10.5pt; line-height: 1.3; }
/* A line that holds a name in its own script (on a card or a badge) has that name's font too, so
   that its lines are as high as the line height says and no more. */
.native, .own-script { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans",
  serif; }
.native { font-size: 11.5pt; }
/* An e-mail address or a website is never broken inside a word ("briefing@e-" / "estonia.com"):
   a long address may break only after its "@". */
.unbroken { white-space: nowrap; }
.address { font-size: 9pt; color: #444; font-style: italic; }
.title, .name { font-weight: 600; }
/* The form of address and title, on their line above the name. */
.address-form { font-size: 9pt; color: #555; }
.cancelled .title { text-decoration: line-through; }
.badge { display: inline-block; font-size: 8pt; padding: 0 4pt; border: 0.5pt solid #888;
  border-radius: 3pt; color: #333; margin-inline-start: 4pt; }
.cancelled .badge.status { border-color: #a00; color: #a00; }
ul { margin: 2pt 0 6pt; padding-inline-start: 1.2em; }
"#;

/// "Monday 22 March 2027", in the document's language.
pub(super) fn long_date(date: Date) -> String {
    format::date(date, DateFormat::FullWeekdayDayMonthYear)
}

/// "Mon 22 Mar 2027": a date in a table.
pub(super) fn short_date(date: Date) -> String {
    format::date(date, DateFormat::WeekdayDayMonthYear)
}

/// "Mon 22 Mar": a day of the visit.
pub(super) fn day(date: Date) -> String {
    format::date(date, DateFormat::WeekdayDayMonth)
}

/// The language's code for the `lang` of a document's `<html>`: "en", "et", "ar".
pub(super) fn language() -> &'static str {
    match crate::lang::current() {
        language if language.is_pseudo() => "en",
        language => language.code(),
    }
}

/// The arrow from where a journey starts to where it ends, pointing the way the line reads:
/// "→" in English, "←" in Arabic (an arrow is not mirrored by the bidi algorithm itself).
pub(super) fn route_arrow() -> &'static str {
    if crate::lang::direction().is_right_to_left() {
        " ← "
    } else {
        " → "
    }
}

/// The `dir` of a document's `<html>`: an Arabic document's pages read from right to left,
/// its tables start at the right; names in other scripts keep their own direction inside
/// their isolates.
pub(super) fn direction() -> &'static str {
    if crate::lang::direction().is_right_to_left() {
        "rtl"
    } else {
        "ltr"
    }
}

/// A place in a message's text where a piece of markup goes: a message is rendered with slots as
/// its values, then its text is split around them (see [`sentence`]). Private-use characters,
/// which neither a translation nor CLDR's list patterns write.
pub(super) fn slot(index: usize) -> String {
    format!("{SLOT_OPEN}{index}{SLOT_CLOSE}")
}

const SLOT_OPEN: char = '\u{E000}';
const SLOT_CLOSE: char = '\u{E001}';

/// A piece of a message's text: its words, or the slot of a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Part<'t> {
    Words(&'t str),
    Slot(usize),
}

/// `text` split at its slots.
pub(super) fn parts(text: &str) -> Vec<Part<'_>> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(SLOT_OPEN) {
        let after = &rest[open + SLOT_OPEN.len_utf8()..];
        let Some(close) = after.find(SLOT_CLOSE) else {
            break;
        };
        let Ok(index) = after[..close].parse() else {
            break;
        };
        parts.push(Part::Words(&rest[..open]));
        parts.push(Part::Slot(index));
        rest = &after[close + SLOT_CLOSE.len_utf8()..];
    }
    parts.push(Part::Words(rest));
    parts
}

/// A value of a [`sentence`]: markup (an isolated value, names, a time) or a value Fluent writes
/// itself (a count, which may choose the words).
pub(super) enum Fill {
    Html(Markup),
    Plain(Arg),
}

impl From<Markup> for Fill {
    fn from(markup: Markup) -> Self {
        Fill::Html(markup)
    }
}

impl From<usize> for Fill {
    fn from(count: usize) -> Self {
        Fill::Plain(Arg::from(count))
    }
}

/// The message `id` in the document's language, its markup values put in where the translation
/// puts them, its own words escaped.
pub(super) fn sentence(id: &str, values: Vec<(&str, Fill)>) -> Markup {
    let mut markups = Vec::new();
    let args: Vec<(&str, Arg)> = values
        .into_iter()
        .map(|(name, fill)| match fill {
            Fill::Html(markup) => {
                markups.push(markup);
                (name, Arg::Text(slot(markups.len() - 1)))
            }
            Fill::Plain(arg) => (name, arg),
        })
        .collect();
    filled(&crate::lang::text_with(id, &args), &markups)
}

/// `text` with each slot replaced by its markup.
pub(super) fn filled(text: &str, markups: &[Markup]) -> Markup {
    html! {
        @for part in parts(text) {
            @match part {
                Part::Words(words) => (words),
                Part::Slot(i) => @if let Some(markup) = markups.get(i) { (markup) },
            }
        }
    }
}

/// The message `id` as plain text with text values, for a page's `<title>` or a CSS string.
pub(super) fn words(id: &str, values: &[(&str, &str)]) -> String {
    let args: Vec<(&str, Arg)> = values
        .iter()
        .map(|(name, text)| (*name, Arg::from(*text)))
        .collect();
    crate::lang::text_with(id, &args)
}

/// A text from the plan as printed: trimmed, in a `<bdi>` of its own (nothing when it is empty).
/// The isolate takes its direction from the text's first letter, as `dir="auto"` does (an
/// Arabic title reads right to left, and one shortened with "…" ends on its left), and keeps it
/// from reordering what stands around it; see [`self_contained`] for what the text may hold.
pub(super) fn value(text: &str) -> Isolated<'_> {
    Isolated(text.trim())
}

/// A text from the plan, isolated; see [`value`].
pub(super) struct Isolated<'t>(&'t str);

impl Render for Isolated<'_> {
    fn render_to(&self, buffer: &mut String) {
        if !self.0.is_empty() {
            buffer.push_str("<bdi>");
            self_contained(self.0).render_to(buffer);
            buffer.push_str("</bdi>");
        }
    }
}

/// A text from the plan where no element can stand (a page's `<title>`): between a first-strong
/// isolate and its pop, the characters a `<bdi>` stands for.
pub(super) fn value_text(text: &str) -> String {
    format!("\u{2068}{}\u{2069}", self_contained(text.trim()))
}

const POP_EMBEDDING: char = '\u{202C}';
const POP_ISOLATE: char = '\u{2069}';

/// `text` with every embedding, override and isolate it opens closed at its end, and every
/// closing mark that closes nothing of its own left out. Browsers end a `<bdi>`'s embeddings at
/// its end, but its end is itself a pop of an isolate: a right-to-left isolate left open inside
/// would take it, and a stray pop would end the `<bdi>` early, leaving the rest of the text
/// outside. Balanced, the text is bounded by its element whatever it holds.
pub(super) fn self_contained(text: &str) -> Cow<'_, str> {
    let is_explicit = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if !text.chars().any(is_explicit) {
        return Cow::Borrowed(text);
    }
    // The closing mark each open embedding, override or isolate needs, innermost last.
    let mut open: Vec<char> = Vec::new();
    let mut balanced = String::with_capacity(text.len() + 3 * 4);
    for c in text.chars() {
        match c {
            // Embeddings and overrides: left-to-right, right-to-left.
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => open.push(POP_EMBEDDING),
            // Isolates: left-to-right, right-to-left, first strong.
            '\u{2066}'..='\u{2068}' => open.push(POP_ISOLATE),
            // A pop of an embedding closes nothing outside the isolate it is in.
            POP_EMBEDDING if open.last() == Some(&POP_EMBEDDING) => {
                open.pop();
            }
            POP_EMBEDDING => continue,
            // A pop of an isolate also closes the embeddings opened inside that isolate.
            POP_ISOLATE => match open.iter().rposition(|&closer| closer == POP_ISOLATE) {
                Some(isolate) => open.truncate(isolate),
                None => continue,
            },
            _ => {}
        }
        balanced.push(c);
    }
    balanced.extend(open.iter().rev());
    Cow::Owned(balanced)
}

/// A name in its own script: isolated like every [`value`], and tagged with its language so that
/// the browser picks a font that shapes it.
pub(super) fn native(text: &str) -> Markup {
    html! {
        @if !text.trim().is_empty() {
            bdi.native dir="auto" lang=[tag_of_script(text)] { (self_contained(text.trim())) }
        }
    }
}

/// An e-mail address or a website, isolated like every [`value`], that breaks, if it must, only
/// after its "@".
pub(super) fn unbroken(text: &str) -> Markup {
    let text = self_contained(text.trim());
    html! {
        @if !text.is_empty() {
            bdi {
                @match text.split_once('@') {
                    Some((user, domain)) => {
                        span.unbroken { (user) "@" } wbr; span.unbroken { (domain) }
                    }
                    None => span.unbroken { (text) },
                }
            }
        }
    }
}

/// A person where they stand on their own (a row of the delegation, a seat, a card, a badge, a
/// passenger): the form of address and the title ([`Person::forms_of_address`]) on a line of
/// their own above the name, never glued before it. Plans often name people by their role ("Head
/// of delegation, Ministry of Communications"), and "Dr Head of delegation" reads wrong. The name
/// is whole: it is printed once there.
pub(super) fn addressed(person: &Person) -> Markup {
    html! {
        @if person.forms_of_address().next().is_some() {
            div.address-form {
                @for (i, part) in person.forms_of_address().enumerate() {
                    @if i > 0 { " " }
                    (value(part))
                }
            }
        }
        @let name = person.name.trim();
        div class=(format!("name {}", length_class(name))) { (value(name)) }
    }
}

/// How long a name is, as the class that sizes its type where the box is fixed (a card, a
/// badge): "short", "long" or "longest", by its letters (an Arabic letter with its marks counts
/// once).
pub(super) fn length_class(text: &str) -> &'static str {
    LENGTH_CLASSES[match text.graphemes(true).count() {
        0..=24 => 0,
        25..=48 => 1,
        _ => 2,
    }]
}

/// The classes [`length_class`] gives, shortest first.
pub(super) const LENGTH_CLASSES: [&str; 3] = ["short", "long", "longest"];

/// A person where a list or a sentence refers to them: their name alone, cut to a [`label`]
/// (see [`addressed`] for why the title is left out).
pub(super) fn name_of(person: &Person) -> String {
    label(person.name.trim()).into_owned()
}

/// The names of `ids`, each isolated, written as [`Directory::name_pieces`] says: "the
/// delegation except …", then the others.
pub(super) fn names(directory: &Directory, ids: &[crate::model::PersonId]) -> Markup {
    html! {
        @for piece in directory.name_pieces(ids) {
            @match piece {
                NamePiece::Words(words) => (words),
                NamePiece::Person(person) => (value(&name_of(person))),
            }
        }
    }
}

/// Texts from the plan in a row, each isolated, joined by `separator`.
pub(super) fn values(texts: impl IntoIterator<Item = impl AsRef<str>>, separator: &str) -> Markup {
    html! {
        @for (i, text) in texts.into_iter().enumerate() {
            @if i > 0 { (separator) }
            (value(text.as_ref()))
        }
    }
}

/// A journey: "Flight from Tallinn to Riga", in the document's language.
pub(super) fn journey(leg: &TravelLeg) -> Markup {
    sentence(
        "doc-journey",
        vec![
            ("mode", html! { (leg.mode.text()) }.into()),
            ("from", html! { (value(&leg.from)) }.into()),
            ("to", html! { (value(&leg.to)) }.into()),
        ],
    )
}

/// "Europe/Tallinn" → "Tallinn".
pub(super) fn city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

/// When an event happens, as printed.
pub(super) struct Times {
    /// In the host clock, e.g. "09:00–10:30" or "All day".
    pub host: Markup,
    /// In the home clock; empty for all-day events and unknown zones.
    pub home: String,
    /// The event's own wall times where they are in neither clock (a flight from Auckland to
    /// Los Angeles): "09:45 Auckland – 21:00 Los Angeles".
    pub local: Option<Markup>,
}

/// The visit's two clocks: the host's, which the programme is in, and the delegation's home.
pub(super) struct Clocks {
    pub host: TimeZone,
    pub home: TimeZone,
    pub host_zone: String,
    pub home_zone: String,
}

impl Clocks {
    /// Refused when the visit's zones are unknown: every time printed is shown in them.
    pub fn of(plan: &Plan) -> Result<Self, ExportError> {
        let zone = |which, name: &str| {
            zone_named(name).map_err(|_| ExportError::UnknownVisitZone {
                which,
                zone: name.to_owned(),
            })
        };
        Ok(Self {
            host: zone("host", &plan.visit.host_zone)?,
            home: zone("home", &plan.visit.home_zone)?,
            host_zone: plan.visit.host_zone.clone(),
            home_zone: plan.visit.home_zone.clone(),
        })
    }

    pub fn host_name(&self) -> String {
        city(&self.host_zone)
    }

    pub fn home_name(&self) -> String {
        city(&self.home_zone)
    }

    /// Today in the host clock.
    pub fn today(&self, now: Timestamp) -> Date {
        now.to_zoned(self.host.clone()).date()
    }

    fn in_host(&self, time: &LocalTime, all_day: bool) -> Option<Zoned> {
        (!all_day)
            .then(|| time.instant().ok())
            .flatten()
            .map(|instant| instant.to_zoned(self.host.clone()))
    }

    /// `events` by their day in host time, each day's in order, all-day events first.
    pub fn days<'e>(
        &self,
        events: impl IntoIterator<Item = &'e Event>,
    ) -> BTreeMap<Date, Vec<&'e Event>> {
        let mut days: BTreeMap<Date, Vec<(Option<Zoned>, &Event)>> = BTreeMap::new();
        for event in events {
            let start = self.in_host(&event.start, event.all_day);
            let day = start
                .as_ref()
                .map(|start| start.date())
                .unwrap_or(event.start.wall.date());
            days.entry(day).or_default().push((start, event));
        }
        days.into_iter()
            .map(|(day, mut events)| {
                events.sort_by_key(|(start, event)| {
                    (
                        !event.all_day,
                        start.as_ref().map(|s| s.timestamp()),
                        event.start.wall,
                    )
                });
                (day, events.into_iter().map(|(_, event)| event).collect())
            })
            .collect()
    }

    /// When `event` happens in the host clock, the home clock and, where it is in neither, its
    /// own. A time on another day than the event's start is written with its date.
    pub fn times(&self, event: &Event) -> Times {
        if event.all_day {
            return Times {
                host: html! { (crate::t!("doc-all-day")) },
                home: String::new(),
                local: None,
            };
        }
        let Some(start) = self.in_host(&event.start, false) else {
            // A zone this machine does not know: the wall time as written.
            return Times {
                host: html! {
                    (sentence("doc-time-in-zone", vec![
                        ("time", html! { (format::time(event.start.wall.time())) }.into()),
                        ("zone", html! { (value(&event.start.zone)) }.into()),
                    ]))
                },
                home: String::new(),
                local: None,
            };
        };
        let end = self.in_host(&event.end, false);
        let clock = |time: &Zoned, zone: &TimeZone, day: Date| {
            let there = time.with_time_zone(zone.clone());
            if there.date() == day {
                format::time(there.time())
            } else {
                format::date_time(there.datetime(), DateFormat::DayMonth)
            }
        };
        let span = |zone: &TimeZone| {
            let day = start.with_time_zone(zone.clone()).date();
            match &end {
                Some(end) => format!("{}–{}", clock(&start, zone, day), clock(end, zone, day)),
                None => clock(&start, zone, day),
            }
        };
        let elsewhere = |zone: &str| zone != self.host_zone && zone != self.home_zone;
        let local = (elsewhere(&event.start.zone) || elsewhere(&event.end.zone)).then(|| {
            let wall = |time: &LocalTime, day: Date| {
                let when = if time.wall.date() == day {
                    format::time(time.wall.time())
                } else {
                    format::date_time(time.wall, DateFormat::DayMonth)
                };
                html! { (when) " " (value(&city(&time.zone))) }
            };
            let day = event.start.wall.date();
            html! { (wall(&event.start, day)) " – " (wall(&event.end, day)) }
        });
        Times {
            host: html! { (span(&self.host)) },
            home: span(&self.home),
            local,
        }
    }
}

/// What [`changes_box`] and [`change_marks`] add to a document's style. The mark is words in a
/// bordered box and a bar beside the line: a black-and-white printer keeps both, and a screen
/// reader reads the words.
pub(super) const CHANGES_STYLE: &str = r#"
.changes { border: 1.5pt solid #111; padding: 4pt 8pt 2pt; margin: 6pt 0 8pt; break-inside: auto; }
.changes h3 { margin: 0 0 3pt; font-size: 11pt; }
.changes h4 { margin: 4pt 0 1pt; font-size: 9pt; }
.changes ul { margin: 0 0 3pt; font-size: 8.5pt; }
.changes p { margin: 0 0 3pt; }
tr.changed > td:first-child { border-inline-start: 3pt solid #111; }
.change { display: inline-block; font-size: 7.5pt; font-weight: 700; padding: 0 3pt;
  border: 1pt solid #111; margin-inline-start: 4pt; }
"#;

/// The box on a document's first page of what changed since the version of `since`: the
/// changes by day, then those tied to no day; that nothing changed where nothing did. Each line
/// quotes names and titles, so it is isolated as a whole and any hidden controls in it are
/// written out, as the problems on the briefing book's cover are.
pub(super) fn changes_box(changes: &Changes, since: Date) -> Markup {
    let lines = |lines: &[crate::lang::Message]| {
        html! {
            ul {
                @for line in lines {
                    li { (value(&reveal_hidden(&line.render()))) }
                }
            }
        }
    };
    html! {
        div.changes {
            h3 { (crate::t!("doc-changes-since", date = long_date(since))) }
            @if changes.is_empty() {
                p { (crate::t!("doc-changes-none")) }
            }
            @for (day, day_lines) in &changes.days {
                h4 { (long_date(*day)) }
                (lines(day_lines))
            }
            @if !changes.elsewhere.is_empty() {
                h4 { (crate::t!("doc-changes-not-on-a-day")) }
                (lines(&changes.elsewhere))
            }
        }
    }
}

/// The marks beside an event's line that changed, in words: "New", "Moved, was Mon 22 Mar
/// 10:00–11:00", "Place changed".
pub(super) fn change_marks(marks: &[EventMark]) -> Markup {
    html! {
        @for mark in marks {
            span.change {
                @match mark {
                    EventMark::Added => (crate::t!("doc-change-added")),
                    EventMark::Cancelled => (crate::t!("doc-change-cancelled")),
                    EventMark::Moved { was } => (sentence(
                        "doc-change-moved",
                        vec![("was", html! { (value(was)) }.into())],
                    )),
                    EventMark::Renamed => (crate::t!("doc-change-renamed")),
                    EventMark::Place => (crate::t!("doc-change-place")),
                    EventMark::People => (crate::t!("doc-change-people")),
                    EventMark::Details => (crate::t!("doc-change-details")),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_closes_what_it_opens() {
        // A right-to-left override, embedding and isolate left open are closed at its end.
        assert_eq!(self_contained("Dr\u{202E}"), "Dr\u{202E}\u{202C}");
        assert_eq!(self_contained("Dr\u{202B}x"), "Dr\u{202B}x\u{202C}");
        assert_eq!(self_contained("Dr\u{2067}"), "Dr\u{2067}\u{2069}");
        // Innermost first.
        assert_eq!(
            self_contained("\u{2067}a\u{202E}b"),
            "\u{2067}a\u{202E}b\u{202C}\u{2069}"
        );
        // What is closed stays as it is.
        assert_eq!(self_contained("a\u{202E}b\u{202C}c"), "a\u{202E}b\u{202C}c");
        assert!(matches!(self_contained("وزارة الاتصالات"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_value_cannot_close_what_it_did_not_open() {
        // A stray pop of an isolate would end the value's own isolate early: it is left out,
        // and so is a pop of an embedding with none open.
        assert_eq!(self_contained("a\u{2069}b\u{202C}"), "ab");
        // A pop of an embedding cannot reach out of an isolate.
        assert_eq!(self_contained("\u{2066}a\u{202C}"), "\u{2066}a\u{2069}");
        // A pop of an isolate closes the embeddings opened inside it too.
        assert_eq!(
            self_contained("\u{2068}a\u{202E}b\u{2069}c\u{2069}"),
            "\u{2068}a\u{202E}b\u{2069}c"
        );
    }

    #[test]
    fn a_sentence_puts_its_values_where_the_translation_puts_them() {
        use crate::lang::{Language, in_language};
        let hosts = html! { (value("<Kadri>")) };
        assert_eq!(
            sentence(
                "doc-briefing-hosted-by",
                vec![("hosts", hosts.clone().into())]
            )
            .into_string(),
            "Hosted by <bdi>&lt;Kadri&gt;</bdi>"
        );
        assert_eq!(
            in_language(Language::Estonian, || {
                sentence("doc-briefing-hosted-by", vec![("hosts", hosts.into())]).into_string()
            }),
            "Vastuvõtjad: <bdi>&lt;Kadri&gt;</bdi>"
        );
        // A count chooses the words; the number is the language's.
        assert_eq!(
            in_language(Language::Estonian, || {
                sentence(
                    "doc-catering-count",
                    vec![("count", 1.into()), ("number", html! { b { "1" } }.into())],
                )
                .into_string()
            }),
            "<b>1</b> külaline"
        );
        assert_eq!(
            parts("a\u{E000}12\u{E001}b"),
            [Part::Words("a"), Part::Slot(12), Part::Words("b")]
        );
        // A slot left unclosed is words.
        assert_eq!(parts("a\u{E000}1"), [Part::Words("a\u{E000}1")]);
    }

    #[test]
    fn the_page_numbers_are_in_the_documents_language() {
        use crate::lang::{Language, in_language};
        assert!(base_style().contains(
            "@bottom-right { content: \"page \" counter(page) \" of \" counter(pages); font-size: 8pt;\n    font-family"
        ));
        let estonian = in_language(Language::Estonian, base_style);
        assert!(estonian.contains("content: \"lk \" counter(page) \" / \" counter(pages);"));
        assert_eq!(css_string("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"");
    }

    #[test]
    fn each_value_stands_in_an_isolate_of_its_own() {
        assert_eq!(
            value(" Dr\u{202E} ").render().into_string(),
            "<bdi>Dr\u{202E}\u{202C}</bdi>"
        );
        assert_eq!(value("  ").render().into_string(), "");
        assert_eq!(value("<b>").render().into_string(), "<bdi>&lt;b&gt;</bdi>");
        assert_eq!(
            value_text("Visit\u{2067}"),
            "\u{2068}Visit\u{2067}\u{2069}\u{2069}"
        );
    }
}
