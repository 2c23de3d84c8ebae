/**
 * An ESLint-RuleTester-like helper: every `valid` manifest gives no finding of the rule, every
 * `invalid` one gives exactly the listed findings (rule id, severity, line:column, optionally a
 * message fragment and the Istio code), in order.
 */
import { describe, expect, test } from 'vitest';
import { splitStream } from '../../../src/read/split.js';
import { lintDocuments } from '../../../src/lint/runner.js';
import type { LintConfig } from '../../../src/lint/config.js';
import type { Finding, LintSettings, Rule, Severity } from '../../../src/lint/types.js';

export interface ExpectedFinding {
  ruleId: string;
  severity: Severity;
  line: number;
  column: number;
  /** `null`: the finding carries no Istio code. */
  istioCode?: string | null;
  /** A fragment the message must contain. */
  message?: string;
  /** `Kind ns/name` of the resource. */
  resource?: string;
}

export interface RuleCase {
  name?: string;
  yaml: string;
  options?: Record<string, unknown>;
  settings?: Partial<LintSettings>;
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

/** Strips the common indentation of a template literal, so cases can be indented with the test. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export function runRule(rule: Rule, c: RuleCase): { findings: Finding[]; suppressed: Finding[] } {
  const docs = splitStream({ name: 'test.yaml', text: c.yaml });
  const config: LintConfig = { rules: { [rule.meta.id]: { options: c.options ?? {} } } };
  const result = lintDocuments(docs, config, { rules: [rule], ...c.settings });
  expect(result.errors).toEqual([]);
  return result;
}

export function ruleTester(rule: Rule, cases: { valid: Array<string | RuleCase>; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    cases.valid.forEach((v, i) => {
      const c = typeof v === 'string' ? { yaml: v } : v;
      test(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        expect(runRule(rule, c).findings.map(summarize)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      test(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const { findings } = runRule(rule, c);
        expect(findings.map(summarize)).toEqual(
          c.findings.map((e) => ({ ruleId: e.ruleId, severity: e.severity, at: `${e.line}:${e.column}` })),
        );
        c.findings.forEach((e, j) => {
          const f = findings[j]!;
          if (e.message !== undefined) expect(f.message).toContain(e.message);
          if (e.istioCode !== undefined) expect(f.istioCode ?? null).toBe(e.istioCode);
          if (e.resource !== undefined) expect(f.resourceLabel).toBe(e.resource);
        });
      });
    });
  });
}

function summarize(f: Finding): { ruleId: string; severity: Severity; at: string } {
  return { ruleId: f.ruleId, severity: f.severity, at: `${f.line}:${f.column}` };
}

/**
 * `{ line, column }` (1-based) of the `n`-th occurrence of `needle` in `text`: expected positions
 * found by searching the case's own YAML, independently of the locator under test.
 */
export function posOf(text: string, needle: string, n = 1): { line: number; column: number } {
  let i = -1;
  for (let k = 0; k < n; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`posOf: occurrence ${n} of ${JSON.stringify(needle)} not found`);
  }
  const before = text.slice(0, i);
  const line = before.split('\n').length;
  return { line, column: i - before.lastIndexOf('\n') };
}
