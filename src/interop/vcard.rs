//! People and organisations as vCard 4.0 (RFC 6350), written and read with calcard.
//!
//! A person's card: KIND individual, FN (and, for a name in its own script, a second FN with the
//! same ALTID and its LANGUAGE), N (family name, given names, honorific prefixes), ORG, TITLE (the
//! position), ROLE (the part in the delegation), LANG, EMAIL, TEL and NOTE. The UID carries the
//! record's id, so a card exported from one plan and imported into another (or the same) one is
//! recognised. What vCard has no property for, the side, the form of address, dietary and
//! accessibility needs and the travel document, is kept in `X-ATTACHE-…` properties, which other
//! programs ignore, so that a plan → vCard → plan round trip keeps them. The name in its own
//! script is also written as NICKNAME, which vCard 3.0 programs show. N is split into given and
//! family name only for a name that reads as one, never for a role standing in for a name.
//!
//! An organisation's card: KIND org, FN and ORG, ADR (address and country), URL, NOTE and
//! `X-ATTACHE-KIND`. Reading is lenient (calcard also reads vCard 3.0 and 2.1 from phones and
//! mail programs); a card that cannot be read is reported with its line.

use super::preview::field_message;
use crate::lang::Message;
use crate::msg;
use std::borrow::Cow;
use std::fmt::Write as _;

use calcard::common::IanaType;
use calcard::vcard::{
    VCard, VCardEntry, VCardKind, VCardParameter, VCardParameterName, VCardProperty, VCardType,
    VCardValue, VCardVersion,
};

use super::contact_kinds::{FAX_NOT_A_PHONE, is_fax_label, kind_from_label};
use super::encoding::{Decoded, decode};
use super::preview::{
    ImportProblem, Incoming, IncomingOrganisation, IncomingPerson, LeftOut, choice_from_label,
};
use super::{Directory, languages};
use crate::model::contact::set_preferred;
use crate::model::label::label;
use crate::model::{Choice, ContactEntry, ContactKind, Id, Organisation, Person, Plan};
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

const PERSON_UID: &str = "urn:attache:person:";
const ORGANISATION_UID: &str = "urn:attache:organisation:";
const SIDE: &str = "X-ATTACHE-SIDE";
const FORM_OF_ADDRESS: &str = "X-ATTACHE-FORM-OF-ADDRESS";
const ORGANISATION_KIND: &str = "X-ATTACHE-KIND";
const DIETARY_NEEDS: &str = "X-ATTACHE-DIETARY-NEEDS";
const ACCESSIBILITY_NEEDS: &str = "X-ATTACHE-ACCESSIBILITY-NEEDS";
const TRAVEL_DOCUMENT: &str = "X-ATTACHE-TRAVEL-DOCUMENT";
const TRAVEL_DOCUMENT_DEADLINE: &str = "X-ATTACHE-TRAVEL-DOCUMENT-DEADLINE";

/// Every organisation, then every person of the plan, as vCard 4.0.
pub fn contacts(plan: &Plan) -> String {
    let mut out = String::new();
    for organisation in &plan.organisations {
        write_card(&mut out, organisation_card(organisation));
    }
    let directory = Directory::new(plan);
    for person in &plan.people {
        let organisation = person
            .organisation
            .and_then(|id| directory.organisation(id));
        write_card(&mut out, person_card(person, organisation));
    }
    out
}

fn write_card(out: &mut String, card: VCard) {
    // Writing to a String cannot fail.
    let _ = card.write_to(out, VCardVersion::V4_0);
}

fn entry(property: VCardProperty, value: &str) -> VCardEntry {
    VCardEntry::new(property).with_value(value.trim().to_owned())
}

/// An EMAIL or TEL with its kind as TYPE and, for the preferred one, PREF=1.
fn contact_entry(property: VCardProperty, contact: &ContactEntry) -> VCardEntry {
    let typ = match contact.kind {
        ContactKind::Work => Some(VCardType::Work),
        ContactKind::Home => Some(VCardType::Home),
        ContactKind::Mobile => Some(VCardType::Cell),
        ContactKind::Other => None,
    };
    entry(property, &contact.value)
        .with_param_opt(typ.map(VCardParameter::typ))
        .with_param_opt(contact.preferred.then(|| VCardParameter::pref(1u32)))
}

/// Every EMAIL or TEL of a card, with its kind and preference. vCard 4.0 marks the preferred
/// one with PREF (the lowest number wins), vCard 3.0 with TYPE=PREF; the plan keeps one.
fn contact_entries(card: &VCard, property: &VCardProperty, scheme: &str) -> Vec<ContactEntry> {
    let mut preference: Option<(u32, usize)> = None;
    let mut entries = Vec::new();
    for card_entry in card.properties(property).filter(|entry| !is_fax(entry)) {
        let Some(value) = card_entry.values.first().map(value_text) else {
            continue;
        };
        let value = value
            .strip_prefix(scheme)
            .unwrap_or(&value)
            .trim()
            .to_owned();
        if value.is_empty() {
            continue;
        }
        let mut kind = None;
        let mut rank = card_entry
            .parameters(&VCardParameterName::Pref)
            .find_map(|value| value.as_integer())
            .map(|value| value.iana().copied().unwrap_or(1));
        for typ in card_entry
            .parameters(&VCardParameterName::Type)
            .filter_map(|value| value.as_type())
        {
            let found = match typ {
                IanaType::Iana(VCardType::Work) => Some(ContactKind::Work),
                IanaType::Iana(VCardType::Home) => Some(ContactKind::Home),
                IanaType::Iana(VCardType::Cell) => Some(ContactKind::Mobile),
                IanaType::Iana(_) => None,
                IanaType::Other(text) if text.eq_ignore_ascii_case("pref") => {
                    rank = rank.or(Some(1));
                    None
                }
                IanaType::Other(text) => kind_from_label(text),
            };
            // A mobile number is a mobile number, whatever else the card says of it.
            if kind.is_none() || found == Some(ContactKind::Mobile) {
                kind = found.or(kind);
            }
        }
        if let Some(rank) = rank
            && preference.is_none_or(|(best, _)| rank < best)
        {
            preference = Some((rank, entries.len()));
        }
        entries.push(ContactEntry::new(value, kind.unwrap_or_default()));
    }
    if let Some((_, index)) = preference {
        set_preferred(&mut entries, index);
    }
    entries
}

/// Whether a TEL is a fax number (`TYPE=FAX`, or a kind that says fax), which is not a phone.
fn is_fax(entry: &VCardEntry) -> bool {
    entry
        .parameters(&VCardParameterName::Type)
        .filter_map(|value| value.as_type())
        .any(|typ| match typ {
            IanaType::Iana(typ) => *typ == VCardType::Fax,
            IanaType::Other(text) => is_fax_label(text),
        })
}

/// The fax numbers of a card, as not imported.
fn faxes(card: &VCard, line: usize) -> Vec<LeftOut> {
    card.properties(&VCardProperty::Tel)
        .filter(|entry| is_fax(entry))
        .filter_map(|entry| entry.values.first().map(value_text))
        .map(|number| LeftOut {
            line,
            field: field_message("fax"),
            value: number
                .strip_prefix("tel:")
                .unwrap_or(&number)
                .trim()
                .to_owned(),
            why: Message::new(FAX_NOT_A_PHONE),
        })
        .collect()
}

/// The honorific suffixes of a card's N ("PhD", "Jr.") that its name does not carry, as not
/// imported.
fn name_suffixes(card: &VCard, name: &str, line: usize) -> Vec<LeftOut> {
    let [.., suffixes] = structured_name(card);
    suffixes
        .into_iter()
        .filter(|suffix| !name.contains(suffix.as_str()))
        .map(|suffix| LeftOut {
            line,
            field: field_message("name suffix"),
            value: suffix,
            why: Message::new("import-no-place"),
        })
        .collect()
}

fn other(name: &str) -> VCardProperty {
    VCardProperty::Other(name.to_owned())
}

/// FN, with the name in its own script as an alternative of the same ALTID, and as NICKNAME:
/// vCard 3.0 programs (khard, Apple and Google Contacts, Android) ignore a second FN but show a
/// nickname.
fn names(card: &mut VCard, name: &str, native_name: &str) {
    if native_name.trim().is_empty() {
        card.entries.push(entry(VCardProperty::Fn, name));
        return;
    }
    card.entries
        .push(entry(VCardProperty::Nickname, native_name));
    card.entries.push(
        entry(VCardProperty::Fn, name)
            .with_param(VCardParameter::altid("1".to_owned()))
            .with_param(VCardParameter::pref(1u32)),
    );
    let native = entry(VCardProperty::Fn, native_name)
        .with_param(VCardParameter::altid("1".to_owned()))
        .with_param_opt(
            languages::tag_of_script(native_name)
                .map(|tag| VCardParameter::language(tag.to_owned())),
        );
    card.entries.push(native);
}

fn person_card(person: &Person, organisation: Option<&Organisation>) -> VCard {
    let mut card = VCard::default();
    card.entries
        .push(VCardEntry::new(VCardProperty::Kind).with_value(VCardKind::Individual));
    card.entries.push(entry(
        VCardProperty::Uid,
        &format!("{PERSON_UID}{}", person.id),
    ));
    names(&mut card, &person.name, &person.native_name);
    // N: the last word as the family name, the rest as given names, for a name that is one;
    // "Head of delegation, Ministry of Communications" is not split into a made-up given and
    // family name. The form of address and the title are honorific prefixes.
    let words: Vec<&str> = person.name.split_whitespace().collect();
    let (given, family) = match words.split_last() {
        Some((family, given)) if is_personal_name(&words) => {
            (given.join(" "), (*family).to_owned())
        }
        _ => (String::new(), String::new()),
    };
    let prefixes: Vec<String> = [&person.form_of_address, &person.title]
        .into_iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    card.entries
        .push(VCardEntry::new(VCardProperty::N).with_values(vec![
            VCardValue::Text(family),
            VCardValue::Text(given),
            VCardValue::Text(String::new()),
            VCardValue::Component(prefixes),
            VCardValue::Text(String::new()),
        ]));
    if let Some(organisation) = organisation {
        card.entries
            .push(entry(VCardProperty::Org, &organisation.name));
    }
    if !person.position.trim().is_empty() {
        card.entries
            .push(entry(VCardProperty::Title, &person.position));
    }
    card.entries
        .push(entry(VCardProperty::Role, person.role.code()));
    for (position, language) in person.languages.iter().enumerate() {
        if language.trim().is_empty() {
            continue;
        }
        card.entries.push(
            entry(VCardProperty::Lang, &languages::tag_of(language))
                .with_param(VCardParameter::pref(position as u32 + 1)),
        );
    }
    for (property, entries) in [
        (VCardProperty::Email, &person.emails),
        (VCardProperty::Tel, &person.phones),
    ] {
        for contact in entries.iter().filter(|e| !e.value.trim().is_empty()) {
            card.entries.push(contact_entry(property.clone(), contact));
        }
    }
    if !person.notes.trim().is_empty() {
        card.entries.push(entry(VCardProperty::Note, &person.notes));
    }
    card.entries.push(entry(other(SIDE), person.side.code()));
    let document = &person.travel_document;
    let deadline = document.deadline.map(|date| date.to_string());
    for (name, value) in [
        (FORM_OF_ADDRESS, person.form_of_address.as_str()),
        (DIETARY_NEEDS, &person.dietary_needs),
        (ACCESSIBILITY_NEEDS, &person.accessibility_needs),
        (TRAVEL_DOCUMENT, document.status.code()),
        (
            TRAVEL_DOCUMENT_DEADLINE,
            deadline.as_deref().unwrap_or_default(),
        ),
    ] {
        if !value.trim().is_empty() {
            card.entries.push(entry(other(name), value));
        }
    }
    card
}

/// Whether `words` read as a person's name: capitalised words (or words in a script without
/// capitals, like Arabic), joined by the particles names have, and no comma or bracket. A role
/// standing for a name ("Head of delegation, Ministry of Communications") is not one.
fn is_personal_name(words: &[&str]) -> bool {
    const PARTICLES: [&str; 14] = [
        "al", "al-", "bin", "ibn", "bint", "abu", "abd", "de", "van", "von", "der", "da", "di",
        "la",
    ];
    words.len() >= 2
        && words.iter().all(|word| {
            let first = word.chars().next().unwrap_or(' ');
            !word.contains([',', '(', ')', ';'])
                && (first.is_uppercase()
                    || !first.is_lowercase()
                    || PARTICLES.contains(&word.to_lowercase().as_str()))
        })
}

fn organisation_card(organisation: &Organisation) -> VCard {
    let mut card = VCard::default();
    card.entries
        .push(VCardEntry::new(VCardProperty::Kind).with_value(VCardKind::Org));
    card.entries.push(entry(
        VCardProperty::Uid,
        &format!("{ORGANISATION_UID}{}", organisation.id),
    ));
    names(&mut card, &organisation.name, &organisation.native_name);
    card.entries
        .push(entry(VCardProperty::Org, &organisation.name));
    if !organisation.address.trim().is_empty() || !organisation.country.trim().is_empty() {
        // ADR: post office box; extended address; street; locality; region; postal code; country.
        let mut parts = vec![VCardValue::Text(String::new()); 7];
        parts[2] = VCardValue::Text(organisation.address.trim().to_owned());
        parts[6] = VCardValue::Text(organisation.country.trim().to_owned());
        card.entries.push(
            VCardEntry::new(VCardProperty::Adr)
                .with_param(VCardParameter::typ(VCardType::Work))
                .with_values(parts),
        );
    }
    if !organisation.website.trim().is_empty() {
        card.entries
            .push(entry(VCardProperty::Url, &organisation.website));
    }
    if !organisation.notes.trim().is_empty() {
        card.entries
            .push(entry(VCardProperty::Note, &organisation.notes));
    }
    card.entries
        .push(entry(other(ORGANISATION_KIND), organisation.kind.code()));
    card
}

/// The people and organisations of a vCard file, read in `chosen` or the encoding detected, and
/// how its text was read. Folded lines are unfolded before the text is decoded: RFC 6350 folds at
/// octets, so Apple and Google split a line inside a two-byte Arabic letter, which is only whole
/// again once the fold is taken out. (A file in UTF-16 has no such folds: its text is unfolded
/// as it is read.) Problems keep the lines of the file as written.
pub fn read_bytes(bytes: &[u8], chosen: Option<&'static Encoding>) -> (Incoming, Decoded) {
    let utf16 = |encoding: &Encoding| encoding == UTF_16LE || encoding == UTF_16BE;
    let wide = match chosen {
        Some(encoding) => utf16(encoding),
        None => Encoding::for_bom(bytes).is_some_and(|(encoding, _)| utf16(encoding)),
    };
    let (unfolded, lines) = if wide {
        (Cow::Borrowed(bytes), Vec::new())
    } else {
        let (unfolded, lines) = unfold(bytes);
        (Cow::Owned(unfolded), lines)
    };
    let decoded = decode(&unfolded, chosen);
    (read_lines(&decoded.text, &lines), decoded)
}

/// `bytes` with every line break followed by a space or tab (a fold) taken out, and the line of
/// the file each line of the result starts on.
fn unfold(bytes: &[u8]) -> (Vec<u8>, Vec<usize>) {
    let mut unfolded = Vec::with_capacity(bytes.len());
    let mut lines = vec![1];
    let mut line = 1;
    let mut at = 0;
    while at < bytes.len() {
        let line_break = match &bytes[at..] {
            [b'\r', b'\n', ..] => 2,
            [b'\n', ..] => 1,
            _ => 0,
        };
        if line_break == 0 {
            unfolded.push(bytes[at]);
            at += 1;
            continue;
        }
        line += 1;
        at += line_break;
        if matches!(bytes.get(at), Some(b' ' | b'\t')) {
            at += 1;
        } else {
            unfolded.extend_from_slice(&bytes[at - line_break..at]);
            lines.push(line);
        }
    }
    (unfolded, lines)
}

/// The people and organisations of a vCard text (any version calcard reads). Cards that cannot be
/// read, and text outside cards, are reported by line.
pub fn read(text: &str) -> Incoming {
    read_bytes(text.as_bytes(), Some(UTF_8)).0
}

/// [`read`] of an unfolded text whose line `n` (from 0) is line `lines[n]` of the file (or
/// `n + 1` where `lines` does not say).
fn read_lines(text: &str, lines: &[usize]) -> Incoming {
    let mut incoming = Incoming::default();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The cards, each with the line its BEGIN is on.
    let mut card: Option<(usize, String)> = None;
    for (index, line) in text.lines().enumerate() {
        let number = lines.get(index).copied().unwrap_or(index + 1);
        let keyword = line.trim().to_ascii_uppercase();
        match (&mut card, keyword.as_str()) {
            (None, "BEGIN:VCARD") => card = Some((number, format!("{line}\n"))),
            (None, "") => {}
            (None, _) => incoming.problems.push(ImportProblem {
                line: number,
                message: Message::new("import-line-outside-vcard"),
            }),
            (Some((start, _)), "BEGIN:VCARD") => {
                incoming.problems.push(ImportProblem {
                    line: *start,
                    message: msg!("import-vcard-unended-before", next = number.to_string()),
                });
                card = Some((number, format!("{line}\n")));
            }
            (Some((start, body)), "END:VCARD") => {
                let _ = writeln!(body, "{line}");
                let start = *start;
                read_card(&mut incoming, start, body);
                card = None;
            }
            (Some((_, body)), _) => {
                let _ = writeln!(body, "{line}");
            }
        }
    }
    if let Some((start, _)) = card {
        incoming.problems.push(ImportProblem {
            line: start,
            message: Message::new("import-vcard-unended"),
        });
    }
    incoming
}

fn read_card(incoming: &mut Incoming, line: usize, text: &str) {
    let card = match VCard::parse(text) {
        Ok(card) => card,
        Err(_) => {
            incoming.problems.push(ImportProblem {
                line,
                message: Message::new("import-vcard-unreadable"),
            });
            return;
        }
    };
    let kind = card
        .property(&VCardProperty::Kind)
        .and_then(|entry| entry.values.first())
        .map(|value| match value {
            VCardValue::Kind(kind) => Some(*kind),
            _ => None,
        });
    // Apple's Contacts marks a company's card with X-ABShowAs:COMPANY instead of KIND:org.
    let apple_company = other_property(&card, "X-ABShowAs").eq_ignore_ascii_case("COMPANY");
    let kind = match kind {
        None if apple_company => Some(Some(VCardKind::Org)),
        kind => kind,
    };
    // The nickname that carries the name in its own script is read, not left out.
    let not_native = |native_name: &str, reads| {
        left_out(&card, line, reads)
            .into_iter()
            .filter(|left| !(left.field == field_message("nickname") && left.value == native_name))
            .collect::<Vec<_>>()
    };
    match kind {
        None | Some(Some(VCardKind::Individual)) => {
            let person = person(&card, line);
            incoming
                .left_out
                .extend(not_native(&person.native_name, PERSON_READS));
            incoming.left_out.extend(faxes(&card, line));
            incoming
                .left_out
                .extend(name_suffixes(&card, &person.name, line));
            incoming.people.push(person);
        }
        Some(Some(VCardKind::Org)) => {
            let organisation = organisation(&card, line);
            incoming
                .left_out
                .extend(not_native(&organisation.native_name, ORGANISATION_READS));
            incoming.organisations.push(organisation);
        }
        Some(_) => incoming.problems.push(ImportProblem {
            line,
            message: msg!("import-vcard-other-kind", name = formatted_names(&card).0),
        }),
    }
}

/// How many of each property a person's card is read for (the name and the name in its own
/// script; every language, email and phone).
const PERSON_READS: &[(VCardProperty, usize)] = &[
    (VCardProperty::Fn, 2),
    (VCardProperty::N, 1),
    (VCardProperty::Org, 1),
    (VCardProperty::Title, 1),
    (VCardProperty::Role, 1),
    (VCardProperty::Lang, usize::MAX),
    (VCardProperty::Email, usize::MAX),
    (VCardProperty::Tel, usize::MAX),
    (VCardProperty::Note, 1),
];

const ORGANISATION_READS: &[(VCardProperty, usize)] = &[
    (VCardProperty::Fn, 2),
    (VCardProperty::N, 1),
    (VCardProperty::Org, 1),
    (VCardProperty::Adr, 1),
    (VCardProperty::Url, 1),
    (VCardProperty::Note, 1),
];

/// The values of `card` that the plan has no place for: properties not in `reads`, or more of
/// one than it reads, and an ORG's department. What only describes the card itself (its
/// version, id, revision, the program that wrote it) is not listed.
fn left_out(card: &VCard, line: usize, reads: &[(VCardProperty, usize)]) -> Vec<LeftOut> {
    let about_the_card = |property: &VCardProperty| match property {
        VCardProperty::Version
        | VCardProperty::Prodid
        | VCardProperty::Rev
        | VCardProperty::Uid
        | VCardProperty::Kind
        | VCardProperty::Begin
        | VCardProperty::End
        | VCardProperty::Clientpidmap => true,
        VCardProperty::Other(name) => {
            let name = name.to_ascii_uppercase();
            // Apple's own bookkeeping (X-ABUID, X-ABShowAs, X-ABLabel naming a grouped value).
            name.starts_with("X-ATTACHE-") || name.starts_with("X-AB")
        }
        _ => false,
    };
    let mut seen: Vec<(&VCardProperty, usize)> = Vec::new();
    let mut left = Vec::new();
    for entry in &card.entries {
        let property = &entry.name;
        if about_the_card(property) {
            continue;
        }
        let count = match seen.iter_mut().find(|(p, _)| *p == property) {
            Some((_, count)) => {
                *count += 1;
                *count
            }
            None => {
                seen.push((property, 1));
                1
            }
        };
        let allowed = reads
            .iter()
            .find(|(p, _)| p == property)
            .map_or(0, |(_, allowed)| *allowed);
        if *property == VCardProperty::Org && count <= allowed {
            // ORG: the organisation; then its departments.
            for department in entry.values.iter().skip(1).map(value_text) {
                if !department.is_empty() {
                    left.push(LeftOut {
                        line,
                        field: field_message("department"),
                        value: department,
                        why: Message::new("import-department"),
                    });
                }
            }
            continue;
        }
        if count <= allowed {
            continue;
        }
        let value = match property {
            VCardProperty::Photo | VCardProperty::Logo | VCardProperty::Sound => {
                "a picture or sound".to_owned()
            }
            _ => entry
                .values
                .iter()
                .map(value_text)
                .filter(|text| !text.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
        };
        left.push(LeftOut {
            line,
            field: property_name(property, allowed > 0),
            value: label(&value).into_owned(),
            why: if allowed > 0 {
                Message::new("import-plan-keeps-one")
            } else {
                Message::new("import-no-place")
            },
        });
    }
    left
}

/// A property as a planner calls it; `another` for one more of a property the plan has one of.
fn property_name(property: &VCardProperty, another: bool) -> Message {
    let name = match property {
        VCardProperty::Nickname => "nickname",
        VCardProperty::Bday => "birthday",
        VCardProperty::Anniversary => "anniversary",
        VCardProperty::Adr => "address",
        VCardProperty::Url => "web address",
        VCardProperty::Photo => "photo",
        VCardProperty::Logo => "logo",
        VCardProperty::Email => "email",
        VCardProperty::Tel => "phone",
        VCardProperty::Impp => "chat address",
        VCardProperty::Categories => "groups",
        VCardProperty::Gender => "gender",
        VCardProperty::Related => "related person",
        VCardProperty::Geo => "location",
        VCardProperty::Tz => "time zone",
        VCardProperty::Fn => "name",
        other => {
            let name = other.as_str().to_ascii_lowercase();
            return if another {
                msg!("import-field-another", field = field_message(&name))
            } else {
                field_message(&name)
            };
        }
    };
    if another {
        msg!("import-field-another", field = field_message(name))
    } else {
        field_message(name)
    }
}

/// The text of a value: a list's items joined by ", ".
fn value_text(value: &VCardValue) -> String {
    match value {
        VCardValue::Component(items) => items
            .iter()
            .map(|item| item.trim())
            .filter(|item| !item.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        // A birthday or anniversary: "1970-04-12", "--04-12" without the year.
        VCardValue::PartialDateTime(when) => {
            let part = |value: Option<u8>| value.map_or("-".to_owned(), |v| format!("{v:02}"));
            let year = when
                .year
                .map_or("-".to_owned(), |year| format!("{year:04}"));
            format!("{year}-{}-{}", part(when.month), part(when.day))
        }
        other => other.as_text().unwrap_or_default().trim().to_owned(),
    }
}

/// The first value of the first `property` of the card, as text.
fn first(card: &VCard, property: &VCardProperty) -> String {
    card.property(property)
        .and_then(|entry| entry.values.first())
        .map(value_text)
        .unwrap_or_default()
}

fn other_property(card: &VCard, name: &str) -> String {
    card.entries
        .iter()
        .find(
            |entry| matches!(&entry.name, VCardProperty::Other(n) if n.eq_ignore_ascii_case(name)),
        )
        .and_then(|entry| entry.values.first())
        .map(value_text)
        .unwrap_or_default()
}

/// The name and the name in its own script: the first FN, and another FN that is an alternative
/// of it (same ALTID) or in another language, or else a NICKNAME in another script.
fn formatted_names(card: &VCard) -> (String, String) {
    let names: Vec<&VCardEntry> = card.properties(&VCardProperty::Fn).collect();
    let Some(main) = names.first() else {
        return (String::new(), String::new());
    };
    let text = |entry: &VCardEntry| {
        entry
            .values
            .iter()
            .map(value_text)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let native = names[1..]
        .iter()
        .find(|entry| {
            (main.alt_id().is_some() && entry.alt_id() == main.alt_id())
                || entry.language() != main.language()
        })
        .map(|entry| text(entry))
        .unwrap_or_default();
    let main = text(main);
    // A program that kept only one FN still has the name in its own script as NICKNAME.
    let nickname = first(card, &VCardProperty::Nickname);
    if native.is_empty()
        && languages::tag_of_script(&nickname).is_some()
        && languages::tag_of_script(&main).is_none()
    {
        return (main, nickname);
    }
    (main, native)
}

/// The components of N: family, given, additional names, prefixes, suffixes.
fn structured_name(card: &VCard) -> [Vec<String>; 5] {
    let mut parts: [Vec<String>; 5] = Default::default();
    if let Some(entry) = card.property(&VCardProperty::N) {
        for (part, value) in parts.iter_mut().zip(&entry.values) {
            *part = match value {
                VCardValue::Component(items) => items.clone(),
                other => vec![other.as_text().unwrap_or_default().to_owned()],
            }
            .into_iter()
            .map(|item| item.trim().to_owned())
            .filter(|item| !item.is_empty())
            .collect();
        }
    }
    parts
}

fn person(card: &VCard, line: usize) -> IncomingPerson {
    let (mut name, native_name) = formatted_names(card);
    let [family, given, additional, prefixes, _] = structured_name(card);
    if name.is_empty() {
        name = given
            .iter()
            .chain(&additional)
            .chain(&family)
            .cloned()
            .collect::<Vec<_>>()
            .join(" ");
    }
    let form_of_address = other_property(card, FORM_OF_ADDRESS);

    // Address books often write the honorifics into FN too ("Dr. Tõnis Saar"); the plan keeps them
    // apart from the name.
    for prefix in prefixes.iter().chain(std::iter::once(&form_of_address)) {
        if let Some(rest) = name.strip_prefix(prefix.as_str())
            && !prefix.is_empty()
            && rest.starts_with(' ')
        {
            name = rest.trim_start().to_owned();
        }
    }
    // The prefixes other than the form of address are the title ("Dr.").
    let title = prefixes
        .iter()
        .filter(|prefix| **prefix != form_of_address)
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    let mut languages: Vec<(u32, String)> = card
        .properties(&VCardProperty::Lang)
        .map(|entry| {
            let preference = entry
                .parameters(&VCardParameterName::Pref)
                .find_map(|value| value.as_integer())
                .and_then(|value| value.iana().copied())
                .unwrap_or(100);
            let tag = entry.values.first().map(value_text).unwrap_or_default();
            (preference, languages::name_of(&tag))
        })
        .filter(|(_, name)| !name.is_empty())
        .collect();
    languages.sort_by_key(|(preference, _)| *preference);
    IncomingPerson {
        line,
        id: card
            .uid()
            .and_then(|uid| uid.trim().strip_prefix(PERSON_UID))
            .and_then(Id::parse),
        uid: card.uid().unwrap_or_default().trim().to_owned(),
        name,
        native_name,
        form_of_address,
        title,
        position: first(card, &VCardProperty::Title),
        organisation: first(card, &VCardProperty::Org),
        side: choice_from_label(&other_property(card, SIDE)),
        role: choice_from_label(&first(card, &VCardProperty::Role)),
        emails: contact_entries(card, &VCardProperty::Email, "mailto:"),
        phones: contact_entries(card, &VCardProperty::Tel, "tel:"),
        languages: languages.into_iter().map(|(_, name)| name).collect(),
        notes: first(card, &VCardProperty::Note),
        dietary_needs: other_property(card, DIETARY_NEEDS),
        accessibility_needs: other_property(card, ACCESSIBILITY_NEEDS),
        document_status: choice_from_label(&other_property(card, TRAVEL_DOCUMENT)),
        document_deadline: other_property(card, TRAVEL_DOCUMENT_DEADLINE).parse().ok(),
    }
}

fn organisation(card: &VCard, line: usize) -> IncomingOrganisation {
    let (mut name, native_name) = formatted_names(card);
    if name.is_empty() {
        name = first(card, &VCardProperty::Org);
    }
    let (mut address, mut country) = (String::new(), String::new());
    if let Some(entry) = card.property(&VCardProperty::Adr) {
        let parts: Vec<String> = entry.values.iter().map(value_text).collect();
        let part = |index: usize| parts.get(index).cloned().unwrap_or_default();
        let written_country = part(6);
        let mut lines: Vec<String> = [part(2), part(3), part(4), part(5)]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect();
        // The plan keeps countries as two-letter codes; a country written out stays in the address.
        if written_country.len() == 2 && written_country.chars().all(|c| c.is_ascii_alphabetic()) {
            country = written_country.to_ascii_uppercase();
        } else if !written_country.is_empty() {
            lines.push(written_country);
        }
        address = lines.join(", ");
    }
    IncomingOrganisation {
        line,
        id: card
            .uid()
            .and_then(|uid| uid.trim().strip_prefix(ORGANISATION_UID))
            .and_then(Id::parse),
        name,
        native_name,
        kind: choice_from_label(&other_property(card, ORGANISATION_KIND)),
        country,
        address,
        website: first(card, &VCardProperty::Url),
        notes: first(card, &VCardProperty::Note),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_card_in_vcard_3_is_read() {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Saar;Tõnis;;Dr.;\r\nFN:Dr. Tõnis Saar\r\n\
            ORG:Information System Authority;Cyber Security Branch\r\nTITLE:Head of branch\r\n\
            EMAIL;TYPE=INTERNET:tonis.saar@example.ee\r\nTEL;TYPE=CELL:+372 5555 1234\r\n\
            NOTE:Speaks at the\\, opening\\; then leaves\r\nEND:VCARD\r\n";
        let incoming = read(text);
        assert_eq!(incoming.problems, []);
        let person = &incoming.people[0];
        assert_eq!(person.name, "Tõnis Saar");
        assert_eq!(person.title, "Dr.");
        assert_eq!(person.organisation, "Information System Authority");
        assert_eq!(person.position, "Head of branch");
        assert_eq!(
            person.emails,
            [ContactEntry::new(
                "tonis.saar@example.ee",
                ContactKind::Other
            )]
        );
        assert_eq!(
            person.phones,
            [ContactEntry::new("+372 5555 1234", ContactKind::Mobile)]
        );
        assert_eq!(person.notes, "Speaks at the, opening; then leaves");
        assert_eq!(person.line, 1);
    }

    #[test]
    fn a_fax_number_is_listed_as_not_imported_in_every_way_cards_mark_it() {
        let text = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Tamm;Kadri\r\nTEL;WORK;FAX:+372 663 0201\r\n\
            TEL;CELL:+372 5555 0001\r\nEND:VCARD\r\n\
            BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jaan Kask\r\nTEL;TYPE=\"work,fax\";VALUE=uri:tel:+372-663-0202\r\n\
            END:VCARD\r\n";
        let incoming = read(text);
        let phones: Vec<&[ContactEntry]> = incoming
            .people
            .iter()
            .map(|p| p.phones.as_slice())
            .collect();
        assert_eq!(
            phones,
            [
                &[ContactEntry::new("+372 5555 0001", ContactKind::Mobile)][..],
                &[]
            ]
        );
        let faxes: Vec<String> = incoming
            .left_out
            .iter()
            .map(|l| format!("{}: {l}", l.line))
            .collect();
        assert_eq!(
            faxes,
            [
                "1: fax “+372 663 0201”: a fax number is not a phone; the plan keeps phones",
                "7: fax “+372-663-0202”: a fax number is not a phone; the plan keeps phones",
            ]
        );
    }

    #[test]
    fn a_name_suffix_the_name_does_not_carry_is_listed_as_not_imported() {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Saar;Tõnis;;Dr.;PhD\r\nFN:Dr. Tõnis Saar\r\n\
            END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Tamm;Kadri;;;MA\r\nFN:Kadri Tamm, MA\r\n\
            END:VCARD\r\n";
        let incoming = read(text);
        let left_out: Vec<String> = incoming.left_out.iter().map(ToString::to_string).collect();
        assert_eq!(
            left_out,
            ["name suffix “PhD”: the plan has no place for it"]
        );
    }

    #[test]
    fn text_outside_cards_and_unfinished_cards_are_reported_by_line() {
        let text =
            "hello\nBEGIN:VCARD\nVERSION:4.0\nFN:A\nBEGIN:VCARD\nVERSION:4.0\nFN:B\nEND:VCARD\n";
        let incoming = read(text);
        assert_eq!(incoming.people.len(), 1);
        assert_eq!(incoming.people[0].name, "B");
        let lines: Vec<usize> = incoming.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [1, 2]);
    }
}
