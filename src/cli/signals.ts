/**
 * Signals a running command has claimed (`io.onSignal`): the executable's own handlers hand the
 * signal to it instead of ending the process. A second signal ends the process as usual.
 */
type Signal = 'SIGTERM' | 'SIGINT';

const claimed = new Map<Signal, () => void>();

export function claimSignal(signal: Signal, handler: () => void): () => void {
  claimed.set(signal, handler);
  return () => {
    if (claimed.get(signal) === handler) claimed.delete(signal);
  };
}

/** The handler a command claimed for `signal`, if any. */
export function claimedHandler(signal: string): (() => void) | undefined {
  return claimed.get(signal as Signal);
}
