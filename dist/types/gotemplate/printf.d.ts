export declare function sprintf(format: string, args: readonly unknown[]): string;
