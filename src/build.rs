//! Build script: the word lists in `src/data/` are compiled in without their comment lines and
//! blank lines. The comments document each list where it is edited; left out of the binary,
//! they save about 2 KB of the gzipped WebAssembly module.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo::rerun-if-changed=src/data");
    for entry in fs::read_dir("src/data").expect("src/data is readable") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        println!("cargo::rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("word lists are UTF-8");
        let mut kept = String::with_capacity(text.len());
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            kept.push_str(line);
            kept.push('\n');
        }
        fs::write(Path::new(&out).join(path.file_name().expect("a file name")), kept).expect("OUT_DIR is writable");
    }
}
