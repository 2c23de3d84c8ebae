export declare function marshalGoYaml(v: unknown): string;
