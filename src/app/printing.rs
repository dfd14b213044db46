//! File → Print briefing book… and Print programme…: the page is written to a folder of the
//! app's own under the system's temporary folder, through the one write layer, and opened in the
//! system's browser, where the planner prints it or saves it as a PDF. The folder is private to
//! this run (created afresh, so nobody else can have put a link there) and is removed when the
//! app closes.

use std::path::{Path, PathBuf};

use super::{AttacheApp, ExportRequest};
use crate::file;
use crate::msg;

impl AttacheApp {
    /// Writes `request`'s export for printing and opens it in the browser; what went wrong is
    /// told in the messages.
    pub(super) fn print(&mut self, request: ExportRequest) {
        let Ok(since) = self.earlier_version(&request) else {
            return;
        };
        let bytes = match request.bytes(self.document.plan(), since.as_ref()) {
            Ok(bytes) => bytes,
            Err(error) => {
                self.messages.push(msg!(
                    "app-nothing-printed-export",
                    reason = error.to_string()
                ));
                return;
            }
        };
        let path = match self.print_path(&request) {
            Ok(path) => path,
            Err(error) => {
                self.messages.push(msg!(
                    "app-nothing-printed-no-folder",
                    reason = error.to_string()
                ));
                return;
            }
        };
        let open_plan: Vec<&Path> = self.document.path().into_iter().collect();
        // The folder is this run's own: what is there is an earlier printout.
        let recognise = |head: &[u8]| request.format.is_earlier_export(&bytes, head);
        let replace = file::Replace::EarlierExport(&recognise);
        if let Err(error) = file::write_export(&path, &bytes, &open_plan, replace) {
            self.messages.push(msg!(
                "app-nothing-printed",
                reason = super::sentences::save_error(&error)
            ));
            return;
        }
        match self.dialogs.show_in_browser(&path) {
            Ok(()) => {
                self.exchange.notice = Some(msg!(
                    "app-opened-in-browser",
                    path = path.display().to_string()
                ))
            }
            Err(error) => self.messages.push(msg!(
                "app-browser-not-opened",
                path = path.display().to_string(),
                reason = error.to_string()
            )),
        }
    }

    /// Where `request` is written for printing: its usual export name in this run's folder.
    fn print_path(&mut self, request: &ExportRequest) -> std::io::Result<PathBuf> {
        let name = self.suggested_export_name(request);
        let folder = match &self.print_folder {
            Some(folder) => folder,
            None => self.print_folder.insert(
                tempfile::Builder::new()
                    .prefix("attache-print-")
                    .tempdir()?,
            ),
        };
        Ok(folder.path().join(name))
    }
}
