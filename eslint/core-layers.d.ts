/** For each folder (or top-level file) of electron/core: the layers it may import, or '*' for all. */
export declare const CORE_LAYERS: Record<string, readonly string[] | '*'>;
