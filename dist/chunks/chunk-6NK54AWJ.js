import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  FORMATS,
  VERSION
} from "./chunk-UMAIDY4N.js";
import {
  errorMessage,
  formatError
} from "./chunk-LTQPEKQH.js";
import {
  printable
} from "./chunk-Z6UKEAVH.js";
import {
  RULES
} from "./chunk-MR5K7NCO.js";
import {
  createHash
} from "./chunk-M2RPVSAC.js";
import {
  KubeInjectError
} from "./chunk-66ALYMBE.js";

// src/emit/findings/github.ts
import { relative, resolve, sep } from "node:path";

// src/emit/findings/reporter.ts
function colorLevelFor(stream, env) {
  const noColor = env.NO_COLOR !== void 0 && env.NO_COLOR !== "";
  return stream.isTTY === true && !noColor ? 1 : 0;
}
function emptyCounts() {
  return { error: 0, warning: 0, info: 0, suppressed: 0 };
}
function count(c, f) {
  if (f.suppressed) c.suppressed++;
  else c[f.severity]++;
}
function fullMessage(f) {
  return `${f.resourceLabel}: ${f.message}`;
}

// src/emit/findings/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(s) {
  return printable(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function relativePath(cwd, file) {
  if (file === "<stdin>") return file;
  const rel = relative(cwd, resolve(cwd, file)) || file;
  return sep === "/" ? rel : rel.split(sep).join("/");
}
function githubReporter(o) {
  return {
    error(e) {
      const p = e.position;
      const props = [
        ...p.file !== void 0 ? [`file=${escapeProperty(relativePath(o.cwd, p.file))}`] : [],
        ...p.file !== void 0 && p.line !== void 0 ? [`line=${p.line}`] : [],
        ...p.file !== void 0 && p.line !== void 0 && p.column !== void 0 ? [`col=${p.column}`] : [],
        "title=kube-inject"
      ].join(",");
      o.out.write(`::error ${props}::${escapeData(errorMessage(e))}
`);
    },
    write(f) {
      if (f.suppressed) return;
      const title = f.istioCode ? `${f.ruleId} (${f.istioCode})` : f.ruleId;
      const props = [
        `file=${escapeProperty(relativePath(o.cwd, f.document.file))}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `title=${escapeProperty(`kube-inject ${title}`)}`
      ].join(",");
      o.out.write(`::${COMMAND[f.severity]} ${props}::${escapeData(fullMessage(f))}
`);
    },
    flush() {
    }
  };
}

// src/emit/findings/json.ts
var JSON_REPORT_VERSION = 1;
function toJsonError(e) {
  const p = e.position;
  return { file: p.file ?? null, line: p.line ?? null, column: p.column ?? null, message: errorMessage(e) };
}
function toJsonFinding(f) {
  const out = {
    ruleId: f.ruleId,
    severity: f.severity,
    istioCode: f.istioCode ?? null,
    message: f.message,
    file: f.document.file,
    line: f.line,
    column: f.column,
    document: f.document.index,
    pointer: f.pointer,
    resource: { ...f.resource }
  };
  if (f.suppressed) out.suppression = { kind: "annotation", reason: f.suppressed.reason ?? null };
  return out;
}
function jsonReporter(o) {
  const counts = emptyCounts();
  const findings = [];
  const suppressed = [];
  const errors = [];
  return {
    error(e) {
      errors.push(toJsonError(e));
      o.log?.write(formatError(e) + "\n");
    },
    write(f) {
      count(counts, f);
      (f.suppressed ? suppressed : findings).push(toJsonFinding(f));
    },
    flush() {
      const report = {
        version: JSON_REPORT_VERSION,
        tool: { name: "kube-inject", version: o.toolVersion },
        summary: counts,
        errors,
        findings,
        suppressed
      };
      o.out.write(JSON.stringify(report, null, 2) + "\n");
    }
  };
}

// src/emit/findings/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
function pascal(id) {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
}
function sentence(s) {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}
function ruleDescriptor(m) {
  const codes = [...m.istioCode ? [m.istioCode] : [], ...m.istioCodes ?? []];
  const markdown = `${m.help}${codes.length ? `

Istio analyzer code: ${codes.join(", ")}.` : ""}${m.docs ? `

See ${m.docs}.` : ""}`;
  return {
    id: m.id,
    name: pascal(m.id),
    shortDescription: { text: sentence(m.description) },
    fullDescription: { text: sentence(m.description) },
    help: { text: sentence(m.help), markdown },
    ...m.docs ? { helpUri: m.docs } : {},
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { tags: ["istio", "kubernetes"], ...codes.length ? { istioCodes: codes } : {} }
  };
}
function fileUri(cwd, file) {
  return relativePath(cwd, file).split("/").map(encodeURIComponent).join("/");
}
function fingerprint(f, uri) {
  return createHash("sha256").update([f.ruleId, uri, f.resourceLabel, f.pointer, f.message].join("\0")).digest("hex");
}
function notification(e, cwd) {
  const p = e.position;
  const region = p.line !== void 0 ? { region: { startLine: p.line, ...p.column !== void 0 ? { startColumn: p.column } : {} } } : {};
  const locations = p.file !== void 0 ? [{ physicalLocation: { artifactLocation: { uri: fileUri(cwd, p.file), uriBaseId: "%SRCROOT%" }, ...region } }] : [];
  return {
    level: "error",
    message: { text: sentence(errorMessage(e)) },
    ...locations.length > 0 ? { locations } : {}
  };
}
function sarifReporter(o) {
  const ruleIndex = new Map(o.rules.map((r, i) => [r.id, i]));
  const results = [];
  const notifications = [];
  return {
    error(e) {
      notifications.push(notification(e, o.cwd));
      o.log?.write(formatError(e) + "\n");
    },
    write(f) {
      if (f.suppressed) return;
      const uri = fileUri(o.cwd, f.document.file);
      results.push({
        ruleId: f.ruleId,
        ...ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {},
        level: LEVEL[f.severity],
        message: { text: sentence(fullMessage(f)) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: "%SRCROOT%" },
              region: { startLine: f.line, startColumn: f.column }
            },
            logicalLocations: [{ name: f.resource.name || "<unnamed>", fullyQualifiedName: f.resourceLabel, kind: "object" }]
          }
        ],
        partialFingerprints: { "kubeInjectFinding/v1": fingerprint(f, uri) },
        properties: { ...f.istioCode ? { istioCode: f.istioCode } : {}, pointer: f.pointer, document: f.document.index }
      });
    },
    flush() {
      const log = {
        $schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [
          {
            tool: {
              driver: {
                name: "kube-inject",
                version: o.toolVersion,
                semanticVersion: o.toolVersion,
                rules: o.rules.map(ruleDescriptor)
              }
            },
            invocations: [
              {
                executionSuccessful: notifications.length === 0,
                ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
              }
            ],
            columnKind: "utf16CodeUnits",
            results
          }
        ]
      };
      o.out.write(JSON.stringify(log, null, 2) + "\n");
    }
  };
}

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// start-up-light:supports-color
var supports_color_default = { stdout: false, stderr: false };

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
var STYLER = /* @__PURE__ */ Symbol("STYLER");
var IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
});
var createStyler = (open, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open;
    closeAll = close;
  } else {
    openAll = parent.openAll + open;
    closeAll = close + parent.closeAll;
  }
  return {
    open,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// src/emit/findings/text.ts
function textReporter(o) {
  const chalk2 = new Chalk({ level: o.colorLevel });
  const counts = emptyCounts();
  const active = [];
  const errors = [];
  return {
    error(e) {
      errors.push(e);
    },
    write(f) {
      count(counts, f);
      if (!f.suppressed) active.push(f);
    },
    flush() {
      if (o.quietWhenClean && errors.length === 0 && active.length === 0 && counts.suppressed === 0) return;
      const lines = [];
      if (errors.length > 0) lines.push(...errors.map((e) => chalk2.red(formatError(e))), "");
      let file;
      let group = [];
      const emit = () => {
        if (group.length > 0) lines.push(...renderGroup(chalk2, file, group), "");
        group = [];
      };
      for (const f of active) {
        if (f.document.file !== file) {
          emit();
          file = f.document.file;
        }
        group.push(f);
      }
      emit();
      lines.push(summary(chalk2, counts, errors.length));
      o.out.write(lines.join("\n") + "\n");
    }
  };
}
function paint(chalk2, s) {
  return s === "error" ? chalk2.red : s === "warning" ? chalk2.yellow : chalk2.blue;
}
function renderGroup(chalk2, file, group) {
  const positions = group.map((f) => `${f.line}:${f.column}`);
  const width = Math.max(...positions.map((p) => p.length));
  return [
    chalk2.underline(printable(file)),
    ...group.map((f, i) => {
      const rule = f.istioCode ? `${f.ruleId} (${f.istioCode})` : f.ruleId;
      return `  ${chalk2.dim(positions[i].padEnd(width))}  ${paint(chalk2, f.severity)(f.severity.padEnd(7))}  ${printable(fullMessage(f))}  ${chalk2.dim(rule)}`;
    })
  ];
}
function summary(chalk2, c, inputErrors = 0) {
  const total = c.error + c.warning + c.info;
  const suppressed = c.suppressed > 0 ? `; ${c.suppressed} suppressed` : "";
  const plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  const failed = inputErrors > 0 ? `${plural(inputErrors, "input error")}; ` : "";
  if (total === 0) return failed ? chalk2.red.bold(`${failed}no other problems${suppressed}`) : chalk2.green(`no problems found${suppressed}`);
  const text = `${failed}${plural(total, "problem")} (${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${c.info} info)${suppressed}`;
  return c.error > 0 || failed ? chalk2.red.bold(text) : c.warning > 0 ? chalk2.yellow.bold(text) : chalk2.bold(text);
}

// src/emit/findings/index.ts
var FACTORIES = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter
};
function isFormat(name) {
  return Object.hasOwn(FACTORIES, name);
}
function createReporter(format, options) {
  if (!isFormat(format)) {
    throw new KubeInjectError("usage", `unknown output format ${JSON.stringify(format)}; valid formats are: ${FORMATS.join(", ")}`);
  }
  return FACTORIES[format](options);
}

// src/cli/lint-report.ts
function makeReporter(format, out, io, o = {}) {
  return createReporter(format, {
    out,
    rules: RULES.map((r) => r.meta),
    cwd: io.cwd,
    colorLevel: colorLevelFor(out, io.env),
    toolVersion: VERSION,
    ...o
  });
}
function writeReport(reporter, result, errors) {
  for (const e of errors) reporter.error(e);
  for (const f of result.findings) reporter.write(f);
  for (const f of result.suppressed) reporter.write(f);
  reporter.flush();
}
function printLintForInject(result, io) {
  writeReport(makeReporter("text", io.stderr, io, { quietWhenClean: true }), result, []);
}

export {
  makeReporter,
  writeReport,
  printLintForInject
};
