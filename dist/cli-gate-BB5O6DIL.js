/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  evaluateGate
} from "./cli-chunk-W765MFPX.js";
import {
  addPlanOptions,
  formatVerdict,
  planFromFlags
} from "./cli-chunk-JHLAY3AU.js";
import "./cli-chunk-CTWRCNPE.js";
import "./cli-chunk-AS4CLWWJ.js";
import "./cli-chunk-PIBZXZII.js";
import {
  readRunReport
} from "./cli-chunk-DMDUMF6Y.js";
import "./cli-chunk-SYSGBEIN.js";
import "./cli-chunk-CTN7G35G.js";
import "./cli-chunk-N5QQCBTL.js";
import {
  writeReportJson
} from "./cli-chunk-B6L4TES6.js";
import "./cli-chunk-JQJNIDZH.js";
import "./cli-chunk-WB4XQW7T.js";
import "./cli-chunk-4OSMZ5EI.js";
import "./cli-chunk-3FOFDXHR.js";
import "./cli-chunk-JFUYTXGE.js";
import "./cli-chunk-QKCPXYD5.js";
import "./cli-chunk-MUQE3HN5.js";
import "./cli-chunk-2GYAVEAP.js";
import "./cli-chunk-ZFY4MAV2.js";
import "./cli-chunk-UVQN2SPB.js";
import "./cli-chunk-WRW5N32G.js";
import "./cli-chunk-SVY73ZUJ.js";
import "./cli-chunk-CMOYHSJF.js";
import "./cli-chunk-N7WT4SIP.js";
import "./cli-chunk-ZECIIAAG.js";
import "./cli-chunk-235QKKHE.js";
import "./cli-chunk-FADXTKAR.js";
import "./cli-chunk-VV3OXSPZ.js";
import "./cli-chunk-CMMSJIGO.js";
import "./cli-chunk-IBKWP2IV.js";
import "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";

// src/cli/commands/gate.ts
import * as path from "node:path";
async function gateCommand(file, flags, stdout = (t) => void process.stdout.write(t)) {
  const given = await readRunReport(path.resolve(file));
  const plan = await planFromFlags(flags, { model: given.model.source });
  const report = { ...given, verdict: evaluateGate(given, plan.gate) };
  if (typeof flags["json"] === "string") await writeReportJson(path.resolve(flags["json"]), report);
  stdout(formatVerdict(report.verdict));
  return report.verdict.passed ? 0 : 1;
}
function register(program) {
  const cmd = program.command("gate").description("re-gate an existing report.json with the config file and threshold flags given here").argument("<report>", "report.json from `ww-smooth run` or the action");
  addPlanOptions(cmd, { only: ["gate"] }).option("--json <file>", "write the report with the new verdict here").action(async (file, flags) => {
    process.exitCode = await gateCommand(file, flags);
  });
}
export {
  gateCommand,
  register
};
