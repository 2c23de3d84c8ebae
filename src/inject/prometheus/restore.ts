/**
 * Undoing the metrics merge (for `uninject`): the app's scrape annotations come back from the
 * proxy's `ISTIO_PROMETHEUS_ANNOTATIONS`, and the injector's own ones, pointing at the agent, go.
 */
import { SCRAPE_TARGETS_ANNOTATION } from '../../istio/keys.js';
import { isMap, type JsonMap } from '../../model/values.js';
import { clearPrometheusAnnotations } from './merge.js';

/**
 * The annotations with the app's scrape settings restored from `scrape` (the parsed env value),
 * or with the agent-pointing ones removed when the app had none. Unchanged when neither applies.
 */
export function restoreScrapeAnnotations(annotations: Record<string, string>, scrape: JsonMap | undefined): Record<string, string> {
  const agentPointed =
    annotations['prometheus.io/path'] === '/stats/prometheus' && annotations['prometheus.io/scrape'] === 'true' && annotations['prometheus.io/port'] !== undefined;
  if (!scrape && !agentPointed) return annotations;
  const out = clearPrometheusAnnotations(annotations);
  const app = scrape ?? {};
  const targets = Array.isArray(app.targets) ? app.targets.filter(isMap) : [];
  if (targets.length > 0) out[SCRAPE_TARGETS_ANNOTATION] = targets.map((t) => `${t.port}:${t.path}`).join(',');
  for (const k of targets.length > 0 ? (['scrape'] as const) : (['scrape', 'path', 'port'] as const)) {
    if (typeof app[k] === 'string' && app[k] !== '') out[`prometheus.io/${k}`] = app[k];
  }
  return out;
}
