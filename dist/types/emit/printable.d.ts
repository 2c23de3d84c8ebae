/**
 * Text for a terminal: names, namespaces, kinds, paths and values come from the input, and a
 * control character among them (ESC, CR, a bidirectional override …) could rewrite what the
 * person at the terminal sees. Every such character but the line feed is written as an escape.
 */
export declare function printable(text: string): string;
