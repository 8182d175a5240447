// Loaded first (node --require) into the processes that scripts/serve.ts starts, and by the
// launcher itself: a process ends when the process that started it ends, however that one ended.
// A launcher killed with SIGKILL cannot stop its children itself; without this, `next start`
// would stay behind holding the port (the next start then fails with EADDRINUSE).
const parent = process.ppid;
const watch = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(watch);
  // Reparented: the parent is gone. Stop as on SIGTERM (a clean shutdown), and for good soon after.
  setTimeout(() => process.exit(1), 10_000).unref();
  process.kill(process.pid, "SIGTERM");
}, 500);
watch.unref();
