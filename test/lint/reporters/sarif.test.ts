import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { RULES } from '../../../src/lint/registry.js';
import { memoryIO } from '../helpers/memory-io.js';

const MULTITOOL = resolve('node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

interface Validation {
  code: number;
  console: string;
  errors: Array<{ ruleId: string; text: string }>;
}

/**
 * Runs the official SARIF validator (SARIF rules plus GitHub Advanced Security's). It exits 0
 * even when it finds errors, so the verdict is read from its own SARIF log: a result whose level
 * is `error`. The input goes first: list options (`--log`, `--rule-kind`) swallow what follows.
 */
async function validate(sarifText: string): Promise<Validation> {
  const dir = mkdtempSync(join(tmpdir(), 'ki-sarif-'));
  const input = join(dir, 'lint.sarif');
  const log = join(dir, 'validation.sarif');
  writeFileSync(input, sarifText);
  let code = 0;
  let console = '';
  try {
    const r = await promisify(execFile)(MULTITOOL, ['validate', input, '--rule-kind', 'Sarif;Ghas', '--output', log, '--log', 'ForceOverwrite']);
    console = r.stdout + r.stderr;
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    code = x.code;
    console = x.stdout + x.stderr;
  }
  const results = (JSON.parse(readFileSync(log, 'utf8')) as { runs: Array<{ results?: Array<{ ruleId: string; level?: string; message: { text?: string } }> }> }).runs[0]!.results ?? [];
  const errors = results.filter((r) => r.level === 'error').map((r) => ({ ruleId: r.ruleId, text: r.message.text ?? '' }));
  return { code, console, errors };
}

async function lintSarif(): Promise<string> {
  const io = memoryIO();
  expect(await main(['lint', '-f', 'fixtures/mistakes.yaml', '--format', 'sarif'], io)).toBe(1);
  return io.out();
}

/** fixtures/mistakes.yaml with a file that is not YAML and one that does not exist, linted from a temporary working directory. */
async function lintSarifWithInvalidInput(): Promise<{ log: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ki-sarif-input-'));
  writeFileSync(join(dir, 'broken.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: [\n');
  writeFileSync(join(dir, 'mistakes.yaml'), readFileSync('fixtures/mistakes.yaml', 'utf8'));
  const io = memoryIO({ cwd: dir });
  expect(await main(['lint', '-f', join(dir, 'mistakes.yaml'), '-f', join(dir, 'broken.yaml'), '-f', join(dir, 'gone.yaml'), '--format', 'sarif'], io)).toBe(2);
  return { log: io.out(), stderr: io.err() };
}

describe('sarif', () => {
  test('the official validator finds no errors in the report of fixtures/mistakes.yaml', async () => {
    const v = await validate(await lintSarif());
    expect(v.code).toBe(0);
    expect(v.errors).toEqual([]);
    expect(v.console).toContain('Analysis completed successfully');
    expect(v.console).not.toMatch(/: error /);
  });

  test('invalid input: tool execution notifications at the file and line, executionSuccessful false; still valid', async () => {
    const { log: text, stderr } = await lintSarifWithInvalidInput();
    const v = await validate(text);
    expect(v.code).toBe(0);
    expect(v.errors).toEqual([]);
    const log = JSON.parse(text);
    const run = log.runs[0];
    expect(run.results.length, 'the other file is still linted').toBe(17);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: expect.stringMatching(/^invalid YAML: .*\.$/) },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 1 } } }],
          },
          {
            level: 'error',
            message: { text: 'cannot read: no such file or directory.' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'gone.yaml', uriBaseId: '%SRCROOT%' } } }],
          },
        ],
      },
    ]);
    expect(stderr).toContain('broken.yaml:4:1: error: invalid YAML');
  });

  test('a clean run says its execution was successful', async () => {
    expect(JSON.parse(await lintSarif()).runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  test('the validator check is not vacuous: a broken log fails it', async () => {
    const log = JSON.parse(await lintSarif());
    log.version = '2.0.0';
    delete log.runs[0].results[0].locations[0].physicalLocation.region.startLine;
    const v = await validate(JSON.stringify(log));
    expect(v.errors.map((e) => e.ruleId).sort()).toEqual(['GH1013', 'JSON1019', 'SARIF1007']); // GH1013: GitHub's own rules ran too
  });

  test('rules with descriptions and help; results with relative URIs, region and level', async () => {
    const log = JSON.parse(await lintSarif());
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    const portRule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'port-name');
    expect(portRule).toMatchObject({
      name: 'PortName',
      shortDescription: { text: expect.stringMatching(/\.$/) },
      help: { text: expect.any(String), markdown: expect.stringContaining('IST0118') },
      defaultConfiguration: { level: 'note' },
    });
    const first = run.results[0];
    expect(first).toMatchObject({
      ruleId: 'port-name',
      level: 'note',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/mistakes.yaml' }, region: { startLine: 20, startColumn: 5 } } }],
    });
    expect(run.results.length).toBe(17);
    expect(run.results.some((r: { ruleId: string; level: string }) => r.ruleId === 'proxy-uid' && r.level === 'error')).toBe(true);
  });
});
