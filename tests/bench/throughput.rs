//! Native throughput per input size and on adversarial inputs. Prints figures; asserts nothing
//! about time (speed goals are read from these figures, not enforced by flaky tests).

use onrecord::{Extractor, Options};
use std::time::Instant;

fn corpus() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut s = std::fs::read_to_string(dir.join("seed-trump-putin-call.txt")).unwrap();
    let mut names: Vec<_> = std::fs::read_dir(dir.join("articles")).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    for p in names {
        s.push_str("\n\n");
        s.push_str(&std::fs::read_to_string(p).unwrap());
    }
    s
}

fn sized(base: &str, n: usize) -> String {
    let mut s = String::with_capacity(n + base.len());
    while s.len() < n {
        s.push_str(base);
        s.push_str("\n\n");
    }
    let mut cut = n.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

fn time(ex: &Extractor, text: &str, min_runs: usize) -> f64 {
    let opts = Options::default();
    let _ = ex.extract(text, &opts);
    let mut runs = 0;
    let t0 = Instant::now();
    while runs < min_runs || t0.elapsed().as_secs_f64() < 0.5 {
        let a = ex.extract(text, &opts);
        std::hint::black_box(&a);
        runs += 1;
        if t0.elapsed().as_secs_f64() > 10.0 {
            break;
        }
    }
    t0.elapsed().as_secs_f64() / runs as f64
}

fn main() {
    let t0 = Instant::now();
    let ex = Extractor::new();
    println!("Extractor::new: {:.2} ms", t0.elapsed().as_secs_f64() * 1e3);
    let base = corpus();
    let article = sized(&base, 5_000);
    let t = time(&ex, &article, 200);
    println!("typical 5 KB article: {:.3} ms ({:.1} MB/s)", t * 1e3, 5e-3 / t);
    println!("\n{:<34} {:>10} {:>12} {:>10}", "input", "bytes", "ms", "MB/s");
    for n in [1_000, 100_000, 1_000_000, 10_000_000] {
        let text = sized(&base, n);
        let t = time(&ex, &text, if n > 1_000_000 { 1 } else { 5 });
        println!("{:<34} {:>10} {:>12.2} {:>10.1}", format!("news text, {} KB", n / 1000), text.len(), t * 1e3, text.len() as f64 / t / 1e6);
    }
    let adversarial = [
        ("100,000 quote marks", "\"".repeat(100_000)),
        ("100,000 mixed marks and words", "“a ‘b” c’ «d» „e“ 'f' ".repeat(5_000)),
        ("5 MB paragraph, no punctuation", "word another thing and more ".repeat(180_000)),
        ("50,000 names", "President Jane Smith and Tom Brown said ".repeat(25_000)),
        // Quotes of every kind in one paragraph, at two sizes: equal MB/s means linear.
        ("10,000 quotes in one paragraph", "He said \"a b c\" and more. \"A b,\" said Tom Reed, who added that \"c d\" was true. ".repeat(5_000)),
        ("40,000 quotes in one paragraph", "He said \"a b c\" and more. \"A b,\" said Tom Reed, who added that \"c d\" was true. ".repeat(20_000)),
        ("50,000 time words", "on Thursday next week 3 p.m. ".repeat(50_000)),
        ("40,000 transcript lines", format!("Mike Pence and Tim Kaine debated.\n\n{}", "PENCE: \"We will win,\" he said of the race.\n\nKAINE: That is not true.\n\n".repeat(20_000))),
        ("HTML: 100,000 unclosed <script> tags", format!("<p>{}", "<script>".repeat(100_000))),
        ("HTML: 50,000 paragraphs with scripts", format!("<html>{}", "<script>var a=1;</script><p>&ldquo;Yes,&rdquo; Jane Smith said.</p>".repeat(50_000))),
    ];
    for (name, text) in adversarial {
        let t = time(&ex, &text, 1);
        println!("{:<34} {:>10} {:>12.2} {:>10.1}", name, text.len(), t * 1e3, text.len() as f64 / t / 1e6);
    }
}
