// The "before" of issue 13: figures of a full `npm run bench` of commit 9ccba9c (the last commit
// before the core, the node-tar reader and the runner protocol), taken on Node 24.21.0 on this
// 2-core machine on 2026-12-01 at 08:42 UTC. Small: 10 templates, 3 tags, loopback, plain http.
export const BEFORE = {
  commit: '9ccba9c',
  date: '2026-12-01',
  node: 'v24.21.0',
  smallMs: 192,
  repushMs: 138,
  nodeStartupMs: 24
}
