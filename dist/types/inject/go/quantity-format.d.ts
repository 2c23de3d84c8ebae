/** The canonical text, or undefined when `input` is not a quantity. */
export declare function canonicalQuantity(input: string | number): string | undefined;
