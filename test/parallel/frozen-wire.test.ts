/**
 * The frozen parts of injected values sent once (`src/parallel/frozen-wire.ts`), through a real
 * structured clone as `postMessage` makes it: the main thread gets equal values, the same frozen
 * object each time the worker sent the same one, and the worker's values are left as they were.
 */
import { describe, expect, it } from 'vitest';
import { FrozenReceiver, FrozenSender, type FrozenParts } from '../../src/parallel/frozen-wire.js';
import { deepFreeze, isFrozenObject } from '../../src/model/frozen.js';

interface Result {
  at: number;
  value?: unknown;
}

/** One message from `sender` to `receiver`: the results as the main thread has them after it. */
function send(sender: FrozenSender, receiver: FrozenReceiver, results: Result[]): Result[] {
  sender.takeValues(results);
  let message: { results: Result[]; frozen: FrozenParts };
  try {
    message = structuredClone({ results, frozen: sender.parts() });
  } finally {
    sender.restore();
  }
  receiver.fill(message.frozen);
  return message.results;
}

const sidecar = () => deepFreeze({ name: 'istio-proxy', args: ['proxy', 'sidecar'], env: [{ name: 'A', value: '1' }] });
const volumes = () => deepFreeze([{ name: 'istio-envoy', emptyDir: {} }]);

function pod(name: string, proxy: unknown, vols: unknown): unknown {
  return { metadata: { name, labels: { app: name } }, spec: { containers: [{ name: 'app', image: 'nginx' }, proxy], volumes: vols } };
}

describe('frozen parts sent once', () => {
  it('gives the main thread equal values, and one frozen object for each one the worker sent', () => {
    const sender = new FrozenSender();
    const receiver = new FrozenReceiver();
    const proxy = sidecar();
    const vols = volumes();
    const first = [{ at: 0, value: pod('a', proxy, vols) }, { at: 1 }, { at: 2, value: pod('b', proxy, vols) }];
    const second = [{ at: 3, value: pod('c', proxy, vols) }];
    const expected = structuredClone([first, second]);

    const got1 = send(sender, receiver, first);
    const got2 = send(sender, receiver, second);
    expect([got1, got2]).toEqual(expected);

    const proxyOf = (r: Result) => (r.value as { spec: { containers: unknown[] } }).spec.containers[1];
    const volsOf = (r: Result) => (r.value as { spec: { volumes: unknown } }).spec.volumes;
    // The same object across pods and across messages, frozen so the writer remembers its text.
    expect(proxyOf(got1[2]!)).toBe(proxyOf(got1[0]!));
    expect(proxyOf(got2[0]!)).toBe(proxyOf(got1[0]!));
    expect(volsOf(got2[0]!)).toBe(volsOf(got1[0]!));
    expect(isFrozenObject(proxyOf(got2[0]!))).toBe(true);
    // What is not frozen on the worker's side is sent as it is, and not frozen here.
    expect(isFrozenObject((got1[0]!.value as { metadata: unknown }).metadata)).toBe(false);
  });

  it('sends a frozen object whole the first time only', () => {
    const sender = new FrozenSender();
    const proxy = sidecar();
    sender.takeValues([{ value: pod('a', proxy, []) }]);
    const firstDefs = sender.parts().defs.length;
    sender.restore();
    sender.takeValues([{ value: pod('b', proxy, []) }]);
    const parts = sender.parts();
    expect(firstDefs).toBe(2);
    expect(parts.defs).toEqual([]);
    expect(parts.refs).toHaveLength(3);
    sender.restore();
  });

  it('leaves the worker its values as they were, object for object', () => {
    const sender = new FrozenSender();
    const proxy = sidecar();
    const value = pod('a', proxy, volumes()) as { spec: { containers: unknown[]; volumes: unknown } };
    const vols = value.spec.volumes;
    sender.takeValues([{ value }]);
    expect(value.spec.containers[1]).toBeNull();
    sender.restore();
    expect(value.spec.containers[1]).toBe(proxy);
    expect(value.spec.volumes).toBe(vols);
  });

  it('sends a value that is frozen as a whole', () => {
    const sender = new FrozenSender();
    const receiver = new FrozenReceiver();
    const whole = deepFreeze({ kind: 'Pod', metadata: { name: 'p' } });
    const [a] = send(sender, receiver, [{ at: 0, value: whole }]);
    const [b] = send(sender, receiver, [{ at: 1, value: whole }]);
    expect(a!.value).toEqual(whole);
    expect(b!.value).toBe(a!.value);
  });

  it('starts over on both sides once it remembers enough, and stays exact', () => {
    const sender = new FrozenSender();
    const receiver = new FrozenReceiver();
    let resets = 0;
    const kept = deepFreeze({ name: 'kept' });
    for (let i = 0; i < 1500; i++) {
      const value = { spec: { a: deepFreeze({ n: i }), b: kept } };
      sender.takeValues([{ value }]);
      const parts = sender.parts();
      if (parts.reset) resets++;
      const message = structuredClone({ results: [{ value }], frozen: parts });
      sender.restore();
      receiver.fill(message.frozen);
      expect(message.results[0]!.value).toEqual({ spec: { a: { n: i }, b: { name: 'kept' } } });
    }
    expect(resets).toBe(1);
  });
});
