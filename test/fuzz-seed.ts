// The fuzz tests' seed: fixed under CI so that a failure there replays, fresh on
// a developer's machine so that every run explores new cases; FUZZ_SEED replays one.
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? (process.env.CI ? 20261130 : Date.now() % 2 ** 31));
