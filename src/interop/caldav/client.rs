//! The requests of one publish: only to addresses inside the calendar collection (see
//! [`Address`]), with the planner's credentials, never following a redirect, each within the
//! request time limit and all within the publish's.

use std::time::{Duration, Instant};

use base64::Engine;

use super::address::Address;
use super::{Limits, PublishError};

/// What the server answered.
pub struct Answer {
    pub status: u16,
    pub text: String,
}

pub struct Client {
    agent: ureq::Agent,
    authorization: Option<String>,
    limits: Limits,
    deadline: Instant,
}

impl Client {
    pub fn new(user: Option<&str>, password: Option<&str>, limits: Limits) -> Self {
        let agent = ureq::Agent::config_builder()
            .tls_config(tls())
            .http_status_as_error(false)
            .allow_non_standard_methods(true)
            // A redirect is answered by this module with a refusal, never followed: the
            // credentials go to the calendar's own origin only.
            .max_redirects(0)
            .build()
            .new_agent();
        let authorization = user.map(|user| {
            let token = base64::engine::general_purpose::STANDARD
                .encode(format!("{user}:{}", password.unwrap_or_default()));
            format!("Basic {token}")
        });
        Self {
            agent,
            authorization,
            limits,
            deadline: Instant::now() + limits.publish,
        }
    }

    pub fn request(
        &self,
        method: &str,
        address: &Address,
        headers: &[(&str, &str)],
        body: &str,
    ) -> Result<Answer, PublishError> {
        let url = address.as_str();
        let left = self.deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(self.out_of_time(url));
        }
        let limit = self.limits.request.min(left);
        let mut request = ureq::http::Request::builder().method(method).uri(url);
        if let Some(authorization) = &self.authorization {
            request = request.header("Authorization", authorization);
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request
            .body(body.to_owned())
            .map_err(|error| PublishError::Unreachable {
                url: url.to_owned(),
                reason: error.to_string(),
            })?;
        let request = self
            .agent
            .configure_request(request)
            .timeout_global(Some(limit))
            .build();
        let timed_out = || {
            if limit < self.limits.request {
                self.out_of_time(url)
            } else {
                PublishError::TooSlow {
                    url: url.to_owned(),
                    limit,
                }
            }
        };
        let mut response = self.agent.run(request).map_err(|error| match error {
            ureq::Error::Timeout(_) => timed_out(),
            ureq::Error::Io(error) if error.kind() == std::io::ErrorKind::TimedOut => timed_out(),
            other => PublishError::Unreachable {
                url: url.to_owned(),
                reason: reason(&other),
            },
        })?;
        let status = response.status().as_u16();
        if (300..400).contains(&status) && status != 304 {
            let to = response
                .headers()
                .get("Location")
                .and_then(|location| location.to_str().ok())
                .unwrap_or("another address")
                .to_owned();
            return Err(PublishError::Redirected {
                url: url.to_owned(),
                status,
                to,
            });
        }
        let text = response
            .body_mut()
            .read_to_string()
            .map_err(|error| match error {
                ureq::Error::Timeout(_) => timed_out(),
                other => PublishError::BadAnswer {
                    url: url.to_owned(),
                    reason: reason(&other),
                },
            })?;
        Ok(Answer { status, text })
    }

    fn out_of_time(&self, url: &str) -> PublishError {
        PublishError::OutOfTime {
            url: url.to_owned(),
            limit: self.limits.publish,
        }
    }
}

/// What went wrong on the way, in words rather than the library's codes.
fn reason(error: &ureq::Error) -> String {
    match error {
        ureq::Error::HostNotFound => "there is no server of this name".to_owned(),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            "nothing answers at this address and port (connection refused)".to_owned()
        }
        ureq::Error::BodyExceedsLimit(_) => "the answer is too long to be a calendar".to_owned(),
        other => other.to_string(),
    }
}

/// The system's own TLS and trusted certificates on Windows and macOS; elsewhere rustls with the
/// system's certificate store (see Cargo.toml), so that a ministry's own authority is trusted.
#[cfg(any(windows, target_os = "macos"))]
fn tls() -> ureq::tls::TlsConfig {
    ureq::tls::TlsConfig::builder()
        .provider(ureq::tls::TlsProvider::NativeTls)
        .root_certs(ureq::tls::RootCerts::PlatformVerifier)
        .build()
}

#[cfg(not(any(windows, target_os = "macos")))]
fn tls() -> ureq::tls::TlsConfig {
    ureq::tls::TlsConfig::builder()
        .root_certs(ureq::tls::RootCerts::PlatformVerifier)
        .build()
}

/// "30 s", "5 minutes": a limit as a planner reads it.
pub fn in_words(limit: Duration) -> String {
    let seconds = limit.as_secs_f64();
    if seconds >= 120.0 && limit.as_secs().is_multiple_of(60) {
        format!("{} minutes", limit.as_secs() / 60)
    } else if seconds >= 1.0 {
        format!("{} s", seconds.round())
    } else {
        format!("{} ms", limit.as_millis())
    }
}
