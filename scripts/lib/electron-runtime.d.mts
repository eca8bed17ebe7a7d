export declare const projectRoot: string;
export declare const NATIVE_MODULE: string;
export declare function electronBinaryPath(): string | null;
export declare function electronAbi(): string | null;
export declare function readNativeAbiMarker(): { runtime: 'node' | 'electron'; abi: string } | null;
export declare function writeNativeAbiMarker(runtime: 'node' | 'electron', abi: string): void;
