//! The printed pages read back as a tree of elements, so that tests check their structure rather
//! than search their text. maud closes every element but the void ones (`<meta>`, `<br>`,
//! `<wbr>` …), so an XML tokenizer told which those are reads them whole.

use quick_xml::events::Event;

/// An element with its attributes and what it holds.
#[derive(Debug, Default)]
pub struct Element {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    pub children: Vec<Node>,
}

#[derive(Debug)]
pub enum Node {
    Element(Element),
    Text(String),
}

/// The elements HTML never closes.
const VOID: [&str; 8] = ["meta", "br", "wbr", "hr", "img", "input", "link", "col"];

/// `html` as a tree under a nameless root. Panics, failing the test, on markup that is not
/// well formed.
pub fn parse(html: &str) -> Element {
    let mut reader = quick_xml::Reader::from_str(html);
    // The void elements never close, which the reader's own check of end tags would refuse;
    // the tree below checks that the others close in order.
    reader.config_mut().check_end_names = false;
    let mut open = vec![Element::default()];
    let push = |open: &mut Vec<Element>, node| open.last_mut().unwrap().children.push(node);
    let text = |open: &mut Vec<Element>, text: String| match open
        .last_mut()
        .unwrap()
        .children
        .last_mut()
    {
        Some(Node::Text(before)) => before.push_str(&text),
        _ => open.last_mut().unwrap().children.push(Node::Text(text)),
    };
    loop {
        match reader.read_event().expect("well-formed markup") {
            Event::Start(start) => {
                let element = element(&start);
                if VOID.contains(&element.name.as_str()) {
                    push(&mut open, Node::Element(element));
                } else {
                    open.push(element);
                }
            }
            Event::Empty(empty) => push(&mut open, Node::Element(element(&empty))),
            Event::End(end) => {
                let name = String::from_utf8(end.name().as_ref().to_vec()).unwrap();
                if VOID.contains(&name.as_str()) {
                    continue;
                }
                let closed = open.pop().unwrap();
                assert_eq!(closed.name, name, "elements close in order");
                push(&mut open, Node::Element(closed));
            }
            Event::Text(raw) => text(&mut open, raw.decode().unwrap().into_owned()),
            Event::GeneralRef(reference) => {
                let name = reference.decode().unwrap();
                let resolved = quick_xml::escape::unescape(&format!("&{name};"))
                    .expect("a known entity")
                    .into_owned();
                text(&mut open, resolved);
            }
            Event::CData(raw) => text(&mut open, raw.decode().unwrap().into_owned()),
            Event::Eof => break,
            Event::DocType(_) | Event::Comment(_) | Event::PI(_) | Event::Decl(_) => {}
        }
    }
    assert_eq!(open.len(), 1, "every element is closed");
    open.pop().unwrap()
}

fn element(start: &quick_xml::events::BytesStart) -> Element {
    Element {
        name: String::from_utf8(start.name().as_ref().to_vec()).unwrap(),
        attributes: start
            .html_attributes()
            .map(|attribute| {
                let attribute = attribute.unwrap();
                (
                    String::from_utf8(attribute.key.as_ref().to_vec()).unwrap(),
                    attribute
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .unwrap()
                        .into_owned(),
                )
            })
            .collect(),
        children: Vec::new(),
    }
}

impl Element {
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.attribute("class")
            .is_some_and(|classes| classes.split_whitespace().any(|c| c == class))
    }

    /// All the text inside, in order.
    pub fn text(&self) -> String {
        let mut text = String::new();
        self.collect_text(&mut text);
        text
    }

    fn collect_text(&self, into: &mut String) {
        for child in &self.children {
            match child {
                Node::Text(text) => into.push_str(text),
                Node::Element(element) => element.collect_text(into),
            }
        }
    }

    /// The elements inside, at any depth, in document order.
    pub fn descendants(&self) -> Vec<&Element> {
        let mut found = Vec::new();
        self.collect_descendants(&mut found);
        found
    }

    fn collect_descendants<'e>(&'e self, into: &mut Vec<&'e Element>) {
        for child in &self.children {
            if let Node::Element(element) = child {
                into.push(element);
                element.collect_descendants(into);
            }
        }
    }

    /// The elements inside named `name`.
    pub fn all(&self, name: &str) -> Vec<&Element> {
        self.descendants()
            .into_iter()
            .filter(|element| element.name == name)
            .collect()
    }

    /// The elements inside with class `class`.
    pub fn with_class(&self, class: &str) -> Vec<&Element> {
        self.descendants()
            .into_iter()
            .filter(|element| element.has_class(class))
            .collect()
    }

    /// The element children, in order.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|child| match child {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
    }

    /// Each text inside with the elements around it, innermost last.
    pub fn texts_with_ancestors(&self) -> Vec<(Vec<&Element>, &str)> {
        let mut found = Vec::new();
        self.collect_texts(&mut vec![self], &mut found);
        found
    }

    fn collect_texts<'e>(
        &'e self,
        path: &mut Vec<&'e Element>,
        into: &mut Vec<(Vec<&'e Element>, &'e str)>,
    ) {
        for child in &self.children {
            match child {
                Node::Text(text) => into.push((path.clone(), text)),
                Node::Element(element) => {
                    path.push(element);
                    element.collect_texts(path, into);
                    path.pop();
                }
            }
        }
    }
}

/// What a value may end with to turn what follows it round: a right-to-left override, embedding
/// and isolate, each left open.
pub const OPENERS: [char; 3] = ['\u{202E}', '\u{202B}', '\u{2067}'];

/// `ron` (a plan) with every text a planner types ending in one of [`OPENERS`], in turn; ids,
/// dates, times and time zones are left as they are, so the plan still loads and has a clock.
pub fn with_open_controls(ron: &str) -> String {
    let left_alone = |text: &str| {
        (text.len() == 16 && text.bytes().all(|b| b.is_ascii_hexdigit()))
            || text.parse::<jiff::civil::Date>().is_ok()
            || text.parse::<jiff::civil::DateTime>().is_ok()
            || jiff::tz::TimeZone::get(text).is_ok()
    };
    let mut written = String::with_capacity(ron.len() * 2);
    let mut rest = ron;
    let mut opened = 0;
    while let Some(quote) = rest.find('"') {
        written.push_str(&rest[..=quote]);
        rest = &rest[quote + 1..];
        // The string runs to the first quote that is not escaped.
        let bytes = rest.as_bytes();
        let mut end = 0;
        while bytes[end] != b'"' {
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        let text = &rest[..end];
        written.push_str(text);
        if !left_alone(text) {
            written.extend(OPENERS[opened % OPENERS.len()].escape_unicode());
            opened += 1;
        }
        written.push('"');
        rest = &rest[end + 1..];
    }
    written.push_str(rest);
    written
}

/// Whether every embedding, override and isolate `text` opens is closed in it, and it closes
/// nothing it did not open.
pub fn bidi_balanced(text: &str) -> bool {
    let mut open = Vec::new();
    for c in text.chars() {
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => open.push('\u{202C}'),
            '\u{2066}'..='\u{2068}' => open.push('\u{2069}'),
            '\u{202C}' if open.last() == Some(&c) => {
                open.pop();
            }
            // A pop of an isolate closes the embeddings opened inside it too.
            '\u{2069}' => match open.iter().rposition(|&closer| closer == c) {
                Some(isolate) => open.truncate(isolate),
                None => return false,
            },
            '\u{202C}' => return false,
            _ => {}
        }
    }
    open.is_empty()
}

/// Checks that every value of `html` ending in one of [`OPENERS`] stands in an isolate of its own
/// (a `<bdi>` or an element with `dir`) that holds no other value and closes what the value
/// opens, so that it cannot change how anything outside it reads; in the page's `<title>`,
/// where no element can stand, between a first-strong isolate and its pop. Returns how many
/// values it found.
pub fn assert_each_value_isolated(what: &str, html: &str) -> usize {
    let page = parse(html);
    let mut found = 0;
    for (ancestors, text) in page.texts_with_ancestors() {
        if !text.contains(OPENERS) {
            continue;
        }
        found += 1;
        if ancestors.iter().any(|element| element.name == "title") {
            assert_eq!(text.matches(OPENERS).count(), 1, "{what}: {text:?}");
            assert!(
                bidi_balanced(text) && text.find('\u{2068}') < text.find(OPENERS),
                "{what}: the title's value is isolated: {text:?}"
            );
            continue;
        }
        let isolate = ancestors
            .iter()
            .rev()
            .find(|element| element.name == "bdi" || element.attribute("dir").is_some())
            .unwrap_or_else(|| panic!("{what}: {text:?} stands in no isolate"));
        let inside = isolate.text();
        assert_eq!(
            inside.matches(OPENERS).count(),
            1,
            "{what}: an isolate holds one value: {inside:?}"
        );
        assert!(
            bidi_balanced(&inside),
            "{what}: the isolate closes what its value opens: {inside:?}"
        );
    }
    found
}

/// The sample plan with every text ending in one of [`OPENERS`] left open, a journey that ends in
/// a zone nobody knows (whose city the book prints beside the local times) and an event that
/// starts in one (whose name is printed beside its time).
pub fn sample_with_open_controls() -> attache::model::Plan {
    let text = with_open_controls(attache::app::SAMPLE_PLAN);
    let mut plan = attache::file::from_text(&text).expect("the sample loads with its controls");
    let first = std::sync::Arc::make_mut(&mut plan.events[0]);
    first.end.zone = "Atlantis/Capital\u{202B}".into();
    let second = std::sync::Arc::make_mut(&mut plan.events[1]);
    second.start.zone = "Nowhere\u{2067}".into();
    plan
}

/// The declarations of the last rule for `selector` in `css` (the one that wins), nested rules
/// and all.
pub fn css_rule<'c>(css: &'c str, selector: &str) -> &'c str {
    let opening = format!("{selector} {{");
    let start = css
        .match_indices(&opening)
        .filter(|(at, _)| *at == 0 || css[..*at].ends_with(['\n', ' ', '}']))
        .map(|(at, _)| at + opening.len())
        .last()
        .unwrap_or_else(|| panic!("no rule for {selector}"));
    let mut depth = 1;
    for (offset, c) in css[start..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return &css[start..start + offset];
        }
    }
    panic!("the rule for {selector} is not closed")
}

/// The value of `property` among `declarations`, if it is given.
pub fn css_value<'c>(declarations: &'c str, property: &str) -> Option<&'c str> {
    declarations.split([';', '{', '}']).find_map(|declaration| {
        let (name, value) = declaration.split_once(':')?;
        (name.trim() == property).then(|| value.trim())
    })
}

/// A length in millimetres, as `12.5mm`.
pub fn millimetres(value: &str) -> f64 {
    value
        .strip_suffix("mm")
        .and_then(|number| number.parse().ok())
        .unwrap_or_else(|| panic!("{value:?} is not a length in millimetres"))
}
