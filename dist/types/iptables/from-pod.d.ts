export interface CaptureCommand {
    /** `istio-init`, or `istio-validation` (CNI). */
    readonly container: string;
    /** The arguments after `istio-iptables`. */
    readonly args: string[];
    /** The container's environment (plain values only). */
    readonly env: Record<string, string>;
}
/** The pod template's capture command; undefined when it has neither container (no capture). */
export declare function captureCommand(podTemplate: unknown): CaptureCommand | undefined;
