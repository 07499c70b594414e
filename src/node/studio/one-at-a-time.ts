// Changes to the speeches' folder run one after another: each checks which names are taken and
// then takes one, and two at once (two tabs, a script) could both take the same deck name.
const queues = new Map<string, Promise<unknown>>();

export function oneAtATime<T>(dir: string, change: () => Promise<T>): Promise<T> {
  const before = queues.get(dir) ?? Promise.resolve();
  const run = before.then(change, change);
  // The queue goes on whatever this change did; its own caller sees its failure.
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(dir, settled);
  void settled.then(() => {
    if (queues.get(dir) === settled) queues.delete(dir);
  });
  return run;
}
