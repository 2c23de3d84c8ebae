/**
 * The cases of Istio's own injection test (`pkg/kube/inject/inject_test.go`, TestInjection and
 * TestInjectionOlderVersion), for the subset of its `testdata/inject` that test/data/istio
 * holds, with the settings `test/data/istio/README.md` gives for each.
 *
 * Like Istio's test: the special cases are listed; every other `<name>.yaml` input is a
 * default case against `<name>.yaml.injected`; every `<name>-old-version.yaml.injected` is
 * `<name>.yaml` with native sidecars off; and every golden file must be used by some case.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type SettingsOverlay = { readonly format: 'json' | 'yaml'; readonly data: Record<string, unknown> };

interface CaseBase {
  /** Unique, readable: `<golden> (native on)` or `<input> (must fail)`. */
  readonly id: string;
  /** A file name in `inject/`. */
  readonly input: string;
  /** `--native-sidecars` given. */
  readonly native: boolean;
  /** Values overlay written to a temporary file, passed as a second `--values`. */
  readonly values?: SettingsOverlay;
  /** Mesh overlay (YAML) written to a temporary file, passed as a second `--mesh-config`. */
  readonly mesh?: Record<string, unknown>;
  /** An IstioOperator file in `inject/`, passed as `--operator-file`. */
  readonly operatorFile?: string;
}

export interface GoldenCase extends CaseBase {
  readonly kind: 'golden';
  /** A file name in `inject/`. */
  readonly golden: string;
  /** Text stderr must contain (a warning). */
  readonly warning?: string;
}

export interface ErrorCase extends CaseBase {
  readonly kind: 'error';
  /** What Istio's test looks for, lower-case, in the error (`includeipranges` …). */
  readonly errorKey: string;
  /** The full annotation name, as written in the input. */
  readonly annotation: string;
  /** 1-based line of the annotation in the input, and the columns of its key and value. */
  readonly line: number;
  readonly keyColumn: number;
  readonly valueColumn: number;
}

export type InjectCase = GoldenCase | ErrorCase;

export interface InjectPlan {
  readonly cases: InjectCase[];
  /** Golden files no case compares against. Must be empty. */
  readonly unusedGoldens: string[];
  /** Inputs no case runs, and other inconsistencies. Must be empty. */
  readonly problems: string[];
}

const HOLD = { global: { proxy: { holdApplicationUntilProxyStarts: true } } };

/** The special cases of README "Settings each golden needs" (error and native cases aside). */
function specialCases(): GoldenCase[] {
  return [
    {
      kind: 'golden',
      id: 'hello-tproxy.yaml.injected (native on)',
      input: 'hello.yaml',
      golden: 'hello-tproxy.yaml.injected',
      native: true,
      mesh: { defaultConfig: { interceptionMode: 'TPROXY' } },
    },
    {
      kind: 'golden',
      id: 'hello.proxyHoldsApplication.yaml.injected (native on)',
      input: 'hello.yaml',
      golden: 'hello.proxyHoldsApplication.yaml.injected',
      native: true,
      values: { format: 'yaml', data: HOLD },
    },
    {
      kind: 'golden',
      id: 'traffic-params.yaml.injected (native on)',
      input: 'traffic-params.yaml',
      golden: 'traffic-params.yaml.injected',
      native: true,
      values: {
        format: 'json',
        data: {
          global: {
            proxy: {
              includeIPRanges: '127.0.0.1/24,10.96.0.1/24',
              excludeIPRanges: '10.96.0.2/24,10.96.0.3/24',
              excludeInboundPorts: '4,5,6',
              statusPort: 0,
            },
          },
        },
      },
    },
    {
      kind: 'golden',
      id: 'status_params.yaml.injected (native on)',
      input: 'status_params.yaml',
      golden: 'status_params.yaml.injected',
      native: true,
      values: {
        format: 'yaml',
        data: { global: { proxy: { statusPort: 123, readinessInitialDelaySeconds: 100, readinessPeriodSeconds: 200, readinessFailureThreshold: 300 } } },
      },
    },
    {
      kind: 'golden',
      id: 'traffic-annotations.yaml.injected (native on)',
      input: 'traffic-annotations.yaml',
      golden: 'traffic-annotations.yaml.injected',
      native: true,
      mesh: { defaultConfig: { proxyMetadata: { ISTIO_META_TLS_CLIENT_KEY: '/etc/identity/client/keys/client-key.pem' } } },
    },
    {
      kind: 'golden',
      id: 'merge-probers.yaml.injected (native on)',
      input: 'merge-probers.yaml',
      golden: 'merge-probers.yaml.injected',
      native: true,
      values: { format: 'json', data: HOLD },
    },
    {
      // Istio's test renders the install with this IstioOperator as an extra input file
      // (`inFilePath`): its spec.values.sidecarInjectorWebhook.templates.custom becomes the
      // template named `custom`. kube-inject takes the same file through --operator-file.
      kind: 'golden',
      id: 'custom-template.yaml.injected (native on)',
      input: 'custom-template.yaml',
      golden: 'custom-template.yaml.injected',
      native: true,
      operatorFile: 'custom-template.iop.yaml',
    },
    {
      kind: 'golden',
      id: 'hello-existing-cncf-networks-json.yaml.injected (native on)',
      input: 'hello-existing-cncf-networks-json.yaml',
      golden: 'hello-existing-cncf-networks-json.yaml.injected',
      native: true,
      values: { format: 'yaml', data: { cni: { enabled: true, provider: 'multus' } } },
    },
    {
      kind: 'golden',
      id: 'hello-host-network-with-ns.yaml.injected (native on)',
      input: 'hello-host-network-with-ns.yaml',
      golden: 'hello-host-network-with-ns.yaml.injected',
      native: true,
      warning: 'Deployment "sample/hello-host-network"',
    },
    ...(['native-sidecar-opt-in', 'native-sidecar-opt-out'] as const).flatMap((name) =>
      [true, false].map(
        (native): GoldenCase => ({
          kind: 'golden',
          id: `${name}.yaml.injected (native ${native ? 'on' : 'off'})`,
          input: `${name}.yaml`,
          golden: `${name}.yaml.injected`,
          native,
        }),
      ),
    ),
  ];
}

const BAD_PREFIX = 'traffic-annotations-bad-';

/** The bad-annotation case for one input: which annotation, and where it is. */
function errorCase(dir: string, input: string, problems: string[]): ErrorCase | null {
  const errorKey = input.slice(BAD_PREFIX.length, -'.yaml'.length);
  const text = readFileSync(join(dir, input), 'utf8');
  const lines = text.split(/\r?\n/);
  const hits: Array<{ line: number; keyColumn: number; valueColumn: number; annotation: string }> = [];
  lines.forEach((l, i) => {
    const m = /^(\s*)((?:traffic\.)?sidecar\.istio\.io\/[A-Za-z]+):\s*(\S)/.exec(l);
    if (m) hits.push({ line: i + 1, keyColumn: m[1]!.length + 1, valueColumn: l.indexOf(m[3]!, m[1]!.length + m[2]!.length + 1) + 1, annotation: m[2]! });
  });
  if (hits.length !== 1) {
    problems.push(`${input}: expected exactly one sidecar.istio.io annotation to be the bad one, found ${hits.length}`);
    return null;
  }
  const h = hits[0]!;
  return { kind: 'error', id: `${input} (must fail)`, input, native: true, errorKey, ...h };
}

export function planInjectCases(dir: string): InjectPlan {
  const files = readdirSync(dir).sort();
  const fileSet = new Set(files);
  const problems: string[] = [];
  const cases: InjectCase[] = [...specialCases()];

  const inputs = files.filter((f) => f.endsWith('.yaml') && !f.endsWith('.iop.yaml'));
  for (const input of inputs.filter((f) => f.startsWith(BAD_PREFIX))) {
    const c = errorCase(dir, input, problems);
    if (c) cases.push(c);
  }
  // Classic (native sidecars off): `<name>-old-version.yaml.injected` from `<name>.yaml`.
  for (const golden of files.filter((f) => f.endsWith('-old-version.yaml.injected'))) {
    const input = golden.replace(/-old-version\.yaml\.injected$/, '.yaml');
    cases.push({ kind: 'golden', id: `${golden} (native off)`, input, golden, native: false });
  }
  // Every other input: the default case.
  const claimed = new Set(cases.flatMap((c) => (c.kind === 'golden' ? [c.golden] : [`${c.input}.injected`])));
  for (const input of inputs) {
    const golden = `${input}.injected`;
    if (claimed.has(golden)) continue;
    if (!fileSet.has(golden)) {
      problems.push(`${input}: no golden ${golden} and no case says what it must do`);
      continue;
    }
    cases.push({ kind: 'golden', id: `${golden} (native on)`, input, golden, native: true });
  }

  for (const c of cases) {
    if (!fileSet.has(c.input)) problems.push(`${c.id}: input ${c.input} is missing`);
    if (c.kind === 'golden' && !fileSet.has(c.golden)) problems.push(`${c.id}: golden ${c.golden} is missing`);
    if (c.operatorFile && !fileSet.has(c.operatorFile)) problems.push(`${c.id}: operator file ${c.operatorFile} is missing`);
  }
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) problems.push(`duplicate case ${c.id}`);
    ids.add(c.id);
  }
  const used = new Set(cases.flatMap((c) => (c.kind === 'golden' ? [c.golden] : [])));
  const unusedGoldens = files.filter((f) => f.endsWith('.injected') && !used.has(f));
  const usedInputs = new Set(cases.flatMap((c) => [c.input, ...(c.operatorFile ? [c.operatorFile] : [])]));
  for (const f of files) if ((f.endsWith('.yaml') || f.endsWith('.iop.yaml')) && !usedInputs.has(f)) problems.push(`${f}: no case uses it`);
  return { cases, unusedGoldens, problems };
}
