/**
 * Unrendered Go/Helm templates. A chart's template source (`name: {{ .Release.Name }}`, a line
 * that is just `{{- if .Values.x }}`) is not YAML, and js-yaml's own message about it points at
 * a flow collection or a "complex key", often at 1:1. When a stream fails to parse, this finds
 * the first template action `{{ … }}` written where YAML would read it as syntax, so the error
 * can name it. A stream that parses is never questioned: `{{` inside a quoted string, a block
 * scalar or a comment is legitimate YAML (an annotation value, an alerting rule).
 */
export interface TemplateAction {
    /** Offset of the `{{` in the text. */
    readonly offset: number;
    /** The action as written (`{{ .Release.Name }}`), shortened when long. */
    readonly text: string;
}
/** The first template action that is YAML syntax rather than string content, or undefined. */
export declare function findTemplateAction(text: string): TemplateAction | undefined;
/** The message for an unrendered template whose first action is `action`. */
export declare function templateMessage(action: TemplateAction): string;
