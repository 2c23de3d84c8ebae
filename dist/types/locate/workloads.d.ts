/** Where each workload kind keeps its pod template (`''` is the object itself). */
export declare const POD_TEMPLATE_PATHS: Readonly<Record<string, string>>;
/** One object of a document that carries a pod template. */
export interface Workload {
    /** Pointer of the object inside its document: `''`, or `/items/3` inside a List. */
    readonly pointer: string;
    readonly kind: string;
    readonly apiVersion: string;
    readonly name: string;
    /** As written; `''` when the manifest leaves it to the cluster. */
    readonly namespace: string;
    /** Pointer of the pod template (metadata + spec) inside the document. */
    readonly podTemplatePointer: string;
    /** The object itself. */
    readonly object: Record<string, unknown>;
    /** `Deployment "ns/name"`. */
    readonly label: string;
    /**
     * Only from `locateWorkloads(value, { partial: true })`: the pod template or its spec is
     * missing or not a mapping (the message and where, as the error would say).
     */
    readonly incomplete?: {
        readonly pointer: string;
        readonly message: string;
    };
}
/** An object of a document (a workload or not), List items expanded. */
export interface LocatedObject {
    readonly pointer: string;
    readonly object: Record<string, unknown>;
    readonly kind: string;
}
/** Every object of a document: the document itself, or each item of a `List` in turn. */
export declare function objectsOf(value: unknown): LocatedObject[];
/** The workloads of a document, each with the pointer of its pod template. */
export declare function locateWorkloads(value: unknown, o?: {
    partial?: boolean;
}): Workload[];
