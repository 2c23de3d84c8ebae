import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  printable
} from "./chunk-Z6UKEAVH.js";
import {
  compileSelector,
  labelMap,
  protocolLabel,
  resolvePortProtocol,
  selects
} from "./chunk-FPC4SLT7.js";
import {
  describeObject,
  objectsOf
} from "./chunk-GXKLT2VF.js";
import {
  DNS_PROXY_PORT,
  HBONE_PORT,
  INIT_CONTAINER,
  INJECTED_CONTAINERS,
  KubeInjectError,
  PROXY_CONTAINER,
  PROXY_ENV,
  PROXY_INBOUND_PORT,
  PROXY_OUTBOUND_PORT,
  PROXY_UID,
  VALIDATION_CONTAINER,
  asMap,
  containersOf,
  findContainer,
  findSidecar,
  goParseBool,
  isMap,
  str
} from "./chunk-66ALYMBE.js";

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
  const add = (t, line) => (tables.get(t) ?? tables.set(t, []).get(t)).push(line);
  const seen = /* @__PURE__ */ new Set();
  for (const r of rules) {
    const key = `${r.chain}:${r.table}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!BUILT_IN.has(r.chain)) add(r.table, `-N ${r.chain}`);
  }
  for (const r of rules) {
    if (r.params.length < 2 || r.params[r.params.length - 2] !== "-j") continue;
    const target2 = r.params[r.params.length - 1];
    const key = `${target2}:${r.table}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!BUILT_IN.has(target2)) add(r.table, `-N ${target2}`);
  }
  for (const r of rules) add(r.table, r.params.join(" "));
  let out = "";
  for (const table of [...tables.keys()].sort()) {
    out += `* ${table}
${tables.get(table).join("\n")}
COMMIT
`;
  }
  return out;
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
    for (const group of split(cfg.ownerGroupsExclude)) b.append("nat", CHAIN.output, "-m", "owner", "--gid-owner", group, "-j", "RETURN");
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

// src/iptables/from-pod.ts
function captureCommand(podTemplate) {
  const init = containersOf(asMap(asMap(podTemplate).spec).initContainers);
  for (const name of [INIT_CONTAINER, VALIDATION_CONTAINER]) {
    const c = findContainer(name, init);
    if (!c) continue;
    const argv = [...Array.isArray(c.command) ? c.command : [], ...Array.isArray(c.args) ? c.args : []].map(String);
    const at = argv.indexOf("istio-iptables");
    const env = {};
    for (const e of Array.isArray(c.env) ? c.env : []) if (isMap(e) && typeof e.name === "string" && typeof e.value === "string") env[e.name] = e.value;
    return { container: name, args: at >= 0 ? argv.slice(at + 1) : argv, env };
  }
  return void 0;
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
  const key = JSON.stringify(capture);
  let paths = w.outboundCache.get(key);
  if (!paths) w.outboundCache.set(key, paths = outboundPaths(capture, w.services));
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
      out.push({ name: str(meta.name), namespace: str(meta.namespace), selector: compileSelector(spec.selector), ports, ...typeof spec.clusterIP === "string" ? { clusterIP: spec.clusterIP } : {} });
    }
  }
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
  const node = (key, kind, text, into) => {
    let id = ids.get(key);
    if (!id) {
      id = `n${ids.size}`;
      ids.set(key, id);
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

// src/explain/index.ts
var EXPLAIN_FORMATS = ["text", "json", "mermaid"];
function renderExplanation(format, workloads) {
  return format === "json" ? renderJson(workloads) : format === "mermaid" ? renderMermaid(workloads) : renderText(workloads);
}

export {
  formatError,
  errorMessage,
  parseIptablesArgs,
  buildRules,
  restoreScript,
  captureCommand,
  explainWorkload,
  servicesIn,
  EXPLAIN_FORMATS,
  renderExplanation
};
