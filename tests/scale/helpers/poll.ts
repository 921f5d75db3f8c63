/** Milliseconds until `probe` returns what `done` accepts; fails after `limitMs`, naming the last value seen. */
export async function millisecondsUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  limitMs = 10_000,
): Promise<number> {
  const started = Date.now();
  let last: T | undefined;
  while (Date.now() - started < limitMs) {
    last = await probe();
    if (done(last)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${limitMs} ms 内未见变化,最后一次: ${JSON.stringify(last)}`);
}
