/** The Services of the input, as explain reads them: name, namespace, selector, ports. */
import { type Selector } from '../lint/selector.js';
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
export declare function servicesIn(values: readonly unknown[]): ServiceInfo[];
