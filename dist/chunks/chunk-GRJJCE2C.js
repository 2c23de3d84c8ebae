import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  FORMATS,
  VERSION
} from "./chunk-IOBUI6CL.js";
import {
  lintDocuments,
  writeStream
} from "./chunk-A4NWZNHK.js";
import {
  errorMessage,
  formatError,
  printable
} from "./chunk-HHQ7RDVS.js";
import {
  SEVERITY_RANK
} from "./chunk-7GQ4EQMO.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  RULES
} from "./chunk-PLYE3QQO.js";
import {
  MANIFEST_EXTENSIONS,
  readInputs,
  readTextFile
} from "./chunk-HUARZBUR.js";
import {
  splitStream
} from "./chunk-QC6CDSPJ.js";
import {
  KubeInjectError
} from "./chunk-ZV2WLJBK.js";

// src/lint/config-load.ts
import { resolve } from "node:path";
async function loadLintConfig(configPath, cwd, rules = RULES) {
  const explicit = configPath !== void 0;
  const path = resolve(cwd, configPath ?? CONFIG_FILE);
  const shown = configPath ?? CONFIG_FILE;
  let text;
  try {
    text = await readTextFile(shown, path);
  } catch (e) {
    const cause = e.cause;
    if (!explicit && cause?.code === "ENOENT") return DEFAULT_CONFIG;
    throw new KubeInjectError("config", `cannot read the lint configuration: ${e.message.replace(/^cannot read: /, "")}`, { file: shown }, { cause: e });
  }
  const { parseLintConfig } = await import("./config-VZNEWSOG.js");
  return parseLintConfig(shown, text, rules);
}

// src/read/manifests.ts
import { resolve as resolve2 } from "node:path";
async function readManifests(paths, io) {
  const inputs = await readInputs(paths, io);
  const docs = [];
  const errors = [];
  const files = [];
  const warnings = [];
  for (const input of inputs) {
    errors.push(...input.errors);
    warnings.push(...input.warnings);
    for (const source of input.sources) {
      files.push(source.name);
      try {
        for (const doc of splitStream(source)) docs.push(doc);
      } catch (e) {
        if (!(e instanceof KubeInjectError)) throw e;
        errors.push(e.locate({ file: source.name }));
      }
    }
  }
  const named = inputs.some((input) => input.kind === "file");
  if (errors.length === 0 && !named && !docs.some((d) => !d.empty)) errors.push(noManifests(inputs));
  return { docs, errors, files, warnings };
}
function noManifests(inputs) {
  const what = inputs.map((input) => {
    const blank = input.sources.every((s) => s.text.trim() === "");
    switch (input.kind) {
      case "stdin":
        return `standard input (${blank ? "it is empty" : "only comments and empty documents"})`;
      case "directory":
        if (input.sources.length === 0) return `${input.given} (looked for ${MANIFEST_EXTENSIONS.join(", ")})`;
        return `${input.given} (${input.sources.length} file${input.sources.length === 1 ? "" : "s"}, only comments and empty documents)`;
      case "file":
      case "unreadable":
        return input.given;
    }
  });
  return new KubeInjectError("no-manifests", `no manifests found in ${what.join(", ")}`);
}
var CONTEXT_SKIP = ["node_modules"];
async function readContext(paths, io, inputFiles) {
  if (paths.includes("-")) throw new KubeInjectError("usage", "--context reads files and directories, not standard input");
  const key = (name) => io.cwd === void 0 ? name : resolve2(io.cwd, name);
  const seen = new Set(inputFiles.map(key));
  const docs = [];
  for (const input of await readInputs(paths, io, { skip: CONTEXT_SKIP })) {
    if (input.kind === "unreadable") throw new KubeInjectError("usage", `--context: ${input.errors[0].message}`, { file: input.given });
    for (const source of input.sources) {
      if (seen.has(key(source.name))) continue;
      seen.add(key(source.name));
      let split;
      try {
        split = splitStream(source);
      } catch (e) {
        if (!(e instanceof KubeInjectError)) throw e;
        continue;
      }
      docs.push(...split.filter((d) => isKubernetesObject(d.value)));
    }
  }
  return docs;
}
function isKubernetesObject(v) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const o = v;
  return typeof o.apiVersion === "string" && o.apiVersion !== "" && typeof o.kind === "string" && o.kind !== "";
}

// src/pipeline.ts
async function lint(inputs) {
  const { read, result } = await readAndLint(inputs);
  return { docs: read.docs, lint: result, errors: [...read.errors, ...result.errors], warnings: read.warnings };
}
async function readAndLint(inputs) {
  const config = await loadLintConfig(inputs.lintConfig, inputs.io.cwd ?? ".");
  const read = await readManifests(inputs.paths, inputs.io);
  const context = inputs.context?.length ? await readContext(inputs.context, inputs.io, read.files) : [];
  const result = lintDocuments(read.docs, config, { expectInjected: inputs.expectInjected === true, nativeSidecars: inputs.nativeSidecars === true, context });
  return { read, result };
}
async function inject(inputs) {
  const [{ loadInjectorConfig }, { prepareInjector, injectDocuments, namespacesIn }] = await Promise.all([import("./load-injection-BW6XI7JI.js"), import("./inject-OOUWGVAY.js")]);
  const injector = prepareInjector(await loadInjectorConfig(inputs.injection, inputs.env ?? {}));
  const { read: input, result } = await readAndLint(inputs);
  const nsRead = inputs.namespaceFiles?.length ? await readManifests(inputs.namespaceFiles, inputs.io) : void 0;
  const read = nsRead ? { ...input, errors: [...input.errors, ...nsRead.errors], warnings: [...input.warnings, ...nsRead.warnings] } : input;
  const linted = { docs: read.docs, lint: result };
  const strictFailures = inputs.strict === true ? failing(result.findings, "error").length : 0;
  const failed = { ...linted, errors: read.errors, outcomes: [], warnings: [...read.warnings, ...injector.configWarnings], strictFailures, text: null };
  if (strictFailures > 0) return failed;
  const namespaces = namespacesIn([...nsRead?.docs ?? [], ...read.docs]);
  const run = injectDocuments(read.docs, injector, { namespaces });
  const errors = [...read.errors, ...run.errors];
  const warnings = [...read.warnings, ...injector.configWarnings, ...run.outcomes.flatMap((o) => o.warnings)];
  if (errors.length > 0) return { ...failed, errors, warnings, outcomes: run.outcomes };
  return { ...linted, errors, outcomes: run.outcomes, warnings, strictFailures, text: writeStream(run.output) };
}
function failing(findings, threshold) {
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
}

// src/emit/findings/github.ts
import { relative, resolve as resolve3, sep } from "node:path";

// src/emit/findings/reporter.ts
function colorLevelFor(stream, env2) {
  const noColor = env2.NO_COLOR !== void 0 && env2.NO_COLOR !== "";
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
  const rel = relative(cwd, resolve3(cwd, file)) || file;
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
import { createHash } from "node:crypto";
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

// node_modules/chalk/source/vendor/supports-color/index.js
import process from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

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
  lint,
  inject,
  failing,
  makeReporter,
  writeReport,
  printLintForInject
};
