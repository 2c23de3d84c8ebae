import type { At } from './merge-list.js';
import type { MergeSchema } from './schema.js';
import { type JsonMap } from '../model/values.js';
export declare function mergeMaps(original: JsonMap, patch: JsonMap, at: At, schema: MergeSchema): JsonMap;
