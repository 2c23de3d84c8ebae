import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);

// src/model/errors.ts
var KubeInjectError = class extends Error {
  code;
  position;
  constructor(code2, message, position = {}, options) {
    super(message, options);
    this.name = "KubeInjectError";
    this.code = code2;
    this.position = position;
  }
  /** Fill in position fields that are still unknown (an outer layer knows the file, say). */
  locate(position) {
    this.position = { ...position, ...definedOnly(this.position) };
    return this;
  }
};
function definedOnly(p) {
  const out = {};
  for (const [k, v] of Object.entries(p)) if (v !== void 0) out[k] = v;
  return out;
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index2 = 0; index2 < binary.length; index2++) result[index2] = binary.charCodeAt(index2);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index2 = 0; index2 < object.length; index2++) binary += String.fromCharCode(object[index2]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index2 = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index2 = previousIndex;
        break;
      }
    }
    result[index2] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates2 = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates2) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index2 = 0; index2 < array.length; index2++) {
      if (Array.isArray(array[index2])) return null;
      if (typeof array[index2] === "object" && Object.prototype.toString.call(array[index2]) === "[object Object]") array[index2] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index2 = 0; index2 < position; index2++) {
      const ch = source.charCodeAt(index2);
      if (ch === 10) {
        line++;
        lineStart = index2 + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index2 + 1) === 10) index2++;
        lineStart = index2 + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count2) {
  if (count2 === 1) return " ";
  return "\n".repeat(count2 - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
  return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
  const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
  let result = "";
  for (let index2 = 0; index2 < source.length; index2++) {
    let ch = source.charCodeAt(index2);
    if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index2])) {
      result += source[index2];
      continue;
    }
    if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index2) & 1023);
    if (ch < 128) result += percentByte(ch);
    else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
    else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
    else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
  }
  return result;
}
function tagPercentDecode(source) {
  let result = "";
  let index2 = 0;
  while (index2 < source.length) {
    if (source.charCodeAt(index2) !== 37) {
      result += source[index2++];
      continue;
    }
    let ch = parseInt(source.slice(index2 + 1, index2 + 3), 16);
    index2 += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index2 + 1, index2 + 3), 16) & 63;
        index2 += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
  let tag = fullTag;
  if (tag.charCodeAt(0) === 33) {
    tag = tag.slice(1);
    return `!${tagPercentEncode(tag, true)}`;
  }
  if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
  return `!<${tagPercentEncode(tag, false)}>`;
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function load(input, options) {
  const documents = loadDocuments(input, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
var INVALID = /* @__PURE__ */ Symbol("INVALID");
function buildRepresentTypes(schema) {
  const defaultTags = new Set([
    schema.defaultScalarTag,
    schema.defaultSequenceTag,
    schema.defaultMappingTag
  ].filter((t) => t !== void 0));
  const implicitScalars = schema.implicitScalarTags;
  const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
  const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
  return [
    ...implicitScalars.map((tag) => ({
      tag,
      implicitTag: true
    })),
    ...explicitTags.map((tag) => ({
      tag,
      implicitTag: false
    })),
    ...defaultTagsLast.map((tag) => ({
      tag,
      implicitTag: true
    }))
  ];
}
function matchTag(state, object) {
  for (let index2 = 0, length = state.representTypes.length; index2 < length; index2 += 1) {
    const { tag, implicitTag } = state.representTypes[index2];
    if (tag.identify(object)) {
      let tagName;
      if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
      else tagName = tag.tagName;
      return {
        tag,
        tagName,
        implicitTag
      };
    }
  }
  return null;
}
function build(state, object) {
  if (!state.noRefs && object !== null && typeof object === "object") {
    const existing = state.refs.get(object);
    if (existing) {
      if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
      return {
        kind: "alias",
        anchor: existing.anchor
      };
    }
  }
  const matched = matchTag(state, object);
  if (!matched) {
    if (object === void 0) return INVALID;
    if (state.skipInvalid) return INVALID;
    throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
  }
  const { tag, tagName, implicitTag } = matched;
  const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
  if (tag.nodeKind === "scalar") return {
    kind: "scalar",
    tag: nodeTagName,
    tagged: !implicitTag,
    style: SCALAR_STYLE.PLAIN,
    value: tag.represent(object)
  };
  if (tag.nodeKind === "sequence") {
    const container = tag.represent(object);
    const node2 = {
      kind: "sequence",
      tag: nodeTagName,
      tagged: !implicitTag,
      style: COLLECTION_STYLE.BLOCK,
      items: []
    };
    if (!state.noRefs) state.refs.set(object, node2);
    for (let index2 = 0, length = container.length; index2 < length; index2 += 1) {
      let item = build(state, container[index2]);
      if (item === INVALID && container[index2] === void 0) item = build(state, null);
      if (item === INVALID) continue;
      node2.items.push(item);
    }
    return node2;
  }
  const map = tag.represent(object);
  const node = {
    kind: "mapping",
    tag: nodeTagName,
    tagged: !implicitTag,
    style: COLLECTION_STYLE.BLOCK,
    items: []
  };
  if (!state.noRefs) state.refs.set(object, node);
  for (const [objectKey, objectValue] of map) {
    const key = build(state, objectKey);
    if (key === INVALID) continue;
    const value = build(state, objectValue);
    if (value === INVALID) continue;
    node.items.push({
      key,
      value
    });
  }
  return node;
}
function jsToAst(input, schema, options = {}) {
  const root = build({
    representTypes: buildRepresentTypes(schema),
    noRefs: options.noRefs ?? false,
    skipInvalid: options.skipInvalid ?? false,
    refs: /* @__PURE__ */ new Map(),
    refCounter: 0
  }, input);
  return [{
    contents: root === INVALID ? null : root,
    directives: []
  }];
}
var VISIT_BREAK = /* @__PURE__ */ Symbol("visit:break");
var VISIT_SKIP = /* @__PURE__ */ Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
  const control = visitor(node, ctx);
  if (control === VISIT_BREAK) return true;
  if (control === VISIT_SKIP) return false;
  const depth = ctx.depth + 1;
  switch (node.kind) {
    case "sequence":
      for (const item of node.items) if (visitNode(item, visitor, {
        depth,
        parent: node,
        isKey: false
      })) return true;
      break;
    case "mapping":
      for (const { key, value } of node.items) {
        if (visitNode(key, visitor, {
          depth,
          parent: node,
          isKey: true
        })) return true;
        if (visitNode(value, visitor, {
          depth,
          parent: node,
          isKey: false
        })) return true;
      }
  }
  return false;
}
function visit(documents, visitor) {
  for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
    depth: 0,
    parent: null,
    isKey: false
  })) return;
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function setBit(mask, bit) {
  return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
  const str2 = layout.node.value;
  if (str2 !== "") {
    if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str2)) return false;
    if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str2)) return false;
    if (layout.shiftOfContent === 0) {
      const firstLineBreak = str2.indexOf("\n");
      if (firstLineBreak !== -1) {
        const content = str2.slice(firstLineBreak + 1);
        if (C_FORBIDDEN_CONTENT.test(content)) return false;
      }
    }
  }
  const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str2).tag.tagName;
  if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
  if (!layout.node.tagged && str2 === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
  return true;
}
function canUseSingleQuoted(layout) {
  const str2 = layout.node.value;
  if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str2)) return false;
  if (/[ \t]\n|\n[ \t]/.test(str2)) return false;
  if (!layout.isKey && layout.shiftOfContent === 0) {
    const firstLineBreak = str2.indexOf("\n");
    if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str2.slice(firstLineBreak + 1))) return false;
  }
  return true;
}
function canUseBlock(layout) {
  if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
  const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
  if (contentIndent < 1) return false;
  if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
  if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
  return true;
}
function detectAllowedStyles(layout) {
  let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
  if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
  if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
  if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
  layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
  switch (layout.style) {
    case SCALAR_STYLE.PLAIN:
      return renderPlain(layout);
    case SCALAR_STYLE.SINGLE_QUOTED:
      return renderSingleQuoted(layout);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return renderLiteralBlock(layout);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return renderFoldedBlock(layout);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return renderDoubleQuoted(layout);
  }
}
function renderPlain(layout) {
  return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
  return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
  const value = layout.node.value;
  return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
  const value = layout.node.value;
  const w = layout.presenterOptions.lineWidth;
  let availableWidth = Infinity;
  if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
  return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
  let nextLF = string.indexOf("\n");
  if (nextLF === -1) return string;
  const pad2 = " ".repeat(shiftOfContent);
  let result = string.slice(0, nextLF);
  const lineRe = /(\n+)([^\n]*)/g;
  lineRe.lastIndex = nextLF;
  let match;
  while (match = lineRe.exec(string)) {
    const breaks = match[1].length;
    const line = match[2];
    result += "\n".repeat(breaks + 1) + pad2 + line;
  }
  return result;
}
function indentString(string, spaces) {
  const indent = " ".repeat(spaces);
  let position = 0;
  let result = "";
  const length = string.length;
  while (position < length) {
    let line;
    const next = string.indexOf("\n", position);
    if (next === -1) {
      line = string.slice(position);
      position = length;
    } else {
      line = string.slice(position, next + 1);
      position = next + 1;
    }
    if (line.length && line !== "\n") result += indent;
    result += line;
  }
  return result;
}
function needIndentIndicator(string) {
  return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
  const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
  const clip = string[string.length - 1] === "\n";
  return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}
`;
}
function dropEndingNewline(string) {
  return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
  return char === " " || char === "	";
}
function foldLine(line, width) {
  if (line === "" || isMoreIndented(line[0])) return line;
  const breakRe = / [^ \t]/g;
  let match;
  let start = 0;
  let end;
  let curr = 0;
  let next = 0;
  let result = "";
  while (match = breakRe.exec(line)) {
    next = match.index;
    if (next - start > width) {
      end = curr > start ? curr : next;
      result += `
${line.slice(start, end)}`;
      start = end + 1;
    }
    curr = next;
  }
  result += "\n";
  if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}
${line.slice(curr + 1)}`;
  else result += line.slice(start);
  return result.slice(1);
}
function foldBlockScalar(string, width) {
  const lineRe = /(\n+)([^\n]*)/g;
  let nextLF = string.indexOf("\n");
  if (nextLF === -1) nextLF = string.length;
  lineRe.lastIndex = nextLF;
  let result = foldLine(string.slice(0, nextLF), width);
  let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
  let moreIndented;
  let match;
  while (match = lineRe.exec(string)) {
    const prefix = match[1];
    const line = match[2];
    moreIndented = line !== "" && isMoreIndented(line[0]);
    result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
    prevMoreIndented = moreIndented;
  }
  return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
  switch (character) {
    case "\0":
      return "\\0";
    case "\x07":
      return "\\a";
    case "\b":
      return "\\b";
    case "	":
      return "\\t";
    case "\n":
      return "\\n";
    case "\v":
      return "\\v";
    case "\f":
      return "\\f";
    case "\r":
      return "\\r";
    case "\x1B":
      return "\\e";
    case '"':
      return '\\"';
    case "\\":
      return "\\\\";
    case "\x85":
      return "\\N";
    case "\xA0":
      return "\\_";
    case "\u2028":
      return "\\L";
    case "\u2029":
      return "\\P";
  }
  const code2 = character.charCodeAt(0);
  const hex = code2.toString(16).toUpperCase();
  if (code2 <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
  return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
  return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
function nodeTagShort(node) {
  return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
  const opts = {
    ...DEFAULT_PRESENTER_OPTIONS,
    ...options
  };
  if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
  return {
    ...opts,
    defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
    openEnded: false
  };
}
function generateNextLine(state, level) {
  return `
${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey2, flowOnly) {
  return {
    node,
    parent,
    level,
    isKey: isKey2,
    flowOnly,
    shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
    shiftOfContent: state.indent * Math.max(1, level),
    shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
    presenterOptions: state,
    allowedStylesMask: 0,
    style: node.style
  };
}
function writeFlowSequence(state, level, node) {
  let result = "";
  for (let index2 = 0, length = node.items.length; index2 < length; index2 += 1) {
    const item = writeNode(state, level, node.items[index2], node, {}).text;
    if (index2 > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
    result += item;
  }
  const pad2 = state.flowBracketPadding && node.items.length > 0 ? " " : "";
  return `[${pad2}${result}${pad2}]`;
}
function writeBlockSequence(state, level, node, compact) {
  let result = "";
  for (let index2 = 0, length = node.items.length; index2 < length; index2 += 1) {
    const item = writeNode(state, level + 1, node.items[index2], node, {
      block: true,
      compact: state.seqInlineFirst,
      isblockseq: true
    }).text;
    if (!compact || result !== "") result += generateNextLine(state, level);
    if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
    else result += "- ";
    result += item;
  }
  return result;
}
function writeFlowMapping(state, level, node) {
  let result = "";
  for (const { key, value } of node.items) {
    let pairBuffer = "";
    if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
    const keyRender = writeNode(state, level, key, node, { iskey: true });
    const keyText = keyRender.text;
    const valueText = writeNode(state, level, value, node, {}).text;
    const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
    const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
    const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
    pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
    result += pairBuffer;
  }
  const pad2 = state.flowBracketPadding && result !== "" ? " " : "";
  return `{${pad2}${result}${pad2}}`;
}
function writeBlockMapping(state, level, node, compact) {
  let result = "";
  for (let index2 = 0, length = node.items.length; index2 < length; index2 += 1) {
    let pairBuffer = "";
    if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
    const { key, value } = node.items[index2];
    const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
    const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
      block: true,
      compact: true,
      isblockseq: !cannotBeCompact(state, key, level + 1)
    }) : writeNode(state, level + 1, key, node, {
      block: true,
      compact: true,
      iskey: true
    });
    const keyText = keyRender.text;
    const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
    const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
    const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
    if (explicitPair) {
      if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
      else pairBuffer += "? ";
    }
    pairBuffer += keyText;
    if (explicitPair) pairBuffer += generateNextLine(state, level);
    const valueText = writeNode(state, level + 1, value, node, {
      block: true,
      compact: explicitPair,
      isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
    }).text;
    const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
    const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
    if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
    else pairBuffer += `${keyColonSep}: `;
    pairBuffer += valueText;
    result += pairBuffer;
  }
  return result;
}
function cannotBeCompact(state, node, level) {
  if (node.kind === "alias") return true;
  return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
  if (node.kind === "alias") {
    state.openEnded = false;
    return {
      text: `*${node.anchor}`,
      noBody: false
    };
  }
  const { block = false, iskey = false, isblockseq = false } = ctx;
  let compact = ctx.compact ?? false;
  const hasAnchor = node.anchor !== void 0;
  if (cannotBeCompact(state, node, level)) compact = false;
  let body;
  let shouldPrintTag = node.tagged;
  const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
  if (node.kind === "mapping") {
    if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
    else body = writeFlowMapping(state, level, node);
  } else if (node.kind === "sequence") {
    if (useBlockCollection) {
      if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
      else body = writeBlockSequence(state, level, node, compact);
    } else body = writeFlowSequence(state, level, node);
  } else {
    const layout = scalarLayout(state, node, parent, level, iskey, !block);
    detectAllowedStyles(layout);
    for (const rule of state.scalarStyleRules) rule(layout);
    body = renderScalar(layout);
    state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
    shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
  }
  if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
  if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
  const noBody = body === "";
  let text = body;
  if (shouldPrintTag || hasAnchor) {
    const props = [];
    const tag = shouldPrintTag ? nodeTagShort(node) : null;
    const anchor = hasAnchor ? `&${node.anchor}` : null;
    if (state.tagBeforeAnchor) {
      if (tag !== null) props.push(tag);
      if (anchor !== null) props.push(anchor);
    } else {
      if (anchor !== null) props.push(anchor);
      if (tag !== null) props.push(tag);
    }
    const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
    text = `${props.join(" ")}${sep}${body}`;
  }
  return {
    text,
    noBody
  };
}
function rootStartsOwnLine(node) {
  return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
  let result = "";
  for (const directive of doc.directives) {
    if (directive.kind === "yaml") {
      result += `%YAML ${directive.version}
`;
      continue;
    }
    const { handle, prefix } = directive;
    result += `%TAG ${handle} ${prefix}
`;
  }
  return result;
}
function present(documents, options) {
  const state = createPresenterState(options);
  let result = "";
  let previousEnded = false;
  for (let index2 = 0; index2 < documents.length; index2 += 1) {
    const doc = documents[index2];
    state.openEnded = false;
    const directives = writeDocumentDirectives(doc);
    const hasDirectives = directives !== "";
    const marker = doc.explicitStart || hasDirectives || index2 > 0 && !previousEnded;
    result += directives;
    if (doc.contents === null) {
      if (marker) result += "---\n";
    } else if (marker) {
      const body = writeNode(state, 0, doc.contents, null, {
        block: true,
        compact: true
      }).text;
      const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
      result += `---${sep}${body}
`;
    } else result += writeNode(state, 0, doc.contents, null, {
      block: true,
      compact: true
    }).text + "\n";
    previousEnded = doc.explicitEnd || state.openEnded;
    if (previousEnded) result += "...\n";
  }
  return result;
}
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
function defaultCompareFn(a2, b) {
  const x = String(a2);
  const y = String(b);
  if (x < y) return -1;
  if (x > y) return 1;
  return 0;
}
function dump(input, options = {}) {
  const opts = {
    ...DEFAULT_DUMP_OPTIONS,
    ...options
  };
  const documents = jsToAst(input, opts.schema, {
    noRefs: opts.noRefs,
    skipInvalid: opts.skipInvalid
  });
  if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
    if (ctx.depth < opts.flowLevel) return;
    if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
    return VISIT_SKIP;
  });
  if (opts.sortKeys) {
    const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
    visit(documents, (node) => {
      if (node.kind !== "mapping") return;
      node.items.sort((a2, b) => compareFn(a2.key.kind === "scalar" ? a2.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
    });
  }
  opts.transform(documents);
  return present(documents, {
    ...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
    schema: opts.schema
  });
}
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/read/line-index.ts
var LineIndex = class {
  starts;
  constructor(text) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.starts = starts;
  }
  position(offset) {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - s[lo] + 1 };
  }
};

// src/model/pointer.ts
function escapeToken(token) {
  if (typeof token === "number") return String(token);
  if (token.indexOf("~") < 0 && token.indexOf("/") < 0) return token;
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapeToken(token) {
  if (token.indexOf("~") < 0) return token;
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
function joinPointer(base, ...tokens) {
  let out = base;
  for (const t of tokens) out += "/" + escapeToken(t);
  return out;
}
function splitPointer(pointer) {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`invalid JSON pointer ${JSON.stringify(pointer)}`);
  return pointer.slice(1).split("/").map(unescapeToken);
}
function getAt(value, pointer) {
  let cur = value;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(cur)) cur = cur[Number(token)];
    else if (cur !== null && typeof cur === "object") cur = Object.hasOwn(cur, token) ? cur[token] : void 0;
    else return void 0;
  }
  return cur;
}
function setAt(root, pointer, replacement) {
  const tokens = splitPointer(pointer);
  const go = (node, i) => {
    if (i === tokens.length) return replacement;
    const token = tokens[i];
    if (Array.isArray(node)) {
      const copy = node.slice();
      copy[Number(token)] = go(node[Number(token)], i + 1);
      return copy;
    }
    const obj = node !== null && typeof node === "object" ? node : {};
    return { ...obj, [token]: go(obj[token], i + 1) };
  };
  return go(root, 0);
}

// src/read/events.ts
function eventOffset(e) {
  switch (e.type) {
    case EVENT_ID.SCALAR: {
      const quoted = e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED;
      return firstOf(e.anchorStart, e.tagStart, quoted && e.valueStart > 0 ? e.valueStart - 1 : e.valueStart);
    }
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return firstOf(e.anchorStart, e.tagStart, e.start);
    case EVENT_ID.ALIAS:
      return e.anchorStart >= 0 ? e.anchorStart - 1 : -1;
    default:
      return -1;
  }
}
function firstOf(...offsets) {
  let best = -1;
  for (const o of offsets) if (o >= 0 && (best < 0 || o < best)) best = o;
  return best;
}
function indexOffsets(events, source) {
  const out = /* @__PURE__ */ new Map();
  const stack = [];
  const place = () => {
    const top = stack[stack.length - 1];
    if (!top) return { pointer: "" };
    if (top.kind === "skip") return null;
    if (top.kind === "seq") return { pointer: `${top.pointer}/${top.next++}` };
    if (top.key === null) return null;
    const p = { pointer: `${top.pointer}/${escapeToken(top.key)}`, keyOffset: top.keyOffset };
    top.key = null;
    return p;
  };
  for (const e of events) {
    if (e.type === EVENT_ID.DOCUMENT) continue;
    if (e.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    const top = stack[stack.length - 1];
    const isKey2 = top !== void 0 && top.kind === "map" && top.key === null;
    if (isKey2) {
      if (e.type === EVENT_ID.SCALAR) {
        top.key = e.valueStart >= 0 ? getScalarValue(source, e) : "";
        top.keyOffset = eventOffset(e);
      } else {
        top.key = "?";
        top.keyOffset = eventOffset(e);
        if (e.type !== EVENT_ID.ALIAS) stack.push({ kind: "skip" });
      }
      continue;
    }
    const offset = eventOffset(e);
    const where = place();
    if (where) {
      const rec = { value: offset >= 0 ? offset : where.keyOffset ?? 0 };
      if (where.keyOffset !== void 0) rec.key = where.keyOffset;
      out.set(where.pointer, rec);
    }
    if (e.type === EVENT_ID.MAPPING) stack.push(where ? { kind: "map", pointer: where.pointer, key: null, keyOffset: -1 } : { kind: "skip" });
    else if (e.type === EVENT_ID.SEQUENCE) stack.push(where ? { kind: "seq", pointer: where.pointer, next: 0 } : { kind: "skip" });
  }
  return out;
}
function expandedSize(events, source, limits) {
  const sizes = /* @__PURE__ */ new Map();
  const stack = [{ nodes: 0, bytes: 0, anchor: null }];
  const add = (nodes, bytes) => {
    const top = stack[stack.length - 1];
    top.nodes += nodes;
    top.bytes += bytes;
  };
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        stack.push({ nodes: 1, bytes: 1, anchor: e.anchorStart >= 0 ? source.slice(e.anchorStart, e.anchorEnd) : null });
        break;
      case EVENT_ID.POP: {
        if (stack.length === 1) break;
        const done = stack.pop();
        if (done.anchor !== null) sizes.set(done.anchor, { nodes: done.nodes, bytes: done.bytes });
        add(done.nodes, done.bytes);
        break;
      }
      case EVENT_ID.SCALAR: {
        const bytes = 1 + (e.valueStart >= 0 ? e.valueEnd - e.valueStart : 0);
        if (e.anchorStart >= 0) sizes.set(source.slice(e.anchorStart, e.anchorEnd), { nodes: 1, bytes });
        add(1, bytes);
        break;
      }
      case EVENT_ID.ALIAS: {
        const size = sizes.get(source.slice(e.anchorStart, e.anchorEnd)) ?? { nodes: 1, bytes: 1 };
        add(size.nodes, size.bytes);
        break;
      }
      default:
        break;
    }
    const top = stack[stack.length - 1];
    if (top.nodes > limits.nodes || top.bytes > limits.bytes) return { nodes: top.nodes, bytes: top.bytes };
  }
  return { nodes: stack[0].nodes, bytes: stack[0].bytes };
}
function findDuplicateKey(events, source) {
  const stack = [];
  for (const e of events) {
    if (e.type === EVENT_ID.DOCUMENT) continue;
    if (e.type === EVENT_ID.POP) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent?.keys) parent.atKey = !parent.atKey;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top?.keys && top.atKey && e.type === EVENT_ID.SCALAR) {
      const key = e.valueStart >= 0 ? getScalarValue(source, e) : "";
      if (key !== "<<" && top.keys.has(key)) return eventOffset(e);
      top.keys.add(key);
    }
    if (e.type === EVENT_ID.MAPPING) stack.push({ keys: /* @__PURE__ */ new Set(), atKey: true });
    else if (e.type === EVENT_ID.SEQUENCE) stack.push({ keys: null, atKey: false });
    else if (top?.keys) top.atKey = !top.atKey;
  }
  return -1;
}

// src/read/block-lexical.ts
var SPACE = 32;
var HASH = 35;
var COLON = 58;
var DASH = 45;
function isIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === HASH || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96;
}
function isFlowIndicator2(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function code(line, i) {
  return i >= 0 && i < line.length ? line.charCodeAt(i) : NaN;
}
function isSpaceOrEnd(c) {
  return c === SPACE || Number.isNaN(c);
}
function canStartPlain(line, p) {
  const c = code(line, p);
  if (Number.isNaN(c) || c === SPACE || isIndicator(c) || c === 63 || c === COLON) return false;
  return c !== DASH || !isSpaceOrEnd(code(line, p + 1));
}
function skipSpaces(line, p) {
  while (p < line.length && line.charCodeAt(p) === SPACE) p++;
  return p;
}

// src/read/block-yaml.ts
var MERGE_TAG = "tag:yaml.org,2002:merge";
var MAX_DEPTH = 40;
var UNSUPPORTED_CHARS = /[\x00-\x09\x0B-\x1F\x7F-\x84\x86-\x9F\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var NOT_PLAIN_ASCII = /[^\n\x20-\x7E]/;
var SPACE2 = 32;
var HASH2 = 35;
var COLON2 = 58;
var DASH2 = 45;
var Declined = class extends Error {
};
function decline(reason) {
  throw new Declined(reason);
}
function indentOf(line) {
  let i = 0;
  while (code(line, i) === SPACE2) i++;
  return i;
}
var DECLINE = /* @__PURE__ */ Symbol("decline");
var plainCaches = /* @__PURE__ */ new WeakMap();
var escapedCache = /* @__PURE__ */ new WeakMap();
var stringCaches = /* @__PURE__ */ new WeakMap();
var CACHE_LIMIT = 4096;
var Reader = class {
  constructor(text, schema, sites) {
    this.schema = schema;
    this.sites = sites;
    const lines = text.split("\n");
    const last = lines[lines.length - 1];
    if (last === "") lines.pop();
    else if (indentOf(last) === last.length) decline("spaces after the last line break");
    this.lines = lines;
    const indents = new Int32Array(lines.length);
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k];
      const at = indentOf(line);
      const c = code(line, at);
      indents[k] = at === line.length || c === HASH2 ? -1 : at;
      if (at === 0 && (c === 37 || (c === DASH2 || c === 46) && (line.startsWith("---") || line.startsWith("...")) && isSpaceOrEnd(code(line, 3)))) {
        decline("directive or document marker");
      }
    }
    this.indents = indents;
    let cache2 = plainCaches.get(schema);
    if (!cache2) plainCaches.set(schema, cache2 = /* @__PURE__ */ new Map());
    this.plainCache = cache2;
    let strings = stringCaches.get(schema);
    if (!strings) stringCaches.set(schema, strings = /* @__PURE__ */ new Map());
    this.stringCache = strings;
  }
  schema;
  sites;
  lines;
  /** Per line: its indentation, or -1 for a blank or comment line. */
  indents;
  /** The line the reader stands on (the next content line once `skip` ran). */
  i = 0;
  depth = 0;
  plainCache;
  stringCache;
  /** The keys and indexes from the root to the node being read (kept only when `sites` is). */
  path = [];
  read() {
    const first = this.skip();
    if (first === void 0) decline("empty document");
    const indent = indentOf(first);
    const value = this.blockNode(indent, indent);
    if (this.skip() !== void 0) decline("content after the root node");
    return value;
  }
  /** Moves past blank and comment lines; the line it stops on, or undefined at the end. */
  skip() {
    const n = this.lines.length;
    while (this.i < n && this.indents[this.i] < 0) this.i++;
    return this.i < n ? this.lines[this.i] : void 0;
  }
  /** Indentation of the next content line, or -1 at the end. */
  nextIndent() {
    const n = this.lines.length;
    while (this.i < n && this.indents[this.i] < 0) this.i++;
    return this.i < n ? this.indents[this.i] : -1;
  }
  enter() {
    if (++this.depth > MAX_DEPTH) decline("nesting too deep");
  }
  /** A block mapping or sequence whose first entry starts at column `col` of the current line. */
  blockNode(indent, col) {
    const line = this.lines[this.i];
    if (code(line, col) === DASH2 && isSpaceOrEnd(code(line, col + 1))) return this.sequence(indent, col);
    return this.mapping(indent, col);
  }
  /**
   * A block mapping at `indent`; its first key is at column `col` of the current line (beyond
   * `indent` when the mapping is the compact content of a sequence entry, `- key: v`).
   */
  mapping(indent, col) {
    this.enter();
    const out = {};
    let at = col;
    for (; ; ) {
      const line = this.lines[this.i];
      const key = this.key(line, at);
      if (key === void 0) decline("not a mapping entry");
      if (Object.hasOwn(out, key.name)) decline("duplicated mapping key");
      if (this.sites) this.path.push(key.name);
      out[key.name] = this.value(line, key.end, indent, true);
      if (this.sites) this.path.pop();
      const next = this.nextIndent();
      if (next < indent) break;
      if (next > indent) decline("bad indentation of a mapping entry");
      at = indent;
    }
    this.depth--;
    return out;
  }
  /** A block sequence whose entries' dashes stand at column `indent`. */
  sequence(indent, col) {
    this.enter();
    if (col !== indent) decline("compact nested sequence");
    const out = [];
    for (; ; ) {
      const line = this.lines[this.i];
      if (code(line, indent) !== DASH2 || !isSpaceOrEnd(code(line, indent + 1))) break;
      if (this.sites) this.path.push(out.length);
      out.push(this.value(line, indent + 1, indent, false));
      if (this.sites) this.path.pop();
      const next = this.nextIndent();
      if (next < indent) break;
      if (next > indent) decline("bad indentation of a sequence entry");
    }
    this.depth--;
    return out;
  }
  /**
   * The key of a mapping entry at `col`: its name (as js-yaml stores it) and where its `:` ends;
   * undefined when the line holds no `key:` there.
   */
  key(line, col) {
    const c = code(line, col);
    if (c === 34 || c === 39) {
      const q = this.quoted(line, col);
      let p = q.end;
      while (code(line, p) === SPACE2) p++;
      if (code(line, p) !== COLON2 || !isSpaceOrEnd(code(line, p + 1))) return void 0;
      return { name: checkKey(q.value), end: p + 1 };
    }
    if (!canStartPlain(line, col)) return void 0;
    for (let p = col; p < line.length; p++) {
      const ch = code(line, p);
      if (ch === COLON2 && isSpaceOrEnd(code(line, p + 1))) {
        return { name: checkKey(String(this.resolvePlain(line.slice(col, p).trimEnd()))), end: p + 1 };
      }
      if (ch === HASH2 && code(line, p - 1) === SPACE2) return void 0;
    }
    return void 0;
  }
  /**
   * The value that follows an entry's indicator (`key:` ending at `from`, or a `-` at `from - 1`)
   * on `line`, or on the lines below. `indent` is the entry's: nested blocks are deeper, except a
   * mapping's sequence, which may stand at the key's own indentation.
   */
  value(line, from, indent, inMapping) {
    let p = from;
    while (code(line, p) === SPACE2) p++;
    const c = code(line, p);
    if (Number.isNaN(c) || c === HASH2) {
      this.i++;
      const next = this.nextIndent();
      if (next > indent) return this.blockNode(next, next);
      if (inMapping && next === indent) {
        const l2 = this.lines[this.i];
        if (code(l2, indent) === DASH2 && isSpaceOrEnd(code(l2, indent + 1))) return this.sequence(indent, indent);
      }
      return null;
    }
    if (c === 124 || c === 62) return this.blockScalar(line, p, indent);
    let value;
    let end;
    if (!inMapping) {
      if (c === DASH2 && isSpaceOrEnd(code(line, p + 1))) decline("compact nested sequence");
      if (this.key(line, p) !== void 0) return this.mapping(p, p);
    }
    if (c === 91 || c === 123) {
      this.enter();
      [value, end] = this.flow(line, p);
      this.depth--;
    } else if (c === 34 || c === 39) {
      const q = this.quoted(line, p);
      value = q.value;
      end = q.end;
      this.sites?.push({ line: this.i, start: p, path: [...this.path] });
    } else {
      [value, end] = this.plain(line, p);
      this.sites?.push({ line: this.i, start: p, path: [...this.path] });
    }
    while (code(line, end) === SPACE2) end++;
    if (end < line.length && !(code(line, end) === HASH2 && code(line, end - 1) === SPACE2)) decline("text after a value");
    this.i++;
    if (this.nextIndent() > indent) decline("more indented line after a value");
    return value;
  }
  /** A single-line plain scalar in block context from `p`: its value and its end. */
  plain(line, p) {
    if (!canStartPlain(line, p)) decline("indicator");
    let end = p;
    let q = p;
    for (; q < line.length; q++) {
      const ch = code(line, q);
      if (ch === COLON2 && isSpaceOrEnd(code(line, q + 1))) decline("mapping entry inside a value");
      if (ch === HASH2 && code(line, q - 1) === SPACE2) break;
      if (ch !== SPACE2) end = q + 1;
    }
    return [this.resolvePlain(line.slice(p, end)), end];
  }
  /** A plain scalar's value, as js-yaml's composer resolves it (remembered per text). */
  resolvePlain(text) {
    let r = this.plainCache.get(text);
    if (r === void 0) {
      const { value, tag } = this.schema.resolveImplicitScalarTag(text);
      r = tag.tagName === MERGE_TAG || value !== null && typeof value === "object" ? DECLINE : { value };
      if (this.plainCache.size >= CACHE_LIMIT) this.plainCache.clear();
      this.plainCache.set(text, r);
    }
    if (r === DECLINE) decline("special scalar");
    return r.value;
  }
  /** A quoted scalar that closes on its line: its value and the offset after the closing quote. */
  quoted(line, p) {
    const quote = code(line, p);
    let escaped = false;
    let q = p + 1;
    for (; ; ) {
      if (q >= line.length) decline("multi-line quoted scalar");
      const ch = code(line, q);
      if (quote === 39) {
        if (ch === 39) {
          if (code(line, q + 1) !== 39) break;
          escaped = true;
          q += 2;
          continue;
        }
      } else if (ch === 92) {
        if (q + 1 >= line.length) decline("escaped line break");
        escaped = true;
        q += 2;
        continue;
      } else if (ch === 34) break;
      q++;
    }
    const body = line.slice(p + 1, q);
    if (!escaped) return { value: this.intern(body), end: q + 1 };
    if (quote === 39) return { value: body.replaceAll("''", "'"), end: q + 1 };
    return { value: this.doubleQuoted(line.slice(p, q + 1)), end: q + 1 };
  }
  /**
   * One string per distinct text: a slice of the rendered text would keep all of it alive for as
   * long as the value lives (the whole run, for an injected pod).
   */
  intern(s) {
    const cache2 = this.stringCache;
    const hit = cache2.get(s);
    if (hit !== void 0) return hit;
    if (cache2.size >= CACHE_LIMIT) cache2.clear();
    cache2.set(s, s);
    return s;
  }
  /** A double-quoted scalar with escapes, decoded by js-yaml (remembered per text). */
  doubleQuoted(token) {
    let cache2 = escapedCache.get(this.schema);
    if (!cache2) escapedCache.set(this.schema, cache2 = /* @__PURE__ */ new Map());
    let v = cache2.get(token);
    if (v === void 0) {
      let loaded;
      try {
        loaded = load(token, { schema: this.schema });
      } catch {
        decline("bad escape");
      }
      if (typeof loaded !== "string") decline("bad escape");
      v = loaded;
      if (cache2.size >= CACHE_LIMIT) cache2.clear();
      cache2.set(token, v);
    }
    return v;
  }
  /** A flow collection from `p` that closes on this line: its value and the offset after it. */
  flow(line, p) {
    const mapping = code(line, p) === 123;
    const close = mapping ? 125 : 93;
    const out = mapping ? {} : [];
    p = skipSpaces(line, p + 1);
    if (code(line, p) === close) return [out, p + 1];
    for (; ; ) {
      if (mapping) {
        const map = out;
        let name;
        const c2 = code(line, p);
        if (c2 === 34 || c2 === 39) {
          const q = this.quoted(line, p);
          name = checkKey(q.value);
          p = skipSpaces(line, q.end);
          if (code(line, p) !== COLON2) decline("flow entry without a value");
          p++;
        } else {
          const [key, end] = this.flowPlain(line, p);
          if (code(line, end) !== COLON2) decline("flow entry without a value");
          name = checkKey(String(this.resolvePlain(key)));
          p = end + 1;
        }
        if (Object.hasOwn(map, name)) decline("duplicated mapping key");
        p = skipSpaces(line, p);
        const v = this.flowNode(line, p);
        map[name] = v[0];
        p = v[1];
      } else {
        const v = this.flowNode(line, p);
        out.push(v[0]);
        p = v[1];
      }
      p = skipSpaces(line, p);
      const c = code(line, p);
      if (c === close) return [out, p + 1];
      if (c !== 44) decline("flow collection not closed on its line");
      p = skipSpaces(line, p + 1);
      if (code(line, p) === close) decline("trailing comma");
    }
  }
  /** A node inside a flow collection: nested flow, quoted or plain; never empty. */
  flowNode(line, p) {
    const c = code(line, p);
    if (c === 91 || c === 123) {
      this.enter();
      const r = this.flow(line, p);
      this.depth--;
      return r;
    }
    if (c === 34 || c === 39) {
      const q = this.quoted(line, p);
      return [q.value, q.end];
    }
    const [text, end] = this.flowPlain(line, p);
    if (code(line, end) === COLON2) decline("flow pair");
    return [this.resolvePlain(text), end];
  }
  /** A plain scalar in flow context: its text and where it ends (at `,` `[` `]` `{` `}`, `: `, ` #`). */
  flowPlain(line, p) {
    if (!canStartPlain(line, p) || code(line, p) === DASH2 && isFlowIndicator2(code(line, p + 1))) decline("empty or special flow node");
    let end = p;
    let q = p;
    for (; q < line.length; q++) {
      const ch = code(line, q);
      if (isFlowIndicator2(ch)) break;
      if (ch === COLON2) {
        const next = code(line, q + 1);
        if (isSpaceOrEnd(next) || isFlowIndicator2(next)) break;
      }
      if (ch === HASH2 && code(line, q - 1) === SPACE2) break;
      if (ch !== SPACE2) end = q + 1;
    }
    return [line.slice(p, end), end];
  }
  /**
   * A block scalar whose header (`|`, `>`, with `-` or `+`) is at `p` of `line`; its content is
   * the lines below indented deeper than `parent`, read as js-yaml reads them.
   */
  blockScalar(line, p, parent) {
    const folded = code(line, p) === 62;
    let q = p + 1;
    let chomp = "clip";
    if (code(line, q) === DASH2) {
      chomp = "strip";
      q++;
    } else if (code(line, q) === 43) {
      chomp = "keep";
      q++;
    }
    const afterHeader = q;
    while (code(line, q) === SPACE2) q++;
    if (q < line.length && !(code(line, q) === HASH2 && q > afterHeader)) decline("block scalar header");
    const start = ++this.i;
    let contentIndent = -1;
    let maxLeading = 0;
    for (; this.i < this.lines.length; this.i++) {
      const l2 = this.lines[this.i];
      const col = indentOf(l2);
      if (col === l2.length) {
        if (contentIndent === -1) maxLeading = Math.max(maxLeading, col);
        continue;
      }
      if (contentIndent === -1) {
        if (col <= parent || col < maxLeading) decline("block scalar without content or with odd indentation");
        contentIndent = col;
      } else if (col < contentIndent) break;
    }
    if (contentIndent === -1) decline("block scalar without content");
    let result = "";
    let didReadContent = false;
    let emptyLines = 0;
    let atMoreIndented = false;
    for (let k = start; k < this.i; k++) {
      const l2 = this.lines[k];
      let column = 0;
      while (column < contentIndent && code(l2, column) === SPACE2) column++;
      if (column >= l2.length) {
        emptyLines++;
        continue;
      }
      const content = l2.slice(contentIndent);
      if (folded) {
        if (code(content, 0) === SPACE2) {
          atMoreIndented = true;
          result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          result += "\n".repeat(emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) result += " ";
        } else result += "\n".repeat(emptyLines);
      } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      result += content;
      didReadContent = true;
      emptyLines = 0;
    }
    if (chomp === "keep") result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    else if (chomp === "clip" && didReadContent) result += "\n";
    if (this.nextIndent() > parent) decline("more indented line after a block scalar");
    return result;
  }
};
function checkKey(name) {
  if (name === "__proto__") decline("__proto__ key");
  return name;
}
function parseBlockYaml(text, schema, sites) {
  if (NOT_PLAIN_ASCII.test(text) && UNSUPPORTED_CHARS.test(text)) return { ok: false, reason: "tab, CR, BOM or non-printable character" };
  try {
    return { ok: true, value: new Reader(text, schema, sites).read() };
  } catch (e) {
    if (e instanceof Declined) return { ok: false, reason: e.message };
    throw e;
  }
}

// src/model/limits.ts
var MAX_NESTING_DEPTH = 100;
function jsonNestingDepth(text) {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}
function jsonDepthError(text, limit = MAX_NESTING_DEPTH) {
  return jsonNestingDepth(text) > limit ? `JSON nested more than ${limit} levels deep; the limit is ${limit}` : null;
}

// src/read/yaml-schema.ts
var TIMESTAMP = "tag:yaml.org,2002:timestamp";
var BINARY = "tag:yaml.org,2002:binary";
var kubectlBinary = defineScalarTag(BINARY, {
  resolve: (source) => {
    const bytes = goBase64Decode(source);
    return bytes === void 0 ? NOT_RESOLVED : goJsonString(bytes);
  },
  identify: () => false
});
var KUBE_SCHEMA = new Schema([...YAML11_SCHEMA.tags.filter((t) => t.tagName !== TIMESTAMP && t.tagName !== BINARY), kubectlBinary]);
var LIMITS = {
  /** Nesting depth of collections (js-yaml `maxDepth`); JSON inside annotations has the same. */
  maxDepth: MAX_NESTING_DEPTH,
  /** Alias nodes per document (js-yaml `maxAliases`). */
  maxAliases: 1e3,
  /** Nodes a document may have once every alias is expanded (a "billion laughs" guard). */
  maxExpandedNodes: 1e6,
  /** Bytes of scalars a document may have once every alias is expanded (alias amplification). */
  maxExpandedBytes: 32 * 1024 * 1024
};
function goBase64Decode(source) {
  const s = source.replace(/[\r\n]/g, "");
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s)) return void 0;
  return Buffer.from(s, "base64");
}
function goJsonString(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceLength(bytes, i);
    if (n === 0) {
      out += "\uFFFD";
      i++;
    } else {
      out += Buffer.from(bytes.subarray(i, i + n)).toString("utf8");
      i += n;
    }
  }
  return out;
}
function utf8SequenceLength(b, i) {
  const c = b[i];
  if (c < 128) return 1;
  const cont = (j, lo = 128, hi = 191) => j < b.length && b[j] >= lo && b[j] <= hi;
  if (c >= 194 && c <= 223) return cont(i + 1) ? 2 : 0;
  if (c >= 224 && c <= 239) {
    const [lo, hi] = c === 224 ? [160, 191] : c === 237 ? [128, 159] : [128, 191];
    return cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
  }
  if (c >= 240 && c <= 244) {
    const [lo, hi] = c === 240 ? [144, 191] : c === 244 ? [128, 143] : [128, 191];
    return cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}

// src/read/locate-field.ts
function createLocator(text, start, end, lines) {
  let index2;
  return (pointer, at = "key") => {
    if (!index2) {
      const slice2 = text.slice(start, end);
      try {
        index2 = shift(indexOffsets(parseEvents(slice2, { maxDepth: LIMITS.maxDepth }), slice2), start);
      } catch {
        index2 = /* @__PURE__ */ new Map();
      }
    }
    const tokens = splitPointer(pointer);
    for (let n = tokens.length; n >= 0; n--) {
      const p = tokens.slice(0, n).map(escapeToken).map((t) => "/" + t).join("");
      const rec = index2.get(p);
      if (!rec) continue;
      const offset = n === tokens.length && at === "value" ? rec.value : rec.key ?? rec.value;
      return lines.position(offset);
    }
    return lines.position(start);
  };
}
function shift(map, by) {
  for (const rec of map.values()) {
    rec.value += by;
    if (rec.key !== void 0) rec.key += by;
  }
  return map;
}

// src/read/split-plain.ts
function firstContent(text, from, to) {
  let p = from;
  while (p < to) {
    let q = p;
    while (q < to && text.charCodeAt(q) === 32) q++;
    const c = q < to ? text.charCodeAt(q) : 10;
    if (c !== 10 && c !== 35) return q;
    const eol = text.indexOf("\n", q);
    if (eol < 0 || eol >= to) return -1;
    p = eol + 1;
  }
  return -1;
}
function cutsOf(text) {
  const cuts = [];
  for (let p = 0; p < text.length; ) {
    const c = text.charCodeAt(p);
    if (c === 37) return null;
    if ((c === 45 || c === 46) && text.startsWith(c === 45 ? "---" : "...", p)) {
      const after = text.charCodeAt(p + 3);
      if (c === 46 && (Number.isNaN(after) || after === 10 || after === 32 || after === 9)) return null;
      if (c === 45) {
        if (Number.isNaN(after) || after === 10) cuts.push(p);
        else if (after === 32 || after === 9) return null;
      }
    }
    const eol = text.indexOf("\n", p);
    if (eol < 0) break;
    p = eol + 1;
  }
  return cuts;
}
function partsOf(text, cuts) {
  const parts = [];
  const first = cuts.length > 0 ? cuts[0] : text.length;
  const implicit = firstContent(text, 0, first);
  if (implicit >= 0) parts.push({ start: 0, end: first, content: implicit, body: 0, explicit: false });
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i];
    const end = i + 1 < cuts.length ? cuts[i + 1] : text.length;
    const body = Math.min(start + 4, end);
    parts.push({ start, end, content: firstContent(text, body, end), body, explicit: true });
  }
  return parts;
}
function readPart(source, parts, index2, lines) {
  const text = source.text;
  const part = parts[index2];
  let value = null;
  if (part.content >= 0) {
    const r = parseBlockYaml(text.slice(part.body, part.end), KUBE_SCHEMA);
    if (!r.ok) return null;
    value = r.value;
  }
  const start = index2 === 0 ? 0 : parts[index2 - 1].end;
  const end = index2 === parts.length - 1 ? text.length : part.end;
  const empty2 = part.content < 0;
  const contentStart = empty2 ? start : part.content;
  const c = text[contentStart];
  return {
    source,
    index: index2,
    start,
    end,
    startLine: lines.position(contentStart).line,
    value,
    empty: empty2,
    format: c === "{" || c === "[" ? "json" : "yaml",
    eol: "\n",
    contentStart,
    locate: createLocator(text, start, end, lines)
  };
}
function splitPlainStream(source, onDocument) {
  const text = source.text;
  if (/[\r\uFEFF]/.test(text)) return null;
  const cuts = cutsOf(text);
  if (cuts === null) return null;
  const parts = partsOf(text, cuts);
  const lines = new LineIndex(text);
  const docs = [];
  for (let index2 = 0; index2 < parts.length; index2++) {
    const doc = readPart(source, parts, index2, lines);
    if (doc === null) return null;
    docs.push(doc);
    onDocument?.(doc);
  }
  return docs;
}

// src/read/template-actions.ts
var MAX_SHOWN = 60;
var BLOCK_SCALAR = /(^|[\s:-])[|>][-+0-9]*$/;
function findTemplateAction(text) {
  let blockIndent = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const eol = text.indexOf("\n", lineStart);
    const lineEnd = eol === -1 ? text.length : eol;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
    const indent = /^[ \t]*/.exec(line)[0].length;
    const blank = indent === line.length;
    if (blockIndent >= 0 && (blank || indent > blockIndent)) {
    } else {
      blockIndent = -1;
      const scan2 = scanLine(line);
      if (scan2.action >= 0) return action(text, lineStart + scan2.action);
      if (BLOCK_SCALAR.test(scan2.code.trimEnd())) blockIndent = indent;
    }
    if (eol === -1) break;
    lineStart = eol + 1;
  }
  return void 0;
}
function scanLine(line) {
  let quote = null;
  let prev = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === '"') {
      if (c === "\\") i++;
      else if (c === '"') quote = null;
      continue;
    }
    if (quote === "'") {
      if (c === "'" && line[i + 1] === "'") i++;
      else if (c === "'") quote = null;
      continue;
    }
    if (c === "{" && line[i + 1] === "{") return { action: i, code: line };
    if (c === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "	")) return { action: -1, code: line.slice(0, i) };
    if ((c === '"' || c === "'") && (prev === "" || ":-?[{,".includes(prev))) {
      quote = c;
      continue;
    }
    if (c !== " " && c !== "	") prev = c;
  }
  return { action: -1, code: line };
}
function action(text, offset) {
  const eol = text.indexOf("\n", offset);
  const rest = text.slice(offset, eol === -1 ? text.length : eol).replace(/\r$/, "");
  const close = rest.indexOf("}}", 2);
  let shown = close >= 0 ? rest.slice(0, close + 2) : rest.trimEnd();
  if (shown.length > MAX_SHOWN) shown = `${shown.slice(0, MAX_SHOWN - 3).trimEnd()} \u2026}}`;
  return { offset, text: shown };
}
function templateMessage(action2) {
  return `this looks like an unrendered Go/Helm template (${action2.text}); render it first, e.g. helm template CHART | kube-inject -f -`;
}

// src/read/split.ts
function splitStream(source, onPlainDocument) {
  const plain = splitPlainStream(source, onPlainDocument);
  if (plain) return plain;
  return splitStreamWithEvents(source);
}
function splitStreamWithEvents(source) {
  const lines = new LineIndex(source.text);
  try {
    return splitDocuments(source, lines);
  } catch (e) {
    throw e instanceof KubeInjectError && e.code === "yaml" ? unrenderedTemplate(source, lines, e) ?? e : e;
  }
}
function unrenderedTemplate(source, lines, cause) {
  const action2 = findTemplateAction(source.text);
  if (!action2) return void 0;
  return new KubeInjectError("yaml", templateMessage(action2), { file: source.name, ...lines.position(action2.offset) }, { cause });
}
function splitDocuments(source, lines) {
  const text = source.text;
  let events;
  try {
    events = parseEvents(text, { filename: source.name, maxDepth: LIMITS.maxDepth });
  } catch (e) {
    throw yamlError(e, source.name, lines);
  }
  const groups = groupDocuments(events);
  const segments = cutSegments(text);
  const owners = assignSegments(groups, segments, text, source.name);
  const spans = claimOrphans(owners.map((i) => segments[i]), text.length);
  return groups.map((group, index2) => buildDocument(source, lines, group, index2, spans[index2]));
}
function claimOrphans(owned, length) {
  const out = owned.map((s) => ({ ...s }));
  for (let i = 0; i < out.length; i++) out[i].start = i === 0 ? 0 : out[i - 1].end;
  if (out.length > 0) out[out.length - 1].end = length;
  return out;
}
function groupDocuments(events) {
  const groups = [];
  let depth = 0;
  let cur = [];
  for (const e of events) {
    cur.push(e);
    if (e.type === EVENT_ID.POP) depth--;
    else if (e.type === EVENT_ID.DOCUMENT || e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) depth++;
    if (depth === 0) {
      groups.push(cur);
      cur = [];
    }
  }
  return groups;
}
var MARKER = /^(---|\.\.\.)(?=[ \t\r\n]|$)/gm;
function cutSegments(text) {
  const cuts = [{ at: 0, explicit: false }];
  for (const m3 of text.matchAll(MARKER)) {
    if (m3[1] === "---") {
      let at = m3.index;
      while (at > 0) {
        const prev = text.lastIndexOf("\n", at - 2) + 1;
        if (text[prev] !== "%") break;
        at = prev;
      }
      cuts.push({ at, explicit: true });
    } else {
      const eol = text.indexOf("\n", m3.index);
      cuts.push({ at: eol === -1 ? text.length : eol + 1, explicit: false });
    }
  }
  const segments = [];
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i].at;
    const end = i + 1 < cuts.length ? cuts[i + 1].at : text.length;
    if (end > start || cuts[i].explicit) segments.push({ start, end, explicit: cuts[i].explicit });
  }
  return segments;
}
function firstOffset(group) {
  for (const e of group) {
    const o = eventOffset(e);
    if (o >= 0) return o;
  }
  return -1;
}
function assignSegments(groups, segments, text, file) {
  const owners = [];
  let next = 0;
  for (const group of groups) {
    const offset = firstOffset(group);
    let found = -1;
    for (let s = next; s < segments.length; s++) {
      const seg = segments[s];
      if (offset >= 0 ? offset >= seg.start && offset < seg.end : seg.explicit) {
        found = s;
        break;
      }
    }
    if (found < 0) {
      const line = new LineIndex(text).position(Math.max(offset, 0));
      throw new KubeInjectError("internal", "could not find the text of a document; please report this input", { file, ...line });
    }
    owners.push(found);
    next = found + 1;
  }
  return owners;
}
function buildDocument(source, lines, group, index2, seg) {
  const text = source.text;
  const offset = firstOffset(group);
  const contentStart = offset >= 0 ? offset : seg.start;
  const startLine = lines.position(contentStart).line;
  const where = { file: source.name, document: index2 };
  let value = null;
  if (offset >= 0) {
    if (group.some((e) => e.type === EVENT_ID.ALIAS)) {
      const size = expandedSize(group, text, { nodes: LIMITS.maxExpandedNodes, bytes: LIMITS.maxExpandedBytes });
      const over = size.nodes > LIMITS.maxExpandedNodes ? `more than ${LIMITS.maxExpandedNodes.toLocaleString("en-US")} nodes` : size.bytes > LIMITS.maxExpandedBytes ? `more than ${LIMITS.maxExpandedBytes / 1024 / 1024} MiB of scalars` : null;
      if (over !== null) {
        throw new KubeInjectError("yaml-hostile", `document expands to ${over} through aliases; refusing it`, { ...where, ...lines.position(contentStart) });
      }
    }
    const merges = text.slice(seg.start, seg.end).includes("<<");
    if (merges) {
      const dup = findDuplicateKey(group, text);
      if (dup >= 0) throw new KubeInjectError("yaml", "invalid YAML: duplicated mapping key", { ...where, ...lines.position(dup) });
    }
    try {
      value = constructFromEvents(group, { source: text, filename: source.name, schema: KUBE_SCHEMA, maxAliases: LIMITS.maxAliases, json: merges })[0] ?? null;
    } catch (e) {
      throw yamlError(e, source.name, lines).locate(where);
    }
  }
  const first = text[contentStart];
  return {
    source,
    index: index2,
    start: seg.start,
    end: seg.end,
    startLine,
    value,
    empty: offset < 0,
    format: first === "{" || first === "[" ? "json" : "yaml",
    eol: text.slice(seg.start, seg.end).includes("\r\n") ? "\r\n" : "\n",
    contentStart,
    locate: createLocator(source.text, seg.start, seg.end, lines)
  };
}
function yamlError(e, file, lines) {
  if (e instanceof KubeInjectError) return e;
  if (e instanceof YAMLException) {
    const mark = e.mark;
    const pos = mark ? lines.position(mark.position) : {};
    return new KubeInjectError("yaml", `invalid YAML: ${e.reason}`, { file, ...pos }, { cause: e });
  }
  const message = e instanceof Error ? e.message : String(e);
  return new KubeInjectError("yaml", `invalid YAML: ${message}`, { file }, { cause: e });
}

// start-up-light:node:fs
import { createRequire } from "node:module";
var fs = createRequire(import.meta.url)("node:fs");
var chmodSync = fs.chmodSync;
var chownSync = fs.chownSync;
var closeSync = fs.closeSync;
var existsSync = fs.existsSync;
var mkdirSync = fs.mkdirSync;
var openSync = fs.openSync;
var readFileSync = fs.readFileSync;
var readSync = fs.readSync;
var readdirSync = fs.readdirSync;
var realpath = fs.realpath;
var rename = fs.rename;
var renameSync = fs.renameSync;
var stat = fs.stat;
var statSync = fs.statSync;
var unlink = fs.unlink;
var unlinkSync = fs.unlinkSync;
var unwatchFile = fs.unwatchFile;
var watchFile = fs.watchFile;
var writeFile = fs.writeFile;
var writeFileSync = fs.writeFileSync;

// src/read/fs-read.ts
var statFile = (path) => statSync(path);
var readDirectory = (path) => readdirSync(path, { withFileTypes: true });
function readAtMost(path, limit) {
  const fd = openSync(path, "r");
  try {
    const chunks = [];
    let total = 0;
    while (total <= limit) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

// src/read/sources.ts
import { join, resolve } from "node:path";
var MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json"];
var MAX_INPUT_BYTES = 64 * 1024 * 1024;
async function readInputs(paths, io, options = {}) {
  if (paths.filter((p) => p === "-").length > 1) throw new KubeInjectError("usage", "`-f -` (standard input) may be given only once");
  const out = [];
  for (const path of paths) out.push(await readInput(path, io, options));
  return out;
}
async function readInput(path, io, options) {
  if (path === "-") return { given: path, kind: "stdin", sources: [makeSource("<stdin>", await io.readStdin())], errors: [], warnings: [] };
  const fsPath = (p) => io.cwd === void 0 ? p : resolve(io.cwd, p);
  let info;
  try {
    info = statFile(fsPath(path));
  } catch (e) {
    return { given: path, kind: "unreadable", sources: [], errors: [ioError(path, e)], warnings: [] };
  }
  if (!info.isDirectory()) {
    if (!info.isFile()) return { given: path, kind: "unreadable", sources: [], errors: [notRegular(path, info)], warnings: [] };
    try {
      return { given: path, kind: "file", sources: [makeSource(path, await readText(path, fsPath(path)))], errors: [], warnings: [] };
    } catch (e) {
      if (!(e instanceof KubeInjectError)) throw e;
      return { given: path, kind: "file", sources: [], errors: [e], warnings: [] };
    }
  }
  const sources = [];
  const errors = [];
  const warnings = [];
  const skip = new Set(options.skip ?? []);
  const walk = async (dir) => {
    let entries;
    try {
      entries = readDirectory(fsPath(dir));
    } catch (e) {
      errors.push(ioError(dir, e));
      return;
    }
    entries.sort((a2, b) => a2.name < b.name ? -1 : a2.name > b.name ? 1 : 0);
    for (const entry2 of entries) {
      if (entry2.name.startsWith(".") || skip.has(entry2.name)) continue;
      const full = join(dir, entry2.name);
      if (entry2.isDirectory()) await walk(full);
      else if (!MANIFEST_EXTENSIONS.some((ext) => entry2.name.toLowerCase().endsWith(ext))) continue;
      else if (!entry2.isFile()) warnings.push(`${full}: skipped, ${entry2.isSymbolicLink() ? "a symbolic link" : "not a regular file"} (directory walks read regular files only; name it with -f to read it)`);
      else {
        try {
          sources.push(makeSource(full, await readText(full, fsPath(full))));
        } catch (e) {
          if (!(e instanceof KubeInjectError)) throw e;
          errors.push(e);
        }
      }
    }
  };
  await walk(path);
  return { given: path, kind: "directory", sources, errors, warnings };
}
async function readTextFile(file, at = file) {
  let info;
  try {
    info = statFile(at);
  } catch (e) {
    throw ioError(file, e);
  }
  if (!info.isFile()) throw notRegular(file, info);
  return makeSource(file, await readText(file, at)).text;
}
function makeSource(name, raw) {
  return { name, text: raw.charCodeAt(0) === 65279 ? raw.slice(1) : raw };
}
async function readText(file, at) {
  let buf;
  try {
    buf = readAtMost(at, MAX_INPUT_BYTES);
  } catch (e) {
    throw ioError(file, e);
  }
  if (buf.length > MAX_INPUT_BYTES) throw new KubeInjectError("io", `file is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, the most kube-inject reads`, { file });
  return decodeUtf8(file, buf);
}
function decodeUtf8(file, buf) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    const text = new TextDecoder("utf-8").decode(buf);
    const bad2 = text.indexOf("\uFFFD");
    const line = text.slice(0, bad2).split("\n").length;
    throw new KubeInjectError("io", "file is not valid UTF-8", { file, line, column: bad2 - text.lastIndexOf("\n", bad2 - 1) });
  }
}
function notRegular(path, info) {
  const what = info.isFIFO() ? "a FIFO" : info.isCharacterDevice() || info.isBlockDevice() ? "a device" : info.isSocket() ? "a socket" : "not a regular file";
  return new KubeInjectError("io", `cannot read: ${what}; give a regular file, or pipe it to -f -`, { file: path });
}
function ioError(path, e) {
  const code2 = e?.code;
  const reason = code2 === "ENOENT" ? "no such file or directory" : code2 === "EACCES" ? "permission denied" : e?.message ?? String(e);
  return new KubeInjectError("io", `cannot read: ${reason}`, { file: path }, { cause: e });
}

// src/model/document.ts
function fieldPosition(doc, pointer, at = "key") {
  return doc.locate(pointer, at);
}
function describeObject(kind, namespace, name) {
  const ns = namespace ? `${namespace}/` : "";
  return `${kind || "object"} "${ns}${name ?? "<unnamed>"}"`;
}
function positionIn(doc, e, base, resource) {
  const pointer = base + (e.position.pointer ?? "");
  const at = e.position.line === void 0 ? fieldPosition(doc, pointer, e.position.at) : {};
  e.position = { ...e.position, file: doc.source.name, document: doc.index, pointer, resource: e.position.resource ?? resource, ...at };
  return e;
}

// src/model/values.ts
function isMap(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function setOwn(obj, key, value) {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
function asMap(v) {
  return isMap(v) ? v : {};
}
function str(v) {
  return typeof v === "string" ? v : "";
}
function stringMap(v) {
  const out = {};
  if (!isMap(v)) return out;
  for (const [k, val] of Object.entries(v)) {
    if (val === null || val === void 0) continue;
    setOwn(out, k, typeof val === "string" ? val : String(val));
  }
  return out;
}

// src/locate/workloads.ts
var POD_TEMPLATE_PATHS = {
  Pod: "",
  Deployment: "/spec/template",
  StatefulSet: "/spec/template",
  DaemonSet: "/spec/template",
  ReplicaSet: "/spec/template",
  ReplicationController: "/spec/template",
  Job: "/spec/template",
  CronJob: "/spec/jobTemplate/spec/template",
  // OpenShift's DeploymentConfig, which Istio's injector also handles.
  DeploymentConfig: "/spec/template"
};
function objectsOf(value) {
  if (!isMap(value)) return [];
  const kind = str(value.kind);
  if (kind === "List" || kind.endsWith("List") && Array.isArray(value.items)) {
    if (value.items !== void 0 && value.items !== null && !Array.isArray(value.items)) {
      throw new KubeInjectError("workload", `${kind}: items must be a list of objects`, { pointer: "/items", at: "value" });
    }
    const items = Array.isArray(value.items) ? value.items : [];
    return items.flatMap((item, i) => objectsOf(item).map((o) => ({ ...o, pointer: joinPointer("", "items", i) + o.pointer })));
  }
  return [{ pointer: "", object: value, kind }];
}
function locateWorkloads(value, o = {}) {
  const out = [];
  for (const { pointer, object, kind } of objectsOf(value)) {
    if (!Object.hasOwn(POD_TEMPLATE_PATHS, kind)) continue;
    const path = POD_TEMPLATE_PATHS[kind];
    const meta = isMap(object.metadata) ? object.metadata : {};
    const label = describeObject(kind, str(meta.namespace), str(meta.name));
    const template = path === "" ? object : getAt(object, path);
    const specPath = `${path}/spec`;
    const problem = !isMap(template) ? [path, template] : !isMap(template.spec) ? [specPath, template.spec] : null;
    let incomplete;
    if (problem) {
      const [at, found] = problem;
      const what = found === void 0 || found === null ? "is missing" : "is not a mapping";
      const field = at.slice(1).replace(/\//g, ".");
      const message = `its pod ${at === path && path !== "" ? "template" : "spec"} (${field}) ${what}`;
      if (!o.partial) throw new KubeInjectError("workload", `${label}: ${message}`, { pointer: pointer + at, resource: label });
      incomplete = { pointer: pointer + at, message };
    }
    out.push({
      pointer,
      kind,
      apiVersion: str(object.apiVersion),
      name: str(meta.name),
      namespace: str(meta.namespace),
      podTemplatePointer: pointer + path,
      object,
      label,
      ...incomplete ? { incomplete } : {}
    });
  }
  return out;
}

// src/istio/keys.ts
var INJECT_KEY = "sidecar.istio.io/inject";
var PROXY_CONFIG_ANNOTATION = "proxy.istio.io/config";
var TEMPLATES_ANNOTATION = "inject.istio.io/templates";
var NATIVE_SIDECAR_ANNOTATION = "sidecar.istio.io/nativeSidecar";
var PROXY_IMAGE_TYPE_ANNOTATION = "sidecar.istio.io/proxyImageType";
var INTERCEPTION_MODE_ANNOTATION = "sidecar.istio.io/interceptionMode";
var REWRITE_PROBERS_ANNOTATION = "sidecar.istio.io/rewriteAppHTTPProbers";
var STATUS_PORT_ANNOTATION = "status.sidecar.istio.io/port";
var MERGE_METRICS_ANNOTATION = "prometheus.istio.io/merge-metrics";
var SCRAPE_TARGETS_ANNOTATION = "prometheus.istio.io/scrape-targets";
var STATUS_ANNOTATION = "sidecar.istio.io/status";
var OVERRIDES_ANNOTATION = "proxy.istio.io/overrides";
var SECURE_PORT_ANNOTATION = "prometheus.istio.io/secure-port";
var REVISION_LABEL = "istio.io/rev";
var NETWORK_LABEL = "topology.istio.io/network";
var GATEWAY_MANAGED_LABEL = "gateway.istio.io/managed";
var DATAPLANE_MODE_LABEL = "istio.io/dataplane-mode";
var EXPORT_TO_ANNOTATION = "networking.istio.io/exportTo";
var AMBIENT_REDIRECTION_ANNOTATION = "ambient.istio.io/redirection";

// src/model/pod.ts
function containersOf(v) {
  return Array.isArray(v) ? v.filter(isMap) : [];
}
function findContainer(name, list3) {
  return list3?.find((c) => c.name === name);
}
function findContainerInPod(name, spec) {
  return findContainer(name, spec.containers) ?? findContainer(name, spec.initContainers);
}
function moveContainer(list3, name, where) {
  const rest = [];
  let match;
  for (const c of list3) {
    if (c.name === name) match = c;
    else rest.push(c);
  }
  if (match === void 0 || where === "remove") return rest;
  return where === "first" ? [match, ...rest] : [...rest, match];
}
function transferContainer(from, to, name) {
  const i = from.findIndex((c) => c.name === name);
  if (i < 0) return [from.slice(), to.slice()];
  return [[...from.slice(0, i), ...from.slice(i + 1)], [...to, from[i]]];
}
function names(list3) {
  return containersOf(list3).map((c) => typeof c.name === "string" ? c.name : "");
}

// src/istio/sidecar.ts
var PROXY_CONTAINER = "istio-proxy";
var INIT_CONTAINER = "istio-init";
var VALIDATION_CONTAINER = "istio-validation";
var CORE_DUMP_CONTAINER = "enable-core-dump";
function findSidecar(spec) {
  return findContainerInPod(PROXY_CONTAINER, spec);
}
var INJECTED_CONTAINERS = /* @__PURE__ */ new Set([PROXY_CONTAINER, INIT_CONTAINER, VALIDATION_CONTAINER]);
var PROXY_UID = 1337;
var PROXY_GID = 1337;
var PROXY_ENV = {
  /** The app's probes, as pilot-agent runs them (`ISTIO_KUBE_APP_PROBERS`). */
  appProbers: "ISTIO_KUBE_APP_PROBERS",
  /** The app's Prometheus scrape settings, moved from its annotations. */
  prometheusAnnotations: "ISTIO_PROMETHEUS_ANNOTATIONS",
  /** Port of the TLS merged-metrics endpoint. */
  secureMetricsPort: "ENVOY_SECURE_MERGED_METRICS_PORT",
  clusterId: "ISTIO_META_CLUSTER_ID",
  network: "ISTIO_META_NETWORK"
};

// src/merge/errors.ts
var MergeError = class extends KubeInjectError {
  input;
  constructor(message, pointer, input = "patch") {
    super("merge", message, { pointer });
    this.input = input;
  }
};

// src/merge/order.ts
function orderMerged(merged, identity, patchOrder, serverOrder) {
  const patchIndex = firstIndexes(patchOrder);
  const serverIndex = firstIndexes(serverOrder);
  const patchItems = [];
  const serverOnly = [];
  for (const item of merged) (patchIndex.has(identity(item)) ? patchItems : serverOnly).push(item);
  const sortedPatch = patchItems.map((item, i2) => ({ item, i: i2, at: patchIndex.get(identity(item)) ?? 0 })).sort((a2, b) => a2.at - b.at || a2.i - b.i).map((x) => x.item);
  const out = [];
  let i = 0;
  let j = 0;
  while (i < serverOnly.length || j < sortedPatch.length) {
    if (j >= sortedPatch.length) {
      out.push(serverOnly[i++]);
    } else if (i >= serverOnly.length) {
      out.push(sortedPatch[j++]);
    } else {
      const li = serverIndex.get(identity(serverOnly[i]));
      const ri = serverIndex.get(identity(sortedPatch[j]));
      if (li !== void 0 && ri !== void 0 && li < ri) out.push(serverOnly[i++]);
      else out.push(sortedPatch[j++]);
    }
  }
  return out;
}
function firstIndexes(items) {
  const m3 = /* @__PURE__ */ new Map();
  items.forEach((v, i) => {
    if (!m3.has(v)) m3.set(v, i);
  });
  return m3;
}

// src/merge/schema.ts
var CORE = "k8s.io/api core/v1/types.go";
var META = "k8s.io/apimachinery pkg/apis/meta/v1/types.go";
function containerRules(prefix, struct) {
  return {
    [`${prefix}[].ports`]: { mergeKey: "containerPort", source: `${CORE} ${struct}.Ports` },
    [`${prefix}[].env`]: { mergeKey: "name", source: `${CORE} ${struct}.Env` },
    [`${prefix}[].volumeMounts`]: { mergeKey: "mountPath", source: `${CORE} ${struct}.VolumeMounts` },
    [`${prefix}[].volumeDevices`]: { mergeKey: "devicePath", source: `${CORE} ${struct}.VolumeDevices` }
  };
}
var podMergeSchema = Object.freeze({
  "metadata.ownerReferences": { mergeKey: "uid", source: `${META} ObjectMeta.OwnerReferences` },
  "metadata.finalizers": { source: `${META} ObjectMeta.Finalizers (scalars, merge)` },
  "spec.containers": { mergeKey: "name", source: `${CORE} PodSpec.Containers` },
  ...containerRules("spec.containers", "Container"),
  "spec.initContainers": { mergeKey: "name", source: `${CORE} PodSpec.InitContainers` },
  ...containerRules("spec.initContainers", "Container"),
  "spec.ephemeralContainers": { mergeKey: "name", source: `${CORE} PodSpec.EphemeralContainers` },
  ...containerRules("spec.ephemeralContainers", "EphemeralContainerCommon"),
  // patchStrategy "merge,retainKeys": elements merge by name and may carry `$retainKeys`.
  "spec.volumes": { mergeKey: "name", source: `${CORE} PodSpec.Volumes (merge,retainKeys)` },
  "spec.imagePullSecrets": { mergeKey: "name", source: `${CORE} PodSpec.ImagePullSecrets` },
  "spec.hostAliases": { mergeKey: "ip", source: `${CORE} PodSpec.HostAliases` },
  "spec.topologySpreadConstraints": {
    mergeKey: "topologyKey",
    source: `${CORE} PodSpec.TopologySpreadConstraints`
  },
  "spec.schedulingGates": { mergeKey: "name", source: `${CORE} PodSpec.SchedulingGates` },
  "spec.resourceClaims": { mergeKey: "name", source: `${CORE} PodSpec.ResourceClaims (merge,retainKeys)` }
});
function fieldPath(path, key) {
  return path === "" ? key : `${path}.${key}`;
}
function elementPath(path) {
  return `${path}[]`;
}

// src/model/frozen.ts
var deeplyFrozen = /* @__PURE__ */ new WeakSet();
function isFrozenObject(v) {
  return v !== null && typeof v === "object" && Object.isFrozen(v) && deeplyFrozen.has(v);
}
function deepFreeze(v) {
  if (v !== null && typeof v === "object" && !deeplyFrozen.has(v)) {
    Object.freeze(v);
    deeplyFrozen.add(v);
    for (const k in v) deepFreeze(v[k]);
  }
  return v;
}
var FrozenMemo = class {
  answers = /* @__PURE__ */ new WeakMap();
  get(v, variant) {
    return this.answers.get(v)?.get(variant);
  }
  set(v, variant, answer) {
    let m3 = this.answers.get(v);
    if (m3 === void 0) this.answers.set(v, m3 = /* @__PURE__ */ new Map());
    m3.set(variant, answer);
    return answer;
  }
};

// src/merge/values.ts
function setKey(target, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
function deepClone(v) {
  if (isFrozenObject(v)) return v;
  if (Array.isArray(v)) return v.map(deepClone);
  if (isMap(v)) {
    const out = {};
    for (const [k, x] of Object.entries(v)) setKey(out, k, deepClone(x));
    return out;
  }
  return v;
}
var DIRECTIVE = "$patch";
var RETAIN_KEYS = "$retainKeys";
var SET_ORDER_PREFIX = "$setElementOrder/";
var DELETE_PRIMITIVE_PREFIX = "$deleteFromPrimitiveList/";
function isDirectiveKey(key) {
  return key === DIRECTIVE || key === RETAIN_KEYS || key.startsWith(SET_ORDER_PREFIX) || key.startsWith(DELETE_PRIMITIVE_PREFIX);
}
var DROP = /* @__PURE__ */ Symbol("drop");
function cleanPatchValue(v) {
  if (isFrozenObject(v) && isCleanFrozen(v)) return v;
  if (Array.isArray(v)) {
    const out = [];
    for (const x of v) {
      const c = cleanPatchValue(x);
      if (c !== DROP) out.push(c);
    }
    return out;
  }
  if (isMap(v)) {
    if (Object.hasOwn(v, DIRECTIVE)) return DROP;
    const out = {};
    for (const k of Object.keys(v)) {
      const x = v[k];
      if (x === null || isDirectiveKey(k)) continue;
      const c = cleanPatchValue(x);
      if (c !== DROP) setKey(out, k, c);
    }
    return out;
  }
  return v;
}
var cleanFrozen = /* @__PURE__ */ new WeakMap();
function isCleanFrozen(v) {
  let clean = cleanFrozen.get(v);
  if (clean !== void 0) return clean;
  const child = (x) => x === null || typeof x !== "object" || isFrozenObject(x) && isCleanFrozen(x);
  if (Array.isArray(v)) clean = v.every((x) => x !== null && child(x));
  else if (isMap(v)) clean = Object.keys(v).every((k) => k !== "__proto__" && !isDirectiveKey(k) && v[k] !== null && child(v[k]));
  else clean = false;
  cleanFrozen.set(v, clean);
  return clean;
}
function kindOf(v) {
  return Array.isArray(v) ? "list" : isMap(v) ? "map" : "scalar";
}

// src/merge/merge-list.ts
function mergeError(message, pointer) {
  return new MergeError(message, pointer);
}
function mergeList(original, patch, rule, at, mergeElement, order) {
  if (rule.mergeKey === void 0) return mergeScalars(original, patch, at, order);
  const key = rule.mergeKey;
  const idOf = (el) => el[key];
  let replace2 = false;
  const deleted = /* @__PURE__ */ new Set();
  const items = [];
  patch.forEach((el, index2) => {
    const p = joinPointer(at.ptr, index2);
    if (!isMap(el)) throw mergeError(`list element must be a map with merge key "${key}", got a ${kindOf(el)}`, p);
    if (Object.hasOwn(el, DIRECTIVE)) {
      const d = el[DIRECTIVE];
      if (d === "replace") replace2 = true;
      else if (d === "delete") {
        if (!Object.hasOwn(el, key)) throw mergeError(`"$patch: delete" element has no merge key "${key}"`, p);
        deleted.add(el[key]);
      } else throw mergeError(`unsupported $patch directive in a list: ${JSON.stringify(d)}`, joinPointer(p, DIRECTIVE));
      return;
    }
    if (!Object.hasOwn(el, key)) throw mergeError(`list element has no merge key "${key}"`, p);
    items.push({ el, index: index2 });
  });
  if (replace2) {
    const replaced = items.map(({ el }) => cleanPatchValue(el));
    return orderMerged(replaced, idOf, order ?? [], replaced.map(idOf));
  }
  const working = [];
  original.forEach((el, origIndex) => {
    const p = joinPointer(at.origPtr, origIndex);
    if (!isMap(el) || !Object.hasOwn(el, key)) {
      throw new MergeError(`element of the original list has no merge key "${key}"`, p, "original");
    }
    if (!deleted.has(el[key])) working.push({ value: el, fresh: false, origIndex });
  });
  const serverOrder = working.map((w) => idOf(w.value));
  for (const { el, index: index2 } of items) {
    const found = working.find((w) => idOf(w.value) === el[key]);
    if (found) {
      const origPtr = found.origIndex === void 0 ? at.origPtr : joinPointer(at.origPtr, found.origIndex);
      found.value = mergeElement(found.value, el, { path: elementPath(at.path), ptr: joinPointer(at.ptr, index2), origPtr });
      found.fresh = true;
    } else {
      const c = cleanPatchValue(el);
      if (c !== DROP) working.push({ value: c, fresh: true });
    }
  }
  const merged = working.map((w) => w.fresh ? w.value : deepClone(w.value));
  return orderMerged(merged, idOf, order ?? items.map(({ el }) => el[key]), serverOrder);
}
function mergeScalars(original, patch, at, order) {
  patch.forEach((v, i) => {
    if (kindOf(v) !== "scalar") throw mergeError(`list of scalars cannot hold a ${kindOf(v)}`, joinPointer(at.ptr, i));
  });
  original.forEach((v, i) => {
    if (kindOf(v) !== "scalar") throw new MergeError(`list of scalars holds a ${kindOf(v)}`, joinPointer(at.origPtr, i), "original");
  });
  const merged = [.../* @__PURE__ */ new Set([...original, ...patch])];
  return orderMerged(merged, (v) => v, order ?? patch, original);
}
function deleteScalars(original, toDelete) {
  const gone = new Set(toDelete);
  return original.filter((v) => !gone.has(v)).map(deepClone);
}

// src/merge/merge-map.ts
function mergeMaps(original, patch, at, schema) {
  if (Object.hasOwn(patch, DIRECTIVE)) {
    const d = patch[DIRECTIVE];
    if (d === "replace") {
      const rest = {};
      for (const [k, v] of Object.entries(patch)) if (k !== DIRECTIVE) setKey(rest, k, v);
      return cleanPatchValue(rest);
    }
    if (d === "delete") return {};
    throw mergeError(`unsupported $patch directive: ${JSON.stringify(d)}`, joinPointer(at.ptr, DIRECTIVE));
  }
  const out = {};
  for (const k of Object.keys(original)) setKey(out, k, original[k]);
  const fresh = /* @__PURE__ */ new Set();
  const recurse = (a2, b, where) => mergeMaps(a2, b, where, schema);
  const ruleFor = (k, directiveKey) => {
    const rule = schema[fieldPath(at.path, k)];
    if (!rule) throw mergeError(`"${k}" is not a merge list`, joinPointer(at.ptr, directiveKey));
    return rule;
  };
  if (Object.hasOwn(patch, RETAIN_KEYS)) applyRetainKeys(out, patch, at.ptr);
  const orders = /* @__PURE__ */ new Map();
  for (const dk of Object.keys(patch)) {
    if (!isDirectiveKey(dk)) continue;
    const dv = patch[dk];
    const p = joinPointer(at.ptr, dk);
    if (dk.startsWith(SET_ORDER_PREFIX)) {
      const k = dk.slice(SET_ORDER_PREFIX.length);
      const rule = ruleFor(k, dk);
      if (!Array.isArray(dv)) throw mergeError(`${SET_ORDER_PREFIX}${k} must be a list`, p);
      orders.set(k, dv.map((el, i) => orderIdentity(el, rule, joinPointer(p, i))));
    } else if (dk.startsWith(DELETE_PRIMITIVE_PREFIX)) {
      const k = dk.slice(DELETE_PRIMITIVE_PREFIX.length);
      if (!Array.isArray(dv)) throw mergeError(`${DELETE_PRIMITIVE_PREFIX}${k} must be a list`, p);
      const o = out[k];
      if (Array.isArray(o)) {
        setKey(out, k, deleteScalars(o, dv));
        fresh.add(k);
      }
    }
  }
  for (const k of Object.keys(patch)) {
    if (isDirectiveKey(k)) continue;
    const v = patch[k];
    const where = { path: fieldPath(at.path, k), ptr: joinPointer(at.ptr, k), origPtr: joinPointer(at.origPtr, k) };
    if (v === null) {
      delete out[k];
      continue;
    }
    const o = Object.hasOwn(out, k) ? out[k] : void 0;
    const order = orders.get(k);
    let merged;
    if (o === void 0 || o === null) {
      merged = order && Array.isArray(v) ? mergeList([], v, ruleFor(k, SET_ORDER_PREFIX + k), where, recurse, order) : cleanPatchValue(v);
    } else if (kindOf(o) !== kindOf(v)) {
      throw mergeError(`expected a ${kindOf(o)} for "${k}", as in the original, but the patch has a ${kindOf(v)}`, where.ptr);
    } else if (isMap(o) && isMap(v)) {
      merged = mergeMaps(o, v, where, schema);
    } else if (Array.isArray(o) && Array.isArray(v)) {
      const rule = schema[where.path];
      merged = rule ? mergeList(o, v, rule, where, recurse, order) : cleanPatchValue(v);
    } else {
      merged = v;
    }
    if (merged === DROP) delete out[k];
    else setKey(out, k, merged);
    fresh.add(k);
  }
  for (const [k, order] of orders) {
    const o = out[k];
    if (fresh.has(k) || !Array.isArray(o)) continue;
    const where = { path: fieldPath(at.path, k), ptr: joinPointer(at.ptr, k), origPtr: joinPointer(at.origPtr, k) };
    setKey(out, k, mergeList(o, [], ruleFor(k, SET_ORDER_PREFIX + k), where, recurse, order));
    fresh.add(k);
  }
  for (const k of Object.keys(out)) if (!fresh.has(k)) setKey(out, k, deepClone(out[k]));
  return out;
}
function applyRetainKeys(out, patch, ptr) {
  const list3 = patch[RETAIN_KEYS];
  const p = joinPointer(ptr, RETAIN_KEYS);
  if (!Array.isArray(list3) || !list3.every((x) => typeof x === "string")) {
    throw mergeError(`${RETAIN_KEYS} must be a list of field names`, p);
  }
  const keep = new Set(list3);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || isDirectiveKey(k) || keep.has(k)) continue;
    throw mergeError(`field "${k}" is set by the patch but missing from ${RETAIN_KEYS}`, joinPointer(ptr, k));
  }
  for (const k of Object.keys(out)) if (!keep.has(k)) delete out[k];
}
function orderIdentity(el, rule, pointer) {
  if (rule.mergeKey === void 0) return el;
  if (!isMap(el) || !Object.hasOwn(el, rule.mergeKey)) {
    throw mergeError(`${SET_ORDER_PREFIX} element has no merge key "${rule.mergeKey}"`, pointer);
  }
  return el[rule.mergeKey];
}

// src/merge/index.ts
function strategicMerge(original, patch, schema = podMergeSchema) {
  if (!isMap(patch)) throw mergeError(`a patch must be a map, got a ${kindOf(patch)}`, "");
  const base = original === void 0 || original === null ? {} : original;
  if (!isMap(base)) throw new MergeError(`cannot patch a ${kindOf(base)}; expected a map`, "", "original");
  return mergeMaps(base, patch, { path: "", ptr: "", origPtr: "" }, schema);
}

// src/inject/go/k8s-field-order.json
var k8s_field_order_default = {
  root: "PodTemplateSpec",
  source: { "k8s.io/api": "10b39a39bcee995dfe7cd5e8e7b922be5e46f1e2", "k8s.io/apimachinery": "eed236ceee2c19c2753a3d93ac0631dc20750454", generator: "scripts/gen-k8s-field-order.mjs" },
  types: {
    AWSElasticBlockStoreVolumeSource: { volumeID: "s", fsType: "?s", partition: "?n", readOnly: "?b" },
    Affinity: { nodeAffinity: "?*NodeAffinity", podAffinity: "?*PodAffinity", podAntiAffinity: "?*PodAntiAffinity" },
    AppArmorProfile: { type: "s", localhostProfile: "?*s" },
    AzureDiskVolumeSource: { diskName: "s", diskURI: "s", cachingMode: "?*s", fsType: "?*s", readOnly: "?*b", kind: "?*s" },
    AzureFileVolumeSource: { secretName: "s", shareName: "s", readOnly: "?b" },
    CSIVolumeSource: { driver: "s", readOnly: "?*b", fsType: "?*s", volumeAttributes: "?", nodePublishSecretRef: "?*LocalObjectReference" },
    Capabilities: { add: "?", drop: "?" },
    CephFSVolumeSource: { monitors: "", path: "?s", user: "?s", secretFile: "?s", secretRef: "?*LocalObjectReference", readOnly: "?b" },
    CinderVolumeSource: { volumeID: "s", fsType: "?s", readOnly: "?b", secretRef: "?*LocalObjectReference" },
    ClusterTrustBundleProjection: { name: "?*s", signerName: "?*s", labelSelector: "?*LabelSelector", optional: "?*b", path: "s", user: "?*n" },
    ConfigMapEnvSource: { name: "?s", optional: "?*b" },
    ConfigMapKeySelector: { name: "?s", key: "s", optional: "?*b" },
    ConfigMapProjection: { name: "?s", items: "?[KeyToPath]", optional: "?*b" },
    ConfigMapVolumeSource: { name: "?s", items: "?[KeyToPath]", defaultMode: "?*n", optional: "?*b", defaultUser: "?*n" },
    Container: { name: "s", image: "?s", command: "?", args: "?", workingDir: "?s", ports: "?[ContainerPort:containerPort]", envFrom: "?[EnvFromSource]", env: "?[EnvVar:name]", resources: "?ResourceRequirements", resizePolicy: "?[ContainerResizePolicy]", restartPolicy: "?*s", restartPolicyRules: "?[ContainerRestartRule]", volumeMounts: "?[VolumeMount:mountPath]", volumeDevices: "?[VolumeDevice:devicePath]", livenessProbe: "?*Probe", readinessProbe: "?*Probe", startupProbe: "?*Probe", lifecycle: "?*Lifecycle", terminationMessagePath: "?s", terminationMessagePolicy: "?s", imagePullPolicy: "?s", securityContext: "?*SecurityContext", stdin: "?b", stdinOnce: "?b", tty: "?b" },
    ContainerPort: { name: "?s", hostPort: "?n", containerPort: "n", protocol: "?s", hostIP: "?s" },
    ContainerResizePolicy: { resourceName: "s", restartPolicy: "s" },
    ContainerRestartRule: { action: "?s", exitCodes: "?*ContainerRestartRuleOnExitCodes" },
    ContainerRestartRuleOnExitCodes: { operator: "?s", values: "?" },
    DownwardAPIProjection: { items: "?[DownwardAPIVolumeFile]" },
    DownwardAPIVolumeFile: { path: "s", fieldRef: "?*ObjectFieldSelector", resourceFieldRef: "?*ResourceFieldSelector", mode: "?*n", user: "?*n" },
    DownwardAPIVolumeSource: { items: "?[DownwardAPIVolumeFile]", defaultMode: "?*n", defaultUser: "?*n" },
    EmptyDirVolumeSource: { medium: "?s", sizeLimit: "?*q", mode: "?*n" },
    EnvFromSource: { prefix: "?s", configMapRef: "?*ConfigMapEnvSource", secretRef: "?*SecretEnvSource" },
    EnvVar: { name: "s", value: "?s", valueFrom: "?*EnvVarSource" },
    EnvVarSource: { fieldRef: "?*ObjectFieldSelector", resourceFieldRef: "?*ResourceFieldSelector", configMapKeyRef: "?*ConfigMapKeySelector", secretKeyRef: "?*SecretKeySelector", fileKeyRef: "?*FileKeySelector" },
    EphemeralContainer: { name: "s", image: "?s", command: "?", args: "?", workingDir: "?s", ports: "?[ContainerPort:containerPort]", envFrom: "?[EnvFromSource]", env: "?[EnvVar:name]", resources: "?ResourceRequirements", resizePolicy: "?[ContainerResizePolicy]", restartPolicy: "?*s", restartPolicyRules: "?[ContainerRestartRule]", volumeMounts: "?[VolumeMount:mountPath]", volumeDevices: "?[VolumeDevice:devicePath]", livenessProbe: "?*Probe", readinessProbe: "?*Probe", startupProbe: "?*Probe", lifecycle: "?*Lifecycle", terminationMessagePath: "?s", terminationMessagePolicy: "?s", imagePullPolicy: "?s", securityContext: "?*SecurityContext", stdin: "?b", stdinOnce: "?b", tty: "?b", targetContainerName: "?s" },
    EphemeralVolumeSource: { volumeClaimTemplate: "?*PersistentVolumeClaimTemplate" },
    EvictionResponder: { name: "s", priority: "*n" },
    ExecAction: { command: "?" },
    FCVolumeSource: { targetWWNs: "?", lun: "?*n", fsType: "?s", readOnly: "?b", wwids: "?" },
    FileKeySelector: { volumeName: "s", path: "s", key: "s", optional: "?*b" },
    FlexVolumeSource: { driver: "s", fsType: "?s", secretRef: "?*LocalObjectReference", readOnly: "?b", options: "?" },
    FlockerVolumeSource: { datasetName: "?s", datasetUUID: "?s" },
    GCEPersistentDiskVolumeSource: { pdName: "s", fsType: "?s", partition: "?n", readOnly: "?b" },
    GRPCAction: { port: "n", service: "*s", mode: "?*s" },
    GitRepoVolumeSource: { repository: "s", revision: "?s", directory: "?s" },
    GlusterfsVolumeSource: { endpoints: "s", path: "s", readOnly: "?b" },
    HTTPGetAction: { path: "?s", port: "$n", host: "?s", scheme: "?s", httpHeaders: "?[HTTPHeader]", protocol: "?*s" },
    HTTPHeader: { name: "s", value: "s" },
    HostAlias: { ip: "s", hostnames: "?" },
    HostPathVolumeSource: { path: "s", type: "?*s" },
    ISCSIVolumeSource: { targetPortal: "s", iqn: "s", lun: "n", iscsiInterface: "?s", fsType: "?s", readOnly: "?b", portals: "?", chapAuthDiscovery: "?b", chapAuthSession: "?b", secretRef: "?*LocalObjectReference", initiatorName: "?*s" },
    ImageVolumeSource: { reference: "?s", pullPolicy: "?s" },
    KeyToPath: { key: "s", path: "s", mode: "?*n", user: "?*n" },
    LabelSelector: { matchLabels: "?", matchExpressions: "?[LabelSelectorRequirement]" },
    LabelSelectorRequirement: { key: "s", operator: "s", values: "?" },
    Lifecycle: { postStart: "?*LifecycleHandler", preStop: "?*LifecycleHandler", stopSignal: "?*s" },
    LifecycleHandler: { exec: "?*ExecAction", httpGet: "?*HTTPGetAction", tcpSocket: "?*TCPSocketAction", sleep: "?*SleepAction" },
    LocalObjectReference: { name: "?s" },
    ManagedFieldsEntry: { manager: "?s", operation: "?s", apiVersion: "?s", time: "?*$", fieldsType: "?s", fieldsV1: "?*$", subresource: "?s" },
    NFSVolumeSource: { server: "s", path: "s", readOnly: "?b" },
    NodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: "?*NodeSelector", preferredDuringSchedulingIgnoredDuringExecution: "?[PreferredSchedulingTerm]" },
    NodeSelector: { nodeSelectorTerms: "[NodeSelectorTerm]" },
    NodeSelectorRequirement: { key: "s", operator: "s", values: "?" },
    NodeSelectorTerm: { matchExpressions: "?[NodeSelectorRequirement]", matchFields: "?[NodeSelectorRequirement]" },
    ObjectFieldSelector: { apiVersion: "?s", fieldPath: "s" },
    ObjectMeta: { name: "?s", generateName: "?s", namespace: "?s", selfLink: "?s", uid: "?s", resourceVersion: "?s", generation: "?n", creationTimestamp: "?~$", deletionTimestamp: "?*$", deletionGracePeriodSeconds: "?*n", labels: "?", annotations: "?", ownerReferences: "?[OwnerReference:uid]", finalizers: "?", managedFields: "?[ManagedFieldsEntry]" },
    OwnerReference: { apiVersion: "s", kind: "s", name: "s", uid: "s", controller: "?*b", blockOwnerDeletion: "?*b" },
    PersistentVolumeClaimSpec: { accessModes: "?", selector: "?*LabelSelector", resources: "?VolumeResourceRequirements", volumeName: "?s", storageClassName: "?*s", volumeMode: "?*s", dataSource: "?*TypedLocalObjectReference", dataSourceRef: "?*TypedObjectReference", volumeAttributesClassName: "?*s" },
    PersistentVolumeClaimTemplate: { metadata: "?ObjectMeta", spec: "PersistentVolumeClaimSpec" },
    PersistentVolumeClaimVolumeSource: { claimName: "s", readOnly: "?b" },
    PhotonPersistentDiskVolumeSource: { pdID: "s", fsType: "?s" },
    PodAffinity: { requiredDuringSchedulingIgnoredDuringExecution: "?[PodAffinityTerm]", preferredDuringSchedulingIgnoredDuringExecution: "?[WeightedPodAffinityTerm]" },
    PodAffinityTerm: { labelSelector: "?*LabelSelector", namespaces: "?", topologyKey: "s", namespaceSelector: "?*LabelSelector", matchLabelKeys: "?", mismatchLabelKeys: "?" },
    PodAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: "?[PodAffinityTerm]", preferredDuringSchedulingIgnoredDuringExecution: "?[WeightedPodAffinityTerm]" },
    PodCertificateProjection: { signerName: "?s", keyType: "?s", maxExpirationSeconds: "?*n", credentialBundlePath: "?s", keyPath: "?s", certificateChainPath: "?s", userAnnotations: "?", user: "?*n" },
    PodDNSConfig: { nameservers: "?", searches: "?", options: "?[PodDNSConfigOption]" },
    PodDNSConfigOption: { name: "?s", value: "?*s" },
    PodOS: { name: "s" },
    PodReadinessGate: { conditionType: "s" },
    PodResourceClaim: { name: "s", resourceClaimName: "?*s", resourceClaimTemplateName: "?*s" },
    PodSchedulingGate: { name: "s" },
    PodSchedulingGroup: { podGroupName: "?*s" },
    PodSecurityContext: { seLinuxOptions: "?*SELinuxOptions", windowsOptions: "?*WindowsSecurityContextOptions", runAsUser: "?*n", runAsGroup: "?*n", runAsNonRoot: "?*b", supplementalGroups: "?", supplementalGroupsPolicy: "?*s", fsGroup: "?*n", sysctls: "?[Sysctl]", fsGroupChangePolicy: "?*s", seccompProfile: "?*SeccompProfile", appArmorProfile: "?*AppArmorProfile", seLinuxChangePolicy: "?*s" },
    PodSpec: { volumes: "?[Volume:name]", initContainers: "?[Container:name]", containers: "[Container:name]", ephemeralContainers: "?[EphemeralContainer:name]", restartPolicy: "?s", terminationGracePeriodSeconds: "?*n", activeDeadlineSeconds: "?*n", dnsPolicy: "?s", nodeSelector: "?", serviceAccountName: "?s", serviceAccount: "?s", automountServiceAccountToken: "?*b", nodeName: "?s", hostNetwork: "?b", hostPID: "?b", hostIPC: "?b", shareProcessNamespace: "?*b", securityContext: "?*PodSecurityContext", imagePullSecrets: "?[LocalObjectReference:name]", hostname: "?s", subdomain: "?s", affinity: "?*Affinity", schedulerName: "?s", tolerations: "?[Toleration]", hostAliases: "?[HostAlias:ip]", priorityClassName: "?s", priority: "?*n", dnsConfig: "?*PodDNSConfig", readinessGates: "?[PodReadinessGate]", runtimeClassName: "?*s", enableServiceLinks: "?*b", preemptionPolicy: "?*s", overhead: "?{q}", topologySpreadConstraints: "?[TopologySpreadConstraint:topologyKey]", setHostnameAsFQDN: "?*b", os: "?*PodOS", hostUsers: "?*b", schedulingGates: "?[PodSchedulingGate:name]", resourceClaims: "?[PodResourceClaim:name]", resources: "?*ResourceRequirements", hostnameOverride: "?*s", schedulingGroup: "?*PodSchedulingGroup", evictionResponders: "?[EvictionResponder:name]" },
    PodTemplateSpec: { metadata: "?ObjectMeta", spec: "?PodSpec" },
    PortworxVolumeSource: { volumeID: "s", fsType: "?s", readOnly: "?b" },
    PreferredSchedulingTerm: { weight: "n", preference: "NodeSelectorTerm" },
    Probe: { exec: "?*ExecAction", httpGet: "?*HTTPGetAction", tcpSocket: "?*TCPSocketAction", grpc: "?*GRPCAction", initialDelaySeconds: "?n", timeoutSeconds: "?n", periodSeconds: "?n", successThreshold: "?n", failureThreshold: "?n", terminationGracePeriodSeconds: "?*n" },
    ProjectedVolumeSource: { sources: "[VolumeProjection]", defaultMode: "?*n", defaultUser: "?*n" },
    QuobyteVolumeSource: { registry: "s", volume: "s", readOnly: "?b", user: "?s", group: "?s", tenant: "?s" },
    RBDVolumeSource: { monitors: "", image: "s", fsType: "?s", pool: "?s", user: "?s", keyring: "?s", secretRef: "?*LocalObjectReference", readOnly: "?b" },
    ResourceClaim: { name: "s", request: "?s" },
    ResourceFieldSelector: { containerName: "?s", resource: "s", divisor: "?q" },
    ResourceRequirements: { limits: "?{q}", requests: "?{q}", claims: "?[ResourceClaim]" },
    SELinuxOptions: { user: "?s", role: "?s", type: "?s", level: "?s" },
    ScaleIOVolumeSource: { gateway: "s", system: "s", secretRef: "*LocalObjectReference", sslEnabled: "?b", protectionDomain: "?s", storagePool: "?s", storageMode: "?s", volumeName: "?s", fsType: "?s", readOnly: "?b" },
    SeccompProfile: { type: "s", localhostProfile: "?*s" },
    SecretEnvSource: { name: "?s", optional: "?*b" },
    SecretKeySelector: { name: "?s", key: "s", optional: "?*b" },
    SecretProjection: { name: "?s", items: "?[KeyToPath]", optional: "?*b" },
    SecretVolumeSource: { secretName: "?s", items: "?[KeyToPath]", defaultMode: "?*n", optional: "?*b", defaultUser: "?*n" },
    SecurityContext: { capabilities: "?*Capabilities", privileged: "?*b", seLinuxOptions: "?*SELinuxOptions", windowsOptions: "?*WindowsSecurityContextOptions", runAsUser: "?*n", runAsGroup: "?*n", runAsNonRoot: "?*b", readOnlyRootFilesystem: "?*b", allowPrivilegeEscalation: "?*b", procMount: "?*s", seccompProfile: "?*SeccompProfile", appArmorProfile: "?*AppArmorProfile" },
    ServiceAccountTokenProjection: { audience: "?s", expirationSeconds: "?*n", path: "s", user: "?*n" },
    SleepAction: { seconds: "n" },
    StorageOSVolumeSource: { volumeName: "?s", volumeNamespace: "?s", fsType: "?s", readOnly: "?b", secretRef: "?*LocalObjectReference" },
    Sysctl: { name: "s", value: "s" },
    TCPSocketAction: { port: "$n", host: "?s" },
    Toleration: { key: "?s", operator: "?s", value: "?s", effect: "?s", tolerationSeconds: "?*n" },
    TopologySpreadConstraint: { maxSkew: "n", topologyKey: "s", whenUnsatisfiable: "s", labelSelector: "?*LabelSelector", minDomains: "?*n", nodeAffinityPolicy: "?*s", nodeTaintsPolicy: "?*s", matchLabelKeys: "?" },
    TypedLocalObjectReference: { apiGroup: "*s", kind: "s", name: "s" },
    TypedObjectReference: { apiGroup: "*s", kind: "s", name: "s", namespace: "?*s" },
    Volume: { name: "s", hostPath: "?*HostPathVolumeSource", emptyDir: "?*EmptyDirVolumeSource", gcePersistentDisk: "?*GCEPersistentDiskVolumeSource", awsElasticBlockStore: "?*AWSElasticBlockStoreVolumeSource", gitRepo: "?*GitRepoVolumeSource", secret: "?*SecretVolumeSource", nfs: "?*NFSVolumeSource", iscsi: "?*ISCSIVolumeSource", glusterfs: "?*GlusterfsVolumeSource", persistentVolumeClaim: "?*PersistentVolumeClaimVolumeSource", rbd: "?*RBDVolumeSource", flexVolume: "?*FlexVolumeSource", cinder: "?*CinderVolumeSource", cephfs: "?*CephFSVolumeSource", flocker: "?*FlockerVolumeSource", downwardAPI: "?*DownwardAPIVolumeSource", fc: "?*FCVolumeSource", azureFile: "?*AzureFileVolumeSource", configMap: "?*ConfigMapVolumeSource", vsphereVolume: "?*VsphereVirtualDiskVolumeSource", quobyte: "?*QuobyteVolumeSource", azureDisk: "?*AzureDiskVolumeSource", photonPersistentDisk: "?*PhotonPersistentDiskVolumeSource", projected: "?*ProjectedVolumeSource", portworxVolume: "?*PortworxVolumeSource", scaleIO: "?*ScaleIOVolumeSource", storageos: "?*StorageOSVolumeSource", csi: "?*CSIVolumeSource", ephemeral: "?*EphemeralVolumeSource", image: "?*ImageVolumeSource" },
    VolumeDevice: { name: "s", devicePath: "s" },
    VolumeMount: { name: "s", readOnly: "?b", recursiveReadOnly: "?*s", mountPath: "s", subPath: "?s", mountPropagation: "?*s", subPathExpr: "?s", bindMountOptions: "?" },
    VolumeProjection: { secret: "?*SecretProjection", downwardAPI: "?*DownwardAPIProjection", configMap: "?*ConfigMapProjection", serviceAccountToken: "?*ServiceAccountTokenProjection", clusterTrustBundle: "?*ClusterTrustBundleProjection", podCertificate: "?*PodCertificateProjection" },
    VolumeResourceRequirements: { limits: "?{q}", requests: "?{q}" },
    VsphereVirtualDiskVolumeSource: { volumePath: "s", fsType: "?s", storagePolicyName: "?s", storagePolicyID: "?s" },
    WeightedPodAffinityTerm: { weight: "n", podAffinityTerm: "PodAffinityTerm" },
    WindowsSecurityContextOptions: { gmsaCredentialSpecName: "?*s", gmsaCredentialSpec: "?*s", runAsUserName: "?*s", hostProcess: "?*b" }
  }
};

// src/inject/go/structs.ts
var SCALAR_KINDS = { s: "string", n: "number", b: "bool" };
var TYPES = k8s_field_order_default.types;
var FIELD_SPEC = /^(\??)(~?)(\*?)(?:\[([A-Z]\w*|q|\$)(?::([^\]]+))?\]|\{(q|\$)\}|(s|n|b)|(\$)(n?)|(q|[A-Z]\w*)?)$/;
function readStruct(name) {
  return Object.entries(TYPES[name]).map(([field, spec]) => {
    const m3 = FIELD_SPEC.exec(spec);
    if (!m3) throw new Error(`k8s-field-order.json: ${name}.${field}: cannot read ${JSON.stringify(spec)}`);
    const [, omitempty, omitzero, pointer, listOf, mergeKey, mapOf, kind, self, selfKind, single] = m3;
    const type = listOf !== void 0 ? `[${listOf}]` : mapOf !== void 0 ? `{${mapOf}}` : self ?? single ?? "";
    const inner = type.replace(/^[[{](.*)[\]}]$/, "$1");
    if (/^[A-Z]/.test(inner) && !Object.hasOwn(TYPES, inner)) throw new Error(`k8s-field-order.json: ${name}.${field} refers to the unknown type ${inner}`);
    const scalar = SCALAR_KINDS[kind ?? selfKind ?? ""];
    return { name: field, omitempty: omitempty === "?", omitzero: omitzero === "~", pointer: pointer === "*", type, scalar, mergeKey };
  });
}
var GoStructs = class {
  read = /* @__PURE__ */ new Map();
  get size() {
    return Object.keys(TYPES).length;
  }
  has(name) {
    return Object.hasOwn(TYPES, name);
  }
  get(name) {
    let fields = this.read.get(name);
    if (fields === void 0 && this.has(name)) this.read.set(name, fields = readStruct(name));
    return fields;
  }
  *entries() {
    for (const name of Object.keys(TYPES)) yield [name, this.get(name)];
  }
  *keys() {
    yield* Object.keys(TYPES);
  }
  *values() {
    for (const name of Object.keys(TYPES)) yield this.get(name);
  }
  forEach(fn) {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};
var GO_STRUCTS = new GoStructs();
function structOf(type) {
  const inner = type.startsWith("[") ? type.slice(1, -1) : type;
  return GO_STRUCTS.has(inner) ? inner : void 0;
}

// src/model/quantity.ts
var DECIMAL = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
var BINARY2 = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
var SHAPE = /^([+-]?)(\d*)(?:\.(\d*))?([eEinumkKMGTP]*[-+]?\d*)$/;
var MAX_EXPONENT = 1e3;
function parseQuantity(input) {
  let s;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return null;
    s = String(input);
  } else if (typeof input === "string") {
    s = input;
  } else {
    return null;
  }
  const m3 = SHAPE.exec(s);
  if (!m3) return null;
  const [, sign = "", whole = "", frac = "", suffix = ""] = m3;
  if (whole === "" && frac === "") return null;
  let tenExp;
  let twoExp = 0;
  let format = "DecimalSI";
  if (Object.hasOwn(DECIMAL, suffix)) {
    tenExp = DECIMAL[suffix];
  } else if (Object.hasOwn(BINARY2, suffix)) {
    tenExp = 0;
    twoExp = BINARY2[suffix];
    format = "BinarySI";
  } else if (/^[eE][+-]?\d+$/.test(suffix)) {
    tenExp = Number(suffix.slice(1));
    format = "DecimalExponent";
  } else {
    return null;
  }
  if (Math.abs(tenExp) > MAX_EXPONENT) {
    if (tenExp > 0) return null;
    tenExp = -MAX_EXPONENT;
  }
  const digits = BigInt(whole + frac);
  const nanoExp = tenExp - frac.length + 9;
  let magnitude = digits << BigInt(twoExp);
  if (nanoExp >= 0) {
    magnitude *= 10n ** BigInt(nanoExp);
  } else {
    const div = 10n ** BigInt(-nanoExp);
    magnitude = (magnitude + div - 1n) / div;
  }
  if (format === "BinarySI" && magnitude > 0n && magnitude < 1000000000n) format = "DecimalSI";
  return { nanos: sign === "-" ? -magnitude : magnitude, format };
}
function isValidQuantity(input) {
  return (typeof input === "string" || typeof input === "number") && parseQuantity(input) !== null;
}

// src/inject/go/quantity-format.ts
var DECIMAL_SUFFIX = { [-9]: "n", [-6]: "u", [-3]: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E" };
var BINARY_SUFFIX = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];
var NANO = 1000000000n;
function canonicalQuantity(input) {
  const q = parseQuantity(input);
  if (q === null) return void 0;
  if (q.nanos === 0n) return "0";
  let format = q.format;
  if (format === "BinarySI" && (q.nanos % NANO !== 0n || q.nanos > -1024n * NANO && q.nanos < 1024n * NANO)) format = "DecimalSI";
  if (format === "BinarySI") {
    let amount2 = q.nanos / NANO;
    let exp2 = 0;
    while (amount2 % 1024n === 0n && exp2 < BINARY_SUFFIX.length - 1) {
      amount2 /= 1024n;
      exp2++;
    }
    return `${amount2}${BINARY_SUFFIX[exp2]}`;
  }
  let amount = q.nanos;
  let exp = -9;
  while (amount % 10n === 0n) {
    amount /= 10n;
    exp++;
  }
  const rem = (exp % 3 + 3) % 3;
  amount *= 10n ** BigInt(rem);
  exp -= rem;
  if (format === "DecimalExponent") return exp === 0 ? `${amount}` : `${amount}e${exp}`;
  const suffix = DECIMAL_SUFFIX[exp];
  return suffix === void 0 ? `${amount}e${exp}` : `${amount}${suffix}`;
}

// src/inject/go/typed-json.ts
var fieldIndexes = /* @__PURE__ */ new Map();
function fieldIndex(type) {
  let index2 = fieldIndexes.get(type);
  if (index2 === void 0) {
    const fields = GO_STRUCTS.get(type);
    fieldIndexes.set(type, index2 = fields ? new Map(fields.map((f) => [f.name, f])) : null);
  }
  return index2 ?? void 0;
}
function isStructType(type) {
  return type === "q" || type === "$" || GO_STRUCTS.has(type);
}
function isEmpty(v) {
  if (v === void 0 || v === null || v === false || v === 0 || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === "object" && Object.keys(v).length === 0;
}
function isGoZero(type, v) {
  if (v === void 0 || v === null) return true;
  if (type === "") return v === false || v === 0 || v === "";
  if (GO_STRUCTS.has(type)) return typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0;
  return false;
}
function omitted(f, v) {
  if (v === void 0) return true;
  if (f.pointer) return (f.omitempty || f.omitzero) && v === null;
  if (f.omitzero && isGoZero(f.type, v)) return true;
  return f.omitempty && !isStructType(f.type) && isEmpty(v);
}
function quantity(v) {
  return typeof v === "string" || typeof v === "number" ? canonicalQuantity(v) ?? v : v;
}
function goRoundTrip(value, type) {
  if (value === null || typeof value !== "object") return type === "q" ? quantity(value) : value;
  if (isFrozenObject(value)) return roundTrips.get(value, type) ?? roundTrips.set(value, type, deepFreeze(roundTrip(value, type)));
  return roundTrip(value, type);
}
var roundTrips = new FrozenMemo();
function roundTrip(value, type) {
  if (type.startsWith("[")) {
    if (!Array.isArray(value)) return value;
    const inner = type.slice(1, -1);
    let changed = false;
    const out2 = value.map((x) => {
      const y = goRoundTrip(x, inner);
      if (y !== x) changed = true;
      return y;
    });
    return changed ? out2 : value;
  }
  if (Array.isArray(value)) return value;
  const obj = value;
  const goMap = type.startsWith("{");
  const index2 = goMap ? void 0 : fieldIndex(type);
  if (!index2 && !goMap) return value;
  let out;
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const f = index2?.get(k);
    if (f && omitted(f, v)) {
      out ??= copyOfFirst(obj, keys, i);
      continue;
    }
    const t = index2 ? f?.type ?? "" : type.slice(1, -1);
    const nv = t === "" ? v : goRoundTrip(v, t);
    if (out !== void 0) setOwn(out, k, nv);
    else if (nv !== v) setOwn(out = copyOfFirst(obj, keys, i), k, nv);
  }
  return out ?? value;
}
function copyOfFirst(obj, keys, n) {
  const out = {};
  for (let i = 0; i < n; i++) setOwn(out, keys[i], obj[keys[i]]);
  return out;
}
var SCALAR_ZERO = { string: '""', number: "0", bool: "false" };
function encode(v, type) {
  if (v === void 0 || v === null) return "null";
  if (type.startsWith("[")) {
    if (!Array.isArray(v)) return goString(v);
    return `[${v.map((x) => encode(x, type.slice(1, -1))).join(",")}]`;
  }
  if (type.startsWith("{")) {
    if (typeof v !== "object" || Array.isArray(v)) return goString(v);
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${goString(k)}:${encode(v[k], type.slice(1, -1))}`).join(",")}}`;
  }
  if (type === "q") return goString(quantity(v));
  const fields = GO_STRUCTS.get(type);
  if (!fields || typeof v !== "object" || Array.isArray(v)) return goString(v);
  const obj = v;
  const parts = [];
  for (const f of fields) {
    const x = obj[f.name] ?? null;
    if (omitted(f, x)) continue;
    let text;
    if (x !== null || f.pointer) text = encode(x, f.type);
    else text = GO_STRUCTS.has(f.type) ? "{}" : f.type === "q" ? '"0"' : f.scalar !== void 0 ? SCALAR_ZERO[f.scalar] : "null";
    parts.push(`${goString(f.name)}:${text}`);
  }
  return `{${parts.join(",")}}`;
}
function goString(v) {
  const s = JSON.stringify(
    v,
    (_k, val) => val && typeof val === "object" && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort(([a2], [b]) => a2 < b ? -1 : a2 > b ? 1 : 0)) : val
  );
  return (s ?? "null").replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function marshalContainerLists(lists) {
  const parts = [];
  for (const key of ["containers", "initContainers"]) {
    const list3 = lists[key];
    if (list3 && list3.length > 0) parts.push(`"${key}":${encode(list3, "[Container]")}`);
  }
  return `{${parts.join(",")}}`;
}

// src/inject/overrides.ts
var AUTO_IMAGE = "auto";
function parseOverrides(annotations) {
  const raw = annotations[OVERRIDES_ANNOTATION];
  if (raw === void 0) return { containers: [], initContainers: [] };
  let v;
  try {
    v = JSON.parse(raw);
  } catch (e) {
    throw new KubeInjectError("annotation", `invalid ${OVERRIDES_ANNOTATION} annotation: ${e.message}`, {
      pointer: joinPointer("/metadata/annotations", OVERRIDES_ANNOTATION),
      at: "value"
    });
  }
  const o = asMap(v);
  return { containers: containersOf(o.containers), initContainers: containersOf(o.initContainers) };
}
function reinsertOverrides(pod) {
  const o = parseOverrides(pod.metadata.annotations ?? {});
  if (o.containers.length === 0 && o.initContainers.length === 0) return pod;
  const containers = containersOf(pod.spec.containers);
  const initContainers = containersOf(pod.spec.initContainers);
  const missing = (list3, from) => from.filter((c) => !findContainer(c.name ?? "", list3));
  const spec = { ...pod.spec };
  const extra = missing(containers, o.containers);
  const extraInit = missing(initContainers, o.initContainers);
  if (extra.length > 0) spec.containers = [...containers, ...extra];
  if (extraInit.length > 0) spec.initContainers = [...initContainers, ...extraInit];
  return { metadata: pod.metadata, spec };
}
function overlayOf(c) {
  if (c.image !== AUTO_IMAGE) return c;
  const { image: _image, ...rest } = c;
  return rest;
}
function reapplyOverrides(merged, original, templateSpec, status, tproxyInMesh) {
  const annotations = original.metadata.annotations ?? {};
  const existing = parseOverrides(annotations);
  const applied = { containers: [], initContainers: [] };
  let pod = merged;
  for (const c of containersOf(templateSpec.containers)) {
    const name = c.name ?? "";
    if (status?.containers?.includes(name)) continue;
    const match = findContainer(name, existing.containers) ?? findContainer(name, original.spec.containers);
    if (!match) continue;
    const overlay = overlayOf(match);
    applied.containers.push(overlay);
    pod = strategicMerge(pod, { spec: { containers: [overlay] } });
  }
  for (const c of containersOf(templateSpec.initContainers)) {
    const name = c.name ?? "";
    if (status?.initContainers?.includes(name)) continue;
    const match = findContainer(name, existing.initContainers) ?? findContainerInPod(name, original.spec);
    if (!match) continue;
    const overlay = overlayOf(match);
    applied.initContainers.push(overlay);
    pod = strategicMerge(pod, { spec: { initContainers: [overlay] } });
  }
  const alreadyInjected = Object.hasOwn(annotations, STATUS_ANNOTATION);
  if (!alreadyInjected && (applied.containers.length > 0 || applied.initContainers.length > 0)) {
    const record = marshalContainerLists(applied);
    pod.metadata = { ...pod.metadata, annotations: { ...pod.metadata.annotations, [OVERRIDES_ANNOTATION]: record } };
  }
  adjustInitContainerUser(pod, original, tproxyInMesh);
  return pod;
}
function adjustInitContainerUser(pod, original, tproxyInMesh) {
  const user = findSidecar(original.spec);
  const sc = asMap(user?.securityContext);
  const runAsUser2 = sc.runAsUser;
  const runAsGroup = sc.runAsGroup;
  if (runAsUser2 === void 0 && runAsGroup === void 0) return;
  const inits = containersOf(pod.spec.initContainers);
  const init = findContainer(INIT_CONTAINER, inits) ?? findContainer(VALIDATION_CONTAINER, inits);
  if (!init) return;
  const tproxy = tproxyInMesh || pod.metadata.annotations?.[INTERCEPTION_MODE_ANNOTATION] === "TPROXY";
  if (tproxy && runAsUser2 !== void 0) {
    const sidecar = findSidecar(pod.spec);
    if (!sidecar) return;
    sidecar.securityContext = { ...asMap(sidecar.securityContext), runAsUser: 0 };
  }
  if (!tproxy && init.name === VALIDATION_CONTAINER) {
    const isc = { ...asMap(init.securityContext) };
    if (runAsUser2 !== void 0) isc.runAsUser = runAsUser2;
    if (runAsGroup !== void 0) isc.runAsGroup = runAsGroup;
    init.securityContext = isc;
  }
  if (runAsUser2 === void 0 || runAsUser2 === 0 || !Array.isArray(init.args)) return;
  const args = [...init.args];
  const i = args.indexOf("-u");
  if (i >= 0 && i + 1 < args.length) {
    args[i + 1] = String(runAsUser2);
    init.args = args;
  }
}

// src/inject/probes/types.ts
function proberUrls(container) {
  return {
    readyz: `/app-health/${container}/readyz`,
    livez: `/app-health/${container}/livez`,
    startupz: `/app-health/${container}/startupz`,
    prestopz: `/app-lifecycle/${container}/prestopz`,
    poststartz: `/app-lifecycle/${container}/poststartz`
  };
}

// src/inject/probes/restore.ts
function restoreProbe(probe, url, prober) {
  if (!isMap(probe) || !isMap(prober) || asMap(probe.httpGet).path !== url) return probe;
  const { httpGet: _h, tcpSocket: _t, grpc: _g, ...rest } = probe;
  const { timeoutSeconds, ...handler } = prober;
  return { ...rest, ...withoutNulls(handler), ...timeoutSeconds !== void 0 ? { timeoutSeconds } : {} };
}
function withoutNulls(handler) {
  const out = {};
  for (const [k, v] of Object.entries(handler)) out[k] = isMap(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null)) : v;
  return out;
}
function restoreLifecycle(lifecycle, urls, probers) {
  if (!isMap(lifecycle)) return lifecycle;
  const out = { ...lifecycle };
  for (const [field, url] of [["preStop", urls.prestopz], ["postStart", urls.poststartz]]) {
    const h = out[field];
    if (isMap(h) && isMap(probers[url]) && asMap(h.httpGet).path === url) {
      const { httpGet: _h, tcpSocket: _t, ...rest } = h;
      out[field] = { ...rest, ...probers[url] };
    }
  }
  return out;
}
function restoreAppProbes(c, probers) {
  const urls = proberUrls(c.name ?? "");
  const out = { ...c };
  for (const [field, url] of [["readinessProbe", urls.readyz], ["livenessProbe", urls.livez], ["startupProbe", urls.startupz]]) {
    if (out[field] !== void 0) out[field] = restoreProbe(out[field], url, probers[url]);
  }
  if (out.lifecycle !== void 0) out.lifecycle = restoreLifecycle(out.lifecycle, urls, probers);
  return out;
}

// src/istio/annotations/go-parse.ts
var GO_BOOLS = /* @__PURE__ */ new Set(["1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"]);
function goParseBool(s) {
  if (!GO_BOOLS.has(s)) return null;
  return ["1", "t", "T", "TRUE", "true", "True"].includes(s);
}
function goParseBoolError(s) {
  return goParseBool(s) === null ? `strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax` : null;
}
function goParseUintError(s, bits) {
  if (!/^[0-9]+$/.test(s)) return `strconv.ParseUint: parsing ${goQuote(s)}: invalid syntax`;
  if (BigInt(s) > (1n << BigInt(bits)) - 1n) return `strconv.ParseUint: parsing ${goQuote(s)}: value out of range`;
  return null;
}
var UNIT_NS = {
  ns: 1,
  us: 1e3,
  "\xB5s": 1e3,
  // U+00B5
  "\u03BCs": 1e3,
  // U+03BC
  ms: 1e6,
  s: 1e9,
  m: 6e10,
  h: 36e11
};
var MAX_DURATION_NS = 9223372036854776e3;
function goParseDuration(s) {
  const bad2 = { error: `time: invalid duration ${goQuote(s)}` };
  let rest = s;
  let sign = 1;
  if (rest.startsWith("-") || rest.startsWith("+")) {
    if (rest[0] === "-") sign = -1;
    rest = rest.slice(1);
  }
  if (rest === "0") return { ns: 0 };
  if (rest === "") return bad2;
  let total = 0;
  const part = /^([0-9]*)(?:\.([0-9]*))?([^0-9.]*)/;
  while (rest !== "") {
    const m3 = part.exec(rest);
    if (!m3) return bad2;
    const [whole, int2 = "", frac, unit = ""] = m3;
    if (int2 === "" && (frac === void 0 || frac === "")) return bad2;
    if (unit === "") return { error: `time: missing unit in duration ${goQuote(s)}` };
    const scale = UNIT_NS[unit];
    if (scale === void 0) return { error: `time: unknown unit ${goQuote(unit)} in duration ${goQuote(s)}` };
    total += Number(`${int2 || "0"}.${frac || "0"}`) * scale;
    if (total > MAX_DURATION_NS) return bad2;
    rest = rest.slice(whole.length);
  }
  return { ns: sign * total };
}
function isGoSpace(c) {
  if (c <= 255) return c === 32 || c >= 9 && c <= 13 || c === 133 || c === 160;
  return c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
function goTrimSpace(s) {
  let start = 0;
  let end = s.length;
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}
function goQuote(s) {
  return JSON.stringify(s);
}

// src/istio/ports.ts
var PROXY_OUTBOUND_PORT = 15001;
var PROXY_INBOUND_PORT = 15006;
var HBONE_PORT = 15008;
var DNS_PROXY_PORT = 15053;
var HEALTH_PORT = 15021;
var ENVOY_PROMETHEUS_PORT = 15090;
var DEFAULT_STATUS_PORT = 15020;
var RESERVED_PORTS = /* @__PURE__ */ new Map([
  [15e3, "Envoy admin"],
  [PROXY_OUTBOUND_PORT, "Envoy outbound capture"],
  [15004, "istio-agent debug"],
  [PROXY_INBOUND_PORT, "Envoy inbound capture"],
  [HBONE_PORT, "HBONE tunnel"],
  [DEFAULT_STATUS_PORT, "merged Prometheus telemetry"],
  [HEALTH_PORT, "health checks"],
  [DNS_PROXY_PORT, "DNS proxy"],
  [ENVOY_PROMETHEUS_PORT, "Envoy Prometheus telemetry"]
]);

// src/inject/prometheus/merge.ts
var SCRAPE = "prometheus_io_scrape";
var PORT = "prometheus_io_port";
var PATH = "prometheus_io_path";
var TARGETS = "prometheus_istio_io_scrape_targets";
var SECURE_PORT = "prometheus_istio_io_secure_port";
var CLEARED = /* @__PURE__ */ new Set([SCRAPE, PORT, PATH, TARGETS]);
var sanitized = /* @__PURE__ */ new Map();
function sanitizeLabelName(name) {
  let out = sanitized.get(name);
  if (out === void 0) {
    out = name.replace(/[^a-zA-Z0-9_]/g, "_");
    if (sanitized.size >= 4096) sanitized.clear();
    sanitized.set(name, out);
  }
  return out;
}
function atoi(v) {
  return /^[+-]?\d+$/.test(v) ? Number(v) : void 0;
}
function findSanitized(annotations, name) {
  for (const [k, v] of Object.entries(annotations)) if (sanitizeLabelName(k) === name) return [k, v];
  return void 0;
}
function prometheusPort(annotations) {
  return findSanitized(annotations, PORT)?.[1];
}
function clearPrometheusAnnotations(annotations) {
  const out = {};
  for (const [k, v] of Object.entries(annotations)) if (!CLEARED.has(sanitizeLabelName(k))) out[k] = v;
  return out;
}
function parseTargets(raw) {
  const out = [];
  for (let entry2 of raw.split(",")) {
    entry2 = goTrimSpace(entry2);
    if (entry2 === "") continue;
    const i = entry2.indexOf(":");
    const port = goTrimSpace(i < 0 ? entry2 : entry2.slice(0, i));
    if (port === "") return void 0;
    const path = i < 0 ? "" : goTrimSpace(entry2.slice(i + 1));
    out.push({ port, path: path === "" ? "/metrics" : path });
  }
  return out;
}
function prometheusMerge(annotations, enabledInMesh, statusPort) {
  const scrapeAnno = findSanitized(annotations, SCRAPE);
  const scrapeBool = scrapeAnno ? goParseBool(scrapeAnno[1]) : null;
  if (scrapeBool === false) return void 0;
  const merge = annotations[MERGE_METRICS_ANNOTATION];
  const enabled = (merge !== void 0 ? goParseBool(merge) : null) ?? enabledInMesh ?? true;
  if (!enabled) return void 0;
  const target = String(statusPort);
  if (prometheusPort(annotations) === target) return void 0;
  const cfg = { scrape: "", path: "", port: "" };
  for (const [k, v] of Object.entries(annotations)) {
    const name = sanitizeLabelName(k);
    if (name === PORT) cfg.port = v;
    else if (name === SCRAPE) cfg.scrape = v;
    else if (name === PATH) cfg.path = v;
    else if (name === TARGETS) {
      const t = parseTargets(v);
      if (t !== void 0) cfg.targets = t.length > 0 ? t : void 0;
    }
  }
  const fail3 = (key, message) => new KubeInjectError("annotation", message, { pointer: joinPointer("/metadata/annotations", key), at: "value" });
  if (cfg.targets && cfg.targets.length > 0) {
    cfg.port = cfg.targets[0].port;
    cfg.path = cfg.targets[0].path;
    const key = findSanitized(annotations, TARGETS)?.[0] ?? SCRAPE_TARGETS_ANNOTATION;
    for (const t of cfg.targets) checkPort(t.port, target, "invalid prometheus scrape targets: ", "target port", (m3) => fail3(key, m3));
  } else if (cfg.port !== "") {
    const key = findSanitized(annotations, PORT)?.[0] ?? "prometheus.io/port";
    checkPort(cfg.port, target, "invalid prometheus scrape configuration: ", "port", (m3) => fail3(key, m3));
  }
  const empty2 = cfg.scrape === "" && cfg.path === "" && cfg.port === "" && !cfg.targets;
  return {
    annotations: {
      ...clearPrometheusAnnotations(annotations),
      "prometheus.io/port": target,
      "prometheus.io/path": "/stats/prometheus",
      "prometheus.io/scrape": "true"
    },
    ...empty2 ? {} : { env: JSON.stringify(cfg) }
  };
}
function checkPort(port, agentPort, prefix, what, fail3) {
  const n = atoi(port);
  if (n === void 0 || n < 1 || n > 65535) throw fail3(`${prefix}invalid ${what} ${JSON.stringify(port)}`);
  const canon = String(n);
  if (canon === agentPort) throw fail3(`${prefix}${what} ${port} conflicts with agent port`);
  const reason = RESERVED_PORTS.get(n);
  if (reason !== void 0) {
    throw fail3(`${prefix}${what} ${port} is reserved for Istio (${reason}) and cannot be scraped`);
  }
}
function securePortAnnotation(annotations, proxyEnv) {
  if (findSanitized(annotations, SECURE_PORT)) return void 0;
  if (!Array.isArray(proxyEnv)) return void 0;
  for (const e of proxyEnv) {
    if (e?.name === PROXY_ENV.secureMetricsPort && typeof e.value === "string" && e.value !== "" && e.value !== "0") {
      return e.value;
    }
  }
  return void 0;
}

// src/inject/prometheus/restore.ts
function restoreScrapeAnnotations(annotations, scrape) {
  const agentPointed = annotations["prometheus.io/path"] === "/stats/prometheus" && annotations["prometheus.io/scrape"] === "true" && annotations["prometheus.io/port"] !== void 0;
  if (!scrape && !agentPointed) return annotations;
  const out = clearPrometheusAnnotations(annotations);
  const app = scrape ?? {};
  const targets = Array.isArray(app.targets) ? app.targets.filter(isMap) : [];
  if (targets.length > 0) out[SCRAPE_TARGETS_ANNOTATION] = targets.map((t) => `${t.port}:${t.path}`).join(",");
  for (const k of targets.length > 0 ? ["scrape"] : ["scrape", "path", "port"]) {
    if (typeof app[k] === "string" && app[k] !== "") out[`prometheus.io/${k}`] = app[k];
  }
  return out;
}

// src/inject/status/record.ts
function list(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : null;
}
function parseStatus(annotations) {
  const raw = annotations?.[STATUS_ANNOTATION];
  if (raw === void 0) return void 0;
  let v;
  try {
    v = JSON.parse(raw);
  } catch {
    return void 0;
  }
  if (!isMap(v)) return void 0;
  return {
    initContainers: list(v.initContainers),
    containers: list(v.containers),
    volumes: list(v.volumes),
    imagePullSecrets: list(v.imagePullSecrets),
    revision: typeof v.revision === "string" ? v.revision : ""
  };
}
function statusFor(templateSpec, revision) {
  const orNull = (xs) => xs.length === 0 ? null : xs;
  const namesOf = (v) => orNull(containersOf(v).map((x) => typeof x.name === "string" ? x.name : ""));
  const status = {
    initContainers: orNull(names(templateSpec.initContainers)),
    containers: orNull(names(templateSpec.containers)),
    volumes: namesOf(templateSpec.volumes),
    imagePullSecrets: namesOf(templateSpec.imagePullSecrets),
    revision: revision === "" ? "default" : revision
  };
  return JSON.stringify(status);
}

// src/inject/status/strip.ts
function without(list3, drop) {
  if (!Array.isArray(list3)) return void 0;
  const items = list3.filter(isMap);
  return drop ? items.filter((x) => typeof x.name !== "string" || !drop.includes(x.name)) : items;
}
function stripForRender(pod, status, statusPort) {
  if (!status) return pod;
  const spec = { ...pod.spec };
  if (status.containers) spec.containers = without(spec.containers, status.containers) ?? [];
  if (status.initContainers) spec.initContainers = without(spec.initContainers, status.initContainers) ?? [];
  let annotations = { ...pod.metadata.annotations ?? {} };
  if (prometheusPort(annotations) === String(statusPort)) annotations = clearPrometheusAnnotations(annotations);
  delete annotations[STATUS_ANNOTATION];
  return { metadata: { ...pod.metadata, annotations }, spec };
}
function envValue(proxy, name) {
  const env = Array.isArray(proxy?.env) ? proxy.env : [];
  const e = env.find((x) => isMap(x) && x.name === name);
  return typeof e?.value === "string" ? e.value : void 0;
}
function parseJson(text) {
  if (text === void 0 || jsonDepthError(text)) return void 0;
  try {
    const v = JSON.parse(text);
    return isMap(v) ? v : void 0;
  } catch {
    return void 0;
  }
}
function stripInjection(podTemplate) {
  const metadata = asMap(podTemplate.metadata);
  const spec = asMap(podTemplate.spec);
  const annotations = asMap(metadata.annotations);
  const status = parseStatus(annotations);
  if (!status) return { ...podTemplate, metadata, spec };
  const proxy = findSidecar(spec);
  const probers = parseJson(envValue(proxy, PROXY_ENV.appProbers)) ?? {};
  const scrape = parseJson(envValue(proxy, PROXY_ENV.prometheusAnnotations));
  const out = { ...spec };
  const drop = (key, names2) => {
    const kept = without(spec[key], names2);
    if (kept === void 0) return;
    if (kept.length === 0 && key !== "containers") delete out[key];
    else out[key] = key === "containers" || key === "initContainers" ? kept.map((c) => restoreAppProbes(c, probers)) : kept;
  };
  drop("containers", status.containers);
  drop("initContainers", status.initContainers);
  drop("volumes", status.volumes);
  drop("imagePullSecrets", status.imagePullSecrets);
  const custom = parseOverrides(annotations);
  const regular = (c) => c.name === PROXY_CONTAINER && c.restartPolicy !== "Always";
  const restore = {
    containers: [...custom.containers, ...custom.initContainers.filter(regular)],
    initContainers: custom.initContainers.filter((c) => !regular(c))
  };
  for (const key of ["containers", "initContainers"]) {
    const list3 = Array.isArray(out[key]) ? out[key] : [];
    const missing = restore[key].filter((c) => !list3.some((x) => x.name === c.name)).map((c) => c.image === void 0 ? { ...c, image: AUTO_IMAGE } : c);
    if (missing.length > 0) out[key] = [...list3, ...missing];
  }
  let annos = { ...annotations };
  delete annos[STATUS_ANNOTATION];
  delete annos[OVERRIDES_ANNOTATION];
  annos = restoreScrapeAnnotations(annos, scrape);
  return { ...podTemplate, metadata: { ...metadata, annotations: annos }, spec: out };
}
function annotationsFromProxyEnv(podTemplate) {
  const scrape = parseJson(envValue(findSidecar(asMap(podTemplate.spec)), PROXY_ENV.prometheusAnnotations));
  return scrape ? Object.keys(restoreScrapeAnnotations({}, scrape)) : [];
}

// src/inject/uninject/pod.ts
var FIELDS = ["labels", "annotations"];
function metaOf(pod) {
  return asMap(pod.metadata);
}
function withMetadata(pod, metadata) {
  return { ...pod, metadata };
}
function withoutKey(pod, field, key) {
  const meta = { ...metaOf(pod) };
  const map = { ...asMap(meta[field]) };
  delete map[key];
  if (Object.keys(map).length === 0) delete meta[field];
  else meta[field] = map;
  return withMetadata(pod, meta);
}
function withValue(pod, field, key, value) {
  const meta = { ...metaOf(pod) };
  meta[field] = { ...asMap(meta[field]), [key]: value };
  return withMetadata(pod, meta);
}
function injectedValue(inject, req, pod, field, key) {
  let r;
  try {
    r = inject({ ...req, podTemplate: pod });
  } catch (e) {
    if (e instanceof KubeInjectError) return null;
    throw e;
  }
  if (r.outcome !== "injected") return null;
  return stringMap(metaOf(r.podTemplate)[field])[key];
}
function otherValue(value) {
  if (value === "true" || value === "false") return value === "true" ? "false" : "true";
  if (/^[0-9]+$/.test(value)) return String(Number(value) + 1);
  return `${value}-other`;
}
function shorterForms(value) {
  const json = /^(.*\S)\s*,\s*\{[^{}]*\}(\s*\])\s*$/s.exec(value);
  if (json) return [json[1] + json[2]];
  const i = value.lastIndexOf(",");
  return i > 0 ? [value.slice(0, i)] : [];
}
var SINGULAR = { labels: "label", annotations: "annotation" };
function uninjectPod(inject, req) {
  const annotations = stringMap(metaOf(req.podTemplate).annotations);
  if (annotations[STATUS_ANNOTATION] === void 0 || !isStatusJson(annotations[STATUS_ANNOTATION])) return { outcome: "unchanged" };
  const stripped = stripInjection(req.podTemplate);
  let pod = withMetadata(stripped, { ...metaOf(stripped) });
  const notes = [...probePortNotes(asMap(req.podTemplate).spec, stripped.spec)];
  const recorded = new Set(annotationsFromProxyEnv(asMap(req.podTemplate)));
  const meta = metadataByBatch(inject, req, stripped, recorded) ?? metadataByKey(inject, req, stripped, recorded);
  pod = meta.pod;
  notes.push(...meta.notes);
  const { removed, restored } = meta;
  const spec = specAddedByInjection(inject, req, pod);
  const { metadata, ...rest } = spec.pod;
  return {
    outcome: "uninjected",
    podTemplate: Object.keys(asMap(metadata)).length === 0 ? rest : spec.pod,
    removedSpec: spec.removed,
    removedLabels: removed.labels.sort(),
    removedAnnotations: removed.annotations.sort(),
    restoredLabels: restored.labels.sort(),
    restoredAnnotations: restored.annotations.sort(),
    notes
  };
}
function isStatusJson(text) {
  try {
    return isMap(JSON.parse(text));
  } catch {
    return false;
  }
}
var PROBES = ["readinessProbe", "livenessProbe", "startupProbe"];
function rewrittenPath(container, field) {
  const urls = proberUrls(container);
  return field === "readinessProbe" ? urls.readyz : field === "livenessProbe" ? urls.livez : urls.startupz;
}
function probePortNotes(injectedSpec, spec) {
  const s = asMap(spec);
  const before = [...containersOf(asMap(injectedSpec).initContainers), ...containersOf(asMap(injectedSpec).containers)];
  const out = [];
  for (const c of [...containersOf(s.initContainers), ...containersOf(s.containers)]) {
    if (c.name === PROXY_CONTAINER) continue;
    const named = /* @__PURE__ */ new Map();
    for (const p of Array.isArray(c.ports) ? c.ports : []) if (isMap(p) && typeof p.name === "string" && p.name !== "" && typeof p.containerPort === "number") named.set(p.containerPort, p.name);
    for (const field of PROBES) {
      const probe = asMap(c[field]);
      const was = asMap(asMap(before.find((x) => x.name === c.name)?.[field]).httpGet).path;
      if (was !== rewrittenPath(String(c.name), field)) continue;
      const handler = isMap(probe.httpGet) ? probe.httpGet : isMap(probe.tcpSocket) ? probe.tcpSocket : void 0;
      const port = handler?.port;
      if (typeof port !== "number" || !named.has(port)) continue;
      out.push({
        code: "probe-port-number",
        subject: `${String(c.name)}/${field}`,
        message: `container ${JSON.stringify(c.name)}: ${field} restored with port ${port}; Istio records a probe's port as a number, so if it named the port (${JSON.stringify(named.get(port))}) write the name back`
      });
    }
  }
  return out;
}
var RECORDED_LISTS = /* @__PURE__ */ new Set(["containers", "initContainers", "volumes", "imagePullSecrets"]);
function canonical(v) {
  return JSON.stringify(v, (_k, x) => isMap(x) ? Object.fromEntries(Object.entries(x).sort(([a2], [b]) => a2 < b ? -1 : a2 > b ? 1 : 0)) : x);
}
function specAddedByInjection(inject, req, pod) {
  const spec = asMap(pod.spec);
  const removed = [];
  const specOf = (candidate) => {
    try {
      const r = inject({ ...req, podTemplate: { ...pod, spec: candidate } });
      return r.outcome === "injected" ? asMap(asMap(r.podTemplate).spec) : void 0;
    } catch (e) {
      if (e instanceof KubeInjectError) return void 0;
      throw e;
    }
  };
  const own = Object.keys(spec).filter((k) => !RECORDED_LISTS.has(k));
  const bare = specOf(Object.fromEntries(Object.entries(spec).filter(([k]) => RECORDED_LISTS.has(k))));
  if (!bare) return { pod, removed };
  let out = { ...spec };
  for (const key of own) {
    const value = spec[key];
    if (canonical(bare[key]) === canonical(value)) {
      const { [key]: _drop, ...without2 } = spec;
      if (canonical(specOf(without2)?.[key]) !== canonical(value)) continue;
      const { [key]: _gone, ...rest } = out;
      out = rest;
      removed.push(key);
      continue;
    }
    if (!isMap(value) || !isMap(bare[key])) continue;
    for (const [sub, subValue] of Object.entries(value)) {
      if (canonical(asMap(bare[key])[sub]) !== canonical(subValue)) continue;
      const { [sub]: _s, ...inner } = value;
      const again = specOf({ ...spec, [key]: inner });
      if (!again || canonical(asMap(again[key])[sub]) !== canonical(subValue)) continue;
      const { [sub]: _g, ...kept } = asMap(out[key]);
      out = { ...out, [key]: kept };
      if (Object.keys(kept).length === 0) {
        const { [key]: _e, ...rest } = out;
        out = rest;
      }
      removed.push(`${key}.${sub}`);
    }
  }
  return { pod: { ...pod, spec: out }, removed };
}
function overwrittenNote(field, key, value) {
  return {
    code: "overwritten-by-injection",
    subject: `${SINGULAR[field]} ${key}`,
    message: `${SINGULAR[field]} ${key} removed: injection sets it to ${JSON.stringify(value)} whatever the pod had, so a value of the pod's own from before injection cannot be restored`
  };
}
function injectedMeta(inject, req, pod) {
  try {
    const r = inject({ ...req, podTemplate: pod });
    if (r.outcome !== "injected") return null;
    const m3 = metaOf(r.podTemplate);
    return { labels: stringMap(m3.labels), annotations: stringMap(m3.annotations) };
  } catch (e) {
    if (e instanceof KubeInjectError) return null;
    throw e;
  }
}
function candidates(stripped, field, recorded) {
  return Object.entries(stringMap(metaOf(stripped)[field])).filter(([key]) => field !== "annotations" || !recorded.has(key));
}
function metadataByBatch(inject, req, stripped, recorded) {
  let bare = stripped;
  for (const field of FIELDS) for (const [key] of candidates(stripped, field, recorded)) bare = withoutKey(bare, field, key);
  const batch = injectedMeta(inject, req, bare);
  if (!batch) return void 0;
  const removed = { labels: [], annotations: [] };
  const restored = { labels: [], annotations: [] };
  let pod = stripped;
  for (const field of FIELDS) {
    for (const [key, value] of candidates(stripped, field, recorded)) {
      if (batch[field][key] === value) {
        removed[field].push(key);
        pod = withoutKey(pod, field, key);
        continue;
      }
      const alone = injectedMeta(inject, req, withoutKey(stripped, field, key));
      if (alone === null) return void 0;
      if (alone[field][key] === value) {
        removed[field].push(key);
        pod = withoutKey(pod, field, key);
        continue;
      }
      const before = shorterForms(value).find((c) => injectedMeta(inject, req, withValue(stripped, field, key, c))?.[field][key] === value);
      if (before !== void 0) {
        restored[field].push(key);
        pod = withValue(pod, field, key, before);
      }
    }
  }
  const again = injectedMeta(inject, req, pod);
  if (!again) return void 0;
  for (const field of FIELDS) for (const [key, value] of candidates(stripped, field, recorded)) if (again[field][key] !== value) return void 0;
  let other = stripped;
  for (const field of FIELDS) for (const key of removed[field]) other = withValue(other, field, key, otherValue(stringMap(metaOf(stripped)[field])[key]));
  const overwritten = injectedMeta(inject, req, other);
  const notes = [];
  for (const field of FIELDS) {
    for (const key of removed[field]) {
      const value = stringMap(metaOf(stripped)[field])[key];
      const back = overwritten ? overwritten[field][key] : injectedValue(inject, req, withValue(stripped, field, key, otherValue(value)), field, key);
      if (back === value) notes.push(overwrittenNote(field, key, value));
    }
  }
  return { pod, removed, restored, notes };
}
function metadataByKey(inject, req, stripped, recorded) {
  const removed = { labels: [], annotations: [] };
  const restored = { labels: [], annotations: [] };
  const notes = [];
  let pod = stripped;
  for (const field of FIELDS) {
    for (const [key, value] of candidates(stripped, field, recorded)) {
      const gives = (candidate) => {
        const base = candidate === void 0 ? withoutKey(stripped, field, key) : withValue(stripped, field, key, candidate);
        return injectedValue(inject, req, base, field, key);
      };
      if (gives(void 0) !== value) {
        const before = shorterForms(value).find((candidate) => gives(candidate) === value);
        if (before !== void 0) {
          restored[field].push(key);
          pod = withValue(pod, field, key, before);
        }
        continue;
      }
      removed[field].push(key);
      pod = withoutKey(pod, field, key);
      if (gives(otherValue(value)) === value) notes.push(overwrittenNote(field, key, value));
    }
  }
  return { pod, removed, restored, notes };
}

// src/inject/workload-shape.ts
var SHAPES = {
  // k8s.io/api apps/v1 DaemonSetStatus
  DaemonSet: { status: ["currentNumberScheduled", "numberMisscheduled", "desiredNumberScheduled", "numberReady"] },
  // apps/v1 ReplicaSetStatus, core/v1 ReplicationControllerStatus
  ReplicaSet: { status: ["replicas"] },
  ReplicationController: { status: ["replicas"] },
  // apps/v1 StatefulSetStatus
  StatefulSet: { status: ["replicas", "availableReplicas"] },
  // github.com/openshift/api apps/v1 DeploymentConfigSpec / DeploymentConfigStatus
  DeploymentConfig: {
    status: ["latestVersion", "observedGeneration", "replicas", "updatedReplicas", "availableReplicas", "unavailableReplicas"],
    specZero: { test: false },
    specOmitEmpty: ["minReadySeconds", "paused"]
  }
};
var isZero = (v) => v === 0 || v === false || v === "" || v === null;
function workloadAsWritten(kind, object) {
  const shape = SHAPES[kind];
  if (!shape) return object;
  const out = { ...object };
  if (shape.specZero || shape.specOmitEmpty) {
    const spec = { ...out.spec ?? {} };
    for (const key of shape.specOmitEmpty ?? []) if (key in spec && isZero(spec[key])) delete spec[key];
    for (const [key, zero] of Object.entries(shape.specZero ?? {})) if (!(key in spec)) spec[key] = zero;
    out.spec = spec;
  }
  if (shape.status) {
    const status = { ...out.status ?? {} };
    for (const key of shape.status) if (!(key in status)) status[key] = 0;
    out.status = status;
  }
  return out;
}
function workloadAsFound(kind, object) {
  const shape = SHAPES[kind];
  if (!shape) return { object, omitted: [] };
  const out = { ...object };
  const spec = { ...out.spec ?? {} };
  for (const [key, zero] of Object.entries(shape.specZero ?? {})) if (spec[key] === zero) delete spec[key];
  if (out.spec !== void 0) out.spec = spec;
  if (shape.status && out.status !== null && typeof out.status === "object") {
    const status = { ...out.status };
    for (const key of shape.status) if (status[key] === 0) delete status[key];
    if (Object.keys(status).length === 0) delete out.status;
    else out.status = status;
  }
  const omitted2 = (shape.specOmitEmpty ?? []).filter((key) => !(key in spec)).map((key) => `spec.${key}`);
  return { object: out, omitted: omitted2 };
}

// src/inject/uninject/documents.ts
var revisionOf = (recorded) => recorded === "default" ? "" : recorded;
function uninjectDocuments(docs, inject) {
  const output = [];
  const outcomes = [];
  const errors = [];
  for (const doc of docs) {
    try {
      output.push(uninjectDocument(doc, inject, outcomes));
    } catch (e) {
      if (!(e instanceof KubeInjectError) || e.position.file !== void 0) throw e;
      errors.push(positionIn(doc, e, ""));
      output.push({ doc });
    }
  }
  return { output, outcomes, errors };
}
function uninjectDocument(doc, inject, outcomes) {
  const byPointer = new Map(locateWorkloads(doc.value).map((w) => [w.pointer, w]));
  let value = doc.value;
  let changed = false;
  for (const obj of objectsOf(doc.value)) {
    const meta = obj.object.metadata ?? {};
    const base = { doc, pointer: obj.pointer, kind: obj.kind, name: str(meta.name), namespace: str(meta.namespace) };
    const none = { removedLabels: [], removedAnnotations: [], removedSpec: [], restoredLabels: [], restoredAnnotations: [], notes: [] };
    const w = byPointer.get(obj.pointer);
    if (!w) {
      if (obj.kind) outcomes.push({ ...base, outcome: "unchanged", ...none });
      continue;
    }
    const podTemplate = getAt(value, w.podTemplatePointer);
    let result;
    try {
      const status = parseStatus(stringMap(asMap(asMap(podTemplate).metadata).annotations));
      result = uninjectPod(inject(revisionOf(status?.revision ?? "")), { kind: w.kind, apiVersion: w.apiVersion, name: w.name, namespace: w.namespace, podTemplate });
    } catch (e) {
      if (e instanceof KubeInjectError && e.position.file === void 0) throw positionIn(doc, e, w.podTemplatePointer, w.label);
      throw e;
    }
    if (result.outcome === "unchanged") {
      outcomes.push({ ...base, outcome: "unchanged", ...none });
      continue;
    }
    value = setAt(value, w.podTemplatePointer, result.podTemplate);
    const shaped = workloadAsFound(w.kind, getAt(value, w.pointer));
    value = setAt(value, w.pointer, shaped.object);
    changed = true;
    const { removedLabels, removedAnnotations, removedSpec, restoredLabels, restoredAnnotations } = result;
    const notes = [...result.notes, ...zeroFieldNotes(shaped.omitted)];
    outcomes.push({ ...base, outcome: "uninjected", removedLabels, removedAnnotations, removedSpec, restoredLabels, restoredAnnotations, notes });
  }
  return changed ? { doc, value } : { doc };
}
function zeroFieldNotes(omitted2) {
  if (omitted2.length === 0) return [];
  const fields = omitted2.join(" and ");
  return [
    {
      code: "zero-fields-dropped",
      subject: fields,
      message: `${fields}: injection drops them at their zero value (Go omits empty fields), so if the manifest set them to 0 or false they are not restored (the defaults are the same)`
    }
  ];
}

// src/inject/documents.ts
var WorkloadError = class extends Error {
  constructor(error) {
    super(error.message);
    this.error = error;
  }
  error;
};
function injectDocuments(docs, injector, context = {}) {
  const output = [];
  const outcomes = [];
  const errors = [];
  for (const doc of docs) {
    try {
      output.push(injectDocument(doc, injector, outcomes, context));
    } catch (e) {
      if (e instanceof WorkloadError) errors.push(e.error);
      else if (!(e instanceof KubeInjectError) || e.position.file !== void 0) throw e;
      else errors.push(positionIn(doc, e, ""));
      output.push({ doc });
    }
  }
  return { output, outcomes, errors };
}
function injectDocument(doc, injector, outcomes, context) {
  const namespaces = context.namespaces;
  const namespaceObject = namespaces ? (name) => namespaces.get(name) : void 0;
  const workloads = locateWorkloads(doc.value);
  const byPointer = new Map(workloads.map((w) => [w.pointer, w]));
  let value = doc.value;
  let changed = false;
  for (const obj of objectsOf(doc.value)) {
    const meta = obj.object.metadata ?? {};
    const base = { doc, pointer: obj.pointer, kind: obj.kind, name: str(meta.name), namespace: str(meta.namespace) };
    const w = byPointer.get(obj.pointer);
    if (!w) {
      if (obj.kind) outcomes.push({ ...base, outcome: "unchanged", warnings: [] });
      continue;
    }
    const podTemplate = getAt(value, w.podTemplatePointer);
    let result;
    try {
      result = injector.inject({ kind: w.kind, apiVersion: w.apiVersion, name: w.name, namespace: w.namespace, podTemplate, ...namespaceObject ? { namespaceObject } : {} });
    } catch (e) {
      if (e instanceof KubeInjectError && e.position.file === void 0) throw new WorkloadError(positionIn(doc, e, w.podTemplatePointer, w.label));
      throw e;
    }
    if (result.outcome === "skipped") {
      outcomes.push({ ...base, outcome: "skipped", reason: result.reason, warnings: [] });
      continue;
    }
    value = setAt(value, w.podTemplatePointer, result.podTemplate);
    value = setAt(value, w.pointer, injector.finishWorkload(w.kind, getAt(value, w.pointer)));
    changed = true;
    outcomes.push({ ...base, outcome: "injected", warnings: result.warnings });
  }
  return changed ? { doc, value } : { doc };
}

// src/istio/openshift.ts
var OPENSHIFT_PLATFORM = "openshift";
var UID_RANGE_ANNOTATION = "openshift.io/sa.scc.uid-range";
var SUPPLEMENTAL_GROUPS_ANNOTATION = "openshift.io/sa.scc.supplemental-groups";
var UINT32_MAX = 4294967295;
function blockEnd(text) {
  const slash = text.includes("/");
  const m3 = (slash ? /^[ \t]*\+?(\d+)\/[ \t]*\+?(\d+)/ : /^[ \t]*\+?(\d+)-[ \t]*\+?(\d+)/).exec(text);
  if (!m3) return void 0;
  const a2 = Number(m3[1]);
  const b = Number(m3[2]);
  if (a2 > UINT32_MAX || b > UINT32_MAX) return void 0;
  return slash ? (a2 + b - 1 + 2 ** 32) % 2 ** 32 : b;
}
function proxyIdsFromNamespace(annotations) {
  let uid = PROXY_UID;
  let gid = PROXY_GID;
  const range = annotations[UID_RANGE_ANNOTATION];
  if (range !== void 0 && range !== "") uid = blockEnd(range) ?? uid;
  const groups = Object.hasOwn(annotations, SUPPLEMENTAL_GROUPS_ANNOTATION) ? annotations[SUPPLEMENTAL_GROUPS_ANNOTATION] : range;
  if (groups !== void 0 && groups !== "") {
    const ends = groups.split(",").map(blockEnd);
    if (ends.every((e) => e !== void 0)) gid = ends[0];
  }
  return { uid, gid };
}
function runAsUser(c) {
  const sc = c.securityContext;
  const v = sc?.runAsUser;
  return typeof v === "number" ? v : 0;
}
function dropProxyUserMatchingApp(spec) {
  const sidecar = findSidecar(spec);
  const sc = sidecar?.securityContext;
  if (!sidecar || sc === null || typeof sc !== "object") return spec;
  let proxyUser = 0;
  let appUser = 0;
  for (const c of [...spec.containers ?? [], ...spec.initContainers ?? []]) {
    const set = typeof c.securityContext?.runAsUser === "number";
    if (c.name === PROXY_CONTAINER) {
      if (set) proxyUser = runAsUser(c);
    } else if (c.name !== VALIDATION_CONTAINER && c.name !== INIT_CONTAINER) {
      if (set) appUser = runAsUser(c);
    }
  }
  if (proxyUser !== appUser || !("runAsUser" in sc || "runAsGroup" in sc)) return spec;
  const { runAsUser: _u, runAsGroup: _g, ...rest } = sc;
  const out = { ...spec };
  for (const key of ["containers", "initContainers"]) {
    const list3 = spec[key];
    if (list3?.includes(sidecar)) out[key] = list3.map((c) => c === sidecar ? { ...c, securityContext: rest } : c);
  }
  return out;
}

// src/istio/annotations/entry.ts
var SCOPE_OF = {
  Any: "any",
  Pod: "pod",
  Deployment: "workload",
  Service: "service",
  Namespace: "namespace"
};
function entry(kind, name, resources, description, o = {}) {
  const scopes = new Set(o.scopes ?? []);
  for (const r of resources) scopes.add(SCOPE_OF[r] ?? "other");
  return {
    name,
    kind,
    description,
    resources,
    scopes: [...scopes],
    ...o.status ? { featureStatus: o.status } : {},
    ...o.deprecated ? { deprecated: o.deprecated } : {},
    ...o.hidden ? { hidden: true } : {},
    ...o.validate ? { validate: o.validate } : {},
    injectorValidated: o.injector ?? false,
    origin: o.origin ?? "istio/api"
  };
}

// start-up-light:node:net
import { createRequire as createRequire2 } from "node:module";
var require2 = createRequire2(import.meta.url);
var m;
var load2 = () => m ??= require2("node:net");
function isIP(...a2) {
  return load2().isIP(...a2);
}
function isIPv4(...a2) {
  return load2().isIPv4(...a2);
}
function isIPv6(...a2) {
  return load2().isIPv6(...a2);
}

// src/istio/mesh-defaults.ts
var DEFAULT_PROXY_CONFIG = Object.freeze({
  configPath: "./etc/istio/proxy",
  binaryPath: "/usr/local/bin/envoy",
  serviceCluster: "istio-proxy",
  drainDuration: "45s",
  terminationDrainDuration: "5s",
  discoveryAddress: "istiod.istio-system.svc:15012",
  proxyAdminPort: 15e3,
  controlPlaneAuthPolicy: "MUTUAL_TLS",
  statNameLength: 189,
  statusPort: DEFAULT_STATUS_PORT
});
var MESH_DEFAULTS = Object.freeze({
  enableTracing: true,
  protocolDetectionTimeout: "0s",
  ingressService: "istio-ingressgateway",
  ingressControllerMode: "STRICT",
  ingressClass: "istio",
  trustDomain: "cluster.local",
  enableAutoMtls: true,
  outboundTrafficPolicy: { mode: "ALLOW_ANY" },
  inboundTrafficPolicy: { mode: "PASSTHROUGH" },
  localityLbSetting: { enabled: true },
  rootNamespace: "istio-system",
  proxyListenPort: 15001,
  proxyInboundListenPort: 15006,
  connectTimeout: "10s",
  defaultServiceExportTo: ["*"],
  defaultVirtualServiceExportTo: ["*"],
  defaultDestinationRuleExportTo: ["*"],
  dnsRefreshRate: "60s",
  enablePrometheusMerge: true,
  defaultProviders: {}
});
var DEFAULT_EXTENSION_PROVIDERS = [
  { name: "prometheus", prometheus: {} },
  { name: "stackdriver", stackdriver: {} },
  { name: "envoy", envoyFileAccessLog: { path: "/dev/stdout" } }
];

// src/istio/annotations/proxy-config-fields.ts
var S = { t: "string" };
var I = { t: "int32" };
var D = { t: "duration" };
var M = { t: "message" };
var PROXY_CONFIG_FIELDS = {
  availabilityZone: S,
  // deprecated
  binaryPath: S,
  caCertificatesPem: { t: "string-list" },
  concurrency: { t: "int32-wrapper" },
  configPath: S,
  connectionSettings: M,
  controlPlaneAuthPolicy: { t: "enum", values: ["NONE", "MUTUAL_TLS", "INHERIT"] },
  customConfigFile: S,
  discoveryAddress: S,
  discoveryRefreshDelay: D,
  // deprecated
  drainDuration: D,
  envoyAccessLogService: M,
  envoyMetricsService: M,
  envoyMetricsServiceAddress: S,
  // deprecated
  extraStatTags: { t: "string-list" },
  fileFlushInterval: D,
  fileFlushMinSizeKb: { t: "uint32" },
  gatewayTopology: M,
  holdApplicationUntilProxyStarts: { t: "bool-wrapper" },
  image: M,
  interceptionMode: { t: "enum", values: ["REDIRECT", "TPROXY", "NONE"] },
  meshId: S,
  privateKeyProvider: M,
  proxyAdminPort: I,
  proxyBootstrapTemplatePath: S,
  proxyHeaders: M,
  proxyMetadata: { t: "string-map" },
  proxyStatsMatcher: M,
  readinessProbe: M,
  runtimeValues: { t: "string-map" },
  sds: M,
  // deprecated
  serviceCluster: S,
  statNameLength: I,
  statsCompression: { t: "bool-wrapper" },
  statsdUdpAddress: S,
  statusPort: I,
  terminationDrainDuration: D,
  tracing: M,
  tracingServiceName: {
    t: "enum",
    values: ["APP_LABEL_AND_NAMESPACE", "CANONICAL_NAME_ONLY", "CANONICAL_NAME_AND_NAMESPACE"]
  },
  zipkinAddress: S
  // deprecated
};
var PROXY_CONFIG_PROTO_NAMES = Object.fromEntries(
  Object.keys(PROXY_CONFIG_FIELDS).map((json) => [json.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), json])
);
function proxyConfigFieldName(key) {
  if (Object.hasOwn(PROXY_CONFIG_FIELDS, key)) return key;
  return Object.hasOwn(PROXY_CONFIG_PROTO_NAMES, key) ? PROXY_CONFIG_PROTO_NAMES[key] : void 0;
}

// src/istio/annotations/proxy-config.ts
var validateProxyConfig = (value) => {
  const parsed = parseProxyConfig(value);
  if (typeof parsed === "string") return `failed to convert to apply proxy config: ${parsed}`;
  const merged = { ...DEFAULT_PROXY_CONFIG };
  for (const [key, v] of Object.entries(parsed)) {
    const name = proxyConfigFieldName(key);
    if (name === void 0) continue;
    const typeError = checkType(v, PROXY_CONFIG_FIELDS[name]);
    if (typeError) return `failed to convert to apply proxy config: ${key}: ${typeError}`;
    if (v === null) continue;
    if (name === "tracingServiceName") delete merged.serviceCluster;
    if (name === "serviceCluster") delete merged.tracingServiceName;
    setOwn(merged, name, v);
  }
  const errors = checkMerged(merged);
  return errors.length ? errors.join("; ") : null;
};
function unknownProxyConfigFields(value) {
  const parsed = parseProxyConfig(value);
  if (typeof parsed === "string") return [];
  return Object.keys(parsed).filter((k) => proxyConfigFieldName(k) === void 0);
}
function parseProxyConfig(value) {
  let doc;
  if (/^(\s*(#.*)?(\n|$))*$/.test(value)) return {};
  try {
    doc = load(value, { maxDepth: MAX_NESTING_DEPTH });
  } catch (e) {
    return e.message.split("\n")[0] ?? "invalid YAML";
  }
  if (doc === null || doc === void 0) return {};
  if (typeof doc !== "object" || Array.isArray(doc)) return "ProxyConfig must be a mapping";
  return doc;
}
function checkType(v, type) {
  if (v === null) return null;
  switch (type.t) {
    case "string":
      return typeof v === "string" ? null : "expected a string";
    case "int32":
    case "int32-wrapper":
      return isInt(v, -(2 ** 31), 2 ** 31 - 1) ? null : "expected a 32-bit integer";
    case "uint32":
      return isInt(v, 0, 2 ** 32 - 1) ? null : "expected an unsigned 32-bit integer";
    case "bool-wrapper":
      return typeof v === "boolean" ? null : "expected true or false";
    case "duration": {
      if (typeof v !== "string") return 'expected a duration string such as "45s"';
      const d = goParseDuration(v);
      return "error" in d ? `bad Duration: ${d.error}` : null;
    }
    case "enum":
      if (typeof v === "string") return type.values.includes(v) ? null : `unknown value ${goQuote(v)}`;
      return Number.isInteger(v) ? null : `expected one of ${type.values.join(", ")}`;
    case "message":
      return typeof v === "object" && !Array.isArray(v) ? null : "expected a mapping";
    case "string-map":
      return typeof v === "object" && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string") ? null : "expected a mapping of strings";
    case "string-list":
      return Array.isArray(v) && v.every((x) => typeof x === "string") ? null : "expected a list of strings";
  }
}
function isInt(v, min, max) {
  const n = typeof v === "string" && /^-?[0-9]+$/.test(v) ? Number(v) : v;
  return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max;
}
function checkMerged(c) {
  const errs = [];
  if (c.configPath === "") errs.push("config path must be set");
  if (c.binaryPath === "") errs.push("binary path must be set");
  if (c.serviceCluster === "") errs.push("service cluster must be specified");
  const drain = goParseDuration(String(c.drainDuration));
  if ("ns" in drain) {
    if (drain.ns < 1e6) errs.push("invalid drain duration: duration must be greater than 1ms");
    else if (drain.ns % 1e6 !== 0) errs.push("invalid drain duration: only durations to ms precision are supported");
    else if (drain.ns % 1e9 !== 0) errs.push("drain time only supports durations to seconds precision");
  }
  if (c.discoveryAddress === "") errs.push("discovery address must be set to the proxy discovery service");
  else addressError(errs, "invalid discovery address:", c.discoveryAddress);
  addressError(errs, `invalid statsd udp address ${goQuote(String(c.statsdUdpAddress))}:`, c.statsdUdpAddress);
  addressError(errs, "invalid envoy metrics service address:", c.envoyMetricsServiceAddress);
  addressError(errs, "invalid envoy metrics service address:", nestedAddress(c.envoyMetricsService));
  addressError(errs, "invalid envoy access log service address:", nestedAddress(c.envoyAccessLogService));
  portRange(errs, "invalid proxy admin port:", c.proxyAdminPort);
  portRange(errs, "invalid status port:", c.statusPort);
  const policy = c.controlPlaneAuthPolicy;
  if (!(policy === "NONE" || policy === "MUTUAL_TLS" || policy === 0 || policy === 1)) {
    errs.push(`invalid authentication policy: unrecognized control plane auth policy ${goQuote(String(policy))}`);
  }
  return errs;
}
function nestedAddress(service) {
  return typeof service === "object" && service !== null ? service.address : void 0;
}
function portRange(errs, prefix, port) {
  const n = Number(port);
  if (!(n >= 1 && n <= 65535)) errs.push(`${prefix} port number ${n} must be in the range 1..65535`);
}
function addressError(errs, prefix, address) {
  if (typeof address !== "string" || address === "") return;
  const m3 = /^(?:\[([^\]]*)\]|([^:]*)):([^:]*)$/.exec(address);
  if (!m3) {
    errs.push(`${prefix} unable to split ${goQuote(address)}: address ${address}: missing port in address`);
    return;
  }
  const host = m3[1] ?? m3[2] ?? "";
  const port = m3[3] ?? "";
  if (!/^[+-]?[0-9]+$/.test(port)) errs.push(`${prefix} port (${port}) is not a number`);
  else if (!(Number(port) >= 1 && Number(port) <= 65535)) errs.push(`${prefix} port number ${Number(port)} must be in the range 1..65535`);
  else if (!isDnsName(host) && isIP(host) === 0) errs.push(`${prefix} ${goQuote(host)} is not a valid hostname or an IP address`);
}
function isDnsName(host) {
  if (host.length === 0 || host.length > 255) return false;
  const labels = host.split(".");
  const tld = labels[labels.length - 1] ?? "";
  if (/^[+-]?[0-9]+$/.test(tld)) return false;
  return labels.every((l2, i) => i === labels.length - 1 && l2 === "" || /^[a-zA-Z0-9]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$/.test(l2));
}

// src/istio/annotations/net-validators.ts
function parsePrefixError(s) {
  const fail3 = (msg) => `netip.ParsePrefix(${goQuote(s)}): ${msg}`;
  const slash = s.lastIndexOf("/");
  if (slash < 0) return fail3("no '/'");
  const addr = s.slice(0, slash);
  const bitsStr = s.slice(slash + 1);
  let maxBits;
  if (isIPv4(addr)) maxBits = 32;
  else if (addr.includes("%") && isIPv6(addr)) return fail3("IPv6 zones cannot be present in a prefix");
  else if (isIPv6(addr)) maxBits = 128;
  else return fail3(`ParseAddr(${goQuote(addr)}): unable to parse IP`);
  if (!/^(0|[1-9][0-9]*)$/.test(bitsStr)) return fail3(`bad bits after slash: ${goQuote(bitsStr)}`);
  if (Number(bitsStr) > maxBits) return fail3("prefix length out of range");
  return null;
}
function cidrListError(cidrs) {
  if (cidrs.length === 0) return null;
  for (const cidr of cidrs.split(",")) {
    const e = parsePrefixError(cidr);
    if (e) return `failed parsing cidr '${cidr}': ${e}`;
  }
  return null;
}
function portError(port) {
  const e = goParseUintError(goTrimSpace(port), 16);
  return e ? `failed parsing port '${port}': ${e}` : null;
}
function portListError(ports) {
  const trimmed = goTrimSpace(ports);
  if (trimmed.length === 0) return null;
  for (const p of trimmed.split(",")) {
    const e = portError(p);
    if (e) return `failed parsing port '${p}': ${e}`;
  }
  return null;
}
var INTERFACE_NAME = /^[a-zA-Z][a-zA-Z0-9_.-]*$/;
function interfaceListError(interfaces) {
  if (interfaces.length === 0) return null;
  for (const raw of interfaces.split(",")) {
    const iface = goTrimSpace(raw);
    if (iface.length === 0) return "empty interface name";
    if (iface.length > 15) return `interface name ${goQuote(iface)} too long (max 15 chars)`;
    if (!INTERFACE_NAME.test(iface)) return `interface name ${goQuote(iface)} contains invalid characters`;
  }
  return null;
}

// src/istio/annotations/validators.ts
var validateInterceptionMode = (mode) => mode === "REDIRECT" || mode === "TPROXY" || mode === "NONE" ? null : `interceptionMode invalid, use REDIRECT,TPROXY,NONE: ${mode}`;
var validateIncludeIPRanges = (v) => {
  if (v === "*") return null;
  const e = cidrListError(v);
  return e ? `includeIPRanges invalid: ${e}` : null;
};
var validateExcludeIPRanges = (v) => {
  const e = cidrListError(v);
  return e ? `excludeIPRanges invalid: ${e}` : null;
};
var portList = (parameter, allowStar) => (v) => {
  if (allowStar && v === "*") return null;
  const e = portListError(v);
  return e ? `${parameter} invalid: ${e}` : null;
};
var validateIncludeInboundPorts = portList("includeInboundPorts", true);
var validateExcludeInboundPorts = portList("excludeInboundPorts", false);
var validateExcludeOutboundPorts = portList("excludeOutboundPorts", false);
var validateStatusPort = (v) => {
  const e = portError(v);
  return e ? `statusPort invalid: ${e}` : null;
};
var validateUInt32 = (v) => goParseUintError(v, 32);
var validateBool = (v) => goParseBoolError(v);
var validateResourceQuantity = (v) => {
  if (/[\u0000-\u001f\u007f-\u009f]/.test(v)) return "value contains control characters";
  return isValidQuantity(v) ? null : "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
};
var validateInterfaces = (v) => interfaceListError(v);
var validateIncludeOutboundPorts = portList("includeOutboundPorts", false);
var validateApplicationPorts = portList("applicationPorts", false);
var validateDuration = (v) => {
  const d = goParseDuration(v);
  return "error" in d ? d.error : null;
};
var validateTrueFalse = (v) => v === "true" || v === "false" ? null : `must be "true" or "false", got ${goQuote(v)}`;
var ENVOY_LEVELS = ["trace", "debug", "info", "warning", "error", "critical", "off"];
var AGENT_LEVELS = ["debug", "info", "warn", "error", "fatal", "none"];
var validateEnvoyLogLevel = (v) => ENVOY_LEVELS.includes(v) ? null : `unknown log level ${goQuote(v)}, use one of ${ENVOY_LEVELS.join(", ")}`;
var validateComponentLogLevel = (v) => scopedLevels(v, ENVOY_LEVELS, false);
var validateAgentLogLevel = (v) => scopedLevels(v, AGENT_LEVELS, true);
function scopedLevels(v, levels, bareAllowed) {
  for (const item of v.split(",")) {
    const colon = item.lastIndexOf(":");
    if (colon < 0 && !bareAllowed) return `${goQuote(item)} is not of the form component:level`;
    const scope = colon < 0 ? "default" : item.slice(0, colon);
    const level = item.slice(colon + 1);
    if (scope === "") return `${goQuote(item)} has an empty scope`;
    if (!levels.includes(level)) return `unknown log level ${goQuote(level)}, use one of ${levels.join(", ")}`;
  }
  return null;
}
var validateJsonObjects = (v) => {
  const parsed = parseJson2(v);
  if (typeof parsed === "string") return parsed;
  const items = Array.isArray(parsed.value) ? parsed.value : isMap(parsed.value) ? Object.values(parsed.value) : null;
  if (items === null) return "must be a JSON object of name to definition";
  return items.every(isMap) ? null : "every entry must be a JSON object";
};
var validateHistogramBuckets = (v) => {
  const parsed = parseJson2(v);
  if (typeof parsed === "string") return parsed;
  if (!isMap(parsed.value)) return "must be a JSON object of prefix to bucket list";
  for (const [prefix, buckets] of Object.entries(parsed.value)) {
    if (!Array.isArray(buckets) || !buckets.every((b) => typeof b === "number")) {
      return `buckets for ${goQuote(prefix)} must be a list of numbers`;
    }
  }
  return null;
};
var validatePercent = (v) => /^[0-9]+$/.test(v) && Number(v) <= 100 ? null : `must be an integer from 0 to 100, got ${goQuote(v)}`;
var oneOf = (...allowed) => (v) => allowed.includes(v) ? null : `must be one of ${allowed.join(", ")}, got ${goQuote(v)}`;
function parseJson2(v) {
  const deep = jsonDepthError(v);
  if (deep) return deep;
  try {
    return { value: JSON.parse(v) };
  } catch (e) {
    return `invalid JSON: ${e.message}`;
  }
}
var validateIgnoreList = (v) => {
  const eq2 = v.indexOf("=");
  for (const item of (eq2 < 0 ? v : v.slice(0, eq2)).split(",")) {
    if (!/^[A-Za-z0-9_.*-]+$/.test(goTrimSpace(item))) return `${goQuote(item)} is not a rule id`;
  }
  return null;
};
var validateScrapeTargets = (v) => {
  for (const raw of v.split(",")) {
    const entry2 = goTrimSpace(raw);
    if (entry2 === "") continue;
    const port = goTrimSpace(entry2.split(":", 1)[0] ?? "");
    if (port === "") return `empty port in scrape target ${goQuote(entry2)}`;
    if (!/^[+-]?[0-9]+$/.test(port) || Number(port) < 1 || Number(port) > 65535) return `invalid target port ${goQuote(port)}`;
  }
  return null;
};

// src/istio/annotations/annotation-table.ts
var a = (name, resources, description, o) => entry("annotation", name, resources, description, o);
var POD = ["Pod"];
var SVC = ["Service"];
var WE = ["WorkloadEntry"];
var GW = ["Gateway"];
var A = "Alpha";
var IV = { injector: true };
var ANNOTATIONS = [
  a("alpha.istio.io/canonical-serviceaccounts", SVC, "Non-Kubernetes service accounts allowed to run this service.", { status: A, deprecated: {}, hidden: true }),
  a("alpha.istio.io/kubernetes-serviceaccounts", SVC, "Kubernetes service accounts allowed to run this service on VMs.", { status: A, deprecated: {}, hidden: true }),
  a("ambient.istio.io/bypass-inbound-capture", POD, "In ambient mode, capture only outbound traffic of this pod.", { status: A }),
  a("ambient.istio.io/dns-capture", POD, "In ambient mode, whether DNS traffic (port 53) of this pod is captured.", { status: A, hidden: true }),
  a("ambient.istio.io/redirection", POD, "Set by Istio when the pod is enrolled in ambient mode; not for users.", { status: "Beta" }),
  a("ambient.istio.io/waypoint-inbound-binding", ["GatewayClass", "Gateway"], "How traffic is sent to a waypoint: <protocol> or <protocol>/<port>.", { status: A, hidden: true }),
  a("galley.istio.io/analyze-suppress", ["Any"], "Comma-separated analyzer message codes (or *) to suppress on this resource.", { status: A }),
  a("gateway.istio.io/controller-version", ["Any"], "Controller version written on a Gateway by its controller.", { status: A, hidden: true }),
  a("gateway.istio.io/name-override", GW, "Name of the Deployment and Service generated for an auto-deployed Gateway.", { status: A, hidden: true }),
  a("gateway.istio.io/service-account", GW, "Name of the ServiceAccount generated for an auto-deployed Gateway.", { status: A, hidden: true }),
  a("inject.istio.io/templates", POD, "Comma-separated names of the injection templates to use.", { status: A }),
  a("istio.io/autoRegistrationGroup", WE, "On a WorkloadEntry, the WorkloadGroup it was registered from.", { status: A, hidden: true }),
  a("istio.io/connectedAt", WE, "On a WorkloadEntry, when the workload connected to istiod (ns).", { status: A, hidden: true }),
  a("istio.io/disconnectedAt", WE, "On a WorkloadEntry, when the workload disconnected from istiod (ns).", { status: A, hidden: true }),
  a("istio.io/dry-run", ["AuthorizationPolicy"], "Put an AuthorizationPolicy in dry-run mode.", { status: A }),
  a("istio.io/reroute-virtual-interfaces", POD, "Comma-separated virtual interfaces whose inbound traffic is treated as outbound.", { status: A, validate: validateInterfaces, ...IV }),
  a("istio.io/rev", POD, "Control plane revision the proxy is actually connected to; set by Istio.", { status: A }),
  a("istio.io/use-waypoint-canary-weight", ["Service", "ServiceEntry", "Namespace"], "Share (0-100) of connections sent to the canary waypoint.", { status: A, validate: validatePercent }),
  a("istio.io/workloadController", WE, "On a WorkloadEntry, the istiod instance the workload is connected to.", { status: A, hidden: true }),
  a("kube-inject.io/ignore", ["Any"], "kube-inject: comma-separated lint rule ids (or *) to ignore on this object.", { scopes: ["pod", "workload"], validate: validateIgnoreList, origin: "kube-inject" }),
  a("kubernetes.io/ingress.class", ["Ingress"], "Class of the controllers responsible for an Ingress.", { status: "Stable" }),
  a("networking.istio.io/exportTo", SVC, "Namespaces the service is exported to: *, ., ~ or a comma-separated list.", { status: A }),
  a("networking.istio.io/service-type", GW, "Type of the Service generated for an auto-deployed Gateway.", { status: A, hidden: true }),
  a("networking.istio.io/traffic-distribution", ["Namespace", "Service", "ServiceEntry"], "How ztunnel distributes traffic across endpoints (e.g. PreferClose).", { status: A }),
  a("prometheus.istio.io/merge-metrics", POD, "Merge the app's Prometheus metrics with Envoy's.", { status: A, validate: validateBool, ...IV }),
  a("prometheus.istio.io/scrape-targets", POD, "Comma-separated port:path app metrics endpoints merged by the sidecar.", { validate: validateScrapeTargets, origin: "istio/istio" }),
  a("prometheus.istio.io/secure-port", POD, "Port of the TLS merged-metrics endpoint; set by the injector.", { origin: "istio/istio" }),
  a("proxy.istio.io/config", POD, "ProxyConfig overrides (YAML/JSON) for this proxy.", { status: "Beta", validate: validateProxyConfig, ...IV }),
  a("proxy.istio.io/overrides", POD, "Written by the injector: user overrides of the istio-proxy container.", { status: A, hidden: true }),
  a("readiness.status.sidecar.istio.io/applicationPorts", POD, "Application ports the sidecar's readiness check waits for.", { status: A, validate: validateApplicationPorts }),
  a("readiness.status.sidecar.istio.io/failureThreshold", POD, "Failure threshold of the sidecar's readiness probe.", { status: A, validate: validateUInt32, ...IV }),
  a("readiness.status.sidecar.istio.io/initialDelaySeconds", POD, "Initial delay (s) of the sidecar's readiness probe.", { status: A, validate: validateUInt32, ...IV }),
  a("readiness.status.sidecar.istio.io/periodSeconds", POD, "Period (s) of the sidecar's readiness probe.", { status: A, validate: validateUInt32, ...IV }),
  a("sidecar.istio.io/agentLogLevel", POD, "Log output level of pilot-agent (level or scope:level,...).", { status: A, validate: validateAgentLogLevel }),
  a("sidecar.istio.io/bootstrapOverride", POD, "ConfigMap with an alternative Envoy bootstrap configuration.", { status: A }),
  a("sidecar.istio.io/capNetBindService", POD, 'Let istio-proxy bind ports below 1024 (NET_BIND_SERVICE): "true" or "false".', { origin: "istio/istio" }),
  a("sidecar.istio.io/componentLogLevel", POD, "Envoy's per-component log levels (component:level,...).", { status: A, validate: validateComponentLogLevel }),
  a("sidecar.istio.io/discoveryAddress", POD, "XDS discovery address used by the sidecar.", { status: A, deprecated: { replacement: "proxy.istio.io/config" } }),
  a("sidecar.istio.io/extraStatTags", POD, "Extra tags to extract in the in-proxy telemetry.", { status: A, deprecated: {} }),
  a("sidecar.istio.io/inject", POD, "Whether to inject the sidecar; use the label of the same name instead.", { status: "Beta", deprecated: { replacement: "sidecar.istio.io/inject (label)" } }),
  a("sidecar.istio.io/interceptionMode", POD, "How inbound traffic is redirected to Envoy: REDIRECT, TPROXY or NONE.", { status: A, validate: validateInterceptionMode, ...IV }),
  a("sidecar.istio.io/logLevel", POD, "Envoy's log level.", { status: A, validate: validateEnvoyLogLevel }),
  a("sidecar.istio.io/nativeSidecar", POD, 'Inject istio-proxy as a native sidecar ("true") or a regular container ("false").', { status: A, validate: validateTrueFalse }),
  a("sidecar.istio.io/proxyCPU", POD, "CPU request of the sidecar.", { status: A, validate: validateResourceQuantity, ...IV }),
  a("sidecar.istio.io/proxyCPULimit", POD, "CPU limit of the sidecar.", { status: A, validate: validateResourceQuantity, ...IV }),
  a("sidecar.istio.io/proxyImage", POD, "Image of the sidecar.", { status: A }),
  a("sidecar.istio.io/proxyImageType", POD, "Image type (variant) of the sidecar, e.g. debug or distroless.", { status: A }),
  a("sidecar.istio.io/proxyMemory", POD, "Memory request of the sidecar.", { status: A, validate: validateResourceQuantity, ...IV }),
  a("sidecar.istio.io/proxyMemoryLimit", POD, "Memory limit of the sidecar.", { validate: validateResourceQuantity, ...IV }),
  a("sidecar.istio.io/rewriteAppHTTPProbers", POD, "Rewrite the app's probes to go through the sidecar's status port.", { status: A, validate: validateBool }),
  a("sidecar.istio.io/statsCompression", POD, "Compression of stats emitted by Envoy: brotli, gzip or zstd.", { status: A, deprecated: {}, validate: oneOf("brotli", "gzip", "zstd") }),
  a("sidecar.istio.io/statsEvictionInterval", POD, "Expiry interval of Istio standard metrics.", { status: A, validate: validateDuration }),
  a("sidecar.istio.io/statsFlushInterval", POD, "Flush interval of push-based stat sinks (default 5s).", { status: A, validate: validateDuration }),
  a("sidecar.istio.io/statsHistogramBins", POD, "Bins per time series of Istio standard histograms (default 100).", { status: A, validate: validateUInt32 }),
  a("sidecar.istio.io/statsHistogramBuckets", POD, "Custom histogram buckets per stat prefix (JSON).", { status: A, validate: validateHistogramBuckets }),
  a("sidecar.istio.io/statsInclusionPrefixes", POD, "Comma-separated stat prefixes Envoy emits.", { status: A, deprecated: {} }),
  a("sidecar.istio.io/statsInclusionRegexps", POD, "Comma-separated regexes of stats Envoy emits.", { status: A, deprecated: {} }),
  a("sidecar.istio.io/statsInclusionSuffixes", POD, "Comma-separated stat suffixes Envoy emits.", { status: A, deprecated: {} }),
  a("sidecar.istio.io/status", POD, "Written by the injector: what it injected (containers, volumes, revision).", { status: A }),
  a("sidecar.istio.io/userVolume", POD, "Extra volumes (JSON) for the sidecar.", { status: A, validate: validateJsonObjects }),
  a("sidecar.istio.io/userVolumeMount", POD, "Extra volume mounts (JSON) for the sidecar.", { validate: validateJsonObjects }),
  a("status.sidecar.istio.io/port", POD, "Sidecar's HTTP status port; 0 turns status off.", { status: A, validate: validateStatusPort, ...IV }),
  a("topology.istio.io/controlPlaneClusters", ["Namespace"], "Clusters (or *) whose istiod may lead a remote cluster.", { status: A }),
  a("traffic.istio.io/nodeSelector", SVC, "Node labels selecting node addresses of a NodePort multi-network gateway.", { status: "Stable" }),
  a("traffic.sidecar.istio.io/excludeInboundPorts", POD, "Inbound ports not redirected to Envoy.", { status: A, validate: validateExcludeInboundPorts, ...IV }),
  a("traffic.sidecar.istio.io/excludeInterfaces", POD, "Interfaces excluded from traffic capture.", { status: A, validate: validateInterfaces, ...IV }),
  a("traffic.sidecar.istio.io/excludeOutboundIPRanges", POD, "Outbound CIDRs not redirected to Envoy.", { status: A, validate: validateExcludeIPRanges, ...IV }),
  a("traffic.sidecar.istio.io/excludeOutboundPorts", POD, "Outbound ports not redirected to Envoy.", { status: A, validate: validateExcludeOutboundPorts, ...IV }),
  a("traffic.sidecar.istio.io/includeInboundPorts", POD, "Inbound ports redirected to Envoy (* for all, empty for none).", { validate: validateIncludeInboundPorts, ...IV }),
  a("traffic.sidecar.istio.io/includeOutboundIPRanges", POD, "Outbound CIDRs redirected to Envoy (* for all, empty for none).", { status: A, validate: validateIncludeIPRanges, ...IV }),
  a("traffic.sidecar.istio.io/includeOutboundPorts", POD, "Outbound ports redirected to Envoy whatever the destination IP.", { status: A, validate: validateIncludeOutboundPorts }),
  a("traffic.sidecar.istio.io/kubevirtInterfaces", POD, "Virtual interfaces whose inbound traffic is treated as outbound.", { status: A, deprecated: { replacement: "istio.io/reroute-virtual-interfaces" }, validate: validateInterfaces, ...IV })
];

// src/istio/annotations/label-table.ts
var l = (name, resources, description, o) => entry("label", name, resources, description, o);
var GENERATED = ["ServiceAccount", "Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler"];
var WAYPOINT_USERS = ["Pod", "WorkloadEntry", "Service", "ServiceEntry", "Namespace"];
var SVC_LIKE = ["Service", "ServiceEntry", "Namespace"];
var A2 = "Alpha";
var LABELS = [
  l("gateway.istio.io/managed", ["ServiceAccount", "Deployment", "Service"], "Added by the Istio Gateway controller to the resources it creates.", { status: "Stable" }),
  l("gateway.networking.k8s.io/gateway-class-name", GENERATED, "GatewayClass a generated resource was created for.", { status: "Stable" }),
  l("gateway.networking.k8s.io/gateway-name", GENERATED, "Gateway a generated resource was created for.", { status: "Stable" }),
  l("istio.io/dataplane-mode", ["Pod", "Namespace"], "Data plane mode: ambient or none.", { status: "Stable", validate: oneOf("ambient", "none") }),
  l("istio.io/ingress-use-waypoint", SVC_LIKE, "Ingress gateways route to this resource through its waypoint.", { status: "Beta" }),
  l("istio.io/rev", ["Namespace", "Gateway", "Pod"], "Control plane revision or tag the resource asks for.", { status: "Beta" }),
  l("istio.io/tag", ["MutatingWebhookConfiguration"], "Revision tag of an injector webhook; internal.", { status: A2 }),
  l("istio.io/use-waypoint", WAYPOINT_USERS, "Name of the waypoint this resource uses.", { status: "Stable" }),
  l("istio.io/use-waypoint-canary", SVC_LIKE, "Name of a canary waypoint for the service.", { status: A2 }),
  l("istio.io/use-waypoint-canary-namespace", SVC_LIKE, "Namespace of the canary waypoint.", { status: A2 }),
  l("istio.io/use-waypoint-namespace", WAYPOINT_USERS, "Namespace of the waypoint named by istio.io/use-waypoint.", { status: "Beta" }),
  l("istio.io/waypoint-for", ["GatewayClass", "Gateway"], "Traffic a waypoint handles: service, workload, all or none.", { status: "Stable", validate: oneOf("service", "workload", "all", "none") }),
  l("networking.istio.io/enable-autoallocate-ip", ["ServiceEntry"], "Auto-allocate an IP for a ServiceEntry without addresses.", { status: "Beta", validate: oneOf("true", "false") }),
  l("networking.istio.io/gatewayPort", ["Service"], "Port of a multi-network gateway (default 15443).", { status: A2 }),
  l("networking.istio.io/tunnel", ["Pod"], 'Tunnel protocol the workload accepts (the injection template writes "http" when unset).', { origin: "istio/istio" }),
  l("operator.istio.io/component", ["Any"], "Istio operator component of the resource.", { status: A2, hidden: true }),
  l("operator.istio.io/managed", ["Any"], "Reconcile when the Istio operator reconciles the resource.", { status: A2, hidden: true }),
  l("operator.istio.io/version", ["Any"], "Istio operator version that installed the resource.", { status: A2, hidden: true }),
  l("security.istio.io/tlsMode", ["Pod"], "TLS mode of the sidecar (istio or disabled); set by the injector.", { status: A2, deprecated: {}, hidden: true, validate: oneOf("istio", "disabled") }),
  l("service.istio.io/canonical-name", ["Pod"], "Canonical service the workload belongs to.", { status: A2 }),
  l("service.istio.io/canonical-revision", ["Pod"], "Revision of the canonical service the workload belongs to.", { status: A2 }),
  l("service.istio.io/workload-name", ["Pod", "WorkloadEntry"], "Workload name of the application (defaults to the owner, e.g. the Deployment).", { status: A2 }),
  l("sidecar.istio.io/inject", ["Pod"], "Whether the sidecar is injected into the pod.", { status: "Beta" }),
  l("topology.istio.io/cluster", ["Pod"], "Cluster of the workload; set internally by Istio.", { status: A2 }),
  l("topology.istio.io/locality", ["Pod"], "Locality region.zone.subzone overriding the registry.", { status: A2 }),
  l("topology.istio.io/network", ["Namespace", "Pod", "Service"], "Network the pods belong to (multi-network meshes).", { status: "Beta" }),
  l("topology.istio.io/subzone", ["Node"], "Locality subzone of a node.", { status: "Beta" })
];

// src/istio/annotations/registry.ts
var REGISTRY = [...ANNOTATIONS, ...LABELS].sort(
  (x, y) => x.name < y.name ? -1 : x.name > y.name ? 1 : x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0
);
var annotationsByName = new Map(ANNOTATIONS.map((e) => [e.name, e]));
var labelsByName = new Map(LABELS.map((e) => [e.name, e]));
function lookupAnnotation(name) {
  return annotationsByName.get(name);
}
function lookupLabel(name) {
  return labelsByName.get(name);
}
function injectorValidatedAnnotations() {
  return ANNOTATIONS.filter((e) => e.injectorValidated);
}
function isIstioKey(name) {
  if (name === "kubernetes.io/ingress.class") return true;
  const prefix = name.split("/")[0] ?? "";
  return prefix.endsWith("istio.io") || prefix === "kube-inject.io";
}

// src/istio/annotations/validate.ts
var INJECTOR_VALIDATED = injectorValidatedAnnotations();
function validatePodAnnotations(annotations) {
  const problems = [];
  for (const info of INJECTOR_VALIDATED) {
    if (!Object.hasOwn(annotations, info.name)) continue;
    const value = annotations[info.name];
    const reason = info.validate?.(String(value));
    if (reason) problems.push({ annotation: info.name, value, message: problemMessage(info.name, value, reason) });
  }
  return problems;
}
function validateAnnotationValue(name, value) {
  return lookupAnnotation(name)?.validate?.(value) ?? null;
}
function problemMessage(name, value, reason) {
  return `invalid value ${JSON.stringify(value)} for annotation ${name}: ${reason}`;
}

// src/istio/annotations/suggest.ts
function suggestAnnotation(unknownName) {
  let best;
  let bestScore = Infinity;
  for (const e of REGISTRY) {
    if (e.kind !== "annotation" || e.name === unknownName) continue;
    const score = e.name.toLowerCase() === unknownName.toLowerCase() ? 0.5 : editDistance(unknownName.toLowerCase(), e.name.toLowerCase());
    if (score < bestScore) {
      best = e.name;
      bestScore = score;
    }
  }
  const limit = Math.max(2, Math.floor(unknownName.length / 3));
  return bestScore <= limit ? best : void 0;
}
function editDistance(a2, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a2.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a2[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

// src/istio/annotations/structured.ts
var JSON_ANNOTATIONS = [
  OVERRIDES_ANNOTATION,
  STATUS_ANNOTATION,
  "sidecar.istio.io/userVolume",
  "sidecar.istio.io/userVolumeMount",
  "sidecar.istio.io/statsHistogramBuckets",
  "apm.datadoghq.com/env",
  "k8s.v1.cni.cncf.io/networks"
];
function structuredValueError(name, value) {
  if (!JSON_ANNOTATIONS.includes(name)) return null;
  return jsonDepthError(value, MAX_NESTING_DEPTH);
}
function nestingProblems(annotations) {
  const problems = [];
  for (const name of JSON_ANNOTATIONS) {
    if (!Object.hasOwn(annotations, name)) continue;
    const value = annotations[name];
    const reason = structuredValueError(name, value);
    if (reason) problems.push({ annotation: name, value, message: `annotation ${name}: ${reason}` });
  }
  return problems;
}

// src/model/label-selector.ts
var NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function keyError(key) {
  const parts = key.split("/");
  if (parts.length > 2) return `invalid label key ${JSON.stringify(key)}`;
  const name = parts[parts.length - 1];
  if (name.length === 0 || name.length > 63 || !NAME.test(name)) return `invalid label key ${JSON.stringify(key)}`;
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix.length === 0 || prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)) {
      return `invalid label key ${JSON.stringify(key)}`;
    }
  }
  return void 0;
}
function valueError(value) {
  if (value === "") return void 0;
  if (value.length > 63 || !NAME.test(value)) return `invalid label value ${JSON.stringify(value)}`;
  return void 0;
}
function compileRequirement(r) {
  const values = Array.isArray(r.values) ? r.values.map(String) : [];
  const err = keyError(String(r.key ?? ""));
  if (err) return err;
  switch (r.operator) {
    case "In":
    case "NotIn":
      if (values.length === 0) return `values must be non-empty for operator ${r.operator}`;
      break;
    case "Exists":
    case "DoesNotExist":
      if (values.length > 0) return `values must be empty for operator ${r.operator}`;
      break;
    default:
      return `${JSON.stringify(r.operator)} is not a valid label selector operator`;
  }
  for (const v of values) {
    const e = valueError(v);
    if (e) return e;
  }
  return { key: r.key, op: r.operator, values };
}
function compileSelector(selector) {
  const reqs = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    const r = compileRequirement({ key, operator: "In", values: [String(value)] });
    if (typeof r === "string") return { requirements: null, error: r };
    reqs.push(r);
  }
  for (const expr of selector.matchExpressions ?? []) {
    const r = compileRequirement(expr);
    if (typeof r === "string") return { requirements: null, error: r };
    reqs.push(r);
  }
  return { requirements: reqs.length === 0 ? null : reqs };
}
function selectorMatches(selector, labels) {
  if (selector.requirements === null) return false;
  return selector.requirements.every((r) => {
    const has = Object.hasOwn(labels, r.key);
    switch (r.op) {
      case "In":
        return has && r.values.includes(labels[r.key]);
      case "NotIn":
        return !has || !r.values.includes(labels[r.key]);
      case "Exists":
        return has;
      case "DoesNotExist":
        return !has;
    }
  });
}

// src/istio/policy.ts
var IGNORED_NAMESPACES = /* @__PURE__ */ new Set([
  "kube-system",
  "kube-public",
  "kube-node-lease",
  "local-path-storage"
]);
function compilePolicy(policy, never, always) {
  const warnings = [];
  const compile = (list3, what) => list3.map((s, i) => {
    const c = compileSelector(s);
    if (c.error) warnings.push(`invalid ${what}[${i}], ignored: ${c.error}`);
    return c;
  });
  return {
    compiled: { policy, never: compile(never, "neverInjectSelector"), always: compile(always, "alwaysInjectSelector") },
    warnings
  };
}
function skipReason(p, pod) {
  if (pod.hostNetwork) return "host networking";
  if (IGNORED_NAMESPACES.has(pod.namespace)) return `${describeObject("Namespace", void 0, pod.namespace)} is excluded`;
  const fromLabel = Object.hasOwn(pod.labels, INJECT_KEY);
  const selector = fromLabel ? pod.labels[INJECT_KEY] : pod.annotations[INJECT_KEY] ?? "";
  let useDefault = selector !== "true" && selector !== "false";
  let inject = selector === "true";
  let why = `${INJECT_KEY} is ${JSON.stringify(selector)}`;
  if (useDefault && p.never.some((s) => selectorMatches(s, pod.labels))) {
    useDefault = false;
    inject = false;
    why = "pod labels match a neverInjectSelector";
  }
  if (useDefault && p.always.some((s) => selectorMatches(s, pod.labels))) {
    useDefault = false;
    inject = true;
  }
  switch (p.policy) {
    case "enabled":
      return useDefault || inject ? void 0 : why;
    case "disabled":
      if (useDefault) return "injection policy is disabled";
      return inject ? void 0 : why;
    default:
      return `invalid injection policy ${JSON.stringify(p.policy)}`;
  }
}

// src/inject/deploy-meta.ts
var CRONJOB_NAME = /^(.+)-\d{8,10}$/;
function deployMetaFromPod(meta) {
  const out = { name: str(meta.name), namespace: str(meta.namespace), kind: "Pod", apiVersion: "v1" };
  if (str(meta.generateName) !== "") {
    const refs = Array.isArray(meta.ownerReferences) ? meta.ownerReferences.filter(isMap) : [];
    const ref = refs.find((r) => r.controller === true);
    if (ref) {
      const labels = stringMap(meta.labels);
      const refName = str(ref.name);
      out.apiVersion = str(ref.apiVersion);
      out.kind = str(ref.kind);
      out.name = refName;
      const hash = labels["pod-template-hash"] ?? "";
      const rolloutHash = labels["rollouts-pod-template-hash"] ?? "";
      if (out.kind === "ReplicaSet" && hash !== "" && refName.endsWith(hash)) {
        out.name = trimSuffix(refName, "-" + hash);
        out.kind = "Deployment";
      } else if (out.kind === "ReplicaSet" && rolloutHash !== "" && refName.endsWith(rolloutHash)) {
        out.name = trimSuffix(refName, "-" + rolloutHash);
        out.kind = "Rollout";
        out.apiVersion = "v1alpha1";
      } else if (out.kind === "ReplicationController" && (labels.deploymentconfig ?? "") !== "") {
        out.name = labels.deploymentconfig;
        out.kind = "DeploymentConfig";
      } else if (out.kind === "Job") {
        const m3 = CRONJOB_NAME.exec(refName);
        if (m3) {
          out.name = m3[1];
          out.kind = "CronJob";
          out.apiVersion = "batch/v1";
        }
      }
    }
  }
  if (out.name === "") out.name = str(meta.name);
  return out;
}
function trimSuffix(s, suffix) {
  return s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

// src/inject/go/field-order.ts
var SIBLING_LISTS = {
  PodSpec: { containers: "initContainers", initContainers: "containers" }
};
var STRUCTS = /* @__PURE__ */ new Map();
function structInfo(name) {
  let info = STRUCTS.get(name);
  if (info === void 0) {
    const fields = GO_STRUCTS.get(name);
    if (fields === void 0) return void 0;
    const siblings = SIBLING_LISTS[name];
    info = {
      name,
      fields: new Map(fields.map((f) => [f.name, { typeName: structOf(f.type), mergeKey: f.mergeKey }])),
      rank: new Map(fields.map((f, i) => [f.name, i])),
      ...siblings ? { siblings } : {}
    };
    STRUCTS.set(name, info);
  }
  return info;
}
var NO_FIELD = { typeName: void 0, mergeKey: void 0 };
function put(out, k, v) {
  if (k === "__proto__") Object.defineProperty(out, k, { value: v, writable: true, enumerable: true, configurable: true });
  else out[k] = v;
}
function orderLikeGo(original, result, typeName = "PodTemplateSpec") {
  const type = structInfo(typeName);
  if (!type) throw new Error(`orderLikeGo: no field order for the type ${typeName}`);
  return orderValue(original, result, type, void 0, void 0);
}
function orderValue(o, r, type, mergeKey, alt) {
  if (o === r || r === null || typeof r !== "object") return r;
  if (o === void 0 && alt === void 0 && isFrozenObject(r)) {
    const variant = mergeKey === void 0 ? type : `${type?.name ?? ""}\0${mergeKey}`;
    return ordered.get(r, variant) ?? ordered.set(r, variant, deepFreeze(orderFresh(o, r, type, mergeKey, alt)));
  }
  return orderFresh(o, r, type, mergeKey, alt);
}
var ordered = new FrozenMemo();
function orderFresh(o, r, type, mergeKey, alt) {
  if (Array.isArray(r)) return orderList(o, r, type, mergeKey, alt);
  const orig = isMap(o) ? o : void 0;
  return type ? orderStruct(orig, r, type) : orderFree(orig, r);
}
function orderStruct(o, r, type) {
  const rKeys = Object.keys(r);
  let keys = rKeys;
  if (o) {
    keys = [];
    for (const k in o) if (Object.hasOwn(o, k) && Object.hasOwn(r, k)) keys.push(k);
    const kept = keys.length;
    if (kept < rKeys.length) {
      for (const k of rKeys) if (!Object.hasOwn(o, k)) keys.push(k);
      sortByRank(keys, kept, type.rank);
    }
  } else {
    sortByRank(keys = rKeys.slice(), 0, type.rank);
  }
  let changed = false;
  const values = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const rv = r[k];
    let v = rv;
    if (rv !== null && typeof rv === "object") {
      const f = type.fields.get(k) ?? NO_FIELD;
      const sibling = o && type.siblings?.[k];
      v = orderValue(o?.[k], rv, f.typeName === void 0 ? null : structInfo(f.typeName), f.mergeKey, sibling ? o[sibling] : void 0);
    }
    values[i] = v;
    if (v !== rv || rKeys[i] !== k) changed = true;
  }
  return changed ? build2(keys, values) : r;
}
function sortByRank(keys, from, rank) {
  const last = rank.size;
  for (let i = from + 1; i < keys.length; i++) {
    const k = keys[i];
    const rk = rank.get(k) ?? last;
    let j = i - 1;
    while (j >= from && (rank.get(keys[j]) ?? last) > rk) {
      keys[j + 1] = keys[j];
      j--;
    }
    keys[j + 1] = k;
  }
}
function build2(keys, values) {
  const out = {};
  for (let i = 0; i < keys.length; i++) put(out, keys[i], values[i]);
  return out;
}
function orderFree(o, r) {
  const rKeys = Object.keys(r);
  let keys = rKeys;
  if (o) {
    keys = [];
    for (const k in o) if (Object.hasOwn(o, k) && Object.hasOwn(r, k)) keys.push(k);
    if (keys.length < rKeys.length) {
      for (const k of rKeys) if (!Object.hasOwn(o, k)) keys.push(k);
    }
  }
  let changed = false;
  const values = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const rv = r[k];
    const v = rv !== null && typeof rv === "object" ? orderValue(o?.[k], rv, null, void 0, void 0) : rv;
    values[i] = v;
    if (v !== rv || rKeys[i] !== k) changed = true;
  }
  return changed ? build2(keys, values) : r;
}
function isKey(v) {
  return typeof v === "string" || typeof v === "number";
}
function orderList(o, r, type, mergeKey, alt) {
  const orig = Array.isArray(o) ? o : void 0;
  const others = Array.isArray(alt) ? alt : void 0;
  let byKey;
  const lookup = (key) => {
    if (!byKey) {
      byKey = /* @__PURE__ */ new Map();
      for (const list3 of [others, orig]) {
        for (let j = (list3?.length ?? 0) - 1; j >= 0; j--) {
          const e = list3[j];
          if (isMap(e) && isKey(e[mergeKey])) byKey.set(e[mergeKey], e);
        }
      }
    }
    return byKey.get(key);
  };
  let out;
  for (let i = 0; i < r.length; i++) {
    const e = r[i];
    let match;
    if (orig || others) {
      const key = mergeKey !== void 0 && isMap(e) ? e[mergeKey] : void 0;
      if (isKey(key)) {
        const same = orig?.[i];
        match = isMap(same) && same[mergeKey] === key ? same : lookup(key);
      } else {
        match = orig?.[i];
      }
    }
    const v = orderValue(match, e, type, void 0, void 0);
    if (v !== e) (out ??= r.slice())[i] = v;
  }
  return out ?? r;
}

// src/inject/mesh-config.ts
var ENUMS = {
  interceptionMode: ["REDIRECT", "TPROXY", "NONE"],
  controlPlaneAuthPolicy: ["NONE", "MUTUAL_TLS"],
  tracingServiceName: ["APP_LABEL_AND_NAMESPACE", "CANONICAL_NAME_ONLY", "CANONICAL_NAME_AND_NAMESPACE"]
};
var INTEGERS = /* @__PURE__ */ new Set(["statusPort", "proxyAdminPort", "statNameLength", "concurrency", "fileFlushMinSizeKb"]);
var CLUSTER_NAME_ONEOF = ["serviceCluster", "tracingServiceName"];
function camel(key) {
  return key.includes("_") ? key.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()) : key;
}
function normaliseProxyField(key, value) {
  if (key === "controlPlaneAuthPolicy" && value === 1e3) return "INHERIT";
  const names2 = Object.hasOwn(ENUMS, key) ? ENUMS[key] : void 0;
  if (names2 && typeof value === "number") return names2[value] ?? value;
  if (INTEGERS.has(key) && typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value);
  return value;
}
function mergeProxyConfig(base, overlay) {
  const out = { ...base };
  if (!isMap(overlay)) return out;
  for (const [rawKey, rawValue] of Object.entries(overlay)) {
    if (rawValue === null || rawValue === void 0) continue;
    const key = camel(rawKey);
    const value = normaliseProxyField(key, rawValue);
    if (key === "proxyMetadata" && isMap(value)) {
      out.proxyMetadata = { ...isMap(base.proxyMetadata) ? base.proxyMetadata : {}, ...value };
      continue;
    }
    if (key === "proxyHeaders" && isMap(value) && isMap(base.proxyHeaders)) {
      out.proxyHeaders = mergeProxyHeaders(base.proxyHeaders, value);
      continue;
    }
    if (CLUSTER_NAME_ONEOF.includes(key)) for (const k of CLUSTER_NAME_ONEOF) delete out[k];
    setOwn(out, key, value);
  }
  return out;
}
function mergeProxyHeaders(base, overlay) {
  const out = { ...overlay };
  for (const k of ["forwardedClientCert", "requestId", "attemptCount", "server", "envoyDebugHeaders"]) {
    const v = out[k];
    const empty2 = v === void 0 || v === null || v === "" || isMap(v) && Object.keys(v).length === 0;
    if (empty2 && base[k] !== void 0) out[k] = base[k];
  }
  return out;
}
function applyMeshDefaults(mesh) {
  const given = isMap(mesh) ? mesh : {};
  const out = { ...MESH_DEFAULTS };
  for (const [rawKey, value] of Object.entries(given)) {
    if (value === null || value === void 0) continue;
    setOwn(out, camel(rawKey), value);
  }
  const pc = given.defaultConfig ?? given.default_config;
  out.defaultConfig = mergeProxyConfig(DEFAULT_PROXY_CONFIG, pc);
  out.defaultProviders = { ...isMap(out.defaultProviders) ? out.defaultProviders : {} };
  out.extensionProviders = mergeProviders(given.extensionProviders ?? given.extension_providers);
  const aliases = Array.isArray(out.trustDomainAliases) ? out.trustDomainAliases.map(String) : [];
  if (aliases.length > 0) out.trustDomainAliases = [...new Set(aliases)].sort();
  return out;
}
function mergeProviders(given) {
  const out = DEFAULT_EXTENSION_PROVIDERS.map((p) => ({ ...p }));
  if (!Array.isArray(given)) return out;
  for (const p of given) {
    if (!isMap(p)) continue;
    const i = out.findIndex((e) => e.name === p.name);
    if (i >= 0) out[i] = { ...p };
    else out.push({ ...p });
  }
  return out;
}
function statusPortOf(pc) {
  const p = pc.statusPort;
  return typeof p === "number" ? p : typeof p === "string" && /^\d+$/.test(p) ? Number(p) : 0;
}

// src/inject/probes/convert.ts
function httpGetJson(a2) {
  const out = {};
  if (a2.path) out.path = a2.path;
  out.port = a2.port ?? 0;
  if (a2.host) out.host = a2.host;
  if (a2.scheme) out.scheme = a2.scheme;
  if (Array.isArray(a2.httpHeaders) && a2.httpHeaders.length > 0) {
    out.httpHeaders = a2.httpHeaders.map((h) => ({ name: asMap(h).name ?? "", value: asMap(h).value ?? "" }));
  }
  return out;
}
function tcpSocketJson(a2) {
  const out = { port: a2.port ?? 0 };
  if (a2.host) out.host = a2.host;
  return out;
}
function grpcJson(a2) {
  return { port: a2.port ?? 0, service: a2.service ?? null };
}
function proberOf(handler, lifecycle, portMap, targetPort) {
  if (!isMap(handler)) return void 0;
  let p;
  if (isMap(handler.httpGet)) p = { httpGet: httpGetJson(handler.httpGet) };
  else if (isMap(handler.tcpSocket)) p = { tcpSocket: tcpSocketJson(handler.tcpSocket) };
  else if (!lifecycle && isMap(handler.grpc)) p = { grpc: grpcJson(handler.grpc) };
  else return void 0;
  if (!lifecycle && typeof handler.timeoutSeconds === "number" && handler.timeoutSeconds !== 0) {
    p.timeoutSeconds = handler.timeoutSeconds;
  }
  if (p.grpc) return p;
  const action2 = p.httpGet ?? p.tcpSocket;
  if (typeof action2.port === "string") {
    const resolved = portMap.get(action2.port);
    if (resolved === void 0) return void 0;
    action2.port = resolved;
  } else if (action2.port === targetPort) {
    return void 0;
  }
  return p;
}
function rewriteHandler(handler, url, statusPort, allowGrpc) {
  if (!isMap(handler)) return void 0;
  const copy = { ...handler };
  if (isMap(copy.httpGet)) {
    const a2 = { ...copy.httpGet };
    copy.httpGet = a2;
    a2.port = statusPort;
    a2.path = url;
    if (a2.scheme === "HTTPS") a2.scheme = "HTTP";
    return copy;
  }
  if (isMap(copy.tcpSocket)) {
    copy.httpGet = { path: url, port: statusPort };
    delete copy.tcpSocket;
    return copy;
  }
  if (allowGrpc && isMap(copy.grpc)) {
    copy.httpGet = { path: url, port: statusPort };
    delete copy.grpc;
    return copy;
  }
  return void 0;
}

// src/inject/probes/rewrite-copy.ts
function copyContainer(c) {
  if (!isMap(c)) return c;
  const out = { ...c };
  if (isMap(c.lifecycle)) out.lifecycle = { ...c.lifecycle };
  if (Array.isArray(c.env)) out.env = [...c.env];
  return out;
}
function copyForProbeRewrite(spec) {
  const out = { ...spec };
  if (Array.isArray(spec.containers)) out.containers = spec.containers.map(copyContainer);
  if (Array.isArray(spec.initContainers)) out.initContainers = spec.initContainers.map(copyContainer);
  return out;
}

// src/inject/probes/app-probers.ts
function shouldRewriteAppProbers(annotations, specSetting = true) {
  const v = annotations?.[REWRITE_PROBERS_ANNOTATION];
  const parsed = v === void 0 ? null : goParseBool(v);
  return parsed ?? specSetting;
}
function probeStatusPort(annotations, meshStatusPort = DEFAULT_STATUS_PORT) {
  const v = annotations?.[STATUS_PORT_ANNOTATION];
  if (v === void 0) return meshStatusPort;
  return /^[+-]?[0-9]+$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : 0;
}
function dumpAppProbers(spec, targetPort = DEFAULT_STATUS_PORT) {
  const out = {};
  for (const c of [...containersOf(spec.initContainers), ...containersOf(spec.containers)]) {
    if (c.name === PROXY_CONTAINER || !hasHandler(c)) continue;
    const lifecycle = isMap(c.lifecycle) ? c.lifecycle : {};
    const urls = proberUrls(String(c.name ?? ""));
    const ports = /* @__PURE__ */ new Map();
    for (const p of Array.isArray(c.ports) ? c.ports : []) {
      if (isMap(p) && typeof p.name === "string" && p.name !== "") ports.set(p.name, Number(p.containerPort ?? 0));
    }
    const found = [
      [urls.readyz, proberOf(c.readinessProbe, false, ports, targetPort)],
      [urls.livez, proberOf(c.livenessProbe, false, ports, targetPort)],
      [urls.startupz, proberOf(c.startupProbe, false, ports, targetPort)],
      [urls.prestopz, proberOf(lifecycle.preStop, true, ports, targetPort)],
      [urls.poststartz, proberOf(lifecycle.postStart, true, ports, targetPort)]
    ];
    for (const [url, p] of found) if (p) out[url] = p;
  }
  return Object.keys(out).length ? sortKeys(out) : null;
}
function mergeAppProbers(existing, fresh) {
  if (jsonDepthError(existing)) return null;
  let old;
  try {
    old = JSON.parse(existing);
  } catch {
    return null;
  }
  if (old === null) return fresh;
  if (!isMap(old) || !Object.values(old).every((p) => p === null || isMap(p))) return null;
  return sortKeys({ ...fresh, ...old });
}
function computeAppProbers(spec, options = {}) {
  const proxy = findProxy(spec);
  if (!proxy || !shouldRewriteAppProbers(options.annotations, options.rewriteAppHTTPProbe ?? true)) return null;
  const fresh = dumpAppProbers(spec, options.meshStatusPort ?? DEFAULT_STATUS_PORT);
  if (!fresh) return null;
  const existing = reinjected(options) ? envOf(proxy).find((e) => e.name === PROXY_ENV.appProbers) : void 0;
  if (!existing) return fresh;
  return mergeAppProbers(typeof existing.value === "string" ? existing.value : "", fresh);
}
function rewriteAppProbes(spec, statusPort, options = {}, copy = structuredClone) {
  const out = copy(spec);
  if (!findProxy(out) || !shouldRewriteAppProbers(options.annotations, options.rewriteAppHTTPProbe ?? true)) return out;
  for (const c of [...containersOf(out.containers), ...containersOf(out.initContainers)]) {
    if (c.name === PROXY_CONTAINER || !hasHandler(c)) continue;
    const urls = proberUrls(String(c.name ?? ""));
    replace(c, "readinessProbe", rewriteHandler(c.readinessProbe, urls.readyz, statusPort, true));
    replace(c, "livenessProbe", rewriteHandler(c.livenessProbe, urls.livez, statusPort, true));
    replace(c, "startupProbe", rewriteHandler(c.startupProbe, urls.startupz, statusPort, true));
    if (isMap(c.lifecycle)) {
      replace(c.lifecycle, "preStop", rewriteHandler(c.lifecycle.preStop, urls.prestopz, statusPort, false));
      replace(c.lifecycle, "postStart", rewriteHandler(c.lifecycle.postStart, urls.poststartz, statusPort, false));
    }
  }
  return out;
}
function applyAppProbeRewrite(spec, options = {}) {
  const probers = computeAppProbers(spec, options);
  const out = rewriteAppProbes(spec, probeStatusPort(options.annotations, options.meshStatusPort), options, copyForProbeRewrite);
  if (!probers) return out;
  const proxy = findProxy(out);
  const env = envOf(proxy);
  const value = appProbersJson(probers);
  const at = reinjected(options) ? env.findIndex((e) => e.name === PROXY_ENV.appProbers) : -1;
  if (at >= 0) env[at] = { name: PROXY_ENV.appProbers, value };
  else env.push({ name: PROXY_ENV.appProbers, value });
  proxy.env = env;
  return out;
}
function appProbersJson(probers) {
  return JSON.stringify(sortKeys(probers)).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function findProxy(spec) {
  return findContainer(PROXY_CONTAINER, containersOf(spec.containers)) ?? findContainer(PROXY_CONTAINER, containersOf(spec.initContainers));
}
function envOf(c) {
  return Array.isArray(c.env) ? c.env : [];
}
function reinjected(options) {
  return options.annotations !== void 0 && Object.hasOwn(options.annotations, STATUS_ANNOTATION);
}
function hasHandler(c) {
  const lifecycle = isMap(c.lifecycle) ? c.lifecycle : {};
  return isMap(c.readinessProbe) || isMap(c.livenessProbe) || isMap(c.startupProbe) || isMap(lifecycle.preStop) || isMap(lifecycle.postStart);
}
function replace(target, key, value) {
  if (value !== void 0) target[key] = value;
}
function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a2], [b]) => a2 < b ? -1 : a2 > b ? 1 : 0));
}

// src/inject/reorder.ts
function reorderPod(spec, holdApplication) {
  if (Array.isArray(spec.containers)) {
    spec.containers = moveContainer(containersOf(spec.containers), PROXY_CONTAINER, holdApplication ? "first" : "last");
  }
  if (!Array.isArray(spec.initContainers)) return;
  let inits = containersOf(spec.initContainers);
  if (findContainer(PROXY_CONTAINER, inits)) {
    inits = moveContainer(inits, CORE_DUMP_CONTAINER, "first");
    inits = moveContainer(inits, PROXY_CONTAINER, "first");
    inits = moveContainer(inits, VALIDATION_CONTAINER, "first");
    inits = moveContainer(inits, INIT_CONTAINER, "first");
  } else {
    inits = moveContainer(inits, VALIDATION_CONTAINER, "first");
    inits = moveContainer(inits, INIT_CONTAINER, "last");
    inits = moveContainer(inits, CORE_DUMP_CONTAINER, "last");
  }
  spec.initContainers = inits;
}

// src/inject/post-process.ts
function envOf2(c) {
  return Array.isArray(c.env) ? c.env.filter(isMap) : [];
}
function postProcess(pod, templateSpec, ctx) {
  let annotations = { ...pod.metadata.annotations ?? {} };
  const labels = { ...pod.metadata.labels ?? {} };
  const envNames = Object.keys(ctx.proxyEnvs).sort();
  const proxy = findSidecar(pod.spec);
  if (proxy && envNames.length > 0) {
    proxy.env = [
      ...envOf2(proxy).filter((e) => !Object.hasOwn(ctx.proxyEnvs, String(e.name))),
      ...envNames.map((name) => ({ name, value: ctx.proxyEnvs[name] }))
    ];
  }
  const merged = prometheusMerge(annotations, ctx.enablePrometheusMerge, ctx.statusPort);
  if (merged) {
    annotations = merged.annotations;
    if (proxy && merged.env !== void 0) proxy.env = [...envOf2(proxy), { name: PROXY_ENV.prometheusAnnotations, value: merged.env }];
  }
  const secure = proxy ? securePortAnnotation(annotations, proxy.env) : void 0;
  if (secure !== void 0) annotations[SECURE_PORT_ANNOTATION] = secure;
  if (proxy) {
    pod.spec = applyAppProbeRewrite(pod.spec, {
      annotations,
      rewriteAppHTTPProbe: ctx.rewriteAppHTTPProbe,
      meshStatusPort: ctx.statusPort
    });
  }
  const network = ctx.proxyEnvs[PROXY_ENV.network];
  if (network !== void 0) labels[NETWORK_LABEL] = network;
  annotations[STATUS_ANNOTATION] = statusFor(templateSpec, ctx.revision);
  Object.assign(annotations, ctx.injectedAnnotations);
  reorderPod(pod.spec, ctx.holdApplication);
  pod.metadata = { ...pod.metadata, annotations, labels };
}

// src/inject/image.ts
var KNOWN_IMAGE_TYPES = ["distroless", "debug"];
function goSprintV(v) {
  if (v === null || v === void 0) return "<nil>";
  if (typeof v === "number") return goFloat(v);
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "true" : "false";
  return JSON.stringify(v);
}
function goFloat(n) {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "NaN" : n > 0 ? "+Inf" : "-Inf";
  if (n === 0) return Object.is(n, -0) ? "-0" : "0";
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= 6) {
    const [m3, e] = n.toExponential().split("e");
    const sign = e.startsWith("-") ? "-" : "+";
    const digits = e.replace(/^[+-]/, "").padStart(2, "0");
    return `${m3}e${sign}${digits}`;
  }
  return String(n);
}
function updateImageType(tag, imageType) {
  if (imageType === "") return tag;
  for (const t of KNOWN_IMAGE_TYPES) {
    if (tag.endsWith("-" + t)) {
      tag = tag.slice(0, tag.length - t.length - 1);
      break;
    }
  }
  return imageType === "default" ? tag : `${tag}-${imageType}`;
}
function proxyImage(values, proxyConfig, annotations) {
  const global = asMap(values.global);
  const proxy = asMap(global.proxy);
  const name = str(proxy.image) || "proxyv2";
  const tag = global.tag === void 0 || global.tag === null ? "" : goSprintV(global.tag);
  let imageType = str(asMap(proxyConfig.image).imageType);
  if (imageType === "") imageType = str(global.variant);
  if (Object.hasOwn(annotations, PROXY_IMAGE_TYPE_ANNOTATION)) imageType = annotations[PROXY_IMAGE_TYPE_ANNOTATION];
  return `${str(global.hub)}/${name}:${updateImageType(tag, imageType)}`;
}
function proxyInitImage(values, annotations) {
  const global = asMap(values.global);
  const name = str(asMap(global.proxy_init).image) || "proxyv2";
  const tag = global.tag === void 0 || global.tag === null ? "" : goSprintV(global.tag);
  let imageType = str(global.variant);
  if (Object.hasOwn(annotations, PROXY_IMAGE_TYPE_ANNOTATION)) imageType = annotations[PROXY_IMAGE_TYPE_ANNOTATION];
  return `${str(global.hub)}/${name}:${updateImageType(tag, imageType)}`;
}

// src/gotemplate/errors.ts
var TemplateError = class extends KubeInjectError {
  phase;
  /** Name given to `parseTemplate` (the source of the text). */
  templateName;
  /** Name of the (possibly `define`d) template that was executing, for exec errors. */
  executing;
  templateLine;
  templateColumn;
  /** The bare message without location prefix. */
  detail;
  constructor(phase, templateName, line, column, detail, executing, context, options) {
    const where = `template: ${templateName}:${line}:${column}: `;
    const msg = phase === "exec" ? `${where}executing "${executing ?? templateName}"${context !== void 0 ? ` at <${context}>` : ""}: ${detail}` : where + detail;
    super("template", msg, {}, options);
    this.name = "TemplateError";
    this.phase = phase;
    this.templateName = templateName;
    this.executing = executing;
    this.templateLine = line;
    this.templateColumn = column;
    this.detail = detail;
  }
};
var ExecFailure = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ExecFailure";
  }
};
function lineCol(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// src/gotemplate/fields.ts
var hasOwn = Object.prototype.hasOwnProperty;
function isMap2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var jsonNameCache = /* @__PURE__ */ new Map();
function goFieldToJsonName(name) {
  let j = jsonNameCache.get(name);
  if (j !== void 0) return j;
  let n = 0;
  while (n < name.length && name[n] >= "A" && name[n] <= "Z") n++;
  if (n === 0) j = name;
  else if (n === name.length) j = name.toLowerCase();
  else if (n === 1) j = name[0].toLowerCase() + name.slice(1);
  else {
    const next = name[n];
    const keep = next >= "a" && next <= "z" ? n - 1 : n;
    j = name.slice(0, keep).toLowerCase() + name.slice(keep);
  }
  if (jsonNameCache.size < 1e4) jsonNameCache.set(name, j);
  return j;
}
var goJsonFieldResolver = (receiver, name) => {
  if (isMap2(receiver)) {
    const j = goFieldToJsonName(name);
    if (hasOwn.call(receiver, j)) return receiver[j];
    const simple = name[0].toLowerCase() + name.slice(1);
    if (simple !== j && hasOwn.call(receiver, simple)) return receiver[simple];
    if (name.length > 3 && name.startsWith("Get") && name[3] >= "A" && name[3] <= "Z") {
      const f = goJsonFieldResolver(receiver, name.slice(3));
      return f === void 0 ? null : f;
    }
    return void 0;
  }
  if (receiver === null || receiver === void 0) {
    return name.startsWith("Get") ? null : void 0;
  }
  if (name === "GetValue" && typeof receiver !== "object") return receiver;
  if (name === "String" && typeof receiver === "string") return receiver;
  return void 0;
};

// src/gotemplate/format.ts
function goTypeName(v) {
  switch (typeof v) {
    case "string":
      return "string";
    case "number":
      return "float64";
    case "bigint":
      return "int";
    case "boolean":
      return "bool";
    case "function":
      return "func";
    case "undefined":
      return "<nil>";
  }
  if (v === null) return "<nil>";
  return Array.isArray(v) ? "[]interface {}" : "map[string]interface {}";
}
function formatFloat(f, fmt, prec = -1) {
  if (prec < 0 && fmt !== "e" && Number.isInteger(f) && f < 1e6 && f > -1e6 && !Object.is(f, -0)) return String(f);
  if (Number.isNaN(f)) return "NaN";
  if (f === Infinity) return "+Inf";
  if (f === -Infinity) return "-Inf";
  const neg = f < 0 || Object.is(f, -0);
  const a2 = Math.abs(f);
  let digits;
  let dp;
  if (a2 === 0) {
    digits = "0";
    dp = 1;
  } else if (prec < 0) {
    const s = a2.toExponential();
    const eIdx = s.indexOf("e");
    digits = s.slice(0, eIdx).replace(".", "");
    dp = Number(s.slice(eIdx + 1)) + 1;
  } else {
    const s = a2.toExponential(100);
    const eIdx = s.indexOf("e");
    const all = s.slice(0, eIdx).replace(".", "");
    dp = Number(s.slice(eIdx + 1)) + 1;
    const keep = fmt === "e" ? prec + 1 : fmt === "g" ? Math.max(prec, 1) : dp + prec;
    [digits, dp] = roundDigits(all, dp, keep);
  }
  let out;
  if (fmt === "f") {
    out = fmtF(digits, dp, prec < 0 ? Math.max(digits.length - dp, 0) : prec);
  } else if (fmt === "e") {
    out = fmtE(digits, dp, prec < 0 ? digits.length - 1 : prec);
  } else {
    let eprec = prec < 0 ? 6 : prec === 0 ? 1 : prec;
    if (prec >= 0) {
      digits = digits.replace(/0+$/, "") || "0";
      if (eprec > digits.length && digits.length >= dp) eprec = digits.length;
    }
    const exp = dp - 1;
    if (a2 !== 0 && (exp < -4 || exp >= eprec)) out = fmtE(digits, dp, digits.length - 1);
    else out = fmtF(digits, dp, Math.max(digits.length - dp, 0));
  }
  return neg ? "-" + out : out;
}
function roundDigits(all, dp, keep) {
  if (keep < 0) return ["0", dp];
  if (keep >= all.length) return [all, dp];
  const next = all.charCodeAt(keep) - 48;
  const rest = all.slice(keep + 1);
  const prevOdd = keep > 0 && (all.charCodeAt(keep - 1) - 48) % 2 === 1;
  const up = next > 5 || next === 5 && (/[1-9]/.test(rest) || prevOdd);
  let d = all.slice(0, keep);
  if (!up) return [d.length === 0 ? "0" : d, dp];
  let i = d.length - 1;
  while (i >= 0 && d[i] === "9") i--;
  if (i < 0) return ["1" + "0".repeat(d.length), dp + 1];
  d = d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1) + "0".repeat(d.length - i - 1);
  return [d, dp];
}
function fmtE(digits, dp, prec) {
  let s = digits[0];
  if (prec > 0) s += "." + digits.slice(1, 1 + prec).padEnd(prec, "0");
  const exp = digits === "0" ? 0 : dp - 1;
  const ae = Math.abs(exp);
  return s + "e" + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
}
function fmtF(digits, dp, prec) {
  let s = dp > 0 ? dp >= digits.length ? digits + "0".repeat(dp - digits.length) : digits.slice(0, dp) : "0";
  if (prec > 0) {
    s += ".";
    for (let i = 0; i < prec; i++) {
      const j = dp + i;
      s += j >= 0 && j < digits.length ? digits[j] : "0";
    }
  }
  return s;
}
var nonPrint;
var PLAIN_IN_DOUBLE = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
var PLAIN_IN_SINGLE = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;
function quoteGo(s, q = '"') {
  if ((q === '"' ? PLAIN_IN_DOUBLE : q === "'" ? PLAIN_IN_SINGLE : void 0)?.test(s)) return q + s + q;
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (c >= 32 && c < 127) out += ch;
    else if (c >= 128 && !(nonPrint ??= /[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/u).test(ch)) out += ch;
    else if (c === 7) out += "\\a";
    else if (c === 8) out += "\\b";
    else if (c === 12) out += "\\f";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c === 11) out += "\\v";
    else if (c < 32 || c === 127) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 55296 && c <= 57343) out += "\\ufffd";
    else if (c < 65536) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out + q;
}
function sortedKeys(o) {
  return Object.keys(o).sort(compareStrings);
}
function compareStrings(a2, b) {
  if (a2 === b) return 0;
  const n = Math.min(a2.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a2.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 55296 && x <= 57343 ? x + 65536 : x;
      const ys = y >= 55296 && y <= 57343 ? y + 65536 : y;
      return xs < ys ? -1 : 1;
    }
  }
  return a2.length - b.length;
}
function formatValue(v) {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return formatFloat(v, "g");
    case "bigint":
    case "boolean":
      return String(v);
    case "undefined":
      return "<nil>";
    case "function":
      return "0x0";
  }
  if (v === null) return "<nil>";
  if (Array.isArray(v)) {
    let s2 = "[";
    for (let i = 0; i < v.length; i++) s2 += (i > 0 ? " " : "") + formatValue(v[i]);
    return s2 + "]";
  }
  const o = v;
  let s = "map[";
  let first = true;
  for (const k of sortedKeys(o)) {
    s += (first ? "" : " ") + k + ":" + formatValue(o[k]);
    first = false;
  }
  return s + "]";
}
function sprint(args) {
  let s = "";
  for (let i = 0; i < args.length; i++) {
    const a2 = args[i];
    if (i > 0 && typeof a2 !== "string" && typeof args[i - 1] !== "string") s += " ";
    s += formatValue(a2);
  }
  return s;
}
function sprintln(args) {
  return args.map(formatValue).join(" ") + "\n";
}

// src/gotemplate/printf.ts
var cache = /* @__PURE__ */ new Map();
function parseFormat(format) {
  const hit = cache.get(format);
  if (hit !== void 0) return hit;
  const pieces = [];
  let lit = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== "%") {
      lit += c;
      continue;
    }
    const spec = { minus: false, plus: false, sharp: false, space: false, zero: false, width: -1, prec: -1, verb: "" };
    i++;
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === "-") spec.minus = true;
      else if (f === "+") spec.plus = true;
      else if (f === "#") spec.sharp = true;
      else if (f === " ") spec.space = true;
      else if (f === "0") spec.zero = true;
      else break;
    }
    let w = "";
    while (i < format.length && format[i] >= "0" && format[i] <= "9") w += format[i++];
    if (w !== "") spec.width = Number(w);
    if (format[i] === ".") {
      i++;
      let p = "";
      while (i < format.length && format[i] >= "0" && format[i] <= "9") p += format[i++];
      spec.prec = p === "" ? 0 : Number(p);
    }
    if (i >= format.length) {
      lit += "%!(NOVERB)";
      break;
    }
    spec.verb = format[i];
    if (spec.verb === "%") {
      lit += "%";
      continue;
    }
    if (lit !== "") pieces.push(lit);
    lit = "";
    pieces.push(spec);
  }
  if (lit !== "") pieces.push(lit);
  if (cache.size < 1e3) cache.set(format, pieces);
  return pieces;
}
function sprintf(format, args) {
  let out = "";
  let argi = 0;
  for (const p of parseFormat(format)) {
    if (typeof p === "string") {
      out += p;
      continue;
    }
    if (argi >= args.length) {
      out += `%!${p.verb}(MISSING)`;
      continue;
    }
    out += formatArg(p, args[argi++]);
  }
  if (argi < args.length) {
    out += "%!(EXTRA ";
    out += args.slice(argi).map((a2) => a2 === null || a2 === void 0 ? "<nil>" : `${goTypeName(a2)}=${formatValue(a2)}`).join(", ");
    out += ")";
  }
  return out;
}
function bad(spec, v) {
  if (v === null || v === void 0) return `%!${spec.verb}(<nil>)`;
  return `%!${spec.verb}(${goTypeName(v)}=${formatValue(v)})`;
}
function pad(spec, s, numeric) {
  if (spec.width < 0 || s.length >= spec.width) return s;
  const n = spec.width - [...s].length;
  if (n <= 0) return s;
  if (spec.minus) return s + " ".repeat(n);
  if (spec.zero && numeric) {
    const sign = s[0] === "-" || s[0] === "+" ? s[0] : "";
    return sign + "0".repeat(n) + s.slice(sign.length);
  }
  return " ".repeat(n) + s;
}
function signed(spec, s) {
  if (s[0] === "-") return s;
  if (spec.plus) return "+" + s;
  if (spec.space) return " " + s;
  return s;
}
function formatArg(spec, v) {
  const verb = spec.verb;
  if (verb === "T") return pad(spec, goTypeName(v), false);
  if (v === null || v === void 0) return verb === "v" ? pad(spec, "<nil>", false) : bad(spec, v);
  if (typeof v === "object") {
    if (Array.isArray(v)) return "[" + v.map((e) => formatArg({ ...spec, width: spec.width }, e)).join(" ") + "]";
    const o = v;
    return "map[" + sortedKeys(o).map((k) => `${formatArg(spec, k)}:${formatArg(spec, o[k])}`).join(" ") + "]";
  }
  switch (typeof v) {
    case "string":
      return formatString(spec, v);
    case "bigint":
      return formatInt(spec, v);
    case "number":
      return formatFloatArg(spec, v);
    case "boolean":
      return verb === "v" || verb === "t" ? pad(spec, String(v), false) : bad(spec, v);
    default:
      return verb === "v" || verb === "p" ? "0x0" : bad(spec, v);
  }
}
function formatString(spec, s) {
  switch (spec.verb) {
    case "v":
    case "s":
      return pad(spec, spec.prec >= 0 ? [...s].slice(0, spec.prec).join("") : s, false);
    case "q":
      return pad(spec, spec.sharp && !s.includes("`") ? "`" + s + "`" : quoteGo(s), false);
    case "x":
    case "X": {
      let h = Buffer.from(s, "utf8").toString("hex");
      if (spec.verb === "X") h = h.toUpperCase();
      return pad(spec, h, false);
    }
    default:
      return bad(spec, s);
  }
}
function formatInt(spec, n) {
  const neg = n < 0n;
  const a2 = neg ? -n : n;
  let s;
  switch (spec.verb) {
    case "v":
    case "d":
      s = a2.toString(10);
      break;
    case "x":
      s = (spec.sharp ? "0x" : "") + a2.toString(16);
      break;
    case "X":
      s = (spec.sharp ? "0X" : "") + a2.toString(16).toUpperCase();
      break;
    case "o":
      s = (spec.sharp ? "0" : "") + a2.toString(8);
      break;
    case "O":
      s = "0o" + a2.toString(8);
      break;
    case "b":
      s = a2.toString(2);
      break;
    case "c":
      return pad(spec, String.fromCodePoint(Number(n)), false);
    case "q":
      return pad(spec, quoteGo(String.fromCodePoint(Number(n)), "'"), false);
    case "U":
      return pad(spec, "U+" + a2.toString(16).toUpperCase().padStart(4, "0"), false);
    case "e":
    case "f":
    case "g":
    case "s":
    case "t":
    default:
      return bad(spec, n);
  }
  if (spec.prec >= 0) s = s.padStart(spec.prec, "0");
  return pad(spec, signed(spec, neg ? "-" + s : s), spec.prec < 0);
}
function formatFloatArg(spec, f) {
  let s;
  switch (spec.verb) {
    case "v":
    case "g":
      s = formatFloat(f, "g", spec.prec);
      break;
    case "G":
      s = formatFloat(f, "g", spec.prec).toUpperCase();
      break;
    case "e":
      s = formatFloat(f, "e", spec.prec < 0 ? 6 : spec.prec);
      break;
    case "E":
      s = formatFloat(f, "e", spec.prec < 0 ? 6 : spec.prec).toUpperCase();
      break;
    case "f":
    case "F":
      s = formatFloat(f, "f", spec.prec < 0 ? 6 : spec.prec);
      break;
    default:
      return bad(spec, f);
  }
  if (Number.isFinite(f)) s = signed(spec, s);
  else if (s === "NaN" && (spec.plus || spec.space)) s = (spec.plus ? "+" : " ") + s;
  else if (s === "+Inf" && spec.space && !spec.plus) s = " Inf";
  return pad(spec, s, Number.isFinite(f));
}

// src/gotemplate/values.ts
function isTrue(v) {
  switch (typeof v) {
    case "boolean":
      return v;
    case "string":
      return v.length > 0;
    case "number":
      return v !== 0;
    case "bigint":
      return v !== 0n;
    case "undefined":
      return false;
    case "function":
      return true;
  }
  if (v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  for (const _ in v) return true;
  return false;
}
function goKind(v) {
  switch (typeof v) {
    case "string":
      return "string";
    case "number":
      return "float64";
    case "bigint":
      return "int";
    case "boolean":
      return "bool";
    case "function":
      return "func";
    case "undefined":
      return "invalid";
  }
  if (v === null) return "invalid";
  return Array.isArray(v) ? "slice" : "map";
}
function goLen(v) {
  if (typeof v === "string") return utf8Length(v);
  if (Array.isArray(v)) return v.length;
  if (isMap2(v)) return Object.keys(v).length;
  return void 0;
}
function utf8Length(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return Buffer.byteLength(s, "utf8");
  return s.length;
}
function deepEqual(a2, b) {
  if (a2 === b) return true;
  if ((a2 === null || a2 === void 0) && (b === null || b === void 0)) return true;
  if (typeof a2 !== typeof b || typeof a2 !== "object" || a2 === null || b === null) return false;
  if (Array.isArray(a2)) {
    if (!Array.isArray(b) || a2.length !== b.length) return false;
    for (let i = 0; i < a2.length; i++) if (!deepEqual(a2[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a2);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const bo = b;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(bo, k)) return false;
    if (!deepEqual(a2[k], bo[k])) return false;
  }
  return true;
}

// src/gotemplate/builtins.ts
function variadic(fn) {
  return Object.assign(fn, { variadic: true });
}
var fail = (msg) => {
  throw new ExecFailure(msg);
};
function index(item, ...indexes) {
  let cur = item;
  for (const ix of indexes) {
    if (cur === null || cur === void 0) return void 0;
    if (Array.isArray(cur) || typeof cur === "string") {
      const len = Array.isArray(cur) ? cur.length : cur.length;
      const x = indexArg(ix, len);
      if (typeof cur === "string") {
        const bytes = Buffer.from(cur, "utf8");
        if (x >= bytes.length) fail(`index out of range: ${x}`);
        cur = BigInt(bytes[x]);
      } else cur = cur[x];
    } else if (isMap2(cur)) {
      if (ix === null || ix === void 0) fail("value is nil; should be of type string");
      if (typeof ix !== "string") fail(`value has type ${goTypeName(ix)}; should be string`);
      cur = Object.prototype.hasOwnProperty.call(cur, ix) ? cur[ix] : void 0;
    } else {
      fail(`can't index item of type ${goTypeName(cur)}`);
    }
  }
  return cur;
}
function indexArg(ix, len) {
  if (ix === null || ix === void 0) fail("cannot index slice/array with nil");
  if (typeof ix !== "bigint") fail(`cannot index slice/array with type ${goTypeName(ix)}`);
  const x = ix;
  if (x < 0n || x >= BigInt(len)) fail(`index out of range: ${x}`);
  return Number(x);
}
function slice(item, ...indexes) {
  if (item === null || item === void 0) fail("slice of untyped nil");
  if (indexes.length > 3) fail(`too many slice indexes: ${indexes.length}`);
  if (typeof item === "string") {
    if (indexes.length === 3) fail("cannot 3-index slice a string");
    const bytes = Buffer.from(item, "utf8");
    const [lo2, hi2] = sliceBounds(indexes, bytes.length);
    return bytes.subarray(lo2, hi2).toString("utf8");
  }
  if (!Array.isArray(item)) return fail(`can't slice item of type ${goTypeName(item)}`);
  const [lo, hi] = sliceBounds(indexes, item.length);
  return item.slice(lo, hi);
}
function sliceBounds(indexes, len) {
  const ix = indexes.map((i) => {
    if (typeof i !== "bigint") return fail(`cannot index slice/array with type ${goTypeName(i)}`);
    if (i < 0n || i > BigInt(len)) fail(`index out of range: ${i}`);
    return Number(i);
  });
  const lo = ix[0] ?? 0;
  const hi = ix[1] ?? len;
  if (lo > hi) fail(`invalid slice index: ${lo} > ${hi}`);
  if (ix[2] !== void 0 && hi > ix[2]) fail(`invalid slice index: ${hi} > ${ix[2]}`);
  return [lo, hi];
}
function basicKind(v) {
  switch (typeof v) {
    case "boolean":
      return "bool";
    case "bigint":
      return "int";
    case "number":
      return "float";
    case "string":
      return "string";
    case "undefined":
      return "nil";
  }
  return v === null ? "nil" : "other";
}
function eq(arg1, ...arg2) {
  if (arg2.length === 0) fail("missing argument for comparison");
  const k1 = basicKind(arg1);
  for (const a2 of arg2) {
    const k2 = basicKind(a2);
    if (k1 !== k2) {
      if (k1 !== "nil" && k2 !== "nil") fail("incompatible types for comparison");
      continue;
    }
    if (k1 === "nil") return true;
    if (k1 === "other") fail(`non-comparable type ${formatValue(arg1)}: ${goTypeName(arg1)}`);
    if (arg1 === a2) return true;
  }
  return false;
}
function lt(a2, b) {
  const k1 = basicKind(a2);
  const k2 = basicKind(b);
  if (k1 === "nil" || k1 === "other" || k2 === "nil" || k2 === "other") fail("invalid type for comparison");
  if (k1 !== k2) fail("incompatible types for comparison");
  if (k1 === "bool") fail("invalid type for comparison");
  if (k1 === "string") return compareStrings(a2, b) < 0;
  return a2 < b;
}
var le = (a2, b) => lt(a2, b) || eq(a2, b);
function evalArgsString(args) {
  if (args.length === 1 && typeof args[0] === "string") return args[0];
  return sprint(args);
}
function htmlEscape(s) {
  return s.replace(
    /[\0"'&<>]/g,
    (c) => c === "\0" ? "\uFFFD" : c === '"' ? "&#34;" : c === "'" ? "&#39;" : c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"
  );
}
function jsEscape(s) {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === "\\") out += "\\\\";
    else if (ch === "'") out += "\\'";
    else if (ch === '"') out += '\\"';
    else if (ch === "<") out += "\\u003C";
    else if (ch === ">") out += "\\u003E";
    else if (ch === "&") out += "\\u0026";
    else if (ch === "=") out += "\\u003D";
    else if (c < 32) out += "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
    else if (c < 128) out += ch;
    else if (quoteGo(ch).length === 2 + ch.length) out += ch;
    else out += "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
  }
  return out;
}
function urlQueryEscape(s) {
  let out = "";
  for (const b of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
var BUILTINS = {
  and: variadic((_a, ..._rest) => void 0),
  or: variadic((_a, ..._rest) => void 0),
  not: (a2) => !isTrue(a2),
  len: (a2) => {
    if (a2 === null || a2 === void 0) return fail("len of nil pointer");
    const n = goLen(a2);
    return n === void 0 ? fail(`len of type ${goTypeName(a2)}`) : BigInt(n);
  },
  index: variadic(index),
  slice: variadic(slice),
  print: variadic((...args) => sprint(args)),
  println: variadic((...args) => sprintln(args)),
  printf: variadic((format, ...args) => {
    if (typeof format !== "string") return fail(`wrong type for value; expected string; got ${goTypeName(format)}`);
    return sprintf(format, args);
  }),
  eq: variadic(eq),
  ne: (a2, b) => !eq(a2, b),
  lt,
  le,
  gt: (a2, b) => !le(a2, b),
  ge: (a2, b) => !lt(a2, b),
  call: variadic((fn, ...args) => {
    if (typeof fn !== "function") return fail(`non-function of type ${goTypeName(fn)}`);
    return fn(...args);
  }),
  html: variadic((...args) => htmlEscape(evalArgsString(args))),
  js: variadic((...args) => jsEscape(evalArgsString(args))),
  urlquery: variadic((...args) => urlQueryEscape(evalArgsString(args)))
};

// src/gotemplate/budget.ts
var DEFAULT_BUDGET = Object.freeze({
  maxSteps: 1e7,
  maxOutputBytes: 16 * 1024 * 1024,
  maxListLength: 1e6
});
var count = (n) => n.toLocaleString("en-US");
function sizeText(bytes) {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${count(bytes)} bytes`;
}
var stepsExceeded = (b) => `template execution budget exceeded: more than ${count(b.maxSteps)} steps (commands, loop iterations and template calls)`;
var outputExceeded = (b) => `template execution budget exceeded: more than ${sizeText(b.maxOutputBytes)} of output`;
var stringExceeded = (b) => `result longer than the template output budget of ${sizeText(b.maxOutputBytes)}`;
var listExceeded = (b, length) => `a list of ${count(length)} elements is longer than the ${count(b.maxListLength)} a template may build`;

// src/gotemplate/exec-calls.ts
var MISSING = /* @__PURE__ */ Symbol("missing");
var hasOwn2 = Object.prototype.hasOwnProperty;
function withinBudget(s, v, name) {
  if (typeof v === "string") {
    if (v.length > s.budget.maxOutputBytes) throw new ExecFailure(`error calling ${name}: ${stringExceeded(s.budget)}`);
  } else if (Array.isArray(v) && v.length > s.budget.maxListLength) throw new ExecFailure(`error calling ${name}: ${listExceeded(s.budget, v.length)}`);
  return v;
}
function fieldLookup(name, resolver) {
  const miss = (recv) => {
    const v = resolver === void 0 ? void 0 : resolver(recv, name);
    if (v === void 0 && recv !== null && recv !== void 0 && !isMap2(recv))
      throw new ExecFailure(`can't evaluate field ${name} in type ${goTypeName(recv)}`);
    return typeof v === "function" ? new Method(v) : v;
  };
  const safe = !(name in Object.prototype);
  if (resolver === goJsonFieldResolver) {
    const j = goFieldToJsonName(name);
    const jSafe = !(j in Object.prototype);
    return (recv) => {
      if (typeof recv === "object" && recv !== null && !Array.isArray(recv)) {
        const o = recv;
        if (safe) {
          const v = o[name];
          if (v !== void 0) return v;
        } else if (hasOwn2.call(o, name)) return o[name];
        if (jSafe) {
          const v = o[j];
          if (v !== void 0) return v;
        } else if (hasOwn2.call(o, j)) return o[j];
      }
      return miss(recv);
    };
  }
  return (recv) => {
    if (typeof recv === "object" && recv !== null && !Array.isArray(recv)) {
      const o = recv;
      if (safe) {
        const v = o[name];
        if (v !== void 0) return v;
      } else if (hasOwn2.call(o, name)) return o[name];
    }
    return miss(recv);
  };
}
var Method = class {
  constructor(fn) {
    this.fn = fn;
  }
  fn;
};
function callMethod(name, fn, args, s, dot, final) {
  const argv = [];
  for (const a2 of args) argv.push(nilIfUndefined(a2(s, dot)));
  if (final !== MISSING) argv.push(nilIfUndefined(final));
  try {
    return fn(...argv);
  } catch (e) {
    throw new ExecFailure(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
function nilIfUndefined(v) {
  return v === void 0 ? null : v;
}
function makeCall(name, fn, args) {
  const want = fn.length;
  const isVariadic = fn.variadic === true;
  const checkArity = (got) => {
    if (isVariadic ? got < want : got !== want)
      throw new ExecFailure(`wrong number of args for ${name}: want ${isVariadic ? "at least " : ""}${want} got ${got}`);
  };
  if (fn === BUILTINS["and"] || fn === BUILTINS["or"]) {
    const isOr = fn === BUILTINS["or"];
    return (s, dot, final) => {
      checkArity(args.length + (final === MISSING ? 0 : 1));
      let v;
      for (let i = 0; i < args.length; i++) {
        v = args[i](s, dot);
        if (isTrue(v) === isOr) return v;
      }
      return final === MISSING ? v : final;
    };
  }
  const n = args.length;
  const failCall = (e) => {
    if (e instanceof TemplateError) throw e;
    throw new ExecFailure(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
  };
  const general = (s, dot, final) => {
    const got = n + (final === MISSING ? 0 : 1);
    if (got !== want || isVariadic) checkArity(got);
    let v;
    if (got <= 3) {
      const a2 = n > 0 ? nilIfUndefined(args[0](s, dot)) : nilIfUndefined(final);
      const b = n > 1 ? nilIfUndefined(args[1](s, dot)) : n === 1 ? nilIfUndefined(final) : void 0;
      const c = n > 2 ? nilIfUndefined(args[2](s, dot)) : n === 2 ? nilIfUndefined(final) : void 0;
      try {
        v = got === 0 ? fn() : got === 1 ? fn(a2) : got === 2 ? fn(a2, b) : fn(a2, b, c);
      } catch (e) {
        return failCall(e);
      }
      return withinBudget(s, v, name);
    }
    const argv = new Array(got);
    for (let i = 0; i < n; i++) argv[i] = nilIfUndefined(args[i](s, dot));
    if (final !== MISSING) argv[n] = nilIfUndefined(final);
    try {
      v = fn(...argv);
    } catch (e) {
      return failCall(e);
    }
    return withinBudget(s, v, name);
  };
  const a0 = args[0];
  const a1 = args[1];
  if (n === 1 && want === 1 && !isVariadic) {
    return (s, dot, final) => {
      if (final !== MISSING) return general(s, dot, final);
      const x = nilIfUndefined(a0(s, dot));
      let v;
      try {
        v = fn(x);
      } catch (e) {
        return failCall(e);
      }
      return withinBudget(s, v, name);
    };
  }
  if (n === 2 && want === 2 && !isVariadic) {
    return (s, dot, final) => {
      if (final !== MISSING) return general(s, dot, final);
      const x = nilIfUndefined(a0(s, dot));
      const y = nilIfUndefined(a1(s, dot));
      let v;
      try {
        v = fn(x, y);
      } catch (e) {
        return failCall(e);
      }
      return withinBudget(s, v, name);
    };
  }
  return general;
}

// src/gotemplate/exec.ts
var MAX_DEPTH2 = 2e3;
function isStackOverflow(e) {
  return e instanceof RangeError && /call stack/i.test(e.message);
}
var Compiler = class {
  constructor(source, text, funcs, resolver) {
    this.source = source;
    this.text = text;
    this.funcs = funcs;
    this.resolver = resolver;
  }
  source;
  text;
  funcs;
  resolver;
  compiled = /* @__PURE__ */ new Map();
  current = "";
  compileAll(defs) {
    for (const d of defs.values()) {
      this.current = d.name;
      this.compiled.set(d.name, { name: d.name, slots: d.slots, run: this.list(d.root) });
    }
    return this.compiled;
  }
  // ---- errors
  fail(e, pos, src, tmpl, withContext = true) {
    if (e instanceof TemplateError) throw e;
    const { line, column } = lineCol(this.text, pos);
    const msg = e instanceof Error ? e.message : String(e);
    throw new TemplateError("exec", this.source, line, column, msg, tmpl, withContext ? src : void 0, { cause: e });
  }
  /** One step of the budget; past it, an error at `pos`. */
  step(s, pos, src, tmpl) {
    if (++s.steps > s.budget.maxSteps) this.fail(new ExecFailure(stepsExceeded(s.budget)), pos, src, tmpl);
  }
  // ---- statements
  list(l2) {
    const parts = l2.nodes.map((n) => this.stmt(n));
    if (parts.length === 1) return parts[0];
    return (s, dot) => {
      for (let i = 0; i < parts.length; i++) {
        const r = parts[i](s, dot);
        if (r !== 0) return r;
      }
      return 0;
    };
  }
  stmt(n) {
    switch (n.kind) {
      case "list":
        return this.list(n);
      case "text": {
        const t = n.text;
        const bytes = utf8Length(t);
        const tmpl = this.current;
        return (s) => {
          s.out += t;
          if ((s.outBytes += bytes) > s.budget.maxOutputBytes) this.fail(new ExecFailure(outputExceeded(s.budget)), n.pos, "", tmpl, false);
          return 0;
        };
      }
      case "action": {
        const extend = this.appendInPlace(n.pipe);
        if (extend) return extend;
        const p = this.pipe(n.pipe);
        if (n.pipe.decl.length > 0)
          return (s, dot) => {
            p(s, dot);
            return 0;
          };
        const tmpl = this.current;
        return (s, dot) => {
          const v = p(s, dot);
          const text = typeof v === "string" ? v : v === null || v === void 0 ? "<no value>" : formatValue(v);
          s.out += text;
          if ((s.outBytes += utf8Length(text)) > s.budget.maxOutputBytes) this.fail(new ExecFailure(outputExceeded(s.budget)), n.pos, n.pipe.src, tmpl);
          return 0;
        };
      }
      case "if":
      case "with": {
        const p = this.pipe(n.pipe);
        const tmpl = this.current;
        const elseList = n.elseList;
        let body = (s, dot) => (body = this.later(tmpl, n.list))(s, dot);
        let alt = elseList ? (s, dot) => (alt = this.later(tmpl, elseList))(s, dot) : void 0;
        const isWith = n.kind === "with";
        return (s, dot) => {
          const v = p(s, dot);
          if (isTrue(v)) return body(s, isWith ? v : dot);
          return alt ? alt(s, dot) : 0;
        };
      }
      case "range":
        return this.range(n.pipe, n.list, n.elseList);
      case "template":
        return this.templateCall(n.name, n.pipe, n.pos);
      case "break":
        return () => 1;
      case "continue":
        return () => 2;
    }
  }
  /**
   * A branch's statements (of `if`, `with`, `range` or their `else`), compiled when the branch
   * first runs, as part of template `tmpl` (the name its errors carry). A pod takes few of a
   * template's branches, and a run on one file compiled all of them (4.4 ms of the sidecar
   * template's 8.4 ms of parsing, `node --cpu-prof`); the caller keeps what this returns and
   * runs it from then on. A tree that parsed compiles without error: its functions were
   * checked by the parser (or, for a built-in tree, against the list it was built with).
   */
  later(tmpl, l2) {
    const outer = this.current;
    this.current = tmpl;
    try {
      return this.list(l2);
    } finally {
      this.current = outer;
    }
  }
  range(pipeNode, listNode, elseNode) {
    const p = this.pipe(pipeNode);
    const tmpl = this.current;
    let body = (s, dot) => (body = this.later(tmpl, listNode))(s, dot);
    let alt = elseNode ? (s, dot) => (alt = this.later(tmpl, elseNode))(s, dot) : void 0;
    const decl = pipeNode.decl;
    const keySlot = decl.length === 2 ? decl[0].slot : -1;
    const elemSlot = decl.length === 2 ? decl[1].slot : decl.length === 1 ? decl[0].slot : -1;
    const iter = (s, key, elem) => {
      this.step(s, pipeNode.pos, pipeNode.src, tmpl);
      if (keySlot >= 0) s.frame[keySlot] = key;
      if (elemSlot >= 0) s.frame[elemSlot] = elem;
      return body(s, elem);
    };
    return (s, dot) => {
      const v = p(s, dot);
      let count2 = 0;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          count2++;
          if (iter(s, BigInt(i), v[i]) === 1) break;
        }
      } else if (isMap2(v)) {
        for (const k of sortedKeys(v)) {
          count2++;
          if (iter(s, k, v[k]) === 1) break;
        }
      } else if (typeof v === "bigint") {
        if (keySlot >= 0) this.fail(new ExecFailure(`can't use ${v} to iterate over more than one variable`), pipeNode.pos, pipeNode.src, tmpl);
        for (let i = 0n; i < v; i++) {
          count2++;
          if (iter(s, i, i) === 1) break;
        }
      } else if (v !== null && v !== void 0) {
        this.fail(new ExecFailure(`range can't iterate over ${formatValue(v)}`), pipeNode.pos, pipeNode.src, tmpl);
      }
      if (count2 === 0 && alt) return alt(s, dot);
      return 0;
    };
  }
  templateCall(name, pipeNode, pos) {
    const p = pipeNode ? this.pipe(pipeNode) : void 0;
    const tmpl = this.current;
    const src = `{{template ${JSON.stringify(name)}${pipeNode ? " " + pipeNode.src : ""}}}`;
    let target;
    return (s, dot) => {
      target ??= this.compiled.get(name);
      if (target === void 0) this.fail(new ExecFailure(`template ${JSON.stringify(name)} not defined`), pos, src, tmpl);
      if (s.depth >= MAX_DEPTH2) this.fail(new ExecFailure(`exceeded maximum template depth (${MAX_DEPTH2})`), pos, src, tmpl);
      this.step(s, pos, src, tmpl);
      const data = p ? p(s, dot) : void 0;
      const saved = s.frame;
      s.frame = new Array(target.slots);
      s.frame[0] = data;
      s.depth++;
      try {
        target.run(s, data);
      } catch (e) {
        if (isStackOverflow(e)) this.fail(new ExecFailure(`exceeded the call stack at template depth ${s.depth}: templates call and nest too deep`), pos, src, tmpl);
        throw e;
      } finally {
        s.depth--;
        s.frame = saved;
      }
      return 0;
    };
  }
  /**
   * `{{ $x = f $x … }}` for a function with `inPlace` (see TemplateFunction): when `$x` alone
   * holds its list, the list is extended where it is; otherwise `f` is called and the new list
   * it returns is owned by `$x`. Undefined for any other statement.
   */
  appendInPlace(n) {
    if (!n.isAssign || n.decl.length !== 1 || n.cmds.length !== 1) return void 0;
    const cmd = n.cmds[0];
    const [head, target, ...restNodes] = cmd.args;
    if (head?.kind !== "identifier" || target?.kind !== "variable" || target.idents.length > 0) return void 0;
    const slot = n.decl[0].slot;
    if (target.ref.slot !== slot) return void 0;
    const fn = Object.hasOwn(this.funcs, head.name) ? this.funcs[head.name] : void 0;
    const extend = fn?.inPlace;
    if (fn === void 0 || extend === void 0 || fn.variadic === true || fn.length !== 1 + restNodes.length) return void 0;
    const rest = restNodes.map((a2) => this.arg(a2));
    const name = head.name;
    const tmpl = this.current;
    return (s, dot) => {
      if (++s.steps > s.budget.maxSteps) this.fail(new ExecFailure(stepsExceeded(s.budget)), cmd.pos, cmd.src, tmpl);
      try {
        const cur = s.frame[slot];
        const args = rest.map((a2) => nilIfUndefined(a2(s, dot)));
        if (Array.isArray(cur) && s.owned.has(cur) && cur.length < s.budget.maxListLength) {
          extend(cur, ...args);
          return 0;
        }
        let v;
        try {
          v = fn(nilIfUndefined(cur), ...args);
        } catch (e) {
          throw new ExecFailure(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
        }
        v = withinBudget(s, v, name);
        if (Array.isArray(v) && v !== cur) s.owned.add(v);
        s.frame[slot] = v;
      } catch (e) {
        this.fail(e, cmd.pos, cmd.src, tmpl);
      }
      return 0;
    };
  }
  /** Reading variable `slot`: a list it held alone is no longer its own (another value may keep it). */
  readVariable(slot) {
    return (s) => {
      const v = s.frame[slot];
      if (Array.isArray(v)) s.owned.delete(v);
      return v;
    };
  }
  // ---- pipelines and commands
  pipe(n) {
    const cmds = n.cmds.map((c) => this.command(c));
    const decl = n.decl;
    const slot = decl.length > 0 ? decl[0].slot : -1;
    if (cmds.length === 1) {
      const c = cmds[0];
      if (slot < 0) return (s, dot) => c(s, dot, MISSING);
      return (s, dot) => s.frame[slot] = c(s, dot, MISSING);
    }
    return (s, dot) => {
      let v = MISSING;
      for (let i = 0; i < cmds.length; i++) v = cmds[i](s, dot, v);
      if (slot >= 0) s.frame[slot] = v;
      return v;
    };
  }
  command(c) {
    const inner = this.commandInner(c);
    const tmpl = this.current;
    return (s, dot, final) => {
      if (++s.steps > s.budget.maxSteps) this.fail(new ExecFailure(stepsExceeded(s.budget)), c.pos, c.src, tmpl);
      try {
        return inner(s, dot, final);
      } catch (e) {
        return this.fail(e, c.pos, c.src, tmpl);
      }
    };
  }
  commandInner(c) {
    const first = c.args[0];
    const rest = c.args.slice(1);
    switch (first.kind) {
      case "identifier":
        return this.funcCall(first.name, rest);
      case "field":
        return this.fieldChain((_s, dot) => dot, first.idents, rest);
      case "variable": {
        const slot = first.ref.slot;
        if (first.idents.length > 0) return this.fieldChain(this.readVariable(slot), first.idents, rest);
        break;
      }
      case "chain": {
        const base = this.arg(first.node);
        return this.fieldChain(base, first.idents, rest);
      }
      case "nil":
        return () => {
          throw new ExecFailure("nil is not a command");
        };
    }
    const e = this.arg(first);
    const hasArgs = rest.length > 0;
    return (s, dot, final) => {
      if (hasArgs || final !== MISSING) throw new ExecFailure(`can't give argument to non-function ${first.src}`);
      return e(s, dot);
    };
  }
  /** An operand used as an argument (or a lone command word). */
  arg(a2) {
    switch (a2.kind) {
      case "dot":
        return (_s, dot) => dot;
      case "nil":
        return () => null;
      case "bool":
      case "number":
      case "string": {
        const v = a2.value;
        return () => v;
      }
      case "variable": {
        const slot = a2.ref.slot;
        if (a2.idents.length === 0) return this.readVariable(slot);
        const chain = this.fieldChain(this.readVariable(slot), a2.idents, []);
        return (s, dot) => chain(s, dot, MISSING);
      }
      case "field": {
        const chain = this.fieldChain((_s, dot) => dot, a2.idents, []);
        return (s, dot) => chain(s, dot, MISSING);
      }
      case "chain": {
        const chain = this.fieldChain(this.arg(a2.node), a2.idents, []);
        return (s, dot) => chain(s, dot, MISSING);
      }
      case "identifier": {
        const call = this.funcCall(a2.name, []);
        return (s, dot) => call(s, dot, MISSING);
      }
      case "pipe":
        return this.pipe(a2);
    }
  }
  fieldChain(base, idents, argNodes) {
    const args = argNodes.map((a2) => this.arg(a2));
    const lookups = idents.map((name) => fieldLookup(name, this.resolver));
    const last = idents.length - 1;
    if (args.length === 0 && last === 0) {
      const look = lookups[0];
      const name = idents[0];
      return (s, dot, final) => {
        const v = look(base(s, dot));
        if (v instanceof Method) return callMethod(name, v.fn, [], s, dot, final);
        if (final !== MISSING) throw new ExecFailure(`${name} is not a method but has arguments`);
        return v;
      };
    }
    return (s, dot, final) => {
      let recv = base(s, dot);
      for (let i = 0; i <= last; i++) {
        const v = lookups[i](recv);
        if (v instanceof Method) recv = callMethod(idents[i], v.fn, i === last ? args : [], s, dot, i === last ? final : MISSING);
        else if (i === last && (args.length > 0 || final !== MISSING)) throw new ExecFailure(`${idents[i]} is not a method but has arguments`);
        else recv = v;
      }
      return recv;
    };
  }
  funcCall(name, argNodes) {
    const fn = this.funcs[name];
    if (fn === void 0) throw new ExecFailure(`function ${JSON.stringify(name)} not defined`);
    return makeCall(name, fn, argNodes.map((a2) => this.arg(a2)));
  }
};

// src/gotemplate/lex.ts
var LexError = class extends Error {
  constructor(message, pos) {
    super(message);
    this.pos = pos;
  }
  pos;
};
var KEYWORDS = /* @__PURE__ */ new Set(["block", "break", "continue", "define", "else", "end", "if", "range", "template", "with"]);
var isSpace = (c) => c === " " || c === "	" || c === "\r" || c === "\n";
var isAlnum = (c) => c !== void 0 && /[\p{L}\p{Nd}_]/u.test(c);
var isDigit = (c) => c !== void 0 && c >= "0" && c <= "9";
function trimRightSpace(s) {
  let e = s.length;
  while (e > 0 && isSpace(s[e - 1])) e--;
  return s.slice(0, e);
}
function lex(input) {
  const toks = [];
  let i = 0;
  let trimLeading = false;
  const n = input.length;
  while (i < n) {
    let start = i;
    if (trimLeading) {
      while (start < n && isSpace(input[start])) start++;
      trimLeading = false;
    }
    const ld = input.indexOf("{{", start);
    const textEnd = ld < 0 ? n : ld;
    let text = input.slice(start, textEnd);
    const trimBefore = ld >= 0 && input[ld + 2] === "-" && isSpace(input[ld + 3]);
    if (trimBefore) text = trimRightSpace(text);
    if (text.length > 0) toks.push({ type: "text", val: text, pos: start });
    if (ld < 0) {
      i = n;
      break;
    }
    i = ld + 2 + (trimBefore ? 2 : 0);
    if (input.startsWith("/*", i)) {
      const end = input.indexOf("*/", i + 2);
      if (end < 0) throw new LexError("unclosed comment", ld);
      let j = end + 2;
      if (isSpace(input[j]) && input[j + 1] === "-" && input.startsWith("}}", j + 2)) {
        trimLeading = true;
        j += 4;
      } else if (input.startsWith("}}", j)) {
        j += 2;
      } else {
        throw new LexError("comment ends before closing delimiter", ld);
      }
      i = j;
      continue;
    }
    toks.push({ type: "leftDelim", val: "{{", pos: ld });
    i = lexInside(input, i, toks, ld);
    if (toks[toks.length - 1].val === "-}}") trimLeading = true;
  }
  toks.push({ type: "eof", val: "", pos: n });
  return toks;
}
function lexInside(input, i, toks, actionStart) {
  const n = input.length;
  let parenDepth = 0;
  const push = (type, from, to) => {
    toks.push({ type, val: input.slice(from, to), pos: from });
  };
  for (; ; ) {
    if (i >= n) throw new LexError("unclosed action", actionStart);
    const c = input[i];
    if (isSpace(c) && input[i + 1] === "-" && input.startsWith("}}", i + 2)) {
      if (parenDepth > 0) throw new LexError("unclosed left paren", i);
      toks.push({ type: "rightDelim", val: "-}}", pos: i });
      return i + 4;
    }
    if (c === "}" && input[i + 1] === "}") {
      if (parenDepth > 0) throw new LexError("unclosed left paren", i);
      toks.push({ type: "rightDelim", val: "}}", pos: i });
      return i + 2;
    }
    const s = i;
    if (isSpace(c)) {
      while (i < n && isSpace(input[i]) && !(input[i + 1] === "-" && input.startsWith("}}", i + 2))) i++;
      if (i > s) push("space", s, i);
      continue;
    }
    switch (c) {
      case "=":
        push("assign", s, ++i);
        continue;
      case ":":
        if (input[i + 1] !== "=") throw new LexError("expected :=", i);
        i += 2;
        push("declare", s, i);
        continue;
      case "|":
        push("pipe", s, ++i);
        continue;
      case ",":
        push("comma", s, ++i);
        continue;
      case "(":
        parenDepth++;
        push("leftParen", s, ++i);
        continue;
      case ")":
        parenDepth--;
        if (parenDepth < 0) throw new LexError("unexpected right paren", i);
        push("rightParen", s, ++i);
        continue;
      case '"':
        i = endOfQuoted(input, s, '"', "unterminated quoted string");
        push("string", s, i);
        continue;
      case "`": {
        const end = input.indexOf("`", i + 1);
        if (end < 0) throw new LexError("unterminated raw quoted string", s);
        i = end + 1;
        push("rawString", s, i);
        continue;
      }
      case "'":
        i = endOfQuoted(input, s, "'", "unterminated character constant");
        push("char", s, i);
        continue;
      case "$": {
        i++;
        while (isAlnum(input[i])) i++;
        push("variable", s, i);
        checkTerminator(input, i);
        continue;
      }
      case ".": {
        if (isDigit(input[i + 1])) break;
        i++;
        if (!isAlnum(input[i])) {
          push("dot", s, i);
          continue;
        }
        while (isAlnum(input[i])) i++;
        push("field", s, i);
        checkTerminator(input, i);
        continue;
      }
    }
    if (c === "+" || c === "-" || c === "." || isDigit(c)) {
      i = scanNumber(input, i);
      push("number", s, i);
      continue;
    }
    if (isAlnum(c)) {
      while (isAlnum(input[i])) i++;
      const word = input.slice(s, i);
      checkTerminator(input, i);
      if (KEYWORDS.has(word)) push("keyword", s, i);
      else if (word === "true" || word === "false") push("bool", s, i);
      else if (word === "nil") push("nil", s, i);
      else push("identifier", s, i);
      continue;
    }
    throw new LexError(`unrecognized character in action: ${JSON.stringify(c)}`, i);
  }
}
function checkTerminator(input, i) {
  const c = input[i];
  if (c === void 0 || isSpace(c) || ".,|:()".includes(c) || input.startsWith("}}", i)) return;
  throw new LexError(`bad character ${JSON.stringify(c)}`, i);
}
function scanNumber(input, i) {
  const s = i;
  if (input[i] === "+" || input[i] === "-") i++;
  let digits = /[0-9_]/;
  let decimal = true;
  if (input[i] === "0" && /[xXoObB]/.test(input[i + 1] ?? "")) {
    const p = input[i + 1].toLowerCase();
    digits = p === "x" ? /[0-9a-fA-F_]/ : p === "o" ? /[0-7_]/ : /[01_]/;
    decimal = false;
    i += 2;
  }
  const run = (re) => {
    while (i < input.length && re.test(input[i])) i++;
  };
  run(digits);
  if (input[i] === ".") {
    i++;
    run(digits);
  }
  if (decimal && (input[i] === "e" || input[i] === "E")) {
    i++;
    if (input[i] === "+" || input[i] === "-") i++;
    run(/[0-9_]/);
  }
  if (!decimal && digits.source.includes("a-f") && (input[i] === "p" || input[i] === "P")) {
    i++;
    if (input[i] === "+" || input[i] === "-") i++;
    run(/[0-9_]/);
  }
  if (input[i] === "i") i++;
  if (isAlnum(input[i])) throw new LexError(`bad number syntax: ${JSON.stringify(input.slice(s, i + 1))}`, s);
  return i;
}
function endOfQuoted(input, start, quote, unterminated) {
  let i = start + 1;
  for (; ; ) {
    const d = input[i];
    if (d === "\\") {
      i += 2;
      continue;
    }
    if (d === void 0 || d === "\n") throw new LexError(unterminated, start);
    i++;
    if (d === quote) return i;
  }
}

// src/gotemplate/constants.ts
var SIMPLE_ESCAPES = {
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"'
};
function unquote(lit) {
  const q = lit[0];
  if (q === "`") return lit.slice(1, -1).replace(/\r/g, "");
  const body = lit.slice(1, -1);
  if (!body.includes("\\")) return body;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === void 0) throw new Error("invalid syntax");
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== void 0) {
      if (e === "'" && q === '"' || e === '"' && q === "'") throw new Error("invalid syntax");
      out += simple;
      continue;
    }
    const hexLen = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
    if (hexLen > 0) {
      const h = body.slice(i + 1, i + 1 + hexLen);
      if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== hexLen) throw new Error("invalid syntax");
      out += String.fromCodePoint(parseInt(h, 16));
      i += hexLen;
      continue;
    }
    if (e >= "0" && e <= "7") {
      const o = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(o)) throw new Error("invalid syntax");
      out += String.fromCharCode(parseInt(o, 8));
      i += 2;
      continue;
    }
    throw new Error("invalid syntax");
  }
  return out;
}
function numberValue(lit) {
  if (lit[0] === "'") {
    const s = unquote(lit);
    const cp = s.codePointAt(0);
    if (cp === void 0 || String.fromCodePoint(cp) !== s) throw new Error(`malformed character constant: ${lit}`);
    return BigInt(cp);
  }
  if (lit.endsWith("i")) throw new Error(`complex constants are not supported: ${lit}`);
  const t = lit.replace(/_/g, "");
  const neg = t[0] === "-";
  const body = t[0] === "-" || t[0] === "+" ? t.slice(1) : t;
  if (/^0[xX][0-9a-fA-F]+$/.test(body) || /^0[oO][0-7]+$/.test(body) || /^0[bB][01]+$/.test(body)) {
    const v = BigInt(body.toLowerCase().replace(/^0o/, "0o"));
    return checkInt(neg ? -v : v, lit);
  }
  if (/^0[0-7]+$/.test(body)) return checkInt(BigInt("0o" + body.slice(1)) * (neg ? -1n : 1n), lit);
  if (/^[0-9]+$/.test(body)) return checkInt(BigInt(body) * (neg ? -1n : 1n), lit);
  if (/^[0-9]*\.?[0-9]*([eE][+-]?[0-9]+)?$/.test(body) && /[0-9]/.test(body)) {
    const f = Number(body);
    return neg ? -f : f;
  }
  throw new Error(`illegal number syntax: ${JSON.stringify(lit)}`);
}
function checkInt(v, lit) {
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw new Error(`${lit} overflows int`);
  return v;
}

// src/gotemplate/parse-pipeline.ts
var ParseError = class extends Error {
  constructor(message, pos) {
    super(message);
    this.pos = pos;
  }
  pos;
};
function newScope() {
  return { vars: [{ name: "$", slot: 0 }], slots: 1 };
}
var describe = (t) => {
  switch (t.type) {
    case "eof":
      return "EOF";
    case "rightDelim":
      return '"}}"';
    case "keyword":
      return `<${t.val}>`;
    case "space":
      return "space";
    default:
      return JSON.stringify(t.val);
  }
};
var MAX_NESTING = 1e3;
var PipelineParser = class {
  constructor(text, toks, hasFunction) {
    this.text = text;
    this.toks = toks;
    this.hasFunction = hasFunction;
  }
  text;
  toks;
  hasFunction;
  i = 0;
  scope = { vars: [], slots: 0 };
  nesting = 0;
  /** Runs `parse` one nesting level down; past MAX_NESTING, a parse error at `t`. */
  nested(t, parse2) {
    if (this.nesting >= MAX_NESTING) throw this.err(`template nested more than ${MAX_NESTING} levels deep; the limit is ${MAX_NESTING}`, t);
    this.nesting++;
    try {
      return parse2();
    } finally {
      this.nesting--;
    }
  }
  // ---- tokens
  peek() {
    return this.toks[this.i];
  }
  next() {
    return this.toks[this.i++];
  }
  peekNonSpace() {
    let j = this.i;
    while (this.toks[j].type === "space") j++;
    return this.toks[j];
  }
  nextNonSpace() {
    while (this.toks[this.i].type === "space") this.i++;
    return this.toks[this.i++];
  }
  expect(type, context) {
    const t = this.nextNonSpace();
    if (t.type !== type) throw this.unexpected(t, context);
    return t;
  }
  err(msg, t) {
    return new ParseError(msg, t.pos);
  }
  unexpected(t, context) {
    if (t.type === "eof") return this.err(`unexpected EOF in ${context}`, t);
    return this.err(`unexpected ${describe(t)} in ${context}`, t);
  }
  unquoteTok(t) {
    try {
      return unquote(t.val);
    } catch {
      throw this.err(`malformed string: ${t.val}`, t);
    }
  }
  // ---- pipelines
  pipeline(context, end) {
    return this.nested(this.peekNonSpace(), () => this.pipelineAt(context, end));
  }
  pipelineAt(context, end) {
    const first = this.peekNonSpace();
    const pipe = { kind: "pipe", pos: first.pos, src: "", isAssign: false, decl: [], cmds: [] };
    this.declarations(pipe, context);
    for (; ; ) {
      const t = this.nextNonSpace();
      if (t.type === end) {
        if (pipe.cmds.length === 0 && (pipe.decl.length > 0 || end === "rightParen" || context === "command"))
          throw this.err("missing value for " + context, t);
        pipe.src = this.text.slice(pipe.pos, t.pos).trim();
        for (let k = 1; k < pipe.cmds.length; k++) {
          const a2 = pipe.cmds[k].args[0];
          if (["bool", "dot", "nil", "number", "pipe", "string"].includes(a2.kind))
            throw this.err(`non executable command in pipeline stage ${k + 1}`, t);
        }
        return pipe;
      }
      switch (t.type) {
        case "bool":
        case "char":
        case "dot":
        case "field":
        case "identifier":
        case "number":
        case "nil":
        case "rawString":
        case "string":
        case "variable":
        case "leftParen":
          this.i--;
          pipe.cmds.push(this.command());
          break;
        default:
          throw this.unexpected(t, context);
      }
    }
  }
  declarations(pipe, context) {
    const save = this.i;
    const v = this.nextNonSpace();
    if (v.type !== "variable") {
      this.i = save;
      return;
    }
    const after = this.peekNonSpace();
    if (after.type === "declare" || after.type === "assign") {
      this.nextNonSpace();
      pipe.isAssign = after.type === "assign";
      pipe.decl.push(pipe.isAssign ? this.useVar(v) : this.declare(v.val));
      return;
    }
    if (after.type === "comma") {
      this.nextNonSpace();
      if (context !== "range") throw this.err(`too many declarations in ${context}`, after);
      const v2 = this.nextNonSpace();
      if (v2.type !== "variable") throw this.err("range can only initialize variables", v2);
      const op = this.nextNonSpace();
      if (op.type !== "declare" && op.type !== "assign") throw this.unexpected(op, "range");
      pipe.isAssign = op.type === "assign";
      if (pipe.isAssign) pipe.decl.push(this.useVar(v), this.useVar(v2));
      else pipe.decl.push(this.declare(v.val), this.declare(v2.val));
      return;
    }
    this.i = save;
  }
  declare(name) {
    const ref = { name, slot: this.scope.slots++ };
    this.scope.vars.push(ref);
    return ref;
  }
  useVar(t) {
    const name = t.val;
    for (let k = this.scope.vars.length - 1; k >= 0; k--) if (this.scope.vars[k].name === name) return this.scope.vars[k];
    throw this.err(`undefined variable "${name}"`, t);
  }
  command() {
    const start = this.peekNonSpace().pos;
    const cmd = { kind: "command", pos: start, src: "", args: [] };
    for (; ; ) {
      const op = this.operand();
      if (op !== void 0) cmd.args.push(op);
      const t = this.next();
      if (t.type === "space") continue;
      if (t.type === "rightDelim" || t.type === "rightParen") this.i--;
      else if (t.type !== "pipe") throw this.unexpected(t, "operand");
      cmd.src = this.text.slice(start, t.pos).trim();
      break;
    }
    if (cmd.args.length === 0) throw this.err("empty command", this.toks[this.i]);
    return cmd;
  }
  operand() {
    const node = this.term();
    if (node === void 0) return void 0;
    if (this.peek().type !== "field") return node;
    const idents = [];
    let end = 0;
    while (this.peek().type === "field") {
      const f = this.next();
      idents.push(f.val.slice(1));
      end = f.pos + f.val.length;
    }
    const src = this.text.slice(node.pos, end);
    switch (node.kind) {
      case "field":
        return { ...node, src, idents: [...node.idents, ...idents] };
      case "variable":
        return { ...node, src, idents: [...node.idents, ...idents] };
      case "bool":
      case "string":
      case "number":
      case "nil":
      case "dot":
        throw new ParseError(`unexpected . after term ${JSON.stringify(node.src)}`, node.pos);
      default:
        return { kind: "chain", pos: node.pos, src, node, idents };
    }
  }
  term() {
    const t = this.nextNonSpace();
    const base = { pos: t.pos, src: t.val };
    switch (t.type) {
      case "identifier":
        if (!this.hasFunction(t.val)) throw this.err(`function "${t.val}" not defined`, t);
        return { kind: "identifier", ...base, name: t.val };
      case "dot":
        return { kind: "dot", ...base };
      case "nil":
        return { kind: "nil", ...base };
      case "variable":
        return { kind: "variable", ...base, ref: this.useVar(t), idents: [] };
      case "field":
        return { kind: "field", ...base, idents: [t.val.slice(1)] };
      case "bool":
        return { kind: "bool", ...base, value: t.val === "true" };
      case "number":
      case "char":
        try {
          return { kind: "number", ...base, value: numberValue(t.val) };
        } catch (e) {
          throw this.err(e.message, t);
        }
      case "leftParen": {
        const p = this.pipeline("parenthesized pipeline", "rightParen");
        p.src = this.text.slice(t.pos, this.toks[this.i - 1].pos + 1);
        return p;
      }
      case "string":
      case "rawString":
        return { kind: "string", ...base, value: this.unquoteTok(t) };
    }
    this.i--;
    return void 0;
  }
};

// src/gotemplate/parse.ts
function parse(name, text, hasFunction) {
  let toks;
  try {
    toks = lex(text);
  } catch (e) {
    if (e instanceof LexError) throw new ParseError(e.message, e.pos);
    throw e;
  }
  return new Parser(text, toks, hasFunction).parseAll(name);
}
var Parser = class extends PipelineParser {
  rangeDepth = 0;
  defs = /* @__PURE__ */ new Map();
  parseAll(name) {
    this.scope = newScope();
    const root = { kind: "list", nodes: [] };
    while (this.peek().type !== "eof") {
      if (this.peek().type === "leftDelim") {
        const save = this.i;
        this.next();
        if (this.peekNonSpace().type === "keyword" && this.peekNonSpace().val === "define") {
          this.nextNonSpace();
          this.parseDefinition();
          continue;
        }
        this.i = save;
      }
      const n = this.textOrAction();
      if (n === "end" || n === "else") throw this.err(`unexpected {{${n}}}`, this.toks[this.i - 1]);
      root.nodes.push(n);
    }
    this.addDef({ name, root, slots: this.scope.slots });
    return this.defs;
  }
  addDef(def) {
    const old = this.defs.get(def.name);
    if (old !== void 0 && !isEmpty2(def.root)) {
      if (!isEmpty2(old.root)) throw new ParseError(`multiple definition of template "${def.name}"`, 0);
    }
    if (old === void 0 || !isEmpty2(def.root)) this.defs.set(def.name, def);
  }
  parseDefinition() {
    const nameTok = this.nextNonSpace();
    if (nameTok.type !== "string" && nameTok.type !== "rawString") throw this.unexpected(nameTok, "define clause");
    const name = this.unquoteTok(nameTok);
    this.expect("rightDelim", "define clause");
    const outer = this.scope;
    this.scope = newScope();
    const [root, end] = this.itemList();
    if (end !== "end") throw this.err(`unexpected {{${end}}} in define clause`, this.toks[this.i - 1]);
    this.addDef({ name, root, slots: this.scope.slots });
    this.scope = outer;
  }
  // ---- lists and actions
  /** Parse until {{end}} or {{else}}; returns the list and which keyword ended it. */
  itemList() {
    return this.nested(this.peek(), () => this.items());
  }
  items() {
    const list3 = { kind: "list", nodes: [] };
    for (; ; ) {
      if (this.peek().type === "eof") throw this.err("unexpected EOF", this.peek());
      const n = this.textOrAction();
      if (n === "end" || n === "else") return [list3, n];
      list3.nodes.push(n);
    }
  }
  textOrAction() {
    const t = this.next();
    if (t.type === "text") return { kind: "text", pos: t.pos, text: t.val };
    if (t.type === "leftDelim") return this.action();
    throw this.unexpected(t, "input");
  }
  action() {
    const t = this.peekNonSpace();
    if (t.type === "keyword") {
      this.nextNonSpace();
      switch (t.val) {
        case "end":
          this.expect("rightDelim", "end");
          return "end";
        case "else": {
          const p = this.peekNonSpace();
          if (p.type === "keyword" && (p.val === "if" || p.val === "with")) return "else";
          this.expect("rightDelim", "else");
          return "else";
        }
        case "if":
        case "with":
        case "range":
          return this.control(t.val, t.pos);
        case "template":
          return this.templateCall(t.pos);
        case "block":
          return this.block(t.pos);
        case "break":
        case "continue":
          if (this.rangeDepth === 0) throw this.err(`{{${t.val}}} outside {{range}}`, t);
          this.expect("rightDelim", `{{${t.val}}}`);
          return { kind: t.val, pos: t.pos };
        default:
          throw this.err(`unexpected <${t.val}> in command`, t);
      }
    }
    return { kind: "action", pos: t.pos, pipe: this.pipeline("command", "rightDelim") };
  }
  control(ctx, pos) {
    const mark = this.scope.vars.length;
    const pipe = this.pipeline(ctx, "rightDelim");
    if (pipe.decl.length === 0 && pipe.cmds.length === 0) throw this.err(`missing value for ${ctx}`, this.toks[this.i - 1]);
    if (ctx === "range") this.rangeDepth++;
    const [list3, end] = this.itemList();
    if (ctx === "range") this.rangeDepth--;
    let elseList;
    if (end === "else") {
      const p = this.peekNonSpace();
      if (ctx === "if" && p.val === "if" || ctx === "with" && p.val === "with") {
        if (p.type === "keyword") {
          this.nextNonSpace();
          elseList = { kind: "list", nodes: [this.nested(p, () => this.control(ctx, p.pos))] };
        }
      } else if (p.type === "keyword" && (p.val === "if" || p.val === "with")) {
        throw this.err(`unexpected <${p.val}> after {{else}} in ${ctx}`, p);
      }
      if (elseList === void 0) {
        const [l2, end2] = this.itemList();
        if (end2 !== "end") throw this.err("expected end; found {{else}}", this.toks[this.i - 1]);
        elseList = l2;
      }
    }
    this.scope.vars.length = mark;
    return { kind: ctx, pos, pipe, list: list3, elseList };
  }
  templateCall(pos) {
    const nameTok = this.nextNonSpace();
    if (nameTok.type !== "string" && nameTok.type !== "rawString") throw this.unexpected(nameTok, "template clause");
    const name = this.unquoteTok(nameTok);
    let pipe;
    if (this.peekNonSpace().type !== "rightDelim") pipe = this.pipeline("template clause", "rightDelim");
    else this.nextNonSpace();
    return { kind: "template", pos, name, pipe };
  }
  block(pos) {
    const nameTok = this.nextNonSpace();
    if (nameTok.type !== "string" && nameTok.type !== "rawString") throw this.unexpected(nameTok, "block clause");
    const name = this.unquoteTok(nameTok);
    const pipe = this.pipeline("block clause", "rightDelim");
    const outer = this.scope;
    const outerRange = this.rangeDepth;
    this.scope = newScope();
    this.rangeDepth = 0;
    const [root, end] = this.itemList();
    if (end !== "end") throw this.err("unexpected {{else}} in block clause", this.toks[this.i - 1]);
    this.addDef({ name, root, slots: this.scope.slots });
    this.scope = outer;
    this.rangeDepth = outerRange;
    return { kind: "template", pos, name, pipe };
  }
};
function isEmpty2(l2) {
  return l2.nodes.every((n) => n.kind === "text" && n.text.trim() === "");
}

// src/gotemplate/tree.ts
function deserializeTree(json, text, funcs) {
  let file;
  try {
    file = JSON.parse(json);
  } catch {
    return void 0;
  }
  if (file.text !== text) return void 0;
  const names2 = [...new Set(funcs)].sort();
  if (!Array.isArray(file.funcs) || file.funcs.length !== names2.length || file.funcs.some((f, i) => f !== names2[i])) return void 0;
  for (const n of file.numbers) {
    let node = file.defs;
    for (let i = 0; i < n.at.length - 1; i++) node = node[n.at[i]];
    node[n.at[n.at.length - 1]] = n.int !== void 0 ? BigInt(n.int) : n.float === "-0" ? -0 : Number(n.float);
  }
  return new Map(file.defs);
}

// src/gotemplate/index.ts
function parseTemplate(name, text, options = {}) {
  const funcs = options.funcs ? { ...BUILTINS, ...options.funcs } : BUILTINS;
  let compiled;
  try {
    const defs = options.tree ?? parse(name, text, (f) => Object.prototype.hasOwnProperty.call(funcs, f));
    compiled = new Compiler(name, text, funcs, options.fieldResolver).compileAll(defs);
  } catch (e) {
    if (e instanceof ParseError) {
      const { line, column } = lineCol(text, e.pos);
      throw new TemplateError("parse", name, line, column, e.message, void 0, void 0, { cause: e });
    }
    throw e;
  }
  return new CompiledTemplate(name, compiled, { ...DEFAULT_BUDGET, ...options.budget });
}
var CompiledTemplate = class {
  constructor(name, defs, budget) {
    this.name = name;
    this.defs = defs;
    this.budget = budget;
  }
  name;
  defs;
  budget;
  templateNames() {
    return [...this.defs.keys()];
  }
  has(name) {
    return this.defs.has(name);
  }
  execute(data, entryName = this.name) {
    const def = this.defs.get(entryName);
    if (def === void 0)
      throw new TemplateError("exec", this.name, 1, 1, `no template ${JSON.stringify(entryName)} associated with template ${JSON.stringify(this.name)}`, entryName);
    const frame = new Array(def.slots);
    frame[0] = data;
    const s = { out: "", frame, depth: 0, steps: 0, outBytes: 0, budget: this.budget, owned: /* @__PURE__ */ new WeakSet() };
    try {
      def.run(s, data);
    } catch (e) {
      if (isStackOverflow(e)) throw new TemplateError("exec", this.name, 1, 1, "exceeded the call stack: templates call and nest too deep", entryName, void 0, { cause: e });
      throw e;
    }
    return s.out;
  }
};

// src/render/functions/convert.ts
function jsonTextWithinLimit(v) {
  const s = stringArg(v);
  const deep = jsonDepthError(s);
  if (deep) throw new Error(deep);
  return s;
}
function stringArg(v) {
  if (typeof v === "string") return v;
  if (v === null || v === void 0) return "";
  throw new Error(`wrong type for value; expected string; got ${goTypeName(v)}`);
}
function int(v) {
  if (typeof v === "bigint") return Number(v);
  throw new Error(`wrong type for value; expected int; got ${goTypeName(v)}`);
}
function strval(v) {
  return typeof v === "string" ? v : formatValue(v === void 0 ? null : v);
}
function strMap(v) {
  if (v === null || v === void 0) return {};
  if (!isMap(v)) throw new Error(`wrong type for value; expected map[string]string; got ${goTypeName(v)}`);
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x !== "string" && x !== null && x !== void 0)
      throw new Error(`wrong type for value; expected map[string]string; got ${goTypeName(v)}`);
    setOwn(out, k, typeof x === "string" ? x : "");
  }
  return out;
}
function dict(v) {
  if (v === null || v === void 0) return {};
  if (!isMap(v)) throw new Error(`wrong type for value; expected map[string]interface {}; got ${goTypeName(v)}`);
  return v;
}
function toInt(v) {
  switch (typeof v) {
    case "bigint":
      return v;
    case "number":
      return Number.isFinite(v) ? BigInt(Math.trunc(v)) : 0n;
    case "boolean":
      return v ? 1n : 0n;
    case "string": {
      const s = v.replace(/\.0*$/, "");
      if (/^[-+]?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|[1-9][0-9]*|0)$/.test(s)) {
        const neg = s[0] === "-";
        const body = s.replace(/^[-+]/, "");
        const b = /^0[0-7]+$/.test(body) ? BigInt("0o" + body.slice(1)) : BigInt(body.replace(/^0O/, "0o"));
        return neg ? -b : b;
      }
      return 0n;
    }
  }
  return 0n;
}
function toFloat(v) {
  switch (typeof v) {
    case "number":
      return v;
    case "bigint":
      return Number(v);
    case "boolean":
      return v ? 1 : 0;
    case "string": {
      const t = v.trim();
      const f = t === "" ? NaN : Number(t);
      return Number.isNaN(f) ? 0 : f;
    }
  }
  return 0;
}
function isEmpty3(v) {
  switch (typeof v) {
    case "undefined":
      return true;
    case "string":
      return v.length === 0;
    case "boolean":
      return !v;
    case "number":
      return v === 0;
    case "bigint":
      return v === 0n;
    case "function":
      return false;
  }
  if (v === null) return true;
  if (Array.isArray(v)) return v.length === 0;
  return Object.keys(v).length === 0;
}
function strslice(v) {
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== void 0).map(strval);
  if (v === null || v === void 0) return [];
  return [strval(v)];
}
function list2(v, what) {
  if (Array.isArray(v)) return v;
  throw new Error(`Cannot ${what} on type ${goTypeName(v)}`);
}

// src/render/functions/istio-impl.ts
var GO_TRIM = /^[\s\u0085\u00a0]+|[\s\u0085\u00a0]+$/g;
function excludeInboundPort(port, excluded) {
  const portStr = formatValue(port === void 0 ? null : port).replace(GO_TRIM, "");
  const ex = stringArg(excluded);
  if (portStr.length === 0 || portStr === "0") return ex;
  const out = [];
  for (const p of ex.split(",")) {
    if (p === portStr) return ex;
    const t = p.replace(GO_TRIM, "");
    if (t.length > 0) out.push(t);
  }
  out.push(portStr);
  return out.join(",");
}
function containerPorts(containers, include) {
  const parts = [];
  for (const c of Array.isArray(containers) ? containers : []) {
    if (!isMap(c) || !include(c)) continue;
    for (const p of Array.isArray(c["ports"]) ? c["ports"] : []) {
      if (!isMap(p)) continue;
      if (p["protocol"] === "UDP" || p["protocol"] === "SCTP") continue;
      parts.push(formatValue(p["containerPort"] ?? 0n));
    }
  }
  return parts.join(",");
}
function appendMultusNetwork(existing, network) {
  const ex = stringArg(existing);
  const net = stringArg(network);
  if (ex === "") return net;
  const i = ex.lastIndexOf("]");
  if (i !== -1) {
    let networks;
    try {
      networks = JSON.parse(ex);
    } catch {
      return ex;
    }
    if (!Array.isArray(networks)) return ex;
    const slash = net.indexOf("/");
    const ns = slash >= 0 ? net.slice(0, slash) : "";
    const name = slash >= 0 ? net.slice(slash + 1) : net;
    for (const n of networks) {
      if (isMap(n) && n["name"] === name && (n["namespace"] ?? "") === ns) return ex;
    }
    const add = ns === "" ? `, {"name": "${name}"}` : `, {"name": "${name}", "namespace": "${ns}"}`;
    return ex.slice(0, i) + add + ex.slice(i);
  }
  for (const n of ex.split(",")) if (goTrimSpace(n) === net) return ex;
  return ex + ", " + net;
}
function mergeMaps2(...maps) {
  if (maps.length === 0) return null;
  const out = {};
  for (const m3 of maps.map(strMap)) for (const [k, v] of Object.entries(m3)) setOwn(out, k, v);
  return out;
}
function omitNil(v) {
  return omitNilInner(v)[0];
}
function omitNilInner(v) {
  if (v === null || v === void 0) return [null, true];
  if (Array.isArray(v)) {
    if (!v.some((x) => omitNilInner(x)[1])) return [v, false];
    const out = v.map(omitNil).filter((x) => x !== null);
    return [out.length === 0 ? null : out, true];
  }
  if (isMap(v)) {
    if (!Object.values(v).some((x) => omitNilInner(x)[1])) return [v, false];
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const f = omitNil(x);
      if (f !== null) setOwn(out, k, f);
    }
    return [Object.keys(out).length === 0 ? null : out, true];
  }
  return [v, false];
}
function formatDuration(d) {
  let nanos;
  if (typeof d === "string" && /^-?\d+(\.\d{1,9})?s$/.test(d)) {
    const neg = d.startsWith("-");
    const [w, f = ""] = d.replace(/^-/, "").slice(0, -1).split(".");
    nanos = BigInt(w) * 1000000000n + BigInt(f.padEnd(9, "0"));
    if (neg) nanos = -nanos;
  } else if (typeof d === "number" || typeof d === "bigint") {
    nanos = BigInt(Math.round(Number(d) * 1e9));
  } else if (isMap(d)) {
    nanos = BigInt(Number(d["seconds"] ?? 0)) * 1000000000n + BigInt(Number(d["nanos"] ?? 0));
  } else nanos = 0n;
  return goDurationString(nanos);
}
function goDurationString(n) {
  if (n === 0n) return "0s";
  const neg = n < 0n;
  let u = neg ? -n : n;
  let out;
  const frac = (v, digits) => {
    const s = v.toString().padStart(digits, "0").replace(/0+$/, "");
    return s === "" ? "" : "." + s;
  };
  if (u < 1000000000n) {
    if (u < 1000n) out = `${u}ns`;
    else if (u < 1000000n) out = `${u / 1000n}${frac(u % 1000n, 3)}\xB5s`;
    else out = `${u / 1000000n}${frac(u % 1000000n, 6)}ms`;
  } else {
    const secs = u / 1000000000n;
    const fs2 = frac(u % 1000000000n, 9);
    u = secs;
    const h = u / 3600n;
    const m3 = u % 3600n / 60n;
    const s = u % 60n;
    out = h > 0n ? `${h}h${m3}m${s}${fs2}s` : m3 > 0n ? `${m3}m${s}${fs2}s` : `${s}${fs2}s`;
  }
  return neg ? "-" + out : out;
}
function imageTagDigest(image) {
  let digest = "";
  let img = image;
  const at = img.indexOf("@");
  if (at >= 0) {
    digest = img.slice(at + 1);
    img = img.slice(0, at);
  }
  const slash = img.lastIndexOf("/");
  const colon = img.lastIndexOf(":");
  return [colon > slash ? img.slice(colon + 1) : "", digest];
}
function otelResourceAttributes(mc, annotations, labels, namespace, containers) {
  const providers = isMap(mc) && Array.isArray(mc["extensionProviders"]) ? mc["extensionProviders"] : [];
  const enabled = providers.some(
    (p) => isMap(p) && isMap(p["opentelemetry"]) && p["opentelemetry"]["serviceAttributeEnrichment"] === "OTEL_SEMANTIC_CONVENTIONS"
  );
  if (!enabled) return "";
  const ann = strMap(annotations);
  const lab = strMap(labels);
  const ns = stringArg(namespace);
  const cs = Array.isArray(containers) ? containers.filter(isMap) : [];
  const attrs = [];
  const a2 = (k) => ann[`resource.opentelemetry.io/${k}`] ?? "";
  if (a2("service.namespace")) attrs.push("service.namespace=" + a2("service.namespace"));
  else if (ns !== "") attrs.push("service.namespace=" + ns);
  if (a2("service.version")) attrs.push("service.version=" + a2("service.version"));
  else if (lab["app.kubernetes.io/version"]) attrs.push("service.version=" + lab["app.kubernetes.io/version"]);
  else if (cs.length === 1) {
    const [tag, digest] = imageTagDigest(typeof cs[0]["image"] === "string" ? cs[0]["image"] : "");
    if (tag && digest) attrs.push(`service.version=${tag}@${digest}`);
    else if (digest) attrs.push("service.version=" + digest);
    else if (tag) attrs.push("service.version=" + tag);
  }
  if (a2("service.instance.id")) attrs.push("service.instance.id=" + a2("service.instance.id"));
  else if (cs.length > 0) attrs.push(`service.instance.id=${ns}.$(POD_NAME).${typeof cs[0]["name"] === "string" ? cs[0]["name"] : ""}`);
  return attrs.join(",");
}

// src/render/functions/marshal-json.ts
function marshalGoJson(v, opts = {}) {
  return enc(v, opts.sortKeys ?? true, opts.escapeHTML ?? true, opts.indent, "");
}
function goJsonFloat(f) {
  if (!Number.isFinite(f)) throw new Error(`json: unsupported value: ${formatFloat(f, "g")}`);
  const a2 = Math.abs(f);
  if (a2 !== 0 && (a2 < 1e-6 || a2 >= 1e21)) {
    return formatFloat(f, "e").replace(/e([+-])0(\d)$/, "e$1$2");
  }
  return formatFloat(f, "f");
}
function quoteJson(s, escapeHTML = true) {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep;
    if (c < 32) {
      rep = c === 10 ? "\\n" : c === 13 ? "\\r" : c === 9 ? "\\t" : c === 8 ? "\\b" : c === 12 ? "\\f" : "\\u00" + c.toString(16).padStart(2, "0");
    } else if (c === 34) rep = '\\"';
    else if (c === 92) rep = "\\\\";
    else if (escapeHTML && (c === 60 || c === 62 || c === 38)) rep = "\\u00" + c.toString(16);
    else if (c === 8232 || c === 8233) rep = "\\u" + c.toString(16);
    else if (c >= 55296 && c <= 57343) {
      const next = s.charCodeAt(i + 1);
      if (c <= 56319 && next >= 56320 && next <= 57343) {
        i++;
        continue;
      }
      rep = "\\ufffd";
    }
    if (rep !== void 0) {
      out += s.slice(start, i) + rep;
      start = i + 1;
    }
  }
  return out + s.slice(start) + '"';
}
function enc(v, sort, html, indent, cur) {
  switch (typeof v) {
    case "string":
      return quoteJson(v, html);
    case "number":
      return goJsonFloat(v);
    case "bigint":
      return v.toString();
    case "boolean":
      return v ? "true" : "false";
    case "undefined":
      return "null";
    case "function":
    case "symbol":
      throw new Error(`json: unsupported type: ${goTypeName(v)}`);
  }
  if (v === null) return "null";
  const inner = indent === void 0 ? "" : cur + indent;
  const nl = indent === void 0 ? "" : "\n";
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    const parts2 = v.map((e) => nl + inner + enc(e, sort, html, indent, inner));
    return "[" + parts2.join(",") + nl + cur + "]";
  }
  const o = v;
  const keys = Object.keys(o);
  if (sort) keys.sort(compareStrings);
  if (keys.length === 0) return "{}";
  const sep = indent === void 0 ? ":" : ": ";
  const parts = keys.map((k) => nl + inner + quoteJson(k, html) + sep + enc(o[k], sort, html, indent, inner));
  return "{" + parts.join(",") + nl + cur + "}";
}

// src/render/functions/yaml-scalar.ts
var isLetter = (c) => new RegExp("\\p{L}", "u").test(c);
var isDigit2 = (c) => c !== void 0 && new RegExp("\\p{Nd}", "u").test(c);
function yamlKeyCompare(a2, b) {
  if (a2 === b) return 0;
  if (/^[a-z]*$/.test(a2) && /^[a-z]*$/.test(b)) return compareStrings(a2, b);
  return yamlKeyLess(a2, b) ? -1 : yamlKeyLess(b, a2) ? 1 : 0;
}
function yamlKeyLess(a2, b) {
  const ar = [...a2];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i].codePointAt(0) < br[i].codePointAt(0);
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === "0" || br[i] === "0") {
      for (let j = i - 1; j >= 0 && isDigit2(ar[j]); j--) {
        if (ar[j] !== "0") {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit2(ar[ai]); ai++) an = an * 10 + (ar[ai].charCodeAt(0) - 48);
    let bi = i;
    for (; bi < br.length && isDigit2(br[bi]); bi++) bn = bn * 10 + (br[bi].charCodeAt(0) - 48);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i].codePointAt(0) < br[i].codePointAt(0);
  }
  return ar.length < br.length;
}
var isBreak = (cp) => cp === 10 || cp === 13 || cp === 133 || cp === 8232 || cp === 8233;
var isPrintable = (cp) => cp === 10 || cp >= 32 && cp <= 126 || cp >= 160 && cp <= 55295 || cp >= 57344 && cp <= 65533 && cp !== 65279;
function doubleEscape(cp) {
  switch (cp) {
    case 0:
      return "0";
    case 7:
      return "a";
    case 8:
      return "b";
    case 9:
      return "t";
    case 10:
      return "n";
    case 11:
      return "v";
    case 12:
      return "f";
    case 13:
      return "r";
    case 27:
      return "e";
    case 34:
      return '"';
    case 92:
      return "\\";
    case 133:
      return "N";
    case 160:
      return "_";
    case 8232:
      return "L";
    case 8233:
      return "P";
  }
  const h = cp.toString(16).toUpperCase();
  if (cp <= 255) return "x" + h.padStart(2, "0");
  if (cp <= 65535) return "u" + h.padStart(4, "0");
  return "U" + h.padStart(8, "0");
}
var SIMPLE_PLAIN = /^[A-Za-z0-9_./$()=+-][A-Za-z0-9_./$()=+-]*$/;
function analyze(s) {
  if (SIMPLE_PLAIN.test(s) && s[0] !== "-" && !s.startsWith("...")) return { multiline: false, blockPlain: true, singleQuoted: true, block: true };
  if (s.length === 0) return { multiline: false, blockPlain: true, singleQuoted: true, block: false };
  let blockIndicators = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  if (s.startsWith("---") || s.startsWith("...")) blockIndicators = true;
  const cs = [...s];
  let precededByWhitespace = true;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    const cp = c.codePointAt(0);
    const next = cs[i + 1];
    const followedByWhitespace = next === void 0 || next === " " || next === "	";
    if (i === 0) {
      if ("#,[]{}&*!|>'\"%@`".includes(c)) blockIndicators = true;
      if ((c === "?" || c === ":") && followedByWhitespace) blockIndicators = true;
      if (c === "-" && followedByWhitespace) blockIndicators = true;
    } else {
      if (c === ":" && followedByWhitespace) blockIndicators = true;
      if (c === "#" && precededByWhitespace) blockIndicators = true;
    }
    if (!isPrintable(cp) || cp === 8232 || cp === 8233) special = true;
    if (isBreak(cp)) lineBreaks = true;
    if (c === " ") {
      if (i === 0) leadingSpace = true;
      if (i === cs.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(cp)) {
      if (i === 0) leadingBreak = true;
      if (i === cs.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = c === " " || c === "	" || isBreak(cp);
  }
  let blockPlain = true;
  let singleQuoted = true;
  let block = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlain = false;
  if (trailingSpace) block = false;
  if (breakSpace) {
    blockPlain = false;
    singleQuoted = false;
  }
  if (spaceBreak || special) {
    blockPlain = false;
    singleQuoted = false;
    block = false;
  }
  if (lineBreaks) blockPlain = false;
  if (blockIndicators) blockPlain = false;
  return { multiline: lineBreaks, blockPlain, singleQuoted, block };
}
var RESOLVE_MAP = /* @__PURE__ */ new Set([
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "true",
  "True",
  "TRUE",
  "on",
  "On",
  "ON",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "false",
  "False",
  "FALSE",
  "off",
  "Off",
  "OFF",
  "",
  "~",
  "null",
  "Null",
  "NULL",
  // The merge key: yaml.v2 resolves it to !!merge, so it quotes the string "<<".
  "<<",
  ".nan",
  ".NaN",
  ".NAN",
  ".inf",
  ".Inf",
  ".INF",
  "+.inf",
  "+.Inf",
  "+.INF",
  "-.inf",
  "-.Inf",
  "-.INF"
]);
var YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
var GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
var BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
var TIMESTAMP2 = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/;
function resolvesToString(s) {
  const c = s[0];
  if (c !== void 0 && /[a-mp-xzA-MP-XZ_/$]/.test(c) && c !== "f" && c !== "F" && c !== "t" && c !== "T") return true;
  if (s === "" || RESOLVE_MAP.has(s)) return false;
  if (c === ".") return !/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s);
  if (c === "+" || c === "-" || c !== void 0 && c >= "0" && c <= "9") {
    if (isTimestamp(s)) return false;
    const plain = s.replace(/_/g, "");
    if (GO_INT.test(plain) && fitsGoInt(plain)) return false;
    if (YAML_FLOAT.test(plain)) return false;
    if (/^-?0b[01]+$/.test(plain)) return false;
    if (s.includes(":") && BASE60.test(s)) return false;
  }
  return true;
}
function fitsGoInt(plain) {
  let t = plain;
  let neg = false;
  if (t[0] === "+" || t[0] === "-") {
    neg = t[0] === "-";
    t = t.slice(1);
  }
  let v;
  if (/^0[0-7]+$/.test(t)) v = BigInt("0o" + t.slice(1));
  else v = BigInt(t.replace(/^0[oO]/, "0o"));
  if (neg) v = -v;
  return v >= -(2n ** 63n) && v < 2n ** 64n;
}
function isTimestamp(s) {
  const m3 = TIMESTAMP2.exec(s);
  if (!m3) return false;
  const month = Number(m3[2]);
  const day = Number(m3[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (m3[4] !== void 0 && (Number(m3[4]) > 23 || Number(m3[5]) > 59 || Number(m3[6]) > 59)) return false;
  return true;
}

// src/render/functions/go-yaml.ts
var BEST_WIDTH = 80;
var Raw = class {
  constructor(text) {
    this.text = text;
  }
  text;
};
function marshalGoYaml(v) {
  const e = new Emitter();
  e.document(normalize(v));
  return e.out;
}
function normalize(v) {
  switch (typeof v) {
    case "string":
      return v;
    case "boolean":
      return new Raw(v ? "true" : "false");
    case "bigint":
      return new Raw(v.toString());
    case "number":
      return new Raw(yamlNumber(goJsonFloat(v)));
    case "undefined":
      return new Raw("null");
    case "function":
    case "symbol":
      throw new Error(`json: unsupported type: ${typeof v}`);
  }
  if (v === null) return new Raw("null");
  if (Array.isArray(v)) return v.map(normalize);
  const o = v;
  const m3 = /* @__PURE__ */ new Map();
  for (const k of Object.keys(o).sort(yamlKeyCompare)) m3.set(k, normalize(o[k]));
  return m3;
}
function yamlNumber(json) {
  if (/^-?\d+$/.test(json)) {
    const b = BigInt(json);
    if (b >= -(2n ** 63n) && b < 2n ** 64n) return b.toString();
  }
  return formatFloat(Number(json), "g");
}
var Emitter = class {
  out = "";
  column = 0;
  indention = true;
  whitespace = true;
  document(n) {
    this.node(n, -1, "root");
    this.writeIndent(0);
  }
  put(s) {
    this.out += s;
    this.column += s.length;
  }
  putBreak() {
    this.out += "\n";
    this.column = 0;
  }
  writeIndent(indent) {
    if (!this.indention || this.column > indent || this.column === indent && !this.whitespace) this.putBreak();
    while (this.column < indent) this.put(" ");
    this.whitespace = true;
    this.indention = true;
  }
  indicator(s, needWhitespace, isWhitespace, isIndention) {
    if (needWhitespace && !this.whitespace) this.put(" ");
    this.put(s);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }
  /** Emit a node. `indent` is the current block indent; ctx tells where the node sits. */
  node(n, indent, ctx) {
    if (n instanceof Map) {
      if (n.size === 0) return this.indicator("{}", true, false, false);
      const ind = indent < 0 ? 0 : indent + 2;
      for (const [k, v] of n) {
        this.writeIndent(ind);
        const simple = !k.includes("\n") && Buffer.byteLength(k) <= 128;
        if (simple) {
          this.scalar(k, ind + 2, true);
          this.indicator(":", false, false, false);
          this.node(v, ind, "mapValue");
        } else {
          this.indicator("?", true, false, true);
          this.scalarOrNode(k, ind);
          this.writeIndent(ind);
          this.indicator(":", true, false, true);
          this.node(v, ind, "mapValue");
        }
      }
      return;
    }
    if (Array.isArray(n)) {
      if (n.length === 0) return this.indicator("[]", true, false, false);
      const ind = indent < 0 ? 0 : ctx === "mapValue" ? indent : indent + 2;
      for (const item of n) {
        this.writeIndent(ind);
        this.indicator("-", true, false, true);
        this.node(item, ind, "seqItem");
      }
      return;
    }
    this.scalarOrNode(n, indent);
  }
  scalarOrNode(n, indent) {
    const scalarIndent = indent < 0 ? 2 : indent + 2;
    if (n instanceof Raw) {
      this.indicator(n.text, true, false, false);
      return;
    }
    this.scalar(n, scalarIndent, false);
  }
  scalar(s, indent, simpleKey) {
    const a2 = analyze(s);
    let style;
    if (s.includes("\n")) style = "literal";
    else if (resolvesToString(s)) style = "plain";
    else style = "double";
    if (simpleKey && a2.multiline) style = "double";
    if (style === "plain") {
      if (!a2.blockPlain || s.length === 0 && simpleKey) style = "single";
    }
    if (style === "single" && !a2.singleQuoted) style = "double";
    if (style === "literal" && (!a2.block || simpleKey)) style = "double";
    const allowBreaks = !simpleKey;
    switch (style) {
      case "plain":
        return this.writePlain(s, indent, allowBreaks);
      case "single":
        return this.writeSingle(s, indent, allowBreaks);
      case "double":
        return this.writeDouble(s, indent, allowBreaks);
      case "literal":
        return this.writeLiteral(s, indent);
    }
  }
  writePlain(s, indent, allowBreaks) {
    if (!this.whitespace) this.put(" ");
    if (!s.includes(" ")) {
      this.put(s);
      this.whitespace = false;
      this.indention = false;
      return;
    }
    const cs = [...s];
    let spaces = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      if (c === " ") {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && cs[i + 1] !== " ") this.writeIndent(indent);
        else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        this.indention = false;
        spaces = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }
  writeSingle(s, indent, allowBreaks) {
    this.indicator("'", true, false, false);
    const cs = [...s];
    let spaces = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      if (c === " ") {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < cs.length - 1 && cs[i + 1] !== " ")
          this.writeIndent(indent);
        else this.put(c);
        spaces = true;
      } else {
        this.put(c === "'" ? "''" : c);
        this.indention = false;
        spaces = false;
      }
    }
    this.indicator("'", false, false, false);
  }
  writeDouble(s, indent, allowBreaks) {
    this.indicator('"', true, false, false);
    const cs = [...s];
    let spaces = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      const cp = c.codePointAt(0);
      if (!isPrintable(cp) || isBreak(cp) || c === '"' || c === "\\") {
        this.put("\\" + doubleEscape(cp));
        spaces = false;
      } else if (c === " ") {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < cs.length - 1) {
          this.writeIndent(indent);
          if (cs[i + 1] === " ") this.put("\\");
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    }
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }
  writeLiteral(s, indent) {
    this.indicator("|", true, false, false);
    const first = s.codePointAt(0);
    if (first === 32 || first !== void 0 && isBreak(first)) this.indicator("2", false, false, false);
    const cs = [...s];
    const last = cs.length > 0 ? cs[cs.length - 1].codePointAt(0) : -1;
    let chomp = "";
    if (cs.length === 0 || !isBreak(last)) chomp = "-";
    else if (cs.length === 1 || isBreak(cs[cs.length - 2].codePointAt(0))) chomp = "+";
    if (chomp) this.indicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of cs) {
      if (isBreak(c.codePointAt(0))) {
        if (c === "\n") this.putBreak();
        else {
          this.out += c;
          this.column = 0;
        }
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) {
          this.writeIndent(indent);
          breaks = false;
        }
        this.put(c);
        this.indention = false;
      }
    }
  }
};

// src/render/functions/istio.ts
function istioFunctions(options) {
  const getEnv = options.getEnv;
  const protoToJSON = options.protoToJSON ?? ((v) => {
    if (v === null || v === void 0) return "{}";
    try {
      return marshalGoJson(v, { sortKeys: false, escapeHTML: false });
    } catch {
      return "{}";
    }
  });
  return {
    formatDuration: (d) => formatDuration(d),
    isset: (m3, key) => isMap(m3) && Object.hasOwn(m3, stringArg(key)),
    excludeInboundPort: (port, excluded) => excludeInboundPort(port, excluded),
    includeInboundPorts: (containers) => containerPorts(containers, () => true),
    kubevirtInterfaces: (s) => stringArg(s),
    excludeInterfaces: (s) => stringArg(s),
    applicationPorts: (containers) => containerPorts(containers, (c) => c["name"] !== PROXY_CONTAINER),
    annotation: (meta, name, def) => {
      const anns = isMap(meta) ? meta["annotations"] : void 0;
      const k = stringArg(name);
      if (isMap(anns) && Object.hasOwn(anns, k)) {
        const v = anns[k];
        if (typeof v === "string") return v;
        if (v !== null && v !== void 0) throw new Error(`wrong type for value; expected map[string]string; got ${goTypeName(anns)}`);
        return "";
      }
      return formatValue(def === void 0 ? null : def);
    },
    valueOrDefault: (value, def) => value === "" || value === null || value === void 0 ? def : value,
    toJSON: (m3) => m3 === null || m3 === void 0 ? "{}" : marshalGoJson(strMap(m3)),
    fromJSON: (s) => {
      const text = jsonTextWithinLimit(s);
      try {
        return JSON.parse(text);
      } catch {
        return "{}";
      }
    },
    structToJSON: (v) => {
      if (v === null || v === void 0) return "{}";
      try {
        return marshalGoJson(v, { sortKeys: false });
      } catch {
        return "{}";
      }
    },
    protoToJSON: (v) => protoToJSON(v),
    toYaml: (v) => {
      try {
        return marshalGoYaml(v);
      } catch {
        return "";
      }
    },
    // Istio's indent leaves the first line alone (unlike sprig's).
    indent: (spaces, source) => {
      if (typeof spaces !== "bigint") throw new Error(`wrong type for value; expected int; got ${typeof spaces}`);
      const pad2 = " ".repeat(Math.max(Number(spaces), 0));
      return stringArg(source).replaceAll("\n", "\n" + pad2);
    },
    directory: (p) => {
      const s = stringArg(p);
      return s.slice(0, s.lastIndexOf("/") + 1);
    },
    // Same argument order as sprig's: contains SUBSTRING STRING.
    contains: (needle, haystack) => stringArg(haystack).includes(stringArg(needle)),
    toLower: (s) => stringArg(s).toLowerCase(),
    appendMultusNetwork: (existing, network) => appendMultusNetwork(existing, network),
    env: (key, def) => {
      const v = getEnv(stringArg(key));
      return v === void 0 || v === "" ? stringArg(def) : v;
    },
    omit: variadic((d, ...keys) => {
      const drop = new Set(keys.map(stringArg));
      return Object.fromEntries(Object.entries(strMap(d)).filter(([k]) => !drop.has(k)));
    }),
    strdict: variadic((...v) => {
      const d = {};
      for (let i = 0; i < v.length; i += 2) setOwn(d, stringArg(v[i]), i + 1 < v.length ? stringArg(v[i + 1]) : "");
      return d;
    }),
    toJsonMap: variadic((...maps) => marshalGoJson(mergeMaps2(...maps))),
    mergeMaps: variadic((...maps) => mergeMaps2(...maps)),
    omitNil: (v) => omitNil(v),
    otelResourceAttributes: (mc, ann, labels, ns, containers) => otelResourceAttributes(mc, ann, labels, ns, containers)
  };
}

// src/render/functions/sprig-data.ts
import { posix } from "node:path";
var regexCache = /* @__PURE__ */ new Map();
function goRegex(pattern, global = false) {
  const key = (global ? "g:" : ":") + pattern;
  let re = regexCache.get(key);
  if (re) return re;
  let flags = global ? "gu" : "u";
  let src = pattern;
  const m3 = /^\(\?([imsU]+)\)/.exec(src);
  if (m3) {
    for (const f of m3[1]) if (f !== "U" && !flags.includes(f)) flags += f;
    src = src.slice(m3[0].length);
  }
  src = src.replace(/\(\?P</g, "(?<").replace(/\\z/g, "$(?![\\s\\S])");
  try {
    re = new RegExp(src, flags);
  } catch (e) {
    throw new Error(`error parsing regexp: ${e.message}`);
  }
  if (regexCache.size < 500) regexCache.set(key, re);
  return re;
}
function mergeInto(dst, src, overwrite) {
  for (const [k, v] of Object.entries(src)) {
    const has = Object.hasOwn(dst, k);
    const d = has ? dst[k] : void 0;
    if (isMap(d) && isMap(v)) mergeInto(d, v, overwrite);
    else if (overwrite ? !isEmpty3(v) || !has : !has || isEmpty3(d)) setOwn(dst, k, deepCopy(v));
  }
  return dst;
}
function deepCopy(v) {
  if (Array.isArray(v)) return v.map(deepCopy);
  if (isMap(v)) {
    const o = {};
    for (const [k, x] of Object.entries(v)) setOwn(o, k, deepCopy(x));
    return o;
  }
  return v;
}
var ints = (xs) => xs.map(toInt);
var MAX_RANGE = DEFAULT_BUDGET.maxListLength;
function checkRangeLength(name, length) {
  if (length > MAX_RANGE) {
    throw new Error(`${name}: a list of ${length.toLocaleString("en-US")} elements is longer than the ${MAX_RANGE.toLocaleString("en-US")} a template may build`);
  }
}
var goDiv = (a2, b) => {
  if (b === 0n) throw new Error("runtime error: integer divide by zero");
  return a2 / b;
};
function uniq(xs) {
  const out = [];
  for (const x of xs) if (!out.some((y) => deepEqual(x, y))) out.push(x);
  return out;
}
function appender() {
  return Object.assign((l2, v) => [...list2(l2, "push"), v], { inPlace: (l2, v) => void l2.push(v) });
}
var SPRIG_DATA = {
  // logic
  default: variadic((d, ...given) => given.length === 0 || isEmpty3(given[0]) ? d : given[0]),
  empty: (v) => isEmpty3(v),
  coalesce: variadic((...xs) => xs.find((x) => !isEmpty3(x)) ?? null),
  all: variadic((...xs) => xs.every((x) => !isEmpty3(x))),
  any: variadic((...xs) => xs.some((x) => !isEmpty3(x))),
  ternary: (vt, vf, b) => {
    if (typeof b !== "boolean") throw new Error(`wrong type for value; expected bool; got ${goTypeName(b)}`);
    return b ? vt : vf;
  },
  deepEqual: (a2, b) => deepEqual(a2, b),
  deepCopy: (v) => deepCopy(v),
  // math
  add: variadic((...xs) => ints(xs).reduce((a2, b) => a2 + b, 0n)),
  add1: (a2) => toInt(a2) + 1n,
  sub: (a2, b) => toInt(a2) - toInt(b),
  mul: variadic((a2, ...xs) => ints(xs).reduce((p, b) => p * b, toInt(a2))),
  div: (a2, b) => goDiv(toInt(a2), toInt(b)),
  mod: (a2, b) => {
    const d = toInt(b);
    if (d === 0n) throw new Error("runtime error: integer divide by zero");
    return toInt(a2) % d;
  },
  max: variadic((a2, ...xs) => ints(xs).reduce((m3, b) => b > m3 ? b : m3, toInt(a2))),
  min: variadic((a2, ...xs) => ints(xs).reduce((m3, b) => b < m3 ? b : m3, toInt(a2))),
  addf: variadic((...xs) => xs.map(toFloat).reduce((a2, b) => a2 + b, 0)),
  subf: variadic((a2, ...xs) => xs.map(toFloat).reduce((p, b) => p - b, toFloat(a2))),
  mulf: variadic((a2, ...xs) => xs.map(toFloat).reduce((p, b) => p * b, toFloat(a2))),
  divf: variadic((a2, ...xs) => xs.map(toFloat).reduce((p, b) => p / b, toFloat(a2))),
  maxf: variadic((a2, ...xs) => Math.max(toFloat(a2), ...xs.map(toFloat))),
  minf: variadic((a2, ...xs) => Math.min(toFloat(a2), ...xs.map(toFloat))),
  floor: (a2) => Math.floor(toFloat(a2)),
  ceil: (a2) => Math.ceil(toFloat(a2)),
  round: variadic((a2, p, ...r) => {
    const f = 10 ** Number(toInt(p));
    const half = r.length > 0 ? toFloat(r[0]) : 0.5;
    const x = toFloat(a2) * f;
    const i = Math.trunc(x);
    return (Math.abs(x - i) >= half ? i + Math.sign(x) : i) / f;
  }),
  until: (n) => {
    const c = Number(toInt(n));
    checkRangeLength("until", Math.abs(c));
    const out = [];
    if (c >= 0) for (let i = 0; i < c; i++) out.push(BigInt(i));
    else for (let i = 0; i > c; i--) out.push(BigInt(i));
    return out;
  },
  untilStep: (start, stop, step) => {
    const [a2, b, s] = [Number(toInt(start)), Number(toInt(stop)), Number(toInt(step))];
    const out = [];
    if (s === 0 || s > 0 && a2 >= b || s < 0 && a2 <= b) return out;
    checkRangeLength("untilStep", Math.ceil(Math.abs((b - a2) / s)));
    for (let i = a2; s > 0 ? i < b : i > b; i += s) out.push(BigInt(i));
    return out;
  },
  // lists
  list: variadic((...xs) => xs),
  tuple: variadic((...xs) => xs),
  append: appender(),
  push: appender(),
  mustAppend: appender(),
  prepend: (l2, v) => [v, ...list2(l2, "prepend")],
  first: (l2) => list2(l2, "find first").length > 0 ? l2[0] : null,
  last: (l2) => list2(l2, "find last").length > 0 ? l2[l2.length - 1] : null,
  rest: (l2) => list2(l2, "find rest").length > 0 ? l2.slice(1) : null,
  initial: (l2) => list2(l2, "find initial").length > 0 ? l2.slice(0, -1) : null,
  reverse: (l2) => [...list2(l2, "find reverse")].reverse(),
  uniq: (l2) => uniq(list2(l2, "find uniq")),
  compact: (l2) => list2(l2, "compact").filter((x) => !isEmpty3(x)),
  without: variadic((l2, ...omit) => list2(l2, "find without").filter((x) => !omit.some((o) => deepEqual(o, x)))),
  has: (needle, hay) => hay === null || hay === void 0 ? false : list2(hay, "find has").some((x) => deepEqual(x, needle)),
  concat: variadic((...ls) => ls.flatMap((l2) => list2(l2, "concat"))),
  slice: variadic((l2, ...ix) => {
    const a2 = list2(l2, "slice");
    if (a2.length === 0) return null;
    const start = ix.length > 0 ? Number(toInt(ix[0])) : 0;
    const end = ix.length > 1 ? Number(toInt(ix[1])) : a2.length;
    if (start < 0 || end > a2.length || start > end) throw new Error(`slice bounds out of range [${start}:${end}]`);
    return a2.slice(start, end);
  }),
  // dicts
  dict: variadic((...xs) => {
    const d = {};
    for (let i = 0; i < xs.length; i += 2) setOwn(d, strval(xs[i]), i + 1 < xs.length ? xs[i + 1] : "");
    return d;
  }),
  get: (d, k) => {
    const m3 = dict(d);
    return Object.hasOwn(m3, stringArg(k)) ? m3[stringArg(k)] : "";
  },
  set: (d, k, v) => {
    const m3 = dict(d);
    setOwn(m3, stringArg(k), v);
    return m3;
  },
  unset: (d, k) => {
    const m3 = dict(d);
    delete m3[stringArg(k)];
    return m3;
  },
  hasKey: (d, k) => Object.hasOwn(dict(d), stringArg(k)),
  pluck: variadic((k, ...ds) => ds.map(dict).filter((m3) => Object.hasOwn(m3, stringArg(k))).map((m3) => m3[stringArg(k)])),
  keys: variadic((...ds) => ds.flatMap((d) => sortedKeys(dict(d)))),
  values: (d) => {
    const m3 = dict(d);
    return sortedKeys(m3).map((k) => m3[k]);
  },
  pick: variadic((d, ...ks) => {
    const m3 = dict(d);
    const out = {};
    for (const k of ks.map(stringArg)) if (Object.hasOwn(m3, k)) setOwn(out, k, m3[k]);
    return out;
  }),
  omit: variadic((d, ...ks) => {
    const drop = new Set(ks.map(stringArg));
    return Object.fromEntries(Object.entries(dict(d)).filter(([k]) => !drop.has(k)));
  }),
  merge: variadic((dst, ...srcs) => srcs.reduce((d, s) => mergeInto(d, dict(s), false), dict(dst))),
  mustMerge: variadic((dst, ...srcs) => srcs.reduce((d, s) => mergeInto(d, dict(s), false), dict(dst))),
  mergeOverwrite: variadic((dst, ...srcs) => srcs.reduce((d, s) => mergeInto(d, dict(s), true), dict(dst))),
  dig: variadic((...args) => {
    if (args.length < 3) throw new Error("dig needs at least three arguments");
    let cur = args[args.length - 1];
    const def = args[args.length - 2];
    for (const k of args.slice(0, -2).map(stringArg)) {
      if (!isMap(cur) || !Object.hasOwn(cur, k)) return def;
      cur = cur[k];
    }
    return cur;
  }),
  // regex
  regexMatch: (re, s) => goRegex(stringArg(re)).test(stringArg(s)),
  mustRegexMatch: (re, s) => goRegex(stringArg(re)).test(stringArg(s)),
  regexFind: (re, s) => goRegex(stringArg(re)).exec(stringArg(s))?.[0] ?? "",
  regexFindAll: (re, s, n) => {
    const all = [...stringArg(s).matchAll(goRegex(stringArg(re), true))].map((m3) => m3[0]);
    const c = int(n);
    return c < 0 ? all : all.slice(0, c);
  },
  regexReplaceAll: (re, s, repl) => stringArg(s).replace(goRegex(stringArg(re), true), stringArg(repl).replace(/\$\{(\w+)\}/g, (_m, g) => /^\d+$/.test(g) ? "$" + g : `$<${g}>`)),
  regexReplaceAllLiteral: (re, s, repl) => stringArg(s).replace(goRegex(stringArg(re), true), () => stringArg(repl)),
  regexSplit: (re, s, n) => {
    const parts = stringArg(s).split(goRegex(stringArg(re), true));
    const c = int(n);
    return c < 0 || parts.length <= c ? parts : [...parts.slice(0, c - 1), parts.slice(c - 1).join("")];
  },
  regexQuoteMeta: (s) => stringArg(s).replace(/[\\.+*?()|[\]{}^$]/g, "\\$&"),
  // paths
  base: (p) => stringArg(p) === "" ? "." : posix.basename(stringArg(p)) || "/",
  dir: (p) => posix.dirname(stringArg(p)),
  ext: (p) => posix.extname(stringArg(p)),
  clean: (p) => stringArg(p) === "" ? "." : posix.normalize(stringArg(p)).replace(/(.)\/$/, "$1"),
  isAbs: (p) => posix.isAbsolute(stringArg(p))
};

// start-up-light:node:crypto
import { createRequire as createRequire3 } from "node:module";
var require3 = createRequire3(import.meta.url);
var m2;
var load3 = () => m2 ??= require3("node:crypto");
function createHash(...a2) {
  return load3().createHash(...a2);
}

// src/render/functions/sprig-strings.ts
var utf8 = (s) => Buffer.from(s, "utf8");
var isAscii = (s) => !/[^\x00-\x7f]/.test(s);
function byteSlice(s, lo, hi) {
  if (isAscii(s)) return s.slice(lo, hi);
  return utf8(s).subarray(lo, hi).toString("utf8");
}
var byteLen = (s) => isAscii(s) ? s.length : utf8(s).length;
function sprigIndent(spaces, s) {
  const pad2 = " ".repeat(Math.max(spaces, 0));
  return pad2 + s.split("\n").join("\n" + pad2);
}
function title(s) {
  let prev = " ";
  let out = "";
  for (const c of s) {
    out += isSeparator(prev) ? c.toUpperCase() : c;
    prev = c;
  }
  return out;
}
var isSeparator = (c) => !/[\p{L}\p{N}_]/u.test(c);
function trimCutset(s, cutset, left, right) {
  const set = new Set(cutset);
  const cs = [...s];
  let a2 = 0;
  let b = cs.length;
  if (left) while (a2 < b && set.has(cs[a2])) a2++;
  if (right) while (b > a2 && set.has(cs[b - 1])) b--;
  return cs.slice(a2, b).join("");
}
var GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
var trimSpace = (s) => {
  const cs = [...s];
  let a2 = 0;
  let b = cs.length;
  while (a2 < b && GO_SPACE.test(cs[a2])) a2++;
  while (b > a2 && GO_SPACE.test(cs[b - 1])) b--;
  return cs.slice(a2, b).join("");
};
function splitMap(parts) {
  const out = {};
  parts.forEach((p, i) => out["_" + i] = p);
  return out;
}
function goSplit(s, sep, n = -1) {
  if (n === 0) return [];
  if (sep === "") {
    const cs = [...s];
    if (n > 0 && cs.length > n) return [...cs.slice(0, n - 1), cs.slice(n - 1).join("")];
    return cs;
  }
  const parts = s.split(sep);
  if (n > 0 && parts.length > n) return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
  return parts;
}
function adler32(s) {
  let a2 = 1;
  let b = 0;
  for (const byte of utf8(s)) {
    a2 = (a2 + byte) % 65521;
    b = (b + a2) % 65521;
  }
  return b * 65536 + a2 >>> 0;
}
var SPRIG_STRINGS = {
  trim: (s) => trimSpace(stringArg(s)),
  trimAll: (cut, s) => trimCutset(stringArg(s), stringArg(cut), true, true),
  trimPrefix: (p, s) => stringArg(s).startsWith(stringArg(p)) ? stringArg(s).slice(stringArg(p).length) : stringArg(s),
  trimSuffix: (p, s) => {
    const a2 = stringArg(s);
    const b = stringArg(p);
    return b !== "" && a2.endsWith(b) ? a2.slice(0, a2.length - b.length) : a2;
  },
  upper: (s) => stringArg(s).toUpperCase(),
  lower: (s) => stringArg(s).toLowerCase(),
  title: (s) => title(stringArg(s)),
  untitle: (s) => stringArg(s).replace(new RegExp("(^|[^\\p{L}\\p{N}_])(\\p{L})", "gu"), (_m, a2, b) => a2 + b.toLowerCase()),
  repeat: (n, s) => stringArg(s).repeat(Math.max(int(n), 0)),
  substr: (start, end, s) => {
    const a2 = int(start);
    const b = int(end);
    const t = stringArg(s);
    if (a2 < 0) return byteSlice(t, 0, b);
    if (b < 0 || b > byteLen(t)) return byteSlice(t, a2);
    return byteSlice(t, a2, b);
  },
  nospace: (s) => [...stringArg(s)].filter((c) => !GO_SPACE.test(c)).join(""),
  trunc: (c, s) => {
    const n = int(c);
    const t = stringArg(s);
    const len = byteLen(t);
    if (n < 0 && len + n > 0) return byteSlice(t, len + n);
    if (n >= 0 && len > n) return byteSlice(t, 0, n);
    return t;
  },
  abbrev: (w, s) => {
    const width = int(w);
    const t = stringArg(s);
    if (width < 4 || t.length <= width) return t;
    return t.slice(0, width - 3) + "...";
  },
  initials: (s) => stringArg(s).split(/\s+/).filter(Boolean).map((w) => [...w][0]).join(""),
  contains: (sub, s) => stringArg(s).includes(stringArg(sub)),
  hasPrefix: (p, s) => stringArg(s).startsWith(stringArg(p)),
  hasSuffix: (p, s) => stringArg(s).endsWith(stringArg(p)),
  quote: variadic(
    (...xs) => (
      // One argument (nearly every call, `x | quote`) without the lists.
      xs.length === 1 ? xs[0] === null || xs[0] === void 0 ? "" : quoteGo(strval(xs[0])) : xs.filter((x) => x !== null && x !== void 0).map((x) => quoteGo(strval(x))).join(" ")
    )
  ),
  squote: variadic((...xs) => xs.filter((x) => x !== null && x !== void 0).map((x) => `'${strval(x)}'`).join(" ")),
  cat: variadic((...xs) => xs.filter((x) => x !== null && x !== void 0).map(strval).join(" ")),
  indent: (n, s) => sprigIndent(int(n), stringArg(s)),
  nindent: (n, s) => "\n" + sprigIndent(int(n), stringArg(s)),
  replace: (o, n, s) => stringArg(s).split(stringArg(o)).join(stringArg(n)),
  plural: (one, many, n) => int(n) === 1 ? stringArg(one) : stringArg(many),
  toString: (v) => strval(v),
  toStrings: (v) => strslice(v),
  split: (sep, s) => splitMap(goSplit(stringArg(s), stringArg(sep))),
  splitList: (sep, s) => goSplit(stringArg(s), stringArg(sep)),
  splitn: (sep, n, s) => splitMap(goSplit(stringArg(s), stringArg(sep), int(n))),
  join: (sep, v) => strslice(v).join(stringArg(sep)),
  sortAlpha: (v) => strslice(v).sort(),
  atoi: (s) => {
    const t = stringArg(s);
    return /^[-+]?\d+$/.test(t) ? BigInt(t) : 0n;
  },
  int: (v) => toInt(v),
  int64: (v) => toInt(v),
  float64: (v) => toFloat(v),
  toDecimal: (v) => {
    const t = strval(v);
    return /^[-+]?[0-7]+$/.test(t) ? BigInt((t[0] === "-" ? "-" : "") + "0o" + t.replace(/^[-+]/, "")) : 0n;
  },
  b64enc: (s) => utf8(stringArg(s)).toString("base64"),
  b64dec: (s) => {
    const t = stringArg(s);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 !== 0) return "illegal base64 data at input byte 0";
    return Buffer.from(t, "base64").toString("utf8");
  },
  sha1sum: (s) => createHash("sha1").update(stringArg(s)).digest("hex"),
  sha256sum: (s) => createHash("sha256").update(stringArg(s)).digest("hex"),
  adler32sum: (s) => String(adler32(stringArg(s))),
  typeOf: (v) => goTypeName(v),
  typeIs: (t, v) => stringArg(t) === goTypeName(v),
  typeIsLike: (t, v) => stringArg(t) === goTypeName(v) || stringArg(t) === "*" + goTypeName(v),
  kindOf: (v) => goKind(v),
  kindIs: (k, v) => stringArg(k) === goKind(v),
  toJson: (v) => {
    try {
      return marshalGoJson(v);
    } catch {
      return "";
    }
  },
  mustToJson: (v) => marshalGoJson(v),
  toPrettyJson: (v) => {
    try {
      return marshalGoJson(v, { indent: "  " });
    } catch {
      return "";
    }
  },
  toRawJson: (v) => {
    try {
      return marshalGoJson(v, { escapeHTML: false });
    } catch {
      return "";
    }
  },
  fromJson: (s) => {
    const text = jsonTextWithinLimit(s);
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  },
  mustFromJson: (s) => JSON.parse(jsonTextWithinLimit(s)),
  fail: (msg) => {
    throw new Error(stringArg(msg));
  }
};

// src/render/functions.ts
function injectionFunctions(options) {
  return { ...SPRIG_STRINGS, ...SPRIG_DATA, ...istioFunctions(options) };
}

// src/render/proxy-config-json.ts
var ORDER = [
  "configPath",
  "binaryPath",
  "serviceCluster",
  "tracingServiceName",
  "drainDuration",
  "discoveryAddress",
  "discoveryRefreshDelay",
  "zipkinAddress",
  "statsdUdpAddress",
  "envoyMetricsServiceAddress",
  "proxyAdminPort",
  "availabilityZone",
  "controlPlaneAuthPolicy",
  "customConfigFile",
  "statNameLength",
  "concurrency",
  "proxyBootstrapTemplatePath",
  "interceptionMode",
  "tracing",
  "sds",
  "envoyAccessLogService",
  "envoyMetricsService",
  "proxyMetadata",
  "runtimeValues",
  "statusPort",
  "extraStatTags",
  "gatewayTopology",
  "terminationDrainDuration",
  "meshId",
  "readinessProbe",
  "proxyStatsMatcher",
  "holdApplicationUntilProxyStarts",
  "caCertificatesPem",
  "image",
  "privateKeyProvider",
  "proxyHeaders",
  "fileFlushInterval",
  "fileFlushMinSizeKb",
  "statsCompression",
  "connectionSettings"
];
var SCALAR_ZERO2 = {
  configPath: "",
  binaryPath: "",
  discoveryAddress: "",
  zipkinAddress: "",
  statsdUdpAddress: "",
  envoyMetricsServiceAddress: "",
  proxyAdminPort: 0,
  availabilityZone: "",
  controlPlaneAuthPolicy: "NONE",
  customConfigFile: "",
  statNameLength: 0,
  proxyBootstrapTemplatePath: "",
  interceptionMode: "REDIRECT",
  statusPort: 0,
  meshId: "",
  fileFlushMinSizeKb: 0
};
var DURATIONS = /* @__PURE__ */ new Set(["drainDuration", "terminationDrainDuration", "discoveryRefreshDelay", "fileFlushInterval"]);
var CLEANED = ["configPath", "binaryPath", "controlPlaneAuthPolicy", "serviceCluster", "drainDuration", "terminationDrainDuration", "discoveryAddress", "proxyAdminPort", "statNameLength", "statusPort"];
function protoDuration(v) {
  if (typeof v !== "string") return v;
  const m3 = /^(-)?(\d+)(?:\.(\d{1,9}))?s$/.exec(v.trim());
  if (!m3) return v;
  const nanos = (m3[3] ?? "").padEnd(9, "0");
  const frac = nanos === "000000000" ? "" : "." + nanos.replace(/(000)+$/, "");
  return `${m3[1] ?? ""}${BigInt(m3[2])}${frac}s`;
}
function empty(v) {
  return v === void 0 || v === null || Array.isArray(v) && v.length === 0 || isMap(v) && Object.keys(v).length === 0;
}
function sortedMap(v) {
  if (!isMap(v)) return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]));
}
function protoJsonFields(pc) {
  const out = [];
  const keys = [...ORDER.filter((k) => Object.hasOwn(pc, k)), ...Object.keys(pc).filter((k) => !ORDER.includes(k))];
  for (const key of keys) {
    let value = DURATIONS.has(key) ? protoDuration(pc[key]) : pc[key];
    if (key === "proxyMetadata" || key === "runtimeValues") value = sortedMap(value);
    let written = value !== void 0 && value !== null;
    if (CLEANED.includes(key) && value === (DURATIONS.has(key) ? protoDuration(DEFAULT_PROXY_CONFIG[key]) : DEFAULT_PROXY_CONFIG[key])) written = false;
    if (Object.hasOwn(SCALAR_ZERO2, key) && value === SCALAR_ZERO2[key]) written = false;
    if ((key === "proxyMetadata" || key === "runtimeValues" || key === "extraStatTags" || key === "caCertificatesPem") && empty(value)) written = false;
    out.push([key, value, written]);
  }
  return out;
}

// src/render/template-data.ts
function withZeroValues(obj, zeros) {
  return withZeroValuesInPlace(isMap(obj) ? { ...obj } : {}, zeros);
}
function withZeroValuesInPlace(out, zeros) {
  for (const [k, v] of Object.entries(zeros)) {
    if (Object.hasOwn(out, k)) continue;
    Object.defineProperty(out, k, { value: v, enumerable: false, writable: true, configurable: true });
  }
  return out;
}
function proxyConfigView(pc) {
  const out = {};
  for (const [key, value, written] of protoJsonFields(pc)) {
    Object.defineProperty(out, key, { value, enumerable: written, writable: true, configurable: true });
  }
  return withZeroValuesInPlace(out, { interceptionMode: "REDIRECT", proxyMetadata: {}, discoveryAddress: "", statusPort: 0, meshId: "" });
}
function meshConfigView(mesh) {
  return withZeroValues(mesh, { trustDomain: "", proxyListenPort: 0, proxyInboundListenPort: 0 });
}
function podView(pod) {
  return {
    ObjectMeta: withZeroValuesInPlace(decodedStruct(pod.metadata), { annotations: {}, labels: {}, name: "", namespace: "" }),
    Spec: withZeroValuesInPlace(decodedStruct(pod.spec), { serviceAccountName: "", nodeName: "", containers: [], initContainers: [] })
  };
}
var MAP_FIELDS = /* @__PURE__ */ new Set(["annotations", "labels", "nodeSelector", "overhead", "limits", "requests", "matchLabels", "volumeAttributes"]);
function isJsonFieldName(key) {
  let yes = jsonFieldNames.get(key);
  if (yes === void 0) {
    const c = key.charCodeAt(0);
    const goName = c >= 97 && c <= 122 ? key[0].toUpperCase() + key.slice(1) : key;
    yes = goFieldToJsonName(goName) === key;
    if (jsonFieldNames.size < 1e4) jsonFieldNames.set(key, yes);
  }
  return yes;
}
var jsonFieldNames = /* @__PURE__ */ new Map();
function decodedStruct(v) {
  const out = {};
  if (!isMap(v)) return out;
  for (const [k, x] of Object.entries(v)) {
    if (!isJsonFieldName(k)) continue;
    setOwn(out, k, MAP_FIELDS.has(k) ? x : decodedValue(x, k));
  }
  return out;
}
function decodedValue(v, field) {
  if (Array.isArray(v)) return v.map((x) => decodedValue(x, ""));
  if (!isMap(v)) return v;
  if (field === "flexVolume") {
    const out = decodedStruct(v);
    if (Object.hasOwn(v, "options")) out.options = v.options;
    return out;
  }
  return decodedStruct(v);
}
function inboundTrafficPolicyMode(mesh) {
  const mode = isMap(mesh.inboundTrafficPolicy) ? mesh.inboundTrafficPolicy.mode : void 0;
  return mode === "LOCALHOST" || mode === 1 ? "localhost" : "passthrough";
}

// src/render/rendered-reuse.ts
var SEEDS_PER_LENGTH = 4;
var MAX_LENGTHS = 32;
var NOT_SCALAR_START = /^[|>[{&*!#]/;
var RenderedReuse = class {
  constructor(schema) {
    this.schema = schema;
  }
  schema;
  seeds = /* @__PURE__ */ new Map();
  /** The seed the last text was read by. */
  last;
  /** The value of `text` if a seed lets it be read by difference; undefined otherwise. */
  read(text) {
    const lines = text.split("\n");
    const seeds = this.seeds.get(lines.length);
    if (seeds === void 0) return void 0;
    const next = this.last?.next;
    const guess = next === void 0 ? -1 : seeds.indexOf(next);
    if (guess >= 0) {
      const v = this.readBy(seeds[guess], lines);
      if (v !== void 0) return this.readWith(seeds, guess, v);
    }
    for (let k = 0; k < seeds.length; k++) {
      if (k === guess) continue;
      const v = this.readBy(seeds[k], lines);
      if (v !== void 0) return this.readWith(seeds, k, v);
    }
    return void 0;
  }
  /** `v`, read by `seeds[k]`: that seed becomes the latest of its length, and what followed the last. */
  readWith(seeds, k, v) {
    const seed = seeds[k];
    if (k > 0) {
      seeds.splice(k, 1);
      seeds.unshift(seed);
    }
    if (this.last !== void 0) this.last.next = seed;
    this.last = seed;
    return v;
  }
  readBy(seed, lines) {
    const changed = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const old = seed.lines[i];
      if (line === old) continue;
      const site = seed.sites.get(i);
      if (site === void 0 || line.length <= site.start) return void 0;
      if (line.slice(0, site.start) !== old.slice(0, site.start)) return void 0;
      const rest = line.slice(site.start);
      if (NOT_SCALAR_START.test(rest)) return void 0;
      changed.push({ site, rest });
    }
    let out = seed.value;
    for (const { site, rest } of changed) {
      const one = parseBlockYaml(`k: ${rest}
`, this.schema);
      if (!one.ok) return void 0;
      const v = one.value.k;
      if (v === null || typeof v === "object") return void 0;
      out = withValueAt(out, site.path, v, seed.value);
    }
    return out;
  }
  /**
   * Reads `text` in full, as `parseBlockYaml` does, and keeps what it read as a seed. The value
   * is frozen (deeply), and what `read` returns shares the seed's unchanged parts: the values
   * are read-only to the caller (the strategic merge copies what it takes from an overlay).
   */
  seed(text) {
    const sites = [];
    const r = parseBlockYaml(text, this.schema, sites);
    if (!r.ok) return r;
    const lines = text.split("\n");
    if (isPlainJson(r.value)) {
      let seeds = this.seeds.get(lines.length);
      if (!seeds) {
        if (this.seeds.size >= MAX_LENGTHS) {
          const oldest = this.seeds.keys().next().value;
          for (const s of this.seeds.get(oldest)) s.next = void 0;
          this.seeds.delete(oldest);
        }
        this.seeds.set(lines.length, seeds = []);
      }
      const seed = { lines, value: deepFreeze(r.value), sites: new Map(sites.map((s) => [s.line, s])) };
      seeds.unshift(seed);
      if (seeds.length > SEEDS_PER_LENGTH) seeds.pop().next = void 0;
      if (this.last !== void 0) this.last.next = seed;
      this.last = seed;
    }
    return r;
  }
};
function withValueAt(root, path, value, seed) {
  const copy = (node, i, seedNode) => {
    if (i === path.length) return value;
    const key = path[i];
    const shared = node === seedNode;
    const out = shared ? Array.isArray(node) ? [...node] : { ...node } : node;
    const child = node[key];
    const seedChild = seedNode[key];
    out[key] = copy(child, i + 1, seedChild);
    return out;
  };
  return copy(root, 0, seed);
}
function isPlainJson(v) {
  if (v === null || typeof v !== "object") return typeof v !== "function" && typeof v !== "symbol" && typeof v !== "bigint";
  if (Array.isArray(v)) return v.every(isPlainJson);
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!isPlainJson(v[k])) return false;
  return true;
}

// src/render/rendered-yaml.ts
var OPTIONS = { schema: KUBE_SCHEMA };
var BLOCK_SCALAR2 = /(?:^\s*-|:)\s+[|>][-+0-9]*\s*(?:#.*)?$/;
function loadRendered(text, hint) {
  if (hint?.lenient) return load(indentFlowContinuations(text), OPTIONS);
  let fast;
  if (hint) {
    const reuse = hint.reuse ??= new RenderedReuse(KUBE_SCHEMA);
    const v = reuse.read(text);
    if (v !== void 0) return v;
    fast = reuse.seed(text);
  } else fast = parseBlockYaml(text, KUBE_SCHEMA);
  if (fast.ok) return fast.value;
  try {
    return load(text, OPTIONS);
  } catch (e) {
    const fixed = indentFlowContinuations(text);
    if (fixed === text) throw e;
    let v;
    try {
      v = load(fixed, OPTIONS);
    } catch {
      throw e;
    }
    if (hint) hint.lenient = true;
    return v;
  }
}
function scan(s, st) {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (st.quote === '"') {
      if (c === "\\") i++;
      else if (c === '"') st.quote = "";
    } else if (st.quote === "'") {
      if (c === "'" && s[i + 1] === "'") i++;
      else if (c === "'") st.quote = "";
    } else if (c === '"' || c === "'") st.quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(s[i - 1]))) return;
    else if (c === "{" || c === "[") st.depth++;
    else if (c === "}" || c === "]") st.depth--;
    if (st.depth === 0 && st.quote === "") return;
  }
}
function flowStart(line) {
  let i = line.length - line.trimStart().length;
  while (line.startsWith("- ", i)) i += 2 + (line.slice(i + 2).length - line.slice(i + 2).trimStart().length);
  const c = line[i];
  if (c === "{" || c === "[") return i;
  let end;
  if (c === '"' || c === "'") {
    end = line.indexOf(c, i + 1);
    if (end < 0) return -1;
    end = line.indexOf(":", end);
  } else {
    end = line.search(/:(\s|$)/);
  }
  if (end < 0) return -1;
  const rest = line.slice(end + 1);
  const j = end + 1 + (rest.length - rest.trimStart().length);
  return line[j] === "{" || line[j] === "[" ? j : -1;
}
function indentFlowContinuations(text) {
  const lines = text.split("\n");
  const st = { depth: 0, quote: "" };
  let base = 0;
  let changed = false;
  let blockIndent = -1;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === "" || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (st.depth > 0) {
      if (line.trim() !== "" && indent <= base) {
        lines[n] = " ".repeat(base + 2 - indent) + line;
        changed = true;
      }
      scan(line, st);
      continue;
    }
    if (BLOCK_SCALAR2.test(line)) {
      blockIndent = indent;
      continue;
    }
    const at = flowStart(line);
    if (at < 0) continue;
    base = indent;
    scan(line.slice(at), st);
  }
  return changed ? lines.join("\n") : text;
}

// src/render/templates.ts
var TEMPLATES_POINTER = joinPointer("/metadata/annotations", TEMPLATES_ANNOTATION);
function selectTemplates(set, annotations) {
  const requested = Object.hasOwn(annotations, TEMPLATES_ANNOTATION) ? annotations[TEMPLATES_ANNOTATION].split(",").map(goTrimSpace) : set.defaultTemplates;
  return requested.flatMap((n) => Object.hasOwn(set.aliases, n) ? [...set.aliases[n]] : [n]);
}
var hints = /* @__PURE__ */ new WeakMap();
function hintFor(t) {
  let h = hints.get(t);
  if (!h) hints.set(t, h = {});
  return h;
}
function renderOverlay(set, name, data, annotations) {
  const tpl = Object.hasOwn(set.templates, name) ? set.templates[name] : void 0;
  if (!tpl) {
    const known = Object.keys(set.templates).sort().join(", ");
    const where = Object.hasOwn(annotations, TEMPLATES_ANNOTATION) ? { pointer: TEMPLATES_POINTER, at: "value" } : {};
    throw new KubeInjectError("template", `requested template ${JSON.stringify(name)} not found; have ${known}`, where);
  }
  return parseOverlay(name, tpl.execute(data), hintFor(tpl));
}
function parseOverlay(name, text, hint) {
  let v;
  try {
    v = loadRendered(text, hint);
  } catch (e) {
    throw new KubeInjectError("template", `template ${JSON.stringify(name)} rendered invalid YAML: ${e.message}`, {}, { cause: e });
  }
  if (v === null || v === void 0) return {};
  if (!isMap(v)) throw new KubeInjectError("template", `template ${JSON.stringify(name)} did not render a mapping`);
  return v;
}

// src/inject/apply-templates.ts
function reportMergeError(name, e, ontoPod) {
  if (ontoPod && e.input === "original") return e;
  return new KubeInjectError("template", `the output of template ${JSON.stringify(name)} cannot be merged onto the pod: ${e.message} (at ${e.position.pointer ?? "/"} of the output)`, {}, { cause: e });
}
function mergeOverlay(name, pod, overlay, ontoPod) {
  try {
    return strategicMerge(pod, overlay);
  } catch (e) {
    throw e instanceof MergeError ? reportMergeError(name, e, ontoPod) : e;
  }
}
function renderAndMerge(set, pod, data, nativeFlag) {
  const annotations = pod.metadata.annotations ?? {};
  let merged = pod;
  let templatePod = { metadata: {}, spec: {} };
  let copied = false;
  for (const name of selectTemplates(set, annotations)) {
    const overlay = renderOverlay(set, name, data, annotations);
    templatePod = mergeOverlay(name, templatePod, overlay, false);
    const nativeAnno = merged.metadata?.annotations?.[NATIVE_SIDECAR_ANNOTATION];
    const native = nativeAnno === "true" ? true : nativeAnno === "false" ? false : nativeFlag;
    if (native && findContainer(PROXY_CONTAINER, containersOf(templatePod.spec?.initContainers)) && findContainer(PROXY_CONTAINER, containersOf(merged.spec?.containers))) {
      const [containers, initContainers] = transferContainer(containersOf(merged.spec.containers), containersOf(merged.spec.initContainers), PROXY_CONTAINER);
      merged = { metadata: merged.metadata, spec: { ...merged.spec, containers, initContainers } };
    }
    merged = mergeOverlay(name, merged, overlay, true);
    copied = true;
  }
  if (!copied) merged = structuredClone(pod);
  return { merged: workingCopy(merged), templateSpec: templatePod.spec ?? {} };
}
function workingCopy(pod) {
  const spec = { ...pod.spec ?? {} };
  for (const key of ["containers", "initContainers"]) {
    const list3 = spec[key];
    if (Array.isArray(list3)) spec[key] = list3.map((c) => isFrozenObject(c) ? { ...c } : c);
  }
  return { ...pod, metadata: { ...pod.metadata ?? {} }, spec };
}

// src/inject/engine.ts
function annotationError(name, message, cause) {
  return new KubeInjectError("annotation", message, { pointer: joinPointer("/metadata/annotations", name), at: "value" }, { cause });
}
function proxySettings(p, annotations) {
  const text = annotations[PROXY_CONFIG_ANNOTATION];
  if (text === void 0) return p.defaultProxy;
  const cached = p.proxyCache.get(text);
  if (cached) return cached;
  let overlay;
  try {
    overlay = load(text, { schema: KUBE_SCHEMA, maxDepth: LIMITS.maxDepth });
  } catch (e) {
    throw annotationError(PROXY_CONFIG_ANNOTATION, `could not parse proxy config: ${e.message}`, e);
  }
  if (overlay !== null && overlay !== void 0 && (typeof overlay !== "object" || Array.isArray(overlay))) {
    throw annotationError(PROXY_CONFIG_ANNOTATION, "could not parse proxy config: not a mapping");
  }
  const proxyConfig = mergeProxyConfig(p.baseProxyConfig, overlay);
  const settings = {
    proxyConfig,
    view: proxyConfigView(proxyConfig),
    meshView: meshConfigView({ ...p.mesh, defaultConfig: proxyConfig })
  };
  if (p.proxyCache.size < 256) p.proxyCache.set(text, settings);
  return settings;
}
function preconditionWarnings(spec, labels, annotations) {
  const out = [];
  const dns = spec.dnsPolicy;
  if (typeof dns === "string" && dns !== "" && dns !== "ClusterFirst") {
    out.push(`dnsPolicy is ${JSON.stringify(dns)}, not "ClusterFirst": the Envoy sidecar may not be able to connect to istiod`);
  }
  const inject = Object.hasOwn(labels, INJECT_KEY) ? labels[INJECT_KEY] : annotations[INJECT_KEY];
  if (inject !== void 0 && inject !== "" && inject !== "true" && inject !== "false") {
    out.push(`invalid ${INJECT_KEY} value ${JSON.stringify(inject)} (only "true" and "false" are accepted); the injection policy decides`);
  }
  return out;
}
function typedPorts(pod) {
  let spec;
  for (const key of ["containers", "initContainers"]) {
    const list3 = pod.spec[key];
    if (!Array.isArray(list3)) continue;
    let changed = false;
    const out = list3.map((c) => {
      if (!Array.isArray(c?.ports)) return c;
      const ports = c.ports.map((port) => orderLikeGo(void 0, goRoundTrip(port, "ContainerPort"), "ContainerPort"));
      if (ports.every((p, i) => p === c.ports[i])) return c;
      changed = true;
      return { ...c, ports };
    });
    if (changed) (spec ??= { ...pod.spec })[key] = out;
  }
  return spec ? { ...pod, spec } : pod;
}
function injectPod(p, req) {
  const r = injectPodUnfinished(p, req);
  if (r.outcome === "skipped") return r;
  return { outcome: "injected", podTemplate: finishPodTemplate(req.podTemplate, r.podTemplate), warnings: r.warnings };
}
function finishPodTemplate(original, unfinished) {
  const metadata = goRoundTrip(unfinished.metadata, "ObjectMeta");
  const spec = goRoundTrip(unfinished.spec, "PodSpec");
  return orderLikeGo(original, { ...unfinished, metadata, spec });
}
function injectPodUnfinished(p, req) {
  const metadata = asMap(req.podTemplate.metadata);
  let spec = asMap(req.podTemplate.spec);
  const labels = stringMap(metadata.labels);
  const annotations = stringMap(metadata.annotations);
  const namespace = typeof metadata.namespace === "string" && metadata.namespace || req.namespace || "default";
  const reason = skipReason(p.policy, { hostNetwork: spec.hostNetwork === true, namespace, labels, annotations });
  if (reason !== void 0) return { outcome: "skipped", reason };
  const tooDeep = nestingProblems(annotations)[0];
  if (tooDeep) throw annotationError(tooDeep.annotation, tooDeep.message);
  const problems = validatePodAnnotations(annotations);
  if (problems.length > 0) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more: ${problems.slice(1).map((x) => x.annotation).join(", ")})` : "";
    throw annotationError(first.annotation, first.message + more);
  }
  const warnings = preconditionWarnings(spec, labels, annotations);
  const proxy = proxySettings(p, annotations);
  const statusPort = statusPortOf(proxy.proxyConfig);
  const deploy = req.kind === "Pod" || req.kind === "" ? deployMetaFromPod(metadata) : { name: req.name, namespace: req.namespace, kind: req.kind, apiVersion: req.apiVersion };
  let ids = { uid: PROXY_UID, gid: PROXY_GID };
  if (p.config.platform === OPENSHIFT_PLATFORM) {
    const ns = req.namespaceObject?.(namespace);
    if (ns) ids = proxyIdsFromNamespace(ns.annotations);
    else {
      const who = describeObject(req.kind || "Pod", req.namespace || namespace, req.name || metadata.name);
      warnings.push(
        `${who}: Namespace "${namespace}" is not in the input (add it, or give it with --namespace-file): on OpenShift the proxy's UID and GID come from its openshift.io/sa.scc.* annotations; ${PROXY_UID} is used`
      );
    }
    spec = dropProxyUserMatchingApp(spec);
  }
  const proxyEnvs = {};
  if (p.cluster !== "") proxyEnvs[PROXY_ENV.clusterId] = p.cluster;
  const network = Object.hasOwn(labels, NETWORK_LABEL) ? labels[NETWORK_LABEL] : p.network;
  if (network !== "") proxyEnvs[PROXY_ENV.network] = network;
  const pod = { metadata: { ...metadata, annotations, labels }, spec };
  const original = { metadata, spec };
  const status = parseStatus(annotations);
  const stripped = reinsertOverrides(stripForRender(pod, status, statusPort));
  const data = {
    TypeMeta: { Kind: deploy.kind, APIVersion: deploy.apiVersion },
    DeploymentMeta: { Name: deploy.name, Namespace: deploy.namespace },
    ...podView(typedPorts(stripped)),
    ProxyConfig: proxy.view,
    MeshConfig: proxy.meshView,
    Values: p.values,
    Revision: p.config.revision,
    NativeSidecars: p.config.nativeSidecars,
    ProxyImage: proxyImage(p.values, proxy.proxyConfig, stripped.metadata.annotations ?? {}),
    ProxyInitImage: proxyInitImage(p.values, stripped.metadata.annotations ?? {}),
    ProxyUID: BigInt(ids.uid),
    ProxyGID: BigInt(ids.gid),
    InboundTrafficPolicyMode: p.inboundTrafficPolicyMode,
    CompliancePolicy: p.config.compliancePolicy ?? ""
  };
  const rendered = renderAndMerge(p.templateSet, original, data, p.config.nativeSidecars);
  const tproxy = proxy.proxyConfig.interceptionMode === "TPROXY";
  const merged = reapplyOverrides(rendered.merged, original, rendered.templateSpec, status, tproxy);
  postProcess(merged, rendered.templateSpec, {
    proxyEnvs,
    enablePrometheusMerge: p.enablePrometheusMerge,
    statusPort,
    rewriteAppHTTPProbe: p.rewriteAppHTTPProbe,
    holdApplication: proxy.proxyConfig.holdApplicationUntilProxyStarts === true || p.holdInValues,
    revision: p.config.revision,
    injectedAnnotations: p.config.injectedAnnotations
  });
  return { outcome: "injected", podTemplate: { ...req.podTemplate, metadata: merged.metadata, spec: merged.spec }, warnings };
}

// src/inject/pod-shape.ts
function fail2(pointer, message, at = "key") {
  throw new KubeInjectError("workload", message, { pointer, at });
}
function checkStringMap(v, pointer, what) {
  if (v === void 0 || v === null) return;
  if (!isMap(v)) fail2(pointer, `${what} must be a mapping`);
  for (const [k, value] of Object.entries(v)) {
    if (typeof value !== "string") {
      const shown = JSON.stringify(value) ?? String(value);
      fail2(joinPointer(pointer, k), `${what} values must be strings: ${k} is ${shown === "null" ? "null" : `${typeof value} ${shown}`}; quote it (${k}: "${value ?? ""}")`, "value");
    }
  }
}
function checkNamedList(v, pointer, what, required) {
  if (v === void 0 || v === null) {
    if (required) fail2(pointer, `the pod has no ${what}`);
    return;
  }
  if (!Array.isArray(v)) fail2(pointer, `${what} must be a list`);
  v.forEach((item, i) => {
    const at = joinPointer(pointer, i);
    if (!isMap(item)) fail2(at, `each entry of ${what} must be a mapping`);
    if (typeof item.name !== "string" || item.name === "") fail2(at, `each entry of ${what} needs a name`);
  });
}
function checkPodShape(podTemplate) {
  const meta = podTemplate.metadata;
  if (meta !== void 0 && meta !== null) {
    if (!isMap(meta)) fail2("/metadata", "metadata must be a mapping");
    checkStringMap(meta.labels, "/metadata/labels", "labels");
    checkStringMap(meta.annotations, "/metadata/annotations", "annotation");
  }
  const spec = podTemplate.spec;
  if (!isMap(spec)) fail2("/spec", "the pod spec must be a mapping");
  checkNamedList(spec.containers, "/spec/containers", "containers", true);
  checkNamedList(spec.initContainers, "/spec/initContainers", "initContainers", false);
  checkNamedList(spec.volumes, "/spec/volumes", "volumes", false);
}

// src/inject/prepare.ts
function boolValue(v) {
  return typeof v === "boolean" ? v : void 0;
}
function prepare(config) {
  const values = config.values ?? {};
  const mesh = applyMeshDefaults(config.meshConfig);
  const baseProxyConfig = asMap(mesh.defaultConfig);
  const global = asMap(values.global);
  const { compiled, warnings } = compilePolicy(config.policy, config.neverInjectSelector ?? [], config.alwaysInjectSelector ?? []);
  return {
    config,
    values,
    mesh,
    baseProxyConfig,
    defaultProxy: { proxyConfig: baseProxyConfig, view: proxyConfigView(baseProxyConfig), meshView: meshConfigView(mesh) },
    proxyCache: /* @__PURE__ */ new Map(),
    policy: compiled,
    templateSet: {
      templates: config.templates,
      defaultTemplates: config.defaultTemplates.length > 0 ? config.defaultTemplates : ["sidecar"],
      aliases: config.aliases ?? {}
    },
    cluster: str(asMap(global.multiCluster).clusterName),
    network: str(global.network),
    enablePrometheusMerge: boolValue(mesh.enablePrometheusMerge),
    rewriteAppHTTPProbe: boolValue(asMap(values.sidecarInjectorWebhook).rewriteAppHTTPProbe) ?? false,
    holdInValues: boolValue(asMap(global.proxy).holdApplicationUntilProxyStarts) ?? false,
    inboundTrafficPolicyMode: inboundTrafficPolicyMode(mesh),
    warnings
  };
}

// src/inject/index.ts
function prepareInjector(config) {
  const prepared = prepare(config);
  return {
    configWarnings: prepared.warnings,
    readsNamespaces: config.platform === OPENSHIFT_PLATFORM,
    inject: (req) => {
      checkPodShape(req.podTemplate);
      return injectPod(prepared, req);
    },
    injectUnfinished: (req) => {
      checkPodShape(req.podTemplate);
      return injectPodUnfinished(prepared, req);
    },
    finishWorkload: workloadAsWritten
  };
}

// src/templates/index.ts
import { fileURLToPath } from "node:url";
var INJECTOR_FILE = "injector.yaml";
var cachedDir;
function findTemplatesDir(moduleUrl) {
  for (const dir of templateDirCandidates(moduleUrl)) {
    if (existsSync(fileURLToPath(new URL(INJECTOR_FILE, dir)))) return dir;
  }
  return void 0;
}
function templateDirCandidates(moduleUrl) {
  return [new URL("./", moduleUrl), new URL("./templates/", moduleUrl), new URL("../templates/", moduleUrl)];
}
function templatesDir() {
  cachedDir ??= findTemplatesDir(import.meta.url);
  if (cachedDir) return cachedDir;
  throw new Error(
    `kube-inject: built-in templates not found (looked for ${INJECTOR_FILE} in ${templateDirCandidates(import.meta.url).map((u) => fileURLToPath(u)).join(" and ")})`
  );
}
function readBuiltinFile(name) {
  if (name.includes("/") || name.includes("\\") || name.startsWith(".")) {
    throw new Error(`kube-inject: invalid built-in file name ${JSON.stringify(name)}`);
  }
  return readFileSync(fileURLToPath(new URL(name, templatesDir())), "utf8");
}
var textCache = /* @__PURE__ */ new Map();
function cachedText(name) {
  let text = textCache.get(name);
  if (text === void 0) {
    text = readBuiltinFile(name);
    textCache.set(name, text);
  }
  return text;
}
function parseBuiltinYaml(text) {
  const fast = parseBlockYaml(text, YAML11_SCHEMA);
  if (fast.ok) return fast.value ?? {};
  return load(text, { schema: YAML11_SCHEMA }) ?? {};
}
var readings = /* @__PURE__ */ new Map();
function parseYamlFile(name) {
  const text = cachedText(name);
  let json = readings.get(name);
  if (json === void 0) {
    const path = fileURLToPath(new URL(`${name}.json`, templatesDir()));
    json = existsSync(path) ? readFileSync(path, "utf8") : null;
    readings.set(name, json);
  }
  if (json !== null) {
    const read = JSON.parse(json);
    if (read.text === text) return read.value;
  }
  return parseBuiltinYaml(text);
}
function stringList(v, what) {
  if (v === void 0 || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
    throw new Error(`kube-inject: ${INJECTOR_FILE}: ${what} must be a list of strings`);
  }
  return v;
}
function injectorFile() {
  const doc = parseYamlFile(INJECTOR_FILE);
  if (!isMap(doc)) throw new Error(`kube-inject: ${INJECTOR_FILE} is not a mapping`);
  return doc;
}
function loadBuiltinTemplates() {
  const files = injectorFile().templates;
  if (!isMap(files)) throw new Error(`kube-inject: ${INJECTOR_FILE}: templates must be a mapping`);
  const out = {};
  for (const [name, file] of Object.entries(files)) {
    if (typeof file !== "string") {
      throw new Error(`kube-inject: ${INJECTOR_FILE}: template ${name} must name a file`);
    }
    out[name] = cachedText(file);
  }
  return out;
}
function builtinTemplateTree(name) {
  const files = injectorFile().templates;
  const file = isMap(files) ? files[name] : void 0;
  if (typeof file !== "string") return void 0;
  const path = fileURLToPath(new URL(`${file}.tree.json`, templatesDir()));
  return existsSync(path) ? readFileSync(path, "utf8") : void 0;
}
function builtinValues() {
  return parseYamlFile("values.yaml");
}
function builtinMeshConfig() {
  return parseYamlFile("mesh.yaml");
}
function builtinInjectorFile() {
  const doc = injectorFile();
  const policy = doc.policy ?? "enabled";
  if (policy !== "enabled" && policy !== "disabled") {
    throw new Error(`kube-inject: ${INJECTOR_FILE}: policy must be enabled or disabled`);
  }
  const aliases = {};
  if (isMap(doc.aliases)) {
    for (const [k, v] of Object.entries(doc.aliases)) aliases[k] = stringList(v, `aliases.${k}`);
  }
  const injected = {};
  if (isMap(doc.injectedAnnotations)) {
    for (const [k, v] of Object.entries(doc.injectedAnnotations)) injected[k] = String(v);
  }
  return {
    defaultTemplates: stringList(doc.defaultTemplates, "defaultTemplates"),
    policy,
    alwaysInjectSelector: Array.isArray(doc.alwaysInjectSelector) ? doc.alwaysInjectSelector : [],
    neverInjectSelector: Array.isArray(doc.neverInjectSelector) ? doc.neverInjectSelector : [],
    injectedAnnotations: injected,
    aliases,
    templates: loadBuiltinTemplates()
  };
}

// src/config/read-file.ts
function positionOf(cfg, pointer) {
  const at = cfg.doc.locate(pointer);
  const o = cfg.origin;
  return { file: cfg.file, line: o ? at.line + o.line - 1 : at.line, column: o ? at.column + o.indent : at.column };
}
async function readConfigFile(path, what) {
  if (path === "-") throw new KubeInjectError("usage", `${what}: give a file; standard input holds the manifests`, { file: path });
  const [input] = await readInputs([path], { readStdin: async () => "" });
  if (input.errors.length > 0) throw input.errors[0];
  if (input.kind !== "file") throw new KubeInjectError("usage", `${what}: give a file, not a directory`, { file: path });
  const source = input.sources[0];
  return parseConfigText(source.name, source.text, what);
}
function parseConfigText(file, text, what) {
  const docs = splitStream({ name: file, text }).filter((d) => !d.empty);
  if (docs.length === 0) throw new KubeInjectError("config", `${what} is empty`, { file, line: 1, column: 1 });
  if (docs.length > 1) {
    const pos = docs[1].locate("");
    throw new KubeInjectError("config", `${what} must hold one document, found ${docs.length}`, { file, ...pos });
  }
  const doc = docs[0];
  return { file, doc, value: doc.value };
}
function configError(cfg, pointer, message) {
  return new KubeInjectError("config", message, { pointer, ...positionOf(cfg, pointer) });
}
function deepMerge(base, over) {
  if (!isMap(base) || !isMap(over)) return over === void 0 ? base : over;
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete out[k];
    else setOwn(out, k, deepMerge(Object.hasOwn(base, k) ? base[k] : void 0, v));
  }
  return out;
}

// src/config/inject-config.ts
async function readInjectConfig(path) {
  let file;
  try {
    file = await readConfigFile(path, "injector config");
  } catch (e) {
    if (e instanceof KubeInjectError && e.code === "io") throw e;
    return bareTemplate(path, await readRaw(path));
  }
  const v = file.value;
  if (isMap(v) && v.kind === "ConfigMap") return fromConfigMap(file);
  if (isMap(v) && isMap(v.templates) && Object.keys(v.templates).length > 0) return fromConfig(file);
  return bareTemplate(path, file.doc.source.text);
}
function readRaw(path) {
  return readTextFile(path);
}
function bareTemplate(file, text) {
  return { settings: {}, templates: [{ name: "sidecar", text, file, line: 1, indent: 0 }] };
}
function fromConfigMap(cm) {
  const data = cm.value.data;
  if (!isMap(data) || typeof data.config !== "string") {
    throw configError(cm, "/data", "the ConfigMap has no data.config (is it the istio-sidecar-injector ConfigMap?)");
  }
  const config = fromConfig(embedded(cm, "/data/config", data.config, "data.config"));
  let values;
  if (typeof data.values === "string") values = embedded(cm, "/data/values", data.values, "data.values");
  return { ...config, ...values ? { values } : {} };
}
function embedded(outer, pointer, text, label) {
  const { line, indent } = blockStart(outer, pointer);
  try {
    return { ...parseConfigText(outer.file, text, label), origin: { line, indent } };
  } catch (e) {
    if (e instanceof KubeInjectError) {
      const p = e.position;
      throw new KubeInjectError(e.code, e.message, { ...p, file: outer.file, line: p.line !== void 0 ? p.line + line - 1 : line, column: p.column !== void 0 ? p.column + indent : void 0 });
    }
    throw e;
  }
}
function blockStart(file, pointer) {
  const at = file.doc.locate(pointer, "value");
  const text = file.doc.source.text.split("\n");
  const here = text[at.line - 1] ?? "";
  const c = here[at.column - 1];
  if (c === "|" || c === ">") return { line: at.line + 1, indent: (text[at.line] ?? "").match(/^ */)[0].length };
  const leading = here.match(/^ */)[0].length;
  if (at.column === 1 && leading > 0) return { line: at.line, indent: leading };
  return { line: at.line, indent: at.column - 1 };
}
function fromConfig(file) {
  const v = file.value;
  const { templates: raw, ...settings } = v;
  const templates = [];
  const add = (name, text, pointer) => {
    if (typeof text !== "string") throw configError(file, pointer, `template "${name}" must be a string`);
    const pos = blockStart(file, pointer);
    const o = file.origin;
    templates.push({ name, text, file: file.file, line: o ? o.line + pos.line - 1 : pos.line, indent: o ? o.indent + pos.indent : pos.indent });
  };
  if (isMap(raw)) for (const [name, text] of Object.entries(raw)) add(name, text, joinPointer("/templates", name));
  return { settings, settingsFile: file, templates };
}

// src/config/check-schema.ts
async function checkSchema(file, kind, value = file.value, located = value === file.value) {
  const { validateInput } = await import("./schemas-5YKLAX2B.js");
  const problems = validateInput(kind, value);
  if (problems.length === 0) return value;
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
  const key = first.pointer === "" ? "the document" : first.pointer.slice(1).replace(/\//g, ".").replace(/~1/g, "/").replace(/~0/g, "~");
  throw new KubeInjectError("config", `${key}: ${first.message}${more}`, {
    pointer: first.pointer,
    ...located ? positionOf(file, first.pointer) : { file: file.file }
  });
}

// src/config/load-injection.ts
async function loadInjectorConfig(inputs, env) {
  const fromFile = inputs.injectConfig ? await readInjectConfig(inputs.injectConfig) : void 0;
  let values = builtinValues();
  const valueFiles = await Promise.all((inputs.values ?? []).map((f) => readConfigFile(f, "values file")));
  const valueSources = valueFiles.length > 0 ? valueFiles : fromFile?.values ? [fromFile.values] : [];
  for (const file of valueSources) values = deepMerge(values, await checkSchema(file, "values", valuesOf(file)));
  let mesh = builtinMeshConfig();
  for (const path of inputs.meshConfig ?? []) mesh = deepMerge(mesh, await readMeshFile(path));
  if (inputs.operatorFile) {
    const iop = await checkSchema(await readConfigFile(inputs.operatorFile, "IstioOperator file"), "istio-operator");
    const spec = isMap(iop) && isMap(iop.spec) ? iop.spec : {};
    if (spec.values !== void 0) values = deepMerge(values, spec.values);
    if (spec.meshConfig !== void 0) mesh = deepMerge(mesh, spec.meshConfig);
  }
  values = chartValues(applyFlags(values, inputs));
  const builtin = builtinInjectorFile();
  const settings = fromFile ? fromFile.settingsFile ? await checkSchema(fromFile.settingsFile, "injector-config", fromFile.settings, true) : {} : settingsFromValues(values, builtin);
  const sources = fromFile ? fromFile.templates : Object.entries(builtin.templates).map(([name, text]) => builtinSource(name, text));
  const templates = parseTemplates([...sources, ...valuesTemplates(values, sources)], env);
  const s = settings;
  const defaultTemplates = Array.isArray(s.defaultTemplates) && s.defaultTemplates.length > 0 ? s.defaultTemplates : ["sidecar"];
  return {
    values,
    meshConfig: mesh,
    templates,
    defaultTemplates,
    aliases: s.aliases ?? {},
    policy: s.policy === "disabled" ? "disabled" : "enabled",
    alwaysInjectSelector: s.alwaysInjectSelector ?? [],
    neverInjectSelector: s.neverInjectSelector ?? [],
    injectedAnnotations: s.injectedAnnotations ?? {},
    nativeSidecars: inputs.nativeSidecars === true,
    revision: inputs.revision ?? (typeof values.revision === "string" ? values.revision : ""),
    compliancePolicy: inputs.compliancePolicy ?? istiodEnv(values, "COMPLIANCE_POLICY"),
    platform: inputs.platform ?? platformOf(values)
  };
}
function istiodEnv(values, name) {
  const pilot = isMap(values) && isMap(values.pilot) ? values.pilot : {};
  const env = isMap(pilot.env) ? pilot.env : {};
  const v = env[name];
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : "";
}
function platformOf(values) {
  const global = isMap(values) && isMap(values.global) ? values.global : {};
  return typeof global.platform === "string" ? global.platform : "";
}
function valuesOf(file) {
  const v = file.value;
  if (isMap(v) && v.kind === "ConfigMap" && isMap(v.data) && typeof v.data.values === "string") {
    try {
      return JSON.parse(v.data.values);
    } catch (e) {
      throw new KubeInjectError("config", `data.values is not valid JSON: ${e.message}`, { file: file.file, ...file.doc.locate("/data/values", "value") });
    }
  }
  return v;
}
async function readMeshFile(path) {
  const file = await readConfigFile(path, "mesh config");
  const v = file.value;
  if (isMap(v) && v.kind === "ConfigMap") {
    const data = isMap(v.data) ? v.data : {};
    if (typeof data.mesh !== "string") throw new KubeInjectError("config", "the ConfigMap has no data.mesh (is it the istio ConfigMap?)", { file: path, ...file.doc.locate("/data") });
    const inner = parseConfigText(`${path} (data.mesh)`, data.mesh, "data.mesh");
    return checkSchema(inner, "mesh-config");
  }
  return checkSchema(file, "mesh-config");
}
function applyFlags(values, f) {
  const global = {};
  if (f.hub !== void 0) global.hub = f.hub;
  if (f.tag !== void 0) global.tag = f.tag;
  if (f.proxyImage !== void 0) global.proxy = { image: f.proxyImage };
  const over = { global };
  if (f.revision !== void 0) over.revision = f.revision;
  return deepMerge(values, over);
}
function chartValues(values) {
  if (!isMap(values)) return values;
  const pilot = {};
  for (const key of ["cni", "env"]) if (isMap(values[key])) pilot[key] = values[key];
  return Object.keys(pilot).length === 0 ? values : deepMerge(values, { pilot });
}
function settingsFromValues(values, builtin) {
  const hook = isMap(values.sidecarInjectorWebhook) ? values.sidecarInjectorWebhook : {};
  const global = isMap(values.global) ? values.global : {};
  const proxy = isMap(global.proxy) ? global.proxy : {};
  const list3 = (v, d) => Array.isArray(v) && v.length > 0 ? v : d;
  return {
    policy: proxy.autoInject === "disabled" ? "disabled" : builtin.policy,
    defaultTemplates: list3(hook.defaultTemplates, builtin.defaultTemplates),
    aliases: builtin.aliases,
    alwaysInjectSelector: list3(hook.alwaysInjectSelector, builtin.alwaysInjectSelector),
    neverInjectSelector: list3(hook.neverInjectSelector, builtin.neverInjectSelector),
    injectedAnnotations: isMap(hook.injectedAnnotations) ? { ...builtin.injectedAnnotations, ...hook.injectedAnnotations } : builtin.injectedAnnotations
  };
}
function valuesTemplates(values, existing) {
  const hook = isMap(values) && isMap(values.sidecarInjectorWebhook) ? values.sidecarInjectorWebhook : {};
  const custom = isMap(hook.templates) ? hook.templates : {};
  return Object.entries(custom).filter(([name, text]) => typeof text === "string" && !existing.some((t) => t.name === name)).map(([name, text]) => ({ name, text, file: `values: sidecarInjectorWebhook.templates.${name}`, line: 1, indent: 0 }));
}
function builtinSource(name, text) {
  return { name, text, file: `built-in template ${name}`, line: 1, indent: 0 };
}
function parseTemplates(sources, env) {
  const funcs = injectionFunctions({ getEnv: (key) => env[key] });
  const out = {};
  for (const src of sources) {
    let parsed;
    Object.defineProperty(out, src.name, {
      enumerable: true,
      get: () => parsed ??= parseOne(src, funcs)
    });
  }
  return out;
}
function parseOne(src, funcs) {
  try {
    const treeText = src.file === builtinSource(src.name, "").file ? builtinTemplateTree(src.name) : void 0;
    const tree = treeText === void 0 ? void 0 : deserializeTree(treeText, src.text, [...Object.keys(BUILTINS), ...Object.keys(funcs)]);
    return parseTemplate(src.name, src.text, { funcs, fieldResolver: goJsonFieldResolver, ...tree ? { tree } : {} });
  } catch (e) {
    if (e instanceof TemplateError) {
      throw new KubeInjectError("template", e.message, { file: src.file, line: src.line + e.templateLine - 1, column: e.templateColumn + src.indent });
    }
    throw e;
  }
}

export {
  DUMP_SCHEMA,
  YAMLException,
  EVENT_ID,
  SCALAR_STYLE,
  COLLECTION_STYLE,
  CHOMPING_MODE,
  getScalarValue,
  parseEvents,
  dump,
  KubeInjectError,
  joinPointer,
  getAt,
  isFlowIndicator2 as isFlowIndicator,
  code,
  isSpaceOrEnd,
  canStartPlain,
  skipSpaces,
  MAX_NESTING_DEPTH,
  jsonNestingDepth,
  KUBE_SCHEMA,
  LIMITS,
  splitStream,
  makeSource,
  isFrozenObject,
  FrozenMemo,
  isMap,
  setOwn,
  asMap,
  str,
  fieldPosition,
  describeObject,
  positionIn,
  POD_TEMPLATE_PATHS,
  objectsOf,
  locateWorkloads,
  containersOf,
  findContainer,
  PROXY_CONTAINER,
  INIT_CONTAINER,
  VALIDATION_CONTAINER,
  findSidecar,
  INJECTED_CONTAINERS,
  PROXY_UID,
  PROXY_ENV,
  PROXY_OUTBOUND_PORT,
  PROXY_INBOUND_PORT,
  HBONE_PORT,
  DNS_PROXY_PORT,
  RESERVED_PORTS,
  MESH_DEFAULTS,
  goParseBool,
  goTrimSpace,
  unknownProxyConfigFields,
  lookupAnnotation,
  lookupLabel,
  isIstioKey,
  validateAnnotationValue,
  suggestAnnotation,
  INJECT_KEY,
  PROXY_CONFIG_ANNOTATION,
  NATIVE_SIDECAR_ANNOTATION,
  STATUS_ANNOTATION,
  REVISION_LABEL,
  GATEWAY_MANAGED_LABEL,
  DATAPLANE_MODE_LABEL,
  EXPORT_TO_ANNOTATION,
  AMBIENT_REDIRECTION_ANNOTATION,
  structuredValueError,
  compileSelector,
  selectorMatches,
  IGNORED_NAMESPACES,
  compilePolicy,
  skipReason,
  stripInjection,
  uninjectPod,
  uninjectDocuments,
  injectDocuments,
  prepareInjector,
  loadInjectorConfig
};
