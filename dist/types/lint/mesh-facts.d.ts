export interface MeshFacts {
    readonly rootNamespace: string;
    readonly allocatesAddresses: boolean;
    readonly defaultAccessLogProviders: boolean;
    /** The Service name of the default ingress gateway, or null when the mesh has none (mode OFF). */
    readonly ingressService: string | null;
}
export declare function meshFacts(mesh?: Readonly<Record<string, unknown>>): MeshFacts;
export declare const DEFAULT_MESH_FACTS: MeshFacts;
