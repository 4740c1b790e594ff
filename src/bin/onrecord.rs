//! The `onrecord` command line: one article to JSON, or a JSONL batch.

use onrecord::{Analysis, Date, Extractor, Options, DEFAULT_MAX_BYTES};
use serde::Serialize;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
onrecord — who said what, who did what, when and where, from a news article

USAGE:
    onrecord extract [FILE|-] [--date YYYY-MM-DD] [--format json|pretty|text] [--max-bytes N]
    onrecord extract --jsonl [FILE|-] [--jobs N] [--max-bytes N]
    onrecord --help | --version

  extract          Analyse one article (FILE, or standard input when FILE is - or absent)
                   and print the v1 JSON result.
  --jsonl          Batch mode: read one {\"id\",\"text\",\"date\"} object per line, write one
                   result per line, in input order, with \"id\" echoed. A bad line yields
                   {\"id\",\"error\"} on its line and the batch goes on.
  --date D         The article's date (YYYY-MM-DD); wins over the dateline's.
  --format F       json (one line, the default), pretty (indented JSON) or text (a report
                   for people: quotes and speakers, the timeline, times, entities).
  --jobs N         Worker threads for --jsonl (default: all cores).
  --max-bytes N    Largest article accepted (default 20 MiB).

EXIT CODES:
    0 success   2 usage error   3 cannot read the input (missing, a directory, unreadable)
    4 not text (not UTF-8, or binary)   5 article rejected (empty, too large)
";

enum Fail {
    Usage(String),
    Read(String),
    NotText(String),
    Rejected(String),
}

impl Fail {
    fn code(&self) -> u8 {
        match self {
            Fail::Usage(_) => 2,
            Fail::Read(_) => 3,
            Fail::NotText(_) => 4,
            Fail::Rejected(_) => 5,
        }
    }
    fn message(&self) -> &str {
        match self {
            Fail::Usage(m) | Fail::Read(m) | Fail::NotText(m) | Fail::Rejected(m) => m,
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Pretty,
    Text,
}

struct Args {
    file: Option<String>,
    date: Option<Date>,
    format: Format,
    jsonl: bool,
    jobs: usize,
    max_bytes: usize,
}

fn parse_args(argv: &[String]) -> Result<Option<Args>, Fail> {
    let mut it = argv.iter();
    match it.next().map(String::as_str) {
        Some("extract") => {}
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            return Ok(None);
        }
        Some("-V" | "--version") => {
            println!("onrecord {}", env!("CARGO_PKG_VERSION"));
            return Ok(None);
        }
        Some(other) => return Err(Fail::Usage(format!("unknown command '{other}'\n\n{USAGE}"))),
        None => return Err(Fail::Usage(USAGE.to_string())),
    }
    let mut a = Args {
        file: None,
        date: None,
        format: Format::Json,
        jsonl: false,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        max_bytes: DEFAULT_MAX_BYTES,
    };
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| Fail::Usage(format!("{name} needs a value")));
        match arg.as_str() {
            "--jsonl" => a.jsonl = true,
            "--date" => {
                let v = value("--date")?;
                a.date = Some(Date::parse(&v).ok_or_else(|| Fail::Usage(format!("--date: '{v}' is not a date (YYYY-MM-DD)")))?);
            }
            "--format" => match value("--format")?.as_str() {
                "json" => a.format = Format::Json,
                "pretty" => a.format = Format::Pretty,
                "text" => a.format = Format::Text,
                f => return Err(Fail::Usage(format!("--format: '{f}' is not json, pretty or text"))),
            },
            "--jobs" => {
                let v = value("--jobs")?;
                a.jobs = v.parse().ok().filter(|&n| n > 0).ok_or_else(|| Fail::Usage(format!("--jobs: '{v}' is not a positive number")))?;
            }
            "--max-bytes" => {
                let v = value("--max-bytes")?;
                a.max_bytes = v.parse().ok().filter(|&n| n > 0).ok_or_else(|| Fail::Usage(format!("--max-bytes: '{v}' is not a positive number")))?;
            }
            "-h" | "--help" => {
                print!("{USAGE}");
                return Ok(None);
            }
            s if s.starts_with("--") => return Err(Fail::Usage(format!("unknown option '{s}'"))),
            s => {
                if a.file.is_some() {
                    return Err(Fail::Usage("only one FILE may be given".into()));
                }
                a.file = Some(s.to_string());
            }
        }
    }
    Ok(Some(a))
}

fn open(file: &Option<String>) -> Result<Box<dyn BufRead>, Fail> {
    match file.as_deref() {
        None | Some("-") => Ok(Box::new(io::BufReader::new(io::stdin()))),
        Some(path) => {
            let meta = std::fs::metadata(path).map_err(|e| Fail::Read(format!("{path}: {}", describe(&e))))?;
            if meta.is_dir() {
                return Err(Fail::Read(format!("{path}: is a directory, not a file")));
            }
            let f = std::fs::File::open(path).map_err(|e| Fail::Read(format!("{path}: {}", describe(&e))))?;
            Ok(Box::new(io::BufReader::new(f)))
        }
    }
}

fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn name(file: &Option<String>) -> &str {
    match file.as_deref() {
        None | Some("-") => "standard input",
        Some(p) => p,
    }
}

fn single(a: &Args, ex: &Extractor) -> Result<(), Fail> {
    let mut bytes = Vec::new();
    let mut r = open(&a.file)?;
    r.by_ref()
        .take(a.max_bytes as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Fail::Read(format!("{}: {}", name(&a.file), describe(&e))))?;
    if bytes.len() > a.max_bytes {
        return Err(Fail::Rejected(format!("{}: over the {} byte limit (see --max-bytes)", name(&a.file), a.max_bytes)));
    }
    if bytes.contains(&0) {
        return Err(Fail::NotText(format!("{}: binary data (NUL bytes), not article text", name(&a.file))));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        Fail::NotText(format!("{}: not UTF-8 text (invalid byte at offset {}); convert it first, e.g. with iconv", name(&a.file), e.utf8_error().valid_up_to()))
    })?;
    let opts = Options { date: a.date, max_bytes: a.max_bytes };
    let analysis = ex.extract(&text, &opts).map_err(|e| match e {
        onrecord::Error::Binary => Fail::NotText(format!("{}: {e}", name(&a.file))),
        _ => Fail::Rejected(format!("{}: {e}", name(&a.file))),
    })?;
    let out = match a.format {
        Format::Json => serde_json::to_string(&analysis).unwrap_or_default(),
        Format::Pretty => serde_json::to_string_pretty(&analysis).unwrap_or_default(),
        Format::Text => analysis.report(),
    };
    let mut stdout = io::stdout().lock();
    let _ = writeln!(stdout, "{}", out.trim_end());
    Ok(())
}

#[derive(Serialize)]
struct Line<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

#[derive(Serialize)]
struct ErrLine<'a> {
    id: &'a serde_json::Value,
    error: String,
}

/// One JSONL input line → one output line (never fails: errors become `{"id","error"}`).
fn batch_line(ex: &Extractor, raw: &[u8], max_bytes: usize) -> String {
    let null = serde_json::Value::Null;
    let err = |id: &serde_json::Value, msg: String| serde_json::to_string(&ErrLine { id, error: msg }).unwrap_or_default();
    let Ok(line) = std::str::from_utf8(raw) else {
        return err(&null, "line is not UTF-8".into());
    };
    let v: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return err(&null, format!("not a JSON object: {e}")),
    };
    let id = v.get("id").unwrap_or(&null);
    let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
        return err(id, "missing \"text\" string".into());
    };
    let date = match v.get("date") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) if s.is_empty() => None,
        Some(serde_json::Value::String(s)) => match Date::parse(s) {
            Some(d) => Some(d),
            None => return err(id, format!("\"date\" '{s}' is not YYYY-MM-DD")),
        },
        Some(_) => return err(id, "\"date\" must be a string".into()),
    };
    // The library does not panic; should a bug ever make it, one line fails, not the batch.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ex.extract(text, &Options { date, max_bytes })));
    match result {
        Ok(Ok(analysis)) => serde_json::to_string(&Line { id, analysis: &analysis }).unwrap_or_default(),
        Ok(Err(e)) => err(id, e.to_string()),
        Err(_) => err(id, "internal error while analysing this text (please report it)".into()),
    }
}

/// Stream lines in chunks, analyse each chunk on all threads, write in input order:
/// memory stays bounded by the chunk, whatever the input size.
fn jsonl(a: &Args, ex: &Extractor) -> Result<(), Fail> {
    let mut input = open(&a.file)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let chunk_lines = 64 * a.jobs;
    let mut eof = false;
    while !eof {
        let mut chunk: Vec<Vec<u8>> = Vec::with_capacity(chunk_lines);
        while chunk.len() < chunk_lines {
            let mut buf = Vec::new();
            let n = input.read_until(b'\n', &mut buf).map_err(|e| Fail::Read(format!("{}: {}", name(&a.file), describe(&e))))?;
            if n == 0 {
                eof = true;
                break;
            }
            while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                buf.pop();
            }
            if buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            chunk.push(buf);
        }
        let results = run_parallel(ex, &chunk, a.jobs, a.max_bytes);
        for r in results {
            if writeln!(out, "{r}").is_err() {
                return Ok(()); // a closed pipe ends the batch quietly
            }
        }
    }
    let _ = out.flush();
    Ok(())
}

fn run_parallel(ex: &Extractor, lines: &[Vec<u8>], jobs: usize, max_bytes: usize) -> Vec<String> {
    if jobs <= 1 || lines.len() <= 1 {
        return lines.iter().map(|l| batch_line(ex, l, max_bytes)).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let slots: Vec<std::sync::Mutex<Option<String>>> = lines.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..jobs.min(lines.len()) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= lines.len() {
                    break;
                }
                let r = batch_line(ex, &lines[i], max_bytes);
                if let Ok(mut slot) = slots[i].lock() {
                    *slot = Some(r);
                }
            });
        }
    });
    slots
        .into_iter()
        .map(|m| m.into_inner().ok().flatten().unwrap_or_else(|| "{\"id\":null,\"error\":\"internal error\"}".into()))
        .collect()
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_args(&argv) {
        Ok(Some(a)) => a,
        Ok(None) => return ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("onrecord: {}", f.message());
            return ExitCode::from(f.code());
        }
    };
    let ex = Extractor::new();
    let res = if args.jsonl { jsonl(&args, &ex) } else { single(&args, &ex) };
    match res {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("onrecord: {}", f.message());
            ExitCode::from(f.code())
        }
    }
}
