/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILES,
  addPlanOptions,
  attrOf,
  formatVerdict,
  planFromFlags,
  register,
  runCommand
} from "./cli-chunk-JHLAY3AU.js";
import "./cli-chunk-CTWRCNPE.js";
import "./cli-chunk-AS4CLWWJ.js";
import "./cli-chunk-DMDUMF6Y.js";
import "./cli-chunk-SYSGBEIN.js";
import "./cli-chunk-N5QQCBTL.js";
import "./cli-chunk-B6L4TES6.js";
import "./cli-chunk-4OSMZ5EI.js";
import "./cli-chunk-3FOFDXHR.js";
import "./cli-chunk-JFUYTXGE.js";
import "./cli-chunk-QKCPXYD5.js";
import "./cli-chunk-MUQE3HN5.js";
import "./cli-chunk-ZFY4MAV2.js";
import "./cli-chunk-WRW5N32G.js";
import "./cli-chunk-SVY73ZUJ.js";
import "./cli-chunk-CMOYHSJF.js";
import "./cli-chunk-N7WT4SIP.js";
import "./cli-chunk-ZECIIAAG.js";
import "./cli-chunk-235QKKHE.js";
import "./cli-chunk-VV3OXSPZ.js";
import "./cli-chunk-CMMSJIGO.js";
import "./cli-chunk-IBKWP2IV.js";
import "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";
export {
  DEFAULT_CONFIG_FILES,
  addPlanOptions,
  attrOf,
  formatVerdict,
  planFromFlags,
  register,
  runCommand
};
