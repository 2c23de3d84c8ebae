/**
 * Text for a terminal: names, namespaces, kinds, paths and values come from the input, and a
 * control character among them (ESC, CR, a bidirectional override …) could rewrite what the
 * person at the terminal sees. Every such character but the line feed is written as an escape.
 */

// C0 and C1 controls but tab and line feed, DEL, the line and paragraph separators, bidirectional controls.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function printable(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
