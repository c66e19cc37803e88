/**
 * Child process for callSites.test.ts: runs one of the project's writers on a large input so the
 * test can SIGTERM it mid-write, and prints `writing` when it starts.
 *   onnx <model> <out>:        src/model/onnxWrite.ts writeSmoothedOnnx, no replacements (copies all)
 *   safetensors <file> <out>:  src/model/safetensors.ts writeSmoothedSafetensors, no replacements
 */
const [mode, src, out] = process.argv.slice(2) as [string, string, string];

if (mode === 'onnx') {
  const { writeSmoothedOnnx } = await import('../../src/model/onnxWrite.js');
  process.stdout.write('writing\n');
  await writeSmoothedOnnx(src, out, new Map());
} else if (mode === 'safetensors') {
  const { writeSmoothedSafetensors } = await import('../../src/model/safetensors.js');
  process.stdout.write('writing\n');
  await writeSmoothedSafetensors(src, out, new Map());
} else {
  throw new Error(`unknown mode ${mode}`);
}
process.stdout.write('done\n');
