/**
 * The part of the WebAssembly JS API the wasm runtime uses. The project compiles against lib
 * ES2022 + @types/node 20, which declare no WebAssembly globals (they live in lib.dom).
 */
declare global {
  namespace WebAssembly {
    class Module {
      constructor(bytes: BufferSource);
      static imports(m: Module): { module: string; name: string; kind: string }[];
      static exports(m: Module): { name: string; kind: string }[];
    }
    class Memory {
      constructor(descriptor: { initial: number; maximum?: number; shared?: boolean });
      readonly buffer: ArrayBuffer | SharedArrayBuffer;
      grow(deltaPages: number): number;
    }
    class Global {
      readonly value: unknown;
    }
    class Instance {
      constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
      readonly exports: Record<string, unknown>;
    }
    function compile(bytes: BufferSource): Promise<Module>;
  }
}
export {};
