// A request whose answer is shown only if no newer one was made meanwhile: a user paging quickly,
// or a theme switched twice, sees the answer to what they asked last, never an older one arriving late.

/** Wraps `ask`: each call's answer goes to `show`, its failure's text to `fail`, unless a later call started. */
export function latestOnly<A, R>(ask: (arg: A) => Promise<R>, show: (answer: R) => void, fail: (message: string) => void): (arg: A) => Promise<void> {
  let generation = 0;
  return async (arg) => {
    const mine = ++generation;
    try {
      const answer = await ask(arg);
      if (mine === generation) show(answer);
    } catch (err) {
      if (mine === generation) fail(err instanceof Error ? err.message : String(err));
    }
  };
}
