/**
 * SARIF 2.1.0 for GitHub code scanning: every rule of the registry in `tool.driver.rules` (so a
 * fixed alert can be closed), one result per active finding with its region and a path relative
 * to the working directory (the checkout). Suppressed findings are left out: code scanning does
 * not honour SARIF `suppressions` and would show them as open alerts.
 *
 * Input errors (a file that is not YAML …) are not results: they are the run's
 * `invocations[0].toolExecutionNotifications` (level `error`, with their location), and make
 * `executionSuccessful` false. They are also written to the log stream (standard error) as text.
 */
import { createHash } from 'node:crypto';
import type { Finding, RuleMeta, Severity } from '../../lint/types.js';
import type { KubeInjectError } from '../../model/errors.js';
import { errorMessage, formatError } from '../format-error.js';
import { relativePath } from './github.js';
import { fullMessage, type Reporter, type ReporterOptions } from './reporter.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** `service-association` → `ServiceAssociation` (SARIF's rule `name`). */
function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

function sentence(s: string): string {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

function ruleDescriptor(m: RuleMeta): object {
  const codes = [...(m.istioCode ? [m.istioCode] : []), ...(m.istioCodes ?? [])];
  const markdown = `${m.help}${codes.length ? `\n\nIstio analyzer code: ${codes.join(', ')}.` : ''}${m.docs ? `\n\nSee ${m.docs}.` : ''}`;
  return {
    id: m.id,
    name: pascal(m.id),
    shortDescription: { text: sentence(m.description) },
    fullDescription: { text: sentence(m.description) },
    help: { text: sentence(m.help), markdown },
    ...(m.docs ? { helpUri: m.docs } : {}),
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { tags: ['istio', 'kubernetes'], ...(codes.length ? { istioCodes: codes } : {}) },
  };
}

/** A percent-encoded relative URI reference for a file name. */
export function fileUri(cwd: string, file: string): string {
  return relativePath(cwd, file).split('/').map(encodeURIComponent).join('/');
}

function fingerprint(f: Finding, uri: string): string {
  return createHash('sha256').update([f.ruleId, uri, f.resourceLabel, f.pointer, f.message].join('\u0000')).digest('hex');
}

/** A `notification` (SARIF 2.1.0 §3.58) for an input error, located where the error is known. */
function notification(e: KubeInjectError, cwd: string): object {
  const p = e.position;
  const region = p.line !== undefined ? { region: { startLine: p.line, ...(p.column !== undefined ? { startColumn: p.column } : {}) } } : {};
  const locations =
    p.file !== undefined ? [{ physicalLocation: { artifactLocation: { uri: fileUri(cwd, p.file), uriBaseId: '%SRCROOT%' }, ...region } }] : [];
  return {
    level: 'error',
    message: { text: sentence(errorMessage(e)) },
    ...(locations.length > 0 ? { locations } : {}),
  };
}

export function sarifReporter(o: ReporterOptions): Reporter {
  const ruleIndex = new Map(o.rules.map((r, i) => [r.id, i]));
  const results: object[] = [];
  const notifications: object[] = [];
  return {
    error(e) {
      notifications.push(notification(e, o.cwd));
      o.log?.write(formatError(e) + '\n');
    },
    write(f) {
      if (f.suppressed) return;
      const uri = fileUri(o.cwd, f.document.file);
      results.push({
        ruleId: f.ruleId,
        ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
        level: LEVEL[f.severity],
        message: { text: sentence(fullMessage(f)) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: f.line, startColumn: f.column },
            },
            logicalLocations: [{ name: f.resource.name || '<unnamed>', fullyQualifiedName: f.resourceLabel, kind: 'object' }],
          },
        ],
        partialFingerprints: { 'kubeInjectFinding/v1': fingerprint(f, uri) },
        properties: { ...(f.istioCode ? { istioCode: f.istioCode } : {}), pointer: f.pointer, document: f.document.index },
      });
    },
    flush() {
      const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'kube-inject',
                version: o.toolVersion,
                semanticVersion: o.toolVersion,
                rules: o.rules.map(ruleDescriptor),
              },
            },
            invocations: [
              {
                executionSuccessful: notifications.length === 0,
                ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
              },
            ],
            columnKind: 'utf16CodeUnits',
            results,
          },
        ],
      };
      o.out.write(JSON.stringify(log, null, 2) + '\n');
    },
  };
}
