export function probe(a: i32): i32 { return a + 1; }
