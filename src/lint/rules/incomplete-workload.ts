import { joinPointer } from '../../model/pointer.js';
import type { Rule } from '../types.js';

export const incompleteWorkload: Rule = {
  meta: {
    id: 'incomplete-workload',
    severity: 'error',
    description: 'Every workload has a pod template with a spec, and the pod spec has at least one container.',
    help:
      'A Pod needs `spec.containers`; a Deployment (StatefulSet, Job …) needs `spec.template.spec.containers` (a CronJob ' +
      '`spec.jobTemplate.spec.template.spec.containers`). Kubernetes refuses the object without them, and kube-inject cannot ' +
      'inject it. Lint reports the gap and checks the rest of the resource as far as it goes.',
    docs: 'https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates',
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      const base = { doc: w.doc, object: w.located };
      if (w.workload.incomplete) {
        ctx.report({ ...base, pointer: w.workload.incomplete.pointer, message: w.workload.incomplete.message });
        continue;
      }
      const containers = w.podSpec.containers;
      if (Array.isArray(containers) && containers.length > 0) continue;
      const pointer = joinPointer(w.templatePointer, 'spec', ...(containers === undefined ? [] : ['containers']));
      ctx.report({ ...base, pointer, message: 'the pod spec has no containers' });
    }
  },
};
