/**
 * Every lint rule, in one explicit array sorted by id. No registration by import side effect:
 * a rule that is not listed here does not run.
 */
import { appVersionLabels } from './rules/app-version-labels.js';
import { deprecatedAnnotation } from './rules/deprecated-annotation.js';
import { hostNetwork } from './rules/host-network.js';
import { incompleteWorkload } from './rules/incomplete-workload.js';
import { invalidAnnotation } from './rules/invalid-annotation.js';
import { jobSidecar } from './rules/job-sidecar.js';
import { misplacedAnnotation } from './rules/misplaced-annotation.js';
import { portName } from './rules/port-name.js';
import { proxyUid } from './rules/proxy-uid.js';
import { reservedPort } from './rules/reserved-port.js';
import { serviceAssociation } from './rules/service-association.js';
import { servicePortConflict } from './rules/service-port-conflict.js';
import { sidecarPresent } from './rules/sidecar-present.js';
import { unknownAnnotation } from './rules/unknown-annotation.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  appVersionLabels,
  deprecatedAnnotation,
  hostNetwork,
  incompleteWorkload,
  invalidAnnotation,
  jobSidecar,
  misplacedAnnotation,
  portName,
  proxyUid,
  reservedPort,
  serviceAssociation,
  servicePortConflict,
  sidecarPresent,
  unknownAnnotation,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
