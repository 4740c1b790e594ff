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

/// The positions `0..n` in the order `cmp` gives them (stable): the one monomorphised sort.
fn positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut idx: Vec<u32> = (0..n as u32).collect();
    idx.sort_by(|&a, &b| cmp(a as usize, b as usize));
    idx
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
}
