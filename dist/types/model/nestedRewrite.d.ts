/**
 * `field`: the bytes of one main-graph node field (tag and length prefix included), which starts at
 * file offset `base`. `replaced`: new bytes (whole fields, tags included; any number of them) by
 * the file offset of the field they replace, an initializer or node of a subgraph of this node.
 * Returns the node field's new bytes. Throws when a replacement is not found where expected.
 */
export declare function reencodeNodeField(field: Uint8Array, base: number, replaced: ReadonlyMap<number, Uint8Array>): Uint8Array;
