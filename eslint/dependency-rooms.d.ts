export type DependencyClass = 'shared' | 'core' | 'shell' | 'renderer' | 'tooling';

export declare const ROOM_ALLOWS: Record<DependencyClass, readonly DependencyClass[]>;
export declare const CLASS_MEANING: Record<DependencyClass, string>;
export declare const DEPENDENCY_CLASSES: Record<string, DependencyClass>;
export declare const TOOLING_FILES: readonly RegExp[];
