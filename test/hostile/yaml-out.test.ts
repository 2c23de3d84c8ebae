/**
 * What the template `toYaml` writes must read back as the same value: a key `<<` written plain
 * is a merge key to the reader, and U+2028/U+2029 written raw are line breaks to libyaml but
 * text to js-yaml.
 */
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { marshalGoYaml } from '../../src/render/functions.js';
import { KUBE_SCHEMA } from '../../src/read/yaml-schema.js';
import { runCli } from '../helpers/run-cli.js';

const readBack = (text: string): unknown => load(text, { schema: KUBE_SCHEMA });

function podWithUserVolume(json: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    sidecar.istio.io/userVolume: ${JSON.stringify(json)}\nspec:\n  containers:\n  - name: app\n    image: app:1\n`;
}

describe('toYaml of hostile strings', () => {
  it('quotes the key "<<" as yaml.v2 does, so it stays a key and merges nothing', async () => {
    expect(marshalGoYaml({ '<<': { a: 1 }, b: 2 })).toBe('"<<":\n  a: 1\nb: 2\n');
    const volume = { '<<': { hostPath: { path: '/' } }, configMap: { name: 'c' } };
    const r = await runCli(['-q', '-f', '-'], { stdin: podWithUserVolume(JSON.stringify({ v: volume })) });
    expect(r.code, r.stderr).toBe(0);
    const out = readBack(r.stdout) as { spec: { volumes: Array<Record<string, unknown>> } };
    const v = out.spec.volumes.find((x) => x['name'] === 'v');
    expect(v, 'the user volume').toBeDefined();
    expect(v!['hostPath'], 'no field merged in from "<<"').toBeUndefined();
    expect(v!['<<']).toEqual({ hostPath: { path: '/' } });
  });

  it('escapes U+2028, U+2029 and U+0085, so a value cannot swallow the next field', () => {
    for (const s of ['\n:\u2028', 'a\n\u2028b', '\n\u2028', 'x\u2029', '\u0085x', 'a: b\u2028c: d']) {
      for (const v of [{ k: s, next: 1 }, { [s]: 'v', next: 1 }, { l: [s, 'n'] }]) {
        const text = marshalGoYaml(v);
        expect(text).not.toMatch(/[\u2028\u2029\u0085]/);
        expect(readBack(text), JSON.stringify(text)).toEqual(v);
      }
    }
  });
});
