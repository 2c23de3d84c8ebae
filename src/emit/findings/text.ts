/**
 * Human-readable report: input errors first (`file:line:column: error: message`, as the other
 * commands print them), then findings grouped by file, `line:column  severity  message  rule`,
 * then a summary. The report is the one place errors are shown (not standard error as well).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding, Severity } from '../../lint/types.js';
import type { KubeInjectError } from '../../model/errors.js';
import { formatError } from '../format-error.js';
import { printable } from '../printable.js';
import { count, emptyCounts, fullMessage, type Reporter, type ReporterOptions } from './reporter.js';

export function textReporter(o: ReporterOptions): Reporter {
  const chalk = new Chalk({ level: o.colorLevel });
  const counts = emptyCounts();
  const active: Finding[] = [];
  const errors: KubeInjectError[] = [];
  return {
    error(e) {
      errors.push(e);
    },
    write(f) {
      count(counts, f);
      if (!f.suppressed) active.push(f);
    },
    flush() {
      if (o.quietWhenClean && errors.length === 0 && active.length === 0 && counts.suppressed === 0) return;
      const lines: string[] = [];
      if (errors.length > 0) lines.push(...errors.map((e) => chalk.red(formatError(e))), '');
      let file: string | undefined;
      let group: Finding[] = [];
      const emit = () => {
        if (group.length > 0) lines.push(...renderGroup(chalk, file!, group), '');
        group = [];
      };
      for (const f of active) {
        if (f.document.file !== file) {
          emit();
          file = f.document.file;
        }
        group.push(f);
      }
      emit();
      lines.push(summary(chalk, counts, errors.length));
      o.out.write(lines.join('\n') + '\n');
    },
  };
}

function paint(chalk: ChalkInstance, s: Severity): (t: string) => string {
  return s === 'error' ? chalk.red : s === 'warning' ? chalk.yellow : chalk.blue;
}

function renderGroup(chalk: ChalkInstance, file: string, group: readonly Finding[]): string[] {
  const positions = group.map((f) => `${f.line}:${f.column}`);
  const width = Math.max(...positions.map((p) => p.length));
  return [
    chalk.underline(printable(file)),
    ...group.map((f, i) => {
      const rule = f.istioCode ? `${f.ruleId} (${f.istioCode})` : f.ruleId;
      return `  ${chalk.dim(positions[i]!.padEnd(width))}  ${paint(chalk, f.severity)(f.severity.padEnd(7))}  ${printable(fullMessage(f))}  ${chalk.dim(rule)}`;
    }),
  ];
}

/**
 * `3 problems (1 error, 1 warning, 1 info); 1 suppressed`, or `no problems found`. With input
 * errors the run failed, and the line starts with them: `1 input error; no other problems`.
 */
export function summary(chalk: ChalkInstance, c: ReturnType<typeof emptyCounts>, inputErrors = 0): string {
  const total = c.error + c.warning + c.info;
  const suppressed = c.suppressed > 0 ? `; ${c.suppressed} suppressed` : '';
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const failed = inputErrors > 0 ? `${plural(inputErrors, 'input error')}; ` : '';
  if (total === 0) return failed ? chalk.red.bold(`${failed}no other problems${suppressed}`) : chalk.green(`no problems found${suppressed}`);
  const text = `${failed}${plural(total, 'problem')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info)${suppressed}`;
  return c.error > 0 || failed ? chalk.red.bold(text) : c.warning > 0 ? chalk.yellow.bold(text) : chalk.bold(text);
}
