import { describe, expect, it } from 'vitest';
import { splitStream } from '../../src/read/split.js';
import { makeSource } from '../../src/read/sources.js';
import { findTemplateAction } from '../../src/read/template-actions.js';
import { formatError } from '../../src/emit/format-error.js';
import { KubeInjectError } from '../../src/model/errors.js';

function splitError(text: string, name = 'chart/templates/svc.yaml'): string {
  try {
    splitStream(makeSource(name, text));
  } catch (e) {
    if (e instanceof KubeInjectError) return formatError(e);
    throw e;
  }
  throw new Error('expected an error');
}

const HINT = 'render it first, e.g. helm template CHART | kube-inject -f -';

describe('unrendered Go/Helm templates', () => {
  it('names the first action, at its line and column, instead of js-yaml’s 1:1 complex key', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  ports:\n  - port: 80\n';
    expect(splitError(text)).toBe(
      `chart/templates/svc.yaml:4:9: error: this looks like an unrendered Go/Helm template ({{ .Release.Name }}); ${HINT}`,
    );
  });

  it('a line that is only an action (`{{- if … }}`)', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n{{- if .Values.labels }}\n  labels: {a: b}\n{{- end }}\n';
    expect(splitError(text)).toBe(`chart/templates/svc.yaml:5:1: error: this looks like an unrendered Go/Helm template ({{- if .Values.labels }}); ${HINT}`);
  });

  it('skips actions in quoted strings, block scalars and comments, and picks the first real one', () => {
    const text = [
      '# {{ a comment }}',
      'kind: ConfigMap',
      'metadata:',
      '  annotations:',
      '    summary: "{{ $labels.instance }} is down"',
      "    other: '{{ x }}'",
      'data:',
      '  rules: |',
      '    {{ inside a block scalar }}',
      '  name: {{ include "chart.fullname" . }}',
      '',
    ].join('\n');
    expect(findTemplateAction(text)).toEqual({ offset: text.indexOf('{{ include'), text: '{{ include "chart.fullname" . }}' });
    expect(splitError(text)).toContain(':10:9: error: this looks like an unrendered Go/Helm template ({{ include "chart.fullname" . }})');
  });

  it('shortens a long action', () => {
    const long = `{{- toYaml (merge .Values.podSecurityContext .Values.global.podSecurityContext .Values.extra) | nindent 8 }}`;
    expect(findTemplateAction(`spec:\n  x: ${long}\n`)!.text).toBe('{{- toYaml (merge .Values.podSecurityContext .Values.glob …}}');
  });

  it('leaves valid YAML alone, and other YAML errors to js-yaml, even with {{ in strings', () => {
    const fine = 'kind: Pod\nmetadata:\n  annotations:\n    summary: "{{ $labels.instance }}"\n  labels:\n    tmpl: |\n      {{ x }}\n';
    expect(splitStream(makeSource('ok.yaml', fine))[0]!.value).toMatchObject({ metadata: { annotations: { summary: '{{ $labels.instance }}' } } });
    const broken = 'kind: Pod\nmetadata:\n  annotations:\n    summary: "{{ $labels.instance }}"\n  labels: [unclosed\n';
    expect(splitError(broken, 'bad.yaml')).toMatch(/^bad\.yaml:6:1: error: invalid YAML: /);
  });
});
