import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { KUBE_SCHEMA } from '../../src/read/yaml-schema.js';

import { ISTIO_DATA_DIR } from '../helpers/shared.js';

/** Istio's test data, carried in the repository (test/data/istio/README.md). */
export const SHARED = ISTIO_DATA_DIR;

/** Reads a YAML or JSON file of the shared data as kube-inject would (YAML 1.1). */
export function readShared(rel: string): unknown {
  return load(readFileSync(join(SHARED, rel), 'utf8'), { schema: KUBE_SCHEMA });
}
