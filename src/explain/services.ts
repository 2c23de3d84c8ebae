/** The Services of the input, as explain reads them: name, namespace, selector, ports. */
import { compileSelector, type Selector } from '../lint/selector.js';
import { objectsOf } from '../locate/workloads.js';
import { asMap, isMap, str } from '../model/values.js';

export interface ServicePortInfo {
  readonly name: string;
  readonly port: number;
  /** A number, a container port name, or absent (the port itself). */
  readonly targetPort?: number | string;
  readonly protocol?: string;
  readonly appProtocol?: string;
}

export interface ServiceInfo {
  readonly name: string;
  /** As written; '' when the manifest leaves it to the cluster. */
  readonly namespace: string;
  readonly selector: Selector | null;
  readonly ports: readonly ServicePortInfo[];
  /** `spec.clusterIP` when the manifest sets one (`None`: headless). */
  readonly clusterIP?: string;
}

/** Every Service among the documents' values, in order (List items expanded). */
export function servicesIn(values: readonly unknown[]): ServiceInfo[] {
  const out: ServiceInfo[] = [];
  for (const v of values) {
    let objects;
    try {
      objects = objectsOf(v);
    } catch {
      continue; // a malformed List is reported by the pass that reads it
    }
    for (const { object, kind } of objects) {
      if (kind !== 'Service') continue;
      const meta = asMap(object.metadata);
      const spec = asMap(object.spec);
      const ports = (Array.isArray(spec.ports) ? spec.ports : []).filter(isMap).flatMap((p): ServicePortInfo[] => {
        if (typeof p.port !== 'number') return [];
        const targetPort = typeof p.targetPort === 'number' || typeof p.targetPort === 'string' ? p.targetPort : undefined;
        return [{ name: str(p.name), port: p.port, ...(targetPort !== undefined ? { targetPort } : {}), ...(typeof p.protocol === 'string' ? { protocol: p.protocol } : {}), ...(typeof p.appProtocol === 'string' ? { appProtocol: p.appProtocol } : {}) }];
      });
      out.push({ name: str(meta.name), namespace: str(meta.namespace), selector: compileSelector(spec.selector), ports, ...(typeof spec.clusterIP === 'string' ? { clusterIP: spec.clusterIP } : {}) });
    }
  }
  return out;
}
