//! Gives the Windows executable its icon and version information (the name, description, version
//! and copyright Explorer shows), read from Cargo.toml's [package.metadata.app] like every other
//! package's metadata. Other targets need nothing from here.

use std::env;

const ICON: &str = "packaging/icons/attache.ico";

fn main() {
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-changed={ICON}");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let manifest = std::fs::read_to_string("Cargo.toml").expect("Cargo.toml is readable");
    let manifest: toml::Table = manifest.parse().expect("Cargo.toml is valid TOML");
    let app = &manifest["package"]["metadata"]["app"];
    let text = |key: &str| {
        app[key]
            .as_str()
            .unwrap_or_else(|| panic!("[package.metadata.app] {key} is text"))
    };
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon(ICON)
        .set("ProductName", text("display-name"))
        .set("FileDescription", text("display-name"))
        .set("CompanyName", text("developer"))
        .set("LegalCopyright", &format!("© {}", text("developer")))
        .set("OriginalFilename", "attache.exe");
    if let Err(error) = resource.compile() {
        panic!(
            "the Windows resources (icon, version information) could not be compiled: {error}; \
             cross-compiling needs mingw-w64's windres (Debian: binutils-mingw-w64-x86-64)"
        );
    }
}
