import { createFastEngine } from '../src/linalg/fastEngine.js';
const lines: string[] = [];
const e = await createFastEngine({ device: 'cuda', threads: 2, logger: (l) => lines.push(l) });
console.log(e.name, e.device, lines);
console.log(await e.gramEigenvalues({ rows: 2, cols: 3, data: Float64Array.from([1, 0, 0, 0, 2, 0]) }));
await e.dispose();
