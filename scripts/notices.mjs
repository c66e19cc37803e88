/**
 * THIRD_PARTY_NOTICES for dist/ (scripts/build.mjs): one section per npm package whose code ships,
 * found from what the build actually used, not from package.json: the esbuild metafile's inputs
 * (every bundled file under node_modules/) and the runtime packages copied into
 * dist/node_modules/. Each section has the package's name, version, declared licence, the dist
 * files that carry it, and the licence text read from the package's own LICENSE/LICENCE/COPYING/
 * NOTICE files. A package without such a file gets the standard text of its declared licence
 * (only MIT is known) with the copyright line of its main file, else its package.json author; any
 * other case fails the build, so nothing ships without its licence.
 * The output is sorted and has no dates or absolute paths: check-dist compares it byte for byte.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

const LICENSE_FILE = /^(licen[cs]e|copying|notice|thirdpartynotices?)([.-].*)?$/i;

const MIT_TEXT = `Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`;

/** Package folder (relative to the repo, POSIX) of a bundled file, or null for the project's own files. */
export function packageDirOf(input) {
  const posix = input.split(sep).join('/');
  const at = posix.lastIndexOf('node_modules/');
  if (at < 0) return null;
  const rest = posix.slice(at + 'node_modules/'.length).split('/');
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  return posix.slice(0, at) + 'node_modules/' + name;
}

function authorOf(pkg) {
  if (typeof pkg.author === 'string') return pkg.author;
  if (pkg.author && typeof pkg.author.name === 'string') return pkg.author.name;
  return null;
}

/** The licence text of one package folder, or a failure reason. */
function licenseText(root, dir, pkg) {
  const files = readdirSync(join(root, dir)).filter((n) => LICENSE_FILE.test(n)).sort();
  if (files.length > 0) return { text: files.map((f) => readFileSync(join(root, dir, f), 'utf8').replace(/\r\n/g, '\n').trim()).join('\n\n'), files };
  if (pkg.license !== 'MIT') return { error: `${dir} ships no licence file and declares ${JSON.stringify(pkg.license)}, whose text the build does not know` };
  const main = join(root, dir, pkg.main ?? 'index.js');
  const fromMain = existsSync(main) ? /Copyright \(c\)[^\n*]*/.exec(readFileSync(main, 'utf8'))?.[0].trim() : undefined;
  const holder = fromMain ?? (authorOf(pkg) ? `Copyright (c) ${authorOf(pkg)}` : null);
  if (holder === null) return { error: `${dir} ships no licence file and names no copyright holder` };
  const source = fromMain ? `${pkg.main ?? 'index.js'}'s header` : 'package.json "author"';
  return { text: `MIT License\n\n${holder}\n\n${MIT_TEXT}`, files: [], note: `The package ships no licence file: the standard MIT text, copyright line from ${source}.` };
}

/**
 * @param root       repository root
 * @param usage      Map<package dir (relative, POSIX), Set<dist file that carries it>>
 * @param extra      text appended after the packages (e.g. onnxruntime's native components)
 * @returns the file's text; throws with every package that has no licence text
 */
export function renderNotices(root, usage, project, extra = '') {
  const sections = [];
  const errors = [];
  const dirs = [...usage.keys()].sort((a, b) => {
    const na = a.slice(a.lastIndexOf('node_modules/'));
    const nb = b.slice(b.lastIndexOf('node_modules/'));
    return na === nb ? a.localeCompare(b) : na.localeCompare(nb);
  });
  for (const dir of dirs) {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const lic = licenseText(root, dir, pkg);
    if (lic.error) {
      errors.push(lic.error);
      continue;
    }
    const head = [
      `${pkg.name} ${pkg.version}`,
      `License: ${pkg.license ?? 'see below'}`,
      ...(pkg.repository ? [`Source: ${typeof pkg.repository === 'string' ? pkg.repository : pkg.repository.url}`] : []),
      `Shipped in: ${[...usage.get(dir)].sort().join(', ')}`,
      ...(lic.note ? [lic.note] : []),
    ];
    sections.push(`${'-'.repeat(78)}\n${head.join('\n')}\n\n${lic.text}\n`);
  }
  if (errors.length > 0) throw new Error(`no licence text for: ${errors.join('; ')}`);
  const intro = [
    `THIRD-PARTY SOFTWARE NOTICES for ${project.name} ${project.version}`,
    '',
    `${project.name} itself is under the ${project.license} licence (LICENSE). The files of dist/ also`,
    `carry the third-party packages below (${sections.length}), each under its own licence, reproduced`,
    'here as the package ships it. Generated by scripts/build.mjs from the build itself (esbuild',
    "metafile and the runtime copy); scripts/check-dist.sh fails when it is not current.",
    '',
  ].join('\n');
  return `${intro}\n${sections.join('\n')}${extra === '' ? '' : `\n${'-'.repeat(78)}\n${extra.trim()}\n`}`;
}
