import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  writeStream
} from "./chunks/chunk-DY35CABH.js";
import {
  AMBIENT_REDIRECTION_ANNOTATION,
  DATAPLANE_MODE_LABEL,
  DNS_PROXY_PORT,
  EXPORT_TO_ANNOTATION,
  GATEWAY_MANAGED_LABEL,
  HBONE_PORT,
  IGNORED_NAMESPACES,
  INIT_CONTAINER,
  INJECTED_CONTAINERS,
  INJECT_KEY,
  KubeInjectError,
  MESH_DEFAULTS,
  NATIVE_SIDECAR_ANNOTATION,
  POD_TEMPLATE_PATHS,
  PROXY_CONFIG_ANNOTATION,
  PROXY_CONTAINER,
  PROXY_ENV,
  PROXY_INBOUND_PORT,
  PROXY_OUTBOUND_PORT,
  PROXY_UID,
  RESERVED_PORTS,
  REVISION_LABEL,
  VALIDATION_CONTAINER,
  asMap,
  compilePolicy,
  compileSelector,
  containersOf,
  describeObject,
  fieldPosition,
  findContainer,
  findSidecar,
  getAt,
  goParseBool,
  goTrimSpace,
  injectDocuments,
  isIstioKey,
  isMap,
  joinPointer,
  loadInjectorConfig,
  locateWorkloads,
  lookupAnnotation,
  lookupLabel,
  makeSource,
  objectsOf,
  positionIn,
  prepareInjector,
  selectorMatches,
  skipReason,
  splitStream,
  str,
  stripInjection,
  structuredValueError,
  suggestAnnotation,
  uninjectDocuments,
  uninjectPod,
  unknownProxyConfigFields,
  validateAnnotationValue
} from "./chunks/chunk-XPP6S6Y2.js";

// src/iptables/builder.ts
var BUILT_IN = /* @__PURE__ */ new Set(["INPUT", "OUTPUT", "FORWARD", "PREROUTING", "POSTROUTING", "ACCEPT", "RETURN", "DROP"]);
var VERSIONED = /* @__PURE__ */ Symbol("ip-version-specific");
var RuleBuilder = class {
  constructor(ipv6) {
    this.ipv6 = ipv6;
  }
  ipv6;
  v4 = [];
  v6 = [];
  appendV4(table, chain, ...params) {
    this.v4.push({ table, chain, params: ["-A", chain, ...params] });
  }
  appendV6(table, chain, ...params) {
    if (this.ipv6) this.v6.push({ table, chain, params: ["-A", chain, ...params] });
  }
  append(table, chain, ...params) {
    this.appendV4(table, chain, ...params);
    this.appendV6(table, chain, ...params);
  }
  insertV4(table, chain, position, ...params) {
    this.v4.push({ table, chain, params: ["-I", chain, String(position), ...params] });
  }
  insertV6(table, chain, position, ...params) {
    if (this.ipv6) this.v6.push({ table, chain, params: ["-I", chain, String(position), ...params] });
  }
  insert(table, chain, position, ...params) {
    this.insertV4(table, chain, position, ...params);
    this.insertV6(table, chain, position, ...params);
  }
  /** A rule whose `VERSIONED` parameter is `v4` in the IPv4 rules and `v6` in the IPv6 ones. */
  appendVersioned(v4, v6, table, chain, ...params) {
    this.appendV4(table, chain, ...params.map((p) => p === VERSIONED ? v4 : p));
    this.appendV6(table, chain, ...params.map((p) => p === VERSIONED ? v6 : p));
  }
};
function restoreText(rules) {
  const tables = /* @__PURE__ */ new Map();
  const add2 = (t, line) => (tables.get(t) ?? tables.set(t, []).get(t)).push(line);
  const seen = /* @__PURE__ */ new Set();
  for (const r of rules) {
    const key2 = `${r.chain}:${r.table}`;
    if (seen.has(key2)) continue;
    seen.add(key2);
    if (!BUILT_IN.has(r.chain)) add2(r.table, `-N ${r.chain}`);
  }
  for (const r of rules) {
    if (r.params.length < 2 || r.params[r.params.length - 2] !== "-j") continue;
    const target2 = r.params[r.params.length - 1];
    const key2 = `${target2}:${r.table}`;
    if (seen.has(key2)) continue;
    seen.add(key2);
    if (!BUILT_IN.has(target2)) add2(r.table, `-N ${target2}`);
  }
  for (const r of rules) add2(r.table, r.params.join(" "));
  let out = "";
  for (const table of [...tables.keys()].sort()) {
    out += `* ${table}
${tables.get(table).join("\n")}
COMMIT
`;
  }
  return out;
}

// src/istio/capture.ts
var INBOUND_TPROXY_MARK = PROXY_UID;
var OUTBOUND_MARK = 1338;
var INBOUND_TPROXY_ROUTE_TABLE = 133;
var PASSTHROUGH_SOURCE_V4 = "127.0.0.6/32";
var PASSTHROUGH_SOURCE_V6 = "::6/128";
var LOOPBACK_V4 = "127.0.0.1/32";
var LOOPBACK_V6 = "::1/128";
var ISTIO_CHAINS = {
  output: "ISTIO_OUTPUT",
  outputDns: "ISTIO_OUTPUT_DNS",
  inbound: "ISTIO_INBOUND",
  divert: "ISTIO_DIVERT",
  tproxy: "ISTIO_TPROXY",
  redirect: "ISTIO_REDIRECT",
  inRedirect: "ISTIO_IN_REDIRECT",
  drop: "ISTIO_DROP"
};
var IPTABLES_ENV = {
  /** Also sets `--redirect-dns` (the agent's DNS capture switch, from proxy metadata). */
  dnsCapture: "ISTIO_META_DNS_CAPTURE",
  /** Also sets `--drop-invalid`. */
  invalidDrop: "INVALID_DROP",
  /** Also sets `--dual-stack`. */
  dualStack: "ISTIO_DUAL_STACK",
  /** Also set `-m` and `-t`. */
  interceptionMode: "INBOUND_INTERCEPTION_MODE",
  tproxyMark: "INBOUND_TPROXY_MARK",
  /** Owner groups whose traffic is captured (`*`), or not. */
  ownerGroups: "ISTIO_OUTBOUND_OWNER_GROUPS",
  ownerGroupsExclude: "ISTIO_OUTBOUND_OWNER_GROUPS_EXCLUDE",
  /** The loopback range (default 127.0.0.1/32). */
  loopbackCidr: "ISTIO_OUTBOUND_IPV4_LOOPBACK_CIDR"
};

// src/iptables/config.ts
function defaultIptablesConfig() {
  return {
    proxyPort: String(PROXY_OUTBOUND_PORT),
    inboundCapturePort: String(PROXY_INBOUND_PORT),
    inboundTunnelPort: String(HBONE_PORT),
    proxyUID: "",
    proxyGID: "",
    inboundInterceptionMode: "",
    inboundTProxyMark: String(INBOUND_TPROXY_MARK),
    inboundTProxyRouteTable: String(INBOUND_TPROXY_ROUTE_TABLE),
    inboundPortsInclude: "",
    inboundPortsExclude: "",
    ownerGroupsInclude: "*",
    ownerGroupsExclude: "",
    outboundPortsInclude: "",
    outboundPortsExclude: "",
    outboundIPRangesInclude: "",
    outboundIPRangesExclude: "",
    rerouteVirtualInterfaces: "",
    excludeInterfaces: "",
    redirectDNS: false,
    captureAllDNS: false,
    dropInvalid: false,
    dualStack: false,
    enableIPv6: false,
    dnsServersV4: [],
    dnsServersV6: [],
    hostIPv4LoopbackCidr: LOOPBACK_V4
  };
}
function withProxyIds(c) {
  const proxyUID = c.proxyUID === "" ? String(PROXY_UID) : c.proxyUID;
  return { ...c, proxyUID, proxyGID: c.proxyGID === "" ? proxyUID : c.proxyGID };
}
function split(s) {
  return s === "" ? [] : s.split(",").filter((x) => x !== "");
}

// src/iptables/flags.ts
var IPTABLES_FLAGS = [
  { long: "envoy-port", short: "p", kind: "string", field: "proxyPort" },
  { long: "inbound-capture-port", short: "z", kind: "string", field: "inboundCapturePort" },
  { long: "inbound-tunnel-port", short: "e", kind: "string", field: "inboundTunnelPort" },
  { long: "proxy-uid", short: "u", kind: "string", field: "proxyUID" },
  { long: "proxy-gid", short: "g", kind: "string", field: "proxyGID" },
  { long: "istio-inbound-interception-mode", short: "m", kind: "string", field: "inboundInterceptionMode", env: [IPTABLES_ENV.interceptionMode] },
  { long: "istio-inbound-ports", short: "b", kind: "string", field: "inboundPortsInclude" },
  { long: "istio-local-exclude-ports", short: "d", kind: "string", field: "inboundPortsExclude" },
  { long: "istio-exclude-interfaces", short: "c", kind: "string", field: "excludeInterfaces" },
  { long: "istio-service-cidr", short: "i", kind: "string", field: "outboundIPRangesInclude" },
  { long: "istio-service-exclude-cidr", short: "x", kind: "string", field: "outboundIPRangesExclude" },
  { long: "istio-outbound-ports", short: "q", kind: "string", field: "outboundPortsInclude" },
  { long: "istio-local-outbound-ports-exclude", short: "o", kind: "string", field: "outboundPortsExclude" },
  { long: "kube-virt-interfaces", short: "k", kind: "string", field: "rerouteVirtualInterfaces" },
  { long: "istio-inbound-tproxy-mark", short: "t", kind: "string", field: "inboundTProxyMark", env: [IPTABLES_ENV.tproxyMark] },
  { long: "istio-inbound-tproxy-route-table", short: "r", kind: "string", field: "inboundTProxyRouteTable" },
  { long: "redirect-dns", kind: "bool", field: "redirectDNS", env: [IPTABLES_ENV.dnsCapture] },
  { long: "capture-all-dns", kind: "bool", field: "captureAllDNS" },
  { long: "drop-invalid", kind: "bool", field: "dropInvalid", env: [IPTABLES_ENV.invalidDrop] },
  { long: "dual-stack", kind: "bool", field: "dualStack", env: [IPTABLES_ENV.dualStack] },
  { long: "ipv6", kind: "bool", field: "enableIPv6" },
  { long: "dns-servers", kind: "string", field: "dnsServers" },
  { long: "dry-run", short: "n", kind: "bool" },
  { long: "iptables-probe-port", kind: "string" },
  { long: "probe-timeout", kind: "string" },
  { long: "skip-rule-apply", kind: "bool" },
  { long: "run-validation", kind: "bool" },
  { long: "network-namespace", kind: "string" },
  { long: "cni-mode", kind: "bool" },
  { long: "reconcile", kind: "bool" },
  { long: "force-apply", kind: "bool" },
  { long: "force-iptables-binary", kind: "string" },
  { long: "iptables-trace-logging", kind: "bool" }
];
var REFUSED = {
  "cleanup-only": "it removes rules instead of writing them",
  "native-nftables": "it writes nftables rules; kube-inject shows the iptables ones"
};
var ENV_FIELDS = [
  [IPTABLES_ENV.ownerGroups, "ownerGroupsInclude"],
  [IPTABLES_ENV.ownerGroupsExclude, "ownerGroupsExclude"],
  [IPTABLES_ENV.loopbackCidr, "hostIPv4LoopbackCidr"]
];
var envName = (long) => long.toUpperCase().replace(/-/g, "_");
function usage(message) {
  return new KubeInjectError("usage", `iptables: ${message}`);
}
function parseBool(flag, text) {
  const b = goParseBool(text);
  if (b === null) throw usage(`invalid argument ${JSON.stringify(text)} for --${flag.long}: not a boolean`);
  return b;
}
function assign(c, flag, value) {
  if (!flag.field) return;
  if (flag.field === "dnsServers") {
    const servers = split(String(value));
    c.dnsServersV4 = servers.filter((s) => !s.includes(":"));
    c.dnsServersV6 = servers.filter((s) => s.includes(":"));
    return;
  }
  c[flag.field] = value;
}
function parseIptablesArgs(args, env = {}) {
  const c = defaultIptablesConfig();
  for (const [name, field] of ENV_FIELDS) if (env[name] !== void 0) c[field] = env[name];
  for (const flag of IPTABLES_FLAGS) {
    for (const name of [envName(flag.long), ...flag.env ?? []]) {
      const v = env[name];
      if (v === void 0) continue;
      assign(c, flag, flag.kind === "bool" ? goParseBool(v) === true : v);
    }
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "istio-iptables" && i === 0) continue;
    const long = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    const short = long ? null : /^-([A-Za-z])(.*)$/s.exec(arg);
    if (!long && !short) throw usage(`unexpected argument ${JSON.stringify(arg)} (istio-iptables takes flags only)`);
    const name = long ? long[1] : short[1];
    if (long && (name.startsWith("log_") || name === "help")) continue;
    if (long && Object.hasOwn(REFUSED, name)) throw usage(`--${name} is not supported: ${REFUSED[name]}`);
    const flag = IPTABLES_FLAGS.find((f) => long ? f.long === name : f.short === name);
    if (!flag) throw usage(`unknown flag ${long ? `--${name}` : `-${name}`}`);
    const inline = long ? long[2] : short[2] === "" ? void 0 : short[2].replace(/^=/, "");
    if (flag.kind === "bool") {
      assign(c, flag, inline === void 0 ? true : parseBool(flag, inline));
      continue;
    }
    let value = inline;
    if (value === void 0) {
      if (i + 1 >= args.length) throw usage(`flag needs an argument: ${long ? `--${name}` : `-${name}`}`);
      value = args[++i];
    }
    assign(c, flag, value);
  }
  return withProxyIds(c);
}

// src/iptables/cidr.ts
var V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
function isV4(cidr) {
  const m = V4.exec(cidr);
  return m !== null && m.slice(1, 5).every((o) => Number(o) <= 255 && !/^0\d/.test(o)) && Number(m[5]) <= 32;
}
function isV6(cidr) {
  const [addr, bits, ...rest] = cidr.split("/");
  if (rest.length > 0 || addr === void 0 || bits === void 0 || !/^\d{1,3}$/.test(bits) || Number(bits) > 128) return false;
  if (!/^[0-9A-Fa-f:.]+$/.test(addr) || !addr.includes(":")) return false;
  const doubles = addr.split("::").length - 1;
  if (doubles > 1) return false;
  const groups = addr.split(":").filter((g) => g !== "");
  const tail = groups.at(-1) ?? "";
  const v4Tail = tail.includes(".");
  if (v4Tail && !isV4(`${tail}/32`)) return false;
  const hex = v4Tail ? groups.slice(0, -1) : groups;
  if (!hex.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const count = hex.length + (v4Tail ? 2 : 0);
  return doubles === 1 ? count < 8 : count === 8;
}
function v6Loopback(cidr) {
  const addr = cidr.split("/")[0];
  const [head = "", tail = ""] = addr.includes("::") ? addr.split("::") : [addr, ""];
  const groups = [...head.split(":").filter(Boolean), ...tail.split(":").filter(Boolean)];
  if (groups.some((g) => g.includes("."))) return false;
  const values = groups.map((g) => parseInt(g, 16));
  return values.slice(0, -1).every((v) => v === 0) && values.at(-1) === 1;
}
function separateV4V6(list2, flag) {
  if (list2 === "*") return { v4: { isWildcard: true, cidrs: [], hasLoopback: false }, v6: { isWildcard: true, cidrs: [], hasLoopback: false } };
  const v4 = [];
  const v6 = [];
  for (const cidr of split(list2)) {
    if (isV4(cidr)) v4.push(cidr);
    else if (isV6(cidr)) v6.push(cidr);
    else throw new KubeInjectError("usage", `iptables: ${flag}: ${JSON.stringify(cidr)} is not an IP range in CIDR form (e.g. 10.0.0.0/8)`);
  }
  return {
    v4: { isWildcard: false, cidrs: v4, hasLoopback: v4.some((c) => c.startsWith("127.")) },
    v6: { isWildcard: false, cidrs: v6, hasLoopback: v6.some(v6Loopback) }
  };
}

// src/iptables/dns.ts
function addDnsRules(b, cfg, chain, dns, agent) {
  const all = cfg.captureAllDNS;
  const v4 = cfg.dnsServersV4;
  const v6 = cfg.dnsServersV6;
  b.append("raw", "OUTPUT", "-j", chain.outputDns);
  if (all || v4.length > 0) b.appendV4("nat", chain.output, "-j", chain.outputDns);
  if (all || v6.length > 0) b.appendV6("nat", chain.output, "-j", chain.outputDns);
  if (all) {
    b.append("nat", chain.outputDns, "-p", "tcp", "--dport", dns, "-j", "REDIRECT", "--to-ports", agent);
  } else {
    for (const s of v4) b.appendV4("nat", chain.outputDns, "-p", "tcp", "--dport", dns, "-d", `${s}/32`, "-j", "REDIRECT", "--to-ports", agent);
    for (const s of v6) b.appendV6("nat", chain.outputDns, "-p", "tcp", "--dport", dns, "-d", `${s}/128`, "-j", "REDIRECT", "--to-ports", agent);
  }
  if (all) {
    b.append("nat", chain.outputDns, "-p", "udp", "--dport", dns, "-j", "REDIRECT", "--to-port", agent);
  } else {
    for (const s of v4) b.appendV4("nat", chain.outputDns, "-p", "udp", "--dport", dns, "-d", `${s}/32`, "-j", "REDIRECT", "--to-port", agent);
    for (const s of v6) b.appendV6("nat", chain.outputDns, "-p", "udp", "--dport", dns, "-d", `${s}/128`, "-j", "REDIRECT", "--to-port", agent);
  }
  conntrackZones(b, cfg, chain, dns, agent);
}
function conntrackZones(b, cfg, chain, dns, agent) {
  for (const [owner, ids] of [["--uid-owner", split(cfg.proxyUID)], ["--gid-owner", split(cfg.proxyGID)]]) {
    for (const id of ids) {
      b.append("raw", chain.outputDns, "-p", "udp", "--dport", dns, "-m", "owner", owner, id, "-j", "CT", "--zone", "1");
      b.append("raw", chain.outputDns, "-p", "udp", "--sport", agent, "-m", "owner", owner, id, "-j", "CT", "--zone", "2");
    }
  }
  if (cfg.captureAllDNS) {
    b.append("raw", "PREROUTING", "-j", chain.inbound);
    b.append("raw", chain.outputDns, "-p", "udp", "--dport", dns, "-j", "CT", "--zone", "2");
    b.append("raw", chain.inbound, "-p", "udp", "--sport", dns, "-j", "CT", "--zone", "1");
    return;
  }
  if (cfg.dnsServersV4.length > 0) b.appendV4("raw", "PREROUTING", "-j", chain.inbound);
  for (const s of cfg.dnsServersV4) {
    b.appendV4("raw", chain.outputDns, "-p", "udp", "--dport", dns, "-d", `${s}/32`, "-j", "CT", "--zone", "2");
    b.appendV4("raw", chain.inbound, "-p", "udp", "--sport", dns, "-s", `${s}/32`, "-j", "CT", "--zone", "1");
  }
  if (cfg.dnsServersV6.length > 0) b.appendV6("raw", "PREROUTING", "-j", chain.inbound);
  for (const s of cfg.dnsServersV6) {
    b.appendV6("raw", chain.outputDns, "-p", "udp", "--dport", dns, "-d", `${s}/128`, "-j", "CT", "--zone", "2");
    b.appendV6("raw", chain.inbound, "-p", "udp", "--sport", dns, "-s", `${s}/128`, "-j", "CT", "--zone", "1");
  }
}

// src/iptables/rules.ts
var CHAIN = ISTIO_CHAINS;
var DNS_PORT = "53";
function buildRules(cfg) {
  const b = new RuleBuilder(cfg.enableIPv6);
  const warnings = [];
  const tproxy = cfg.inboundInterceptionMode === "TPROXY";
  const exclude = separateV4V6(cfg.outboundIPRangesExclude, "-x");
  if (exclude.v4.isWildcard) throw new KubeInjectError("usage", 'iptables: -x: invalid value for OUTBOUND_IP_RANGES_EXCLUDE ("*" cannot be excluded)');
  const include = separateV4V6(cfg.outboundIPRangesInclude, "-i");
  let redirectDNS = cfg.redirectDNS;
  if (redirectDNS && !cfg.captureAllDNS && cfg.dnsServersV4.length === 0 && cfg.dnsServersV6.length === 0) {
    warnings.push("REDIRECT_DNS is set, but CAPTURE_ALL_DNS is false, and no DNS servers provided (--dns-servers): DNS capture disabled");
    redirectDNS = false;
  }
  for (const nic of split(cfg.excludeInterfaces)) {
    b.append("nat", "PREROUTING", "-i", nic, "-j", "RETURN");
    b.append("nat", "OUTPUT", "-o", nic, "-j", "RETURN");
  }
  if (tproxy) {
    for (const nic of split(cfg.excludeInterfaces)) {
      b.append("mangle", "PREROUTING", "-i", nic, "-j", "RETURN");
      b.append("mangle", "OUTPUT", "-o", nic, "-j", "RETURN");
    }
  }
  for (const nic of split(cfg.rerouteVirtualInterfaces)) b.insert("nat", "PREROUTING", 1, "-i", nic, "-j", "RETURN");
  if (cfg.dropInvalid) {
    b.append("mangle", "PREROUTING", "-m", "conntrack", "--ctstate", "INVALID", "-j", CHAIN.drop);
    b.append("mangle", CHAIN.drop, "-j", "DROP");
  }
  b.append("nat", CHAIN.inbound, "-p", "tcp", "--dport", cfg.inboundTunnelPort, "-j", "RETURN");
  b.append("nat", CHAIN.redirect, "-p", "tcp", "-j", "REDIRECT", "--to-ports", cfg.proxyPort);
  b.append("nat", CHAIN.inRedirect, "-p", "tcp", "-j", "REDIRECT", "--to-ports", cfg.inboundCapturePort);
  inbound(b, cfg, tproxy);
  b.append("nat", "OUTPUT", "-j", CHAIN.output);
  for (const port of split(cfg.outboundPortsExclude)) {
    b.append("nat", CHAIN.output, "-p", "tcp", "--dport", port, "-j", "RETURN");
    b.append("nat", CHAIN.output, "-p", "udp", "--dport", port, "-j", "RETURN");
  }
  b.appendVersioned(PASSTHROUGH_SOURCE_V4, PASSTHROUGH_SOURCE_V6, "nat", CHAIN.output, "-o", "lo", "-s", VERSIONED, "-j", "RETURN");
  const loopbackIncluded = include.v4.hasLoopback || include.v6.hasLoopback;
  ownerExemptions(b, cfg, "uid", split(cfg.proxyUID), redirectDNS, loopbackIncluded);
  ownerExemptions(b, cfg, "gid", split(cfg.proxyGID), false, loopbackIncluded, redirectDNS);
  ownerGroups(b, cfg);
  if (redirectDNS) addDnsRules(b, cfg, CHAIN, DNS_PORT, String(DNS_PROXY_PORT));
  b.appendVersioned(cfg.hostIPv4LoopbackCidr, LOOPBACK_V6, "nat", CHAIN.output, "-d", VERSIONED, "-j", "RETURN");
  for (const cidr of exclude.v4.cidrs) b.appendV4("nat", CHAIN.output, "-d", cidr, "-j", "RETURN");
  for (const cidr of exclude.v6.cidrs) b.appendV6("nat", CHAIN.output, "-d", cidr, "-j", "RETURN");
  for (const port of split(cfg.outboundPortsInclude)) b.append("nat", CHAIN.output, "-p", "tcp", "--dport", port, "-j", CHAIN.redirect);
  outboundInclude(b, cfg, include.v4, "v4");
  outboundInclude(b, cfg, include.v6, "v6");
  if (tproxy) tproxyMarks(b, cfg);
  return { v4: b.v4, v6: b.v6, warnings };
}
function inbound(b, cfg, tproxy) {
  if (cfg.inboundPortsInclude === "") return;
  const table = tproxy ? "mangle" : "nat";
  if (tproxy) {
    b.append("mangle", CHAIN.divert, "-j", "MARK", "--set-mark", cfg.inboundTProxyMark);
    b.append("mangle", CHAIN.divert, "-j", "ACCEPT");
    b.appendVersioned(cfg.hostIPv4LoopbackCidr, LOOPBACK_V6, "mangle", CHAIN.tproxy, "!", "-d", VERSIONED, "-p", "tcp", "-j", "TPROXY", "--tproxy-mark", `${cfg.inboundTProxyMark}/0xffffffff`, "--on-port", cfg.inboundCapturePort);
  }
  b.append(table, "PREROUTING", "-p", "tcp", "-j", CHAIN.inbound);
  if (cfg.inboundPortsInclude === "*") {
    for (const port of split(cfg.inboundPortsExclude)) b.append(table, CHAIN.inbound, "-p", "tcp", "--dport", port, "-j", "RETURN");
    if (tproxy) {
      b.append("mangle", CHAIN.inbound, "-p", "tcp", "-m", "conntrack", "--ctstate", "RELATED,ESTABLISHED", "-j", CHAIN.divert);
      b.append("mangle", CHAIN.inbound, "-p", "tcp", "-j", CHAIN.tproxy);
    } else {
      b.append("nat", CHAIN.inbound, "-p", "tcp", "-j", CHAIN.inRedirect);
    }
    return;
  }
  for (const port of split(cfg.inboundPortsInclude)) {
    if (tproxy) {
      b.append("mangle", CHAIN.inbound, "-p", "tcp", "--dport", port, "-m", "conntrack", "--ctstate", "RELATED,ESTABLISHED", "-j", CHAIN.divert);
      b.append("mangle", CHAIN.inbound, "-p", "tcp", "--dport", port, "-j", CHAIN.tproxy);
    } else {
      b.append("nat", CHAIN.inbound, "-p", "tcp", "--dport", port, "-j", CHAIN.inRedirect);
    }
  }
}
function ownerExemptions(b, cfg, kind, ids, dnsMultiport, loopbackIncluded, dnsLoopback = dnsMultiport) {
  const owner = `--${kind}-owner`;
  for (const id of ids) {
    const ports = dnsMultiport ? ["-m", "multiport", "!", "--dports", `${DNS_PORT},${cfg.inboundTunnelPort}`] : ["!", "--dport", cfg.inboundTunnelPort];
    b.appendVersioned(cfg.hostIPv4LoopbackCidr, LOOPBACK_V6, "nat", CHAIN.output, "-o", "lo", "!", "-d", VERSIONED, "-p", "tcp", ...ports, "-m", "owner", owner, id, "-j", CHAIN.inRedirect);
    if (!loopbackIncluded) {
      if (dnsLoopback) b.append("nat", CHAIN.output, "-o", "lo", "-p", "tcp", "!", "--dport", DNS_PORT, "-m", "owner", "!", owner, id, "-j", "RETURN");
      else b.append("nat", CHAIN.output, "-o", "lo", "-m", "owner", "!", owner, id, "-j", "RETURN");
    }
    b.append("nat", CHAIN.output, "-m", "owner", owner, id, "-j", "RETURN");
  }
}
function ownerGroups(b, cfg) {
  if (cfg.ownerGroupsInclude === "*") {
    for (const group2 of split(cfg.ownerGroupsExclude)) b.append("nat", CHAIN.output, "-m", "owner", "--gid-owner", group2, "-j", "RETURN");
    return;
  }
  const groups = split(cfg.ownerGroupsInclude);
  b.append("nat", CHAIN.output, ...groups.flatMap((g) => ["-m", "owner", "!", "--gid-owner", g]), "-j", "RETURN");
}
function outboundInclude(b, cfg, range, family) {
  const append = (...p) => family === "v4" ? b.appendV4("nat", CHAIN.output, ...p) : b.appendV6("nat", CHAIN.output, ...p);
  const insert = (...p) => family === "v4" ? b.insertV4("nat", "PREROUTING", 1, ...p) : b.insertV6("nat", "PREROUTING", 1, ...p);
  if (range.isWildcard) {
    append("-j", CHAIN.redirect);
    for (const nic of split(cfg.rerouteVirtualInterfaces)) insert("-i", nic, "-j", CHAIN.redirect);
    return;
  }
  for (const cidr of range.cidrs) {
    for (const nic of split(cfg.rerouteVirtualInterfaces)) insert("-i", nic, "-d", cidr, "-j", CHAIN.redirect);
    append("-d", cidr, "-j", CHAIN.redirect);
  }
}
function tproxyMarks(b, cfg) {
  const mark = cfg.inboundTProxyMark;
  const outbound = String(OUTBOUND_MARK);
  b.append("mangle", "PREROUTING", "-p", "tcp", "-m", "mark", "--mark", mark, "-j", "CONNMARK", "--save-mark");
  b.append("mangle", "OUTPUT", "-p", "tcp", "-o", "lo", "-m", "mark", "--mark", mark, "-j", "RETURN");
  for (const [owner, ids] of [["--uid-owner", split(cfg.proxyUID)], ["--gid-owner", split(cfg.proxyGID)]]) {
    for (const id of ids) {
      b.appendVersioned(cfg.hostIPv4LoopbackCidr, LOOPBACK_V6, "mangle", "OUTPUT", "!", "-d", VERSIONED, "-p", "tcp", "-o", "lo", "-m", "owner", owner, id, "-j", "MARK", "--set-mark", outbound);
    }
  }
  b.append("mangle", "OUTPUT", "-p", "tcp", "-m", "connmark", "--mark", mark, "-j", "CONNMARK", "--restore-mark");
  b.insert("mangle", CHAIN.inbound, 1, "-p", "tcp", "-m", "mark", "--mark", mark, "-j", "RETURN");
  b.insertV4("mangle", CHAIN.inbound, 2, "-p", "tcp", "-s", PASSTHROUGH_SOURCE_V4, "-i", "lo", "-j", "RETURN");
  b.insertV6("mangle", CHAIN.inbound, 2, "-p", "tcp", "-s", PASSTHROUGH_SOURCE_V6, "-i", "lo", "-j", "RETURN");
  b.insert("mangle", CHAIN.inbound, 3, "-p", "tcp", "-i", "lo", "-m", "mark", "!", "--mark", outbound, "-j", "RETURN");
}

// src/iptables/index.ts
var FAMILY_HEADER = { v4: "# iptables-restore --noflush", v6: "# ip6tables-restore --noflush" };
function restoreScript(rules) {
  let out = `${FAMILY_HEADER.v4}
${restoreText(rules.v4)}`;
  if (rules.v6.length > 0) out += `${FAMILY_HEADER.v6}
${restoreText(rules.v6)}`;
  return out;
}

// src/explain/json.ts
function renderJson(workloads) {
  return JSON.stringify({ workloads }, null, 2) + "\n";
}

// src/explain/mermaid.ts
var SHAPE = {
  pod: ["([", "])"],
  chain: ["[/", "/]"],
  port: ["((", "))"],
  listener: ["[", "]"],
  "filter-chain": ["[", "]"],
  route: ["{{", "}}"],
  cluster: ["[(", ")]"],
  service: ["([", "])"],
  app: ["([", "])"]
};
function label(text) {
  return `"${text.replace(/&/g, "#amp;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;").replace(/\|/g, "#124;")}"`;
}
function hopLabel(h) {
  if (h.kind === "port") return `Envoy :${h.name}`;
  if (h.kind === "filter-chain") return `filter chain: ${h.name}`;
  if (h.kind === "chain") return `iptables ${h.name}`;
  return h.kind === "listener" || h.kind === "route" || h.kind === "cluster" ? `${h.kind} ${h.name}` : h.name;
}
function renderMermaid(workloads) {
  const lines = ["flowchart LR"];
  const ids = /* @__PURE__ */ new Map();
  const declared = /* @__PURE__ */ new Set();
  const edges = /* @__PURE__ */ new Set();
  const node = (key2, kind, text, into) => {
    let id = ids.get(key2);
    if (!id) {
      id = `n${ids.size}`;
      ids.set(key2, id);
    }
    if (!declared.has(id)) {
      declared.add(id);
      const [open, close] = SHAPE[kind];
      into.push(`    ${id}${open}${label(text)}${close}`);
    }
    return id;
  };
  const services = [];
  workloads.forEach((w, i) => {
    const body = [];
    const pod = node(`pod:${w.workload}`, "pod", `${w.workload}${w.injected ? "" : " (not injected)"}`, body);
    const chain = (p) => {
      const ext = (h) => h.kind === "service";
      let prev = p.direction === "inbound" ? node(`svc:${p.service}`, "service", p.service, services) : pod;
      for (const h of p.hops) {
        const id = h.kind === "app" ? pod : ext(h) ? node(`svc:${p.service}`, "service", p.service, services) : node(`${w.workload}:${h.kind}:${h.name}`, h.kind, hopLabel(h), body);
        const edge = `    ${prev} -->${p.captured ? "" : "|not captured|"} ${id}`;
        if (prev !== id && !edges.has(edge)) {
          edges.add(edge);
          body.push(edge);
        }
        prev = id;
      }
    };
    for (const p of [...w.inbound, ...w.outbound]) chain(p);
    lines.push(`  subgraph w${i}[${label(w.workload)}]`, ...body, "  end");
  });
  lines.push(...services.map((s) => s.replace(/^ {4}/, "  ")));
  return lines.join("\n") + "\n";
}

// src/explain/text.ts
var list = (xs) => xs.join(", ");
function inboundLine(c) {
  const bypass = c.inboundBypassed.map((b) => `${b.port} (${b.why})`);
  if (c.inboundCaptured === "none") return "nothing is captured (-b is empty): inbound traffic reaches the app directly";
  const what = c.inboundCaptured === "all" ? "every TCP port" : `TCP ports ${list(c.inboundCaptured)}`;
  return `${what} \u2192 Envoy on ${c.envoyInboundPort}${bypass.length > 0 ? `; bypassing Envoy: ${list(bypass)}` : ""}`;
}
function outboundLine(c) {
  const parts = [];
  if (c.outboundCaptured === "all") parts.push(`every IP range \u2192 Envoy on ${c.envoyOutboundPort}`);
  else if (c.outboundCaptured === "none") parts.push("no IP range (-i is empty)");
  else parts.push(`IP ranges ${list(c.outboundCaptured)} \u2192 Envoy on ${c.envoyOutboundPort}`);
  if (c.outboundPortsCaptured.length > 0) parts.push(`and TCP ports ${list(c.outboundPortsCaptured)} to any address`);
  const bypass = [...c.outboundRangesBypassed.map((r) => `range ${r} (-x)`), ...c.outboundPortsBypassed.map((p) => `port ${p} (-o)`), `loopback (${c.loopback})`];
  return `${parts.join(" ")}; bypassing Envoy: ${list(bypass)}`;
}
function hopText(h) {
  if (h.kind === "port") return `:${h.name}`;
  if (h.kind === "chain" || h.kind === "app" || h.kind === "service") return h.name;
  return `${h.kind === "filter-chain" ? "filter chain" : h.kind} ${h.name}`;
}
function pathLines(p) {
  const head = `    ${p.direction.padEnd(8)} ${p.via} [${p.protocol}]${p.captured ? "" : " \u2014 not captured"}${p.note ? ` (${p.note})` : ""}`;
  return [head, `      ${p.hops.map(hopText).join(" \u2192 ")}`];
}
function renderText(workloads) {
  return workloads.map((w) => block(w).join("\n") + "\n").join("\n");
}
function block(w) {
  const out = [];
  {
    const c = w.capture;
    if (!w.injected) {
      out.push(`${w.workload}: not injected (${w.reason ?? ""}): no sidecar, no traffic capture`);
      return out;
    }
    const by = c.appliedBy === "init-container" ? INIT_CONTAINER : c.appliedBy === "cni" ? `the Istio CNI plugin (${VALIDATION_CONTAINER} checks)` : "nothing";
    out.push(`${w.workload}: injected; traffic capture by ${by}, interception mode ${c.mode}`);
    if (c.appliedBy === "none") {
      out.push("  Capture:  none (no istio-init container): traffic reaches the app directly");
    } else {
      out.push(`  Inbound:  ${inboundLine(c)}`);
      out.push(`  Outbound: ${outboundLine(c)}`);
      out.push(`  Exempt:   traffic of UID ${list(c.exemptUids)} and GID ${list(c.exemptGids)} (the proxy's own) is never captured`);
      out.push(`  DNS:      ${c.dnsCaptured ? "port 53 to the pod's name servers \u2192 istio-agent's DNS proxy" : "not captured"}`);
      if (c.excludedInterfaces.length > 0) out.push(`  Interfaces not captured: ${list(c.excludedInterfaces)}`);
    }
    if (w.probes.length === 0) out.push("  Probes:   none rewritten");
    for (const p of w.probes) out.push(`  Probe:    ${p.container} ${p.probe}: the kubelet calls ${p.now}; pilot-agent calls ${p.forwardsTo}`);
    if (w.findings.length === 0) out.push("  Lint:     no problems found");
    for (const f of w.findings) out.push(`  Lint:     line ${f.line} ${f.severity} ${f.rule}: ${f.message}`);
    const paths = [...w.inbound, ...w.outbound];
    if (paths.length > 0) out.push("  Paths:");
    if (w.inbound.length === 0) out.push("    inbound  no Service of the input selects this workload");
    for (const p of paths) out.push(...pathLines(p));
  }
  return out;
}

// src/iptables/from-pod.ts
function captureCommand(podTemplate) {
  const init = containersOf(asMap(asMap(podTemplate).spec).initContainers);
  for (const name of [INIT_CONTAINER, VALIDATION_CONTAINER]) {
    const c = findContainer(name, init);
    if (!c) continue;
    const argv = [...Array.isArray(c.command) ? c.command : [], ...Array.isArray(c.args) ? c.args : []].map(String);
    const at2 = argv.indexOf("istio-iptables");
    const env = {};
    for (const e of Array.isArray(c.env) ? c.env : []) if (isMap(e) && typeof e.name === "string" && typeof e.value === "string") env[e.name] = e.value;
    return { container: name, args: at2 >= 0 ? argv.slice(at2 + 1) : argv, env };
  }
  return void 0;
}

// src/lint/selector.ts
function labelValue(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return void 0;
}
function labelMap(v) {
  const out = {};
  if (!isMap(v)) return out;
  for (const [k, raw] of Object.entries(v)) {
    const s = labelValue(raw);
    if (s !== void 0) out[k] = s;
  }
  return out;
}
function compileSelector2(raw) {
  if (!isMap(raw)) return null;
  const structured = isMap(raw.matchLabels) || Array.isArray(raw.matchExpressions);
  const labels = structured ? raw.matchLabels : raw;
  const matchLabels = {};
  if (isMap(labels)) {
    for (const [key2, v] of Object.entries(labels)) {
      const value = labelValue(v);
      if (value === void 0) return null;
      matchLabels[key2] = value;
    }
  }
  const expressions = structured && Array.isArray(raw.matchExpressions) ? raw.matchExpressions : [];
  if (expressions.some((e) => !isMap(e) || Array.isArray(e.values) && e.values.some((v) => labelValue(v) === void 0))) return null;
  const matchExpressions = expressions.map((e) => ({
    key: String(e.key ?? ""),
    operator: String(e.operator ?? ""),
    values: Array.isArray(e.values) ? e.values.map((v) => labelValue(v)) : []
  }));
  const compiled = compileSelector({ matchLabels, matchExpressions });
  return compiled.requirements === null ? null : compiled;
}
function selects(selector, labels) {
  return selector !== null && selectorMatches(selector, labels);
}

// src/explain/capture.ts
function noCapture(mode) {
  return {
    appliedBy: "none",
    mode,
    envoyInboundPort: "",
    envoyOutboundPort: "",
    inboundCaptured: "none",
    inboundBypassed: [],
    outboundCaptured: "none",
    outboundRangesBypassed: [],
    outboundPortsCaptured: [],
    outboundPortsBypassed: [],
    exemptUids: [],
    exemptGids: [],
    dnsCaptured: false,
    excludedInterfaces: [],
    loopback: "",
    args: []
  };
}
function captureSummary(cfg, command, dnsCaptured) {
  const inboundBypassed = [{ port: cfg.inboundTunnelPort, why: cfg.inboundTunnelPort === String(HBONE_PORT) ? "HBONE tunnel, always" : "tunnel port, always" }];
  if (cfg.inboundPortsInclude === "*") for (const port of split(cfg.inboundPortsExclude)) inboundBypassed.push({ port, why: "excluded (-d)" });
  const include = cfg.outboundIPRangesInclude;
  const exclude = separateV4V6(cfg.outboundIPRangesExclude, "-x");
  const included = separateV4V6(include, "-i");
  return {
    appliedBy: command.container === INIT_CONTAINER ? "init-container" : "cni",
    mode: cfg.inboundInterceptionMode || "REDIRECT",
    envoyInboundPort: cfg.inboundCapturePort,
    envoyOutboundPort: cfg.proxyPort,
    inboundCaptured: cfg.inboundPortsInclude === "*" ? "all" : cfg.inboundPortsInclude === "" ? "none" : split(cfg.inboundPortsInclude),
    inboundBypassed,
    outboundCaptured: include === "*" ? "all" : include === "" ? "none" : [...included.v4.cidrs, ...included.v6.cidrs],
    outboundRangesBypassed: [...exclude.v4.cidrs, ...exclude.v6.cidrs],
    outboundPortsCaptured: split(cfg.outboundPortsInclude),
    outboundPortsBypassed: split(cfg.outboundPortsExclude),
    exemptUids: split(cfg.proxyUID),
    exemptGids: split(cfg.proxyGID),
    dnsCaptured,
    excludedInterfaces: split(cfg.excludeInterfaces),
    loopback: cfg.hostIPv4LoopbackCidr,
    args: command.args
  };
}
function inboundCaptured(c, port) {
  const p = String(port);
  const bypass = c.inboundBypassed.find((b) => b.port === p);
  if (c.inboundCaptured === "none") return { captured: false, note: "inbound capture is off (-b is empty)" };
  if (bypass) return { captured: false, note: `port ${p} bypasses Envoy: ${bypass.why}` };
  if (c.inboundCaptured === "all" || c.inboundCaptured.includes(p)) return { captured: true };
  return { captured: false, note: `port ${p} is not among the captured inbound ports (-b ${c.inboundCaptured.join(",")})` };
}
function outboundCaptured(c, port) {
  const p = String(port);
  if (c.outboundPortsBypassed.includes(p)) return { captured: false, note: `port ${p} bypasses Envoy: excluded (-o)` };
  if (c.outboundPortsCaptured.includes(p)) return { captured: true };
  if (c.outboundCaptured === "none") return { captured: false, note: "outbound capture is off (-i is empty)" };
  if (c.outboundCaptured === "all") {
    return c.outboundRangesBypassed.length > 0 ? { captured: true, note: `unless the Service's cluster IP is in ${c.outboundRangesBypassed.join(", ")} (-x)` } : { captured: true };
  }
  return { captured: true, note: `only if the Service's cluster IP is in ${c.outboundCaptured.join(", ")} (-i)` };
}

// src/istio/envoy-names.ts
var DOMAIN_SUFFIX = "cluster.local";
var VIRTUAL_INBOUND = "virtualInbound";
var VIRTUAL_OUTBOUND = "virtualOutbound";
function serviceHost(name, namespace) {
  return `${name}.${namespace}.svc.${DOMAIN_SUFFIX}`;
}
function inboundCluster(port) {
  return `inbound|${port}||`;
}
function outboundCluster(port, host) {
  return `outbound|${port}||${host}`;
}
function outboundListener(address, port) {
  return `${address}_${port}`;
}
function outboundRoute(port) {
  return String(port);
}
var WILDCARD_ADDRESS = "0.0.0.0";

// src/lint/protocol.ts
var MESH_PROTOCOLS = [
  "HTTP",
  "HTTP2",
  "HTTPS",
  "GRPC",
  "GRPC-Web",
  "HTTP_PROXY",
  "Mongo",
  "MySQL",
  "Redis",
  "TCP",
  "TLS",
  "UDP"
];
var BY_NAME = new Map(MESH_PROTOCOLS.map((p) => [p.toLowerCase(), p]));
var KUBERNETES_APP_PROTOCOLS = /* @__PURE__ */ new Map([
  ["kubernetes.io/h2c", "HTTP2"],
  ["kubernetes.io/ws", "HTTP"],
  ["kubernetes.io/wss", "HTTPS"]
]);
var WELL_KNOWN_TCP_PORTS = /* @__PURE__ */ new Set([25, 53, 3306, 27017]);
function resolvePortProtocol(p) {
  if (p.protocol?.toUpperCase() === "UDP") return { protocol: "UDP", by: "protocol" };
  const by = p.appProtocol !== void 0 ? "appProtocol" : "name";
  const name = (p.appProtocol ?? p.name ?? "").toLowerCase();
  if (by === "appProtocol" && KUBERNETES_APP_PROTOCOLS.has(name)) return { protocol: KUBERNETES_APP_PROTOCOLS.get(name), by };
  const prefix = name.startsWith("grpc-web") ? "grpc-web" : name.split("-")[0];
  const known = BY_NAME.get(prefix);
  if (known) return { protocol: known, by };
  if (p.port !== void 0 && WELL_KNOWN_TCP_PORTS.has(p.port)) return { protocol: "TCP", by: "well-known port" };
  return { protocol: null, by: "none" };
}
function protocolLabel(r) {
  return r.protocol ?? "auto-detected (TCP)";
}

// src/explain/paths.ts
var HTTP_PROTOCOLS = /* @__PURE__ */ new Set(["HTTP", "HTTP2", "GRPC", "GRPC-Web"]);
function filterChain(protocol) {
  if (protocol === null) return "HTTP connection manager or TCP proxy (protocol detection)";
  return HTTP_PROTOCOLS.has(protocol) ? "HTTP connection manager" : "TCP proxy";
}
var ns = (namespace) => namespace || "default";
function target(p, podSpec) {
  const apps = [...containersOf(podSpec.containers), ...containersOf(podSpec.initContainers)].filter((c) => !INJECTED_CONTAINERS.has(String(c.name)));
  const want = p.targetPort ?? p.port;
  for (const c of apps) {
    for (const cp of Array.isArray(c.ports) ? c.ports.filter(isMap) : []) {
      if (typeof want === "number" && cp.containerPort === want || typeof want === "string" && cp.name === want) {
        return { port: Number(cp.containerPort), container: String(c.name) };
      }
    }
  }
  return { port: typeof want === "number" ? want : p.port };
}
function inboundChains(c) {
  const last = c.mode === "TPROXY" ? CHAIN.tproxy : CHAIN.inRedirect;
  const table = c.mode === "TPROXY" ? "mangle" : "nat";
  return [`${table} PREROUTING`, CHAIN.inbound, last].map((name) => ({ kind: "chain", name }));
}
function inboundPaths(c, services, namespace, labels, podSpec) {
  const out = [];
  for (const s of services) {
    if (ns(s.namespace) !== ns(namespace) || !selects(s.selector, labels)) continue;
    for (const p of s.ports) {
      const resolved = resolvePortProtocol({ name: p.name, port: p.port, protocol: p.protocol, appProtocol: p.appProtocol });
      const t = target(p, podSpec);
      const { captured, note } = c.appliedBy === "none" ? { captured: false, note: "no traffic capture" } : inboundCaptured(c, t.port);
      const app = { kind: "app", name: t.container ? `container ${t.container}:${t.port}` : `port ${t.port}` };
      const hops = captured ? [...inboundChains(c), { kind: "port", name: c.envoyInboundPort }, { kind: "listener", name: VIRTUAL_INBOUND }, { kind: "filter-chain", name: filterChain(resolved.protocol) }, { kind: "cluster", name: inboundCluster(t.port) }, app] : [app];
      out.push({
        direction: "inbound",
        via: `${describeObject("Service", s.namespace, s.name)} port ${p.port}${p.name ? ` (${p.name})` : ""} \u2192 ${t.port}`,
        service: describeObject("Service", s.namespace, s.name),
        port: t.port,
        protocol: protocolLabel(resolved),
        captured,
        ...note ? { note } : {},
        hops
      });
    }
  }
  return out;
}
function outboundPaths(c, services) {
  const out = [];
  for (const s of services) {
    const host = serviceHost(s.name, ns(s.namespace));
    for (const p of s.ports) {
      const resolved = resolvePortProtocol({ name: p.name, port: p.port, protocol: p.protocol, appProtocol: p.appProtocol });
      const { captured, note } = c.appliedBy === "none" ? { captured: false, note: "no traffic capture" } : outboundCaptured(c, p.port);
      const http = resolved.protocol !== null && HTTP_PROTOCOLS.has(resolved.protocol);
      const address = s.clusterIP && s.clusterIP !== "None" ? s.clusterIP : s.clusterIP === "None" ? WILDCARD_ADDRESS : "<cluster IP>";
      const perPort = http ? [{ kind: "listener", name: outboundListener(WILDCARD_ADDRESS, p.port) }, { kind: "route", name: outboundRoute(p.port) }] : [{ kind: "listener", name: outboundListener(address, p.port) }];
      const svc = { kind: "service", name: `${host}:${p.port}` };
      const hops = captured ? [
        ...["nat OUTPUT", CHAIN.output, CHAIN.redirect].map((name) => ({ kind: "chain", name })),
        { kind: "port", name: c.envoyOutboundPort },
        { kind: "listener", name: VIRTUAL_OUTBOUND },
        ...perPort,
        { kind: "cluster", name: outboundCluster(p.port, host) },
        svc
      ] : [svc];
      out.push({
        direction: "outbound",
        via: `${host}:${p.port}${p.name ? ` (${p.name})` : ""}`,
        service: describeObject("Service", s.namespace, s.name),
        port: p.port,
        protocol: protocolLabel(resolved),
        captured,
        ...note ? { note } : {},
        hops
      });
    }
  }
  return out;
}

// src/explain/probes.ts
var FIELDS = [
  ["readinessProbe", "readyz"],
  ["livenessProbe", "livez"],
  ["startupProbe", "startupz"]
];
function probers(spec) {
  const env = asMap(findSidecar(spec)).env;
  const e = (Array.isArray(env) ? env : []).find((x) => isMap(x) && x.name === PROXY_ENV.appProbers);
  if (!isMap(e) || typeof e.value !== "string") return {};
  try {
    return asMap(JSON.parse(e.value));
  } catch {
    return {};
  }
}
function describeHandler(h) {
  if (isMap(h.httpGet)) {
    const g = h.httpGet;
    return `${String(g.scheme ?? "HTTP")} GET ${g.host ? String(g.host) : ""}:${String(g.port)}${String(g.path ?? "/")}`;
  }
  if (isMap(h.tcpSocket)) return `TCP connect :${String(h.tcpSocket.port)}`;
  if (isMap(h.grpc)) return `gRPC health check :${String(h.grpc.port)}${h.grpc.service ? ` (${String(h.grpc.service)})` : ""}`;
  return "unknown handler";
}
function probeRewrites(podSpec) {
  const spec = asMap(podSpec);
  const table = probers(spec);
  const out = [];
  for (const c of [...containersOf(spec.initContainers), ...containersOf(spec.containers)]) {
    if (c.name === PROXY_CONTAINER) continue;
    for (const [field] of FIELDS) {
      const g = asMap(asMap(c[field]).httpGet);
      const path = typeof g.path === "string" ? g.path : "";
      const entry = table[path];
      if (!isMap(entry)) continue;
      out.push({ container: String(c.name), probe: field, now: `GET :${String(g.port)}${path}`, forwardsTo: describeHandler(entry) });
    }
  }
  return out;
}

// src/explain/model.ts
function explainWorkload(w) {
  const meta = asMap(asMap(w.podTemplate).metadata);
  const spec = asMap(asMap(w.podTemplate).spec);
  const command = w.outcome === "injected" ? captureCommand(w.podTemplate) : void 0;
  let capture = noCapture(w.outcome === "injected" ? "NONE" : "not injected");
  if (command) {
    const cfg = parseIptablesArgs(command.args, command.env);
    capture = captureSummary(cfg, command, cfg.redirectDNS);
  }
  return {
    workload: w.label,
    kind: w.kind,
    namespace: w.namespace,
    name: w.name,
    injected: w.outcome === "injected",
    ...w.reason ? { reason: w.reason } : {},
    capture,
    probes: probeRewrites(spec),
    findings: w.findings.map((f) => ({ severity: f.severity, rule: f.ruleId, message: f.message, line: f.line })),
    inbound: inboundPaths(capture, w.services, w.namespace, labelMap(meta.labels), spec),
    outbound: cachedOutbound(capture, w)
  };
}
function cachedOutbound(capture, w) {
  if (!w.outboundCache) return outboundPaths(capture, w.services);
  const key2 = JSON.stringify(capture);
  let paths = w.outboundCache.get(key2);
  if (!paths) w.outboundCache.set(key2, paths = outboundPaths(capture, w.services));
  return paths;
}

// src/explain/services.ts
function servicesIn(values) {
  const out = [];
  for (const v of values) {
    let objects;
    try {
      objects = objectsOf(v);
    } catch {
      continue;
    }
    for (const { object, kind } of objects) {
      if (kind !== "Service") continue;
      const meta = asMap(object.metadata);
      const spec = asMap(object.spec);
      const ports = (Array.isArray(spec.ports) ? spec.ports : []).filter(isMap).flatMap((p) => {
        if (typeof p.port !== "number") return [];
        const targetPort = typeof p.targetPort === "number" || typeof p.targetPort === "string" ? p.targetPort : void 0;
        return [{ name: str(p.name), port: p.port, ...targetPort !== void 0 ? { targetPort } : {}, ...typeof p.protocol === "string" ? { protocol: p.protocol } : {}, ...typeof p.appProtocol === "string" ? { appProtocol: p.appProtocol } : {} }];
      });
      out.push({ name: str(meta.name), namespace: str(meta.namespace), selector: compileSelector2(spec.selector), ports, ...typeof spec.clusterIP === "string" ? { clusterIP: spec.clusterIP } : {} });
    }
  }
  return out;
}

// src/explain/index.ts
function renderExplanation(format, workloads) {
  return format === "json" ? renderJson(workloads) : format === "mermaid" ? renderMermaid(workloads) : renderText(workloads);
}

// src/lint/config-defaults.ts
var DEFAULT_CONFIG = { rules: {} };

// src/lint/ignore.ts
var IGNORE_ANNOTATION = "kube-inject.io/ignore";
function parseIgnore(value) {
  const eq = value.indexOf("=");
  const list2 = eq < 0 ? value : value.slice(0, eq);
  const reason = eq < 0 ? "" : goTrimSpace(value.slice(eq + 1));
  const entries = list2.split(",").map(goTrimSpace).filter((e) => e !== "");
  return reason === "" ? { entries } : { entries, reason };
}
function unknownIgnoreEntries(d, ruleIds2, codes) {
  return d.entries.filter((e) => e !== "*" && !ruleIds2.has(e) && !codes.has(e.toUpperCase()));
}
function covers(d, ruleId, istioCode) {
  return d.entries.some((e) => e === "*" || e === ruleId || istioCode !== void 0 && e.toUpperCase() === istioCode);
}
function findSuppression(annotationMaps, ruleId, istioCode) {
  for (const annotations of annotationMaps) {
    const raw = annotations[IGNORE_ANNOTATION];
    if (typeof raw !== "string") continue;
    const d = parseIgnore(raw);
    if (covers(d, ruleId, istioCode)) return d.reason === void 0 ? {} : { reason: d.reason };
  }
  return void 0;
}

// src/lint/service-lookup.ts
var ServiceLookup = class {
  constructor(services, counters) {
    this.counters = counters;
    const frequency = /* @__PURE__ */ new Map();
    for (const s of services) {
      for (const r of s.selector?.requirements ?? []) {
        if (r.op !== "In") continue;
        const byKey = getOrSet(getOrSet(frequency, s.namespace, () => /* @__PURE__ */ new Map()), r.key, () => /* @__PURE__ */ new Map());
        for (const v of r.values) byKey.set(v, (byKey.get(v) ?? 0) + 1);
      }
    }
    services.forEach((service, order) => {
      const reqs = service.selector?.requirements;
      if (!reqs) return;
      const ns2 = getOrSet(this.namespaces, service.namespace, () => ({ byLabel: /* @__PURE__ */ new Map(), always: [] }));
      let best;
      for (const r of reqs) {
        if (r.op !== "In") continue;
        const byKey = frequency.get(service.namespace).get(r.key);
        let cost = 0;
        for (const v of r.values) cost += byKey.get(v);
        if (!best || cost < best.cost) best = { key: r.key, values: r.values, cost };
      }
      const filed = { service, order };
      if (!best) {
        ns2.always.push(filed);
        return;
      }
      const byValue = getOrSet(ns2.byLabel, best.key, () => /* @__PURE__ */ new Map());
      for (const v of new Set(best.values)) getOrSet(byValue, v, () => []).push(filed);
    });
  }
  counters;
  namespaces = /* @__PURE__ */ new Map();
  /** The Services of `namespace` that select a pod with these labels, in input order. */
  /**
   * The Services selecting pods with `labels` in `namespace`, in input order. Pods with the same
   * labels share one answer (the same array): 2,000 pods under 2,000 Services of one selector are
   * 2,000 lookups and one list, not four million entries.
   */
  selecting(namespace, labels) {
    const key2 = JSON.stringify([namespace, Object.keys(labels).sort().map((k) => [k, labels[k]])]);
    let answer = this.answers.get(key2);
    if (answer === void 0) this.answers.set(key2, answer = this.select(namespace, labels));
    return answer;
  }
  answers = /* @__PURE__ */ new Map();
  select(namespace, labels) {
    const ns2 = this.namespaces.get(namespace);
    if (!ns2) return [];
    let candidates = ns2.always;
    let sorted = true;
    for (const key2 of Object.keys(labels)) {
      const bucket = ns2.byLabel.get(key2)?.get(labels[key2]);
      if (!bucket) continue;
      if (candidates.length === 0) candidates = bucket;
      else {
        candidates = candidates.concat(bucket);
        sorted = false;
      }
    }
    if (!sorted) candidates = candidates.slice().sort((a, b) => a.order - b.order);
    const out = [];
    for (const c of candidates) {
      if (this.counters) this.counters.selectorChecks++;
      if (selects(c.service.selector, labels)) out.push(c.service);
    }
    return out;
  }
};
function getOrSet(m, k, make) {
  let v = m.get(k);
  if (v === void 0) m.set(k, v = make());
  return v;
}

// src/lint/mesh-index.ts
var DEFAULT_NAMESPACE = "default";
function indexObject(doc, located) {
  const meta = isMap(located.object.metadata) ? located.object.metadata : {};
  return {
    doc,
    located,
    kind: located.kind,
    name: str(meta.name),
    namespace: str(meta.namespace) || DEFAULT_NAMESPACE,
    labels: labelMap(meta.labels),
    annotations: isMap(meta.annotations) ? meta.annotations : {}
  };
}
function indexService(base) {
  const spec = isMap(base.located.object.spec) ? base.located.object.spec : {};
  const ports = Array.isArray(spec.ports) ? spec.ports : [];
  return {
    ...base,
    selector: compileSelector2(spec.selector),
    type: str(spec.type),
    ports: ports.flatMap((p, i) => {
      if (!isMap(p)) return [];
      const port = typeof p.port === "number" ? p.port : void 0;
      const name = typeof p.name === "string" && p.name !== "" ? p.name : void 0;
      const appProtocol = typeof p.appProtocol === "string" && p.appProtocol !== "" ? p.appProtocol : void 0;
      const written = p.targetPort === void 0 || p.targetPort === null || p.targetPort === 0 ? "" : String(p.targetPort);
      return [
        {
          pointer: joinPointer(base.located.pointer, "spec", "ports", i),
          name,
          port,
          targetPort: written || String(port ?? ""),
          appProtocol,
          k8sProtocol: str(p.protocol) || "TCP",
          protocol: resolvePortProtocol({ name, port, appProtocol, protocol: str(p.protocol) || void 0 })
        }
      ];
    })
  };
}
function buildIndex(docs, context = [], counters) {
  const objects = [];
  const services = [];
  const pending = [];
  const errors = [];
  const namespaces = /* @__PURE__ */ new Map();
  const isContext = new Set(context);
  for (const doc of [...context, ...docs]) {
    let workloads2 = [];
    try {
      workloads2 = locateWorkloads(doc.value, { partial: true });
    } catch (e) {
      if (!(e instanceof KubeInjectError)) throw e;
      if (!isContext.has(doc)) errors.push(positionIn(doc, e, ""));
    }
    const byPointer = new Map(workloads2.map((w) => [w.pointer, w]));
    let objectsHere;
    try {
      objectsHere = objectsOf(doc.value);
    } catch {
      continue;
    }
    for (const located of objectsHere) {
      const base = indexObject(doc, located);
      objects.push(base);
      if (located.kind === "Service") services.push(indexService(base));
      if (located.kind === "Namespace" && base.name !== "" && !namespaces.has(base.name)) namespaces.set(base.name, base);
      const w = byPointer.get(located.pointer);
      if (w) pending.push({ base, workload: w });
    }
  }
  const lookup = new ServiceLookup(services, counters);
  const workloads = pending.map(({ base, workload }) => {
    const found = getAt(base.doc.value, workload.podTemplatePointer);
    const template = isMap(found) ? found : {};
    const meta = isMap(template.metadata) ? template.metadata : {};
    const podLabels = labelMap(meta.labels);
    return {
      ...base,
      workload,
      templatePointer: workload.podTemplatePointer,
      podLabels,
      podAnnotations: isMap(meta.annotations) ? meta.annotations : {},
      podSpec: isMap(template.spec) ? template.spec : {},
      services: lookup.selecting(base.namespace, podLabels)
    };
  });
  return { objects, services, workloads, namespaces, errors };
}

// src/lint/istio-defaults.ts
var ISTIO_DEFAULTS_SOURCE = "<istioctl analyze defaults>";
var defaults = (service) => `apiVersion: v1
kind: Pod
metadata:
  name: ${service}-dummypod
  namespace: istio-system
  labels:
    istio: ingressgateway
spec:
  containers:
  - name: istio-proxy
---
apiVersion: v1
kind: Service
metadata:
  name: ${service}
  namespace: istio-system
spec:
  selector:
    istio: ingressgateway
  ports:
  - {name: http2, port: 80, protocol: TCP, targetPort: 80}
  - {name: https, port: 443, protocol: TCP, targetPort: 443}
  - {name: tcp, port: 31400, protocol: TCP, targetPort: 31400}
  - {name: tls, port: 15443, protocol: TCP, targetPort: 15443}
`;
function key(value) {
  const o = isMap(value) ? value : {};
  const m = isMap(o.metadata) ? o.metadata : {};
  return JSON.stringify([str(o.kind), str(m.namespace) || DEFAULT_NAMESPACE, str(m.name)]);
}
function istioAnalyzeDefaults(docs, service = "istio-ingressgateway") {
  const present = new Set(docs.map((d) => key(d.value)));
  return splitStream({ name: ISTIO_DEFAULTS_SOURCE, text: defaults(service) }).filter((d) => !present.has(key(d.value)));
}

// src/istio/proxy-metadata.ts
var DNS_CAPTURE = "ISTIO_META_DNS_CAPTURE";
var DNS_AUTO_ALLOCATE = "ISTIO_META_DNS_AUTO_ALLOCATE";
var PILOT_IP_AUTOALLOCATE = "PILOT_ENABLE_IP_AUTOALLOCATE";

// src/lint/mesh-facts.ts
function meshFacts(mesh = {}) {
  const m = { ...MESH_DEFAULTS, ...mesh };
  const metadata = isMap(m.defaultConfig) && isMap(m.defaultConfig.proxyMetadata) ? m.defaultConfig.proxyMetadata : {};
  const providers = isMap(m.defaultProviders) ? m.defaultProviders : {};
  return {
    rootNamespace: str(m.rootNamespace) || "istio-system",
    allocatesAddresses: metadata[DNS_CAPTURE] === "true" && (metadata[DNS_AUTO_ALLOCATE] === "true" || metadata[PILOT_IP_AUTOALLOCATE] === "true"),
    defaultAccessLogProviders: Array.isArray(providers.accessLogging) && providers.accessLogging.length > 0,
    ingressService: str(m.ingressControllerMode) === "OFF" ? null : str(m.ingressService) || "istio-ingressgateway"
  };
}
var DEFAULT_MESH_FACTS = meshFacts();

// src/lint/pod.ts
function containersOf2(w) {
  const out = [];
  for (const field of ["containers", "initContainers"]) {
    const list2 = w.podSpec[field];
    if (!Array.isArray(list2)) continue;
    list2.forEach((c, i) => {
      if (!isMap(c)) return;
      out.push({
        container: c,
        name: typeof c.name === "string" ? c.name : "",
        pointer: joinPointer(w.templatePointer, "spec", field, i),
        init: field === "initContainers"
      });
    });
  }
  return out;
}
function appContainersOf(w) {
  return containersOf2(w).filter((c) => !INJECTED_CONTAINERS.has(c.name));
}
var ENABLED = compilePolicy("enabled", [], []).compiled;
function optOutReason(w, o = {}) {
  return skipReason(ENABLED, {
    hostNetwork: !o.ignoreHostNetwork && w.podSpec.hostNetwork === true,
    namespace: w.namespace,
    labels: { ...w.podLabels },
    annotations: labelMap(w.podAnnotations)
  });
}
function podMetaPointer(w, field, key2) {
  const base = joinPointer(w.templatePointer, "metadata", field);
  return key2 === void 0 ? base : joinPointer(base, key2);
}

// src/lint/rules/app-version-labels.ts
var APP_KEYS = ["app.kubernetes.io/name", "app"];
var VERSION_KEYS = ["app.kubernetes.io/version", "version"];
function pick(w, keys) {
  for (const key2 of keys) if (Object.hasOwn(w.podLabels, key2)) return { key: key2, value: w.podLabels[key2] };
  return void 0;
}
var appVersionLabels = {
  meta: {
    id: "app-version-labels",
    severity: "warning",
    description: "Every pod template has an app and a version label, and no two workloads share an app label with the same version.",
    help: "Istio names workloads in metrics and traces by the `app` (or `app.kubernetes.io/name`) and `version` (or `app.kubernetes.io/version`) labels of their pods. Add both to the pod template (spec.template.metadata.labels). Two workloads of one app in the same namespace need different versions, or their telemetry is merged. Pods that are not injected (opted out, host network) are not checked.",
    docs: "https://istio.io/latest/docs/ops/deployment/application-requirements/"
  },
  check(ctx) {
    const seen = /* @__PURE__ */ new Map();
    for (const w of ctx.index.workloads) {
      if (optOutReason(w) !== void 0) continue;
      const app = pick(w, APP_KEYS);
      const version = pick(w, VERSION_KEYS);
      const labels = podMetaPointer(w, "labels");
      const base = { doc: w.doc, object: w.located };
      if (!app) ctx.report({ ...base, pointer: labels, message: 'the pod template has no "app" (or "app.kubernetes.io/name") label' });
      if (!version) ctx.report({ ...base, pointer: labels, message: 'the pod template has no "version" (or "app.kubernetes.io/version") label' });
      if (!app) continue;
      const key2 = JSON.stringify([w.namespace, app.value, version?.value ?? null]);
      const first = seen.get(key2);
      if (!first) {
        seen.set(key2, w);
        continue;
      }
      const sameVersion = version ? `the same version ${JSON.stringify(version.value)}` : "no version label either";
      ctx.report({
        ...base,
        pointer: podMetaPointer(w, "labels", app.key),
        message: `the pods have the same app label ${JSON.stringify(app.value)} as ${describeObject(first.kind, first.namespace, first.name)}, and ${sameVersion}; give each a different version`
      });
    }
  }
};

// src/lint/istio-scope.ts
function isAnalyzedByIstio(obj) {
  return !IGNORED_NAMESPACES.has(obj.kind === "Namespace" ? obj.name : obj.namespace);
}
function isIstioControlPlane(obj) {
  return Object.hasOwn(obj.labels, "istio") || obj.labels.release === "istio";
}

// src/lint/traffic/hosts.ts
var CLUSTER_DOMAIN = "svc.cluster.local";
var ALL_NAMESPACES = "*";
var OWN_NAMESPACE = ".";
function toFqdn(namespace, host) {
  return host.startsWith("*") || host.includes(".") ? host : `${host}.${namespace}.${CLUSTER_DOMAIN}`;
}
var FQDN = /^(.+)\.(.+)\.svc\.cluster\.local$/;
function serviceNameOf(namespace, host) {
  const m = FQDN.exec(host);
  return m ? { namespace: m[2], name: m[1] } : { namespace, name: host };
}
function hostsMatch(a, b) {
  const aw = a.startsWith("*");
  const bw = b.startsWith("*");
  if (aw && bw) return a.length < b.length ? b.slice(1).endsWith(a.slice(1)) : a.slice(1).endsWith(b.slice(1));
  if (aw) return b.endsWith(a.slice(1));
  if (bw) return a.endsWith(b.slice(1));
  return a === b;
}
function namesForNamespace(hosts, namespace) {
  const out = [];
  for (const h of hosts) {
    const slash = h.indexOf("/");
    if (slash < 0) {
      out.push(h);
      continue;
    }
    const ns2 = h.slice(0, slash);
    if (ns2 === namespace || ns2 === ALL_NAMESPACES) out.push(h.slice(slash + 1));
  }
  return out;
}
function exportsToAll(exportTo) {
  return exportTo.length === 0 || exportTo.includes(ALL_NAMESPACES);
}

// src/lint/traffic/registry.ts
var HostRegistry = class {
  /** `scope/fqdn` → host; the last definition wins, as in Istio's map. */
  byScoped = /* @__PURE__ */ new Map();
  constructor(serviceEntries, services) {
    for (const se of serviceEntries) {
      const spec = isMap(se.located.object.spec) ? se.located.object.spec : {};
      const ports = Array.isArray(spec.ports) ? spec.ports : [];
      const host = {
        source: se,
        ports: ports.flatMap((p) => isMap(p) && typeof p.number === "number" ? [{ number: p.number, name: str(p.name) }] : []),
        workloadSelector: isMap(spec.workloadSelector) ? labelMap(spec.workloadSelector.labels) : {}
      };
      const exportTo = Array.isArray(spec.exportTo) ? spec.exportTo.filter((x) => typeof x === "string") : [];
      const scopes = exportTo.length === 0 || exportTo.includes(ALL_NAMESPACES) ? [ALL_NAMESPACES] : exportTo.map((e) => e === OWN_NAMESPACE ? se.namespace : e);
      const hosts = Array.isArray(spec.hosts) ? spec.hosts.filter((x) => typeof x === "string") : [];
      for (const h of hosts) for (const scope of scopes) this.byScoped.set(`${scope}/${toFqdn(se.namespace, h)}`, host);
    }
    for (const svc of services) {
      const host = {
        source: svc,
        service: svc,
        ports: svc.ports.flatMap((p) => p.port !== void 0 ? [{ number: p.port, name: p.name ?? "" }] : []),
        workloadSelector: {}
      };
      const anno = svc.annotations[EXPORT_TO_ANNOTATION];
      const scopes = typeof anno === "string" && anno !== "" ? anno.split(",").map((s) => s.trim() === OWN_NAMESPACE ? svc.namespace : s.trim()) : [ALL_NAMESPACES];
      for (const scope of scopes) this.byScoped.set(`${scope}/${toFqdn(svc.namespace, svc.name)}`, host);
    }
  }
  /** Istio's `GetDestinationHost`: the host `host` names for a resource of `namespace` exported to `exportTo`. */
  lookup(namespace, exportTo, host) {
    const fqdn = toFqdn(namespace, host);
    const all = this.byScoped.get(`${ALL_NAMESPACES}/${fqdn}`);
    if (all) return all;
    const scopes = exportTo.length === 0 ? [namespace] : exportTo.map((e) => e === OWN_NAMESPACE ? namespace : e);
    for (const scope of scopes) {
      const found = this.byScoped.get(`${scope}/${fqdn}`);
      if (found) return found;
    }
    const bare = host.startsWith("*") ? host.slice(1) : host;
    for (const [key2, entry] of this.byScoped) {
      const slash = key2.indexOf("/");
      const scope = key2.slice(0, slash);
      const seHost = key2.slice(slash + 1);
      if (!seHost.startsWith("*")) continue;
      if (scope !== ALL_NAMESPACES && scope !== namespace) continue;
      if (bare.endsWith(seHost.slice(1))) return entry;
    }
    return void 0;
  }
};

// src/lint/traffic/index.ts
var cache = /* @__PURE__ */ new WeakMap();
function trafficIndex(index) {
  let t = cache.get(index);
  if (!t) cache.set(index, t = build(index));
  return t;
}
function group(obj) {
  const v = str(obj.located.object.apiVersion);
  return v.includes("/") ? v.slice(0, v.indexOf("/")) : "";
}
var NETWORKING = "networking.istio.io";
var SECURITY = "security.istio.io";
var TELEMETRY = "telemetry.istio.io";
function build(index) {
  const t = {
    virtualServices: [],
    destinationRules: [],
    gateways: [],
    kubernetesGateways: /* @__PURE__ */ new Map(),
    sidecars: [],
    authorizationPolicies: [],
    telemetries: [],
    serviceEntries: []
  };
  for (const obj of index.objects) {
    if (!isAnalyzedByIstio(obj)) continue;
    const g = group(obj);
    if (g === "gateway.networking.k8s.io" && obj.kind === "Gateway") t.kubernetesGateways.set(refKey(obj.namespace, obj.name), obj);
    if (g === NETWORKING) {
      if (obj.kind === "VirtualService") t.virtualServices.push(readVirtualService(obj));
      else if (obj.kind === "DestinationRule") t.destinationRules.push(readDestinationRule(obj));
      else if (obj.kind === "Gateway") t.gateways.push(readGateway(obj));
      else if (obj.kind === "ServiceEntry") t.serviceEntries.push(obj);
      else if (obj.kind === "Sidecar") t.sidecars.push(readPolicy(obj, "workloadSelector", "labels"));
    } else if (g === SECURITY && obj.kind === "AuthorizationPolicy") {
      t.authorizationPolicies.push(readPolicy(obj, "selector", "matchLabels"));
    } else if (g === TELEMETRY && obj.kind === "Telemetry") {
      t.telemetries.push(readPolicy(obj, "selector", "matchLabels"));
    }
  }
  const services = index.services.filter(isAnalyzedByIstio);
  const pods = index.workloads.filter(isAnalyzedByIstio);
  const byLabel = /* @__PURE__ */ new Map();
  for (const p of pods) {
    for (const [k, v] of Object.entries(p.podLabels)) {
      const key2 = JSON.stringify([k, v]);
      const list2 = byLabel.get(key2);
      if (list2) list2.push(p);
      else byLabel.set(key2, [p]);
    }
  }
  const candidates = (set) => {
    let smallest;
    for (const [k, v] of Object.entries(set)) {
      const list2 = byLabel.get(JSON.stringify([k, v])) ?? [];
      if (smallest === void 0 || list2.length < smallest.length) smallest = list2;
    }
    return smallest ?? pods;
  };
  const podsWith = (set) => candidates(set).filter((p) => matchesSet(set, p.podLabels));
  const findPodWith = (set, also = () => true) => candidates(set).find((p) => matchesSet(set, p.podLabels) && also(p));
  const selected = /* @__PURE__ */ new Map();
  for (const p of pods) {
    for (const svc of p.services) {
      const list2 = selected.get(svc);
      if (list2) list2.push(p);
      else selected.set(svc, [p]);
    }
  }
  const podsOf = (svc) => selected.get(svc) ?? [];
  return { ...t, pods, hosts: new HostRegistry(t.serviceEntries, services), podsWith, findPodWith, podsOf };
}
function specOf(obj) {
  return isMap(obj.located.object.spec) ? obj.located.object.spec : {};
}
function at(obj, ...tokens) {
  return joinPointer(obj.located.pointer, "spec", ...tokens);
}
function strings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function stringFields(obj, v, field) {
  if (!Array.isArray(v)) return [];
  return v.flatMap((x, i) => typeof x === "string" ? [{ value: x, pointer: at(obj, field, i) }] : []);
}
function readDestination(obj, rule, d, tokens) {
  if (!isMap(d)) return [];
  const host = { value: str(d.host), pointer: at(obj, ...tokens, "host") };
  const subset2 = typeof d.subset === "string" && d.subset !== "" ? { value: d.subset, pointer: at(obj, ...tokens, "subset") } : void 0;
  const number = isMap(d.port) && typeof d.port.number === "number" ? d.port.number : void 0;
  const port = number !== void 0 ? { value: number, pointer: at(obj, ...tokens, "port", "number") } : void 0;
  return [{ rule, host, ...subset2 ? { subset: subset2 } : {}, ...port ? { port } : {} }];
}
function readVirtualService(obj) {
  const spec = specOf(obj);
  const routes = [];
  const mirrors = [];
  for (const kind of ["tcp", "tls", "http"]) {
    const rules = Array.isArray(spec[kind]) ? spec[kind] : [];
    rules.forEach((r, i) => {
      if (!isMap(r) || !Array.isArray(r.route)) return;
      r.route.forEach((rd, j) => {
        if (isMap(rd)) routes.push(...readDestination(obj, kind, rd.destination, [kind, i, "route", j, "destination"]));
      });
    });
  }
  const http = Array.isArray(spec.http) ? spec.http : [];
  http.forEach((r, i) => {
    if (!isMap(r)) return;
    mirrors.push(...readDestination(obj, "http.mirror", r.mirror, ["http", i, "mirror"]));
    if (Array.isArray(r.mirrors)) {
      r.mirrors.forEach((m, j) => {
        if (isMap(m)) mirrors.push(...readDestination(obj, "http.mirrors", m.destination, ["http", i, "mirrors", j, "destination"]));
      });
    }
  });
  return {
    obj,
    hosts: stringFields(obj, spec.hosts, "hosts"),
    gateways: stringFields(obj, spec.gateways, "gateways"),
    exportTo: strings(spec.exportTo),
    routes,
    mirrors
  };
}
function readDestinationRule(obj) {
  const spec = specOf(obj);
  const subsets = Array.isArray(spec.subsets) ? spec.subsets : [];
  return {
    obj,
    host: { value: str(spec.host), pointer: at(obj, "host") },
    exportTo: strings(spec.exportTo),
    subsets: subsets.flatMap(
      (s, i) => isMap(s) ? [{ name: { value: str(s.name), pointer: at(obj, "subsets", i, "name") }, labels: labelMap(s.labels) }] : []
    )
  };
}
function readGateway(obj) {
  const spec = specOf(obj);
  const servers = Array.isArray(spec.servers) ? spec.servers : [];
  return {
    obj,
    selector: labelMap(spec.selector),
    selectorPointer: isMap(spec.selector) ? at(obj, "selector") : at(obj),
    servers: servers.flatMap((s, i) => {
      if (!isMap(s)) return [];
      const port = isMap(s.port) && typeof s.port.number === "number" ? s.port.number : void 0;
      return [{ pointer: at(obj, "servers", i), port, hosts: strings(s.hosts), bind: str(s.bind) }];
    })
  };
}
function readPolicy(obj, field, labelsField) {
  const spec = specOf(obj);
  const sel = spec[field];
  const selector = isMap(sel) ? labelMap(sel[labelsField]) : void 0;
  return {
    obj,
    selector,
    selectorPointer: isMap(sel) && isMap(sel[labelsField]) ? at(obj, field, labelsField) : at(obj, field),
    spec
  };
}
function refKey(namespace, name) {
  return [namespace, name].join("/");
}
function matchesSet(set, labels) {
  for (const [k, v] of Object.entries(set)) if (labels[k] !== v) return false;
  return true;
}
function selectorString(set) {
  return Object.keys(set).sort().map((k) => `${k}=${set[k]}`).join(",");
}

// src/lint/rules/conflicting-gateways.ts
var conflictingGateways = {
  meta: {
    id: "conflicting-gateways",
    severity: "error",
    istioCode: "IST0145",
    description: "No two Gateways for the same gateway pods declare the same host on the same port (and bind address).",
    help: "Gateways whose selectors are the same, or select the same pods of the input, share the proxies' listeners. Two servers on one port that both list a host (with the same `bind`) conflict, and only one of them takes effect. Merge the servers into one Gateway, or give them different hosts or ports. (Istio's analyzer also remembers the hosts of a server that did not conflict as if the other Gateway had them, so its verdicts depend on the order it visits Gateways; kube-inject compares each pair of Gateways as written.)",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0145/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const name = (g) => refKey(g.obj.namespace, g.obj.name);
    const sel = new Map(t.gateways.map((g) => [g, selectorString(g.selector)]));
    const samePods = (a, b) => {
      const sa = sel.get(a);
      const sb = sel.get(b);
      if (sa === sb) return true;
      if (!sa.includes(sb) && !sb.includes(sa)) return false;
      return t.pods.some((p) => matchesSet(a.selector, p.podLabels) && matchesSet(b.selector, p.podLabels));
    };
    for (const gw of t.gateways) {
      const others = t.gateways.filter((o) => o !== gw && name(o) !== name(gw) && samePods(gw, o));
      gw.servers.forEach((server) => {
        const port = server.port ?? 0;
        const conflicts = others.filter((o) => {
          const last = [...o.servers].reverse().find((s) => (s.port ?? 0) === port);
          return last !== void 0 && server.hosts.some((h) => last.hosts.includes(h) && last.bind === server.bind);
        });
        if (conflicts.length === 0) return;
        const names = conflicts.map(name).sort().map((n) => describeObject("Gateway", ...n.split("/"))).join(", ");
        ctx.report({
          doc: gw.obj.doc,
          object: gw.obj.located,
          pointer: joinPointer(server.pointer, "hosts"),
          message: `conflict with ${names} (workload selector ${sel.get(gw)}, port ${port}, hosts ${server.hosts.join(",")}): they declare the same host on the same port for the same gateway pods`
        });
      });
    }
  }
};

// src/lint/rules/conflicting-mesh-virtualservices.ts
var conflictingMeshVirtualservices = {
  meta: {
    id: "conflicting-mesh-virtualservices",
    severity: "error",
    istioCode: "IST0109",
    description: "No two VirtualServices bound to the mesh (sidecars) define the same host for the same namespaces.",
    help: "A VirtualService with no `gateways`, or with `mesh` among them, configures the sidecars. Two of them for one host (short names read in each one's namespace; a wildcard host of a VirtualService exported everywhere counts for the hosts it matches) leave it undefined which routes apply. Merge them into one VirtualService, or narrow their `exportTo`.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0109/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const byScoped = /* @__PURE__ */ new Map();
    for (const vs of t.virtualServices) {
      if (vs.gateways.length > 0 && !vs.gateways.some((g) => g.value === "mesh")) continue;
      const scopes = exportsToAll(vs.exportTo) ? [ALL_NAMESPACES] : [...new Set(vs.exportTo.map((e) => e === OWN_NAMESPACE ? vs.obj.namespace : e))];
      for (const scope of scopes) {
        for (const h of vs.hosts) {
          const key2 = `${scope}/${toFqdn(vs.obj.namespace, h.value)}`;
          const list2 = byScoped.get(key2) ?? [];
          if (!list2.includes(vs)) list2.push(vs);
          byScoped.set(key2, list2);
        }
      }
    }
    const reported = /* @__PURE__ */ new Set();
    for (const [key2, own] of byScoped) {
      const slash = key2.indexOf("/");
      const scope = key2.slice(0, slash);
      const fqdn = key2.slice(slash + 1);
      let list2 = own;
      if (scope !== ALL_NAMESPACES) {
        for (const [other, vss] of byScoped) {
          const os = other.indexOf("/");
          if (other.slice(0, os) === ALL_NAMESPACES && hostsMatch(fqdn, other.slice(os + 1))) list2 = [...list2, ...vss];
        }
      }
      if (list2.length < 2) continue;
      const names = [...list2].sort((a, b) => refKey(a.obj.namespace, a.obj.name) < refKey(b.obj.namespace, b.obj.name) ? -1 : 1).map((v) => describeObject("VirtualService", v.obj.namespace, v.obj.name)).join(", ");
      for (const vs of list2) {
        if (reported.has(vs)) continue;
        reported.add(vs);
        ctx.report({
          doc: vs.obj.doc,
          object: vs.obj.located,
          pointer: joinPointer(vs.obj.located.pointer, "metadata", "name"),
          message: `${names} are bound to the mesh and define the same host ${key2}, which leaves their routing undefined; merge them into one VirtualService`
        });
      }
    }
  }
};

// src/lint/annotation-sites.ts
function site(obj, scope, metadataPointer, metadata) {
  const m = isMap(metadata) ? metadata : {};
  return {
    obj,
    scope,
    metadataPointer,
    annotations: isMap(m.annotations) ? m.annotations : {},
    labels: isMap(m.labels) ? m.labels : {}
  };
}
var cache2 = /* @__PURE__ */ new WeakMap();
function metadataSites(index) {
  let sites = cache2.get(index);
  if (!sites) cache2.set(index, sites = collectSites(index));
  return sites;
}
function collectSites(index) {
  const out = [];
  const workloads = new Map(index.workloads.map((w) => [w.located, w]));
  for (const obj of index.objects) {
    const own = joinPointer(obj.located.pointer, "metadata");
    const w = workloads.get(obj.located);
    if (w) {
      if (w.templatePointer === w.located.pointer) {
        out.push(site(obj, "pod", own, obj.located.object.metadata));
      } else {
        out.push(site(obj, "workload", own, obj.located.object.metadata));
        const meta = joinPointer(w.templatePointer, "metadata");
        out.push(site(obj, "pod", meta, getAt(obj.doc.value, meta)));
      }
    } else if (obj.kind === "Service") {
      out.push(site(obj, "service", own, obj.located.object.metadata));
    } else if (obj.kind === "Namespace") {
      out.push(site(obj, "namespace", own, obj.located.object.metadata));
    }
  }
  return out;
}
function keyPointer(s, field, key2) {
  return joinPointer(s.metadataPointer, field, key2);
}
function siteKindName(s) {
  return s.scope === "pod" && s.obj.kind !== "Pod" ? `${s.obj.kind} pod template` : s.obj.kind;
}
function placedRight(entry, scope) {
  return entry.scopes.includes("any") || entry.scopes.includes(scope);
}
var ISTIO_ANNOTATION_KINDS = /* @__PURE__ */ new Set(["Namespace", "Service", "Pod", "Deployment"]);
function istioCodeAt(s) {
  const podTemplate = s.scope === "pod" && s.obj.kind !== "Pod";
  return !podTemplate && ISTIO_ANNOTATION_KINDS.has(s.obj.kind) && isAnalyzedByIstio(s.obj) ? void 0 : null;
}

// src/lint/rules/deprecated-annotation.ts
var deprecatedAnnotation = {
  meta: {
    id: "deprecated-annotation",
    severity: "info",
    istioCode: "IST0135",
    description: "No deprecated Istio annotations.",
    help: "Deprecated annotations may stop working in a future Istio release. Use the replacement the finding names (for `sidecar.istio.io/inject`, the label of the same name), or remove the annotation.",
    docs: "https://istio.io/latest/docs/reference/config/annotations/"
  },
  check(ctx) {
    for (const s of metadataSites(ctx.index)) {
      for (const key2 of Object.keys(s.annotations)) {
        const entry = lookupAnnotation(key2);
        if (!entry?.deprecated) continue;
        if (key2 === INJECT_KEY && Object.hasOwn(s.labels, INJECT_KEY)) continue;
        const instead = key2 === INJECT_KEY ? ` in favor of the ${INJECT_KEY} label` : entry.deprecated.replacement ? ` in favor of ${entry.deprecated.replacement}` : "";
        ctx.report({
          doc: s.obj.doc,
          object: s.obj.located,
          pointer: keyPointer(s, "annotations", key2),
          istioCode: istioCodeAt(s),
          message: `annotation ${JSON.stringify(key2)} has been deprecated${instead} and may not work in future Istio versions`
        });
      }
    }
  }
};

// src/lint/rules/deprecated-field.ts
var deprecatedField = {
  meta: {
    id: "deprecated-field",
    severity: "warning",
    istioCode: "IST0002",
    description: "No deprecated fields in VirtualServices and Sidecars (the ones istioctl analyze reports).",
    help: "A VirtualService's `http[].fault.delay.percent` is replaced by `percentage` (`{value: 10}`); a Sidecar's `outboundTrafficPolicy.egressProxy` is ignored. Use the replacement, or remove the field.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0002/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    for (const vs of t.virtualServices) {
      const http = specOf(vs.obj).http;
      (Array.isArray(http) ? http : []).forEach((route, i) => {
        const delay = isMap(route) && isMap(route.fault) && isMap(route.fault.delay) ? route.fault.delay : void 0;
        if (!delay || typeof delay.percent !== "number" || delay.percent <= 0) return;
        ctx.report({
          doc: vs.obj.doc,
          object: vs.obj.located,
          pointer: joinPointer(vs.obj.located.pointer, "spec", "http", i, "fault", "delay", "percent"),
          message: "HTTPRoute.fault.delay.percent is deprecated; use HTTPRoute.fault.delay.percentage"
        });
      });
    }
    for (const sc of t.sidecars) {
      const policy = sc.spec.outboundTrafficPolicy;
      if (!isMap(policy) || !isMap(policy.egressProxy)) continue;
      ctx.report({
        doc: sc.obj.doc,
        object: sc.obj.located,
        pointer: joinPointer(sc.obj.located.pointer, "spec", "outboundTrafficPolicy", "egressProxy"),
        message: "OutboundTrafficPolicy.EgressProxy is deprecated and ignored"
      });
    }
  }
};

// src/lint/rules/destinationrule-host.ts
var destinationruleHost = {
  meta: {
    id: "destinationrule-host",
    severity: "warning",
    istioCode: "IST0174",
    description: "Every DestinationRule's host is a Service or ServiceEntry host of the input.",
    help: "The `host` of a DestinationRule is resolved as a VirtualService destination is (a short name in the DestinationRule's namespace, `<name>.<namespace>.svc.cluster.local`, ServiceEntry hosts and their wildcards, within `exportTo`). A host that matches nothing means the rule's traffic policy and subsets apply to no traffic. Fix the host, or add the Service.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0174/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    for (const dr of t.destinationRules) {
      if (t.hosts.lookup(dr.obj.namespace, dr.exportTo, dr.host.value)) continue;
      ctx.report({
        doc: dr.obj.doc,
        object: dr.obj.located,
        pointer: dr.host.pointer,
        at: "value",
        message: `the host ${JSON.stringify(dr.host.value)} defined in the DestinationRule does not match any Service or ServiceEntry of the input`
      });
    }
  }
};

// src/istio/topology.ts
var HOSTNAME_LABEL = "kubernetes.io/hostname";
var LOCALITY_LABELS = ["topology.kubernetes.io/region", "topology.kubernetes.io/zone", "topology.istio.io/subzone"];

// src/lint/rules/destinationrule-subset.ts
var HOSTNAME = HOSTNAME_LABEL;
var LOCALITY = LOCALITY_LABELS;
var TOPOLOGY_LABELS = /* @__PURE__ */ new Set([HOSTNAME, ...LOCALITY]);
function augmentedLabels(p, nodes) {
  const node = typeof p.podSpec.nodeName === "string" ? p.podSpec.nodeName : "";
  if (node === "") return { ...p.podLabels };
  const out = { ...p.podLabels };
  const labels = nodes.get(node) ?? {};
  for (const key2 of LOCALITY) if (labels[key2]) out[key2] = labels[key2];
  out[HOSTNAME] = node;
  return out;
}
var destinationruleSubset = {
  meta: {
    id: "destinationrule-subset",
    severity: "error",
    istioCode: "IST0173",
    description: "Every DestinationRule subset selects pods of the input, and (kube-inject's own check) pods of the Service it is for.",
    help: "A subset's `labels` (with a ServiceEntry's workloadSelector) pick the endpoints traffic to the subset goes to. When no pod of the input has them, a route to the subset finds no healthy upstream and fails with 503 UH: IST0173. Istio compares the labels with every pod, of any namespace and any app; kube-inject also checks, for a host that is a Service of the input, that some pod of that Service has them (a finding without an Istio code, a warning): a `version: v3` subset of `reviews` is not served by a `ratings` pod labelled `version: v3`. Label the pod templates with the subset's labels (usually `version`), or fix the subset.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0173/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const nodes = new Map(ctx.index.objects.filter((o) => o.kind === "Node").map((o) => [o.name, o.labels]));
    for (const dr of t.destinationRules) {
      const host = t.hosts.lookup(dr.obj.namespace, dr.exportTo, dr.host.value);
      if (!host) continue;
      for (const subset2 of dr.subsets) {
        const wanted = { ...host.workloadSelector, ...subset2.labels };
        const base = { doc: dr.obj.doc, object: dr.obj.located, pointer: subset2.name.pointer };
        const topology = Object.keys(wanted).some((k) => TOPOLOGY_LABELS.has(k));
        if (topology ? !t.pods.some((p) => matchesSet(wanted, augmentedLabels(p, nodes))) : !t.findPodWith(wanted)) {
          ctx.report({ ...base, message: `the subset ${JSON.stringify(subset2.name.value)} defined in the DestinationRule selects no pod of the input (labels ${describe(wanted)}); requests routed to it fail with 503 UH (no healthy upstream)` });
          continue;
        }
        const svc = host.service;
        if (!svc || svc.selector === null) continue;
        if (t.podsOf(svc).some((p) => matchesSet(wanted, p.podLabels))) continue;
        const others = t.podsWith(wanted).slice(0, 3).map((p) => describeObject(p.kind, p.namespace, p.name)).join(", ");
        ctx.report({
          ...base,
          severity: "warning",
          istioCode: null,
          message: `the subset ${JSON.stringify(subset2.name.value)} selects no pod of ${describeObject("Service", svc.namespace, svc.name)} (labels ${describe(wanted)}); only pods of other workloads have them (${others}), so requests routed to it find no healthy upstream`
        });
      }
    }
  }
};
function describe(labels) {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
  return pairs.length === 0 ? "none: every pod" : pairs.join(",");
}

// src/lint/rules/destinationrule-tls.ts
var VERIFYING_MODES = /* @__PURE__ */ new Set(["SIMPLE", "MUTUAL"]);
var destinationruleTls = {
  meta: {
    id: "destinationrule-tls",
    severity: "warning",
    istioCodes: ["IST0128", "IST0129"],
    description: "A DestinationRule that originates TLS (mode SIMPLE or MUTUAL) names the CA certificates that verify the server.",
    help: "With `tls.mode: SIMPLE` or `MUTUAL` and no `caCertificates`, the sidecar does not verify the server's certificate (IST0128 for the rule's `trafficPolicy.tls`, IST0129 for a `portLevelSettings` entry). Set `caCertificates` (or a `credentialName` holding the CA, with a workloadSelector), as Istio checks it.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0128/"
  },
  check(ctx) {
    for (const dr of trafficIndex(ctx.index).destinationRules) {
      const policy = specOf(dr.obj).trafficPolicy;
      if (!isMap(policy)) continue;
      const selected = isMap(specOf(dr.obj).workloadSelector);
      const unverified = (tls) => {
        if (!isMap(tls)) return void 0;
        const mode = str(tls.mode);
        if (!VERIFYING_MODES.has(mode) || str(tls.caCertificates) !== "") return void 0;
        return str(tls.credentialName) !== "" && selected ? void 0 : mode;
      };
      const base = { doc: dr.obj.doc, object: dr.obj.located };
      const top = unverified(policy.tls);
      if (top) {
        ctx.report({
          ...base,
          pointer: joinPointer(dr.obj.located.pointer, "spec", "trafficPolicy", "tls", "mode"),
          istioCode: "IST0128",
          message: `TLS mode ${top} without caCertificates: the server's identity for host ${JSON.stringify(dr.host.value)} is not verified`
        });
      }
      const ports = Array.isArray(policy.portLevelSettings) ? policy.portLevelSettings : [];
      ports.forEach((p, i) => {
        if (!isMap(p)) return;
        const mode = unverified(p.tls);
        if (!mode) return;
        const number = isMap(p.port) && typeof p.port.number === "number" ? p.port.number : "?";
        ctx.report({
          ...base,
          pointer: joinPointer(dr.obj.located.pointer, "spec", "trafficPolicy", "portLevelSettings", i, "tls", "mode"),
          istioCode: "IST0129",
          message: `TLS mode ${mode} without caCertificates on port ${number}: the server's identity for host ${JSON.stringify(dr.host.value)} is not verified`
        });
      });
    }
  }
};

// src/lint/rules/envoyfilter-patch.ts
var ROUTE_LEVEL = /* @__PURE__ */ new Set(["ROUTE_CONFIGURATION", "HTTP_ROUTE"]);
var REPLACEABLE = /* @__PURE__ */ new Set(["NETWORK_FILTER", "HTTP_FILTER", "VIRTUAL_HOST"]);
var envoyfilterPatch = {
  meta: {
    id: "envoyfilter-patch",
    severity: "warning",
    istioCodes: ["IST0151", "IST0152", "IST0153", "IST0154", "IST0155"],
    description: "EnvoyFilter patches use operations that apply where they are written, and relative operations have a priority.",
    help: "ADD and REMOVE are ignored on ROUTE_CONFIGURATION and HTTP_ROUTE (IST0153, IST0154, errors); REPLACE works only on NETWORK_FILTER, HTTP_FILTER and VIRTUAL_HOST (IST0152, an error). A relative operation (INSERT_BEFORE, INSERT_AFTER, REPLACE, REMOVE) in an EnvoyFilter without `priority` may be applied before the filter it refers to exists, so not at all (IST0151); when a patch with a `proxyVersion` match patches the same filter, that risk comes with upgrades (IST0155). Set `priority`, or use INSERT_FIRST or ADD.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0151/"
  },
  check(ctx) {
    const versioned = [];
    for (const ef of ctx.index.objects) {
      if (ef.kind !== "EnvoyFilter" || !str(ef.located.object.apiVersion).startsWith("networking.istio.io/") || !isAnalyzedByIstio(ef)) continue;
      const spec = specOf(ef);
      const priority = typeof spec.priority === "number" ? spec.priority : 0;
      const patches = Array.isArray(spec.configPatches) ? spec.configPatches : [];
      for (const [i, cp] of patches.entries()) {
        if (!isMap(cp) || !isMap(cp.patch)) break;
        const op = str(cp.patch.operation);
        const applyTo = str(cp.applyTo);
        const name = instanceName(cp);
        const report3 = (istioCode, severity, message) => ctx.report({ doc: ef.doc, object: ef.located, pointer: joinPointer(ef.located.pointer, "spec", "configPatches", i, "patch", "operation"), istioCode, severity, message });
        const relative = () => {
          if (priority !== 0) return;
          if (versioned.includes(name)) report3("IST0155", "warning", `the ${op} patch has no priority, and a patch with a proxyVersion match patches the same filter: it may not be applied during an upgrade; use INSERT_FIRST or ADD, or set priority`);
          else report3("IST0151", "warning", `the ${op} patch is relative and the EnvoyFilter has no priority, so it may not be applied; use INSERT_FIRST or ADD, or set priority`);
        };
        if (op === "ADD") {
          if (ROUTE_LEVEL.has(applyTo)) report3("IST0153", "error", `the ADD operation is ignored when applyTo is ${applyTo}`);
        } else if (op === "REMOVE") {
          if (ROUTE_LEVEL.has(applyTo)) report3("IST0154", "error", `the REMOVE operation is ignored when applyTo is ${applyTo}`);
          else relative();
        } else if (op === "REPLACE") {
          if (!REPLACEABLE.has(applyTo)) report3("IST0152", "error", `the REPLACE operation is only valid for HTTP_FILTER, NETWORK_FILTER and VIRTUAL_HOST, not ${applyTo || "an unset applyTo"}`);
          else relative();
        } else if (op === "INSERT_BEFORE" || op === "INSERT_AFTER") relative();
        const proxy = isMap(cp.match) && isMap(cp.match.proxy) ? cp.match.proxy : void 0;
        if (proxy && str(proxy.proxyVersion) !== "") versioned.push(name);
      }
    }
  }
};
function instanceName(cp) {
  const patch = cp.patch;
  if (!isMap(patch.value) || Object.keys(patch.value).length === 0) return "";
  if (patch.value.name !== void 0) return `value:${JSON.stringify(patch.value.name)}`;
  const listener = isMap(cp.match) && isMap(cp.match.listener) ? cp.match.listener : void 0;
  const chain = listener && isMap(listener.filterChain) ? listener.filterChain : void 0;
  return chain && isMap(chain.filter) ? str(chain.filter.name) : "";
}

// src/lint/rules/gateway-certificate.ts
function subset(x, y) {
  return Object.entries(x).every(([k, v]) => Object.hasOwn(y, k) && y[k] === v);
}
function tlsOf(g) {
  const servers = specOf(g.obj).servers;
  return (Array.isArray(servers) ? servers : []).flatMap(
    (s) => isMap(s) && isMap(s.tls) ? [{ credentialName: str(s.tls.credentialName), serverCertificate: str(s.tls.serverCertificate), privateKey: str(s.tls.privateKey) }] : []
  );
}
function same(a, b) {
  if (a.credentialName !== "" && b.credentialName !== "") return a.credentialName === b.credentialName;
  if (a.credentialName !== "" || b.credentialName !== "") return false;
  return a.serverCertificate !== "" && a.serverCertificate === b.serverCertificate && a.privateKey !== "" && a.privateKey === b.privateKey;
}
var gatewayCertificate = {
  meta: {
    id: "gateway-certificate",
    severity: "warning",
    istioCode: "IST0138",
    description: "No two Gateways for the same gateway pods serve TLS with the same certificate.",
    help: "When servers of two Gateways on the same proxies use one certificate (the same credentialName, or the same serverCertificate and privateKey), a client that reuses an HTTP/2 connection for a host of the other Gateway gets 404s. Serve those hosts from one Gateway server, or give each its own certificate. A Gateway is compared with those whose selector includes all of its labels (with an empty selector, with every Gateway).",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0138/"
  },
  check(ctx) {
    const gateways = trafficIndex(ctx.index).gateways;
    const tls = new Map(gateways.map((g) => [g, tlsOf(g)]));
    for (const g of gateways) {
      const mine = tls.get(g);
      if (mine.length === 0) continue;
      for (const o of gateways) {
        if (o === g || o.obj.namespace === g.obj.namespace && o.obj.name === g.obj.name) continue;
        if (Object.keys(g.selector).length > 0 && !subset(g.selector, o.selector)) continue;
        for (const a of mine) {
          for (const b of tls.get(o)) {
            if (!same(a, b)) continue;
            ctx.report({
              doc: g.obj.doc,
              object: g.obj.located,
              pointer: joinPointer(g.obj.located.pointer, "metadata", "name"),
              message: `${describeObject("Gateway", g.obj.namespace, g.obj.name)} and ${describeObject("Gateway", o.obj.namespace, o.obj.name)} serve the same certificate${a.credentialName ? ` (${a.credentialName})` : ""}, which may cause 404s when clients reuse HTTP/2 connections`
            });
          }
        }
      }
    }
  }
};

// src/lint/rules/gateway-workload.ts
var gatewayWorkload = {
  meta: {
    id: "gateway-workload",
    severity: "error",
    istioCodes: ["IST0101", "IST0162"],
    description: "Every Gateway's selector matches gateway pods of the input, and each server port is a port of the Services of those pods.",
    help: "A Gateway configures the gateway proxies its `selector` matches (in any namespace). When no pod of the input matches, nothing serves it: IST0101 (pass the gateway's Deployment with `--context`, or fix the selector; an empty selector matches any pod). A server `port.number` must be a port the gateway pods receive through their Services: a `targetPort` (or the port, when the targetPort is a name or absent) of a TCP port of a Service selecting them, or a Service `port` that has a targetPort; otherwise IST0162 (a warning): the port is not reachable through the gateway Service. A port with no `protocol` counts as TCP, as Kubernetes defaults it.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0162/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const services = ctx.index.services.filter(isAnalyzedByIstio);
    for (const gw of t.gateways) {
      const pods = t.podsWith(gw.selector);
      const sel = selectorString(gw.selector);
      const first = Object.keys(gw.selector).sort()[0];
      const base = { doc: gw.obj.doc, object: gw.obj.located };
      if (pods.length === 0) {
        ctx.report({
          ...base,
          pointer: first === void 0 ? gw.selectorPointer : joinPointer(gw.selectorPointer, first),
          istioCode: "IST0101",
          message: `referenced selector not found: ${JSON.stringify(sel)}; no pod of the input has these labels, so no gateway proxy serves this Gateway`
        });
        continue;
      }
      const { targets, mapped } = reachablePorts(pods, services);
      for (const server of gw.servers) {
        if (server.port === void 0 || targets.has(server.port) || mapped.has(server.port)) continue;
        ctx.report({
          ...base,
          pointer: joinPointer(server.pointer, "port", "number"),
          severity: "warning",
          istioCode: "IST0162",
          message: `the Gateway listens on port ${server.port}, which no Service of its pods (selector ${sel}) sends traffic to (${describePorts(targets)}); it is not reachable through the gateway Service`
        });
      }
    }
  }
};
function describePorts(targets) {
  return targets.size === 0 ? "they have no TCP port" : `target ports ${[...targets].sort((a, b) => a - b).join(", ")}`;
}
function reachablePorts(pods, services) {
  const targets = /* @__PURE__ */ new Set();
  const mapped = /* @__PURE__ */ new Set();
  const unselective = services.filter((svc) => {
    const raw = specOf(svc).selector;
    return !isMap(raw) || Object.keys(raw).length === 0;
  });
  const seen = /* @__PURE__ */ new Set();
  for (const pod of pods) {
    for (const svc of [...pod.services, ...unselective.filter((s) => s.namespace === pod.namespace)]) {
      if (seen.has(svc)) continue;
      seen.add(svc);
      for (const p of svc.ports) {
        if (p.port === void 0 || p.k8sProtocol !== "TCP") continue;
        const tp = /^[0-9]+$/.test(p.targetPort) ? Number(p.targetPort) : 0;
        if (tp !== 0) {
          targets.add(tp);
          mapped.add(p.port);
        } else targets.add(p.port);
      }
    }
  }
  return { targets, mapped };
}

// src/lint/rules/host-network.ts
var hostNetwork = {
  meta: {
    id: "host-network",
    severity: "info",
    description: "Pods on the host network cannot be injected; they stay outside the mesh.",
    help: "The sidecar redirects the pod's traffic with iptables rules in the pod's network namespace; a `hostNetwork: true` pod shares the node's, so Istio (and kube-inject) leaves it unchanged. If the workload must be in the mesh, drop hostNetwork; otherwise mark the intent with the label `sidecar.istio.io/inject: \"false\"`.",
    docs: "https://istio.io/latest/docs/ops/deployment/application-requirements/"
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      if (w.podSpec.hostNetwork !== true) continue;
      if (optOutReason(w, { ignoreHostNetwork: true }) !== void 0) continue;
      ctx.report({
        doc: w.doc,
        object: w.located,
        pointer: joinPointer(w.templatePointer, "spec", "hostNetwork"),
        message: `the pods use the host network, so the sidecar cannot be injected and they stay outside the mesh`
      });
    }
  }
};

// src/lint/rules/image-auto.ts
function webhookSelects(raw, labels) {
  if (raw === void 0 || raw === null) return true;
  if (isMap(raw) && Object.keys(raw).length === 0) return true;
  return selects(compileSelector2(raw), labels);
}
var imageAuto = {
  meta: {
    id: "image-auto",
    severity: "warning",
    istioCodes: ["IST0146", "IST0147"],
    description: "An istio-proxy container with `image: auto` (a gateway, injected by the webhook) is in a Deployment an Istio webhook of the input injects.",
    help: "`image: auto` is replaced by the injection webhook; a pod that is not injected keeps it and cannot start. On a Pod it is always IST0147 (an error), as istioctl analyze reports it. On a Deployment it is IST0146 (a warning) unless a MutatingWebhookConfiguration of the input has an Istio webhook (a name ending in istio.io) whose namespaceSelector matches the Namespace's labels and whose objectSelector matches the pod template's labels: pass the webhook configuration with `--context`. `kube-inject inject` replaces `image: auto` itself, so a stream it injects needs no webhook.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0146/"
  },
  check(ctx) {
    const webhooks = ctx.index.objects.filter((o) => o.kind === "MutatingWebhookConfiguration").flatMap((o) => Array.isArray(o.located.object.webhooks) ? o.located.object.webhooks : []).filter((w) => isMap(w) && str(w.name).endsWith("istio.io"));
    for (const w of ctx.index.workloads) {
      if (w.kind !== "Pod" && w.kind !== "Deployment" || !isAnalyzedByIstio(w)) continue;
      const proxy = containersOf2(w).find((c) => !c.init && c.name === PROXY_CONTAINER && c.container.image === "auto");
      if (!proxy) continue;
      const base = { doc: w.doc, object: w.located, pointer: `${proxy.pointer}/image`, at: "value" };
      if (w.kind === "Pod") {
        ctx.report({ ...base, severity: "error", istioCode: "IST0147", message: "the Pod contains `image: auto` but does not match any Istio injection webhook selectors: a Pod is not injected after it is written" });
        continue;
      }
      const ns2 = ctx.index.namespaces.get(w.namespace);
      const nsLabels = ns2 ? ns2.labels : {};
      if (webhooks.some((h) => webhookSelects(h.namespaceSelector, nsLabels) && webhookSelects(h.objectSelector, w.podLabels))) continue;
      ctx.report({
        ...base,
        istioCode: "IST0146",
        message: "the Deployment contains `image: auto` but matches no Istio injection webhook of the input (pass its MutatingWebhookConfiguration with --context, or inject with kube-inject)"
      });
    }
  }
};

// src/lint/rules/incomplete-workload.ts
var incompleteWorkload = {
  meta: {
    id: "incomplete-workload",
    severity: "error",
    description: "Every workload has a pod template with a spec, and the pod spec has at least one container.",
    help: "A Pod needs `spec.containers`; a Deployment (StatefulSet, Job \u2026) needs `spec.template.spec.containers` (a CronJob `spec.jobTemplate.spec.template.spec.containers`). Kubernetes refuses the object without them, and kube-inject cannot inject it. Lint reports the gap and checks the rest of the resource as far as it goes.",
    docs: "https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates"
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      const base = { doc: w.doc, object: w.located };
      if (w.workload.incomplete) {
        ctx.report({ ...base, pointer: w.workload.incomplete.pointer, message: w.workload.incomplete.message });
        continue;
      }
      const containers = w.podSpec.containers;
      if (Array.isArray(containers) && containers.length > 0) continue;
      const pointer = joinPointer(w.templatePointer, "spec", ...containers === void 0 ? [] : ["containers"]);
      ctx.report({ ...base, pointer, message: "the pod spec has no containers" });
    }
  }
};

// src/lint/rules/invalid-annotation.ts
var invalidAnnotation = {
  meta: {
    id: "invalid-annotation",
    severity: "error",
    istioCode: "IST0125",
    description: "Istio annotation values are valid, checked by the same validators the injector uses.",
    help: "An invalid value of an annotation the injector validates makes injection fail (an error); for the others Istio ignores the value or falls back silently (reported as a warning). Annotation values must be strings: quote numbers and booleans. The `kube-inject.io/ignore` annotation must name known rule ids or Istio codes.",
    docs: "https://istio.io/latest/docs/reference/config/annotations/"
  },
  check(ctx) {
    for (const s of metadataSites(ctx.index)) {
      for (const [key2, value] of Object.entries(s.annotations)) {
        const at2 = { doc: s.obj.doc, object: s.obj.located, pointer: keyPointer(s, "annotations", key2), at: "value", istioCode: null };
        const tooDeep = s.scope === "pod" && typeof value === "string" ? structuredValueError(key2, value) : null;
        if (tooDeep) {
          ctx.report({ ...at2, message: `annotation ${key2}: ${tooDeep} (kube-inject refuses the pod)` });
          continue;
        }
        if (!isIstioKey(key2)) continue;
        if (typeof value !== "string") {
          ctx.report({ ...at2, message: `annotation ${JSON.stringify(key2)}: values must be strings; quote it` });
          continue;
        }
        if (key2 === IGNORE_ANNOTATION) {
          const unknown = unknownIgnoreEntries(parseIgnore(value), ruleIds(ctx), istioCodes(ctx));
          if (unknown.length > 0) ctx.report({ ...at2, severity: "warning", message: `${IGNORE_ANNOTATION} names no rule ${unknown.map((u) => JSON.stringify(u)).join(", ")}` });
          continue;
        }
        const entry = lookupAnnotation(key2);
        if (!entry || !placedRight(entry, s.scope)) continue;
        const problem = validateAnnotationValue(key2, value);
        if (problem === null) {
          if (key2 === PROXY_CONFIG_ANNOTATION) {
            const unknown = unknownProxyConfigFields(value);
            if (unknown.length > 0) ctx.report({ ...at2, severity: "warning", message: `${key2}: ProxyConfig has no field ${unknown.map((u) => JSON.stringify(u)).join(", ")} (Istio ignores it)` });
          }
          continue;
        }
        const consequence = entry.injectorValidated ? "the injector rejects the pod" : "Istio ignores the value";
        ctx.report({
          ...at2,
          istioCode: entry.injectorValidated ? istioCodeAt(s) : null,
          severity: entry.injectorValidated ? "error" : "warning",
          message: `invalid value ${JSON.stringify(value)} for annotation ${key2}: ${problem} (${consequence})`
        });
      }
    }
  }
};
function ruleIds(ctx) {
  return new Set(ctx.allRules.map((m) => m.id));
}
function istioCodes(ctx) {
  return new Set(ctx.allRules.flatMap((m) => [...m.istioCode ? [m.istioCode] : [], ...m.istioCodes ?? []]));
}

// src/lint/rules/job-sidecar.ts
var JOB_KINDS = /* @__PURE__ */ new Set(["Job", "CronJob"]);
var jobSidecar = {
  meta: {
    id: "job-sidecar",
    severity: "warning",
    description: "Jobs and CronJobs get the sidecar as a native sidecar, so that their pods can complete.",
    help: 'A classic sidecar is a regular container that keeps running after the job\'s own containers finish, so the pod never completes. Inject with `--native-sidecars` (istio-proxy becomes an init container with restartPolicy: Always, which Kubernetes stops when the job is done), or annotate the pod template with `sidecar.istio.io/nativeSidecar: "true"`.',
    docs: "https://istio.io/latest/blog/2023/native-sidecars/"
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      if (!JOB_KINDS.has(w.kind) || optOutReason(w) !== void 0) continue;
      const base = { doc: w.doc, object: w.located };
      const advice = `inject with --native-sidecars, or annotate the pod template with ${NATIVE_SIDECAR_ANNOTATION}: "true"`;
      if (ctx.settings.expectInjected) {
        const proxy = containersOf2(w).find((c) => c.name === PROXY_CONTAINER && !c.init);
        if (proxy) {
          ctx.report({ ...base, pointer: proxy.pointer, message: `the ${w.kind}'s ${PROXY_CONTAINER} is a regular container, so its pods never complete; ${advice}` });
        }
        continue;
      }
      const raw = w.podAnnotations[NATIVE_SIDECAR_ANNOTATION];
      const set = typeof raw === "string" && raw !== "";
      const native = set ? raw !== "false" : ctx.settings.nativeSidecars;
      if (native) continue;
      ctx.report({
        ...base,
        pointer: set ? podMetaPointer(w, "annotations", NATIVE_SIDECAR_ANNOTATION) : podMetaPointer(w, "annotations"),
        message: `the ${w.kind} would get a classic sidecar, which keeps its pods from ever completing; ${advice}`
      });
    }
  }
};

// src/lint/rules/jwt-claim-route.ts
var CLAIM_PREFIX = "@request.auth.claims";
function isClaim(key2) {
  if (!key2.toLowerCase().startsWith(CLAIM_PREFIX)) return false;
  const rest = key2.slice(CLAIM_PREFIX.length);
  return rest.startsWith(".") && rest.length > 1 || rest.startsWith("[") && rest.endsWith("]") && rest.length > 2;
}
function claimMatch(vs) {
  const http = specOf(vs.obj).http;
  for (const [i, route] of (Array.isArray(http) ? http : []).entries()) {
    const matches = isMap(route) && Array.isArray(route.match) ? route.match : [];
    for (const [j, m] of matches.entries()) {
      if (!isMap(m)) continue;
      for (const field of ["headers", "withoutHeaders"]) {
        const headers = m[field];
        if (!isMap(headers)) continue;
        const key2 = Object.keys(headers).find(isClaim);
        if (key2 !== void 0) return { key: key2, pointer: joinPointer(vs.obj.located.pointer, "spec", "http", i, "match", j, field, key2) };
      }
    }
  }
  return void 0;
}
var jwtClaimRoute = {
  meta: {
    id: "jwt-claim-route",
    severity: "error",
    istioCode: "IST0149",
    description: "A gateway VirtualService that routes on a JWT claim has a RequestAuthentication for the gateway's pods.",
    help: "Matching on `@request.auth.claims.<claim>` needs the gateway proxy to have validated the token: a RequestAuthentication whose selector matches the gateway pods, in their namespace or in istio-system. Without one the claim is never there and the route never matches. Add the RequestAuthentication.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0149/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const authn = /* @__PURE__ */ new Map();
    for (const o of ctx.index.objects) {
      if (o.kind !== "RequestAuthentication" || !String(o.located.object.apiVersion ?? "").startsWith("security.istio.io/")) continue;
      const sel = specOf(o).selector;
      authn.set(o.namespace, [...authn.get(o.namespace) ?? [], isMap(sel) ? labelMap(sel.matchLabels) : {}]);
    }
    for (const vs of t.virtualServices) {
      const claim = claimMatch(vs);
      if (!claim) continue;
      for (const gwName of vs.gateways) {
        if (gwName.value === "mesh") continue;
        const key2 = gwName.value.includes("/") ? gwName.value : refKey(vs.obj.namespace, gwName.value);
        const gw = t.gateways.find((g) => refKey(g.obj.namespace, g.obj.name) === key2);
        if (!gw) continue;
        for (const pod of t.podsWith(gw.selector)) {
          const selectors = [...authn.get("istio-system") ?? [], ...authn.get(pod.namespace) ?? []];
          if (selectors.some((s) => matchesSet(s, pod.podLabels))) continue;
          ctx.report({
            doc: vs.obj.doc,
            object: vs.obj.located,
            pointer: claim.pointer,
            message: `the route matches the JWT claim ${JSON.stringify(claim.key)}, but no RequestAuthentication applies to the pods of ${describeObject("Gateway", gw.obj.namespace, gw.obj.name)} (${describeObject(pod.kind, pod.namespace, pod.name)}): the claim is never validated, and the route never matches`
          });
        }
      }
    }
  }
};

// src/lint/rules/misplaced-annotation.ts
var misplacedAnnotation = {
  meta: {
    id: "misplaced-annotation",
    severity: "warning",
    istioCode: "IST0107",
    description: "Istio annotations (and pod labels) are where Istio reads them: pod settings on the pod template, not on the workload.",
    help: "The injector reads a pod's own annotations and labels. On a Deployment (or StatefulSet, Job \u2026) they belong in the pod template, `spec.template.metadata`; on the workload's own metadata they have no effect. Move the key, or remove it.",
    docs: "https://istio.io/latest/docs/reference/config/annotations/"
  },
  check(ctx) {
    for (const s of metadataSites(ctx.index)) {
      for (const key2 of Object.keys(s.annotations)) {
        const entry = lookupAnnotation(key2);
        if (entry && !placedRight(entry, s.scope)) report(ctx, s, "annotations", entry);
      }
      if (s.scope !== "workload") continue;
      for (const key2 of Object.keys(s.labels)) {
        const entry = lookupLabel(key2);
        if (entry && !placedRight(entry, s.scope) && entry.scopes.includes("pod")) report(ctx, s, "labels", entry);
      }
    }
  }
};
function report(ctx, s, field, entry) {
  const what = `${field === "labels" ? "label" : "annotation"} ${JSON.stringify(entry.name)}`;
  let message;
  if (s.scope === "workload" && entry.scopes.includes("pod")) {
    const template = (POD_TEMPLATE_PATHS[s.obj.kind] ?? "/spec/template").slice(1).replace(/\//g, ".");
    message = `${what} on the ${s.obj.kind}'s own metadata has no effect; it only works on the pod template (${template}.metadata.${field})`;
  } else {
    message = `${what} has no effect on a ${siteKindName(s)}; it can only be applied to ${entry.resources.join(", ")}`;
  }
  ctx.report({ doc: s.obj.doc, object: s.obj.located, pointer: keyPointer(s, field, entry.name), message, istioCode: field === "labels" ? null : istioCodeAt(s) });
}

// src/lint/in-mesh.ts
var INJECTION_LABEL = "istio-injection";
function inMeshForIstio(w, index) {
  const fields = w.kind === "Pod" ? ["containers", "initContainers"] : ["containers"];
  for (const f of fields) {
    const list2 = w.podSpec[f];
    if (!Array.isArray(list2)) continue;
    const proxy = list2.find((c) => isMap(c) && c.name === PROXY_CONTAINER);
    if (proxy) {
      if (typeof proxy.image === "string" && proxy.image !== "") return true;
      break;
    }
  }
  for (const meta of [w.podLabels, w.podAnnotations]) {
    if (Object.hasOwn(meta, INJECT_KEY)) return labelValue(meta[INJECT_KEY]) === "true";
  }
  const ns2 = index.namespaces.get(w.namespace);
  return ns2 !== void 0 && namespaceLabel(ns2, INJECTION_LABEL) === "enabled";
}
function namespaceLabel(ns2, key2) {
  return Object.hasOwn(ns2.labels, key2) ? ns2.labels[key2] : void 0;
}

// src/lint/rules/namespace-injection.ts
var INJECTOR_CONFIGMAP = "istio-sidecar-injector";
function enabledByDefault(index, revision) {
  const name = revision === "" || revision === "default" ? INJECTOR_CONFIGMAP : `${INJECTOR_CONFIGMAP}-${revision}`;
  const cm = index.objects.find((o) => o.kind === "ConfigMap" && o.name === name);
  const data = cm && isMap(cm.located.object.data) ? cm.located.object.data : void 0;
  if (!data || typeof data.values !== "string") return false;
  try {
    const values = JSON.parse(data.values);
    return isMap(values) && isMap(values.sidecarInjectorWebhook) && values.sidecarInjectorWebhook.enableNamespacesByDefault === true;
  } catch {
    return false;
  }
}
var namespaceInjection = {
  meta: {
    id: "namespace-injection",
    severity: "info",
    istioCodes: ["IST0102", "IST0123", "IST0148"],
    description: "Every Namespace of the input says whether its pods are injected, with one injection label.",
    help: "A Namespace labelled neither `istio-injection` nor `istio.io/rev` leaves it to each pod whether it gets a sidecar: IST0102 (info). Label it `istio-injection=enabled` (or with the revision, `istio.io/rev=<rev>`), or `istio-injection=disabled` to say it needs none. A Namespace with more than one of `istio-injection`, `istio.io/rev` and `istio.io/dataplane-mode` (the last two counted only beside `istio-injection=enabled`, or alone) is ambiguous: IST0123 (a warning); keep one. istio-system and ambient namespaces (`istio.io/dataplane-mode=ambient`) need no injection label. When the input holds the injector's ConfigMap (`istio-sidecar-injector`, or `istio-sidecar-injector-<rev>` for a Namespace with a revision label) and its values set `sidecarInjectorWebhook.enableNamespacesByDefault: true`, an unlabelled Namespace is injected anyway: IST0148 (info) instead of IST0102. Pass the ConfigMap with `--context`, or turn the rule off (`namespace-injection: off`) for such a mesh.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0102/"
  },
  check(ctx) {
    for (const ns2 of ctx.index.namespaces.values()) {
      if (ns2.name === "istio-system" || !isAnalyzedByIstio(ns2)) continue;
      const base = { doc: ns2.doc, object: ns2.located };
      const injection = Object.hasOwn(ns2.labels, INJECTION_LABEL) ? ns2.labels[INJECTION_LABEL] : void 0;
      const found = injection !== void 0 ? [`${INJECTION_LABEL}=${injection}`] : [];
      for (const key2 of [REVISION_LABEL, DATAPLANE_MODE_LABEL]) {
        if (Object.hasOwn(ns2.labels, key2) && (injection === void 0 || injection === "enabled")) found.push(`${key2}=${ns2.labels[key2]}`);
      }
      if (found.length > 1) {
        ctx.report({
          ...base,
          pointer: joinPointer(ns2.located.pointer, "metadata", "labels"),
          severity: "warning",
          istioCode: "IST0123",
          message: `the Namespace has more than one type of injection label (${found.join(", ")}), which may lead to undefined behavior; keep only one`
        });
      }
      if (ns2.labels[DATAPLANE_MODE_LABEL] === "ambient") continue;
      if ((injection === void 0 || injection === "") && !Object.hasOwn(ns2.labels, REVISION_LABEL)) {
        if (enabledByDefault(ctx.index, ns2.labels[REVISION_LABEL] ?? "")) {
          ctx.report({
            ...base,
            pointer: joinPointer(ns2.located.pointer, "metadata", "name"),
            istioCode: "IST0148",
            message: "the Namespace is enabled for Istio injection, as the injector is installed with enableNamespacesByDefault: true"
          });
          continue;
        }
        ctx.report({
          ...base,
          pointer: joinPointer(ns2.located.pointer, "metadata", "name"),
          istioCode: "IST0102",
          message: `the Namespace is not enabled for Istio injection; label it istio-injection=enabled (kubectl label namespace ${ns2.name} istio-injection=enabled), or istio-injection=disabled to mark it as not needing injection`
        });
      }
    }
  }
};

// src/lint/rules/policy-workloads.ts
var policyWorkloads = {
  meta: {
    id: "policy-workloads",
    severity: "warning",
    istioCodes: ["IST0127", "IST0101"],
    description: "Every AuthorizationPolicy applies to pods of the input, and the namespaces its rules name are Namespaces of the input.",
    help: "An AuthorizationPolicy applies to the pods its `selector.matchLabels` matches in its namespace (in the root namespace, the root namespace of the mesh config, istio-system by default, in every namespace), or without a selector to every pod of its namespace. One that matches no pod of the input does nothing: IST0127 (fix the labels, or pass the workloads with `--context`). A `from.source.namespaces` or `notNamespaces` entry that matches no Namespace object of the input (`*`, `prefix*` and `*suffix` patterns allowed) is IST0101, as istioctl analyze reports it: include the Namespace manifests, or fix the name.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0127/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const ROOT_NAMESPACE = ctx.settings.mesh.rootNamespace;
    for (const ap of t.authorizationPolicies) {
      const ns2 = ap.obj.namespace;
      const inScope = (p) => ns2 === ROOT_NAMESPACE || p.namespace === ns2;
      const matched = ap.selector === void 0 ? ns2 === ROOT_NAMESPACE || t.pods.some(inScope) : t.findPodWith(ap.selector, inScope) !== void 0;
      if (!matched) {
        const labels = ap.selector === void 0 ? "" : selectorString(ap.selector);
        ctx.report({
          doc: ap.obj.doc,
          object: ap.obj.located,
          pointer: ap.selectorPointer,
          istioCode: "IST0127",
          message: `no pod of the input matches this policy${labels ? ` (labels ${labels})` : ` (no pod in namespace ${JSON.stringify(ns2)})`}; it has no effect`
        });
      }
      checkNamespaces(ctx, ap);
    }
  }
};
function checkNamespaces(ctx, ap) {
  const names = [...ctx.index.namespaces.values()].filter(isAnalyzedByIstio).map((n) => n.name);
  const rules = Array.isArray(ap.spec.rules) ? ap.spec.rules : [];
  rules.forEach((rule, i) => {
    const from = isMap(rule) && Array.isArray(rule.from) ? rule.from : [];
    from.forEach((f, j) => {
      const source = isMap(f) && isMap(f.source) ? f.source : {};
      for (const field of ["namespaces", "notNamespaces"]) {
        const list2 = Array.isArray(source[field]) ? source[field] : [];
        list2.forEach((exp, k) => {
          if (typeof exp !== "string" || names.some((n) => namespaceMatch(n, exp))) return;
          ctx.report({
            doc: ap.obj.doc,
            object: ap.obj.located,
            pointer: joinPointer(ap.obj.located.pointer, "spec", "rules", i, "from", j, "source", field, k),
            istioCode: "IST0101",
            severity: "error",
            message: `referenced namespace not found: ${JSON.stringify(exp)}; no Namespace of the input matches it`
          });
        });
      }
    });
  });
}
function namespaceMatch(ns2, exp) {
  if (exp === "*") return true;
  if (exp.startsWith("*")) return ns2.endsWith(exp.slice(1));
  if (exp.endsWith("*")) return ns2.startsWith(exp.slice(0, -1));
  return ns2.toLowerCase() === exp.toLowerCase();
}

// src/lint/rules/port-name.ts
var GENERATED_BY = /* @__PURE__ */ new Set(["istio.io-gateway-controller", "istio.io-mesh-controller", "istio.io-eastwest-controller"]);
var portName = {
  meta: {
    id: "port-name",
    severity: "info",
    istioCodes: ["IST0118", "IST0150"],
    description: "Every Service port names its protocol, by `appProtocol` or by a name of the form `<protocol>[-<suffix>]`.",
    help: "Istio picks a port's protocol from `appProtocol`, else from the port name `<protocol>[-<suffix>]` (case-insensitive): http, http2, https, grpc, grpc-web, http_proxy, mongo, mysql, redis, tcp, tls, udp, or for appProtocol also kubernetes.io/h2c, kubernetes.io/ws, kubernetes.io/wss. A `protocol: UDP` port is UDP. Any other port (unnamed, or `web`, or `http2foo`) goes through protocol detection and is carried as plain TCP when nothing is detected (IST0118). Ports 25, 53, 3306 and 27017 are plain TCP without detection: Istio does not report them, kube-inject does (without a code). An ExternalName Service's port named `tcp` or naming no protocol is IST0150 (a warning): the proxy may not forward its TCP traffic. Name the port, for example `http-web` or `tcp-mysql`, or set `appProtocol`. Services of kube-system, kube-public, kube-node-lease and local-path-storage, the control plane's own (a label `istio`, or `release: istio`) and those Istio's gateway controllers generate are not checked, as in Istio.",
    docs: "https://istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/"
  },
  check(ctx) {
    for (const svc of ctx.index.services) {
      if (!isAnalyzedByIstio(svc) || isIstioControlPlane(svc) || GENERATED_BY.has(svc.labels[GATEWAY_MANAGED_LABEL] ?? "")) continue;
      for (const p of svc.ports) {
        const base = { doc: svc.doc, object: svc.located, pointer: p.pointer };
        if (svc.type === "ExternalName") {
          if (p.protocol.by === "none" || p.name === "tcp") {
            const what2 = p.name === "tcp" ? 'is named "tcp"' : p.name === void 0 ? "has no name" : `is named ${JSON.stringify(p.name)}, which names no protocol`;
            ctx.report({
              ...base,
              severity: "warning",
              istioCode: "IST0150",
              message: `port ${p.port ?? "?"} of the ExternalName Service ${what2}: the proxy may not forward its TCP traffic; name it after its protocol (e.g. "tls-db", "http-api")`
            });
          }
          continue;
        }
        if (p.protocol.by !== "none" && p.protocol.by !== "well-known port") continue;
        const port = `port ${p.port ?? "?"} (targetPort ${p.targetPort})`;
        const what = p.appProtocol !== void 0 ? `the appProtocol ${JSON.stringify(p.appProtocol)} of ${port} is not a protocol Istio knows` : p.name === void 0 ? `${port} has no name` : `${port} is named ${JSON.stringify(p.name)}, which does not start with a protocol Istio knows`;
        ctx.report({
          ...base,
          istioCode: p.protocol.by === "none" ? "IST0118" : null,
          message: `${what}: Istio will treat it as plain TCP${p.protocol.by === "none" ? ", after protocol detection" : " (a well-known server-first port, so without protocol detection)"}; name it <protocol>[-<suffix>] (e.g. "http-web") or set appProtocol`
        });
      }
    }
  }
};

// src/lint/rules/proxy-uid.ts
var ISTIO_KINDS = /* @__PURE__ */ new Set(["Pod", "Deployment"]);
var proxyUid = {
  meta: {
    id: "proxy-uid",
    severity: "error",
    istioCode: "IST0144",
    description: "No application container runs as UID 1337, the sidecar proxy's user.",
    help: "Istio tells its own traffic apart by user ID 1337: traffic from that UID is not redirected through Envoy, so an application running as 1337 bypasses the mesh. Set a different runAsUser in the pod or container securityContext. IST0144 is Istio's code for Pods and Deployments (checked even when opted out of injection, as Istio does); the other workload kinds are kube-inject's own check, for pods that take a sidecar.",
    docs: "https://istio.io/latest/docs/ops/deployment/application-requirements/#pod-requirements"
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      const istio = ISTIO_KINDS.has(w.kind) && isAnalyzedByIstio(w) && !isIstioControlPlane(w);
      if (!istio && optOutReason(w) !== void 0) continue;
      const base = { doc: w.doc, object: w.located, istioCode: istio ? void 0 : null };
      if (isMap(w.podSpec.securityContext) && w.podSpec.securityContext.runAsUser === PROXY_UID) {
        ctx.report({
          ...base,
          pointer: joinPointer(w.templatePointer, "spec", "securityContext", "runAsUser"),
          message: `the pod runs as user ID ${PROXY_UID}, which is reserved for the sidecar proxy`
        });
      }
      for (const c of appContainersOf(w)) {
        if (c.init || c.name === "istio-operator") continue;
        const sc = c.container.securityContext;
        if (!isMap(sc) || sc.runAsUser !== PROXY_UID) continue;
        ctx.report({
          ...base,
          pointer: joinPointer(c.pointer, "securityContext", "runAsUser"),
          message: `container ${JSON.stringify(c.name)} runs as user ID ${PROXY_UID}, which is reserved for the sidecar proxy`
        });
      }
    }
  }
};

// src/lint/rules/reserved-port.ts
var reservedPort = {
  meta: {
    id: "reserved-port",
    severity: "error",
    description: "No application container listens on a port the Istio sidecar reserves.",
    help: `The sidecar listens on ${[...RESERVED_PORTS.keys()].join(", ")} in the pod's network namespace; an application port there clashes with it, and traffic to it is captured by Envoy. Move the application to another port.`,
    docs: "https://istio.io/latest/docs/ops/deployment/application-requirements/#ports-used-by-istio"
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      if (optOutReason(w) !== void 0) continue;
      for (const c of appContainersOf(w)) {
        const ports = c.container.ports;
        if (!Array.isArray(ports)) continue;
        ports.forEach((p, i) => {
          if (!isMap(p) || typeof p.containerPort !== "number") return;
          const use = RESERVED_PORTS.get(p.containerPort);
          if (use === void 0) return;
          ctx.report({
            doc: w.doc,
            object: w.located,
            pointer: joinPointer(c.pointer, "ports", i),
            message: `container ${JSON.stringify(c.name)} listens on port ${p.containerPort}, which the Istio sidecar reserves (${use})`
          });
        });
      }
    }
  }
};

// src/lint/istio-port-conflicts.ts
var cache3 = /* @__PURE__ */ new WeakMap();
function istioPortConflicts(w, index) {
  if (cache3.has(w)) return cache3.get(w);
  const result = compute(w, index);
  cache3.set(w, result);
  return result;
}
function compute(w, index) {
  if (w.kind !== "Deployment" || !isAnalyzedByIstio(w)) return null;
  if (w.labels[GATEWAY_MANAGED_LABEL] === "istio.io-mesh-controller" || !inMeshForIstio(w, index)) return null;
  let answer = byServices.get(w.services);
  if (!answer) byServices.set(w.services, answer = conflictsOf(w.services));
  return answer;
}
var byServices = /* @__PURE__ */ new WeakMap();
function conflictsOf(services) {
  const protocols = /* @__PURE__ */ new Map();
  const targetPorts = /* @__PURE__ */ new Map();
  for (const svc of services) {
    svc.ports.forEach((port) => {
      if (port.port === void 0) return;
      const protocol = port.k8sProtocol;
      const byProtocol = protocols.get(port.port) ?? /* @__PURE__ */ new Map();
      protocols.set(port.port, byProtocol);
      byProtocol.set(protocol, [...byProtocol.get(protocol) ?? [], { svc, port }]);
      const byPort = targetPorts.get(port.targetPort) ?? /* @__PURE__ */ new Map();
      targetPorts.set(port.targetPort, byPort);
      const list2 = byPort.get(port.port) ?? [];
      if (!list2.includes(svc)) list2.push(svc);
      byPort.set(port.port, list2);
    });
  }
  for (const [k, v] of protocols) if (v.size < 2) protocols.delete(k);
  for (const [k, v] of targetPorts) if (v.size < 2) targetPorts.delete(k);
  return { protocols, targetPorts };
}

// src/lint/rules/service-association.ts
function reportedByIstio(w, index, c) {
  const istio = istioPortConflicts(w, index);
  if (!istio) return false;
  return c.code === "IST0116" ? istio.protocols.has(Number(c.port)) : istio.targetPorts.has(c.port);
}
var SERVICE_LESS_KINDS = /* @__PURE__ */ new Set(["Job", "CronJob"]);
var svcId = (s) => describeObject("Service", s.namespace, s.name);
var wlId = (w) => describeObject(w.kind, w.namespace, w.name);
var serviceAssociation = {
  meta: {
    id: "service-association",
    severity: "warning",
    description: "Every workload is selected by a Service; Services that select the same pods agree on ports and protocols.",
    help: "Istio routes to pods through the Services that select them. Add a Service whose selector matches the pod template labels. When several Services select the same pods, give each port number one protocol, as Istio derives it from the port name or appProtocol (an error), and send each targetPort from one port only (a warning). These carry no Istio code: Istio compares the Kubernetes `protocol` field instead, on Deployments in the mesh only (the `service-port-conflict` rule, IST0116/IST0137); a conflict that rule reports on every workload involved is not repeated here. A pod selected by more than one Service is reported as info; set the option `maxServices: 1` to make it an error, as Istio once required.",
    docs: "https://istio.io/latest/docs/ops/deployment/application-requirements/",
    optionsSchema: { type: "object", properties: { maxServices: { type: "integer", minimum: 1 } } }
  },
  check(ctx) {
    const maxServices = typeof ctx.options.maxServices === "number" ? ctx.options.maxServices : void 0;
    const conflicts = /* @__PURE__ */ new Map();
    const found = /* @__PURE__ */ new Map();
    for (const w of ctx.index.workloads) {
      if (optOutReason(w) !== void 0) continue;
      const labels = podMetaPointer(w, "labels");
      const n = w.services.length;
      if (n === 0) {
        if (!SERVICE_LESS_KINDS.has(w.kind)) {
          ctx.report({ doc: w.doc, object: w.located, pointer: labels, message: "no Service in the input selects the pods; Istio routes traffic to pods through their Services" });
        }
        continue;
      }
      if (n > 1) {
        const over = maxServices !== void 0 && n > maxServices;
        const message = `the pods are selected by ${n} Services (${listed(w.services, svcId)})` + (over ? `; maxServices allows ${maxServices}` : "");
        ctx.report({ doc: w.doc, object: w.located, pointer: labels, message, severity: over ? "error" : "info" });
        let shared = found.get(w.services);
        if (shared === void 0) found.set(w.services, shared = collectConflicts(w, conflicts));
        else for (const c of shared) c.workloads.push(w);
      }
    }
    for (const c of conflicts.values()) {
      if (c.workloads.every((w) => reportedByIstio(w, ctx.index, c))) continue;
      const message = `${c.detail}, and they select the same pods (${listed(c.workloads, wlId)})`;
      const severity = c.code === "IST0116" ? "error" : "warning";
      ctx.report({ doc: c.at.svc.doc, object: c.at.svc.located, pointer: c.at.port.pointer, message, severity });
    }
  }
};
var MAX_LISTED = 10;
function listed(items, name) {
  const names = items.slice(0, MAX_LISTED).map(name).join(", ");
  return items.length <= MAX_LISTED ? names : `${names} and ${items.length - MAX_LISTED} more`;
}
function collectConflicts(w, out) {
  const mine = [];
  const byPort = /* @__PURE__ */ new Map();
  const byTarget = /* @__PURE__ */ new Map();
  for (const svc of w.services) {
    for (const port of svc.ports) {
      if (port.port !== void 0) push(byPort, port.port, { svc, port });
      push(byTarget, port.targetPort, { svc, port });
    }
  }
  for (const [num, uses] of byPort) {
    const label2 = (u) => protocolLabel(u.port.protocol);
    if (!uses.some((a) => uses.some((b) => a.svc !== b.svc && label2(a) !== label2(b)))) continue;
    const list2 = listed(uses, (u) => `${label2(u)} in ${svcId(u.svc)}`);
    mine.push(add(out, "IST0116", `${num}`, uses, `Services give port ${num} different protocols (${list2})`, w));
  }
  for (const [target2, uses] of byTarget) {
    const ports = new Set(uses.map((u) => u.port.port));
    const services = new Set(uses.map((u) => u.svc));
    if (ports.size < 2 || services.size < 2) continue;
    const list2 = listed(uses, (u) => `${u.port.port} in ${svcId(u.svc)}`);
    mine.push(add(out, "IST0137", target2, uses, `Services map targetPort ${target2} to different ports (${list2})`, w));
  }
  return mine;
}
function push(m, k, v) {
  const list2 = m.get(k);
  if (list2) list2.push(v);
  else m.set(k, [v]);
}
function add(out, code, port, uses, detail, w) {
  const key2 = `${code}|${port}|${uses.map((u) => u.port.pointer + "@" + svcId(u.svc)).join(",")}`;
  const existing = out.get(key2);
  if (existing) {
    existing.workloads.push(w);
    return existing;
  }
  const created = { code, port, at: uses[uses.length - 1], detail, workloads: [w] };
  out.set(key2, created);
  return created;
}

// src/lint/rules/service-port-conflict.ts
var svcId2 = (s) => describeObject("Service", s.namespace, s.name);
var servicePortConflict = {
  meta: {
    id: "service-port-conflict",
    severity: "warning",
    istioCodes: ["IST0116", "IST0137"],
    description: "The Services selecting a Deployment in the mesh give each port one Kubernetes protocol and reach each targetPort from one port (as istioctl analyze checks).",
    help: "Istio's own check, reported where Istio reports it: on the Deployment (its metadata.name), for Deployments Istio counts as in the mesh (an istio-proxy container, the label or annotation `sidecar.istio.io/inject: \"true\"`, or a Namespace in the input labelled `istio-injection=enabled`). IST0116: Services use one port number with different `protocol` fields (TCP when unset). IST0137: one targetPort is reached from different port numbers. Give each port number one protocol and each targetPort one port. Conflicts of the protocols Istio derives from port names are the `service-association` rule's.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0116/"
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      const conflicts = istioPortConflicts(w, ctx.index);
      if (!conflicts) continue;
      const base = { doc: w.doc, object: w.located, pointer: joinPointer(w.located.pointer, "metadata", "name") };
      for (const [port, byProtocol] of conflicts.protocols) {
        const uses = [...byProtocol].flatMap(([protocol, list2]) => list2.map((u) => `${protocol} in ${svcId2(u.svc)}`));
        ctx.report({
          ...base,
          istioCode: "IST0116",
          message: `the pods are selected by Services that use port ${port} with different protocols (${uses.join(", ")})`
        });
      }
      for (const [target2, byPort] of conflicts.targetPorts) {
        const uses = [...byPort].sort((a, b) => a[0] - b[0]).map(([port, svcs]) => `${port} in ${svcs.map(svcId2).join(" and ")}`);
        ctx.report({
          ...base,
          istioCode: "IST0137",
          message: `the pods are selected by Services that send targetPort ${target2} from different ports (${uses.join(", ")})`
        });
      }
    }
  }
};

// src/lint/rules/serviceentry-ports.ts
var serviceentryPorts = {
  meta: {
    id: "serviceentry-ports",
    severity: "warning",
    istioCodes: ["IST0134", "IST0177"],
    description: "A ServiceEntry with a TCP port has addresses, and ServiceEntries that share a host and port agree on its protocol.",
    help: "The sidecar tells TCP traffic of different ServiceEntries apart by destination address: a ServiceEntry without `addresses` whose port has protocol TCP (or none) is IST0134, unless the mesh allocates addresses itself (the proxy metadata ISTIO_META_DNS_CAPTURE with ISTIO_META_DNS_AUTO_ALLOCATE in the mesh config given with `--mesh-config`; Istio's default does not). Add `addresses`, or name the port's protocol (HTTP, TLS \u2026). Two ServiceEntries visible to the same namespaces that give one host and port different protocols are IST0177: Istio keeps one of them. Make them agree.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0134/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const allocates = ctx.settings.mesh.allocatesAddresses;
    const byKey = /* @__PURE__ */ new Map();
    for (const se of t.serviceEntries) {
      const spec = specOf(se);
      const ports = Array.isArray(spec.ports) ? spec.ports : [];
      const hosts = strings(spec.hosts);
      const exportTo = strings(spec.exportTo);
      const scopes = exportsToAll(exportTo) ? [ALL_NAMESPACES] : [...new Set(exportTo.map((e) => e === OWN_NAMESPACE ? se.namespace : e))];
      const status = se.located.object.status;
      const allocated = isMap(status) && Array.isArray(status.addresses) && status.addresses.length > 0;
      ports.forEach((p, i) => {
        if (!isMap(p)) return;
        const protocol = str(p.protocol);
        if (spec.addresses === void 0 && !allocated && !allocates && (protocol === "" || protocol.toUpperCase() === "TCP")) {
          ctx.report({
            doc: se.doc,
            object: se.located,
            pointer: joinPointer(se.located.pointer, "spec", "ports", i),
            istioCode: "IST0134",
            message: `port ${typeof p.number === "number" ? p.number : "?"} is TCP and the ServiceEntry has no addresses: the sidecar cannot tell its traffic from other TCP traffic on that port; add addresses`
          });
        }
        if (typeof p.number !== "number") return;
        for (const scope of scopes) {
          for (const h of hosts) {
            const key2 = JSON.stringify([scope, h, p.number]);
            byKey.set(key2, [...byKey.get(key2) ?? [], { protocol: protocol.toUpperCase(), se }]);
          }
        }
      });
    }
    const reported = /* @__PURE__ */ new Set();
    for (const [key2, own] of byKey) {
      const [scope, host, port] = JSON.parse(key2);
      const entries = scope === ALL_NAMESPACES ? own : [...own, ...byKey.get(JSON.stringify([ALL_NAMESPACES, host, port])) ?? []];
      const protocols = [...new Set(entries.map((e) => e.protocol))].sort();
      if (protocols.length < 2) continue;
      const ses = [...new Set(entries.map((e) => e.se))].sort((a, b) => refKey(a.namespace, a.name) < refKey(b.namespace, b.name) ? -1 : 1);
      const names = ses.map((se) => describeObject("ServiceEntry", se.namespace, se.name)).join(", ");
      for (const se of ses) {
        if (reported.has(se)) continue;
        reported.add(se);
        ctx.report({
          doc: se.doc,
          object: se.located,
          pointer: joinPointer(se.located.pointer, "metadata", "name"),
          istioCode: "IST0177",
          message: `${names} define host ${JSON.stringify(host)} port ${port} with conflicting protocols (${protocols.map((p) => p || "(none)").join(", ")})`
        });
      }
    }
  }
};

// src/lint/rules/sidecar-present.ts
function expectation(w, index) {
  const ns2 = index.namespaces.get(w.namespace);
  if (!ns2) return "ours";
  const injection = namespaceLabel(ns2, INJECTION_LABEL);
  if (injection === "enabled") return w.kind === "Pod" && w.namespace !== "istio-system" ? "istio" : "ours";
  if (injection !== void 0) return void 0;
  const revision = namespaceLabel(ns2, REVISION_LABEL);
  return revision !== void 0 && revision !== "" ? "ours" : void 0;
}
var sidecarPresent = {
  meta: {
    id: "sidecar-present",
    severity: "error",
    istioCode: "IST0103",
    description: "With `lint --expect-injected`: every pod that is expected to be injected carries the istio-proxy container.",
    help: "For manifests that should already be injected (the output of `kube-inject`, or of `istioctl kube-inject`). A pod without an istio-proxy container (in containers, or in initContainers as a native sidecar) is outside the mesh. Which pods are expected: those in a Namespace of the input labelled `istio-injection=enabled` or with an `istio.io/rev` revision label; a Namespace labelled `istio-injection` with any other value (`disabled`), or with neither label, expects none; when the Namespace is not in the input, every pod is expected (that is what --expect-injected says). A pod opted out with the label (or annotation) `sidecar.istio.io/inject: \"false\"`, on the host network, or in kube-system, kube-public, kube-node-lease or local-path-storage is never expected. Only a Pod in an `istio-injection=enabled` Namespace gets Istio's code IST0103, as istioctl analyze checks Pods only and only there; the other findings are kube-inject's own. Inject the pods again, or opt them out explicitly. Only checked with --expect-injected.",
    docs: "https://istio.io/latest/docs/setup/additional-setup/sidecar-injection/"
  },
  check(ctx) {
    if (!ctx.settings.expectInjected) return;
    for (const w of ctx.index.workloads) {
      if (optOutReason(w) !== void 0) continue;
      const expected = expectation(w, ctx.index);
      if (!expected) continue;
      if (containersOf2(w).some((c) => c.name === PROXY_CONTAINER)) continue;
      ctx.report({
        doc: w.doc,
        object: w.located,
        pointer: joinPointer(w.templatePointer, "spec", "containers"),
        istioCode: expected === "istio" ? "IST0103" : null,
        message: `the pods have no ${PROXY_CONTAINER} container; inject them, or opt them out with the label sidecar.istio.io/inject: "false"`
      });
    }
  }
};

// src/lint/rules/sidecar-selector.ts
function namespaceInAmbientMode(labels) {
  if (labels[INJECTION_LABEL] === "enabled") return false;
  if ((labels[REVISION_LABEL] ?? "") !== "") return false;
  return labels[DATAPLANE_MODE_LABEL] === "ambient";
}
var sidecarSelector = {
  meta: {
    id: "sidecar-selector",
    severity: "error",
    istioCodes: ["IST0101", "IST0110", "IST0111", "IST0167"],
    description: "Every Sidecar resource's workloadSelector matches pods of its namespace, no pod is selected by two, and a namespace has at most one Sidecar without a selector.",
    help: "A Sidecar with `workloadSelector.labels` applies to the pods of its namespace with those labels; when none of the input has them it does nothing (IST0101). Two Sidecars selecting one pod (IST0110), or two without a selector in one namespace (IST0111), leave it undefined which applies. Merge them, or make their selectors disjoint. A Sidecar for pods in ambient mode (a Namespace labelled istio.io/dataplane-mode=ambient without an injection label, or pods annotated ambient.istio.io/redirection: enabled) has no effect: IST0167 (a warning).",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0110/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const byPod = /* @__PURE__ */ new Map();
    const unselective = /* @__PURE__ */ new Map();
    for (const sc of t.sidecars) {
      const sel = sc.selector;
      if (sel === void 0 || Object.keys(sel).length === 0) {
        unselective.set(sc.obj.namespace, [...unselective.get(sc.obj.namespace) ?? [], sc]);
        continue;
      }
      const pods = t.podsWith(sel).filter((p) => p.namespace === sc.obj.namespace);
      for (const p of pods) byPod.set(p, [...byPod.get(p) ?? [], sc]);
      if (pods.length === 0) {
        const first = Object.keys(sel).sort()[0];
        ctx.report({
          doc: sc.obj.doc,
          object: sc.obj.located,
          pointer: joinPointer(sc.selectorPointer, first),
          istioCode: "IST0101",
          message: `referenced selector not found: ${JSON.stringify(selectorString(sel))}; no pod of namespace ${JSON.stringify(sc.obj.namespace)} in the input has these labels`
        });
      }
    }
    const names = (list2) => [...list2].sort((a, b) => refKey(a.obj.namespace, a.obj.name) < refKey(b.obj.namespace, b.obj.name) ? -1 : 1).map((s) => describeObject("Sidecar", s.obj.namespace, s.obj.name)).join(", ");
    const ineffective = /* @__PURE__ */ new Set();
    const ambient = (sc, reason) => {
      if (ineffective.has(sc)) return;
      ineffective.add(sc);
      ctx.report({
        doc: sc.obj.doc,
        object: sc.obj.located,
        pointer: joinPointer(sc.obj.located.pointer, "metadata", "name"),
        severity: "warning",
        istioCode: "IST0167",
        message: `the policy has no impact: ${reason}`
      });
    };
    const reportEach = (list2, istioCode, message) => {
      for (const sc of list2) ctx.report({ doc: sc.obj.doc, object: sc.obj.located, pointer: joinPointer(sc.obj.located.pointer, "metadata", "name"), istioCode, message });
    };
    for (const [pod, list2] of byPod) {
      if (pod.podAnnotations[AMBIENT_REDIRECTION_ANNOTATION] === "enabled") {
        for (const sc of list2) ambient(sc, "selected workload is in ambient mode, the policy has no impact");
        continue;
      }
      if (list2.length >= 2) reportEach(list2, "IST0110", `${names(list2)} select the same pods (${describeObject(pod.kind, pod.namespace, pod.name)}), which can lead to undefined behavior`);
    }
    for (const [ns2, list2] of unselective) {
      const namespace = ctx.index.namespaces.get(ns2);
      if (namespace && namespaceInAmbientMode(namespace.labels)) {
        for (const sc of list2) ambient(sc, "namespace is in ambient mode, the policy has no impact");
        continue;
      }
      if (list2.length >= 2) reportEach(list2, "IST0111", `${names(list2)} in namespace ${JSON.stringify(ns2)} have no workload selector, which can lead to undefined behavior`);
    }
  }
};

// src/lint/rules/telemetry-selector.ts
var telemetrySelector = {
  meta: {
    id: "telemetry-selector",
    severity: "error",
    istioCodes: ["IST0101", "IST0157", "IST0159", "IST0160"],
    description: "Every Telemetry's selector matches pods of its namespace, no pod is selected by two, a namespace has at most one Telemetry without a selector, and access logging names a provider.",
    help: "A Telemetry with `selector.matchLabels` applies to the pods of its namespace with those labels: none in the input is IST0101; two Telemetries selecting one pod are IST0159; two without a selector in one namespace are IST0160 (it is undefined which applies). An `accessLogging` entry that is not disabled and names no `providers` is ignored when the mesh config has no default access-log provider, which Istio's default has not: IST0157 (a warning).",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0159/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const byPod = /* @__PURE__ */ new Map();
    const unselective = /* @__PURE__ */ new Map();
    const names = (list2) => [...list2].sort((a, b) => refKey(a.obj.namespace, a.obj.name) < refKey(b.obj.namespace, b.obj.name) ? -1 : 1).map((s) => describeObject("Telemetry", s.obj.namespace, s.obj.name)).join(", ");
    for (const tm of t.telemetries) {
      const base = { doc: tm.obj.doc, object: tm.obj.located };
      if (tm.selector === void 0) unselective.set(tm.obj.namespace, [...unselective.get(tm.obj.namespace) ?? [], tm]);
      else if (Object.keys(tm.selector).length > 0) {
        const sel = tm.selector;
        const pods = t.podsWith(sel).filter((p) => p.namespace === tm.obj.namespace);
        for (const p of pods) byPod.set(p, [...byPod.get(p) ?? [], tm]);
        if (pods.length === 0) {
          ctx.report({
            ...base,
            pointer: joinPointer(tm.selectorPointer, Object.keys(sel).sort()[0]),
            istioCode: "IST0101",
            message: `referenced selector not found: ${JSON.stringify(selectorString(sel))}; no pod of namespace ${JSON.stringify(tm.obj.namespace)} in the input has these labels`
          });
        }
      }
      const logging = !ctx.settings.mesh.defaultAccessLogProviders && Array.isArray(tm.spec.accessLogging) ? tm.spec.accessLogging : [];
      logging.forEach((l, i) => {
        if (!isMap(l) || l.disabled === true) return;
        if (Array.isArray(l.providers) && l.providers.length > 0) return;
        ctx.report({
          ...base,
          pointer: joinPointer(tm.obj.located.pointer, "spec", "accessLogging", i),
          severity: "warning",
          istioCode: "IST0157",
          message: "this accessLogging entry names no providers, and the mesh config has no default access-log provider: it will be ignored"
        });
      });
    }
    const at2 = (tm) => ({ doc: tm.obj.doc, object: tm.obj.located, pointer: joinPointer(tm.obj.located.pointer, "metadata", "name") });
    for (const [pod, list2] of byPod) {
      if (list2.length < 2) continue;
      for (const tm of list2) {
        ctx.report({ ...at2(tm), istioCode: "IST0159", message: `${names(list2)} select the same pods (${describeObject(pod.kind, pod.namespace, pod.name)}), which can lead to undefined behavior` });
      }
    }
    for (const [ns2, list2] of unselective) {
      if (list2.length < 2) continue;
      for (const tm of list2) {
        ctx.report({ ...at2(tm), istioCode: "IST0160", message: `${names(list2)} in namespace ${JSON.stringify(ns2)} have no workload selector, which can lead to undefined behavior` });
      }
    }
  }
};

// src/lint/rules/unknown-annotation.ts
var unknownAnnotation = {
  meta: {
    id: "unknown-annotation",
    severity: "warning",
    istioCode: "IST0108",
    description: "Every annotation in an Istio namespace (`*.istio.io`) is one Istio knows.",
    help: "Istio ignores annotations it does not know, so a misspelt key silently does nothing. Fix the key (the finding suggests the closest known one), or move a label that was written as an annotation to `labels`.",
    docs: "https://istio.io/latest/docs/reference/config/annotations/"
  },
  check(ctx) {
    for (const s of metadataSites(ctx.index)) {
      for (const key2 of Object.keys(s.annotations)) {
        if (!isIstioKey(key2) || key2 === IGNORE_ANNOTATION || lookupAnnotation(key2)) continue;
        const suggestion = suggestAnnotation(key2);
        const hint = lookupLabel(key2) ? `; ${key2} is a label, not an annotation` : suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : "";
        ctx.report({ doc: s.obj.doc, object: s.obj.located, pointer: keyPointer(s, "annotations", key2), istioCode: istioCodeAt(s), message: `unknown annotation ${JSON.stringify(key2)}${hint}` });
      }
    }
  }
};

// src/lint/rules/virtualservice-destination.ts
var virtualserviceDestination = {
  meta: {
    id: "virtualservice-destination",
    severity: "error",
    istioCodes: ["IST0101", "IST0112"],
    description: "Every VirtualService route and mirror goes to a host the mesh knows (a Service or ServiceEntry of the input), on a port it has.",
    help: "A destination `host` is resolved as Istio does: a short name in the VirtualService's namespace, `<name>.<namespace>.svc.cluster.local` for another namespace, any other name as a ServiceEntry host (wildcards match), seen only where the Service's `networking.istio.io/exportTo` or the ServiceEntry's `exportTo` allows. A host that resolves to nothing is IST0101: fix the name, or add the Service or ServiceEntry (a ServiceEntry for an external host). A `port.number` the host does not have is IST0101 too. A host with more than one port needs `port.number` in the destination (IST0112), or Envoy cannot tell which one to use.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0101/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    for (const vs of t.virtualServices) {
      for (const [list2, what] of [[vs.routes, "host"], [vs.mirrors, "mirror host"]]) {
        for (const d of list2) {
          const found = t.hosts.lookup(vs.obj.namespace, vs.exportTo, d.host.value);
          if (!found) {
            report2(ctx, vs, d.host.pointer, "IST0101", `referenced ${what} not found: ${JSON.stringify(d.host.value)}; no Service or ServiceEntry of the input defines it for namespace ${JSON.stringify(vs.obj.namespace)}`);
            continue;
          }
          checkPorts(ctx, vs, d, found);
        }
      }
    }
  }
};
function report2(ctx, vs, pointer, istioCode, message) {
  ctx.report({ doc: vs.obj.doc, object: vs.obj.located, pointer, istioCode, message });
}
function checkPorts(ctx, vs, d, found) {
  const numbers = found.ports.map((p) => p.number);
  const source = describeObject(found.source.kind, found.source.namespace, found.source.name);
  if (!d.port) {
    if (numbers.length > 1) {
      report2(ctx, vs, d.host.pointer, "IST0112", `the destination ${JSON.stringify(d.host.value)} (${source}) exposes ports ${numbers.join(", ")}; name one with port.number`);
    }
    return;
  }
  if (!numbers.includes(d.port.value)) {
    report2(ctx, vs, d.port.pointer, "IST0101", `referenced host:port not found: "${d.host.value}:${d.port.value}"; ${source} has port${numbers.length === 1 ? "" : "s"} ${numbers.join(", ") || "none"}`);
  }
}

// src/lint/rules/virtualservice-gateway.ts
var MESH = "mesh";
var INTERNAL_GATEWAY = "~istio-autogenerated-k8s-gateway~";
var virtualserviceGateway = {
  meta: {
    id: "virtualservice-gateway",
    severity: "error",
    istioCodes: ["IST0101", "IST0132", "IST0165"],
    description: "Every gateway a VirtualService binds to exists in the input, and serves at least one of its hosts.",
    help: "An entry of `gateways` other than `mesh` names a Gateway (`name` in the VirtualService's namespace, or `namespace/name`), an Istio Gateway or a Gateway API Gateway. One the input does not have is IST0101 (an error). A Gateway none of whose servers' hosts match a host of the VirtualService (`ns/host` entries of other namespaces do not count; `*` matches all) does not route it: IST0132 (a warning; Istio reports it for a missing Gateway too). A reference to an internal Gateway Istio generates for the Gateway API (`\u2026~istio-autogenerated-k8s-gateway~\u2026`) is IST0165: bind to the Gateway API resource instead.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0132/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    for (const vs of t.virtualServices) {
      const hosts = vs.hosts.map((h) => h.value);
      for (const gw of vs.gateways) {
        if (gw.value === MESH) continue;
        const base = { doc: vs.obj.doc, object: vs.obj.located, pointer: gw.pointer };
        const vsName = describeObject("VirtualService", vs.obj.namespace, vs.obj.name);
        const slash = gw.value.indexOf("/");
        if ((slash < 0 ? gw.value : gw.value.slice(slash + 1)).includes(INTERNAL_GATEWAY)) {
          ctx.report({ ...base, severity: "warning", istioCode: "IST0165", message: `the gateway ${JSON.stringify(gw.value)} of ${vsName} is an internal Gateway Istio generates; reference the Gateway API Gateway instead` });
          continue;
        }
        const key2 = slash < 0 ? refKey(vs.obj.namespace, gw.value) : gw.value;
        const istio = t.gateways.filter((g) => refKey(g.obj.namespace, g.obj.name) === key2);
        const kube = istio.length === 0 ? t.kubernetesGateways.get(key2) : void 0;
        if (istio.length === 0 && !kube) {
          ctx.report({ ...base, istioCode: "IST0101", message: `referenced gateway not found: ${JSON.stringify(gw.value)}; no ${describeObject("Gateway", ...split2(key2))} in the input` });
        }
        const served = kube ? kubeGatewayServes(kube, hosts) : gatewayServes(istio, hosts, vs.obj.namespace);
        if (!served) {
          ctx.report({
            ...base,
            severity: "warning",
            istioCode: "IST0132",
            message: `no host of ${vsName} (${hosts.join(", ") || "none"}) is among the hosts of ${describeObject("Gateway", ...split2(key2))}`
          });
        }
      }
    }
  }
};
function split2(key2) {
  const i = key2.indexOf("/");
  return [key2.slice(0, i), key2.slice(i + 1)];
}
function gatewayServes(gateways, vsHosts, vsNamespace) {
  const gatewayHosts = [];
  for (const g of gateways) {
    for (const server of g.servers) {
      let hosts = [...server.hosts];
      for (let i = 0; i < hosts.length; i++) {
        const h = hosts[i];
        if (!h.includes("/")) continue;
        const [ns2, name] = h.split("/");
        if (ns2 === ".") hosts[i] = refKey(g.obj.namespace, name);
        else if (ns2 === "*") {
          if (name === "*") {
            hosts = ["*"];
            break;
          }
          hosts[i] = name;
        }
      }
      gatewayHosts.push(...hosts);
    }
  }
  return namesForNamespace(gatewayHosts, vsNamespace).some((gh) => vsHosts.some((vh) => hostsMatch(gh, vh)));
}
function kubeGatewayServes(gw, vsHosts) {
  const listeners = specOf(gw).listeners;
  const names = [];
  for (const l of Array.isArray(listeners) ? listeners : []) {
    const h = isMap(l) ? l.hostname : void 0;
    if (typeof h !== "string" || h === "") return true;
    names.push(h);
  }
  return names.some((gh) => vsHosts.some((vh) => hostsMatch(gh, vh)));
}

// src/lint/rules/virtualservice-subset.ts
var virtualserviceSubset = {
  meta: {
    id: "virtualservice-subset",
    severity: "error",
    istioCodes: ["IST0101", "IST0140"],
    description: "Every subset a VirtualService routes or mirrors to is defined by a DestinationRule of the input for that host; gateway routes name the subset the mesh routes use.",
    help: "A route to `subset: v2` of `reviews` needs a DestinationRule whose `host` names the same Service (a short name is read in each resource's own namespace; `reviews.<namespace>.svc.cluster.local` names it from anywhere) and that lists a subset `name: v2`. Without it the proxy has no such cluster and the request fails with 503 (NR): IST0101. Add the subset to the DestinationRule, or fix the name. A VirtualService bound to a gateway that routes to a host without a subset, where a VirtualService for that host routes to subsets, bypasses those subset routes for requests that come in through the gateway: IST0140 (a warning). Name the subset in the gateway's route too.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0101/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const known = /* @__PURE__ */ new Set();
    for (const dr of t.destinationRules) {
      const svc = serviceNameOf(dr.obj.namespace, dr.host.value);
      for (const s of dr.subsets) known.add(JSON.stringify([svc.namespace, svc.name, s.name.value]));
    }
    for (const vs of t.virtualServices) {
      for (const [list2, what] of [[vs.routes, "host+subset"], [vs.mirrors, "mirror+subset"]]) {
        for (const d of list2) {
          if (!d.subset) continue;
          const svc = serviceNameOf(vs.obj.namespace, d.host.value);
          if (known.has(JSON.stringify([svc.namespace, svc.name, d.subset.value]))) continue;
          ctx.report({
            doc: vs.obj.doc,
            object: vs.obj.located,
            pointer: d.subset.pointer,
            istioCode: "IST0101",
            message: `referenced ${what} in destinationrule not found: "${d.host.value}+${d.subset.value}"; no DestinationRule of the input defines subset ${JSON.stringify(d.subset.value)} for ${svc.name}.${svc.namespace}`
          });
        }
      }
    }
    ingressRoutesWithoutSubset(ctx, t);
  }
};
function ingressRoutesWithoutSubset(ctx, t) {
  const subsetRoutes = /* @__PURE__ */ new Map();
  for (const vs of t.virtualServices) {
    const own = new Set(vs.hosts.map((h) => h.value));
    const hosts = vs.routes.filter((d) => d.rule === "http" && d.subset && own.has(d.host.value)).map((d) => d.host.value);
    if (hosts.length > 0) subsetRoutes.set(vs, hosts);
  }
  for (const vs of t.virtualServices) {
    if (vs.gateways.length === 0) continue;
    for (const d of vs.routes) {
      if (d.rule !== "http" || d.subset) continue;
      for (const [other, hosts] of subsetRoutes) {
        for (const h of hosts) {
          if (h !== d.host.value) continue;
          ctx.report({
            doc: vs.obj.doc,
            object: vs.obj.located,
            pointer: d.host.pointer,
            severity: "warning",
            istioCode: "IST0140",
            message: `${describeObject("VirtualService", other.obj.namespace, other.obj.name)} routes ${JSON.stringify(h)} to subsets, which has no effect on the requests this VirtualService routes from its gateway without a subset; name the subset here too`
          });
        }
      }
    }
  }
}

// src/lint/registry.ts
var RULES = [
  appVersionLabels,
  conflictingGateways,
  conflictingMeshVirtualservices,
  deprecatedAnnotation,
  deprecatedField,
  destinationruleHost,
  destinationruleSubset,
  destinationruleTls,
  envoyfilterPatch,
  gatewayCertificate,
  gatewayWorkload,
  hostNetwork,
  imageAuto,
  incompleteWorkload,
  invalidAnnotation,
  jobSidecar,
  jwtClaimRoute,
  misplacedAnnotation,
  namespaceInjection,
  policyWorkloads,
  portName,
  proxyUid,
  reservedPort,
  serviceAssociation,
  servicePortConflict,
  serviceentryPorts,
  sidecarPresent,
  sidecarSelector,
  telemetrySelector,
  unknownAnnotation,
  virtualserviceDestination,
  virtualserviceGateway,
  virtualserviceSubset
];

// src/lint/runner.ts
var ALL_META = RULES.map((r) => r.meta);
function lintDocuments(docs, config = DEFAULT_CONFIG, options = {}) {
  const inputs = new Set(docs);
  const given = (options.context ?? []).filter((d) => !inputs.has(d));
  const mesh = options.meshConfig ? meshFacts(options.meshConfig) : DEFAULT_MESH_FACTS;
  const defaults2 = options.istioDefaults === false || mesh.ingressService === null ? [] : istioAnalyzeDefaults([...docs, ...given], mesh.ingressService);
  const context = /* @__PURE__ */ new Set([...defaults2, ...given]);
  const index = buildIndex(docs, [...context]);
  const settings = { expectInjected: options.expectInjected ?? false, nativeSidecars: options.nativeSidecars ?? false, mesh };
  const workloadAt = /* @__PURE__ */ new Map();
  for (const w of index.workloads) {
    let m = workloadAt.get(w.doc);
    if (!m) workloadAt.set(w.doc, m = /* @__PURE__ */ new Map());
    m.set(w.located.pointer, w);
  }
  const all = [];
  for (const rule of options.rules ?? RULES) {
    const setting = config.rules[rule.meta.id];
    if (setting?.severity === "off") continue;
    const override = setting?.severity;
    rule.check({
      documents: docs,
      index,
      options: setting?.options ?? {},
      settings,
      allRules: ALL_META,
      report: (r) => {
        if (context.has(r.doc)) return;
        const finding = toFinding(rule.meta, r, override);
        const meta = isMap(r.object.object.metadata) ? r.object.object.metadata : {};
        const maps = [isMap(meta.annotations) ? meta.annotations : {}];
        const w = workloadAt.get(r.doc)?.get(r.object.pointer);
        if (w && w.templatePointer !== w.located.pointer) maps.push(w.podAnnotations);
        const suppressed = findSuppression(maps, finding.ruleId, finding.istioCode);
        all.push(suppressed ? { ...finding, suppressed } : finding);
      }
    });
  }
  const fileOrder = /* @__PURE__ */ new Map();
  for (const d of docs) if (!fileOrder.has(d.source.name)) fileOrder.set(d.source.name, fileOrder.size);
  all.sort(
    (a, b) => fileOrder.get(a.document.file) - fileOrder.get(b.document.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message)
  );
  return {
    findings: all.filter((f) => !f.suppressed),
    suppressed: all.filter((f) => f.suppressed),
    errors: [...index.errors],
    stats: {
      documents: docs.length,
      objects: index.objects.filter((o) => !context.has(o.doc)).length,
      workloads: index.workloads.filter((w) => !context.has(w.doc)).length
    }
  };
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function toFinding(meta, r, override) {
  const o = r.object.object;
  const m = isMap(o.metadata) ? o.metadata : {};
  const resource = {
    apiVersion: typeof o.apiVersion === "string" ? o.apiVersion : "",
    kind: r.object.kind,
    namespace: typeof m.namespace === "string" ? m.namespace : "",
    name: typeof m.name === "string" ? m.name : ""
  };
  const pos = fieldPosition(r.doc, r.pointer, r.at);
  const istioCode = r.istioCode === null ? void 0 : r.istioCode ?? meta.istioCode;
  return {
    ruleId: meta.id,
    severity: override ?? r.severity ?? meta.severity,
    ...istioCode ? { istioCode } : {},
    message: r.message,
    document: { file: r.doc.source.name, index: r.doc.index, startLine: r.doc.startLine },
    pointer: r.pointer,
    line: pos.line,
    column: pos.column,
    resource,
    resourceLabel: describeObject(resource.kind, resource.namespace, resource.name)
  };
}

// src/emit/printable.ts
var CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
function printable(text) {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// src/emit/format-error.ts
function formatError(e) {
  const p = e.position;
  let where = "";
  if (p.file !== void 0) {
    where = p.file;
    if (p.line !== void 0) where += `:${p.line}`;
    if (p.line !== void 0 && p.column !== void 0) where += `:${p.column}`;
    where += ": ";
  }
  return printable(`${where}error: ${errorMessage(e)}`);
}
function errorMessage(e) {
  const r = e.position.resource;
  return r && !e.message.includes(r) ? `${r}: ${e.message}` : e.message;
}
export {
  KubeInjectError,
  POD_TEMPLATE_PATHS,
  buildRules,
  explainWorkload,
  formatError,
  injectDocuments,
  lintDocuments,
  loadInjectorConfig,
  locateWorkloads,
  makeSource,
  objectsOf,
  parseIptablesArgs,
  prepareInjector,
  renderExplanation,
  restoreScript,
  servicesIn,
  splitStream,
  stripInjection,
  uninjectDocuments,
  uninjectPod,
  writeStream
};
