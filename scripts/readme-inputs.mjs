#!/usr/bin/env node
/**
 * Writes the action's inputs and outputs, read from action.yml, into README.md between the markers
 * <!-- inputs:start --> / <!-- inputs:end --> and <!-- outputs:start --> / <!-- outputs:end -->, and
 * the config-file reference, read from src/config/schema.json, between <!-- config:start --> / <!-- config:end -->.
 * Everything outside the markers is the README's prose and is left as it is.
 *
 *   node scripts/readme-inputs.mjs           rewrite README.md
 *   node scripts/readme-inputs.mjs --check   exit 1 (and say which section) when README.md is stale
 *
 * test/packaging/readme.test.ts runs the check, so a new input without a README row fails CI.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One Markdown table cell: single line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');
}

function code(text) {
  const s = String(text);
  return s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``;
}

/** The two generated sections for an action.yml text. */
export function renderSections(actionYml) {
  const action = parse(actionYml);
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const inputRows = inputs.map(([name, spec]) => {
    const dflt = spec.default === undefined || spec.default === '' ? '' : code(spec.default);
    return `| ${code(name)} | ${spec.required ? 'yes' : 'no'} | ${cell(dflt)} | ${cell(spec.description)} |`;
  });
  const outputRows = outputs.map(([name, spec]) => `| ${code(name)} | ${cell(spec.description)} |`);
  return {
    inputs: [
      `<!-- generated from action.yml by scripts/readme-inputs.mjs; do not edit by hand -->`,
      `| Input | Required | Default | Description |`,
      `| --- | --- | --- | --- |`,
      ...inputRows,
    ].join('\n'),
    outputs: [
      `<!-- generated from action.yml by scripts/readme-inputs.mjs; do not edit by hand -->`,
      `| Output | Description |`,
      `| --- | --- |`,
      ...outputRows,
    ].join('\n'),
  };
}

let currentSchema = {};

/** Type of a schema node in words: `integer`, `"a" \| "b"`, `string or string[]`, ... */
function schemaType(node, schema = currentSchema) {
  if (node.$ref) return schemaType(resolveRef(schema, node.$ref) ?? {}, schema);
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  const alts = node.oneOf ?? node.anyOf;
  if (alts) return alts.map(schemaType).join(' or ');
  if (node.properties && !node.type) return 'object';
  if (node.type === 'array') return `${node.items ? schemaType(node.items) : 'any'}[]`;
  return Array.isArray(node.type) ? node.type.join(' or ') : node.type ?? 'any';
}

/** The config-file reference: one row per key of src/config/schema.json, nested keys dotted. */
export function renderConfigSection(schema) {
  currentSchema = schema;
  const rows = [];
  const walk = (prefix, node) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (key === '$schema') continue;
      const resolved = child.$ref ? resolveRef(schema, child.$ref) ?? child : child;
      const name = prefix + key;
      rows.push(`| ${code(name)} | ${cell(schemaType(resolved))} | ${cell(child.description ?? resolved.description ?? '')} |`);
      if (resolved.properties) walk(`${name}.`, resolved);
      else if (resolved.items?.properties) walk(`${name}[].`, resolved.items);
    }
  };
  walk('', schema);
  return [
    `<!-- generated from src/config/schema.json by scripts/readme-inputs.mjs; do not edit by hand -->`,
    `| Key | Type | Description |`,
    `| --- | --- | --- |`,
    ...rows,
  ].join('\n');
}

function resolveRef(schema, ref) {
  const m = /^#\/(definitions|\$defs)\/(.+)$/.exec(ref);
  return m ? schema[m[1]]?.[m[2]] : undefined;
}

/** README text with the given sections replaced; throws when a marker pair is missing. */
export function applySections(readme, sections) {
  let out = readme;
  for (const name of Object.keys(sections)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const i = out.indexOf(start);
    const j = out.indexOf(end);
    if (i < 0 || j < i) throw new Error(`README.md has no ${start} ... ${end} markers`);
    out = `${out.slice(0, i + start.length)}\n${sections[name]}\n${out.slice(j)}`;
  }
  return out;
}

function main() {
  const check = process.argv.includes('--check');
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const sections = {
    ...renderSections(readFileSync(join(root, 'action.yml'), 'utf8')),
    config: renderConfigSection(JSON.parse(readFileSync(join(root, 'src', 'config', 'schema.json'), 'utf8'))),
  };
  const next = applySections(readme, sections);
  if (check) {
    if (next !== readme) {
      process.stderr.write('readme-inputs: README.md inputs/outputs/config sections differ from action.yml or src/config/schema.json; run node scripts/readme-inputs.mjs\n');
      process.exit(1);
    }
    process.stdout.write('readme-inputs: README.md matches action.yml\n');
    return;
  }
  if (next !== readme) {
    const tmp = `${readmePath}.tmp-${process.pid}`;
    writeFileSync(tmp, next);
    renameSync(tmp, readmePath);
    process.stdout.write('readme-inputs: README.md updated from action.yml\n');
  } else {
    process.stdout.write('readme-inputs: README.md already up to date\n');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
