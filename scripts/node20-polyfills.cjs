// Node 20 lacks Map.groupBy (Node 21+), which vitest's reporter uses to print failures.
// Loaded with --require by scripts/test.ts so that a failing test shows its details.
if (typeof Map.groupBy !== "function") {
  Map.groupBy = function groupBy(items, keyOf) {
    const groups = new Map();
    let i = 0;
    for (const item of items) {
      const key = keyOf(item, i++);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(item);
    }
    return groups;
  };
}
