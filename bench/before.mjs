// The "before" of issue 24: the commit whose dist/ runs beside this tree as "ours (commit)" in
// the same run (BENCH_BASELINE overrides it). 5d7511d is main before the refactor of the OCI
// client and the core (issue 24).
export const BEFORE = {
  commit: '5d7511d',
  issue: 24
}
