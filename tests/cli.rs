//! The command line: its contract with score.py, exit codes, and the JSONL batch.

use std::io::Write;
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_onrecord"))
}

fn run_stdin(args: &[&str], input: &[u8]) -> (i32, String, String) {
    let mut child = bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

fn seed_path() -> String {
    format!("{}/tests/data/seed-trump-putin-call.txt", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn extract_a_file_as_json_pretty_and_text() {
    let out = bin().args(["extract", &seed_path()]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], "1");
    assert_eq!(v["document"]["date"], "2025-10-17");
    assert!(v["quotes"].as_array().unwrap().len() >= 11);
    let pretty = bin().args(["extract", &seed_path(), "--format", "pretty"]).output().unwrap();
    assert!(String::from_utf8(pretty.stdout).unwrap().contains("\n  \"document\""));
    let text = bin().args(["extract", &seed_path(), "--format", "text"]).output().unwrap();
    assert!(String::from_utf8(text.stdout).unwrap().contains("— Karoline Leavitt"));
}

#[test]
fn date_option_and_stdin() {
    let (code, out, _) = run_stdin(&["extract", "-", "--date", "2025-10-24"], b"They met on Thursday.");
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["times"][0]["value"], "2025-10-23");
}

#[test]
fn jsonl_batch_keeps_order_and_survives_bad_lines() {
    let seed = std::fs::read_to_string(seed_path()).unwrap();
    let mut input = String::new();
    input.push_str(&serde_json::json!({"id": "a", "text": seed, "date": "2025-10-17"}).to_string());
    input.push('\n');
    input.push_str("{not json\n");
    input.push_str(&serde_json::json!({"id": 7, "text": ""}).to_string());
    input.push('\n');
    input.push_str(&serde_json::json!({"id": "d", "text": "\"Hi,\" she said.", "date": "nope"}).to_string());
    input.push('\n');
    input.push_str(&serde_json::json!({"id": "e", "text": "\"Hi,\" Jane Smith said.", "date": null}).to_string());
    input.push('\n');
    let mut bytes = input.into_bytes();
    bytes.extend_from_slice(b"{\"id\":\"f\",\"text\":\"\xff\xfe\"}\n");
    for jobs in ["1", "3"] {
        let (code, out, _) = run_stdin(&["extract", "--jsonl", "--jobs", jobs], &bytes);
        assert_eq!(code, 0);
        let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), 6, "one output line per input line");
        assert_eq!(lines[0]["id"], "a");
        assert!(lines[0]["quotes"].as_array().unwrap().len() >= 11);
        assert!(lines[1]["error"].as_str().unwrap().contains("JSON"));
        assert_eq!(lines[2]["id"], 7);
        assert_eq!(lines[2]["error"], "the text is empty");
        assert_eq!(lines[3]["id"], "d");
        assert!(lines[3]["error"].as_str().unwrap().contains("YYYY-MM-DD"));
        assert_eq!(lines[4]["quotes"][0]["speaker_name"], "Jane Smith");
        assert!(lines[5]["error"].as_str().unwrap().contains("UTF-8"));
    }
}

#[test]
fn clear_errors_and_distinct_exit_codes() {
    let dir = std::env::temp_dir().join(format!("onrecord-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 \"ol\xe9,\" he said.").unwrap();
    let binary = dir.join("binary.bin");
    std::fs::write(&binary, [0u8, 1, 2, 3, 0, 255]).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"  \n").unwrap();
    let cases: Vec<(Vec<String>, i32, &str)> = vec![
        (vec!["extract".into(), dir.join("missing.txt").display().to_string()], 3, "no such file"),
        (vec!["extract".into(), dir.display().to_string()], 3, "is a directory"),
        (vec!["extract".into(), latin1.display().to_string()], 4, "not UTF-8"),
        (vec!["extract".into(), binary.display().to_string()], 4, "binary"),
        (vec!["extract".into(), empty.display().to_string()], 5, "empty"),
        (vec!["extract".into(), seed_path(), "--max-bytes".into(), "100".into()], 5, "limit"),
        (vec!["extract".into(), "--date".into(), "17/10/2025".into()], 2, "YYYY-MM-DD"),
        (vec!["frobnicate".into()], 2, "unknown command"),
        (vec!["extract".into(), "--format".into(), "xml".into()], 2, "not json"),
    ];
    for (args, code, msg) in cases {
        let out = bin().args(&args).stdin(Stdio::null()).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
        assert!(err.contains(msg), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?} printed to stdout");
    }
    std::fs::remove_dir_all(&dir).ok();
}
