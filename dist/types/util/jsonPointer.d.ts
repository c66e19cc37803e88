/** The value a JSON Pointer (RFC 6901, as ajv's instancePath) designates in `data`, or undefined. */
export declare function valueAtPointer(data: unknown, pointer: string): unknown;
