import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  RULES
} from "./chunk-S67S6PVX.js";
import {
  KubeInjectError
} from "./chunk-CSELITEP.js";

// src/lint/config-load.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
async function loadLintConfig(configPath, cwd, rules = RULES) {
  const explicit = configPath !== void 0;
  const path = resolve(cwd, configPath ?? CONFIG_FILE);
  const shown = configPath ?? CONFIG_FILE;
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    if (!explicit && e.code === "ENOENT") return DEFAULT_CONFIG;
    throw new KubeInjectError("config", `cannot read the lint configuration: ${e.message}`, { file: shown }, { cause: e });
  }
  const { parseLintConfig } = await import("./config-SF6IP7UT.js");
  return parseLintConfig(shown, text, rules);
}

export {
  loadLintConfig
};
