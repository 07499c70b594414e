// A guard for the browser's answers: a page that never gets ready must end the run with a
// message, not hang it. Used by the slides PDF and the handout.

/** A guard against a page that never gets ready, not a target: a deck prints in about a second. */
export const READY_TIMEOUT_MS = 60_000;

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
