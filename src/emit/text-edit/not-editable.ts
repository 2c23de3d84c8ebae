/**
 * Raised where the edit writer cannot change a document's text safely (an anchor that aliases
 * elsewhere share, a construct whose end it cannot place): the whole document is then written
 * by the re-serialiser instead, and the reason is counted.
 */
export class NotEditable extends Error {}
