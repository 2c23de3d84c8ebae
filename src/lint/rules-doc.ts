/**
 * Renders docs/rules.md from the rules' metadata. `scripts/gen-rules-doc.mjs` writes the file;
 * a test checks that the file in the repository is what this renders.
 */
import type { RuleMeta } from './types.js';

function codes(m: RuleMeta): string[] {
  return [...(m.istioCode ? [m.istioCode] : []), ...(m.istioCodes ?? [])];
}

function options(m: RuleMeta): string[] {
  const props = Object.entries(m.optionsSchema?.properties ?? {});
  if (props.length === 0) return [];
  return [
    '**Options:**',
    '',
    ...props.map(([name, schema]) => {
      const s = schema as { type?: string; minimum?: number };
      const min = s.minimum !== undefined ? `, at least ${s.minimum}` : '';
      return `- \`${name}\` (${s.type ?? 'any'}${min})`;
    }),
    '',
  ];
}

export function renderRulesDoc(rules: readonly RuleMeta[]): string {
  const lines = [
    '# kube-inject lint rules',
    '',
    '<!-- Generated from the rules\' metadata by `node scripts/gen-rules-doc.mjs`; do not edit by hand. -->',
    '',
    'Severities and options are set in `.kube-inject.yaml` (see [lint.md](lint.md)); a finding is suppressed on one',
    'resource with the annotation `kube-inject.io/ignore: <rule>[,<rule>…][=<reason>]`.',
    '',
    '| Rule | Default severity | Istio code | What it checks |',
    '| --- | --- | --- | --- |',
    ...rules.map((m) => `| [\`${m.id}\`](#${m.id}) | ${m.severity} | ${codes(m).join(', ') || '—'} | ${m.description.replace(/\|/g, '\\|')} |`),
    '',
  ];
  for (const m of rules) {
    lines.push(
      `## ${m.id}`,
      '',
      `**Default severity:** ${m.severity}${codes(m).length ? ` · **Istio code:** ${codes(m).join(', ')}` : ''}`,
      '',
      m.description,
      '',
      m.help,
      '',
      ...options(m),
      ...(m.docs ? [`See ${m.docs}.`, ''] : []),
    );
  }
  return lines.join('\n');
}
