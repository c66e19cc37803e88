/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  assertInside,
  checkWritableFile,
  isInside,
  makeFolder,
  realpathOrAncestor,
  refuseSpecialFile,
  regularFile,
  resolveInside
} from "./cli-chunk-CMMSJIGO.js";
import "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";
export {
  assertInside,
  checkWritableFile,
  isInside,
  makeFolder,
  realpathOrAncestor,
  refuseSpecialFile,
  regularFile,
  resolveInside
};
