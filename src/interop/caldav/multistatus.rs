//! The WebDAV multistatus answers a publish reads (RFC 4918 §13): each response's href, ETag,
//! calendar data and resource type.

use quick_xml::events::Event as Xml;

/// One `<response>` of a multistatus answer.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Response {
    pub href: String,
    pub etag: String,
    pub calendar_data: String,
    /// The local names of the elements in `<resourcetype>`: `collection`, `calendar`,
    /// `principal`...
    pub resource_types: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Href,
    Etag,
    CalendarData,
    ResourceType,
}

pub fn parse(text: &str) -> Result<Vec<Response>, String> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut responses = Vec::new();
    let mut current = Response::default();
    let mut open: Option<Open> = None;
    loop {
        match reader.read_event().map_err(|error| error.to_string())? {
            Xml::Start(element) => {
                let name = element.local_name();
                if open == Some(Open::ResourceType) {
                    current
                        .resource_types
                        .push(String::from_utf8_lossy(name.as_ref()).into_owned());
                    continue;
                }
                open = match name.as_ref() {
                    // The first href of a response is its own; later ones belong to properties.
                    b"href" if current.href.is_empty() => Some(Open::Href),
                    b"getetag" => Some(Open::Etag),
                    b"calendar-data" => Some(Open::CalendarData),
                    b"resourcetype" => Some(Open::ResourceType),
                    b"response" => {
                        current = Response::default();
                        None
                    }
                    _ => None,
                };
            }
            Xml::Empty(element) if open == Some(Open::ResourceType) => current
                .resource_types
                .push(String::from_utf8_lossy(element.local_name().as_ref()).into_owned()),
            Xml::End(element) => match element.local_name().as_ref() {
                b"response" => {
                    current.href = current.href.trim().to_owned();
                    current.etag = current.etag.trim().to_owned();
                    responses.push(std::mem::take(&mut current));
                    open = None;
                }
                b"resourcetype" => open = None,
                _ if open != Some(Open::ResourceType) => open = None,
                _ => {}
            },
            Xml::Text(part) => {
                let part = part.decode().map_err(|error| error.to_string())?;
                current.push_text(open, &part);
            }
            Xml::CData(part) => {
                let part = part.decode().map_err(|error| error.to_string())?;
                current.push_text(open, &part);
            }
            Xml::GeneralRef(reference) => {
                let name = reference.decode().map_err(|error| error.to_string())?;
                let reference = format!("&{name};");
                let part =
                    quick_xml::escape::unescape(&reference).map_err(|error| error.to_string())?;
                current.push_text(open, &part);
            }
            Xml::Eof => break,
            _ => {}
        }
    }
    Ok(responses)
}

impl Response {
    fn push_text(&mut self, open: Option<Open>, part: &str) {
        match open {
            Some(Open::Href) => self.href.push_str(part),
            Some(Open::Etag) => self.etag.push_str(part),
            Some(Open::CalendarData) => self.calendar_data.push_str(part),
            Some(Open::ResourceType) | None => {}
        }
    }
}

/// Whether `etag` is an entity tag as RFC 9110 §8.8.3 writes it: `"…"` or `W/"…"`, of visible
/// characters other than `"`. Anything else cannot be sent back in `If-Match`.
pub fn is_well_formed_etag(etag: &str) -> bool {
    let opaque = etag.strip_prefix("W/").unwrap_or(etag);
    opaque.len() >= 2
        && opaque.starts_with('"')
        && opaque.ends_with('"')
        && opaque[1..opaque.len() - 1]
            .bytes()
            .all(|b| b == 0x21 || (0x23..=0x7e).contains(&b) || b >= 0x80)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_multistatus_answer_gives_each_response_with_its_etag_data_and_type() {
        let answer = r#"<?xml version="1.0"?>
<multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <response><href>/cal/visit/</href><propstat><prop>
    <resourcetype><collection/><C:calendar/></resourcetype>
  </prop></propstat></response>
  <response><href>/cal/visit/a.ics</href><propstat><prop>
    <getetag>"e1"</getetag>
    <C:calendar-data>BEGIN:VCALENDAR&#13;
SUMMARY:Talks &amp; lunch&#13;
END:VCALENDAR&#13;
</C:calendar-data></prop></propstat></response>
</multistatus>"#;
        let found = parse(answer).unwrap();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].href, "/cal/visit/");
        assert_eq!(found[0].resource_types, ["collection", "calendar"]);
        assert_eq!(found[1].href, "/cal/visit/a.ics");
        assert_eq!(found[1].etag, "\"e1\"");
        assert!(found[1].calendar_data.contains("SUMMARY:Talks & lunch\r\n"));
        assert!(found[1].resource_types.is_empty());
    }

    #[test]
    fn only_quoted_visible_etags_are_well_formed() {
        for good in ["\"e1\"", "W/\"e1\"", "\"\"", "\"a-b_c\""] {
            assert!(is_well_formed_etag(good), "{good}");
        }
        for bad in [
            "e1",
            "\"e1",
            "\"e\"1\"",
            "\"e1\"\r\nX-Evil: 1",
            "\"a b\"",
            "",
        ] {
            assert!(!is_well_formed_etag(bad), "{bad:?}");
        }
    }
}
