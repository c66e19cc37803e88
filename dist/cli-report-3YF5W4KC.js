/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  GITHUB_COMMENT_LIMIT,
  renderReport
} from "./cli-chunk-BBP6WUBR.js";
import "./cli-chunk-PIBZXZII.js";
import {
  readRunReport
} from "./cli-chunk-DMDUMF6Y.js";
import "./cli-chunk-SYSGBEIN.js";
import "./cli-chunk-CTN7G35G.js";
import {
  writeFileAtomic
} from "./cli-chunk-B6L4TES6.js";
import "./cli-chunk-JQJNIDZH.js";
import "./cli-chunk-WB4XQW7T.js";
import "./cli-chunk-QKCPXYD5.js";
import "./cli-chunk-MUQE3HN5.js";
import "./cli-chunk-ZFY4MAV2.js";
import {
  integer
} from "./cli-chunk-SVY73ZUJ.js";
import {
  Option
} from "./cli-chunk-CMOYHSJF.js";
import "./cli-chunk-N7WT4SIP.js";
import "./cli-chunk-FADXTKAR.js";
import "./cli-chunk-VV3OXSPZ.js";
import "./cli-chunk-CMMSJIGO.js";
import "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";

// src/cli/commands/report.ts
import * as path from "node:path";
async function reportCommand(file, flags, stdout = (t) => void process.stdout.write(t)) {
  const report = await readRunReport(path.resolve(file));
  const text = flags.format === "json" ? JSON.stringify(report, null, 2) + "\n" : renderReport(report, {
    ...flags.commentKey ? { commentKey: flags.commentKey } : {},
    maxLayers: flags.maxLayers ?? 200,
    limit: GITHUB_COMMENT_LIMIT - 512,
    workspace: process.cwd()
  });
  if (flags.out) await writeFileAtomic(path.resolve(flags.out), text);
  else stdout(text);
  return 0;
}
function register(program) {
  program.command("report").description("render a report.json as the PR comment Markdown (or JSON)").argument("<report>", "report.json from `ww-smooth run` or the action").addOption(new Option("--format <format>", "md (the PR comment) or json").choices(["md", "json"]).default("md")).option("--out <file>", "write here instead of stdout").option("--comment-key <key>", "include the hidden comment marker with this key (as the action posts it)").option("--max-layers <n>", "per-layer rows before size shortening (default 200)", integer(0)).action(async (file, flags) => {
    process.exitCode = await reportCommand(file, flags);
  });
}
export {
  register,
  reportCommand
};
