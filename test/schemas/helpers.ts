import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { KUBE_SCHEMA } from '../../src/read/yaml-schema.js';

/** The Istio conformance data (test data taken from istio/istio; see its README). */
export const SHARED = process.env.ISTIO_CONFORMANCE_DIR ?? '/work/shared/istio-conformance';

/** Reads a YAML or JSON file of the shared data as kube-inject would (YAML 1.1). */
export function readShared(rel: string): unknown {
  return load(readFileSync(join(SHARED, rel), 'utf8'), { schema: KUBE_SCHEMA });
}
