//! Where a publish may send requests: the calendar collection the planner named, and the entries
//! directly inside it. A server's answer names entries by href; an href that leaves the
//! collection (another origin, another collection, a climb with `..` in any spelling, a query)
//! gives no address, so no request can ever be made to it.

use percent_encoding::percent_decode_str;
use url::Url;

/// The planner's calendar address refused before any request, with what it is instead.
#[derive(Debug, PartialEq, Eq)]
pub enum AddressProblem {
    NotAWebAddress,
    NotHttp,
    HasQuery,
    HasCredentials,
}

/// The calendar collection the planner named: the one origin and path publishing writes under.
#[derive(Clone, Debug)]
pub struct Collection {
    url: Url,
    /// The path, percent-decoded, ending with `/`: what members' decoded paths start with.
    decoded_path: String,
}

/// An address inside the collection: only [`Collection`] makes one, so a request cannot be sent
/// anywhere else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address(Url);

impl Address {
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The entry's name in the collection, for an entry without a title.
    pub fn name(&self) -> String {
        let path = self.decoded_path();
        path.rsplit('/').next().unwrap_or_default().to_owned()
    }

    /// The decoded path, to tell two spellings of one entry apart from two entries.
    fn decoded_path(&self) -> String {
        decoded(self.0.path())
    }
}

impl Collection {
    pub fn parse(text: &str) -> Result<Self, AddressProblem> {
        let mut url = Url::parse(text.trim()).map_err(|_| AddressProblem::NotAWebAddress)?;
        if !matches!(url.scheme(), "http" | "https") || !url.has_host() {
            return Err(AddressProblem::NotHttp);
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(AddressProblem::HasQuery);
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(AddressProblem::HasCredentials);
        }
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        let decoded_path = decoded(url.path());
        Ok(Self { url, decoded_path })
    }

    /// The collection itself, for the requests about the whole calendar.
    pub fn address(&self) -> Address {
        Address(self.url.clone())
    }

    /// The address of a new entry named `name` (letters, digits and dots only).
    pub fn entry(&self, name: &str) -> Address {
        debug_assert!(name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.'));
        let mut url = self.url.clone();
        url.set_path(&format!("{}{name}", self.url.path()));
        Address(url)
    }

    /// Whether `href` from the server names the collection itself.
    pub fn is_itself(&self, href: &str) -> bool {
        self.url.join(href.trim()).is_ok_and(|url| {
            same_origin(&url, &self.url) && decoded(url.path()) == self.decoded_path
        })
    }

    /// The address of the entry `href` names, if it lies directly inside the collection; `None`
    /// for anything else, which is never requested.
    pub fn member(&self, href: &str) -> Option<Address> {
        let href = href.trim();
        if href.is_empty() || href.chars().any(|c| c == '\\' || c.is_control()) {
            return None;
        }
        // `..` and `.` are refused in every spelling: plain, percent-encoded, encoded twice.
        if climbs(href) {
            return None;
        }
        let url = self.url.join(href).ok()?;
        if !same_origin(&url, &self.url)
            || !url.username().is_empty()
            || url.password().is_some()
            || url.query().is_some()
            || url.fragment().is_some()
        {
            return None;
        }
        let name = decoded(url.path())
            .strip_prefix(&self.decoded_path)?
            .to_owned();
        (!name.is_empty() && !name.contains('/')).then_some(Address(url))
    }
}

fn same_origin(one: &Url, other: &Url) -> bool {
    one.scheme() == other.scheme()
        && one.host_str() == other.host_str()
        && one.port_or_known_default() == other.port_or_known_default()
}

fn decoded(path: &str) -> String {
    percent_decode_str(path).decode_utf8_lossy().into_owned()
}

/// Whether `href`, decoded as often as it is encoded, has a `.` or `..` segment.
fn climbs(href: &str) -> bool {
    let mut text = href.to_owned();
    // Each round removes one level of encoding; a few levels are all a server could mean.
    for _ in 0..4 {
        if text
            .split(['/', '\\'])
            .any(|segment| segment == ".." || segment == ".")
        {
            return true;
        }
        let next = decoded(&text);
        if next == text {
            return false;
        }
        text = next;
    }
    // Still encoded after four rounds: nothing a calendar server writes.
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collection() -> Collection {
        Collection::parse("http://127.0.0.1:5232/planner/visit").unwrap()
    }

    #[test]
    fn entries_directly_inside_the_collection_are_members() {
        let collection = collection();
        for href in [
            "/planner/visit/a.ics",
            "http://127.0.0.1:5232/planner/visit/a.ics",
            "a.ics",
            "/planner/%76isit/a%20b.ics",
        ] {
            assert!(collection.member(href).is_some(), "{href}");
        }
        assert!(collection.is_itself("/planner/visit/"));
    }

    #[test]
    fn hrefs_leaving_the_collection_give_no_address() {
        let collection = collection();
        for href in [
            "http://elsewhere.example/planner/visit/a.ics",
            "https://127.0.0.1:5232/planner/visit/a.ics",
            "http://127.0.0.1:5233/planner/visit/a.ics",
            "//elsewhere.example/planner/visit/a.ics",
            "/planner/other/a.ics",
            "/planner/visit/../other/a.ics",
            "/planner/visit/%2e%2e/other/a.ics",
            "/planner/visit/%252E%252E/other/a.ics",
            "/planner/visit/..%2fother%2fa.ics",
            "/planner/visit/sub/a.ics",
            "/planner/visit/sub%2Fa.ics",
            "/planner/visit/a.ics?delete=all",
            "/planner/visit/a.ics#x",
            "http://planner:secret@127.0.0.1:5232/planner/visit/a.ics",
            "/planner/visit\\..\\a.ics",
            "/planner/visit/",
            "",
        ] {
            assert_eq!(collection.member(href), None, "{href}");
        }
    }

    #[test]
    fn a_calendar_address_with_a_query_or_credentials_is_refused() {
        for (address, problem) in [
            (
                "https://cal.example.org/dav/?calendar=visit",
                AddressProblem::HasQuery,
            ),
            (
                "https://me:pw@cal.example.org/dav/visit/",
                AddressProblem::HasCredentials,
            ),
            ("ftp://cal.example.org/visit/", AddressProblem::NotHttp),
            ("cal.example.org/visit", AddressProblem::NotAWebAddress),
        ] {
            assert_eq!(
                Collection::parse(address).unwrap_err(),
                problem,
                "{address}"
            );
        }
    }
}
