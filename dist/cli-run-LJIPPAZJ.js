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
} from "./cli-chunk-UOQE7JQT.js";
import "./cli-chunk-KSGXXUCC.js";
import "./cli-chunk-AS4CLWWJ.js";
import "./cli-chunk-DEMJOFFT.js";
import "./cli-chunk-O354MWKG.js";
import "./cli-chunk-N5QQCBTL.js";
import "./cli-chunk-B6L4TES6.js";
import "./cli-chunk-HPRX7Q2G.js";
import "./cli-chunk-WLOJSH5N.js";
import "./cli-chunk-JFUYTXGE.js";
import "./cli-chunk-YDVK7EF7.js";
import "./cli-chunk-MUQE3HN5.js";
import "./cli-chunk-ZFY4MAV2.js";
import "./cli-chunk-F4M542DO.js";
import "./cli-chunk-UFOJUOUD.js";
import "./cli-chunk-TXL6GLHF.js";
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
