#!/usr/bin/env node
/**
 * Folder-level import cycles in src/: each first-level folder (engine, shard, report, ...) is a
 * node, and an import (static, `import type`, re-export or dynamic `import('...')`) from a file in
 * folder A of a file in folder B is an edge A -> B. Any strongly connected set of two or more
 * folders is a cycle: the layering of DESIGN.md ("one direction, no back and forth") is broken.
 *
 *   node scripts/import-cycles.mjs [ROOT]     ROOT defaults to src; exit 1 and a list when cyclic
 *
 * A file directly in ROOT (errors.ts, index.ts) is a node of its own. Only relative specifiers count: a
 * package import cannot close a cycle inside src/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT_RE = /(?:^|[\n;])\s*(?:import|export)\s[^;'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Comments removed, so an import quoted in a doc comment is no edge. */
function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1');
}

/** Edges between folders of `root`: Map<from, Map<to, string[] (the importing files)>>. */
export function folderGraph(root) {
  const abs = resolve(root);
  const folderOf = (file) => {
    const parts = relative(abs, file).split(sep);
    return parts[0];
  };
  const graph = new Map();
  for (const file of sourceFiles(abs)) {
    const from = folderOf(file);
    if (!graph.has(from)) graph.set(from, new Map());
    for (const m of stripComments(readFileSync(file, 'utf8')).matchAll(IMPORT_RE)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (relative(abs, target).startsWith('..')) continue;
      const to = folderOf(target);
      if (to === from) continue;
      const edges = graph.get(from);
      if (!edges.has(to)) edges.set(to, []);
      edges.get(to).push(relative(abs, file).split(sep).join('/'));
    }
  }
  return graph;
}

/** Strongly connected components with more than one folder (Tarjan), each sorted, sorted by first name. */
export function folderCycles(root) {
  const graph = folderGraph(root);
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const cycles = [];
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of (graph.get(v) ?? new Map()).keys()) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v) === index.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) cycles.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map((folders) => ({
      folders,
      edges: folders.flatMap((a) => folders.filter((b) => graph.get(a)?.has(b)).map((b) => `${a} -> ${b} (${[...new Set(graph.get(a).get(b))].join(', ')})`)),
    }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
  const cycles = folderCycles(root);
  if (cycles.length === 0) {
    console.log(`import-cycles: no cycle between the folders of ${relative(process.cwd(), resolve(root)) || '.'}`);
  } else {
    for (const c of cycles) console.error(`import-cycles: ${c.folders.join(' <-> ')}\n  ${c.edges.join('\n  ')}`);
    process.exit(1);
  }
}
