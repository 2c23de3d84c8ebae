/** Where text output goes: a process stream, a file buffer, or a test's string. */
export interface OutputStream {
  write(text: string): void;
  readonly isTTY?: boolean;
}
