//! One sort for every pass.
//!
//! `slice::sort_by_key` is generic over the element type and the key closure, so every call
//! site compiles its own copy of the standard library's sorting algorithms (several KB of
//! code each in the wasm module). The passes sort short lists, so they share a single copy
//! instead: a stable sort of positions through a `dyn` comparator, then the list is permuted.

use std::cmp::Ordering;

/// Sorts `v` stably by `key`, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    if v.len() < 2 {
        return;
    }
    let perm = positions(v.len(), &|a, b| key(&v[a]).cmp(&key(&v[b])));
    permute(v, &perm);
}

/// Sorts `v` stably in its natural order, like `slice::sort`.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    if v.len() < 2 {
        return;
    }
    let perm = positions(v.len(), &|a, b| v[a].cmp(&v[b]));
    permute(v, &perm);
}

/// The positions `0..n` in the order `cmp` gives them: a bottom-up merge sort, stable and
/// O(n log n). (A few lines of our own instead of `slice::sort_by`, whose driftsort would be
/// one more copy of the standard library's sorting code in the wasm module, beside regex's.)
fn positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut a: Vec<u32> = (0..n as u32).collect();
    let mut b = vec![0u32; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut b[lo..hi] {
                // Take from the right run only when it is strictly smaller: stable.
                let right = j < hi && (i >= mid || cmp(a[j] as usize, a[i] as usize) == Ordering::Less);
                if right {
                    *slot = a[j];
                    j += 1;
                } else {
                    *slot = a[i];
                    i += 1;
                }
            }
            lo = hi;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

fn permute<T>(v: &mut Vec<T>, perm: &[u32]) {
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(perm.iter().filter_map(|&i| slots[i as usize].take()));
}

#[cfg(test)]
mod tests {
    #[test]
    fn stable_and_complete() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        super::sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, vec![(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let mut w = vec![5, 2, 9, 2];
        super::sort(&mut w);
        assert_eq!(w, vec![2, 2, 5, 9]);
    }

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        // Every length up to 70 (odd runs, one-element tails), with many equal keys.
        for n in 0..70u32 {
            let v: Vec<(u32, u32)> = (0..n).map(|i| ((i * 7919 + 13) % 11, i)).collect();
            let mut ours = v.clone();
            super::sort_by_key(&mut ours, |x| x.0);
            let mut std = v;
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "n = {n}");
        }
    }
}
