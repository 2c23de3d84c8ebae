/**
 * Lexer for Go's text/template syntax (delimiters `{{` `}}` only). Produces the whole token list
 * at once; parsing happens once per template so simplicity wins over streaming.
 */
export type TokType = 'text' | 'leftDelim' | 'rightDelim' | 'space' | 'field' | 'variable' | 'identifier' | 'keyword' | 'bool' | 'nil' | 'dot' | 'number' | 'char' | 'string' | 'rawString' | 'pipe' | 'declare' | 'assign' | 'leftParen' | 'rightParen' | 'comma' | 'eof';
export interface Token {
    type: TokType;
    /** Source text of the token (for text: the text after trimming). */
    val: string;
    pos: number;
}
export declare class LexError extends Error {
    readonly pos: number;
    constructor(message: string, pos: number);
}
export declare function lex(input: string): Token[];
